"""From a body element to clean paragraphs, keeping what was stripped as structured data.

The mechanics are generic; what counts as boilerplate comes from two places: the site parser
(XPath rules for elements: ads, ``p.baca``, figures) and the language module (text patterns for
datelines, reporter lines, "Baca juga", credits, promo tails). Stripping happens per element and
per paragraph, never by a regular expression over the joined text: a public scraper truncates
whole articles that way.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence

import attrs
from lxml import etree

from .decoding import xml_safe
from .document import compiled_xpath
from .lang import id as lang
from .metadata import credit_fields, is_outlet_name, split_names
from .models import Dateline, Image, Link, Source
from .simple_rules import simple_rules
from .text import BLOCK_TAGS, element_text, normalize_space

__all__ = ["CleanedBody", "CleaningRules", "Resolver", "clean_body", "split_credit", "unique_links"]

#: Turns a possibly relative link into an absolute URL.
Resolver = Callable[[str | None], str | None]

#: Datelines tried on the first paragraphs, in order (a site's own patterns come first).
_DATELINES = (
    re.compile(lang.DATELINE, re.IGNORECASE),
    re.compile(lang.DATELINE_PLACE_FIRST),
    re.compile(lang.DATELINE_PLACE_AGENCY),
)
_DATELINE_PLACE_ONLY = re.compile(lang.DATELINE_PLACE_ONLY)
_REPORTERS = (
    re.compile(lang.REPORTER_LINE, re.IGNORECASE),
    re.compile(lang.REPORTER_LINE_WITH_PLACE, re.IGNORECASE),
    re.compile(lang.REPORTER_LINE_NO_COMMA, re.IGNORECASE),
    re.compile(lang.REPORTER_LINE_LABELLED, re.IGNORECASE),
)
_MEDIA_CREDIT = re.compile(lang.MEDIA_CREDIT)
#: How many paragraphs at the top may hold reporter lines, subheadings and then the dateline.
_HEAD_SPAN = 4
#: A top line this short without a sentence end is a subheading or kicker, not the lead.
_HEADING_CHARS = 100
_TRAILING_REPORTER = re.compile(lang.TRAILING_REPORTER, re.IGNORECASE)
_TRAILING_CREDIT = re.compile(lang.TRAILING_CREDIT)
_INITIALS = re.compile(lang.INITIALS)
_OUTLET_IN_CREDIT = re.compile(lang.OUTLET_IN_CREDIT)
_RELATED_PREFIX = re.compile(lang.RELATED_PREFIX)
_BULLET = re.compile(lang.BULLET)
_CDN_FRAGMENT = re.compile(lang.CDN_FRAGMENT)
_CREDIT_START = re.compile(lang.CREDIT_LABEL)
_SYNDICATION_TAYANG = re.compile(lang.SYNDICATION_TAYANG)
_SYNDICATION_SUMBER = re.compile(lang.SYNDICATION_SUMBER)
_TWEET_ATTRIBUTION = re.compile(lang.TWEET_ATTRIBUTION)
#: A placeholder of an embed that did not render ("[Gambas:Video CNN]", "[video]"): no text.
_EMBED_PLACEHOLDER = re.compile(lang.EMBED_PLACEHOLDER)
_PROMO_PREFIXES = tuple(prefix.lower() for prefix in lang.PROMO_PREFIXES)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LINK_OR_BOLD = frozenset({"a", "strong", "b"})
#: An all-bold paragraph up to this long is a subheading; a longer one is bolded text.
_SUBHEADING_MAX_CHARS = 120

#: Elements that are never article text, on any site.
GENERIC_DROP: tuple[str, ...] = (
    ".//script",
    ".//style",
    ".//noscript",
    ".//template",
    ".//iframe",
    ".//ins",
    ".//object",
    ".//embed",
    ".//form",
    ".//button",
    ".//svg",
    ".//video",
    ".//audio",
    ".//*[starts-with(@id, 'div-gpt') or starts-with(@id, 'div-Inside') or starts-with(@id, 'div-ad')]",
    ".//*[@data-ad or @data-ad-slot]",
    ".//blockquote[contains(@class, 'twitter-tweet') or contains(@class, 'instagram-media')"
    " or contains(@class, 'tiktok-embed')]",
)

#: Figure-like elements whose text is a caption, not body text.
GENERIC_FIGURES: tuple[str, ...] = (".//figure",)


@attrs.frozen
class CleaningRules:
    """What a site says about its body: XPaths relative to the body element, and text patterns.

    ``datelines`` and ``footers`` are a site's own regular expressions, tried before the
    language's. A dateline pattern is matched at the start of the first paragraphs and may name
    the groups ``outlet`` and ``place``; a footer pattern must match a whole paragraph, which is
    then removed wherever it is, and may name ``src`` (and ``title``) to record a syndication
    :class:`~newsparse.models.Source`.
    """

    drop: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    figures: tuple[str, ...] = ()
    datelines: tuple[str, ...] = ()
    footers: tuple[str, ...] = ()


@attrs.define
class CleanedBody:
    """The result of cleaning: paragraphs plus everything that was taken out of them."""

    paragraphs: list[str] = attrs.Factory(list)
    dateline: Dateline | None = None
    authors: list[str] = attrs.Factory(list)
    editors: list[str] = attrs.Factory(list)
    related: list[Link] = attrs.Factory(list)
    images: list[Image] = attrs.Factory(list)
    syndication: list[Source] = attrs.Factory(list)
    #: Indices in ``paragraphs`` of subheadings: h1-h6 blocks and short all-bold paragraphs.
    subheadings: list[int] = attrs.Factory(list)


@attrs.define
class _Block:
    """A run of text rendered as one paragraph, with the links fully inside it."""

    text: str
    links: list[tuple[str, str | None, str]]  # (text, href, raw text with its whitespace)
    link_chars: int
    heading: bool
    bold: list[etree._Element] | None = None  # <strong>/<b> elements in the block, if any


def clean_body(
    body: etree._Element,
    rules: CleaningRules,
    resolve: Resolver | None = None,
) -> CleanedBody:
    """Clean ``body`` in place and return its paragraphs with the stripped parts kept aside.

    ``resolve`` turns relative link and image URLs into absolute ones. Pages 2… of a paginated
    article normally carry no dateline or reporter line; when one does, it is stripped too.
    """
    resolve = resolve or _identity
    out = CleanedBody()
    _drop_all(body, GENERIC_DROP + rules.drop)
    for element in _select(body, rules.related):
        out.related.extend(_links_of(element, resolve))
        _remove(element)
    for element in _select(body, GENERIC_FIGURES + rules.figures):
        image = _figure(element, resolve)
        if image is not None:
            out.images.append(image)
        _remove(element)
    subheading_texts: set[str] = set()
    paragraphs = _classify(_blocks(body), out, resolve, subheading_texts, _compiled(rules.footers))
    _strip_head(paragraphs, out, _compiled(rules.datelines))
    _strip_tail(paragraphs, out)
    out.paragraphs = [p for p in paragraphs if p]
    out.subheadings = [i for i, p in enumerate(out.paragraphs) if p in subheading_texts]
    out.related = unique_links(out.related)
    return out


# -- element stage ------------------------------------------------------------------------------


def _identity(link: str | None) -> str | None:
    return link


def _select(body: etree._Element, expressions: tuple[str, ...]) -> list[etree._Element]:
    """Elements matched by any of ``expressions``, in document order, each once.

    A group written in simple forms is matched by one Python walk (see :mod:`.simple_rules`);
    any other group is evaluated as one union: a single call into libxml2.
    """
    if not expressions:
        return []
    rules = simple_rules(expressions)
    if rules is not None:
        return rules.select(body)
    result = compiled_xpath(" | ".join(expressions))(body)
    if not isinstance(result, list):
        return []
    return [node for node in result if isinstance(node, etree._Element) and node is not body]


def _remove(element: etree._Element) -> None:
    """Remove ``element`` but keep its tail text, which belongs to the surrounding paragraph."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            _assign(previous, "tail", (previous.tail or "") + tail)
        else:
            _assign(parent, "text", (parent.text or "") + tail)
    parent.remove(element)


def _assign(element: etree._Element, attribute: str, value: str) -> None:
    try:
        setattr(element, attribute, value)
    except ValueError:  # a stray control character that lxml parsed but will not store
        setattr(element, attribute, xml_safe(value))


def _drop_all(body: etree._Element, expressions: tuple[str, ...]) -> None:
    for element in _select(body, expressions):
        if element.getparent() is not None:
            _remove(element)


def _links_of(element: etree._Element, resolve: Resolver) -> list[Link]:
    links = []
    for anchor in element.iter("a"):
        title = _strip_related_prefix(element_text(anchor)) or normalize_space(anchor.get("title") or "")
        if title:
            links.append(Link(title=title, url=resolve(anchor.get("href"))))
    if not links:
        title = _strip_related_prefix(element_text(element))
        if title and not title.lower().startswith(_PROMO_PREFIXES):  # a widget's own label

            links.append(Link(title=title, url=None))
    return links


def _figure(element: etree._Element, resolve: Resolver) -> Image | None:
    src = None
    for img in element.iter("img"):
        src = img.get("data-src") or img.get("src")
        if src:
            break
    caption_node = next(iter(element.iter("figcaption")), None)
    caption = element_text(caption_node) if caption_node is not None else element_text(element)
    if not src and not caption:
        return None
    text, credit = split_credit(caption) if caption else (None, None)
    return Image(url=resolve(src), caption=text or None, credit=credit)


_CAPTION_CREDIT = re.compile(r"\(\s*(?P<credit>[^()]{2,80})\)\s*$")
_CAPS_CREDIT = re.compile(
    r"(?:^|\s)(?P<credit>[A-Z][A-Z0-9'-]{0,30}(?:\.[A-Z]{2,4}){0,2}(?: [A-Z][A-Z0-9'-]{0,20}){0,3}"
    r"\s?/\s?[A-Za-z0-9 .'/-]{2,60})\s*$"
)


def _is_credit_word(text: str) -> bool:
    """A credit without a slash: "(istimewa)", "(dok. PSSI)", "(Tangkap layar YouTube)"."""
    return text.strip().lower().startswith(lang.CAPTION_CREDIT_WORDS)


def split_credit(caption: str) -> tuple[str, str | None]:
    """Split photo credits off a caption: "… Jakarta. TRIBUNNEWS/IRWAN (TRIBUN/IRWAN)".

    A parenthesised credit wins over an inline capitalised one; both are removed from the text.
    """
    text = normalize_space(caption)
    credit = None
    match = _CAPTION_CREDIT.search(text)
    if match and ("/" in match.group("credit") or _is_credit_word(match.group("credit"))):
        credit = match.group("credit").strip()
        text = text[: match.start()].strip()
    match = _CAPS_CREDIT.search(text)
    if match:
        credit = credit or match.group("credit").strip()
        text = text[: match.start()].strip()
    return text, credit


# -- block stage ----------------------------------------------------------------------------------


def _blocks(body: etree._Element) -> list[_Block]:
    """Linearise ``body`` into rendered paragraphs: block elements and ``<br>`` break lines."""
    builder = _BlockBuilder()
    builder.walk(body, top=True)
    builder.flush()
    return builder.blocks


class _BlockBuilder:
    def __init__(self) -> None:
        self.blocks: list[_Block] = []
        self.parts: list[str] = []
        self.links: list[tuple[str, str | None, str]] = []
        self.link_chars = 0
        self.heading = False
        self.bold: list[etree._Element] | None = None

    def flush(self) -> None:
        text = normalize_space("".join(self.parts))
        if text:
            self.blocks.append(_Block(text, self.links, self.link_chars, self.heading, self.bold))
        self.parts, self.links, self.link_chars, self.heading, self.bold = [], [], 0, False, None

    def walk(self, element: etree._Element, top: bool = False) -> None:
        tag = element.tag
        if isinstance(tag, str):
            block = tag in BLOCK_TAGS and not top
            if block:
                self.flush()
                self.heading = tag in _HEADINGS
            if tag == "br":
                self.flush()
            elif tag in _LINK_OR_BOLD and not top:  # one test for both: most elements are neither
                if tag == "a":
                    text = element_text(element)
                    if text:
                        self.links.append((text, element.get("href"), "".join(str(t) for t in element.itertext())))
                        self.link_chars += len(text.replace(" ", ""))
                elif self.bold is None:
                    self.bold = [element]
                else:
                    self.bold.append(element)
            if tag != "br" and element.text:
                self.parts.append(element.text)
            for child in element:
                self.walk(child)
            if block:
                self.flush()
        if not top and element.tail:
            self.parts.append(element.tail)


# -- paragraph stage --------------------------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def _compiled(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(pattern) for pattern in patterns)


def _classify(
    blocks: Sequence[_Block],
    out: CleanedBody,
    resolve: Resolver,
    subheadings: set[str],
    footers: tuple[re.Pattern[str], ...] = (),
) -> list[str]:
    """Drop or divert boilerplate blocks; return the text of the ones that are article text
    (adding to ``subheadings`` the texts of those that are headings)."""
    paragraphs: list[str] = []
    awaiting_title = False  # a footer ended with "dengan judul": its title is the next block
    for block in blocks:
        text = block.text
        lowered = text.lower()
        if _continues_related_link(block, out, resolve):
            continue
        if (
            lowered.startswith(_PROMO_PREFIXES) and not (block.links and _RELATED_PREFIX.match(text))
        ) or _CDN_FRAGMENT.search(text) or _TWEET_ATTRIBUTION.match(text) or _EMBED_PLACEHOLDER.match(text):
            continue  # a linked "Berita Terkait: <a>…</a>" line is a related link, kept below
        if awaiting_title:
            awaiting_title = False
            out.syndication[-1] = out.syndication[-1].model_copy(update={"title": _footer_title(text)})
            continue
        footer = _footer(text, footers)
        if footer is not None:
            found, awaiting_title = footer
            if found is not None:
                out.syndication.append(found)
            continue
        if text in {"(*)", "*"}:
            paragraphs.append(text)  # an end marker: the tail stage decides
            continue
        prefix = _RELATED_PREFIX.match(text)
        if prefix and _BULLET.match(text) and not _is_related_bullet(block, text[prefix.end() :]):
            prefix = None  # "• Memakai masker …": a list item of the article, not a related headline
        if prefix or _is_link_only(block):
            title = text[prefix.end() :].strip() if prefix else text
            url = resolve(block.links[0][1]) if block.links else None
            if title:
                out.related.append(Link(title=title, url=url))
            continue
        if _credit_block(text, out):
            continue
        if (block.heading or block.bold) and _is_subheading(block):
            subheadings.add(text)
        paragraphs.append(text)
    return paragraphs


def _is_subheading(block: _Block) -> bool:
    """An h1-h6 block, or a short paragraph that is bold from end to end."""
    if block.heading:
        return True
    if not block.bold or len(block.text) > _SUBHEADING_MAX_CHARS:
        return False
    bold_chars = sum(len(element_text(element).replace(" ", "")) for element in block.bold)
    return bold_chars >= len(block.text.replace(" ", ""))


def _continues_related_link(block: _Block, out: CleanedBody, resolve: Resolver) -> bool:
    """Merge the rest of a related link that an ad slot split in two (T:006).

    The rest is a link-only block pointing at the same URL as an earlier related link; another
    related line may sit between the halves.
    """
    if not out.related or not _is_link_only(block):
        return False
    url = resolve(block.links[0][1])
    for index in range(len(out.related) - 1, -1, -1):
        earlier = out.related[index]
        if earlier.url is not None and earlier.url == url:
            joiner = " " if block.links[0][2][:1].isspace() else ""
            out.related[index] = Link(title=f"{earlier.title}{joiner}{block.links[0][0]}", url=url)
            return True
    return False


def _is_related_bullet(block: _Block, rest: str) -> bool:
    """A "•" line is a related link when it is linked or written as a Title Case headline."""
    if block.links:
        return block.link_chars >= len(rest.replace(" ", "")) - 2
    words = [word for word in rest.split() if len(word) > 3 and word[0].isalpha()]
    return bool(words) and sum(word[0].isupper() for word in words) >= 0.6 * len(words)


def _is_link_only(block: _Block) -> bool:
    """A paragraph that is nothing but one link: a related headline (TribunJatim 2019)."""
    if len(block.links) != 1 or block.heading:
        return False
    return block.link_chars >= len(block.text.replace(" ", "")) - 2 and block.links[0][1] is not None


def _credit_block(text: str, out: CleanedBody) -> bool:
    """Consume "Penulis: X | Editor: Y" lines found inside the body (2017 Serambinews)."""
    if _CREDIT_START.match(text) is None:  # cheap, anchored: most blocks stop here
        return False
    fields = credit_fields(text)
    if not fields:
        return False
    for label, value in fields:
        (out.editors if label in lang.EDITOR_LABELS else out.authors).extend(split_names(value))
    return True


def _strip_head(paragraphs: list[str], out: CleanedBody, site_datelines: tuple[re.Pattern[str], ...] = ()) -> None:
    """Reporter lines and the dateline at the start of the body.

    The dateline opens the lead, which may come after reporter lines (removed: their names are
    authors) and after a subheading or kicker (kept); images and ads are gone by now.
    """
    lines_before = 0
    for index in range(min(_HEAD_SPAN, len(paragraphs))):
        text = paragraphs[index]
        if not text:
            continue
        names = _reporter_names(text)
        if names is not None:
            out.authors.extend(names)
            paragraphs[index] = ""
            continue
        match = _dateline(text, site_datelines, first=lines_before == 0)
        if match is not None:
            out.dateline = _dateline_of(match)
            paragraphs[index] = text[match.end() :].strip()
            return
        lines_before += 1
        if len(text) > _HEADING_CHARS or text.endswith((".", "!", "?", '"', "”", ")", ":")):
            return  # the lead, without a dateline


def _dateline(text: str, site_datelines: tuple[re.Pattern[str], ...], first: bool) -> re.Match[str] | None:
    """The dateline opening ``text``, if any (one that is the whole text is not one)."""
    patterns = (*site_datelines, *_DATELINES, *((_DATELINE_PLACE_ONLY,) if first else ()))
    for pattern in patterns:
        match: re.Match[str] | None = pattern.match(text)
        if match and match.end() < len(text):
            return match
    return None


def _dateline_of(match: re.Match[str]) -> Dateline:
    groups = match.groupdict()
    place = (groups.get("place") or "").strip()
    outlet = (groups.get("outlet") or "").strip()  # as written, even "TRIBUNNEWS. COM"
    return Dateline(outlet=outlet, place=place or None, text=match.group(0).strip())


def _reporter_names(text: str) -> list[str] | None:
    """Names in a whole-paragraph reporter line, or None if ``text`` is not one."""
    if "aporan" not in text[:12]:
        return None
    for pattern in _REPORTERS:
        match = pattern.match(text)
        if match:
            return split_names(match.group("names"))
    return None


def _strip_tail(paragraphs: list[str], out: CleanedBody) -> None:
    """End markers: bylines, "(*)", reporter lines, syndication footers — also glued ones."""
    index = len(paragraphs) - 1
    while index >= 0:
        text = paragraphs[index]
        if not text:
            index -= 1
            continue
        source = _syndication(text)
        if source is not None:
            out.syndication.insert(0, source)
            paragraphs[index] = ""
            index -= 1
            continue
        names = _reporter_names(text)
        if names is not None:
            out.authors.extend(names)
            paragraphs[index] = ""
            index -= 1
            continue
        if _MEDIA_CREDIT.match(text):
            paragraphs[index] = ""
            index -= 1
            continue
        stripped = _strip_glued_markers(text, out)
        paragraphs[index] = stripped
        if stripped:
            return
        index -= 1


def _strip_glued_markers(text: str, out: CleanedBody) -> str:
    """Remove credits at the very end of ``text``: "tandasnya.(*)", "… (Tribunnews.com/Nama)"."""
    while text:
        match = _TRAILING_REPORTER.search(text)
        if match:
            names = _reporter_names(match.group("inner"))
            if names is not None:
                out.authors.extend(names)
                text = text[: match.start()].rstrip()
                continue
        match = _TRAILING_CREDIT.search(text)
        if match:
            names = _credit_names(match.group("inner"))
            if names is not None:
                out.authors.extend(names)
                text = text[: match.start()].rstrip()
                continue
        break
    return text


def _credit_names(inner: str) -> list[str] | None:
    """Names in a trailing credit, [] for "(*)", or None when the parentheses are ordinary text."""
    inner = inner.strip()
    if inner == "*":
        return []
    if _INITIALS.match(inner):
        return [inner]
    if "/" not in inner or any(ch.isdigit() for ch in inner):
        return None
    parts = [part.strip() for part in inner.split("/") if part.strip()]
    outlets = [part for part in parts if _OUTLET_IN_CREDIT.match(part) or is_outlet_name(part)]
    if not outlets:
        return None
    names: list[str] = []
    for part in parts:
        if part not in outlets:
            names.extend(split_names(part))
    return names


def _footer(text: str, site_footers: tuple[re.Pattern[str], ...]) -> tuple[Source | None, bool] | None:
    """A whole-paragraph syndication footer: (its source, whether its title is the next paragraph)."""
    for pattern in site_footers:
        match = pattern.fullmatch(text)
        if match:
            groups = match.groupdict()
            if not groups.get("src"):
                return None, False
            title = _footer_title(groups.get("title") or "")
            return Source(name=groups["src"].rstrip(",."), kind="syndication", cue=None, title=title), False
    lowered = text[:80].lower()
    if "tayang" not in lowered and "terbit" not in lowered and "dimuat" not in lowered:
        return None
    match = _SYNDICATION_TAYANG.match(text)
    if not match:
        return None
    title = match.group("title")
    cue = normalize_space(text[: match.start("src")])  # as printed: "Sebagian artikel ini telah tayang di"
    source = Source(name=match.group("src").rstrip(",."), kind="syndication", cue=cue, title=_footer_title(title or ""))
    return source, title is not None and not title.strip()


def _footer_title(text: str) -> str | None:
    return text.strip().rstrip(",.").strip().strip("\"“”'").strip() or None


def _syndication(text: str) -> Source | None:
    """A "Sumber: X" credit (at the end only: elsewhere "Sumber:" may label a table or a graphic).

    "Artikel ini telah tayang di …" footers are taken wherever they are, by :func:`_footer`.
    """
    match = _SYNDICATION_SUMBER.match(text)
    if match:
        return Source(name=match.group("src").strip().rstrip("."), kind="syndication", cue="Sumber:")
    return None


def _strip_related_prefix(text: str) -> str:
    match = _RELATED_PREFIX.match(text)
    return text[match.end() :].strip() if match else text.strip()


def unique_links(links: Iterable[Link]) -> list[Link]:
    """Links in first-seen order, one per URL (or per title when a link has no URL)."""
    seen: set[str] = set()
    unique = []
    for link in links:
        key = link.url or link.title.casefold()
        if key not in seen:
            seen.add(key)
            unique.append(link)
    return unique
