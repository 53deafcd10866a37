"""Speed of quote + source extraction on one core, and its share of ``parse_article`` time.

Articles per second over the benchmark documents (real texts + own sentences), best of several
repeats; then, on the bundled sample page (``newsparse.sample_html()``), the time of
``parse_article`` against the time of ``extract_quotes`` + ``extract_sources`` on its paragraphs.
"""

from __future__ import annotations

import time

from newsparse import extract_quotes, extract_sources, parse_article, sample_html


def _best(fn, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main(docs: dict[str, list[str]] | None = None) -> None:
    print("== Speed (one core, best of 5)")
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
