"""newsparse.audit over every page we have: how many findings of each kind, per page set.

    python benchmarks/audit_pages.py            # parse and audit with this checkout
    python benchmarks/audit_pages.py --list     # and print every finding
    python benchmarks/audit_pages.py --dump before.jsonl   # only parse (works with older code)
    python benchmarks/audit_pages.py --from before.jsonl   # audit Articles parsed earlier

``--dump`` imports nothing but ``parse_article``, so an older checkout (``PYTHONPATH=old/src``)
can write the Articles it made, and this checkout's audit can then judge them: that is how the
"before" column of the issue-11 note was measured. Each finding is a bug or a documented false
alarm (docs/guide/audit.rst).

Page sets: our own fixtures (tests/fixtures), the blind Tribun fixtures, the blind pages of other
outlets, the bundled sample, and, when ../shared is there, the real TribunSolo page and the 41
real texts rendered as tests/test_real_texts.py renders them (every line reviewed: body, related
lines, credits, footers in their places).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _pages() -> Iterator[tuple[str, str, bytes, str | None]]:
    """(set, name, html, url) for every page."""
    from newsparse import sample_html

    for label, folder in (("own", FIXTURES), ("blind", FIXTURES / "blind"), ("generic", FIXTURES / "generic_blind")):
        for page in sorted(folder.glob("[0-9]*.html")):
            url = json.loads(page.with_suffix(".json").read_text(encoding="utf-8")).get("url")
            yield label, page.stem, page.read_bytes(), url
    yield "sample", "sample", sample_html(), None
    from realsize import REAL, TEXTS

    for page in sorted(REAL.glob("*.html")) if REAL.is_dir() else []:
        yield "real", page.stem, page.read_bytes(), None
    if TEXTS.is_dir():  # the 41 real texts as tests/test_real_texts.py renders them (reviewed lines)
        sys.path.insert(0, str(ROOT / "tests"))
        from test_real_texts import REVIEWS, load, render

        for file_id in sorted(REVIEWS):
            case = load(file_id)
            yield "texts", file_id, render(case).encode("utf-8"), case.url


def _parsed() -> Iterator[tuple[str, str, str | None, str | None]]:
    """(set, name, Article JSON or None, error type or None) with the importable newsparse."""
    from newsparse import NewsparseError, parse_article

    for label, name, html, url in _pages():
        try:
            yield label, name, parse_article(html, url=url).model_dump_json(), None
        except NewsparseError as exc:
            yield label, name, None, type(exc).__name__


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--list", action="store_true", help="print every finding")
    options.add_argument("--dump", metavar="FILE", help="only parse, writing one JSON line per page")
    options.add_argument("--from", dest="source", metavar="FILE", help="audit the Articles of a --dump")
    args = options.parse_args()
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as out:
            for label, name, data, error in _parsed():
                out.write(json.dumps({"set": label, "name": name, "article": data, "error": error}) + "\n")
        return 0
    from newsparse import Article, audit

    if args.source:
        rows = [json.loads(line) for line in Path(args.source).read_text(encoding="utf-8").splitlines()]
        items = [(r["set"], r["name"], r["article"], r["error"]) for r in rows]
    else:
        items = list(_parsed())
    per_set: dict[str, Counter[str]] = {}
    for label, name, data, error in items:
        counts = per_set.setdefault(label, Counter())
        counts["pages"] += 1
        if data is None:
            counts[f"not parsed: {error}"] += 1
            continue
        findings = audit(Article.model_validate_json(data))
        counts["pages with findings"] += bool(findings)
        for finding in findings:
            counts[finding.kind] += 1
            if args.list:
                print(f"{label:8} {name[:50]:50} {finding.kind:24} {finding.message[:90]}")
    total: Counter[str] = Counter()
    for label, counts in per_set.items():
        total.update(counts)
        print(f"{label:8} " + ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items())))
    print("all      " + ", ".join(f"{kind} {n}" for kind, n in sorted(total.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
