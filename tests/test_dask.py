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


# -- issue 13: folders and globs of saved pages, JSON lines, every Article field, the script example


@pytest.fixture(scope="module")
def saved_pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("saved")
    (folder / "sub").mkdir()
    (folder / "a.html").write_bytes(newsparse.sample_html())
    (folder / "sub" / "b.htm").write_bytes((FIXTURES / "07-amp2019-poskupang-wita.html").read_bytes())
    (folder / "home.html").write_bytes(HOMEPAGE)
    (folder / "notes.txt").write_text("not a page")
    return folder


def test_read_html_from_a_folder_and_a_glob(saved_pages: Path) -> None:
    from newsparse.dask import read_html

    rows = read_html(saved_pages).compute(scheduler="synchronous")
    expected = [parse_article(p.read_bytes()).title for p in (saved_pages / "a.html", saved_pages / "sub" / "b.htm")]
    assert [row["title"] for row in rows] == expected  # sorted paths; home.html is not an article
    with_failures = read_html(str(saved_pages / "**" / "*.htm*"), failures=True).compute(scheduler="synchronous")
    failures = [row for row in with_failures if "error_type" in row]
    assert [(Path(f["input"]).name, f["error_type"]) for f in failures] == [("home.html", "NotAnArticleError")]
    assert len(with_failures) == 3
    with pytest.raises(FileNotFoundError):
        read_html(saved_pages / "sub" / "*.html")


def test_read_jsonl_of_url_and_html_records(tmp_path: Path) -> None:
    import json

    from newsparse.dask import read_jsonl

    dump = tmp_path / "pages.jsonl"
    records = [
        {"url": SAMPLE_URL, "html": newsparse.sample_html().decode("utf-8"), "fetched": "2024-11-01"},
        {"html": HOMEPAGE.decode("utf-8")},
        {"url": "https://x.example/"},
    ]
    dump.write_text("\n".join(json.dumps(r) for r in records) + "\n\nnot json\n", encoding="utf-8")
    rows = read_jsonl(dump).compute(scheduler="synchronous")
    assert [row["url"] for row in rows] == [SAMPLE_URL]
    failures = [r for r in read_jsonl(str(dump), failures=True).compute(scheduler="synchronous") if "error_type" in r]
    assert [(f["input"].rsplit(":", 1)[1], f["error_type"]) for f in failures] == [
        ("2", "NotAnArticleError"), ("3", "ParseError"), ("5", "ParseError")
    ]


def test_to_dataframe_takes_every_article_field(saved_pages: Path) -> None:
    from newsparse.dask import ARTICLE_COLUMNS, read_html

    assert list(ARTICLE_COLUMNS) == list(newsparse.Article.model_fields)
    bag = read_html(saved_pages)
    frame = to_dataframe(bag, columns=list(ARTICLE_COLUMNS)).compute(scheduler="synchronous")
    article = parse_article(newsparse.sample_html())
    first = frame.iloc[0]
    assert first["quotes"] == [q.model_dump() for q in article.quotes] and first["pages"] == 1
    assert first["image"] == article.image.model_dump()  # type: ignore[union-attr]
    assert first["subheadings"] == article.subheadings and first["dateline"]["place"] == "SEMARANG"
    as_json = to_dataframe(bag, columns=["quotes", "image", "tags", "published"], nested="json").compute(
        scheduler="synchronous"
    )
    import json

    assert json.loads(as_json.iloc[0]["quotes"]) == [q.model_dump() for q in article.quotes]
    assert str(as_json["quotes"].dtype) == "string" and str(as_json["published"].dtype) == "datetime64[ns, UTC]"
    with pytest.raises(ValueError, match="nested"):
        to_dataframe(bag, nested="yaml")  # type: ignore[arg-type]


def test_the_docs_local_cluster_script_runs_as_a_script(saved_pages: Path, tmp_path: Path) -> None:
    """docs/examples/dask_local_cluster.py, included verbatim in the batch guide, run as a user would."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    script = root / "docs" / "examples" / "dask_local_cluster.py"
    assert f"literalinclude:: ../examples/{script.name}" in (root / "docs" / "guide" / "batch.rst").read_text()
    out = tmp_path / "articles.parquet"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root / "src"), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, str(script), str(saved_pages), str(out)], capture_output=True,
                          text=True, env=env, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "2 articles written to" in done.stdout
    import pandas as pd

    table = pd.read_parquet(out)
    assert list(table["title"]) == [parse_article(newsparse.sample_html()).title,
                                    parse_article((FIXTURES / "07-amp2019-poskupang-wita.html").read_bytes()).title]


def test_a_cut_or_garbage_warc_is_a_failure_row_not_a_failed_computation(tmp_path: Path) -> None:
    pages = _pages()[:3]
    whole, cut, garbage = tmp_path / "whole.warc.gz", tmp_path / "cut.warc.gz", tmp_path / "garbage.warc"
    write_warc(whole, pages)
    write_warc(cut, pages)
    cut.write_bytes(cut.read_bytes()[:-200])  # the last record is cut off
    garbage.write_bytes(bytes(range(256)) * 20)
    rows = read_warcs([whole, cut, garbage], failures=True).compute(scheduler="synchronous")
    failures = [(Path(row["input"]).name, row["error_type"]) for row in rows if "error_type" in row]
    assert failures == [("cut.warc.gz", "CorruptRecordError"), ("garbage.warc", "InvalidWarcError")]
    articles = [row for row in rows if "error_type" not in row]
    assert len(articles) == 3 + 2  # every page of the whole file, the whole records of the cut one
    without = read_warcs([whole, cut, garbage]).compute(scheduler="synchronous")
    assert without == articles
