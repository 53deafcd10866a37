"""Paragraph bookkeeping shared by the quote and source extractors.

Offsets in `Quote` and `Source` point into ``"\\n\\n".join(paragraphs)``; every extractor works on
one paragraph at a time and shifts its local offsets by the paragraph's start, kept here once.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from ..lang import id as lang
from ..models import PARAGRAPH_SEPARATOR

#: A word: letters, digits and inner hyphens, apostrophes or dots ("Al-Jazeera", "Kompas.com").
WORD = re.compile(r"[^\W_](?:[\w'’.-]{0,60}[^\W_])?")

#: Sentence end: terminal punctuation followed by space and a capital, a quote mark or the end.
_SENTENCE_END = re.compile(r"[.!?](?=\s+[\"“”„‟«A-Z0-9(]|\s*$)")
#: Abbreviations written with a period before a name ("Dr.", "Prof.", "drg."), as written: their
#: period, and a name's initial's ("Budi S. Santoso"), ends no sentence though a capital follows.
_TITLE_ABBREVIATIONS = frozenset(
    form
    for word in lang.HONORIFICS
    if word.endswith(".")
    for form in (word[:-1], word[:-1].capitalize(), word[:-1].upper())
)


def _abbreviation_before(text: str, period: int) -> bool:
    """Whether the word before the period at ``period`` is a title abbreviation or an initial."""
    space = text.rfind(" ", max(0, period - 7), period)
    word = text[space + 1 : period] if space >= 0 or period < 7 else ""
    return word in _TITLE_ABBREVIATIONS or (len(word) == 1 and word.isupper())


def as_paragraphs(paragraphs: str | Sequence[str]) -> list[str]:
    """A single string is one paragraph; anything else is a sequence of paragraphs."""
    return [paragraphs] if isinstance(paragraphs, str) else list(paragraphs)


def paragraph_starts(paragraphs: Sequence[str]) -> list[int]:
    """Offset of each paragraph in the joined text."""
    starts: list[int] = []
    pos = 0
    for para in paragraphs:
        starts.append(pos)
        pos += len(para) + len(PARAGRAPH_SEPARATOR)
    return starts


def sentence_bounds(text: str) -> list[int]:
    """Start offsets of the sentences of ``text`` (always begins with 0), linear time."""
    bounds = [0]
    for m in _SENTENCE_END.finditer(text):
        if text[m.start()] == "." and _abbreviation_before(text, m.start()):
            continue
        nxt = m.end()
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        if nxt < len(text) and nxt != bounds[-1]:
            bounds.append(nxt)
    return bounds


def sentence_at(bounds: list[int], text_len: int, pos: int) -> tuple[int, int]:
    """The (start, end) of the sentence containing ``pos``."""
    i = bisect_right(bounds, pos) - 1
    start = bounds[max(i, 0)]
    end = bounds[i + 1] if i + 1 < len(bounds) else text_len
    return start, end


def strip_span(text: str, start: int, end: int, trailing: str = " \t\n,") -> tuple[int, int]:
    """Shrink [start, end) past whitespace on the left and ``trailing`` characters on the right."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in trailing:
        end -= 1
    return start, end
