"""FastWARC vs warcio: reading the HTML responses of the same generated WARC file.

    python benchmarks/warc_readers.py [RECORDS]

Writes a ``.warc.gz`` of RECORDS response records (default 5,000: the bundled sample and the
fixture pages, half of them on www.tribunnews.com and half on other hosts), then times, best of
three: every response payload read (HTTP headers parsed, body read), and the same with only
``*.tribunnews.com`` records kept by a check on ``WARC-Target-URI`` before the payload is read.
newsparse.warc uses FastWARC because of this measurement.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import newsparse
from newsparse.samples import SAMPLE_URL
from newsparse.warc import host_filter, write_warc

ROOT = Path(__file__).resolve().parents[1]
KEEP = host_filter("tribunnews.com")


def read_fastwarc(path: Path, filtered: bool) -> int:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    total = 0
    check = (lambda r: KEEP(r.headers.get("WARC-Target-URI"))) if filtered else None
    for record in ArchiveIterator(str(path), record_types=WarcRecordType.response, parse_http=False,
                                  func_filter=check, fsspec_args=False):
        record.parse_http(auto_decode="all")
        total += len(record.reader.read())
    return total


def read_warcio(path: Path, filtered: bool) -> int:
    from warcio.archiveiterator import ArchiveIterator

    total = 0
    with path.open("rb") as handle:
        for record in ArchiveIterator(handle):
            if record.rec_type != "response":
                continue
            if filtered and not KEEP(record.rec_headers.get_header("WARC-Target-URI")):
                continue
            total += len(record.content_stream().read())
    return total


def best_of(function: Callable[[], int], runs: int = 5) -> tuple[float, int]:
    times, size = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        size = function()
        times.append(time.perf_counter() - start)
    return min(times), size


def main(records: int) -> None:
    pages = [newsparse.sample_html(), *(p.read_bytes() for p in sorted((ROOT / "tests" / "fixtures").glob("*.html")))]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "readers.warc.gz"
        hosts = ["https://www.tribunnews.com/read/", "https://www.example.com/read/"]
        write_warc(path, ((pages[i % len(pages)], f"{hosts[i % 2]}{i}") for i in range(records)))
        print(f"{records} records, {path.stat().st_size / 2**20:.1f} MiB gzipped ({SAMPLE_URL.split('/')[2]} + others)")
        print(f"{'reader':<10} {'filter':<18} {'seconds':>8} {'records/s':>10} {'MiB/s (payload)':>16}")
        results = {}
        for name, reader in [("fastwarc", read_fastwarc), ("warcio", read_warcio)]:
            for filtered in (False, True):
                seconds, size = best_of(lambda r=reader, f=filtered: r(path, f))  # type: ignore[misc]
                count = records // 2 if filtered else records
                results[name, filtered] = seconds
                label = "*.tribunnews.com" if filtered else "none"
                print(f"{name:<10} {label:<18} {seconds:8.3f} {count / seconds:10.0f} {size / seconds / 2**20:16.1f}")
        for filtered in (False, True):
            ratio = results["warcio", filtered] / results["fastwarc", filtered]
            print(f"fastwarc is {ratio:.1f}x faster than warcio ({'filtered' if filtered else 'all records'})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
