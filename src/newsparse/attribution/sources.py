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
from functools import lru_cache

from ..lang import id as lang
from ..models import Source
from .marks import pair_marks
from .text import as_paragraphs, paragraph_starts

_CASELESS = {a.lower(): canon for canon, (_, aliases) in lang.OUTLETS.items() for a in aliases if "." in a}
_EXACT = {a: canon for canon, (_, aliases) in lang.OUTLETS.items() for a in aliases}


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[re.Pattern[str], re.Pattern[str]]:
    exact = sorted({a for _, aliases in lang.OUTLETS.values() for a in aliases if "." not in a}, key=len, reverse=True)
    caseless = sorted(_CASELESS, key=len, reverse=True)
    exact_re = re.compile(r"(?<![\w.-])(?:" + "|".join(re.escape(a) for a in exact) + r")(?![\w-]|\.\w)")
    caseless_re = re.compile(
        r"(?<![\w.-])(?:" + "|".join(re.escape(a) for a in caseless) + r"|" + lang.TRIBUN_BRAND + r")(?![\w-])",
        re.IGNORECASE,
    )
    return exact_re, caseless_re


_CUE = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?P<c{i}>{src})" for i, (src, _) in enumerate(lang.SOURCE_CUES_BEFORE)) + r")(?![\w-])",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[^\s,;:()\"“”„‟«»]+")
_DOMAIN = re.compile(lang.DOMAIN_NAME + r"(?![\w-])")
_CAPS_RUN = re.compile(r"[A-Z][\w&'-]*(?:\s(?:of\s|the\s)?[A-Z][\w&'-]*){0,4}")
_AFTER_CUES = frozenset({"tulis", "lapor", "tulisnya", "lapornya"})


def _brand_name(written: str) -> str:
    """Canonical name for a Tribun brand or a domain: as written, "Tribun" and ".com" kept."""
    return written.rstrip(".")


def lookup_outlet(name: str) -> tuple[str, str] | None:
    """(canonical name, kind) for an outlet written as ``name``, or None when unknown."""
    canon = _EXACT.get(name) or _CASELESS.get(name.lower())
    if canon is not None:
        return canon, lang.OUTLETS[canon][0]
    if re.fullmatch(lang.TRIBUN_BRAND, name):
        return _brand_name(name), "outlet"
    return None


def _outlet_at(text: str, pos: int) -> tuple[str, str, int, int] | None:
    """The known outlet starting exactly at ``pos``: (name, kind, start, end)."""
    exact_re, caseless_re = _gazetteer()
    best: tuple[str, str, int, int] | None = None
    for rx in (exact_re, caseless_re):
        m = rx.match(text, pos)
        if m is not None and (best is None or m.end() > best[3]):
            found = lookup_outlet(m.group())
            if found is not None:
                best = (found[0], found[1], m.start(), m.end())
    return best


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
        return name, "other", m.start(), m.end()
    return None


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
            nxt = _TOKEN.match(text, m.end() + 1) if m.end() < limit else None
            if not (m.group()[:1].isupper() and _outlet_at(text, i) is None and nxt is not None
                    and _outlet_at(text, nxt.start()) is not None and steps > 0):
                return i
        i = m.end()
        steps += 1
    return i


def _sources_in(text: str) -> list[tuple[str, str, str, int, int]]:
    """(name, kind, cue, start, end) for the citations of one paragraph, in text order."""
    spans = pair_marks(text)
    q_starts = [s.start for s in spans]

    def inside(pos: int) -> bool:
        i = bisect_right(q_starts, pos) - 1
        return i >= 0 and spans[i].start <= pos < spans[i].end

    found: list[tuple[str, str, str, int, int]] = []
    for m in _CUE.finditer(text):
        if inside(m.start()):
            continue
        idx = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
        cue = lang.SOURCE_CUES_BEFORE[idx][1]
        limit = min(len(text), m.end() + 120)
        pos = _skip_descriptors(text, m.end(), limit)
        hit = _outlet_at(text, pos)
        if hit is None and cue not in lang.GAZETTEER_ONLY_SOURCE_CUES:
            hit = _unknown_at(text, pos)
            if hit is not None and cue in {"menurut laporan", "berdasarkan laporan"} and hit[1] == "other":
                hit = None if hit[0].split()[0].lower() in lang.NON_SOURCE_WORDS else hit
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
    exact_re, caseless_re = _gazetteer()
    for rx in (exact_re, caseless_re):
        for m in rx.finditer(text):
            if inside(m.start()):
                continue
            after = _TOKEN.match(text, m.end() + 1) if m.end() < len(text) else None
            before = re.search(r"(\w+)\s$", text[max(0, m.start() - 20) : m.start()])
            cue = None
            if after is not None and after.group().lower() in lang.SOURCE_CUES_AFTER and text[m.end()] == " ":
                cue = after.group().lower()
            elif before is not None and before.group(1).lower() in _AFTER_CUES:
                cue = before.group(1).lower()
            if cue is None:
                continue
            hit = lookup_outlet(m.group())
            if hit is not None:
                found.append((hit[0], hit[1], cue, m.start(), m.end()))
    found.sort(key=lambda f: f[3])
    out: list[tuple[str, str, str, int, int]] = []
    for f in found:
        if out and any(o[3] < f[4] and f[3] < o[4] for o in out):
            continue
        out.append(f)
    return out


def extract_sources(paragraphs: str | Sequence[str]) -> list[Source]:
    """Outlets and agencies cited in ``paragraphs``, in text order (offsets of the names)."""
    texts = as_paragraphs(paragraphs)
    starts = paragraph_starts(texts)
    sources: list[Source] = []
    for pi, text in enumerate(texts):
        for name, kind, cue, s, e in _sources_in(text):
            sources.append(
                Source(name=name, kind=kind, cue=cue, paragraph=pi, start=starts[pi] + s, end=starts[pi] + e)  # type: ignore[arg-type]
            )
    return sources
