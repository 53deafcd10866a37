"""parse_many: in-process and worker-process batches, order, failures, time limit, crashes."""

from __future__ import annotations

import functools
import os
import pickle
import time

import pytest
from pydantic import ValidationError

import newsparse
from newsparse import Article, ParseFailure, parse_article, parse_many
from newsparse.batch import TIMEOUT, WORKER_DIED, iter_results
from newsparse.samples import SAMPLE_URL

SAMPLE = newsparse.sample_html()
HOMEPAGE = b"<html><head><title>Tribunnews</title></head><body><nav>Menu</nav></body></html>"


def _hang_on_marker(html: bytes | str, url: str | None) -> Article:
    """A parse that hangs on pages containing HANG (stands in for a pathological page)."""
    if b"HANG" in (html if isinstance(html, bytes) else html.encode()):
        time.sleep(120)
    return parse_article(html, url=url)


def _crash_on_marker(html: bytes | str, url: str | None) -> Article:
    if b"CRASH" in (html if isinstance(html, bytes) else html.encode()):
        os._exit(3)
    return parse_article(html, url=url)


def _items(n: int = 6) -> list[tuple[bytes, str]]:
    return [(SAMPLE, f"{SAMPLE_URL}?n={i}") for i in range(n)]


def test_in_process_results_in_input_order_with_failures() -> None:
    items = [*_items(3), (b"", "https://www.tribunnews.com/empty"), (HOMEPAGE, "https://www.tribunnews.com/")]
    results = list(parse_many(items))
    assert [type(r).__name__ for r in results] == ["Article"] * 3 + ["ParseFailure"] * 2
    assert [r.url for r in results[:3]] == [url for _, url in items[:3]]
    empty, home = results[3], results[4]
    assert isinstance(empty, ParseFailure) and isinstance(home, ParseFailure)
    assert empty.error_type == "EmptyDocumentError" and not empty.not_an_article
    assert empty.input == "item 3" and empty.url == "https://www.tribunnews.com/empty"
    assert home.error_type == "NotAnArticleError" and home.not_an_article
    assert "not an article" in home.message


def test_failure_is_a_frozen_json_model() -> None:
    failure = ParseFailure(input="a.html", url=None, error_type="ParseError", message="boom")
    with pytest.raises(ValidationError):
        failure.message = "changed"  # type: ignore[misc]
    assert ParseFailure.model_validate_json(failure.model_dump_json()) == failure


def test_named_inputs_are_kept() -> None:
    (result,) = parse_many([(b"\x00\x01\x02", None, "junk.html")])
    assert isinstance(result, ParseFailure) and result.input == "junk.html"


def test_workers_give_the_same_results_in_order() -> None:
    items = [*_items(10), (HOMEPAGE, "https://www.tribunnews.com/"), *_items(5)]
    expected = list(parse_many(items))
    got = list(parse_many(items, workers=2, chunksize=3))
    assert len(got) == len(expected) == 16
    for a, b in zip(got, expected, strict=True):
        assert type(a) is type(b)
        if isinstance(a, Article):
            assert a.model_dump() == b.model_dump()  # type: ignore[union-attr]
        else:
            assert a == b


def test_lazy_input_is_consumed_lazily() -> None:
    consumed = 0

    def generate() -> object:
        nonlocal consumed
        for item in _items(1000):
            consumed += 1
            yield item

    results = parse_many(generate(), workers=2, chunksize=2)  # type: ignore[arg-type]
    first = next(results)  # type: ignore[call-overload]
    assert isinstance(first, Article)
    assert consumed < 100
    results.close()  # type: ignore[attr-defined]


def test_a_hung_page_is_a_timeout_failure_not_a_hung_run() -> None:
    hang = SAMPLE.replace(b"</body>", b"<!-- HANG --></body>")
    items = [*_items(2), (hang, "https://www.tribunnews.com/hang"), *_items(3)]
    started = time.monotonic()
    results = list(parse_many(items, workers=1, timeout=1.5, parse=_hang_on_marker, chunksize=4))
    assert time.monotonic() - started < 30
    assert [type(r).__name__ for r in results] == ["Article"] * 2 + ["ParseFailure"] + ["Article"] * 3
    failure = results[2]
    assert isinstance(failure, ParseFailure)
    assert failure.error_type == TIMEOUT and failure.url == "https://www.tribunnews.com/hang"
    assert "1.5 s" in failure.message


def test_a_crashing_worker_costs_only_its_page() -> None:
    crash = SAMPLE.replace(b"</body>", b"<!-- CRASH --></body>")
    items = [*_items(3), (crash, "https://www.tribunnews.com/crash"), *_items(3)]
    results = list(parse_many(items, workers=2, timeout=30, parse=_crash_on_marker, chunksize=2))
    kinds = [type(r).__name__ for r in results]
    assert kinds == ["Article"] * 3 + ["ParseFailure"] + ["Article"] * 3
    assert isinstance(results[3], ParseFailure) and results[3].error_type == WORKER_DIED


def test_custom_parse_function_and_spawned_workers() -> None:
    parse = functools.partial(parse_article, parser="generic")
    results = list(iter_results(_items(3), parse, workers=1, timeout=60, start_method="spawn"))
    assert [index for index, *_ in results] == [0, 1, 2]
    assert all(isinstance(r, Article) and r.parser == "generic" for *_, r in results)


def test_articles_survive_pickling() -> None:
    article = parse_article(SAMPLE, url=SAMPLE_URL)
    assert pickle.loads(pickle.dumps(article)) == article


def test_bad_worker_count() -> None:
    with pytest.raises(ValueError):
        list(parse_many(_items(1), workers=0))


def test_pages_larger_than_the_pipe_buffer() -> None:
    """Big pages are never sent ahead to a busy worker (that send could block); order still holds."""
    padding = b"<!-- " + b"x" * 300_000 + b" -->"
    big = SAMPLE.replace(b"</body>", padding + b"</body>")
    items = [(big if i % 3 == 0 else SAMPLE, f"{SAMPLE_URL}?n={i}") for i in range(12)]
    results = list(parse_many(items, workers=2, timeout=60, chunksize=3))
    assert [r.url for r in results] == [url for _, url in items]  # type: ignore[union-attr]
    assert all(isinstance(r, Article) for r in results)
