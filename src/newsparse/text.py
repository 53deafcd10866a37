"""Text helpers shared by every parser: whitespace normalisation and element text.

Tribun auto-links keywords inside paragraphs, so an element's text must keep inline ``<a>`` and
``<strong>`` content in place, separated exactly as the source separates it: never dropped (as
``p/text()`` does) and never glued to the next word (as ``get_text(strip=True)`` does).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from lxml import etree

__all__ = ["BLOCK_TAGS", "element_text", "normalize_space", "words_pattern"]

# Zero-width and soft-hyphen characters, and the controls XML cannot hold (lxml keeps them in
# parsed text): none of them belongs in output text.
_INVISIBLE = dict.fromkeys(
    [*map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\ufffe\uffff"), *range(0x00, 0x20), 0x7F], None
)


def normalize_space(text: str) -> str:
    """Collapse every run of whitespace (NBSP included) to one space and strip the ends."""
    # str.split() splits on exactly the characters ``\s`` matches in a str pattern (str.isspace),
    # and is several times faster than ``re.sub``. Whitespace runs are gone after the join, so
    # anything still unprintable is an invisible or control character: only then translate.
    joined = " ".join(text.split())
    if joined.isprintable():
        return joined
    return " ".join(joined.translate(_INVISIBLE).split())


def element_text(element: etree._Element) -> str:
    """All text inside ``element`` (inline markup kept as text), whitespace-normalised.

    ``<br>`` counts as a space; comments, scripts and styles contribute nothing.
    """
    parts: list[str] = []
    _collect(element, parts, top=True)
    return normalize_space("".join(parts))


_SKIP = {"script", "style", "noscript", "template"}
#: Elements that start a new line when rendered: their text never runs into a neighbour's.
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "center",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)


def _collect(element: etree._Element, parts: list[str], top: bool = False) -> None:
    tag = element.tag
    if isinstance(tag, str) and tag not in _SKIP:
        if tag == "br" or tag in BLOCK_TAGS:
            parts.append(" ")
        if element.text:
            parts.append(element.text)
        for child in element:
            _collect(child, parts)
        if tag in BLOCK_TAGS:
            parts.append(" ")
    if not top and element.tail:
        parts.append(element.tail)


def words_pattern(
    words: Iterable[str],
    *,
    boundary: str = r"\w",
    after: str | None = None,
    before: Sequence[str] = (),
    ignore_case: bool = False,
) -> str:
    """A regex source for any of ``words`` (plain text) standing as a whole word, quick to search.

    ``re`` skips through a text quickly only when a pattern starts with plain characters; one
    that starts with ``\b``, a look-around or a case-insensitive alternation is tried in full at
    every offset, which made such searches the costliest step of quote and source extraction.
    So each branch starts with the word's first character and checks what precedes the word with
    a look-behind placed after it. ``boundary`` is the class that must not touch either end
    (``after`` replaces the check at the end); ``before`` lists fixed-width contexts, one of which
    must precede the word (``"^"`` for the start of the text). ``ignore_case`` applies after the
    first character, which then matches in both cases.
    """
    if before:
        contexts = [r"(?<![\s\S][\s\S])" if ctx == "^" else f"(?<={ctx}.)" for ctx in before]
        lead = "(?:" + "|".join(contexts) + ")"
    else:
        lead = f"(?<!{boundary}.)"
    by_first: dict[str, list[str]] = {}
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        firsts = {word[0].lower(), word[0].upper()} if ignore_case else {word[0]}
        for first in sorted(firsts):
            by_first.setdefault(first, []).append(re.escape(word[1:]))
    flags = "(?i:" if ignore_case else "(?:"
    branches = [f"{re.escape(first)}{lead}{flags}{'|'.join(rests)})" for first, rests in by_first.items()]
    end = after if after is not None else f"(?!{boundary})"
    return "(?:" + "|".join(branches) + ")" + end
