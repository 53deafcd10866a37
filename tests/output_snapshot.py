"""A compact record of newsparse's output: one hash of the Article JSON per page.

Speed work must not change what ``parse_article`` returns. ``tests/output_snapshot.json`` holds,
for every fixture page (tests/fixtures, tests/fixtures/blind, tests/fixtures/generic_blind), the
bundled sample, the real page in ../shared/tribun/real and the full-size pages built by
benchmarks/realsize.py, a SHA-256 of ``article.model_dump_json()`` (or of the error's class name
for a page that is refused); tests/test_output_snapshot.py asserts that the hashes still hold.

A change that is *meant* to alter output (a parser fix, a new field) regenerates the file
deliberately, after checking the changed pages by eye, and commits it with that change:

    PYTHONPATH=src python tests/output_snapshot.py --write

``python tests/output_snapshot.py`` (no option) lists the pages whose output differs.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared" / "tribun"
SNAPSHOT = ROOT / "tests" / "output_snapshot.json"


def pages() -> Iterator[tuple[str, bytes, str | None]]:
    """(name, bytes, url) of every page in the snapshot that is present on this machine."""
    import newsparse
    from newsparse.samples import SAMPLE_URL

    for folder in (FIXTURES, FIXTURES / "blind", FIXTURES / "generic_blind"):
        for path in sorted(folder.glob("*.html")):
            expected = path.with_suffix(".json")
            url = json.loads(expected.read_text(encoding="utf-8")).get("url") if expected.exists() else None
            yield str(path.relative_to(FIXTURES)), path.read_bytes(), url
    yield "bundled-sample", newsparse.sample_html(), SAMPLE_URL
    for path in sorted((SHARED / "real").glob("*.html")) if (SHARED / "real").is_dir() else []:
        yield "real:" + path.name, path.read_bytes(), None
    yield from full_size_pages()


def full_size_pages() -> Iterator[tuple[str, bytes, str | None]]:
    """The full-size pages of benchmarks/realsize.py (the real page's chrome around real texts)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from realsize import full_size_pages as build
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    for page in build():
        if page.name.startswith("text:"):
            yield "realsize:" + page.name[5:], page.html, page.url


def digest(html: bytes, url: str | None, **options: object) -> str:
    """SHA-256 (first 16 hex digits) of the Article JSON, or of the refusal's class name."""
    from newsparse import NewsparseError, parse_article

    try:
        text = parse_article(html, url=url, **options).model_dump_json()  # type: ignore[arg-type]
    except NewsparseError as exc:
        text = "error:" + type(exc).__name__
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def current() -> dict[str, str]:
    return {name: digest(html, url) for name, html, url in pages()}


def main() -> None:
    now = current()
    if "--write" in sys.argv[1:]:
        SNAPSHOT.write_text(json.dumps(now, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {len(now)} hashes to {SNAPSHOT}")
        return
    saved = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    changed = sorted(name for name in now if saved.get(name) != now[name])
    print("\n".join(changed) or f"all {len(now)} pages unchanged")


if __name__ == "__main__":
    main()
