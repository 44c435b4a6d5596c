"""A record maker that kills its worker process on pages named *CRASH*, as a
crash in C would; imported by the Dask workers of test_dask.py."""

from __future__ import annotations

import os
from typing import Any

from article.dask import convert_page


def crash_on_marked(path: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    if "CRASH" in os.path.basename(path):
        os._exit(3)
    return convert_page(path, options)
