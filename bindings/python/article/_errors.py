"""Exceptions, and the one place where a C status becomes one."""

from __future__ import annotations

import enum
from typing import NoReturn

from ._article import ffi, lib


class Status(enum.IntEnum):
    """``article_status``: the outcome of a C call."""

    OK = lib.ARTICLE_OK
    NOMEM = lib.ARTICLE_ERR_NOMEM
    INVALID_ARG = lib.ARTICLE_ERR_INVALID_ARG
    SYNTAX = lib.ARTICLE_ERR_SYNTAX
    SCHEMA = lib.ARTICLE_ERR_SCHEMA
    ENCODING = lib.ARTICLE_ERR_ENCODING
    LIMIT = lib.ARTICLE_ERR_LIMIT
    IO = lib.ARTICLE_ERR_IO


class ArticleError(ValueError):
    """A libarticle call failed.

    ``status`` is a :class:`Status`; ``message`` the library's message;
    ``path`` the JSON path of the offending value (``"sections[2].type"``,
    or ``""``); ``line`` and ``column`` are 1-based (0 when unknown) and
    ``offset`` is a byte offset into the input.
    """

    def __init__(self, status: int, message: str, path: str = "", line: int = 0,
                 column: int = 0, offset: int = 0) -> None:
        super().__init__(message)
        self.status = Status(status) if status in Status._value2member_map_ else status
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.offset = offset

    def __str__(self) -> str:
        where = []
        if self.line:
            where.append(f"{self.line}:{self.column}")
        if self.path:
            where.append(self.path)
        prefix = " ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message

    def __repr__(self) -> str:
        return (f"{type(self).__name__}(status={self.status!r}, message={self.message!r}, "
                f"path={self.path!r}, line={self.line}, column={self.column})")


class SyntaxArticleError(ArticleError):
    """The input is not well-formed (``ARTICLE_ERR_SYNTAX``)."""


class SchemaArticleError(ArticleError):
    """Well-formed input that is not ``article/1`` (``ARTICLE_ERR_SCHEMA``)."""


class EncodingArticleError(ArticleError):
    """Invalid bytes for their encoding, or an unknown charset (``ARTICLE_ERR_ENCODING``)."""


class LimitArticleError(ArticleError):
    """A size, depth or node-count limit was exceeded (``ARTICLE_ERR_LIMIT``)."""


_CLASSES: dict[int, type[ArticleError]] = {
    Status.SYNTAX: SyntaxArticleError,
    Status.SCHEMA: SchemaArticleError,
    Status.ENCODING: EncodingArticleError,
    Status.LIMIT: LimitArticleError,
}


def _text(chars: object) -> str:
    # Messages are UTF-8 but may have been cut inside a character by the
    # fixed-size array, so decode leniently.
    return ffi.string(chars).decode("utf-8", "replace")  # type: ignore[no-any-return]


def raise_error(err: object, status: int | None = None) -> NoReturn:
    """Raises the exception that an ``article_error *`` describes."""
    code = int(err.status) if status is None else status  # type: ignore[attr-defined]
    message = _text(err.message) or ffi.string(  # type: ignore[attr-defined]
        lib.article_status_string(code)).decode("ascii")
    if code == Status.NOMEM:
        raise MemoryError(message)
    if code == Status.OK:
        # A NULL result without a status: treat it as the library does NULL.
        code = Status.INVALID_ARG
    cls = _CLASSES.get(code, ArticleError)
    raise cls(code, message, _text(err.path), int(err.line),  # type: ignore[attr-defined]
              int(err.column), int(err.offset))  # type: ignore[attr-defined]


def check(status: int, what: str = "") -> None:
    """Raises for a status returned by a call that takes no ``article_error``."""
    if status == lib.ARTICLE_OK:
        return
    message = ffi.string(lib.article_status_string(status)).decode("ascii")
    if what:
        message = f"{what}: {message}"
    if status == lib.ARTICLE_ERR_NOMEM:
        raise MemoryError(message)
    raise _CLASSES.get(status, ArticleError)(status, message)
