"""The quotes + sources stage alone: CPU time and machine instructions, and its growth.

    python benchmarks/attribution/stage.py               # CPU time (best of --repeat runs)
    python benchmarks/attribution/stage.py --callgrind   # instructions (valgrind), steadier

Inputs, built at run time: the paragraphs of the full-size pages of ``benchmarks/realsize.py``
(``parse_article(..., attribution=False)``; needs ../shared) and of the quote-dense growth set of
``benchmarks/memory.py`` (the sample page with a quote-dense paragraph repeated 10x, 100x, 1000x).
Each input is timed as ``extract_quotes(paragraphs)`` then ``extract_sources(paragraphs)``, as
``parse_article`` runs them. The machine is shared: judge a change by the instruction counts
(``--callgrind``: one valgrind process per input set, only the timed calls are counted, as in
``benchmarks/stages.py``), and read the CPU times as a check.
"""

from __future__ import annotations

import argparse
import functools
import gc
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
sys.path.insert(0, str(HERE.parent))

from memory import URL, growth_pages  # noqa: E402  (benchmarks/memory.py)
from realsize import full_size_pages  # noqa: E402  (benchmarks/realsize.py)

import newsparse  # noqa: E402

Inputs = list[tuple[str, list[str]]]


def inputs(name: str) -> Inputs:
    """(label, paragraphs) of one input set: "full" or "dense-10", "dense-100", "dense-1000"."""
    if name == "full":
        articles = [(p.name, newsparse.parse_article(p.html, url=p.url, attribution=False)) for p in full_size_pages()]
        return [(label, list(article.paragraphs)) for label, article in articles]
    factor = name.split("-")[1]
    html = dict(growth_pages())[f"quote-dense {factor}x"]
    return [(name, list(newsparse.parse_article(html, url=URL, attribution=False).paragraphs))]


def extract(paragraphs: Sequence[str]) -> None:
    newsparse.extract_quotes(paragraphs)
    newsparse.extract_sources(paragraphs)


def cpu_ms(docs: Inputs, repeat: int) -> float:
    """Best CPU time of one pass over ``docs``, in milliseconds."""
    extract(docs[0][1])  # warm-up: imports, compiled patterns
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for _, paragraphs in docs:
            extract(paragraphs)
        best = min(best, time.process_time() - start)
    return best * 1000


def instructions(name: str) -> float:
    """Instructions of one pass over input set ``name`` (callgrind, in a child process)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", "--collect-atstart=no",
                   "--toggle-collect=functools_reduce", sys.executable, __file__, "--child", name]
        subprocess.run(command, check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": "0"})
        text = "".join(path.read_text(errors="replace") for path in Path(tmp).glob("callgrind.out*"))
        match = re.search(r"^summary:\s*(\d+)", text, re.MULTILINE)
        assert match, "no summary line in callgrind's output"
        return int(match.group(1))


def _child(name: str) -> None:
    docs = inputs(name)
    for _, paragraphs in docs:  # the same warm-up in every process: imports, caches
        extract(paragraphs)
    gc.collect()
    gc.disable()
    functools.reduce(lambda _, __: [extract(p) for _, p in docs], range(1), None)  # counted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--callgrind", action="store_true")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        _child(options.child)
        return
    names = ["full", "dense-10", "dense-100", "dense-1000"]
    if not full_size_pages():
        print("[skip] full-size pages: ../shared/tribun is absent")
        names.remove("full")
    unit = "M instr" if options.callgrind else "ms CPU"
    print(f"{'input':<12} {'docs':>5} {'chars':>9} {unit + ' / doc':>16}")
    for name in names:
        docs = inputs(name)
        chars = sum(len(p) for _, ps in docs for p in ps)
        value = instructions(name) / 1e6 if options.callgrind else cpu_ms(docs, options.repeat)
        print(f"{name:<12} {len(docs):>5} {chars:>9} {value / len(docs):>16.3f}")


if __name__ == "__main__":
    main()
