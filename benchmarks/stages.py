"""Where parse_article's time goes, stage by stage, on the full-size pages (benchmarks/realsize.py).

    python benchmarks/stages.py                # CPU time per stage (median per page, summed)
    python benchmarks/stages.py --callgrind    # machine instructions per stage, on the real page

Stages, in the order of pipeline.py: lxml's bare parse (the floor, not part of the sum);
``Document.from_html`` (decode, its own lxml parse, meta, JSON-LD, links); the layout choice (parser resolution and
``SiteParser.page``); the field readers (title, body element, bylines, dates, tags, …); cleaning
the body; quotes and sources; the ``Article`` model. The stages are run by :func:`run_stages`,
which mirrors ``pipeline._build`` step by step (keep it in step when the pipeline changes).

Instructions come from ``valgrind --tool=callgrind``: one process per cut-off stage, each parsing
the page the same number of times after the same warm-up; only the parses are counted (they run
inside ``functools.reduce``, callgrind's ``--toggle-collect`` function, so start-up, imports and
warm-up are not), and a stage's count is the difference to the previous cut-off, divided by the
number of parses.
"""

from __future__ import annotations

import argparse
import functools
import gc
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import lxml.html
from realsize import full_size_pages  # benchmarks/realsize.py

from newsparse import metadata, registry
from newsparse.attribution import extract_quotes, extract_sources
from newsparse.attribution.sources import normalise_source
from newsparse.cleaning import clean_body, unique_links
from newsparse.document import Document, host_of
from newsparse.models import Article
from newsparse.pipeline import _authors

STAGES = ("lxml parse", "decode+parse+Document", "layout choice", "field readers", "cleaning",
          "quotes + sources", "Article model")


def run_stages(html: bytes, url: str | None, upto: int = len(STAGES)) -> list[float]:
    """CPU seconds of each stage up to ``upto`` (1 = lxml's parse only), for one page."""
    clock = time.process_time
    times = []
    start = clock()
    lxml.html.document_fromstring(html)
    times.append(clock() - start)
    if upto < 2:
        return times
    start = clock()
    doc = Document.from_html(html, url)
    # Freeing a tree leaves glibc's free lists to be consolidated by the next allocation of a few
    # KiB (~0.5 M instructions, ~80 µs): make it fall here, where the parse made the garbage,
    # and not in whichever later stage first asks for such a block.
    bytearray(4096)
    times.append(clock() - start)
    if upto < 3:
        return times
    start = clock()
    site_parser = registry.resolve(doc, None)
    page = site_parser.page(doc)
    times.append(clock() - start)
    if upto < 4:
        return times
    start = clock()
    title = site_parser.title(page)
    body = site_parser.body(page)
    authors, editors = site_parser.authors(page), site_parser.editors(page)
    fields: dict[str, Any] = {
        "url": doc.url, "canonical_url": doc.canonical_url, "site": host_of(doc.url) or host_of(doc.canonical_url),
        "language": site_parser.language_of(page), "description": site_parser.description(page),
        "published": site_parser.published(page), "modified": site_parser.modified(page),
        "section": site_parser.section(page), "tags": site_parser.tags(page), "image": site_parser.image(page),
        "next_page_url": site_parser.next_page_url(page), "single_page_url": site_parser.single_page_url(page),
        "parser": site_parser.name,
    }
    outside_related = site_parser.related(page)
    credited = site_parser.source_credits(page)
    rules = site_parser.cleaning_rules(page)
    times.append(clock() - start)
    if upto < 5:
        return times
    start = clock()
    cleaned = clean_body(body, rules, doc.absolute)
    fields.update(
        title=title, authors=_authors(authors, cleaned, editors, doc, site_parser.site_names),
        editors=metadata.unique(editors + cleaned.editors), images=cleaned.images, dateline=cleaned.dateline,
        paragraphs=cleaned.paragraphs, subheadings=cleaned.subheadings,
        related=unique_links([*cleaned.related, *outside_related]),
    )
    syndication = [normalise_source(s) for s in cleaned.syndication + credited]
    times.append(clock() - start)
    if upto < 6:
        return times
    start = clock()
    fields["quotes"] = extract_quotes(cleaned.paragraphs)
    fields["sources"] = [*extract_sources(cleaned.paragraphs), *syndication]
    times.append(clock() - start)
    if upto < 7:
        return times
    start = clock()
    Article(**fields)
    times.append(clock() - start)
    return times


def cpu_table(repeat: int) -> None:
    pages = full_size_pages()
    if not pages:
        sys.exit("../shared/tribun/real not found: no full-size pages")
    sums = [0.0] * len(STAGES)
    for page in pages:
        run_stages(page.html, page.url)  # warm-up
        runs = [run_stages(page.html, page.url) for _ in range(repeat)]
        for index in range(len(STAGES)):
            sums[index] += statistics.median(run[index] for run in runs)
    total = sum(sums[1:])
    print(f"## Stages, {len(pages)} full-size pages, CPU time, median of {repeat} runs per page")
    print(f"{'stage':<22} {'ms/page':>8} {'share':>6}")
    for name, value in zip(STAGES, sums, strict=True):
        share = "" if name == "lxml parse" else f"{value / total:6.0%}"
        print(f"{name:<22} {value / len(pages) * 1000:8.3f} {share:>6}")
    print(f"{'parse_article (sum)':<22} {total / len(pages) * 1000:8.3f}   (÷ lxml: {total / sums[0]:.2f}x)")


def _instructions(upto: int, runs: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", "--collect-atstart=no",
                   "--toggle-collect=functools_reduce", sys.executable,
                   __file__, "--child", str(upto), "--runs", str(runs)]
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        subprocess.run(command, check=True, capture_output=True, env=env)
        text = "".join(path.read_text(errors="replace") for path in Path(tmp).glob("callgrind.out*"))
        match = re.search(r"^summary:\s*(\d+)", text, re.MULTILINE)
        assert match, "no summary line in callgrind's output"
        return int(match.group(1))


def callgrind_table(runs: int) -> None:
    counts = [_instructions(upto, runs) for upto in range(0, len(STAGES) + 1)]
    print(f"## Stages, the real page, instructions per parse (callgrind, {runs} parses per process)")
    print(f"{'stage':<22} {'M instr':>8} {'share':>6}")
    per_stage = [(counts[i + 1] - counts[i]) / runs / 1e6 for i in range(len(STAGES))]
    total = sum(per_stage[1:])
    for name, value in zip(STAGES, per_stage, strict=True):
        share = "" if name == "lxml parse" else f"{value / total:6.0%}"
        print(f"{name:<22} {value:8.2f} {share:>6}")
    print(f"{'parse_article (sum)':<22} {total:8.2f}   (÷ lxml: {total / per_stage[0]:.2f}x)")


def _child(upto: int, runs: int) -> None:
    page = full_size_pages()[0]
    for _ in range(3):
        run_stages(page.html, page.url)  # the same warm-up in every process: imports, caches
    gc.collect()
    gc.disable()  # a collection falls at a different moment in each process: noise of ~0.5 M
    if upto:  # counted: the only functools.reduce call of the process
        functools.reduce(lambda _, __: run_stages(page.html, page.url, upto), range(runs), None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--callgrind", action="store_true")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        _child(args.child, args.runs)
    elif args.callgrind:
        callgrind_table(args.runs)
    else:
        cpu_table(args.repeat)


if __name__ == "__main__":
    main()
