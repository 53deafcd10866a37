"""The naive regex baseline of issue 3, scored the same way for comparison.

Quote-mark pairs taken in order (1st opens, 2nd closes, …) + a cue word right after + the next
capitalised name; "X mengatakan, …" and "Menurut X, …" for indirect speech; two citation phrases
("dikutip dari X", "dilansir (dari) X") for sources. Benchmark code only: not linear-time safe.
"""

from __future__ import annotations

import re

_MARK = re.compile('["“”„‟«»]')
_CUE = re.compile(
    r"\s*,?\s*(kata|ujar|ucap|tutur|ungkap|jelas|tegas|tambah|lanjut|sambung|imbuh|papar|terang|tandas|pungkas"
    r"|katanya|ujarnya|ucapnya|tuturnya|ungkapnya|jelasnya|tegasnya|tambahnya|lanjutnya|sambungnya|imbuhnya"
    r"|paparnya|terangnya|tandasnya|pungkasnya)\b\s*([A-Z][\w.-]*(?:\s[A-Z][\w.-]*)*)?",
    re.IGNORECASE,
)
_NAME = r"([A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,4})"
_INDIRECT = re.compile(_NAME + r"\s+(mengatakan|menyatakan|menegaskan|menjelaskan)\s*(?:bahwa\s|,\s?)?([^.]+)")
_MENURUT = re.compile(r"Menurut\s+" + _NAME + r",\s*([^.]+)")
_SOURCE = re.compile(r"(?:dikutip dari|dilansir(?: dari)?)\s+([A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,3})", re.IGNORECASE)


def quotes(paragraphs: list[str]) -> list[tuple[int, int, bool, str | None, str | None]]:
    out: list[tuple[int, int, bool, str | None, str | None]] = []
    off = 0
    for para in paragraphs:
        marks = [m.start() for m in _MARK.finditer(para)]
        for a, b in zip(marks[::2], marks[1::2], strict=False):
            m = _CUE.match(para, b + 1)
            if m is None:
                continue
            s, e = a + 1, b
            while e > s and para[e - 1] in " ,":
                e -= 1
            out.append((off + s, off + e, True, m.group(2), m.group(1)))
        for rx in (_INDIRECT, _MENURUT):
            for m in rx.finditer(para):
                if '"' in m.group(0) or "“" in m.group(0):
                    continue
                g = m.lastindex or 0
                out.append((off + m.start(g), off + m.end(g), False, m.group(1), m.group(2) if g == 3 else "Menurut"))
        off += len(para) + 2
    return out


def sources(paragraphs: list[str]) -> list[tuple[int, str]]:
    return [(i, m.group(1)) for i, para in enumerate(paragraphs) for m in _SOURCE.finditer(para)]
