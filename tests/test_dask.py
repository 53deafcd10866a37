"""The Dask integration, on a real two-process distributed.LocalCluster and a generated WARC."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse import parse_article
from newsparse.samples import SAMPLE_URL

pytest.importorskip("fastwarc", reason="the warc extra (FastWARC) is not installed")
pytest.importorskip("dask.bag", reason="the dask extra is not installed")
pytest.importorskip("dask.dataframe", reason="the dask extra (dataframe) is not installed")
distributed = pytest.importorskip("distributed", reason="the dask extra (distributed) is not installed")

from newsparse.dask import DATAFRAME_COLUMNS, read_warcs, to_dataframe  # noqa: E402
from newsparse.warc import write_warc  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
HOMEPAGE = b"<html><head><title>Tribunnews</title></head><body><nav>Menu</nav></body></html>"


def _pages() -> list[tuple[bytes, str]]:
    pages = [(newsparse.sample_html(), SAMPLE_URL)]
    for i, path in enumerate(sorted(FIXTURES.glob("*.html"))):
        pages.append((path.read_bytes(), f"https://regional.tribunnews.com/read/fixture-{i}"))
    return pages


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def warcs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("warcs")
    pages = _pages()
    first, second = folder / "part-0.warc.gz", folder / "part-1.warc.gz"
    write_warc(first, [*pages, (HOMEPAGE, "https://www.tribunnews.com/")])
    write_warc(second, [*pages, (pages[0][0], "https://www.kompas.com/read/elsewhere")])
    return [first, second]


def _expected() -> list[dict[str, Any]]:
    articles = []
    for html, url in _pages():
        try:
            articles.append(parse_article(html, url=url).model_dump())
        except newsparse.NewsparseError:
            continue
    return articles


def test_read_warcs_on_a_local_cluster(client: Any, warcs: list[Path]) -> None:
    bag = read_warcs(warcs, host="tribunnews.com")
    assert bag.npartitions == 2
    articles = bag.compute()
    expected = _expected()
    assert articles == expected * 2  # both files, in order; the homepage and kompas.com left out
    assert len(client.scheduler_info()["workers"]) == 2
    with_failures = read_warcs(warcs, host=["tribunnews.com"], failures=True).compute()
    failures = [row for row in with_failures if "error_type" in row]
    assert [f["url"] for f in failures] == ["https://www.tribunnews.com/"]
    assert failures[0]["error_type"] == "NotAnArticleError"


def test_to_dataframe_on_a_local_cluster(client: Any, warcs: list[Path]) -> None:
    frame = to_dataframe(read_warcs([str(w) for w in warcs], host="tribunnews.com"))
    assert list(frame.columns) == list(DATAFRAME_COLUMNS)
    table = frame.compute()
    expected = _expected()
    assert len(table) == 2 * len(expected)
    assert list(table["title"]) == [a["title"] for a in expected] * 2
    assert str(table["published"].dtype) == "datetime64[ns, UTC]"
    first = table.iloc[0]
    assert first["published"].to_pydatetime() == expected[0]["published"]
    assert first["authors"] == expected[0]["authors"]
    small = to_dataframe(read_warcs(str(warcs[0].parent / "*.warc.gz")), columns=["url", "title"]).compute()
    assert list(small.columns) == ["url", "title"] and len(small) == 2 * len(expected) + 1


def test_bad_arguments(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_warcs(str(tmp_path / "*.warc.gz"))
    with pytest.raises(ValueError):
        to_dataframe(read_warcs([tmp_path / "x.warc.gz"]), columns=["nope"])
