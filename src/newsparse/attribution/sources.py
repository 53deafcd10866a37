"""Source citations: the outlets and agencies an article quotes or reports from.

A source is only taken where a citation cue governs it (NOTES.md §2.5): "seperti diberitakan
Reuters", "Dikutip Tribunnews dari New York Post", "Melansir Al-Jazeera", "kata X kepada AFP",
"Rodong Sinmun melaporkan", '"…," tulis KCNA'. Outlets named inside quoted words or as the topic
of a sentence carry no cue and are left alone; bylines, datelines and credit lines carry none of
these cues either, so they never reach this module's output.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from ..arguments import checked_paragraphs
from ..lang import id as lang
from ..models import Source
from .marks import pair_marks
from .text import as_paragraphs, paragraph_starts

_CASELESS = {a.lower(): canon for canon, (_, aliases) in lang.OUTLETS.items() for a in aliases if "." in a}
_EXACT = {a: canon for canon, (_, aliases) in lang.OUTLETS.items() for a in aliases}


_NAME_WORDS = re.compile(r"[\w&'’.-]+")
_FIRST_EXACT = frozenset(a.split()[0] for a in _EXACT)
_FIRST_CASELESS = frozenset(a.split()[0] for a in _CASELESS)
_MAX_ALIAS_WORDS = max(len(a.split()) for _, aliases in lang.OUTLETS.values() for a in aliases)
_TRIBUN = re.compile(lang.TRIBUN_BRAND)


def _words_from(text: str, pos: int, count: int) -> list[tuple[int, int]]:
    """Spans of up to ``count`` words starting at ``pos``, separated by single spaces."""
    out: list[tuple[int, int]] = []
    i = pos
    while len(out) < count:
        m = _NAME_WORDS.match(text, i)
        if m is None:
            break
        out.append((m.start(), m.end()))
        if m.end() >= len(text) or text[m.end()] != " ":
            break
        i = m.end() + 1
    return out


_CUE = re.compile(
    r"(?=[sSyYdDmMbBkKpP])(?<![\w-])(?:"
    + "|".join(f"(?P<c{i}>{src})" for i, (src, _) in enumerate(lang.SOURCE_CUES_BEFORE))
    + r")(?![\w-])",
    re.IGNORECASE,
)
#: Where a cue can start, searched in the lower-cased paragraph: one plain scan finds the few
#: places _CUE is tried at, instead of trying its case-insensitive alternatives at every letter.
_CUE_START = re.compile("|".join(sorted(lang.SOURCE_CUE_FIRST_WORDS, key=len, reverse=True)))
#: Characters that case-insensitive matching equates with an ASCII letter although ``lower()``
#: does not turn them into it (İ, ı, ſ, the Kelvin sign): such a paragraph is scanned by _CUE.
_FOLDS_UNLIKE_LOWER = re.compile("[\u0130\u0131\u017f\u212a]")
_TOKEN = re.compile(r"[^\s,;:()\"“”„‟«»]+")
_DOMAIN = re.compile(lang.DOMAIN_NAME + r"(?![\w-])")
_CAPS_RUN = re.compile(r"[A-Z][\w&'-]*(?:\s(?:of\s|the\s)?(?:[A-Z][\w&'-]*|\d{1,3}(?![\w/.,]\d))){0,4}")
_HANDLE = re.compile(
    r"[\s,]{0,3}(?:(?:" + "|".join(sorted(lang.SOCIAL_ACCOUNT_WORDS, key=len, reverse=True)) + r")\s){0,2}"
    + lang.SOCIAL_HANDLE
)
_AFTER = re.compile(
    r"(?=[ tTlL])(?: ("
    + "|".join(sorted(lang.SOURCE_CUES_AFTER))
    + r")\b|(?<![\w-])(tulis|lapor|Tulis|Lapor) (?=[A-Z]))"
)

#: Every match of _AFTER holds one of these words, lower-cased: without one, no scan.
_AFTER_WORDS = ("lapor", "tulis", *sorted(lang.SOURCE_CUES_AFTER))


def _brand_name(written: str) -> str:
    """Canonical name for a Tribun brand or a domain: as written, "Tribun" and ".com" kept."""
    return written.rstrip(".")


def lookup_outlet(name: str) -> tuple[str, str] | None:
    """(canonical name, kind) for an outlet written as ``name``, or None when unknown."""
    canon = _EXACT.get(name) or _CASELESS.get(name.lower())
    if canon is not None:
        return canon, lang.OUTLETS[canon][0]
    if name[:6].lower() == "tribun" and _TRIBUN.fullmatch(name):
        return _brand_name(name), "outlet"
    return None


def normalise_source(source: Source) -> Source:
    """``source`` with its outlet's one canonical name ("AP News", "Associated Press" -> "AP"),
    so that syndication footers and credits name an outlet as the body's citations do."""
    found = lookup_outlet(source.name)
    if found is None or found[0] == source.name:
        return source
    return source.model_copy(update={"name": found[0]})


def _outlet_at(text: str, pos: int) -> tuple[str, str, int, int] | None:
    """The known outlet starting exactly at ``pos``: (name, kind, start, end).

    Dictionary look-ups on the next few words, longest first: constant work per position,
    whatever the text (a regex alternation of every alias would try them all at each offset).
    """
    if pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] in ".-"):
        return None
    if pos >= len(text) or not text[pos].isalpha():
        return None
    first = _NAME_WORDS.match(text, pos)
    if first is None:
        return None
    head = first.group().rstrip(".,")
    if head not in _FIRST_EXACT and head.lower() not in _FIRST_CASELESS and head[:6].lower() != "tribun":
        return None
    words = _words_from(text, pos, _MAX_ALIAS_WORDS)
    for n in range(len(words), 0, -1):
        end = words[n - 1][1]
        written = text[pos:end]
        for cand in (written, written.rstrip(".,")):
            found = lookup_outlet(cand)
            if found is not None:
                return found[0], found[1], pos, pos + len(cand)
    m = _TRIBUN.match(text, pos)
    if m is not None and (m.end() >= len(text) or not text[m.end()].isalnum()):
        return _brand_name(m.group()), "outlet", pos, pos + len(_brand_name(m.group()))
    return None


def _outlet_before(text: str, end: int) -> tuple[str, str, int, int] | None:
    """The known outlet ending exactly at ``end`` (for "Rodong Sinmun melaporkan")."""
    starts = [m.start() for m in _NAME_WORDS.finditer(text, max(0, end - 60), end)]
    for st in starts:
        if st > 0 and text[st - 1] not in " (":
            continue
        hit = _outlet_at(text, st)
        if hit is not None and hit[3] == end:
            return hit
    return None


def _unknown_at(text: str, pos: int) -> tuple[str, str, int, int] | None:
    """An outlet not in the gazetteer: a domain ("suara.com") or a capitalised name."""
    m = _DOMAIN.match(text, pos)
    if m is not None and "." in m.group().rstrip("."):
        name = m.group().rstrip(".")
        return name, "outlet", m.start(), m.start() + len(name)
    m = _CAPS_RUN.match(text, pos)
    if m is not None:
        name = m.group()
        first = name.split()[0].lower()
        if first in lang.NON_NAME_WORDS or first in lang.DAY_NAMES:
            return None
        if _is_person(name):
            return None  # "Mengutip Presiden Joko Widodo, …" quotes a person
        return name, "other", m.start(), m.end()
    return None


def _is_person(name: str) -> bool:
    """A capitalised run that names a person: a role, an honorific or a rank first."""
    from .speakers import is_role_head

    words = name.split()
    low = words[0].lower().rstrip(".")
    return bool(is_role_head(words)) or low in lang.HONORIFICS or low in lang.RANKS


def _social_url(platform: str, text: str, end: int) -> str | None:
    """The profile address of the account written after a platform ("Instagram @pemkotsolo")."""
    template = lang.SOCIAL_PROFILE_URLS.get(platform)
    m = _HANDLE.match(text, end) if template else None
    return template.format(m.group(1)) if template and m else None


def _skip_descriptors(text: str, pos: int, limit: int) -> int:
    """Skip "kantor berita resmi Korut", "laman resmi", "Tribunnews dari" between cue and name."""
    i = pos
    steps = 0
    while steps < 7:
        while i < limit and text[i] == " ":
            i += 1
        m = _TOKEN.match(text, i)
        if m is None or m.start() >= limit:
            return i
        low = m.group().lower()
        if low in {"tribunnews", "tribunnews.com"}:
            rest = text[m.end() : m.end() + 6].lower()
            if not rest.startswith(" dari"):
                return i
        elif low not in lang.SOURCE_DESCRIPTORS:
            # A capitalised country or qualifier before a known outlet ("resmi Korut KCNA").
            if steps == 0 or not m.group()[:1].isupper() or _outlet_at(text, i) is not None:
                return i
            nxt = _TOKEN.match(text, m.end() + 1) if m.end() < limit else None
            if nxt is None or _outlet_at(text, nxt.start()) is None:
                return i
        i = m.end()
        steps += 1
    return i


def _cue_matches(text: str, lowered: str) -> list[re.Match[str]]:
    """The matches of _CUE in ``text``, the same as ``_CUE.finditer(text)`` gives.

    Every match starts at a word start where ``lowered`` (``text.lower()``) has a word of
    SOURCE_CUE_FIRST_WORDS, and a word start is never inside another such word (they are all
    letters), so trying _CUE only at those places finds the same matches, in the same order.
    """
    if _FOLDS_UNLIKE_LOWER.search(text) is not None:
        return list(_CUE.finditer(text))
    out: list[re.Match[str]] = []
    done_to = 0
    for start in _CUE_START.finditer(lowered):
        if start.start() < done_to:
            continue
        m = _CUE.match(text, start.start())
        if m is not None:
            out.append(m)
            done_to = m.end()
    return out


def _sources_in(text: str) -> list[tuple[str, str, str, int, int]]:
    """(name, kind, cue, start, end) for the citations of one paragraph, in text order."""
    lowered = text.lower()
    if not any(stem in lowered for stem in lang.SOURCE_CUE_STEMS):
        return []  # no cue word at all: most paragraphs stop here
    spans = pair_marks(text)
    q_starts = [s.start for s in spans]

    def inside(pos: int) -> bool:
        i = bisect_right(q_starts, pos) - 1
        return i >= 0 and spans[i].start <= pos < spans[i].end

    found: list[tuple[str, str, str, int, int]] = []
    for m in _cue_matches(text, lowered):
        if inside(m.start()):
            continue
        idx = int((m.lastgroup or "c0")[1:])
        cue = lang.SOURCE_CUES_BEFORE[idx][1]
        limit = min(len(text), m.end() + 120)
        pos = _skip_descriptors(text, m.end(), limit)
        hit = _outlet_at(text, pos)
        if hit is None and cue not in lang.GAZETTEER_ONLY_SOURCE_CUES:
            hit = _unknown_at(text, pos)
            if hit is not None and cue in {"menurut laporan", "berdasarkan laporan"} and hit[1] == "other":
                hit = None if hit[0].split()[0].lower() in lang.NON_SOURCE_WORDS else hit
            if hit is not None and hit[1] == "other" and cue in lang.MEDIA_SOURCE_CUES:
                hit = (hit[0], "outlet", hit[2], hit[3])  # "Dilansir Middle East Eye, …"
        if hit is None:
            continue
        if cue == "melalui" and (hit[1] == "social" or "berita" not in text[m.end() : pos].lower()):
            continue
        if cue == "kepada" and hit[1] == "social":
            continue
        found.append((hit[0], hit[1], cue, hit[2], hit[3]))
        # Two outlets under one cue: "dilansir Al Arabiya dan AFP".
        j = hit[3]
        for _ in range(3):
            conj = re.match(r"(?:,\s|\sdan\s|\sserta\s|\s?/\s?)", text[j : j + 8])
            if conj is None:
                break
            nxt = _outlet_at(text, j + conj.end())
            if nxt is None:
                break
            found.append((nxt[0], nxt[1], cue, nxt[2], nxt[3]))
            j = nxt[3]
    for m in _AFTER.finditer(text) if any(word in lowered for word in _AFTER_WORDS) else ():
        if inside(m.start()):
            continue
        verb = m.group(1)
        if verb is not None:
            hit = _outlet_before(text, m.start())
            cue = verb.lower()
        else:
            hit = _outlet_at(text, m.end())
            cue = (m.group(2) or "").lower()
        if hit is not None and not inside(hit[2]):
            found.append((hit[0], hit[1], cue, hit[2], hit[3]))
    found.sort(key=lambda f: f[3])
    out: list[tuple[str, str, str, int, int]] = []
    for f in found:
        if out and out[-1][3] < f[4] and f[3] < out[-1][4]:
            continue
        out.append(f)
    return out


def extract_sources(paragraphs: str | Sequence[str]) -> list[Source]:
    """Outlets and agencies cited in ``paragraphs``, in text order (offsets of the names)."""
    paragraphs = checked_paragraphs(paragraphs)
    texts = as_paragraphs(paragraphs)
    starts = paragraph_starts(texts)
    sources: list[Source] = []
    for pi, text in enumerate(texts):
        for name, kind, cue, s, e in _sources_in(text):
            url = _social_url(name, text, e) if kind == "social" else None
            sources.append(
                Source(name=name, kind=kind, cue=cue, paragraph=pi, start=starts[pi] + s, end=starts[pi] + e, url=url)  # type: ignore[arg-type]
            )
    return sources
