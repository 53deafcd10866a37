"""The site-parser API: what a parser for one site declares, and the defaults it inherits.

A site parser only says *where* things are on its site (XPath selectors, grouped per layout
era) and, when selectors are not enough, overrides one field method. Everything generic —
decoding, lxml, JSON-LD and meta, Indonesian dates, boilerplate bookkeeping, quotes and
sources, building the :class:`~newsparse.models.Article` — is done once by the library.

Parsers are plain classes with class-level data, so instances pickle and travel to worker
processes and cluster nodes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, ClassVar, TypeVar, cast
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import attrs
from lxml import etree

from .. import metadata, titles
from ..cleaning import CleaningRules
from ..dates import parse_date
from ..decoding import xml_safe
from ..document import Document, compiled_xpath, has_class, host_of
from ..lang import id as lang
from ..models import Image, Link, Source
from ..simple_rules import class_marker
from ..text import element_text, normalize_space

__all__ = ["Layout", "Page", "Selectors", "SiteParser", "has_class", "json_ld_body"]

_URL_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{2})/(\d{2})/")

XPaths = tuple[str, ...]
T = TypeVar("T")


@attrs.frozen
class Selectors:
    """Where each part of an article is on a site: XPath expressions, tried in order.

    Expressions for text fields may select elements (their text is used) or attributes.
    Body-relative expressions (``drop``, ``related``, ``figures``) start with ``.//``.
    An empty tuple means "not on this site" for a parser, and "inherit" for a :class:`Layout`.

    ``container`` is the element that holds the article (headline, byline, dates, image, tags,
    body), found once per page. The field expressions that start with ``.//`` are evaluated under
    it, not over the whole page: on a full-size page the article is a fifth of the tree, and a
    scan costs what it visits. A page without the container is searched whole.
    """

    title: XPaths = ()
    description: XPaths = ()
    body: XPaths = ()
    authors: XPaths = ()
    editors: XPaths = ()
    credits: XPaths = ()
    published: XPaths = ()
    modified: XPaths = ()
    section: XPaths = ()
    tags: XPaths = ()
    image: XPaths = ()
    image_caption: XPaths = ()
    image_credit: XPaths = ()
    next_page: XPaths = ()
    pagination: XPaths = ()
    related_outside: XPaths = ()
    source_credit: XPaths = ()
    drop: XPaths = ()
    related: XPaths = ()
    figures: XPaths = ()
    container: XPaths = ()

    def merged(self, override: Selectors) -> Selectors:
        """These selectors with every non-empty field of ``override`` taking precedence."""
        changes = {
            f.name: getattr(override, f.name) for f in attrs.fields(Selectors) if getattr(override, f.name)
        }
        return attrs.evolve(self, **changes)


@attrs.frozen
class Layout:
    """One template era of a site, picked by the page itself.

    ``marker`` is an XPath that must match something on the page; ``until`` limits the layout to
    articles dated before that day (the date comes from the URL path or the page's meta, never
    from a crawl date). Both may be given; the first layout that fits wins. A marker written
    ``.//…`` is looked for inside the parser's article container (see :class:`Selectors`):
    markers are tested on every page, and most pages match none.
    """

    name: str
    selectors: Selectors = Selectors()
    marker: str | None = None
    until: date | None = None

    def fits(self, doc: Document, day: date | None, scope: etree._Element | None = None) -> bool:
        """Whether this layout applies to ``doc`` (published on ``day``, if known); ``scope`` is
        where a ``.//`` marker is looked for (the whole page by default)."""
        return self._fits(day, _Markers(doc, doc.root if scope is None else scope))

    def _fits(self, day: date | None, markers: _Markers) -> bool:
        if self.until is not None and (day is None or day >= self.until):
            return False
        return self.marker is None or markers.found(self.marker)


@attrs.define
class _Markers:
    """Answers the layout markers of one page; markers that only ask for class tokens share one
    read of the class attributes per tag (see :class:`~newsparse.simple_rules.ClassMarker`)."""

    doc: Document
    scope: etree._Element
    classes: dict[str, list[str]] = attrs.Factory(dict)

    def found(self, marker: str) -> bool:
        if not marker.startswith("."):
            return self.doc.exists(marker)
        simple = class_marker(marker)
        if simple is None:
            return bool(compiled_xpath(f"boolean({marker})")(self.scope))
        values = self.classes.get(simple.tag)
        if values is None:
            # plain strings: the XPath selects attribute values only, and smart strings are off
            values = self.classes[simple.tag] = cast(list[str], _class_values(simple.tag)(self.scope))
        return simple.found_in(values)


@functools.lru_cache(maxsize=64)
def _class_values(tag: str) -> etree.XPath:
    """The ``class`` attributes of the ``tag`` elements under a node, as plain strings."""
    return etree.XPath(f"descendant::{tag}/@class", smart_strings=False)


@attrs.frozen
class Page:
    """A document seen through one parser and one layout: what field methods receive."""

    doc: Document
    selectors: Selectors
    layout: str
    host: str | None
    _memo: dict[str, Any] = attrs.field(factory=dict, eq=False, repr=False)
    #: Where ``.//`` expressions start: the article container, else the whole page.
    scope: etree._Element = attrs.field(
        default=attrs.Factory(lambda self: self.doc.root, takes_self=True), eq=False, repr=False
    )

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """``compute()`` once per page: field methods that share work (credits) call it freely."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]  # type: ignore[no-any-return]

    def select(self, expression: str) -> list[Any]:
        """The matches of ``expression``: under :attr:`scope` when it starts with ``.``, else on the page."""
        if not expression.startswith("."):
            return self.doc.xpath(expression)
        found = compiled_xpath(expression)(self.scope)
        return found if isinstance(found, list) else [found]

    def exists(self, expression: str) -> bool:
        """Whether ``expression`` matches anything (see :meth:`select`)."""
        if expression.startswith("."):
            return bool(compiled_xpath(f"boolean({expression})")(self.scope))
        return self.doc.exists(expression)

    def texts(self, expressions: XPaths) -> list[str]:
        """Normalised texts of every match of every expression, in order, without empties."""
        return [value for expression in expressions for value in map(_text, self.select(expression)) if value]

    def text(self, expressions: XPaths) -> str | None:
        """The first non-empty text matched by ``expressions``."""
        for expression in expressions:
            for node in self.select(expression):
                value = _text(node)
                if value:
                    return value
        return None

    def element(self, expressions: XPaths) -> etree._Element | None:
        """The first element matched by ``expressions``."""
        for expression in expressions:
            for node in self.select(expression):
                if isinstance(node, etree._Element):
                    return node
        return None


def _text(node: Any) -> str:
    """The normalised text of a match: an element's text, or an attribute's or a string's value."""
    return element_text(node) if isinstance(node, etree._Element) else normalize_space(str(node))


class SiteParser:
    """Base class of every site parser. Subclass it, set the class attributes, register it.

    Class attributes:
        name: unique parser name, reported in ``Article.parser``.
        hosts: hosts served: exact (``"tribunnews.com"``) or wildcard (``"*.tribunnews.com"``).
        site_names: ``og:site_name`` values that identify the site when no URL is known.
        selectors: where things are on the site (the default layout).
        layouts: template variants, tried in order before falling back to ``selectors``.
        language: ISO 639-1 code for pages that declare no language of their own.
        default_zone: time zone assumed for dates printed without one ("WIB", "WITA", "WIT").
        dateline_patterns: the site's own dateline regexes, tried first (see :class:`CleaningRules`).
        footer_patterns: the site's own footer regexes for whole paragraphs (see :class:`CleaningRules`).
    """

    name: ClassVar[str] = ""
    hosts: ClassVar[tuple[str, ...]] = ()
    site_names: ClassVar[tuple[str, ...]] = ()
    selectors: ClassVar[Selectors] = Selectors()
    layouts: ClassVar[tuple[Layout, ...]] = ()
    language: ClassVar[str] = lang.LANGUAGE
    default_zone: ClassVar[str] = lang.DEFAULT_TIMEZONE
    dateline_patterns: ClassVar[tuple[str, ...]] = ()
    footer_patterns: ClassVar[tuple[str, ...]] = ()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other)

    def __hash__(self) -> int:
        return hash(type(self))

    # -- layout ---------------------------------------------------------------------------------

    def page(self, doc: Document) -> Page:
        """Pick the layout for ``doc`` and return the page the field methods read from."""
        day = _article_day(doc)
        scope = _container(doc, self.selectors)
        markers = _Markers(doc, scope)
        for layout in self.layouts:
            if layout._fits(day, markers):
                selectors = self.selectors.merged(layout.selectors)
                if selectors.container != self.selectors.container:  # the layout names its own
                    scope = _container(doc, selectors)
                return Page(doc, selectors, layout.name, self._host(doc), scope=scope)
        return Page(doc, self.selectors, "default", self._host(doc), scope=scope)

    def _host(self, doc: Document) -> str | None:
        return host_of(doc.url) or host_of(doc.canonical_url)

    def zone_for(self, page: Page) -> str:
        """The time zone of dates printed without one on this page (override per host)."""
        return self.default_zone

    # -- fields ---------------------------------------------------------------------------------

    def title(self, page: Page) -> str | None:
        """The headline: the site's ``h1``, else JSON-LD / Open Graph without the site's name.

        Never the site's name: None when the page names nothing else (see :mod:`newsparse.titles`).
        """
        found = page.text(page.selectors.title)
        if found and len(found) > titles.LONGEST_SITE_NAME:
            return found  # no site is called that: spare the look-up of its names
        names = titles.site_names(page.doc, self.site_names, page.host)
        if found and not names.is_site(found):
            return found
        return titles.page_title(page.doc, names)

    def language_of(self, page: Page) -> str:
        """The page's declared language (see :func:`newsparse.metadata.language`), else ``language``."""
        return metadata.language(page.doc) or self.language

    def description(self, page: Page) -> str | None:
        """The lead: the site's summary element, else the meta description."""
        return page.text(page.selectors.description) or metadata.description(page.doc)

    def body(self, page: Page) -> etree._Element | None:
        """The element holding the article text, or None when the page has none."""
        return page.element(page.selectors.body)

    def credits(self, page: Page) -> tuple[list[str], list[str]]:
        """(authors, editors) from the byline block: "Penulis: X | Editor: Y"."""
        return page.memo("credits", lambda: metadata.credits(page.texts(page.selectors.credits)))

    def authors(self, page: Page) -> list[str]:
        """Writers credited outside the body (the body's reporter lines are added later)."""
        linked = [name for text in page.texts(page.selectors.authors) for name in metadata.split_names(text)]
        return linked + self.credits(page)[0]

    def editors(self, page: Page) -> list[str]:
        """People credited as editor."""
        return page.texts(page.selectors.editors) + self.credits(page)[1]

    def published(self, page: Page) -> datetime | None:
        """Publication time: JSON-LD and meta first, then the page's visible date."""
        return metadata.published(page.doc) or self._visible_date(page, page.selectors.published)

    def modified(self, page: Page) -> datetime | None:
        """Last modification time, when the page says."""
        return metadata.modified(page.doc) or self._visible_date(page, page.selectors.modified)

    def _visible_date(self, page: Page, expressions: XPaths) -> datetime | None:
        for value in page.texts(expressions):
            parsed = parse_date(value, self.zone_for(page))
            if parsed is not None:
                return parsed
        return None

    def section(self, page: Page) -> str | None:
        """The section or category, from the breadcrumb or meta; never a share button's label.

        Each selector gives its first text; one that reads "Facebook" or "StumbleUpon" found a
        share bar laid out like a breadcrumb, and the next selector is tried.
        """
        for expression in page.selectors.section:
            found = page.text((expression,))
            if found and found.casefold() not in lang.SHARE_LABELS:
                return found
        found = metadata.section(page.doc)
        return found if found and found.casefold() not in lang.SHARE_LABELS else None

    def tags(self, page: Page) -> list[str]:
        """Tags of the article, de-duplicated: the matches of the first selector that matches."""
        for expression in page.selectors.tags:
            found = page.texts((expression,))
            if found:
                return metadata.unique(found)
        return metadata.unique(metadata.keywords(page.doc))

    def image(self, page: Page) -> Image | None:
        """The lead image with its caption and credit."""
        url = page.doc.absolute(page.text(page.selectors.image)) or metadata.image_url(page.doc)
        caption = page.text(page.selectors.image_caption)
        credit = page.text(page.selectors.image_credit)
        if not (url or caption):
            return None
        return Image(url=url, caption=caption, credit=credit)

    def related(self, page: Page) -> list[Link]:
        """Related links listed outside the body (a ``#related`` block)."""
        return self.links(page, page.selectors.related_outside)

    def links(self, page: Page, expressions: XPaths) -> list[Link]:
        """Links from the anchors matched by ``expressions`` (link text, else the ``title`` attribute)."""
        links = []
        seen: set[tuple[str, str | None]] = set()
        for expression in expressions:
            for anchor in page.select(expression):
                if isinstance(anchor, etree._Element):
                    title = element_text(anchor) or normalize_space(anchor.get("title") or "")
                    href = anchor.get("href")
                    if title and (title, href) not in seen:
                        seen.add((title, href))
                        absolute = href.strip() if href and href.startswith(("https://", "http://")) else None
                        links.append(Link(title=title, url=absolute or page.doc.absolute(href)))
        return links

    def source_credits(self, page: Page) -> list[Source]:
        """Syndication credits printed outside the body ("Sumber: Tribunnews.com"): the matches of
        the first selector that matches, as for the other fields."""
        sources: list[Source] = []
        for expression in page.selectors.source_credit:
            if sources:
                break
            for node in page.select(expression):
                if not isinstance(node, etree._Element):
                    continue
                name = normalize_space(element_text(node).split(":", 1)[-1])
                if name:
                    anchor = next(iter(node.iter("a")), None)
                    url = page.doc.absolute(anchor.get("href")) if anchor is not None else None
                    sources.append(Source(name=name, kind="syndication", cue="Sumber:", url=url))
        return sources

    def next_page_url(self, page: Page) -> str | None:
        """The URL of the next page of a paginated article."""
        return page.memo("next_page_url", lambda: page.doc.absolute(page.text(page.selectors.next_page)))

    def single_page_url(self, page: Page) -> str | None:
        """The whole-article URL (``?page=all``) when the page is part of a paginated article."""
        current = page.doc.url or page.doc.canonical_url
        page_number = dict(parse_qsl(urlsplit(current or "").query)).get("page")
        if page_number == "all":
            return None  # already the whole article
        paginated = (
            self.next_page_url(page) is not None
            or any(page.exists(expression) for expression in page.selectors.pagination)
            or page_number is not None
        )
        base = page.doc.canonical_url or current
        return with_query(base, page="all") if paginated and base else None

    def cleaning_rules(self, page: Page) -> CleaningRules:
        """What inside the body is boilerplate on this site."""
        s = page.selectors
        return CleaningRules(
            drop=s.drop,
            related=s.related,
            figures=s.figures,
            datelines=self.dateline_patterns,
            footers=self.footer_patterns,
        )


def _container(doc: Document, selectors: Selectors) -> etree._Element:
    """The article container of ``selectors`` on ``doc``, else the page's root."""
    found = doc.first(*selectors.container)
    return doc.root if found is None else found


def with_query(url: str, **params: str) -> str:
    """``url`` with query parameters set (replacing existing ones of the same name)."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in params]
    query.extend(params.items())
    return urlunsplit(parts._replace(query=urlencode(query)))


def _article_day(doc: Document) -> date | None:
    """The article's day from its URL path (/YYYY/MM/DD/) or machine metadata."""
    for url in (doc.url, doc.canonical_url):
        match = _URL_DATE.search(url or "")
        if match:
            try:
                return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            except ValueError:
                continue
    published = metadata.published(doc)
    return published.date() if published else None


def json_ld_body(doc: Document) -> etree._Element | None:
    """The JSON-LD ``articleBody`` as a ``<div>`` of ``<p>`` (one per line), or None.

    A fallback for pages whose body markup is missing or unrecognised: the cleaner then treats
    it like any other body.
    """
    article = doc.article_json_ld
    text = article.get("articleBody") if article else None
    if not isinstance(text, str) or not normalize_space(text):
        return None
    container: etree._Element = etree.Element("div")
    for line in text.splitlines():
        if normalize_space(line):
            paragraph = etree.SubElement(container, "p")
            paragraph.text = xml_safe(line)
    return container
