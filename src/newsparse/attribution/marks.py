"""Pairing quotation marks by position, not by character.

Real Tribun and Kompas text mixes straight and curly marks, uses ” as an opener and “ as a
closer, puts spaces on the wrong side and leaves a quote open at the end of a paragraph when it
continues in the next one. A single left-to-right pass over the marks decides, from the characters
around each mark, whether it opens or closes; this is linear in the paragraph length.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..lang import id as lang

_MARK = re.compile("[" + re.escape(lang.QUOTE_MARKS) + "]")
_CLOSE_FOLLOW = set(",.;:?!)]}…-–—")  # characters that may follow a closing mark
_OPEN_PRECEDE = set("([{:;—–-/")  # characters that may precede an opening mark


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Quoted words in one paragraph: ``open_mark``/``close_mark`` are mark offsets or -1."""

    open_mark: int  # offset of the opening mark, -1 when the quote continues from before
    close_mark: int  # offset of the closing mark, -1 when it runs to the paragraph end
    start: int  # first character of the content
    end: int  # just past the content


def _can_open(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in lang.CLOSING_ONLY_MARKS:
        return False
    if nxt.isspace() and (i + 2 >= len(text) or not text[i + 2].isalnum()):
        return prev.isspace() and i + 1 < len(text) and text[i] in lang.OPENING_ONLY_MARKS
    return prev.isspace() or prev in _OPEN_PRECEDE or i == 0 or not nxt.isspace()


def _can_close(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in lang.OPENING_ONLY_MARKS:
        return False
    if i + 1 >= len(text) or nxt.isspace() or nxt in _CLOSE_FOLLOW:
        return True
    # Glued to the next word (',"kata Prabowo'): a closer when the quote ends in punctuation.
    return prev in ",.?!" and nxt.isalpha()


@functools.lru_cache(maxsize=256)
def pair_marks(text: str) -> tuple[QuoteSpan, ...]:
    """The quoted spans of one paragraph, in order; unclosed quotes run to the paragraph end.

    Cached: the quote and the source extractors both need the spans of the same paragraphs.
    """
    if not _MARK.search(text):
        return ()
    spans: list[QuoteSpan] = []
    open_at = -1
    last_close = -1
    for m in _MARK.finditer(text):
        i = m.start()
        if open_at < 0:
            if _can_open(text, i):
                open_at = i
            elif _can_close(text, i) and not spans and last_close < 0:
                # A closer with no opener at all: the opening mark was lost (or the quote
                # started in the previous paragraph). The quote starts at the paragraph start.
                spans.append(QuoteSpan(-1, i, 0, i))
                last_close = i
            continue
        if _can_close(text, i) and i > open_at + 1:
            spans.append(QuoteSpan(open_at, i, open_at + 1, i))
            open_at = -1
            last_close = i
        elif i == open_at + 1:
            # Two marks in a row (''Saya Muak'' or a doubled opener): keep the later one.
            open_at = i
    if open_at >= 0 and open_at + 1 < len(text):
        spans.append(QuoteSpan(open_at, -1, open_at + 1, len(text)))
    return tuple(spans)
