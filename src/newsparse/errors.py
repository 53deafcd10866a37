"""The exceptions newsparse raises.

Every failure a caller can trigger with bad input is a :class:`NewsparseError`, so
``except newsparse.NewsparseError`` is enough to keep a batch job alive. Nothing from
lxml, pydantic or the codec machinery escapes untranslated.
"""

from __future__ import annotations

__all__ = [
    "DecodingError",
    "EmptyDocumentError",
    "NewsparseError",
    "NotAnArticleError",
    "ParseError",
    "ParserConflictError",
    "ParserNotFoundError",
    "PluginLoadWarning",
]


class NewsparseError(Exception):
    """Base class of every error newsparse raises on purpose."""


class ParseError(NewsparseError):
    """The input could not be read as an HTML page at all (binary data, garbage, no markup)."""


class EmptyDocumentError(ParseError):
    """The input is empty or contains only whitespace."""


class DecodingError(ParseError):
    """The bytes could not be decoded as text in any declared or sniffed encoding."""


class NotAnArticleError(NewsparseError):
    """The page is valid HTML but not a news article (a homepage, an index or tag page, no body)."""


class ParserConflictError(NewsparseError):
    """Two site parsers claim the same host, or a parser is registered under a taken name."""


class ParserNotFoundError(NewsparseError, LookupError):
    """A parser was requested by a name that is not registered."""


class PluginLoadWarning(UserWarning):
    """A ``newsparse.parsers`` plugin failed to load and was skipped; the other parsers work."""
