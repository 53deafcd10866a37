"""Speed of quote + source extraction on one core, and its share of ``parse_article`` time.

Articles per second over the benchmark documents (real texts + own sentences), best of several
repeats; then, on the bundled sample page (``newsparse.sample_html()``), the time of
``parse_article`` against the time of ``extract_quotes`` + ``extract_sources`` on its paragraphs.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from newsparse import extract_quotes, extract_sources, parse_article, sample_html

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _best(fn, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    """Best CPU time of this process over ``repeat`` runs (CPU time: the 2 cores are shared)."""
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return best


def main(docs: dict[str, list[str]] | None = None) -> None:
    print("== Speed (one core, best CPU time of several runs)")
    if docs:
        real = [p for d, p in docs.items() if d.startswith("real/")] or list(docs.values())

        def run() -> None:
            for paras in real:
                extract_quotes(paras)
                extract_sources(paras)

        t = _best(run)
        words = sum(len(" ".join(p).split()) for p in real)
        print(
            f"  quote+source extraction: {len(real) / t:,.0f} articles/s over {len(real)} real texts "
            f"(~{words / len(real):.0f} words each, {words / t:,.0f} words/s)"
        )
    html = sample_html()
    article = parse_article(html)
    paras = article.paragraphs
    t_parse = _best(lambda: parse_article(html), 10)
    t_attr = _best(lambda: (extract_quotes(paras), extract_sources(paras)), 10)
    share = t_attr / t_parse
    print(
        f"  sample page: parse_article {t_parse * 1000:.2f} ms (includes attribution), quote+source "
        f"{t_attr * 1000:.2f} ms = {share:.1%} of parse_article, i.e. +{t_attr / (t_parse - t_attr):.1%} "
        f"over parsing without it ({len(article.quotes)} quotes, {len(article.sources)} sources)"
    )
    full_size()


def full_size() -> None:
    """The share of quote + source extraction in ``parse_article`` on the full-size pages
    (benchmarks/realsize.py: the real TribunSolo page and the 41 real texts in its chrome)."""
    from realsize import full_size_pages

    pages = full_size_pages()
    if not pages:
        print("  [skip] full-size pages: ../shared/tribun is absent")
        return
    articles = [parse_article(page.html, url=page.url) for page in pages]
    t_parse = _best(lambda: [parse_article(page.html, url=page.url) for page in pages], 9)
    t_attr = _best(lambda: [(extract_quotes(a.paragraphs), extract_sources(a.paragraphs)) for a in articles], 9)
    print(
        f"  {len(pages)} full-size pages: parse_article {t_parse / len(pages) * 1000:.2f} ms/page, quote+source "
        f"{t_attr / len(pages) * 1000:.2f} ms/page = {t_attr / t_parse:.1%} of parse_article (target < 20%)"
    )


if __name__ == "__main__":
    main()
