"""Peak memory of parse_article per input byte, on full-size pages and on a quote-dense growth set.

Two measures, because neither alone tells the whole story:

* ``tracemalloc``: the peak of Python's own allocations during one parse (strings, lists, the
  Article), over the input size. It does not see libxml2's tree, which lives in C.
* resident memory: each page is parsed in a fresh subprocess after a warm-up parse of the sample;
  the growth of the peak resident set (``ru_maxrss``) during the parse, over the input size.
  This includes libxml2's tree and everything else, and is what a machine running a crawl feels.

    $ python benchmarks/memory.py            # full-size pages from ../shared + the growth set
    $ python benchmarks/memory.py --quick    # fewer pages

The full-size pages are built by ``benchmarks/realsize.py`` from ../shared (skipped when it is
absent); the growth set is the bundled sample with a quote-dense body repeated 10x, 100x, 1000x
(to ~10 MiB), and the real page padded with a 20 MiB script, the shape of the page the issue
measured at 14-21x.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import subprocess
import sys
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from realsize import REAL, _in_shell, full_size_pages  # noqa: E402

import newsparse  # noqa: E402

URL = "https://www.tribunnews.com/regional/2024/11/01/pemkot-semarang-uji-coba-bus-listrik"
QUOTES = (
    "<p>“Kami ingin warga mencoba dulu, lalu memberi masukan,” kata Budi Santoso. Menurut dia, "
    "“bus itu bagus dan murah”, ujarnya. Seperti diberitakan Kompas.com dan dilansir Reuters, "
    "“ya,” kata Ani, ‘benar’.</p>"
).encode()

# The peak resident set of this process image: VmHWM (Linux) is reset by exec, where ru_maxrss
# keeps the parent's peak from before the fork; ru_maxrss is the fallback elsewhere.
_CHILD = """
import resource, sys
sys.path.insert(0, {src!r})
import newsparse

def peak_kib():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

newsparse.parse_article(newsparse.sample_html(), url={url!r})
data = open({path!r}, "rb").read()
before = peak_kib()
try:
    newsparse.parse_article(data, url={url!r})
    outcome = "Article"
except newsparse.NewsparseError as exc:
    outcome = type(exc).__name__
after = peak_kib()
print(before, after, outcome)
"""


def growth_pages() -> list[tuple[str, bytes]]:
    sample = newsparse.sample_html()
    open_at = sample.index(b">", sample.index(b'<div class="side-article txt-article')) + 1
    close_at = sample.index(b"</div>", open_at)
    pages = []
    for factor in (10, 100, 1000, 10000):
        pages.append((f"quote-dense {factor}x", sample[:open_at] + QUOTES * factor + sample[close_at:]))
    return pages


def densest_real_pages(full: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """The full-size page whose Article has the most quotes and sources per character of text,
    its body repeated 10x and 100x in the real page's chrome: the quote density of real text,
    at the sizes of the synthetic set."""
    best: tuple[float, str, newsparse.Article] | None = None
    for name, data in full:
        article = newsparse.parse_article(data, url=URL)
        density = (len(article.quotes) + len(article.sources)) / max(len(article.text), 1)
        if best is None or density > best[0]:
            best = (density, name, article)
    reals = sorted(REAL.glob("*.html"))
    if best is None or not reals:
        return []
    _, name, article = best
    shell = reals[0].read_bytes()
    body = list(article.paragraphs)
    return [(f"densest real {name[:14]} {k}x", _in_shell(shell, article.title, body * k)) for k in (10, 100)]


def padded_page(base: bytes, megabytes: int) -> bytes:
    at = base.index(b"<body") if b"<body" in base else 0
    return base[:at] + b"<script>" + b"var a = 1; " * (megabytes * 1024 * 1024 // 11) + b"</script>" + base[at:]


def python_peak(data: bytes) -> tuple[int, str]:
    """Python's peak during the parse of ``data``, after a parse of the same bytes has filled the
    process-wide caches (compiled patterns, parsed speaker phrases), which a crawl pays once."""
    with contextlib.suppress(newsparse.NewsparseError):
        newsparse.parse_article(data, url=URL)
    tracemalloc.start()
    tracemalloc.reset_peak()
    try:
        newsparse.parse_article(data, url=URL)
        outcome = "Article"
    except newsparse.NewsparseError as exc:
        outcome = type(exc).__name__
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak, outcome


def resident_growth(data: bytes, scratch: Path) -> int:
    scratch.write_bytes(data)
    code = _CHILD.format(src=str(ROOT / "src"), url=URL, path=str(scratch))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    return (int(out[1]) - int(out[0])) * 1024  # KiB


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--quick", action="store_true", help="five full-size pages, a smaller growth set")
    arguments.add_argument("--json", metavar="FILE", help="also write the rows as JSON")
    options = arguments.parse_args()
    full = [(page.name, page.html) for page in full_size_pages()]
    if options.quick:
        full = full[:5]
    growth = growth_pages()[:3] if options.quick else growth_pages()
    if full:
        growth += densest_real_pages(full)
        growth.append(("real page + 20 MiB script", padded_page(full[0][1], 20)))
    scratch = Path(__file__).with_name(".memory-page.html")
    rows = []
    try:
        for name, data in [*full, *growth]:
            peak, outcome = python_peak(data)
            resident = resident_growth(data, scratch)
            rows.append({"page": name, "bytes": len(data), "python_peak": peak, "resident_growth": resident,
                         "outcome": outcome})
    finally:
        scratch.unlink(missing_ok=True)
    print(f"{'page':36} {'KiB':>9} {'py peak/byte':>13} {'RSS growth/byte':>16}  outcome")
    for row in rows:
        print(f"{row['page'][:36]:36} {row['bytes'] / 1024:9.0f} {row['python_peak'] / row['bytes']:13.2f} "
              f"{row['resident_growth'] / row['bytes']:16.2f}  {row['outcome']}")
    if full:
        sizes = rows[: len(full)]
        print(f"\nfull-size pages ({len(sizes)}, median {statistics.median(r['bytes'] for r in sizes) / 1024:.0f} KiB): "
              f"median Python peak {statistics.median(r['python_peak'] / r['bytes'] for r in sizes):.2f}x the input, "
              f"median resident growth {statistics.median(r['resident_growth'] / r['bytes'] for r in sizes):.2f}x")
    else:
        print("\n../shared not found: full-size pages skipped")
    if options.json:
        Path(options.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
