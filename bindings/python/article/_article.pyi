# The cffi module built by _build.py: its `ffi` and `lib` are dynamic.
from typing import Any

ffi: Any
lib: Any
