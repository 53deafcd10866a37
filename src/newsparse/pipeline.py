"""The one straight flow of a page through newsparse.

    bytes/str ─> Document (decode, lxml, JSON-LD, meta)           document.py
              ─> site parser, picked by host                       registry.py, sites/
              ─> metadata fields from the parser                   sites/base.py, metadata.py
              ─> body ─> clean paragraphs + kept boilerplate       cleaning.py
              ─> quotes and sources                                attribution/
              ─> Article                                           models.py
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import ValidationError

from . import metadata, registry
from .arguments import check_page_arguments, checked_pages
from .attribution import extract_quotes, extract_sources
from .cleaning import CleanedBody, clean_body, unique_links
from .document import Document, host_of, too_deep_is_a_parse_error
from .errors import NewsparseError, NotAnArticleError, ParseError
from .models import Article, Link, Source
from .sites.base import SiteParser

__all__ = ["parse_article", "parse_pages"]

ParserChoice = str | SiteParser | type[SiteParser] | None


def parse_article(
    html: bytes | str, url: str | None = None, parser: ParserChoice = None, *, max_size: int | None = None
) -> Article:
    """Parse one article page into an :class:`~newsparse.models.Article`.

    Args:
        html: the page as served: ``str``, or ``bytes`` decoded from a BOM, the page's
            ``<meta charset>``, or UTF-8.
        url: where the page came from; picks the site parser and resolves relative links.
            Without it the page's canonical link decides.
        parser: force a parser, by registered name, instance or class.
        max_size: the largest page accepted, in bytes, for this call; by default
            :data:`newsparse.limits.MAX_INPUT_SIZE` (50 MiB).

    Raises:
        ParseError: the input is empty, binary, not HTML, larger than ``max_size``, or cut by a
            libxml2 limit (nesting over 2048 levels deep).
        NotAnArticleError: the page is HTML but has no article (a homepage, an index page).
        TypeError: an argument of the wrong type (the message names it).
    """
    check_page_arguments(html, url, parser, max_size)
    doc = Document.from_html(html, url, max_size)
    site_parser = registry.resolve(doc, parser)
    with too_deep_is_a_parse_error(doc):
        return _build(site_parser, doc)


def parse_pages(
    pages: Iterable[bytes | str], url: str | None = None, parser: ParserChoice = None, *, max_size: int | None = None
) -> Article:
    """Parse the pages of one paginated article (``?page=1``, ``?page=2``, …), in order, into one Article.

    Title, lead, byline, dateline and metadata come from the first page; later pages add their
    paragraphs, related links, images and end-of-article credits. ``url``, ``parser`` and
    ``max_size`` (which applies to each page) are as for :func:`parse_article`.
    """
    pages = checked_pages(pages, url, parser, max_size)
    articles = []
    site_parser: SiteParser | None = None
    for number, html in enumerate(pages, start=1):
        doc = Document.from_html(html, url if number == 1 else None, max_size)
        if site_parser is None:
            site_parser = registry.resolve(doc, parser)
        with too_deep_is_a_parse_error(doc):
            articles.append(_build(site_parser, doc, attribute=False))
    if not articles:
        raise ParseError("parse_pages() needs at least one page")
    return _merge(articles)


def _build(site_parser: SiteParser, doc: Document, attribute: bool = True) -> Article:
    page = site_parser.page(doc)
    title = site_parser.title(page)
    body = site_parser.body(page)
    if body is None:
        raise NotAnArticleError(_no_body_message(doc, site_parser))
    authors, editors = site_parser.authors(page), site_parser.editors(page)
    fields: dict[str, Any] = {
        "url": doc.url,
        "canonical_url": doc.canonical_url,
        "site": host_of(doc.url) or host_of(doc.canonical_url),
        "language": site_parser.language,
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
    authors = _authors(authors, cleaned, editors, doc)
    fields.update(
        title=title,
        authors=authors,
        editors=metadata.unique(editors + cleaned.editors),
        images=cleaned.images,
        dateline=cleaned.dateline,
        paragraphs=cleaned.paragraphs,
        related=unique_links([*cleaned.related, *outside_related]),
    )
    syndication = cleaned.syndication + credited_sources
    if attribute:
        fields["quotes"] = extract_quotes(cleaned.paragraphs)
        fields["sources"] = [*extract_sources(cleaned.paragraphs), *syndication]
    else:
        fields["sources"] = syndication
    return _article(fields, doc)


def _authors(header: list[str], cleaned: CleanedBody, editors: list[str], doc: Document) -> list[str]:
    """Writers from the byline block and the body's reporter lines and credits.

    JSON-LD ``author`` is used only when the page credits nobody else, and never when it merely
    repeats the editor (Tribun's JSON-LD often names the editor as author).
    """
    found = metadata.unique_people([*header, *cleaned.authors])
    if found:
        return found
    editor_keys = {name.casefold() for name in [*editors, *cleaned.editors]}
    return [name for name in metadata.json_ld_authors(doc) if name.casefold() not in editor_keys]


def _merge(articles: Sequence[Article]) -> Article:
    first, rest = articles[0], articles[1:]
    repeated = {first.title, first.description or ""}
    paragraphs = list(first.paragraphs)
    related: list[Link] = list(first.related)
    images = list(first.images)
    authors = list(first.authors)
    sources: list[Source] = list(first.sources)
    for article in rest:
        paragraphs.extend(p for p in article.paragraphs if p not in repeated)
        related.extend(article.related)
        images.extend(article.images)
        authors.extend(article.authors)
        sources.extend(s for s in article.sources if s not in sources)
    merged = first.model_dump()
    merged.update(
        paragraphs=paragraphs,
        text=None,
        related=[link.model_dump() for link in unique_links(related)],
        images=[image.model_dump() for image in images],
        authors=metadata.unique_people(authors),
        quotes=[q.model_dump() for q in extract_quotes(paragraphs)],
        sources=[s.model_dump() for s in [*extract_sources(paragraphs), *sources]],
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
