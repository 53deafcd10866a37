"""The one straight flow of a page through newsparse.

    bytes/str ─> Document (decode, lxml, JSON-LD, meta)           document.py
              ─> site parser, picked by host                       registry.py, sites/
              ─> metadata fields from the parser                   sites/base.py, metadata.py
              ─> body ─> clean paragraphs + kept boilerplate       cleaning.py
              ─> quotes and sources                                attribution/
              ─> Article                                           models.py
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import ValidationError

from . import metadata, registry
from .arguments import check_page_arguments, checked_pages
from .attribution import extract_quotes, extract_sources
from .attribution.sources import normalise_source
from .cleaning import CleanedBody, clean_body, unique_links
from .document import Document, host_of, too_deep_is_a_parse_error
from .errors import NewsparseError, NotAnArticleError, ParseError
from .models import Article, Link, Source
from .sites.base import SiteParser

__all__ = ["parse_article", "parse_pages"]

ParserChoice = str | SiteParser | type[SiteParser] | None
#: What the parse functions accept as a page: its HTML (``bytes`` or ``str``) or a file path.
PageInput = bytes | str | os.PathLike[str]

logger = logging.getLogger("newsparse")

#: A str that is a bare http(s) URL (no markup): somebody expected newsparse to fetch it.
_LOOKS_LIKE_URL = re.compile(r"\s*https?://[^\s<]+\s*")


def parse_article(
    html: PageInput,
    url: str | None = None,
    parser: ParserChoice = None,
    *,
    attribution: bool = True,
    max_size: int | None = None,
) -> Article:
    """Parse one article page into an :class:`~newsparse.models.Article`.

    Args:
        html: the page as served: ``str``, or ``bytes`` decoded from a BOM, the page's
            ``<meta charset>``, or UTF-8; or a path (:class:`pathlib.Path`, any ``os.PathLike``)
            to a saved page, read as bytes. newsparse never fetches: a URL string is an error.
        url: where the page came from; picks the site parser and resolves relative links.
            Without it the page's canonical link decides.
        parser: force a parser, by registered name, instance or class.
        attribution: find quotes and cited sources (the default). ``False`` skips that step,
            about a fifth of the time on a full-size page: ``quotes`` is empty and ``sources``
            holds only the syndication credits ("Artikel ini telah tayang di …"). The same
            quotes can be had later from :func:`~newsparse.extract_quotes` on ``paragraphs``.
        max_size: the largest page accepted, in bytes, for this call; by default
            :data:`newsparse.limits.MAX_INPUT_SIZE` (50 MiB).

    Raises:
        ParseError: the input is empty, binary, not HTML, a URL instead of a page, a path that
            cannot be read, larger than ``max_size``, or cut by a libxml2 limit (nesting over
            2048 levels deep).
        NotAnArticleError: the page is HTML but has no article (a homepage, an index page).
        TypeError: an argument of the wrong type (the message names it).
    """
    check_page_arguments(html, url, parser, max_size, attribution)
    doc = Document.from_html(_page_source(html), url, max_size)
    site_parser = registry.resolve(doc, parser)
    with too_deep_is_a_parse_error(doc):
        return _build(site_parser, doc, attribution)


def parse_pages(
    pages: Iterable[PageInput],
    url: str | None = None,
    parser: ParserChoice = None,
    *,
    attribution: bool = True,
    max_size: int | None = None,
) -> Article:
    """Parse the pages of one paginated article (``?page=1``, ``?page=2``, …), in order, into one Article.

    Title, lead, byline, dateline and metadata come from the first page; later pages add their
    paragraphs, related links, images and end-of-article credits. Each page is what
    :func:`parse_article` accepts: ``bytes``, ``str`` or a path. ``url``, ``parser``,
    ``attribution`` and ``max_size`` (which applies to each page) are as for :func:`parse_article`.
    """
    pages = checked_pages(pages, url, parser, max_size, attribution)
    articles = []
    site_parser: SiteParser | None = None
    for number, html in enumerate(pages, start=1):
        doc = Document.from_html(_page_source(html), url if number == 1 else None, max_size)
        if site_parser is None:
            site_parser = registry.resolve(doc, parser)
        with too_deep_is_a_parse_error(doc):
            articles.append(_build(site_parser, doc, attribute=False))
    if not articles:
        raise ParseError("parse_pages() needs at least one page")
    return _merge(articles, attribution)


def _page_source(html: PageInput) -> bytes | str:
    """The page's bytes or text: a path is read; a bare URL is refused (newsparse does not fetch)."""
    if type(html) is bytes:
        return html
    if isinstance(html, os.PathLike):
        try:
            with open(html, "rb") as handle:
                return handle.read()
        except OSError as exc:
            raise ParseError(f"cannot read {os.fspath(html)!r}: {exc.strerror or exc}") from exc
    if isinstance(html, str) and len(html) < 4096 and _LOOKS_LIKE_URL.fullmatch(html):
        raise ParseError(
            f"{html.strip()[:200]!r} is a URL, not a page: newsparse does not fetch pages. Download the HTML "
            "first (e.g. with urllib.request or httpx) and pass its bytes, with url= set to the address"
        )
    return html


def _build(site_parser: SiteParser, doc: Document, attribute: bool = True) -> Article:
    page = site_parser.page(doc)
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("%s: parser %r, layout %r", _where(doc), site_parser.name, page.layout)
    title = site_parser.title(page)
    body = site_parser.body(page)
    if body is None:
        raise NotAnArticleError(_no_body_message(doc, site_parser))
    authors, editors = site_parser.authors(page), site_parser.editors(page)
    fields: dict[str, Any] = {
        "url": doc.url,
        "canonical_url": doc.canonical_url,
        "site": host_of(doc.url) or host_of(doc.canonical_url),
        "language": site_parser.language_of(page),
        "description": site_parser.description(page),
        "published": site_parser.published(page),
        "modified": site_parser.modified(page),
        "section": site_parser.section(page),
        "tags": site_parser.tags(page),
        "image": site_parser.image(page),
        "next_page_url": site_parser.next_page_url(page),
        "single_page_url": site_parser.single_page_url(page),
        "parser": site_parser.name,
    }
    outside_related = site_parser.related(page)
    credited_sources = site_parser.source_credits(page)
    cleaned = clean_body(body, site_parser.cleaning_rules(page), doc.absolute)
    if not cleaned.paragraphs:
        raise NotAnArticleError(f"{_where(doc)}: the article body is empty after removing boilerplate")
    if not title:
        raise NotAnArticleError(f"{_where(doc)}: the page has a body but no headline")
    authors = _authors(authors, cleaned, editors, doc, site_parser.site_names)
    fields.update(
        title=title,
        authors=authors,
        editors=metadata.unique(editors + cleaned.editors),
        images=cleaned.images,
        dateline=cleaned.dateline,
        paragraphs=cleaned.paragraphs,
        subheadings=cleaned.subheadings,
        related=unique_links([*cleaned.related, *outside_related]),
    )
    syndication = [normalise_source(s) for s in cleaned.syndication + credited_sources]
    if attribute:
        fields["quotes"] = extract_quotes(cleaned.paragraphs)
        fields["sources"] = [*extract_sources(cleaned.paragraphs), *syndication]
    else:
        fields["sources"] = syndication
    if logger.isEnabledFor(logging.DEBUG):
        _log_outcome(doc, site_parser, fields, cleaned)
    return _article(fields, doc)


#: Why a field can come out empty: what was tried, in order.
_EMPTY_BECAUSE = {
    "description": "no summary selector matched and no meta/og description",
    "authors": "no byline selector, reporter line or credit matched, and JSON-LD names none (or only the editor)",
    "published": "no JSON-LD/meta date and no visible date the selectors matched could be read",
    "modified": "no JSON-LD/meta modification date and no visible one",
    "section": "no breadcrumb selector matched and no article:section meta",
    "tags": "no tag selector matched and no keywords meta",
    "image": "no image selector matched and no og:image",
}


def _log_outcome(doc: Document, site_parser: SiteParser, fields: dict[str, Any], cleaned: CleanedBody) -> None:
    """DEBUG lines: which fields are empty and why, and what the cleaner stripped from the body."""
    where = _where(doc)
    for name, why in _EMPTY_BECAUSE.items():
        if not fields.get(name):
            logger.debug("%s: %s is empty: %s (parser %r)", where, name, why, site_parser.name)
    logger.debug(
        "%s: stripped dateline %r, %d reporter/credit name(s), %d related link(s), %d figure(s), "
        "%d syndication footer(s); kept %d paragraph(s), %d subheading(s)",
        where, cleaned.dateline.text if cleaned.dateline else None, len(cleaned.authors) + len(cleaned.editors),
        len(cleaned.related), len(cleaned.images), len(cleaned.syndication), len(cleaned.paragraphs),
        len(cleaned.subheadings),
    )  # fmt: skip


def _authors(
    header: list[str], cleaned: CleanedBody, editors: list[str], doc: Document, site_names: Sequence[str] = ()
) -> list[str]:
    """Writers from the byline block and the body's reporter lines and credits.

    JSON-LD ``author`` is used only when the page credits nobody else, and never when it merely
    repeats the editor (Tribun's JSON-LD often names the editor as author). The site itself
    (its brand, its domain, an organisation) is never an author, and neither is a news outlet
    named where JSON-LD should name a person.
    """
    brands = (*site_names, *filter(None, [doc.meta_content("og:site_name"), host_of(doc.url)]))
    people = [name for name in [*header, *cleaned.authors] if not metadata.is_brand_name(name, brands)]
    found = metadata.unique_people(people)
    if found:
        return found
    editor_keys = {name.casefold() for name in [*editors, *cleaned.editors]}
    return [
        name
        for name in metadata.unique_people(metadata.json_ld_authors(doc))
        if name.casefold() not in editor_keys
        and not metadata.is_brand_name(name, brands)
        and not metadata.is_outlet_name(name)
    ]


def _merge(articles: Sequence[Article], attribution: bool = True) -> Article:
    first, rest = articles[0], articles[1:]
    repeated = {first.title, first.description or ""}
    paragraphs = list(first.paragraphs)
    subheadings = list(first.subheadings)
    related: list[Link] = list(first.related)
    images = list(first.images)
    authors = list(first.authors)
    sources: list[Source] = list(first.sources)
    for article in rest:
        marked = set(article.subheadings)
        for index, text in enumerate(article.paragraphs):
            if text not in repeated:
                if index in marked:
                    subheadings.append(len(paragraphs))
                paragraphs.append(text)
        related.extend(article.related)
        images.extend(article.images)
        authors.extend(article.authors)
        sources.extend(s for s in article.sources if s not in sources)
    merged = first.model_dump()
    merged.update(
        paragraphs=paragraphs,
        subheadings=subheadings,
        text=None,
        related=[link.model_dump() for link in unique_links(related)],
        images=[image.model_dump() for image in images],
        authors=metadata.unique_people(authors),
        quotes=[q.model_dump() for q in extract_quotes(paragraphs)] if attribution else [],
        sources=[s.model_dump() for s in [*(extract_sources(paragraphs) if attribution else []), *sources]],
        next_page_url=None,
        pages=len(articles),
    )
    return Article.model_validate(merged)


def _article(fields: dict[str, Any], doc: Document) -> Article:
    try:
        return Article(**fields)
    except ValidationError as exc:  # a bug or a truly odd page: say which page, keep the cause
        raise NewsparseError(f"{_where(doc)}: could not build the Article: {exc}") from exc


def _where(doc: Document) -> str:
    return doc.url or doc.canonical_url or "the page"


def _no_body_message(doc: Document, site_parser: SiteParser) -> str:
    kind = doc.meta.get("og:type")
    hint = f" (og:type is {kind!r})" if kind and kind != "article" else ""
    return (
        f"{_where(doc)} is not an article page{hint}: the {site_parser.name!r} parser found no article "
        "body (a homepage, an index or tag page, or a page without text)"
    )
