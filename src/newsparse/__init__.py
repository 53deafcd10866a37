"""newsparse: Tribunnews.com and Tribun Network article pages as typed Article objects.

>>> from newsparse import parse_article
>>> article = parse_article(html, url="https://www.tribunnews.com/...")  # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0.dev0"

import logging

from .attribution import extract_quotes, extract_sources
from .audit import Finding, audit
from .batch import ParseFailure, parse_many
from .cleaning import CleaningRules
from .errors import (
    DecodingError,
    EmptyDocumentError,
    NewsparseError,
    NotAnArticleError,
    ParseError,
    ParserConflictError,
    ParserNotFoundError,
    PluginLoadWarning,
)
from .models import Article, Block, Dateline, FrozenList, Image, Link, Quote, Source
from .pipeline import parse_article, parse_pages
from .registry import BrokenPlugin, get_parser, parsers, register
from .samples import sample_html, sample_path
from .sites.base import Layout, Page, Selectors, SiteParser, has_class, json_ld_body

__all__ = [
    "Article",
    "Block",
    "BrokenPlugin",
    "CleaningRules",
    "Dateline",
    "DecodingError",
    "EmptyDocumentError",
    "Finding",
    "FrozenList",
    "Image",
    "Layout",
    "Link",
    "NewsparseError",
    "NotAnArticleError",
    "Page",
    "ParseError",
    "ParseFailure",
    "ParserConflictError",
    "ParserNotFoundError",
    "PluginLoadWarning",
    "Quote",
    "Selectors",
    "SiteParser",
    "Source",
    "__version__",
    "audit",
    "extract_quotes",
    "extract_sources",
    "get_parser",
    "has_class",
    "json_ld_body",
    "parse_article",
    "parse_many",
    "parse_pages",
    "parsers",
    "register",
    "sample_html",
    "sample_path",
]

# A library logs, the application decides where to: silent unless logging is configured.
logging.getLogger("newsparse").addHandler(logging.NullHandler())
