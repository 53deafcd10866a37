"""The headline: which text on the page is the article's title, and which part of it is the site.

Pages name themselves in three places: ``og:site_name`` (and JSON-LD ``publisher``), the host
(``regional.kompas.com`` is Kompas), and the ``<title>``, where the site's name follows the
headline after a separator ("Judul - Kompas.com", "Judul | Republika Online", "Judul :: Warta").
A title is cut at the first segment that names the site, so whatever the site appends after its
name (a slogan, a section) goes with it. A text that is nothing but the site's name is never a
headline: :func:`page_title` returns None for it, and the parser raises
:class:`~newsparse.errors.NotAnArticleError` rather than calling the site's name a title.

An ``h1`` is not always the headline either: generic pages put the site's logo, the section
("Regional", "News") or the slogan in one. :func:`best_heading` keeps the heading that matches
the page's own title (``og:title``, ``<title>``, JSON-LD ``headline``) minus the site's name.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

import attrs

from .document import Document, host_of
from .lang import id as lang
from .text import element_text, normalize_space

__all__ = [
    "LONGEST_SITE_NAME",
    "SiteNames",
    "best_heading",
    "host_brands",
    "key",
    "page_title",
    "site_names",
    "strip_site_name",
]

#: Separators between a headline and the site's name: " - ", " | ", " :: ", " – ", " » ", " · ".
#: A hyphen, dash or colon needs spaces on both sides ("Covid-19", "Jokowi: …" stay whole).
_SEPARATOR = re.compile(r" (?:[-–—~·•:]|::|\|\|) |(?: ?(?:\||::|»|«) ?)")
#: "Halaman 2", "Halaman all", "Page 3": the page of a paginated article, never part of a headline.
_PAGE_PART = re.compile(lang.TITLE_PAGE_PART)
#: A web address used as a name: "Kompas.com", "REPUBLIKA.CO.ID", "tribunjabar.id".
_DOMAIN = re.compile(r"(?i)^[a-z0-9][a-z0-9-]{0,40}(?:\.[a-z0-9-]{1,40}){0,2}\.(?:com|co\.id|id|co|net|org|tv|news)$")
#: Tribun Network brand words in a title suffix (kept from the first Tribun-only version).
_TRIBUN_WORD = re.compile(r"(?i)tribun|pos[- ]kupang|serambi|surya|warta|bangka|banjarmasin")
#: Host labels that are not the site's name: subdomains for devices and public suffixes.
_HOST_NOISE_START = frozenset({"www", "m", "amp", "mobile", "web"})
_HOST_SUFFIXES = frozenset(
    {"com", "co", "id", "net", "org", "or", "go", "ac", "sch", "my", "biz", "info", "tv", "news", "asia",
     "online", "site", "xyz", "example", "test", "local"}
)  # fmt: skip
#: How many characters a brand-based segment may add to the brand ("detik" + "news", "republika" + "online").
_BRAND_EXTRA = 8
_MAX_SITE_WORDS = 4
#: No site's name is longer: a longer heading is never the site's name.
LONGEST_SITE_NAME = 60
#: Longer "titles" are not headlines (a page stuffing its <title>); they are not read at all.
_MAX_TITLE = 1000


_NOT_ALNUM = re.compile(r"[\W_]+")


def key(text: str) -> str:
    """Letters and digits only, case-folded: "KOMPAS.com" and "Kompas com" are one name."""
    return _NOT_ALNUM.sub("", text.casefold())


@functools.lru_cache(maxsize=256)
def _keys(names: tuple[str, ...]) -> frozenset[str]:
    """Keys of a parser's ``site_names`` (the same tuple on every page: computed once)."""
    return frozenset(key(name) for name in names)


def _loose(text: str) -> str:
    """Case-folded words, punctuation ignored: for comparing a heading with a title."""
    return " ".join(_NOT_ALNUM.sub(" ", text.casefold()).split())


@attrs.frozen
class SiteNames:
    """The names a site goes by on one page: exact names and brand stems from the host."""

    exact: frozenset[str] = frozenset()
    brands: frozenset[str] = frozenset()
    sections: frozenset[str] = frozenset()

    def is_site(self, text: str, trailing: bool = False) -> bool:
        """Whether ``text`` (a title segment) names the site rather than saying anything.

        ``trailing`` segments (after a separator) also count when they hold a Tribun Network
        brand word, as the Tribun titles have since 2012 ("… - Tribun Sumsel").
        """
        text = normalize_space(text)
        folded = key(text)
        if not folded or len(text) > LONGEST_SITE_NAME:
            return False
        if folded in self.exact or folded in self.brands or _DOMAIN.match(text):
            return True
        if len(text.split()) > _MAX_SITE_WORDS:
            return False
        for brand in self.brands:
            if len(brand) >= 4 and len(folded) - len(brand) <= _BRAND_EXTRA and (
                folded.startswith(brand) or folded.endswith(brand)
            ):
                return True
        return trailing and len(text) <= 40 and _TRIBUN_WORD.search(text) is not None


def site_names(doc: Document, names: Iterable[str] = (), host: str | None = None) -> SiteNames:
    """What the site is called on ``doc``: the parser's ``names``, the page's own, and the host."""
    exact = set(_keys(tuple(names)))
    for value in (
        doc.meta_content("og:site_name"),
        doc.meta_content("application-name"),
        doc.meta_content("twitter:site", "twitter:app:name:googleplay"),
        _publisher(doc),
    ):
        if value:
            exact.add(key(value.lstrip("@")))
    host = host or host_of(doc.url) or host_of(doc.canonical_url)
    exact.discard("")
    return SiteNames(frozenset(exact), host_brands(host) - {""})


def _with_sections(names: SiteNames, doc: Document) -> SiteNames:
    """``names`` with the page's own section, which a title may carry after the headline."""
    sections = frozenset(key(value) for value in _sections(doc)) - {""}
    return attrs.evolve(names, sections=sections) if sections else names


def _publisher(doc: Document) -> str | None:
    article = doc.article_json_ld
    publisher = article.get("publisher") if article else None
    if isinstance(publisher, list):
        publisher = publisher[0] if publisher else None
    name = publisher.get("name") if isinstance(publisher, dict) else None
    return name if isinstance(name, str) else None


def _sections(doc: Document) -> list[str]:
    article = doc.article_json_ld
    values: list[object] = [doc.meta_content("article:section"), article.get("articleSection") if article else None]
    found = []
    for value in values:
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                found.append(item)
    return found


@functools.lru_cache(maxsize=1024)
def host_brands(host: str | None) -> frozenset[str]:
    """"regional.kompas.com" → {"kompas", "kompascom"}; "www.republika.co.id" → {"republika", …}."""
    if not host:
        return frozenset()
    labels = host.split(".")
    while len(labels) > 1 and labels[0] in _HOST_NOISE_START:
        labels = labels[1:]
    domain = labels[:]
    while len(labels) > 1 and labels[-1] in _HOST_SUFFIXES:
        labels = labels[:-1]
    brand = labels[-1]
    start = len(labels) - 1
    return frozenset({key(brand), key("".join(domain[start:]))})


def _segments(title: str) -> list[str]:
    return [part.strip() for part in _SEPARATOR.split(title)]


def strip_site_name(title: str, names: SiteNames) -> tuple[str, bool]:
    """``title`` without the site's name and what follows it; and whether the title *started* with
    the site's name ("Kompas.com - Berita Hari Ini": a page about the site, not a headline).

    Page numbers ("Halaman 2") and the page's own section ("… - Regional - Kompas.com") go too.
    A title that is only the site's name is returned as it is: the caller decides.
    """
    title = normalize_space(title)
    parts = _segments(title)
    if len(parts) == 1:
        return title, False
    first, end = 0, len(parts)
    while end - first > 1 and names.is_site(parts[first]):
        first += 1
    for index in range(first + 1, end):
        if names.is_site(parts[index], trailing=True):
            end = index
            break
    while end - first > 1 and (_PAGE_PART.match(parts[end - 1]) or key(parts[end - 1]) in names.sections):
        end -= 1
    if (first, end) == (0, len(parts)):
        return title, False  # nothing removed: keep the separators as the page wrote them
    return _rejoin(title, parts[first:end]), first > 0


def _rejoin(title: str, parts: Sequence[str]) -> str:
    """The stretch of ``title`` from the first to the last kept part, separators as written."""
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end].strip() if 0 <= start < end else " - ".join(parts)


def _meta_titles(doc: Document) -> list[str]:
    article = doc.article_json_ld
    headline = article.get("headline") if article else None
    values = [
        headline if isinstance(headline, str) else None,
        doc.meta_content("og:title"),
        doc.meta_content("twitter:title"),
        _title_element_text(doc),
    ]
    found = (normalize_space(value) for value in values if value)
    return [value for value in found if value and len(value) <= _MAX_TITLE]


def _title_element_text(doc: Document) -> str | None:
    """The ``<title>``'s text: the first one, found without an XPath scan of the whole page."""
    for element in doc.root.iter("title"):
        return element_text(element)
    return None


def page_title(doc: Document, names: SiteNames) -> str | None:
    """The headline from JSON-LD, Open Graph, Twitter or ``<title>``, without the site's name.

    None when every one of them is the site's name (or the site's name and a slogan).
    """
    names = _with_sections(names, doc)
    for value in _meta_titles(doc):
        cleaned, leading = strip_site_name(value, names)
        if cleaned and not leading and not names.is_site(cleaned):
            return cleaned
    return None


_MIN_SHARE = 0.3
#: Bounds that keep a hostile page linear: headings compared, title segments matched.
_MAX_HEADINGS = 50
_MAX_SEGMENTS = 12


@attrs.frozen
class _TitleShape:
    """A page title prepared once for comparing headings with it."""

    cleaned: str
    parts: tuple[str, ...]
    size: int

    @classmethod
    def of(cls, title: str, names: SiteNames) -> _TitleShape:
        parts = tuple(_loose(part) for part in _segments(title)[:_MAX_SEGMENTS])
        return cls(_loose(strip_site_name(title, names)[0]), parts, len(" ".join(parts)) or 1)

    def share(self, heading: str) -> float:
        """How much of the title ``heading`` is: 2.0 for the title without the site's name, else
        the share of a run of whole segments it equals ("Judul | Slogan" holds "Judul"), else 0."""
        if heading == self.cleaned:
            return 2.0  # beats any partial match
        for start in range(len(self.parts)):
            for end in range(start + 1, len(self.parts) + 1):
                if " ".join(self.parts[start:end]) == heading:
                    return len(heading) / self.size
        return 0.0


def best_heading(doc: Document, headings: Sequence[str], names: SiteNames) -> str | None:
    """The heading that is the headline: the one matching the page's title best.

    A heading matches when it equals the title without the site's name, or a run of whole
    segments of a title ("Judul | Slogan" holds "Judul") that is a fair share of it. Headings that
    name the site never match. Without any match, the page's title wins over an unconfirmed
    heading; a page without a title of its own falls back to the first heading that is not the site.
    """
    titles = _meta_titles(doc)
    names = _with_sections(names, doc)
    shapes = [_TitleShape.of(title, names) for title in titles]
    best, best_share = None, 0.0
    for heading in headings[:_MAX_HEADINGS]:
        wanted = _loose(heading)
        if not wanted or names.is_site(heading):
            continue
        share = max((shape.share(wanted) for shape in shapes), default=0.0)
        if share > best_share:
            best, best_share = heading, share
    if best is not None and best_share >= _MIN_SHARE:
        return best
    found = page_title(doc, names)
    if found is not None or titles:
        return found
    return next((h for h in headings if h and not names.is_site(h)), None)
