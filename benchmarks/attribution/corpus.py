"""Where the evaluation texts come from, and how page text is split into paragraphs.

The real article texts live in ``shared/tribun/texts/*.json`` next to the repository (read-only,
never copied here); PFSA-ID lives in ``shared/quotes/pfsa-id``. This module finds them at run time.

Paragraph split for ``page_text`` (documented in README.md): one paragraph per non-empty line,
after dropping the obvious chrome lines: related links ("Baca juga", "Baca:", "•"), credit lines
("Penulis:", "Editor:", "Laporan Wartawan …", "Sumber:", "Artikel ini telah tayang …"), promotion
and widget labels (``newsparse.lang.id.PROMO_PREFIXES``), copyright lines, and short lines without
sentence punctuation (menus, section names, headings: fewer than six words and no ``.?!"”``).
The dateline stays in its paragraph: the extractor must not report it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from newsparse.lang import id as lang

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
TEXTS = SHARED / "tribun" / "texts"
PFSA_DEV = SHARED / "quotes" / "pfsa-id" / "dev-20.txt"
HERE = Path(__file__).resolve().parent

_RELATED = re.compile(lang.RELATED_PREFIX)
_CREDIT = re.compile(
    r"(?i)^(?:penulis\s*:|editor\s*:|laporan\s+(?:wartawan|reporter|koresponden|kontributor)\b|sumber\s*:"
    r"|artikel\s+ini\s+telah\s+tayang|©|\(tribunnews\.com/|berita\s+rekomendasi|reporter\s*:)"
)


def is_chrome(line: str) -> bool:
    low = line.lower()
    if _RELATED.match(line) or _CREDIT.match(line):
        return True
    if any(low.startswith(p) for p in lang.PROMO_PREFIXES):
        return True
    return len(line.split()) < 6 and not re.search(r"[.?!\"“”]", line)


def split_page_text(page_text: str) -> list[str]:
    """The paragraphs of one saved page text (see the module docstring)."""
    lines = (line.strip() for line in page_text.split("\n"))
    return [line for line in lines if line and not is_chrome(line)]


def load_texts() -> dict[str, list[str]]:
    """file name -> paragraphs, for every saved text; empty when shared/ is absent."""
    if not TEXTS.is_dir():
        return {}
    out: dict[str, list[str]] = {}
    for path in sorted(TEXTS.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        out[path.name] = split_page_text(data["page_text"])
    return out
