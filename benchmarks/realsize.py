"""Full-size Tribun pages for the speed tables, built at run time from ../shared (nothing copied).

The fixture pages are ~5 KiB: the article and the template parts our parser reads, little else.
A page as served is ~100 KiB: navigation, scripts, ad slots, sidebars, footers. Per-page costs
that do not grow with the page (the Article model, the field readers, attribution of a short
article) dominate on the small pages, and lxml's parse dominates on the large ones, so the ratio
to lxml is reported on both.

The one complete real page (shared/tribun/real, TribunSolo 2020) is used as it is, and as the
chrome around each of the 41 real article texts (shared/tribun/texts): headline and body
paragraphs swapped for the text's, with the page's own dateline, "Baca juga" links, ad slot and
infographic kept in place. These pages are for timing only; their bodies are not reviewed
expectations, so no accuracy is claimed on them.
"""

from __future__ import annotations

import copy
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "tribun"
REAL = SHARED / "real"
TEXTS = SHARED / "texts"

sys.path.insert(0, str(Path(__file__).resolve().parent / "attribution"))
from corpus import split_page_text  # noqa: E402  (benchmarks/attribution/corpus.py)


@dataclass
class FullPage:
    name: str
    html: bytes
    url: str | None


def full_size_pages() -> list[FullPage]:
    """The real page, then one page per real text in its chrome; [] when ../shared is absent."""
    reals = sorted(REAL.glob("*.html")) if REAL.is_dir() else []
    if not reals:
        return []
    shell = reals[0].read_bytes()
    pages = [FullPage("real:" + path.stem, path.read_bytes(), None) for path in reals]
    for path in sorted(TEXTS.glob("*.json")) if TEXTS.is_dir() else []:
        data = json.loads(path.read_text(encoding="utf-8"))
        title = data["observations"].get("title") or ""
        paragraphs = [p for p in split_page_text(data["page_text"]) if p != title]
        if title and len(paragraphs) >= 3:
            pages.append(FullPage("text:" + path.stem, _in_shell(shell, title, paragraphs), data["url"]))
    return pages


def _in_shell(shell: bytes, title: str, paragraphs: list[str]) -> bytes:
    root = lxml.html.document_fromstring(shell)
    for heading in root.xpath("//h1[@id='arttitle']"):
        heading.text = title
    body = root.xpath("//div[@id='article_con']//div[contains(@class, 'txt-article')]")[0]
    kept = [copy.deepcopy(child) for child in body if child.tag != "p" or child.get("class") == "baca"]
    for child in list(body):
        body.remove(child)
    first = lxml.html.Element("p")
    strong = lxml.html.Element("strong")
    strong.text = "TRIBUNSOLO.COM, JAKARTA"
    strong.tail = " -- " + paragraphs[0]
    first.append(strong)
    body.append(first)
    for index, text in enumerate(paragraphs[1:], start=1):
        if index == 3:
            body.extend(kept)  # the page's "Baca juga" links, ad slot and infographic
        paragraph = lxml.html.Element("p")
        paragraph.text = text
        body.append(paragraph)
    if len(paragraphs) <= 3:
        body.extend(kept)
    return lxml.html.tostring(root, encoding="utf-8", doctype="<!DOCTYPE html>")
