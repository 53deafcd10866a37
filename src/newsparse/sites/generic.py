"""The fallback for hosts no parser claims: JSON-LD, Open Graph and a text-density body finder.

Quality is lower than a site parser's, but never garbage: a page whose best candidate body is
too thin raises :class:`~newsparse.errors.NotAnArticleError` rather than returning navigation.

The body is chosen by scoring every block that holds prose, in one walk over the page: each
``<p>`` counts for its parent, each run of text between ``<br>`` tags (2010s portals write whole
articles that way) for the element that holds it, and each ``<figcaption>`` for the element
around its figure (photo stories). A block scores its prose, less its link text, with a bonus
per paragraph; class and id words ("content", "detail", "isi" / "sidebar", "related",
"populer") and ``nav``/``aside``/``footer`` ancestors raise or lower it. The first match of a
selector is never trusted alone: a side box that happens to come first loses to the article.
"""

from __future__ import annotations

import copy
import re

import attrs
from lxml import etree

from .. import titles
from ..cleaning import split_credit
from ..decoding import xml_safe
from ..document import has_class
from ..text import BLOCK_TAGS, element_text
from .base import Page, Selectors, SiteParser, json_ld_body

__all__ = ["GenericParser"]

_MAX_LINK_DENSITY = 0.5
#: A line of prose: shorter runs are labels, dates, buttons.
_MIN_UNIT_CHARS = 25
#: Worth of one paragraph in characters: ten real paragraphs beat one long blurb.
_PARAGRAPH_BONUS = 40
#: Elements whose own text (between ``<br>`` tags) can be an article body.
_TEXT_HOLDERS = ("div", "td", "article", "section", "main", "span", "font", "center", "p", "blockquote")
#: Tags whose content is never prose.
_NOT_TEXT = frozenset({"script", "style", "noscript", "template", "select", "option", "button", "form"})
_CHROME_TAGS = frozenset({"nav", "aside", "header", "footer", "form"})
#: Words in class or id that mark the article's own block, and words that mark chrome.
_GOOD_NAME = re.compile(
    r"(?i)(?<![a-z])(?:article|content|entry|post|story|detail|body|text|isi|berita|artikel|konten|read|main)"
)
_BAD_NAME = re.compile(
    r"(?i)(?<![a-z])(?:side|widget|related|terkait|comment|komentar|footer|menu|nav|popular|populer|trending"
    r"|rekomendasi|recommend|banner|share|social|sosmed|tag|breadcrumb|header|masthead|copyright|terbaru|latest|index|more)"
)
#: A class or id with words of both kinds counts as neither.
_GOOD_FACTOR = 1.25
_BAD_FACTOR = 0.3
_CHROME_FACTOR = 0.2
#: A sibling block joins the best one when it holds at least this share of the best score.
_SIBLING_SHARE = 0.25
#: How far up like blocks may share an ancestor to count as one body.
_GROUP_LEVELS = 3
#: A block next to the body joins it with this much prose (an intro, a lead box).
_MIN_NEIGHBOUR_PROSE = 80
#: Linked headings that, one per teaser or more, make the block an index page.
_MIN_LISTING_HEADINGS = 3
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_ARTICLE_BODY = ("//*[@itemprop='articleBody']",)
_HEADLINES = ("//h1 | //h2",)


class _Thresholds:
    """How much text makes a body. A page that declares itself an article (Open Graph type
    ``article`` or a JSON-LD article) may be short (a page 2 of 3); any other page must hold a
    real block of prose before it is taken for an article."""

    def __init__(self, declared_article: bool) -> None:
        self.chars = 80 if declared_article else 250
        self.paragraphs = 1 if declared_article else 2


@attrs.define
class _Candidate:
    """A block and the prose found directly in it."""

    element: etree._Element
    chars: int = 0
    links: int = 0
    paragraphs: int = 0
    caption_chars: int = 0
    #: (text, the paragraph element or None for a line of text, whether it is a caption)
    units: list[tuple[str, etree._Element | None, bool]] = attrs.Factory(list)

    def add(self, text: str, link_chars: int, source: etree._Element | None = None, caption: bool = False) -> None:
        self.chars += len(text)
        self.links += link_chars
        self.paragraphs += 1
        self.units.append((text, source, caption))
        if caption:
            self.caption_chars += len(text)

    @property
    def prose(self) -> int:
        return self.chars - self.links


class GenericParser(SiteParser):
    """Any news page: the block with the most prose (``<p>``, ``<br>``-separated text or photo
    captions), ``itemprop=articleBody`` when it holds the article, or JSON-LD ``articleBody``."""

    name = "generic"
    selectors = Selectors(
        title=_HEADLINES,
        body=_ARTICLE_BODY,
        authors=("//*[@rel='author']", "//*[@itemprop='author']//*[@itemprop='name']"),
        published=(
            "//article//time/@datetime",
            "//time/@datetime",
            # a visible date near the headline: "Kamis, 21 Maret 2013, 09:15 WIB" in a "date" box
            "(//h1)[1]/following::*[contains(@class, 'date') or contains(@class, 'time')"
            " or contains(@class, 'tanggal')][position() <= 4]",
            "(//h1)[1]/following::*[contains(@class, 'date') or contains(@class, 'tanggal')][1]/*",  # a box of lines
        ),
        tags=("//*[@rel='tag']",),
        drop=(
            ".//nav",
            ".//aside",
            ".//header",
            ".//footer",
            f".//*[{has_class('related')} or {has_class('share')}]",
            f".//*[{has_class('ads')} or {has_class('advertisement')}]",
            f".//*[{has_class('tags')} or {has_class('tag-list')} or {has_class('tagline-end')}]",
        ),
        related=(
            f".//p[{has_class('baca')}]",
            f".//*[{has_class('read-also')} or {has_class('baca-juga')} or {has_class('bacajuga')}]",
        ),
    )

    def title(self, page: Page) -> str | None:
        """The heading that matches the page's title minus the site's name (not the logo, the
        section or the slogan in an ``h1``); else an ``h1`` inside ``<article>``; else the title."""
        names = titles.site_names(page.doc, self.site_names, page.host)
        if page.selectors.title == _HEADLINES:
            nodes = list(page.doc.root.iter("h1", "h2"))  # the same, without an XPath scan
        else:
            nodes = [node for expression in page.selectors.title for node in page.doc.xpath(expression)]
        ranked = sorted((node for node in nodes if isinstance(node, etree._Element)), key=lambda n: n.tag != "h1")
        headings = [text for text in map(element_text, ranked) if text]
        found = titles.best_heading(page.doc, headings, names)
        if found is None or found not in headings:  # no heading confirmed by the title
            for node in ranked:
                if node.tag == "h1" and any(a.tag == "article" for a in node.iterancestors()):
                    text = element_text(node)
                    if text and not names.is_site(text):
                        return text
        return found

    def body(self, page: Page) -> etree._Element | None:
        """The best-scoring prose block (with its sibling parts), or ``articleBody`` markup when it
        holds that block, else JSON-LD ``articleBody`` text."""
        doc = page.doc
        limits = _Thresholds(doc.article_json_ld is not None or doc.meta.get("og:type") == "article")
        best = _best_block(doc.root)
        marked = None
        if page.selectors.body != _ARTICLE_BODY or b"articleBody" in doc.source:  # spare a scan of the page
            marked = page.element(page.selectors.body)
        holds_best = marked is not None and (best is None or _holds(marked, best))
        if marked is not None and holds_best and len(element_text(marked)) >= limits.chars:
            return marked
        if best is None or best.prose < limits.chars or best.paragraphs < limits.paragraphs:
            return _from_json_ld(page, limits)
        if _json_ld_text_size(page) > 3 * best.prose:  # the page's own article text dwarfs the block:
            from_ld = _from_json_ld(page, limits)  # the block is a side box
            if from_ld is not None:
                return from_ld
        return best.body()


def _holds(marked: etree._Element, best: _Best) -> bool:
    """Whether the ``articleBody`` element contains the best block (or is inside it)."""
    element = best.element
    return _contains(marked, element) or element is marked or _contains(element, marked)


@attrs.define
class _Best:
    """The winning block, or the winning run of sibling blocks (an article split by ad slots,
    a photo story of one block per photo)."""

    parts: list[_Candidate]

    @property
    def prose(self) -> int:
        return sum(part.prose for part in self.parts)

    @property
    def paragraphs(self) -> int:
        return sum(part.paragraphs for part in self.parts)

    @property
    def element(self) -> etree._Element:
        return self.parts[0].element

    def body(self) -> etree._Element:
        """The block itself; a new ``<div>`` when sibling parts join it or captions hold the text."""
        if sum(part.caption_chars for part in self.parts) * 2 > sum(part.chars for part in self.parts):
            return _caption_story([unit for part in self.parts for unit in part.units])
        if len(self.parts) == 1:
            return self.parts[0].element
        container: etree._Element = etree.Element("div")
        for part in self.parts:
            copied = _copy(part.element)
            if copied.tag not in BLOCK_TAGS:  # one paragraph per part, as on the page
                wrapper = etree.SubElement(container, "div")
                wrapper.append(copied)
            else:
                container.append(copied)
        return container


def _copy(element: etree._Element) -> etree._Element:
    """A copy: the page keeps its tree for the other fields (authors may sit inside the body)."""
    copied = copy.deepcopy(element)
    copied.tail = None
    return copied


def _caption_story(units: list[tuple[str, etree._Element | None, bool]]) -> etree._Element:
    """A photo story as a body: each caption without its photo credit, and the story's own
    paragraphs (copied, so their credit lines and links are cleaned as usual)."""
    container: etree._Element = etree.Element("div")
    for text, source, caption in units:
        if source is not None and not caption:
            container.append(_copy(source))
            continue
        paragraph = etree.SubElement(container, "p")
        paragraph.text = xml_safe(split_credit(text)[0] if caption else text)
    return container


def _best_block(root: etree._Element) -> _Best | None:
    """Score every prose block of the page in one walk; the best block or run of sibling blocks."""
    candidates: dict[etree._Element, _Candidate] = {}

    def candidate(element: etree._Element) -> _Candidate:
        found = candidates.get(element)
        if found is None:
            found = candidates[element] = _Candidate(element)
        return found

    for element in root.iter(*_TEXT_HOLDERS, "figcaption"):
        tag = element.tag
        if tag == "p" or tag == "figcaption":
            parent = element.getparent()
            if parent is None or (tag == "p" and parent.tag == "figcaption"):
                continue  # a caption's paragraph counts with its caption
            text, link_chars = _unit(element)
            if tag == "figcaption" and parent.tag == "figure":
                parent = parent.getparent()
            if parent is not None and _is_prose(text, link_chars):
                candidate(parent).add(text, link_chars, element, caption=tag == "figcaption")
            if tag == "figcaption" or element.find("br") is None:
                continue  # one paragraph: it counts for its parent, not as a body of its own
        if _has_own_text(element):
            runs = [run for run in _runs(element) if _is_prose(*run)]
            if tag == "p" and len(runs) < 2:
                continue
            for text, link_chars in runs:
                candidate(element).add(text, link_chars)
    if not candidates:
        return None
    scored = {element: _score(c) for element, c in candidates.items()}
    single = max(scored, key=scored.__getitem__)
    group, group_score, region = _best_group(candidates, scored)
    if region is not None and len(group) > 1 and group_score > scored[single] and not _contains(single, region):
        parts = group
    else:
        parts, region = [candidates[single]], single
    if _is_listing(parts):
        return None
    return _Best(_with_neighbours(parts, region, candidates))


def _is_listing(parts: list[_Candidate]) -> bool:
    """An index page: about one linked headline per paragraph ("h3 > a" above each teaser)."""
    linked = 0
    for part in parts:
        for heading in part.element.iter(*_HEADINGS):
            if next(heading.iter("a"), None) is not None or any(a.tag == "a" for a in heading.iterancestors()):
                linked += 1
    paragraphs = sum(part.paragraphs for part in parts)
    return linked >= _MIN_LISTING_HEADINGS and linked * 2 >= paragraphs


def _with_neighbours(
    parts: list[_Candidate], region: etree._Element, candidates: dict[etree._Element, _Candidate]
) -> list[_Candidate]:
    """The parts with the prose block right before and right after the region (a photo story's
    intro, a lead in a box of its own), skipping empty elements such as ad slots between."""
    before = _neighbour(region, candidates, forward=False)
    after = _neighbour(region, candidates, forward=True)
    return [*([before] if before else []), *parts, *([after] if after else [])]


def _neighbour(
    region: etree._Element, candidates: dict[etree._Element, _Candidate], forward: bool
) -> _Candidate | None:
    node = region.getnext() if forward else region.getprevious()
    while node is not None and (not isinstance(node.tag, str) or _is_blank(node)):
        node = node.getnext() if forward else node.getprevious()
    found = candidates.get(node) if node is not None else None
    if found is None or found.prose < _MIN_NEIGHBOUR_PROSE or _BAD_NAME.search(_names(found.element)):
        return None
    if next(found.element.iter("img", "picture", "figure"), None) is not None:
        return None  # the lead image and its caption, not an intro
    return found if found.links * 2 <= found.chars else None


def _is_blank(node: etree._Element) -> bool:
    """Whether ``node`` shows no text (an ad slot, a spacer); stops at the first text it meets."""
    for element in node.iter():
        if element is not node and element.tail and not element.tail.isspace():
            return False
        text = element.text
        if text and not text.isspace() and isinstance(element.tag, str) and element.tag not in _NOT_TEXT:
            return False
    return True


def _best_group(
    candidates: dict[etree._Element, _Candidate], scored: dict[etree._Element, float]
) -> tuple[list[_Candidate], float, etree._Element | None]:
    """The run of like blocks with the highest total score: blocks of one tag and class under one
    ancestor (one to three levels up: a paragraph per ``div``, a caption per photo item), each
    holding a fair share of the best one's score, in page order. Like means the same tags and
    classes all the way up to the shared ancestor: comments under the story do not join it."""
    groups: dict[tuple[etree._Element, tuple[str, ...]], list[etree._Element]] = {}
    for element in candidates:
        if element.tag == "p" or _BAD_NAME.search(_names(element)):
            continue
        path = [f"{element.tag}.{element.get('class') or ''}"]  # the shape from the ancestor down
        ancestor = element.getparent()
        for _ in range(_GROUP_LEVELS):
            if ancestor is None:
                break
            groups.setdefault((ancestor, tuple(path)), []).append(element)
            path.append(f"{ancestor.tag}.{ancestor.get('class') or ''}")
            ancestor = ancestor.getparent()
    best: list[_Candidate] = []
    best_score = 0.0
    best_ancestor = None
    for (ancestor, _), members in groups.items():
        if len(members) < 2:
            continue
        floor = max(scored[member] for member in members) * _SIBLING_SHARE
        kept = [member for member in members if scored[member] >= floor]
        total = sum(scored[member] for member in kept)
        if len(kept) > 1 and total > best_score:
            best, best_score, best_ancestor = [candidates[member] for member in kept], total, ancestor
    return best, best_score, best_ancestor


def _contains(ancestor: etree._Element, element: etree._Element) -> bool:
    return any(node is ancestor for node in element.iterancestors())


def _is_prose(text: str, link_chars: int) -> bool:
    return len(text) >= _MIN_UNIT_CHARS and link_chars <= len(text) * _MAX_LINK_DENSITY


def _unit(element: etree._Element) -> tuple[str, int]:
    text = _caption_text(element) if element.tag == "figcaption" else element_text(element)
    link_chars = sum(len(element_text(a)) for a in element.iter("a")) if text else 0
    return text, link_chars


def _caption_text(caption: etree._Element) -> str:
    """A caption's text without its photo credit element (``<span class="credit">``)."""
    parts: list[str] = []

    def collect(node: etree._Element) -> None:
        if isinstance(node.tag, str) and "credit" not in (node.get("class") or ""):
            parts.append(" " if node.tag in BLOCK_TAGS or node.tag == "br" else "")
            parts.append(node.text or "")
            for child in node:
                collect(child)
                parts.append(child.tail or "")

    collect(caption)
    return " ".join("".join(parts).split())


def _has_own_text(element: etree._Element) -> bool:
    """Whether text sits directly in ``element`` (not only inside its children)."""
    text = element.text
    if text and not text.isspace():
        return True
    for child in element:  # a plain loop: this runs for most elements of the page
        tail = child.tail
        if tail and not tail.isspace():
            return True
    return False


def _runs(element: etree._Element) -> list[tuple[str, int]]:
    """The lines of text directly in ``element``, split at ``<br>`` and block children."""
    runs: list[tuple[str, int]] = []
    parts: list[str] = [element.text or ""]
    link_chars = 0
    for child in element:
        tag = child.tag
        if isinstance(tag, str) and (tag == "br" or tag in BLOCK_TAGS or tag in _NOT_TEXT):
            runs.append((" ".join("".join(parts).split()), link_chars))
            parts, link_chars = [], 0
        elif isinstance(tag, str):
            text = element_text(child)
            parts.append(f" {text} " if tag in ("span", "font") else text)
            if tag == "a":
                link_chars += len(text)
            else:
                link_chars += sum(len(element_text(a)) for a in child.iter("a"))
        if child.tail:
            parts.append(child.tail)
    runs.append((" ".join("".join(parts).split()), link_chars))
    return [run for run in runs if run[0]]


def _names(element: etree._Element) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def _score(candidate: _Candidate) -> float:
    element = candidate.element
    score = float(candidate.prose + _PARAGRAPH_BONUS * candidate.paragraphs)
    names = _names(element)
    bad, good = _BAD_NAME.search(names), _GOOD_NAME.search(names)
    if bad and not good:
        score *= _BAD_FACTOR
    elif good and not bad:
        score *= _GOOD_FACTOR  # both ("side-article txt-article", "sidebar-text"): no word decides
    if element.tag in _CHROME_TAGS or any(node.tag in _CHROME_TAGS for node in element.iterancestors()):
        score *= _CHROME_FACTOR
    return score


def _json_ld_text_size(page: Page) -> int:
    article = page.doc.article_json_ld
    text = article.get("articleBody") if article else None
    return len(text) if isinstance(text, str) else 0


def _from_json_ld(page: Page, limits: _Thresholds) -> etree._Element | None:
    body = json_ld_body(page.doc)
    if body is None or len(element_text(body)) < limits.chars:
        return None
    return body
