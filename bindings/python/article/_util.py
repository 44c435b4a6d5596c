"""Small conversions between Python values and C arguments or results."""

from __future__ import annotations

from typing import Any

from ._article import ffi


def c_str(value: str | None, name: str) -> Any:
    """A Python string as NUL-terminated UTF-8 for a ``const char *``
    argument, or NULL for None. cffi keeps the bytes alive for the call."""
    if value is None:
        return ffi.NULL
    if not isinstance(value, str):
        raise TypeError(f"{name} must be str or None, not {type(value).__name__}")
    data = value.encode("utf-8")
    if b"\0" in data:
        raise ValueError(f"{name} must not contain NUL characters")
    return data


def c_buf(value: str | None, name: str) -> Any:
    """Like c_str, but an owned ``char[]`` that a struct field may point to
    (cffi lets bytes stand for ``char *`` only in call arguments). The
    caller keeps the result alive while C uses it."""
    data = c_str(value, name)
    return data if data == ffi.NULL else ffi.new("char[]", data)


def input_bytes(value: object, name: str) -> tuple[bytes, bool]:
    """Reader input as bytes, and whether it came from a ``str``."""
    if isinstance(value, str):
        return value.encode("utf-8"), True
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value), False
    raise TypeError(f"{name} must be str or bytes, not {type(value).__name__}")


def py_str(ptr: Any) -> str | None:
    """A borrowed C string copied into Python, or None for NULL."""
    if ptr == ffi.NULL:
        return None
    return ffi.string(ptr).decode("utf-8")  # type: ignore[no-any-return]


def size_limit(value: object, name: str) -> int:
    """A limit option: None means the library's default (0)."""
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be int or None, not {type(value).__name__}")
    if value <= 0:
        raise ValueError(f"{name} must be positive")
    return value
