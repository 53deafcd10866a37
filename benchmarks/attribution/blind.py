"""The blind Tribun gold: annotations written by helpers who never saw newsparse's code or output.

Two annotators read only ``shared/tribun/texts/*.json`` (and the real page's body text) and the
contract of NOTES.md §4; they wrote character offsets into each file's ``page_text``
(``/work/blind/gold/part-*.json``, outside the project). This module

1. **imports** that gold (``python benchmarks/attribution/blind.py --import DIR``): each span is
   mapped from ``page_text`` offsets onto the paragraphs of :func:`corpus.split_page_text` and
   stored in ``gold_blind_tribun.json`` in the format of ``gold_tribun.json`` (file, paragraph,
   offsets in the paragraph, speaker, role, cue, direct, coref, CRC32 of the span; no text).
   Annotations that fall on chrome lines which ``split_page_text`` drops, or that cross a line
   break, cannot be mapped: they are listed by the import and kept in the file's ``unmapped``
   list (location and reason only), never silently lost;
2. **loads** the stored gold for ``run.py``, which scores it with the same metric as the old gold.

A gold entry may carry ``correction``: an annotation judged wrong after reading the text. The
entry then holds the corrected values and ``original`` the annotator's, with the reason; the
report counts both (see README.md, "Blind gold: corrections").
"""

from __future__ import annotations

import json
import sys
import zlib
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

GOLD = HERE / "gold_blind_tribun.json"
REAL_PAGE = "real"  # the "file" name the annotators give the real TribunSolo page's body text


def line_spans(page_text: str) -> list[tuple[int, int, bool]]:
    """(start, end, kept) of every non-empty stripped line of ``page_text``, in order.

    ``kept`` lines are exactly the paragraphs of :func:`corpus.split_page_text`.
    """
    out: list[tuple[int, int, bool]] = []
    pos = 0
    for raw in page_text.split("\n"):
        stripped = raw.strip()
        if stripped:
            s = pos + raw.index(stripped[0])
            out.append((s, s + len(stripped), not corpus.is_chrome(stripped)))
        pos += len(raw) + 1
    return out


def locate(page_text: str, start: int, end: int) -> tuple[int, int, int] | str:
    """(paragraph index, start, end in that paragraph), or why the span cannot be mapped."""
    para = -1
    for ls, le, kept in line_spans(page_text):
        para += kept
        if ls <= start < le or (start < ls < end):
            if end > le:
                return f"crosses a line break (line {ls}-{le})"
            if not kept:
                return "on a chrome line that split_page_text drops"
            return para, start - ls, end - ls
    return "outside every non-empty line"


def real_page_paragraphs() -> list[str]:
    """The body paragraphs newsparse gives for the real TribunSolo page in ``shared/tribun/real``."""
    from newsparse import parse_article

    pages = sorted((corpus.SHARED / "tribun" / "real").glob("tribunsolo_*.html"))
    if not pages:
        raise FileNotFoundError(corpus.SHARED / "tribun" / "real")
    return list(parse_article(pages[0].read_bytes()).paragraphs)


def locate_real(page_text: str, start: int, end: int) -> tuple[int, int, int] | str:
    """Like :func:`locate` for the real page: the annotators' body text is mapped onto the
    paragraphs ``parse_article`` gives (each paragraph found inside its line, e.g. after a dateline)."""
    paras = real_page_paragraphs()
    for ls, le, _kept in line_spans(page_text):
        if not (ls <= start < le):
            continue
        if end > le:
            return f"crosses a line break (line {ls}-{le})"
        line = page_text[ls:le]
        for pi, para in enumerate(paras):
            k = line.find(para)
            if k >= 0 and ls + k <= start and end <= ls + k + len(para):
                return pi, start - ls - k, end - ls - k
        return "on a line or part of a line that parse_article leaves out of the body"
    return "outside every non-empty line"


def _page_text(file: str, gold_dir: Path) -> str:
    if file == REAL_PAGE:
        return (gold_dir / "real-page-text.txt").read_text(encoding="utf-8")
    data = json.loads((corpus.TEXTS / file).read_text(encoding="utf-8"))
    return str(data["page_text"])


def import_gold(gold_dir: Path) -> dict[str, Any]:
    """Read every ``part-*.json`` in ``gold_dir`` and map it onto paragraphs (see module doc)."""
    quotes: list[dict[str, Any]] = []
    sources: list[dict[str, Any]] = []
    unmapped: list[dict[str, Any]] = []
    files: list[str] = []
    texts: dict[str, str] = {}
    for part in sorted(gold_dir.glob("part-*.json")):
        data = json.loads(part.read_text(encoding="utf-8"))
        files.extend(data.get("files", []))
        for kind, items in (("quote", data.get("quotes", [])), ("source", data.get("sources", []))):
            for item in items:
                file = item["file"]
                if file not in texts:
                    texts[file] = _page_text(file, gold_dir)
                pt = texts[file]
                if "text" in item and pt[item["start"] : item["end"]] != item["text"]:
                    raise SystemExit(f"{part.name}: {file} @{item['start']}: offsets do not match the text")
                where = (locate_real if file == REAL_PAGE else locate)(pt, item["start"], item["end"])
                if isinstance(where, str):
                    unmapped.append({"kind": kind, "file": file, "start": item["start"], "end": item["end"], "why": where})
                    continue
                para, s, e = where
                span = pt[item["start"] : item["end"]]
                rec: dict[str, Any] = {"file": file, "para": para, "start": s, "end": e}
                if kind == "quote":
                    for key in ("direct", "speaker", "speaker_mention", "role", "cue", "coref"):
                        rec[key] = item.get(key)
                    rec["coref"] = bool(rec["coref"])
                else:
                    for key in ("name", "cue", "kind"):
                        rec[key] = item.get(key)
                rec["crc"] = zlib.crc32(span.encode())
                rec["annotator"] = data.get("annotator")
                (quotes if kind == "quote" else sources).append(rec)
    return {
        "note": (
            "Blind gold over shared/tribun/texts, written by annotators who never saw newsparse's code, "
            "rules or output (NOTES.md §4 contract). Offsets into paragraphs from corpus.split_page_text; "
            "crc = zlib.crc32 of the span. No text is stored here. 'unmapped' lists annotations on lines "
            "split_page_text drops. 'correction' entries keep the annotator's values in 'original'."
        ),
        "files": sorted(set(files)),
        "quotes": quotes,
        "sources": sources,
        "unmapped": unmapped,
    }


def _merge_corrections(new: dict[str, Any], old: dict[str, Any]) -> None:
    """Carry corrections recorded in the stored gold over a re-import (keyed by file, paragraph, offsets)."""
    for kind in ("quotes", "sources"):
        fixed = {(q["file"], q["para"], q["start"], q["end"]): q for q in old.get(kind, []) if q.get("correction")}
        keyed = {(q["file"], q["para"], q["start"], q["end"]): q for q in new[kind]}
        for key, q in fixed.items():
            if key in keyed:
                keyed[key].clear()
                keyed[key].update(q)
        extra = [q for q in old.get(kind, []) if q.get("added")]
        new[kind].extend(extra)
    new["chrome_lines"] = old.get("chrome_lines", [])


def paragraphs_of(file: str) -> list[str]:
    """The paragraphs of one gold file (a saved text, or the real page's body text)."""
    if file == REAL_PAGE:
        return real_page_paragraphs()
    data = json.loads((corpus.TEXTS / file).read_text(encoding="utf-8"))
    return corpus.split_page_text(data["page_text"])


def load() -> dict[str, Any] | None:
    """The stored blind gold, or None when it (or the shared texts) is absent."""
    if not GOLD.exists() or not corpus.TEXTS.is_dir():
        return None
    data: dict[str, Any] = json.loads(GOLD.read_text(encoding="utf-8"))
    return data


def main(argv: list[str]) -> None:
    if len(argv) >= 2 and argv[0] == "--import":
        gold_dir = Path(argv[1])
        new = import_gold(gold_dir)
        if GOLD.exists():
            _merge_corrections(new, json.loads(GOLD.read_text(encoding="utf-8")))
        body = json.dumps(new, ensure_ascii=False, indent=0)
        GOLD.write_text(body + "\n", encoding="utf-8")
        print(
            f"imported {len(new['quotes'])} quotes, {len(new['sources'])} sources over {len(new['files'])} files"
            f" into {GOLD.name}; {len(new['unmapped'])} not mapped:"
        )
        for u in new["unmapped"]:
            print(f"  {u['kind']:<6} {u['file']} @{u['start']}-{u['end']}: {u['why']}")
        return
    print(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
