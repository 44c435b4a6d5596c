"""setuptools glue: pyproject.toml has the metadata; this adds the cffi module.

Build against an installed libarticle (found by pkg-config, or under
ARTICLE_PREFIX): ``pip install ./bindings/python``.
"""

from setuptools import setup

setup(cffi_modules=["_build.py:ffibuilder"])
