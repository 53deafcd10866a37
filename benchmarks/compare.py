"""newsparse against the alternatives, in one run on the same pages: speed, accuracy, growth, batches.

    pip install -e ".[bench]"
    python benchmarks/compare.py            # all tables (about two minutes)
    python benchmarks/compare.py --quick    # fewer repeats

Tables:

1. Speed per page on the same bytes: newsparse ``parse_article``; lxml's bare
   ``document_fromstring`` (the floor: every tool here parses with lxml); trafilatura
   ``bare_extraction(with_metadata=True)``; readability-lxml; goose3. Median ms per page,
   pages/s, peak Python memory (tracemalloc; libxml2's own C allocations are not seen by
   tracemalloc, for any tool), and the share of newsparse's time spent on quote + source extraction.
2. Accuracy on the fixture pages (tests/fixtures/*.html with the expected *.json, plus the bundled
   sample page when no fixtures exist): body token F1 against the expected paragraphs, boilerplate
   strings left in the body text, title / authors / date exact-match rates.
3. Growth: time for a page whose body is 1x, 10x and 100x the normal length (should be linear).
4. Batch throughput over a generated WARC of >= 2,000 records (the full-size pages when
   ../shared is there, else the fixtures): in this process, and with 1 and 2 worker processes
   (the engine behind ``newsparse batch``).
5. Issue 14's table on the full-size pages: parse_article ÷ lxml's bare parse in CPU time and in
   machine instructions (``valgrind --tool=callgrind`` on the real page, when valgrind is
   installed), the same without attribution, trafilatura ÷ parse_article, and 2 workers ÷ 1.

Table 1 is printed twice: on the ~5 KiB fixture pages, and on full-size (~100 KiB) Tribun pages
built from ../shared when it exists (the real TribunSolo page, and its chrome around each of the
real article texts: see benchmarks/realsize.py).
Targets (issue 14, full-size pages): newsparse <= 1.8x lxml's bare parse in CPU time and <= 1.5x
in instructions; without attribution <= 1.4x; >= 12x faster than trafilatura; 2 workers >= 1.8x
one worker. Earlier (issue 7): a higher body F1 than the others and zero boilerplate left.
"""

from __future__ import annotations

import argparse
import copy
import functools
import gc
import json
import logging
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lxml.html
from metrics import token_f1  # benchmarks/metrics.py (the script folder is on sys.path)
from realsize import full_size_pages  # benchmarks/realsize.py

import newsparse
from newsparse import extract_quotes, extract_sources, parse_article
from newsparse.samples import SAMPLE_URL

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
REAL = ROOT.parent / "shared" / "tribun" / "real"

#: Strings that must never be left in an article body.
BOILERPLATE = (
    "Baca juga", "BACA JUGA", "Baca:", "TRIBUNNEWS.COM", "Laporan Wartawan", "Laporan Reporter",
    "(Tribunnews.com/", "Artikel ini telah tayang", "Dapatkan Berita Pilihan", "Penulis:", "Editor:",
    "Ikuti kami di", "Halaman selanjutnya", "Sumber:", "googletag", "Simak berita", "(*)",
)
#: The per-page clock: this process's CPU time by default (robust on a shared, busy machine; the
#: work measured is single-threaded), or wall-clock time with --clock wall.
CLOCK: Callable[[], float] = time.process_time


# -- pages ----------------------------------------------------------------------------------------


@dataclass
class Page:
    name: str
    html: bytes
    url: str | None
    expected: dict[str, Any] | None = None


def load_pages() -> tuple[list[Page], list[Page]]:
    """(fixture pages with expectations, full-size pages for timing: see benchmarks/realsize.py)."""
    fixtures = []
    for path in sorted(FIXTURES.glob("*.html")):
        expected_path = path.with_suffix(".json")
        if not expected_path.exists():
            continue
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        fixtures.append(Page(path.stem, path.read_bytes(), expected.get("url"), expected))
    if not fixtures:  # the minimum: the bundled sample, expected = its own parse (speed is what counts)
        article = parse_article(newsparse.sample_html(), url=SAMPLE_URL)
        fixtures.append(Page("bundled-sample", newsparse.sample_html(), SAMPLE_URL, json.loads(article.model_dump_json())))
    full = [Page(page.name, page.html, page.url) for page in full_size_pages()]
    if not full:
        print(f"(note: {REAL} not found; the full-size pages are left out)", file=sys.stderr)
    return fixtures, full


# -- the tools --------------------------------------------------------------------------------


@dataclass
class Extracted:
    text: str = ""
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None  # ISO date or datetime


def run_newsparse(page: Page) -> Extracted:
    a = parse_article(page.html, url=page.url)
    return Extracted(a.text, a.title, list(a.authors), a.published.isoformat() if a.published else None)


def run_newsparse_without_attribution(page: Page) -> Extracted:
    a = parse_article(page.html, url=page.url, attribution=False)
    return Extracted(a.text, a.title, list(a.authors), a.published.isoformat() if a.published else None)


def run_lxml(page: Page) -> Extracted:
    lxml.html.document_fromstring(page.html)
    return Extracted()


def run_trafilatura(page: Page) -> Extracted:
    import trafilatura

    doc = trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True)
    if doc is None:
        return Extracted()
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    author = get("author") or ""
    return Extracted(get("text") or "", get("title"), _split_authors(author), get("date"))


def run_readability(page: Page) -> Extracted:
    from readability import Document

    doc = Document(page.html)
    summary = doc.summary(html_partial=True)
    root = lxml.html.fragment_fromstring(summary, create_parent="div") if summary.strip() else None
    paragraphs = []
    if root is not None:
        for block in root.iter("p", "h2", "h3", "li", "blockquote"):
            text = " ".join(block.text_content().split())
            if text:
                paragraphs.append(text)
    return Extracted("\n\n".join(paragraphs), doc.short_title(), [], None)


_GOOSE: Any = None


def run_goose(page: Page) -> Extracted:
    global _GOOSE
    if _GOOSE is None:
        from goose3 import Goose

        _GOOSE = Goose({"enable_image_fetching": False, "use_meta_language": False, "target_language": "id"})
    article = _GOOSE.extract(raw_html=page.html.decode("utf-8", "replace"), url=page.url or None)
    return Extracted(article.cleaned_text or "", article.title, list(article.authors or []), article.publish_date)


TOOLS: dict[str, Callable[[Page], Extracted]] = {
    "newsparse": run_newsparse,
    "newsparse, no attribution": run_newsparse_without_attribution,
    "lxml bare parse": run_lxml,
    "trafilatura": run_trafilatura,
    "readability-lxml": run_readability,
    "goose3": run_goose,
}


def available_tools() -> dict[str, Callable[[Page], Extracted]]:
    tools = {}
    for name, function in TOOLS.items():
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                function(Page("probe", newsparse.sample_html(), SAMPLE_URL))
        except ImportError as exc:
            print(f"(skipping {name}: {exc}; pip install -e '.[bench]')", file=sys.stderr)
            continue
        tools[name] = function
    return tools


# -- measurements ---------------------------------------------------------------------------------


def median_ms(function: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = CLOCK()
        function()
        times.append(CLOCK() - start)
    return statistics.median(times) * 1000


def peak_kib(function: Callable[[], object]) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        function()
        return tracemalloc.get_traced_memory()[1] / 1024
    finally:
        tracemalloc.stop()


def speed_table(
    tools: dict[str, Callable[[Page], Extracted]], pages: list[Page], repeat: int, label: str
) -> dict[str, float]:
    clock = "CPU" if CLOCK is time.process_time else "wall-clock"
    size = statistics.median(len(page.html) for page in pages) / 1024
    print(f"\n## Speed, {label}: {len(pages)} pages (median {size:.0f} KiB), median of {repeat} runs per page "
          f"({clock} time)")
    print(f"{'tool':<26} {'median ms/page':>15} {'pages/s':>9} {'x lxml':>8} {'peak KiB':>9}")
    medians: dict[str, float] = {}
    by_page: dict[str, list[float]] = {}
    rows = []
    for name, function in tools.items():
        per_page = []
        peaks = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for page in pages:
                function(page)  # warm-up
                per_page.append(median_ms(functools.partial(function, page), repeat))
                peaks.append(peak_kib(functools.partial(function, page)))
        medians[name] = statistics.median(per_page)
        rows.append((name, len(per_page) / (sum(per_page) / 1000), max(peaks)))
        by_page[name] = per_page
    floor = medians.get("lxml bare parse", float("nan"))
    for name, rate, peak in rows:
        print(f"{name:<26} {medians[name]:15.3f} {rate:9.1f} {medians[name] / floor:8.2f} {peak:9.0f}")
    if "trafilatura" in medians:
        print(f"newsparse is {medians['trafilatura'] / medians['newsparse']:.1f}x faster than trafilatura")
    for index, page in enumerate(pages):
        if page.name.startswith("real:") and "newsparse" in by_page:
            cells = ", ".join(f"{name} {times[index]:.2f} ms" for name, times in by_page.items())
            print(f"{page.name[:60]} ({len(page.html) / 1024:.0f} KiB): {cells}")
    if "newsparse" in tools:
        stage_table(pages, repeat)
    return medians


def stage_table(pages: list[Page], repeat: int) -> None:
    """Where newsparse's time goes, timed interleaved on each page (robust to a busy machine):
    the whole ``parse_article``; ``Document.from_html`` alone (decode + lxml + JSON-LD + meta);
    ``extract_quotes`` + ``extract_sources`` on the page's clean paragraphs."""
    from newsparse.document import Document

    doc_shares, attribution_shares = [], []
    totals = [0.0, 0.0, 0.0]
    for page in pages:
        paragraphs = list(parse_article(page.html, url=page.url).paragraphs)
        whole, document, attribution = [], [], []
        for _ in range(max(repeat, 10)):
            start = CLOCK()
            parse_article(page.html, url=page.url)
            middle = CLOCK()
            Document.from_html(page.html, page.url)
            after = CLOCK()
            extract_quotes(paragraphs)
            extract_sources(paragraphs)
            end = CLOCK()
            whole.append(middle - start)
            document.append(after - middle)
            attribution.append(end - after)
        totals[0] += statistics.median(whole)
        totals[1] += statistics.median(document)
        totals[2] += statistics.median(attribution)
        doc_shares.append(statistics.median(document) / statistics.median(whole))
        attribution_shares.append(statistics.median(attribution) / statistics.median(whole))
    doc, att = statistics.median(doc_shares), statistics.median(attribution_shares)
    print(f"newsparse time split (median over pages): Document.from_html {doc:.0%}; quote + source "
          f"extraction {att:.0%} (max {max(attribution_shares):.0%}); site parser, cleaning and the "
          f"Article model {1 - doc - att:.0%}")
    print(f"over all pages' summed time: Document.from_html {totals[1] / totals[0]:.0%}; quote + source "
          f"extraction {totals[2] / totals[0]:.0%}")


def _split_authors(value: str) -> list[str]:
    return [part.strip() for part in re.split(r";|,|\band\b|\bdan\b", value) if part.strip()]


def _same_authors(got: list[str], expected: list[str]) -> bool:
    return sorted(a.casefold() for a in got) == sorted(a.casefold() for a in expected)


def _same_date(got: str | None, expected: str | None) -> bool:
    """Same calendar date (trafilatura and goose give dates without a time of day)."""
    if not got or not expected:
        return got == expected
    return str(got)[:10] == str(expected)[:10]


def accuracy_table(tools: dict[str, Callable[[Page], Extracted]], pages: list[Page]) -> dict[str, tuple[float, int]]:
    print(f"\n## Accuracy: {len(pages)} fixture pages with expected JSON")
    print(f"{'tool':<18} {'body F1':>8} {'min F1':>7} {'boilerplate left':>17} {'title':>6} {'authors':>8} {'date':>6}")
    summary: dict[str, tuple[float, int]] = {}
    leftovers: dict[str, Counter[str]] = {}
    exact_datetime = 0
    for name, function in tools.items():
        if name in ("lxml bare parse", "newsparse, no attribution"):
            continue
        f1s, left, titles, authors, dates = [], Counter[str](), 0, 0, 0
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for page in pages:
                expected = page.expected or {}
                try:
                    got = function(page)
                except Exception:  # a tool giving up on a page scores zero there
                    got = Extracted()
                f1s.append(token_f1(got.text, "\n\n".join(expected.get("paragraphs", []))))
                left.update(b for b in BOILERPLATE for _ in range(got.text.count(b)))
                titles += (got.title or "").strip() == expected.get("title")
                authors += _same_authors(got.authors, expected.get("authors", []))
                dates += _same_date(got.date, expected.get("published"))
                if name == "newsparse":
                    exact_datetime += got.date == expected.get("published")
        n = len(pages)
        total_left = sum(left.values())
        summary[name] = (statistics.mean(f1s), total_left)
        leftovers[name] = left
        print(f"{name:<18} {statistics.mean(f1s):8.4f} {min(f1s):7.3f} {total_left:17d} "
              f"{titles / n:6.2f} {authors / n:8.2f} {dates / n:6.2f}")
    print(f"(date = same calendar date; newsparse's full timestamp incl. zone matches on "
          f"{exact_datetime}/{len(pages)})")
    for name, left in leftovers.items():
        if left:
            print(f"  left by {name}: " + ", ".join(f"{k!r}x{v}" for k, v in left.most_common()))
    return summary


# -- growth ------------------------------------------------------------------------------------


def scaled_page(html: bytes, factor: int) -> bytes:
    """The page with its body paragraphs repeated ``factor`` times (the same text, in order)."""
    root = lxml.html.document_fromstring(html)
    container = max(root.iter("div", "article", "section"), key=lambda el: len(el.findall("p")))
    paragraphs = container.findall("p")
    anchor = paragraphs[-1]
    for _ in range(factor - 1):
        for p in paragraphs:
            clone = copy.deepcopy(p)
            clone.tail = "\n"
            anchor.addnext(clone)
            anchor = clone
    return lxml.html.tostring(root, encoding="utf-8", doctype="<!DOCTYPE html>")


def growth_table(repeat: int) -> None:
    base = newsparse.sample_html()
    print("\n## Growth: the bundled sample page with its body 1x, 10x, 100x as long")
    print(f"{'body':>5} {'KiB':>7} {'paragraphs':>10} {'newsparse ms':>13} {'per 1x':>7} {'lxml ms':>8} {'per 1x':>7}")
    first: tuple[float, float] | None = None
    for factor in (1, 10, 100):
        html = scaled_page(base, factor)
        article = parse_article(html, url=SAMPLE_URL)
        runs = max(3, repeat // factor)
        ours = median_ms(lambda h=html: parse_article(h, url=SAMPLE_URL), runs)
        bare = median_ms(lambda h=html: lxml.html.document_fromstring(h), runs)
        if first is None:
            first = (ours, bare)
        print(f"{factor:>4}x {len(html) / 1024:7.0f} {len(article.paragraphs):10d} {ours:13.2f} "
              f"{ours / first[0] / factor:7.2f} {bare:8.2f} {bare / first[1] / factor:7.2f}")
    print("(per 1x = time / (1x time * factor): about 1 or below means linear)")


# -- batch ----------------------------------------------------------------------------------------


def batch_table(pages: list[Page], records: int) -> float | None:
    """Throughput over a WARC of ``records`` pages cycled from ``pages``; returns 2 workers ÷ 1 worker."""
    try:
        from newsparse.warc import iter_warc_pages, write_warc
    except ImportError:
        print("\n(skipping the batch table: pip install -e '.[warc]')")
        return None
    from newsparse.batch import iter_results
    from newsparse.cli import _article_json

    sources = [p for p in pages if p.url] or [Page("sample", newsparse.sample_html(), SAMPLE_URL)]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.warc.gz"
        write_warc(path, ((sources[i % len(sources)].html, f"{sources[i % len(sources)].url}?r={i}")
                          for i in range(records)))
        size = path.stat().st_size
        median_kib = statistics.median(len(p.html) for p in sources) / 1024
        print(f"\n## Batch throughput: a WARC of {records} records ({size / 2**20:.1f} MiB gzipped, pages of "
              f"median {median_kib:.0f} KiB), {os.cpu_count()} CPUs")
        print(f"{'mode':<28} {'seconds':>8} {'pages/s':>9} {'x 1 worker':>11} {'CPU parent':>11} "
              f"{'CPU workers':>12}")
        rates: dict[str, float] = {}
        for label, workers, timeout in [("in this process", 1, None), ("1 worker process", 1, 60.0),
                                        ("2 worker processes", 2, 60.0)]:
            start = time.perf_counter()
            self_before = resource.getrusage(resource.RUSAGE_SELF)
            children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
            parsed = 0
            for *_, result in iter_results(iter_warc_pages(path), _article_json, workers=workers,
                                           timeout=timeout, chunksize=8):
                parsed += isinstance(result, str)
            seconds = time.perf_counter() - start
            parent = _cpu(resource.getrusage(resource.RUSAGE_SELF)) - _cpu(self_before)
            children = _cpu(resource.getrusage(resource.RUSAGE_CHILDREN)) - _cpu(children_before)
            rates[label] = records / seconds
            base = rates.get("1 worker process")
            speedup = f"{rates[label] / base:11.2f}" if base else f"{'':>11}"
            print(f"{label:<28} {seconds:8.2f} {rates[label]:9.1f} {speedup} {parent:10.2f}s {children:11.2f}s")
            assert parsed == records, (parsed, records)
        ceiling = _parallel_ceiling(path)
        print(f"control, no newsparse pool: the same pages parsed in 2 independent processes run "
              f"{ceiling:.2f}x as fast as in 1 (the parallelism this machine offers right now)")
        print(f"2 workers vs in-process: {rates['2 worker processes'] / rates['in this process']:.2f}x "
              f"(CPU columns: user + system seconds; on a busy machine wall-clock speed-up is capped by "
              f"the CPUs other processes take, load average now {os.getloadavg()[0]:.2f})")
    return rates["2 worker processes"] / rates["1 worker process"]


def _parse_all(pages: list[tuple[bytes, str]]) -> int:
    from newsparse.batch import run_task
    from newsparse.cli import _article_json

    return sum(isinstance(run_task(_article_json, html, url, url), str) for html, url in pages)


def _parallel_ceiling(path: Path) -> float:
    """Wall-clock speed-up of 2 plain processes over 1 on the same pages (no IPC per page)."""
    from concurrent.futures import ProcessPoolExecutor

    from newsparse.warc import iter_warc

    pages = list(iter_warc(path))
    halves = [pages[: len(pages) // 2], pages[len(pages) // 2 :]]
    times = []
    for workers in (1, 2):
        with ProcessPoolExecutor(workers) as pool:
            list(pool.map(_parse_all, [pages[:20]] * workers))  # start and warm the workers
            start = time.perf_counter()
            list(pool.map(_parse_all, halves))
            times.append(time.perf_counter() - start)
    return times[0] / times[1]


# -- instructions (callgrind) ----------------------------------------------------------------


INSTRUCTION_MODES = ("lxml bare parse", "newsparse", "newsparse, no attribution")


def instruction_counts(runs: int = 5) -> dict[str, float] | None:
    """Machine instructions per parse of the real page (the first full-size page), per mode.

    One ``valgrind --tool=callgrind`` process per mode; only the parses are counted: they run
    inside ``functools.reduce``, the ``--toggle-collect`` function (start-up, imports and the
    warm-up parses are not). No other load on the machine changes these counts.
    """
    if shutil.which("valgrind") is None:
        print("(valgrind not found: no instruction counts)", file=sys.stderr)
        return None
    counts = {}
    for index, mode in enumerate(INSTRUCTION_MODES):
        with tempfile.TemporaryDirectory() as tmp:
            command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/callgrind.out",
                       "--collect-atstart=no", "--toggle-collect=functools_reduce", sys.executable, __file__,
                       "--callgrind-child", str(index), "--runs", str(runs)]
            subprocess.run(command, check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": "0"})
            text = "".join(path.read_text(errors="replace") for path in Path(tmp).glob("callgrind.out*"))
        match = re.search(r"^summary:\s*(\d+)", text, re.MULTILINE)
        assert match, "no summary line in callgrind's output"
        counts[mode] = int(match.group(1)) / runs
    return counts


def _callgrind_child(index: int, runs: int) -> None:
    page = full_size_pages()[0]
    function = {"lxml bare parse": run_lxml, "newsparse": run_newsparse,
                "newsparse, no attribution": run_newsparse_without_attribution}[INSTRUCTION_MODES[index]]
    work = Page(page.name, page.html, page.url)
    for _ in range(3):
        function(work)
    gc.collect()
    gc.disable()  # a collection would fall at a different moment in each process
    functools.reduce(lambda _, __: function(work), range(runs), None)  # counted: the only reduce call


# -- the issue's table ------------------------------------------------------------------------


def issue_table(full: dict[str, float], counts: dict[str, float] | None, batch: float | None) -> None:
    """Issue 14's targets on the full-size pages, each with this run's figure."""
    print("\n## Issue 14: full-size pages, this run")
    print(f"{'measure':<58} {'now':>8} {'target':>8}  result")

    def row(label: str, value: float | None, target: str, why_missing: str) -> None:
        if value is None:
            print(f"{label:<58} {'-':>8} {target:>8}  not measured: {why_missing}")
            return
        bound = float(target[2:-1])
        met = value <= bound if target.startswith("<=") else value >= bound
        print(f"{label:<58} {value:7.2f}x {target:>8}  {'met' if met else 'MISSED'}")

    floor = full.get("lxml bare parse")
    ours = full.get("newsparse")
    row("parse_article with quotes and sources / lxml, CPU time", ours / floor if ours and floor else None,
        "<=1.8x", "no full-size pages (../shared absent)")
    row("the same in instructions (callgrind, real page)",
        counts["newsparse"] / counts["lxml bare parse"] if counts else None, "<=1.5x", "valgrind not found")
    bare = full.get("newsparse, no attribution")
    row("without attribution / lxml, CPU time", bare / floor if bare and floor else None, "<=1.4x",
        "no full-size pages")
    if counts:
        value = counts["newsparse, no attribution"] / counts["lxml bare parse"]
        print(f"{'  (without attribution / lxml in instructions)':<58} {value:7.2f}x")
    trafilatura = full.get("trafilatura")
    row("trafilatura / parse_article, CPU time", trafilatura / ours if trafilatura and ours else None, ">=12x",
        "trafilatura is not installed in this environment (pip install -e '.[bench]')" if full
        else "no full-size pages")
    row("batch, 2 workers / 1 worker", batch, ">=1.8x", "the batch table did not run (see --only)")


def _cpu(usage: resource.struct_rusage) -> float:
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    parser.add_argument("--repeat", type=int, help="runs per page for the speed table")
    parser.add_argument("--records", type=int, help="WARC records for the batch table (>= 2000)")
    parser.add_argument("--clock", choices=("cpu", "wall"), default="cpu",
                        help="per-page timings in process CPU time (default) or wall-clock time")
    parser.add_argument("--only", choices=("speed", "accuracy", "growth", "batch"), action="append")
    parser.add_argument("--runs", type=int, default=5, help="parses per callgrind process")
    parser.add_argument("--callgrind-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.callgrind_child is not None:
        _callgrind_child(args.callgrind_child, args.runs)
        return
    logging.getLogger("goose3").setLevel(logging.ERROR)  # it warns about every local date it meets
    repeat = args.repeat or (5 if args.quick else 20)
    records = args.records or 2000
    global CLOCK
    CLOCK = time.process_time if args.clock == "cpu" else time.perf_counter
    only = set(args.only or ("speed", "accuracy", "growth", "batch"))
    print(f"newsparse {newsparse.__version__}, Python {sys.version.split()[0]}, lxml {lxml.etree.__version__}, "
          f"load average {os.getloadavg()[0]:.2f}")
    fixtures, full_pages = load_pages()
    tools = available_tools() if only & {"speed", "accuracy"} else {}
    full: dict[str, float] = {}
    counts = None
    if "speed" in only:
        speed_table(tools, fixtures, repeat, "fixture pages")
        if full_pages:
            full = speed_table(tools, full_pages, max(3, repeat // 2), "full-size pages")
            counts = instruction_counts(args.runs)
            if counts:
                print("\ninstructions per parse of the real page (callgrind): " + ", ".join(
                    f"{name} {value / 1e6:.2f} M" for name, value in counts.items()))
    if "accuracy" in only:
        accuracy_table(tools, fixtures)
    if "growth" in only:
        growth_table(repeat * 2)
    batch = None
    if "batch" in only:
        batch = batch_table(full_pages or fixtures, records)
    issue_table(full, counts, batch)


if __name__ == "__main__":
    main()
