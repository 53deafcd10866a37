"""The hostile inputs of issue 15, each with its outcome, time and peak memory, as of this version.

    $ python benchmarks/hostile.py           # every input, each in a fresh subprocess
    $ python benchmarks/hostile.py --big     # also the 50 MB page (~30 s, ~1 GB)

Time is wall-clock for one call in a warmed-up process; memory is the growth of the peak resident
set (VmHWM) during the call and Python's own peak (tracemalloc, a second run), both in MiB.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Each case is Python source that defines ``run()``; it may use SAMPLE, TEXT, URL and tmp.
SETUP = """
import gzip, io, logging, resource, sys, tempfile, time, tracemalloc
from pathlib import Path
sys.path.insert(0, {src!r})
import newsparse
logging.disable(logging.CRITICAL)
SAMPLE = newsparse.sample_html()
TEXT = SAMPLE.decode()
URL = "https://www.tribunnews.com/regional/2024/11/01/x"
BODY = SAMPLE.index(b"<body>") + 6
tmp = Path(tempfile.mkdtemp())
def wrap(depth): return SAMPLE[:BODY] + b"<div>" * depth + SAMPLE[BODY:] + b"</div>" * depth
def peak_kib():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""
MEASURE = """
newsparse.parse_article(SAMPLE, url=URL)
def outcome():
    try:
        result = run()
        return type(result).__name__
    except Exception as exc:
        return type(exc).__name__ + ": " + str(exc)[:70]
before = peak_kib()
start = time.perf_counter()
first = outcome()
seconds = time.perf_counter() - start
rss = (peak_kib() - before) / 1024
tracemalloc.start()
outcome()
python_peak = tracemalloc.get_traced_memory()[1] / 2**20
print(f"{seconds:.3f}\\t{rss:.1f}\\t{python_peak:.1f}\\t{first}")
"""

CASES: list[tuple[str, str]] = [
    *[(f"<meta charset={label}>", f"def run(): return newsparse.parse_article(SAMPLE.replace(b'charset=\"UTF-8\"', b'charset=\"{label}\"'), url=URL)")
      for label in ("uu", "zlib", "rot13", "base64", "hex", "bz2", "quopri", "undefined", "punycode", "utf-7", "unicode_escape", "idna", "mbcs")],
    ("XML declaration encoding=rot13", "def run(): return newsparse.parse_article(b\"<?xml version='1.0' encoding='rot13'?>\" + SAMPLE, url=URL)"),
    ("windows-1252 bytes, no charset", "def run(): return newsparse.parse_article(TEXT.replace('<meta charset=\"UTF-8\">', '').replace('&ldquo;', '\\u201c').encode('cp1252'), url=URL)"),
    ("str page with a lone surrogate", "def run():\n    a = newsparse.parse_article(TEXT.replace('Menurut dia', 'Menurut \\ud800dia'), url=URL)\n    a.model_dump_json(); return a"),
    ("date offset +99:00", "def run():\n    a = newsparse.parse_article(SAMPLE.replace(b'2024-11-01T06:16:00+07:00', b'2024-11-01T06:16:00+99:00'), url=URL)\n    assert a.published is None or a.published.isoformat(); return a"),
    ("url= an int", "def run(): return newsparse.parse_article(SAMPLE, url=12)"),
    ("url= bytes", "def run(): return newsparse.parse_article(SAMPLE, url=URL.encode())"),
    ("truncated .warc.gz", "def run():\n    from newsparse.warc import write_warc, iter_warc_pages\n    write_warc(tmp / 'a.warc.gz', [(SAMPLE, URL)] * 3)\n    data = (tmp / 'a.warc.gz').read_bytes(); (tmp / 'b.warc.gz').write_bytes(data[: int(len(data) * 0.8)])\n    return list(iter_warc_pages(tmp / 'b.warc.gz'))"),
    ("garbage .warc", "def run():\n    from newsparse.warc import iter_warc_pages\n    (tmp / 'g.warc').write_bytes(b'garbage ' * 1000)\n    return list(iter_warc_pages(tmp / 'g.warc'))"),
    ("wrapped in 250 nested divs", "def run(): return newsparse.parse_article(wrap(250), url=URL)"),
    ("wrapped in 2000 nested divs", "def run(): return newsparse.parse_article(wrap(2000), url=URL)"),
    ("wrapped in 100,000 nested divs", "def run(): return newsparse.parse_article(wrap(100_000), url=URL)"),
    ("a 12 MB script before the body", "DATA = SAMPLE[:BODY] + b'<script>' + b'var a=1;' * 1_500_000 + b'</script>' + SAMPLE[BODY:]\ndef run(): return newsparse.parse_article(DATA, url=URL)"),
    ("a 12 MB text node", "DATA = SAMPLE[:BODY] + b'<div>' + b'kata dia ' * 1_400_000 + b'</div>' + SAMPLE[BODY:]\ndef run(): return newsparse.parse_article(DATA, url=URL)"),
    ("100,000 quote marks in a paragraph", "def run(): return newsparse.parse_article(SAMPLE.replace(b'<p>Menurut dia', '<p>'.encode() + '\\u201c'.encode() * 100_000 + b' Menurut dia'), url=URL)"),
    ("60 MB page (over the 50 MiB limit)", "DATA = b' ' * 60_000_000 + SAMPLE\ndef run(): return newsparse.parse_article(DATA, url=URL)"),
    ("XXE file:///etc/passwd", "def run(): return newsparse.parse_article(b'<!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>' + SAMPLE.replace(b'<h1', b'<p>&x;</p><h1'), url=URL)"),
    ("billion laughs", "def run():\n    ents = '<!ENTITY a0 \"lol\">' + ''.join(f'<!ENTITY a{i} \"' + f'&a{i-1};' * 10 + '\">' for i in range(1, 10))\n    return newsparse.parse_article(f'<!DOCTYPE html [{ents}]>'.encode() + SAMPLE.replace(b'<h1', b'<p>&a9;</p><h1'), url=URL)"),
]
BIG = [("50 MB page (sample paragraphs x 9,000)", "import re\no = SAMPLE.index(b'>', SAMPLE.index(b'<div class=\"side-article')) + 1; c = SAMPLE.index(b'</div>', o)\nPARAS = b''.join(re.findall(rb'<p>[^<]*(?:<a[^>]*>[^<]*</a>[^<]*)*</p>', SAMPLE[o:c]))\nDATA = SAMPLE[:o] + PARAS * (50_000_000 // len(PARAS)) + SAMPLE[c:]\ndef run(): return newsparse.parse_article(DATA, url=URL)")]


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--big", action="store_true", help="also the 50 MB page")
    big = options.parse_args().big
    print(f"{'input':38} {'seconds':>8} {'RSS MiB':>8} {'py MiB':>7}  outcome")
    for name, case in CASES + (BIG if big else []):
        code = SETUP.format(src=str(ROOT / "src")) + case + "\n" + MEASURE
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        if done.returncode:
            print(f"{name:38} harness error: {done.stderr.strip().splitlines()[-1]}")
            continue
        seconds, rss, python_peak, outcome = done.stdout.strip().split("\t", 3)
        print(f"{name:38} {float(seconds):8.3f} {float(rss):8.1f} {float(python_peak):7.1f}  {outcome}")


if __name__ == "__main__":
    main()
