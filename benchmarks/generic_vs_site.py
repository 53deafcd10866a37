"""How much the Tribun site parser adds over the generic fallback, page by page.

    python benchmarks/generic_vs_site.py [--verbose]

Runs the site parser (picked by URL, as ``parse_article`` does) and the generic parser (forced
with ``parser="generic"``) on:

* every fixture page ``tests/fixtures/*.html`` that has an expected ``*.json`` next to it;
* the bundled sample page (``newsparse.sample_html()``), expected values below, decided by
  reading the page;
* the real pages in ``../shared/tribun/real/*.html`` when that folder exists. Their expected
  body is stated as a reading rule (which elements are the article text) applied with plain lxml,
  so no text from those pages is copied here.

Scores per page: body token F1 (lower-cased word tokens, bag-of-tokens overlap of the predicted
``Article.text`` with the expected text), title exact match, authors exact match (list equality).
A page a parser rejects (``NotAnArticleError``) scores 0 on every measure.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import html as lxml_html
from metrics import token_f1, tokens  # benchmarks/metrics.py (the script folder is on sys.path)

import newsparse
from newsparse import Article, NewsparseError, parse_article
from newsparse.samples import SAMPLE_URL

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
REAL = ROOT.parent / "shared" / "tribun" / "real"


@dataclass(frozen=True)
class Case:
    name: str
    html: bytes
    url: str | None
    title: str
    authors: list[str]
    paragraphs: list[str]


@dataclass(frozen=True)
class Score:
    f1: float
    title: bool
    authors: bool
    error: str | None = None


def fixture_cases() -> Iterator[Case]:
    for page in sorted(FIXTURES.glob("*.html")):
        expected_path = page.with_suffix(".json")
        if not expected_path.is_file():
            continue
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        yield Case(
            page.stem,
            page.read_bytes(),
            expected.get("url"),
            expected["title"],
            expected["authors"],
            expected["paragraphs"],
        )


# The bundled sample, read by eye: the reporter line, the dateline, the "Baca juga" link, the ad
# slot, the figure caption and the closing "(Tribunnews.com/…)" credit are not article text; the
# subheading is.
SAMPLE_PARAGRAPHS = [
    "Pemerintah Kota Semarang mulai menguji coba enam bus listrik di koridor baru yang menghubungkan "
    "Terminal Mangkang dan Simpang Lima, Jumat (1/11/2024).",
    "Uji coba berlangsung selama dua pekan dan penumpang tidak dikenai tarif selama masa itu.",
    "Wali Kota Semarang, Hevearita Gunaryanti Rahayu, mengatakan armada baru itu disiapkan untuk "
    "mengurangi kemacetan di jalur Pantura pada jam sibuk.",
    '"Kami ingin warga mencoba dulu, lalu memberi masukan soal rute dan jadwal. Masukan itu akan kami '
    'pakai sebelum layanan berbayar dimulai," kata Hevearita di Balai Kota Semarang.',
    "Menurut dia, setiap bus mampu menempuh sekitar 250 kilometer dalam sekali pengisian daya.",
    "Halte Dilengkapi Papan Informasi",
    "Kepala Dinas Perhubungan Kota Semarang, Danang Kurniawan, menuturkan sebanyak 14 halte di koridor "
    "itu telah dilengkapi papan informasi waktu kedatangan bus.",
    "“Penumpang cukup melihat papan di halte, jadi tidak perlu menunggu tanpa kepastian,” ujarnya.",
    "Sejumlah penumpang menyambut baik uji coba itu. Salah satunya Sulastri (45), pedagang di Pasar "
    "Johar, yang mengaku waktu tempuhnya ke pasar kini lebih singkat.",
    '"Biasanya saya naik dua kali angkot. Sekarang sekali naik sudah sampai," ucap Sulastri.',
    "Dinas Perhubungan menargetkan layanan berbayar dimulai pada pertengahan Desember 2024 dengan tarif "
    "Rp 4.000 untuk penumpang umum.",
]


def sample_case() -> Case:
    return Case(
        "bundled-sample-2024",
        newsparse.sample_html(),
        SAMPLE_URL,
        "Pemkot Semarang Uji Coba Bus Listrik di Koridor Baru, Warga Diminta Beri Masukan",
        ["Rina Ayu Panca Rini"],
        SAMPLE_PARAGRAPHS,
    )


# The real pages, read by eye (2020 regional desktop template): the article text is the direct
# <p> children of div.txt-article, minus the "•" related-link paragraphs (p.baca) and empty
# paragraphs, with the "TRIBUNSOLO.COM, JAKARTA --" dateline taken off the first one; the headline
# is h1#arttitle; the page credits an editor but no writer, so the expected authors are none.
_TXT_ARTICLE = "contains(concat(' ', normalize-space(@class), ' '), ' txt-article ')"
_REAL_BODY = f"//div[{_TXT_ARTICLE}]/p[not(@class='baca')]"
_REAL_DATELINE = re.compile(r"^[A-Z][A-Z.-]+\.COM(?:,\s*[A-Z ]+)?\s*-{1,2}\s*")


def _clean(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


def real_cases() -> Iterator[Case]:
    for page in sorted(REAL.glob("*.html")) if REAL.is_dir() else []:
        data = page.read_bytes()
        root = lxml_html.document_fromstring(data)
        nodes = root.xpath(_REAL_BODY)
        assert isinstance(nodes, list)
        paragraphs = [_clean(p.text_content()) for p in nodes if isinstance(p, lxml_html.HtmlElement)]
        paragraphs = [p for p in paragraphs if p]
        if paragraphs:
            paragraphs[0] = _REAL_DATELINE.sub("", paragraphs[0])
        title = _clean(str(root.xpath("string(//h1[@id='arttitle'])")))
        yield Case(f"real/{page.stem[:40]}", data, None, title, [], paragraphs)


# -- scoring ----------------------------------------------------------------------------------


def score(case: Case, parser: str | None) -> tuple[Score, Article | None]:
    try:
        article = parse_article(case.html, url=case.url, parser=parser)
    except NewsparseError as exc:
        return Score(0.0, False, False, type(exc).__name__), None
    return (
        Score(
            token_f1(article.text, "\n\n".join(case.paragraphs)),
            article.title == case.title,
            article.authors == case.authors,
        ),
        article,
    )


def _mark(ok: bool) -> str:
    return "yes" if ok else "no"


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--verbose", action="store_true", help="print each miss: title, authors, body diff")
    args = options.parse_args(argv)

    cases = [*fixture_cases(), sample_case(), *real_cases()]
    header = f"{'page':<46} {'parser':<8} {'F1 site':>7} {'F1 gen':>7}  {'title s/g':<9}  {'authors s/g':<11}"
    print(header)
    print("-" * len(header))
    totals = {"site": [0.0, 0, 0], "generic": [0.0, 0, 0]}
    for case in cases:
        (site, site_article), (generic, generic_article) = score(case, None), score(case, "generic")
        name = site_article.parser if site_article else "-"
        print(
            f"{case.name[:46]:<46} {name:<8} {site.f1:>7.3f} {generic.f1:>7.3f}  "
            f"{_mark(site.title) + '/' + _mark(generic.title):<9}  "
            f"{_mark(site.authors) + '/' + _mark(generic.authors):<11}"
            + (f"  site: {site.error}" if site.error else "")
            + (f"  generic: {generic.error}" if generic.error else "")
        )
        for key, result in (("site", site), ("generic", generic)):
            totals[key][0] += result.f1
            totals[key][1] += result.title
            totals[key][2] += result.authors
        if args.verbose:
            for label, article in (("site", site_article), ("generic", generic_article)):
                if article is None:
                    continue
                if article.title != case.title:
                    print(f"    {label} title: {article.title!r} (expected {case.title!r})")
                if article.authors != case.authors:
                    print(f"    {label} authors: {article.authors} (expected {case.authors})")
                extra = tokens(article.text) - tokens("\n\n".join(case.paragraphs))
                missing = tokens("\n\n".join(case.paragraphs)) - tokens(article.text)
                if extra or missing:
                    plus, minus = sorted(extra.elements())[:12], sorted(missing.elements())[:12]
                    print(f"    {label} body: extra {plus} missing {minus}")
    n = len(cases)
    print("-" * len(header))
    site_f1, site_title, site_authors = totals["site"]
    gen_f1, gen_title, gen_authors = totals["generic"]
    print(
        f"{'mean F1 / matches (' + str(n) + ' pages)':<46} {'':<8} {site_f1 / n:>7.3f} {gen_f1 / n:>7.3f}  "
        f"{f'{site_title}/{gen_title}':<9}  {f'{site_authors}/{gen_authors}':<11}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
