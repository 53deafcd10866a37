"""Type checks of the public functions' arguments, one call at the top of each.

A wrong type raises :class:`TypeError` with a message that names the argument ("url must be a
str or None, not int"), before any work, instead of an ``AttributeError`` from deep inside lxml
or the attribution rules. These are the caller's mistakes, not bad pages, so they are not
:class:`~newsparse.errors.NewsparseError`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any

__all__ = [
    "check_batch_options",
    "check_html",
    "check_page_arguments",
    "checked_items",
    "checked_pages",
    "checked_paragraphs",
]

_PAGE_TYPES = (bytes, bytearray, memoryview, str, os.PathLike)


def _kind(value: object) -> str:
    return "None" if value is None else type(value).__name__


def check_html(html: object, name: str = "html") -> None:
    """``html`` is the page: ``str``, bytes-like, or a path to read it from."""
    if not isinstance(html, _PAGE_TYPES):
        raise TypeError(f"{name} must be the page as str or bytes, or a path, not {_kind(html)}")


def check_page_arguments(
    html: object, url: object, parser: object, max_size: object = None, attribution: object = True
) -> None:
    """The arguments of :func:`~newsparse.parse_article`."""
    check_html(html)
    _check_page_options(url, parser, max_size, attribution)


def _check_page_options(url: object, parser: object, max_size: object, attribution: object) -> None:
    """The options :func:`~newsparse.parse_article` and :func:`~newsparse.parse_pages` share."""
    _check_url(url)
    _check_parser(parser)
    _check_max_size(max_size)
    _check_flag(attribution, "attribution")


def _check_flag(value: object, name: str) -> None:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, not {_kind(value)}")


def _check_max_size(max_size: object) -> None:
    if max_size is not None and (not isinstance(max_size, int) or isinstance(max_size, bool)):
        raise TypeError(f"max_size must be an int (bytes) or None, not {_kind(max_size)}")


def _check_url(url: object) -> None:
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str or None, not {_kind(url)}")


def _check_parser(parser: object) -> None:
    if parser is None or isinstance(parser, str):
        return
    from .sites.base import SiteParser  # here: sites.base imports what imports this module

    if isinstance(parser, SiteParser):
        return
    if isinstance(parser, type) and issubclass(parser, SiteParser):
        return
    raise TypeError(f"parser must be a parser name, a SiteParser or a SiteParser subclass, not {parser!r}")


def _check_iterable(value: object, name: str, what: str) -> None:
    if isinstance(value, (*_PAGE_TYPES, dict)) or not isinstance(value, Iterable):
        raise TypeError(f"{name} must be an iterable of {what}, not {_kind(value)}")


def checked_pages(
    pages: object, url: object, parser: object, max_size: object = None, attribution: object = True
) -> Iterator[bytes | str | os.PathLike[str]]:
    """The arguments of :func:`~newsparse.parse_pages`; each page is checked as it is read."""
    _check_iterable(pages, "pages", "pages (str, bytes or paths)")
    _check_page_options(url, parser, max_size, attribution)
    assert isinstance(pages, Iterable)

    def each() -> Iterator[bytes | str | os.PathLike[str]]:
        for number, html in enumerate(pages):
            check_html(html, f"pages[{number}]")
            yield html

    return each()


def check_batch_options(
    workers: object, timeout: object, parse: object, chunksize: object, attribution: object = True
) -> None:
    """The options of :func:`~newsparse.parse_many`."""
    _check_flag(attribution, "attribution")
    if not isinstance(workers, int) or isinstance(workers, bool):
        raise TypeError(f"workers must be an int, not {_kind(workers)}")
    if timeout is not None and (not isinstance(timeout, (int, float)) or isinstance(timeout, bool)):
        raise TypeError(f"timeout must be a number of seconds or None, not {_kind(timeout)}")
    if not callable(parse):
        raise TypeError(f"parse must be a function of (html, url), not {_kind(parse)}")
    if not isinstance(chunksize, int) or isinstance(chunksize, bool):
        raise TypeError(f"chunksize must be an int, not {_kind(chunksize)}")


def checked_items(
    items: object, workers: object, timeout: object, parse: object, chunksize: object, attribution: object = True
) -> Iterator[Any]:
    """The arguments of :func:`~newsparse.parse_many`; each item's shape is checked as it is read.

    Only the shape: an item whose ``html`` is of a wrong type is that page's failure, reported
    as a :class:`~newsparse.ParseFailure` like any other bad page (a custom ``parse`` may accept
    other types).
    """
    _check_iterable(items, "items", "(html, url) or (html, url, name) tuples")
    check_batch_options(workers, timeout, parse, chunksize, attribution)
    assert isinstance(items, Iterable)

    def each() -> Iterator[Any]:
        for number, item in enumerate(items):
            if not isinstance(item, (tuple, list)) or len(item) not in (2, 3):
                shape = "an (html, url) or (html, url, name) tuple"
                raise TypeError(f"items[{number}] must be {shape}, not {_kind(item)}")
            yield item

    return each()


def checked_paragraphs(paragraphs: object) -> str | list[str]:
    """The argument of :func:`~newsparse.extract_quotes` and :func:`~newsparse.extract_sources`."""
    if isinstance(paragraphs, str):
        return paragraphs
    if type(paragraphs) is list:  # the pipeline's own call: no copy, no ABC check
        texts = paragraphs
    else:
        _check_iterable(paragraphs, "paragraphs", "str (or one str)")
        assert isinstance(paragraphs, Iterable)
        texts = list(paragraphs)
    for number, text in enumerate(texts):
        if not isinstance(text, str):
            raise TypeError(f"paragraphs[{number}] must be a str, not {_kind(text)}")
    return texts


