"""A parsed page: the lxml tree plus what every parser reads from it (JSON-LD, meta, links).

Building a :class:`Document` is the only place where raw input meets lxml; every lxml or codec
failure is translated into a :mod:`newsparse.errors` exception here.
"""

from __future__ import annotations

import contextlib
import functools
import io
import json
import re
import threading
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import urljoin, urlsplit

import attrs
from lxml import etree

from . import limits
from .decoding import html_bytes
from .errors import ParseError
from .text import normalize_space

__all__ = ["Document", "has_class", "host_of", "too_deep_is_a_parse_error"]

_ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNews", "AnalysisNewsArticle", "BlogPosting", "Report"}


_POSITIONAL = re.compile(r"position\(\)|last\(\)|\[\s*\d")


def _syntax(expression: str, start: int = 0) -> Iterator[tuple[int, str, int, int]]:
    """(index, character, bracket depth, parenthesis depth) for each character of ``expression``
    outside string literals, from ``start``; the depths count what is open before the character."""
    quote = ""
    brackets = parens = 0
    for index in range(start, len(expression)):
        char = expression[index]
        if quote:
            quote = "" if char == quote else quote
            continue
        if char in "'\"":
            quote = char
            continue
        yield index, char, brackets, parens
        if char in "[]":
            brackets += 1 if char == "[" else -1
        elif char in "()":
            parens += 1 if char == "(" else -1


def _descendant_axis(expression: str) -> str:
    """Rewrite ``//step`` as ``/descendant::step`` outside string literals.

    libxml2 evaluates ``//div[pred]`` as ``descendant-or-self::node()/child::div[pred]``, visiting
    every node and its children; ``descendant::div[pred]`` is an order of magnitude faster. The
    two agree unless the step's own predicate is positional (``//li[1]``), so such steps stay.
    """
    out: list[str] = []
    done = 0
    for index, char, _, _ in _syntax(expression):
        if (
            char == "/"
            and expression.startswith("//", index)
            and expression[index + 2 : index + 3] not in ("", "/")
            and not _POSITIONAL.search(_step(expression, index + 2))
        ):
            out += [expression[done:index], "/descendant::"]
            done = index + 2
    out.append(expression[done:])
    return "".join(out)


def _step(expression: str, start: int) -> str:
    """The location step starting at ``start``: up to the next ``/``, ``|`` or ``)`` outside brackets."""
    for index, char, brackets, parens in _syntax(expression, start):
        if brackets == parens == 0 and char in "/|])":
            return expression[start:index]
    return expression[start:]


@functools.lru_cache(maxsize=1024)
def compiled_xpath(expression: str) -> etree.XPath:
    """``expression`` compiled once (selectors repeat on every page), with the fast descendant axis."""
    return etree.XPath(_descendant_axis(expression))


_ID_FIRST = re.compile(r"//(?P<tag>[a-z][a-z0-9]*|\*)\[@id='(?P<key>[^'\[\]|\s]{1,100})'\](?P<rest>(?:[/\[][^|]*)?)")


@functools.lru_cache(maxsize=1024)
def _id_first(expression: str) -> tuple[str, str, str] | None:
    """(tag, id, rest) for a path that starts from one element by id: ``//div[@id='x']rest``."""
    match = _ID_FIRST.fullmatch(expression)
    return (match.group("tag"), match.group("key"), match.group("rest")) if match else None


_SCRIPT_SRC = re.compile(r"//script\[contains\(@src, '(?P<part>[^']{1,200})'\)\]")


@functools.lru_cache(maxsize=1024)
def _union_parts(expression: str) -> tuple[str, ...]:
    """The paths of a top-level union ``a | b`` (one part when ``expression`` is not one)."""
    parts, start = [], 0
    for index, char, brackets, parens in _syntax(expression):
        if char == "|" and brackets == parens == 0:
            parts.append(expression[start:index].strip())
            start = index + 1
    parts.append(expression[start:].strip())
    return tuple(parts)


_ID_REDEFINED = re.compile(r"^ID (?P<key>.*) already defined")
#: libxml2 stops logging after this many errors per parse; past it, a duplicate id may go unreported.
_MAX_LOGGED_ERRORS = 100


def _duplicate_ids(log: Any) -> frozenset[str] | None:
    """Ids defined more than once, from the parse's error log; None when the log may be incomplete."""
    if len(log) >= _MAX_LOGGED_ERRORS:
        return None
    keys = set()
    for entry in log:
        if entry.type_name == "DTD_ID_REDEFINED":
            match = _ID_REDEFINED.match(entry.message)
            if match is None:
                return None
            keys.add(match.group("key"))
    return frozenset(keys)


def has_class(name: str) -> str:
    """An XPath predicate body that matches elements having ``name`` among their class tokens.

    Match class *tokens*, never the whole attribute: Tribun adds classes over the years
    (``multi-fontsize``, ``editcontent``, ``mb20``), which breaks exact-equality selectors.
    """
    # The cheap substring test runs first and rejects almost every element before the exact one.
    return f"(contains(@class, '{name}') and contains(concat(' ', normalize-space(@class), ' '), ' {name} '))"


def host_of(url: str | None) -> str | None:
    """The lower-cased host of ``url`` without a port, or None."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return host.lower().rstrip(".") if host else None


_LOCAL = threading.local()


def _parser() -> etree.HTMLParser:
    """One HTML parser per thread (lxml parsers must not be shared across threads).

    No network, no DTD loading, no entity expansion beyond HTML's own. ``huge_tree`` lifts
    libxml2's 10 MB text-node and 256-level depth limits to 1 GB and 2048 levels: the input is
    already bounded by :data:`newsparse.limits.MAX_INPUT_SIZE`, and a page must not vanish because
    one script is large or a template nests deeply.
    """
    parser: etree.HTMLParser | None = getattr(_LOCAL, "parser", None)
    if parser is None:
        # Plain etree elements: lxml.html's element classes cost a Python call per element proxy.
        parser = etree.HTMLParser(
            encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, huge_tree=True
        )
        _LOCAL.parser = parser
    return parser


def _id_table_works() -> bool:
    """Whether this libxml2 registers HTML ids while parsing and logs duplicates (it has for years).

    Checked once at import, so a future libxml2 that stops doing either only makes lookups slower.
    """
    parser = etree.HTMLParser(no_network=True)
    _, ids = etree.parseid(io.BytesIO(b"<div id='a'></div><p id='b'></p><p id='b'></p>"), parser=parser)
    first = ids.get("a")
    duplicates = _duplicate_ids(parser.error_log)
    return first is not None and first.tag == "div" and duplicates == frozenset({"b"})


_ID_TABLE = _id_table_works()


@attrs.frozen
class Document:
    """One HTML page, parsed once; site parsers read from it and never re-parse."""

    root: etree._Element
    url: str | None
    json_ld: tuple[Mapping[str, Any], ...]
    meta: Mapping[str, str]
    #: The page as the UTF-8 bytes lxml parsed (a substring test on it can rule out a scan).
    source: bytes = attrs.field(default=b"", repr=False)
    #: Ids defined more than once on the page, or None when they cannot be known.
    duplicate_ids: frozenset[str] | None = attrs.field(default=None, repr=False)
    #: libxml2's id table (id → element), valid when ``duplicate_ids`` is not None.
    ids: Mapping[str, etree._Element] = attrs.field(factory=dict, repr=False)
    #: (rel, href) of every ``<link>``, in document order.
    links: tuple[tuple[str, str], ...] = attrs.field(default=(), repr=False)
    #: The ``src`` of every ``<script>`` that has one, in document order.
    script_srcs: tuple[str, ...] = attrs.field(default=(), repr=False)

    @classmethod
    def from_html(cls, data: bytes | str, url: str | None = None, max_size: int | None = None) -> Document:
        """Decode and parse ``data``; raise :class:`ParseError` for anything that is not HTML.

        ``max_size`` overrides :data:`newsparse.limits.MAX_INPUT_SIZE` for this page.
        """
        _check_size(data, max_size)
        source = html_bytes(data)
        if len(source) != len(data):
            _check_size(source, max_size)  # a legacy encoding can grow up to 3x as UTF-8
        if url is not None and not _valid_url(url):
            raise ParseError(f"the url {url[:200]!r} is not a valid URL")
        parser = _parser()
        try:
            # parseid() is a parse plus a view of the id table libxml2 fills while parsing.
            tree, ids = etree.parseid(io.BytesIO(source), parser=parser)
            root = tree.getroot()
        except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
            raise ParseError(f"lxml could not parse the page: {exc}") from exc
        if root is None or not isinstance(root.tag, str):
            raise ParseError("the page has no HTML document element")
        _check_not_cut(parser.error_log)
        duplicates = _duplicate_ids(parser.error_log) if _ID_TABLE else None
        meta: dict[str, str] = {}
        json_ld: list[Mapping[str, Any]] = []
        links: list[tuple[str, str]] = []
        script_srcs: list[str] = []
        for node in root.iter("meta", "script", "link"):  # one walk, in C, for the whole head
            tag = node.tag
            if tag == "meta":
                _add_meta(meta, node)
            elif tag == "script":
                src = node.get("src")
                if src:
                    script_srcs.append(src)
                if (node.get("type") or "").strip().lower() == "application/ld+json":
                    json_ld.extend(_json_ld(node.text))
            else:
                rel, href = node.get("rel"), (node.get("href") or "").strip()
                if rel and href:
                    links.append((rel.strip().lower(), href))
        return cls(
            root=root,
            url=url,
            json_ld=tuple(json_ld),
            meta=meta,
            source=source,
            duplicate_ids=duplicates,
            ids=ids,
            links=tuple(links),
            script_srcs=tuple(script_srcs),
        )

    # -- convenience readers ------------------------------------------------------------------

    def xpath(self, expression: str) -> list[Any]:
        """Evaluate an XPath expression against the whole page.

        A path that starts from an id (``//div[@id='x']…``) starts from libxml2's id table
        instead of a scan of the whole tree (about a tenth of a full-size page's time); the
        node-set is the same.
        """
        by_id = _id_first(expression)
        return self._from_id(expression, *by_id) if by_id else self._scan(expression)

    def _scan(self, expression: str) -> list[Any]:
        """``expression`` evaluated by libxml2 over the whole tree, always as a list."""
        result = compiled_xpath(expression)(self.root)
        return result if isinstance(result, list) else [result]

    def _from_id(self, expression: str, tag: str, key: str, rest: str) -> list[Any]:
        """``//tag[@id='key']rest`` from the id table; a scan when the table cannot answer exactly."""
        if self.duplicate_ids is None or key in self.duplicate_ids:
            return self._scan(expression)
        if key not in self.ids:  # (lxml's id table raises KeyError from .get() for a missing key)
            return []  # every id on the page is in the table: no element has this one
        owner = self.ids[key]
        if owner.get("id") != key or not self._attached(owner):
            return self._scan(expression)  # an <a name> entry, or an element the cleaner removed
        if tag != "*" and owner.tag != tag:
            return []
        if not rest:
            return [owner]
        found = compiled_xpath(f"self::node(){rest}")(owner)
        return found if isinstance(found, list) else [found]

    def _attached(self, element: etree._Element) -> bool:
        """Whether ``element`` is still in the tree (the id table keeps entries for removed ones)."""
        node: etree._Element | None = element
        while node is not None and node is not self.root:
            node = node.getparent()
        return node is not None

    def exists(self, expression: str) -> bool:
        """Whether ``expression`` matches anything on the page.

        A union is asked part by part. ``//script[contains(@src, 'x')]`` is answered from the
        scripts read with the head (:attr:`script_srcs`), not by a scan of the whole page.
        """
        parts = _union_parts(expression)
        if len(parts) > 1:
            return any(self.exists(part) for part in parts)
        if _id_first(expression):
            return bool(self.xpath(expression))
        script = _SCRIPT_SRC.fullmatch(expression)
        if script:
            return any(script.group("part") in src for src in self.script_srcs)
        return bool(compiled_xpath(f"boolean({expression})")(self.root))

    def first(self, *expressions: str) -> etree._Element | None:
        """The first element matched by the first expression that matches anything."""
        for expression in expressions:
            for node in self.xpath(expression):
                if isinstance(node, etree._Element):
                    return node
        return None

    def meta_content(self, *keys: str) -> str | None:
        """Content of the first ``<meta>`` present among ``keys`` (name, property or itemprop)."""
        for key in keys:
            value = self.meta.get(key.lower())
            if value:
                return value
        return None

    def absolute(self, link: str | None) -> str | None:
        """``link`` resolved against the page URL (or the canonical URL when no URL was given).

        The one place every link, image and next-page URL of an Article is made: anything that
        is not an http(s) URL (``javascript:``, ``data:``, ``mailto:``, ``file:``, a URL that cannot
        be split) becomes None. A relative link stays relative only when there is no URL to
        resolve it against.
        """
        if not link:
            return None
        link = link.strip()
        base = self.url or self.canonical_url
        try:
            resolved = urljoin(base, link) if base and not _as_is(link) else link
            if resolved[:8].lower().startswith(_WEB_PREFIXES) and (base or urlsplit(resolved).hostname):
                return resolved  # urljoin has split it already: "http://[::1" raised there
            parts = urlsplit(resolved)
        except ValueError:
            return None
        if parts.scheme and (parts.scheme.lower() not in _WEB_SCHEMES or not parts.hostname):
            return None
        return resolved

    @functools.cached_property
    def canonical_url(self) -> str | None:
        """The ``<link rel="canonical">`` URL, or ``og:url``."""
        for rel, href in self.links:
            if rel == "canonical" and _web_url(href):
                return href
        og_url = self.meta.get("og:url")
        return og_url if og_url and _web_url(og_url) else None

    @functools.cached_property
    def article_json_ld(self) -> Mapping[str, Any] | None:
        """The first JSON-LD object whose ``@type`` is an article type."""
        for item in self.json_ld:
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(kind in _ARTICLE_TYPES for kind in kinds if isinstance(kind, str)):
                return item
        return None

    @property
    def html_lang(self) -> str | None:
        """The document's ``lang`` attribute, e.g. "id" or "id-ID"."""
        value = self.root.get("lang")
        return value.strip() if value else None


_WEB_SCHEMES = ("http", "https")
_WEB_PREFIXES = ("http://", "https://")
#: An absolute http(s) URL with a host and none of what urlsplit checks or removes (``[``,
#: ``]``, tab, CR, LF) or what urlunsplit rewrites (``;`` parameters, an empty query or fragment).
_PLAIN_WEB_URL = re.compile(r"https?://[^/?#;\[\]][^;\[\]]*")


def _as_is(link: str) -> bool:
    """Whether ``urljoin(base, link)`` is ``link`` itself, whatever the base: most links on a page
    are absolute already, and urljoin splits and rejoins each (~6 µs a link)."""
    return (
        link.isascii()
        and link.isprintable()
        and _PLAIN_WEB_URL.fullmatch(link) is not None
        and not link.endswith(("?", "#"))
        and "?#" not in link
    )


@contextlib.contextmanager
def too_deep_is_a_parse_error(doc: Document) -> Iterator[None]:
    """Turn a RecursionError from reading ``doc``'s tree into a :class:`ParseError` that says why.

    libxml2 builds trees up to 2048 levels deep (``huge_tree``); code that walks a subtree
    recursively reaches Python's recursion limit at about 900 levels inside it.
    """
    try:
        yield
    except RecursionError as exc:
        where = doc.url or doc.canonical_url or "the page"
        raise ParseError(
            f"{where}: elements are nested too deep for newsparse to read (Python's recursion limit)"
        ) from exc


def _check_size(data: bytes | str, max_size: int | None) -> None:
    limit, setting = limits.effective_limit(max_size)
    if limit is not None and len(data) > limit:
        unit = "characters" if isinstance(data, str) else "bytes"
        raise ParseError(f"the page is {len(data):,} {unit}, over the limit of {limit:,} bytes ({setting})")


def _check_not_cut(log: Any) -> None:
    """Raise when libxml2 stopped reading the page at one of its resource limits.

    libxml2 then returns the tree read so far, and the article would silently be missing from
    it; its fatal errors are logged even past the error log's usual cap.
    """
    for entry in log:
        if entry.type_name == "ERR_RESOURCE_LIMIT":
            if "depth" in entry.message:
                reason = "elements are nested more than 2048 deep"
            else:
                reason = "a text node or attribute is larger than libxml2 reads"
            raise ParseError(
                f"libxml2 stopped reading the page at its limit ({reason}: {entry.message.strip()}); "
                "the rest of the page, and perhaps the article, would be lost"
            )


def _valid_url(url: str) -> bool:
    """Whether ``url`` can be split into parts (a page's "http://[::1" must not crash a field)."""
    try:
        urlsplit(url.strip())
    except ValueError:
        return False
    return True


def _web_url(url: str) -> bool:
    """Whether ``url`` is an absolute http(s) URL with a host (what a page's canonical URL must be)."""
    try:
        parts = urlsplit(url.strip())
        _ = parts.port
    except ValueError:
        return False
    return parts.scheme.lower() in _WEB_SCHEMES and bool(parts.hostname)


def _add_meta(meta: dict[str, str], node: etree._Element) -> None:
    key = node.get("property") or node.get("name") or node.get("itemprop") or node.get("http-equiv")
    content = node.get("content")
    if key and content is not None:
        meta.setdefault(key.strip().lower(), normalize_space(content))


def _json_ld(text: str | None) -> Iterator[Mapping[str, Any]]:
    try:
        data = json.loads(text or "", strict=False)
    except (ValueError, RecursionError):
        return  # broken (or absurdly nested) JSON-LD is common; other evidence still counts
    yield from _flatten(data)


_MAX_JSON_LD_DEPTH = 16


def _flatten(data: Any) -> Iterator[Mapping[str, Any]]:
    """Objects in a JSON-LD value: lists and ``@graph`` unwrapped, iteratively and depth-bounded."""
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > _MAX_JSON_LD_DEPTH:
            continue
        if isinstance(item, list):
            stack.extend((child, depth + 1) for child in reversed(item))
        elif isinstance(item, dict):
            yield item
            graph = item.get("@graph")
            if graph is not None:
                stack.append((graph, depth + 1))
