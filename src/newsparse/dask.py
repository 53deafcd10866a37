"""Parse WARC files with Dask: the same code on a laptop or a cluster.

Needs the optional extra: ``pip install "newsparse[dask]"``.

>>> from newsparse.dask import read_warcs, to_dataframe
>>> articles = read_warcs("crawl/CC-NEWS-*.warc.gz", host="tribunnews.com")  # doctest: +SKIP
>>> articles.pluck("title").take(3)                                          # doctest: +SKIP
>>> frame = to_dataframe(articles)                                            # doctest: +SKIP
>>> frame.to_parquet("tribun-articles/")                                      # doctest: +SKIP

Each WARC file is one partition, read and parsed where the task runs, so the files must be
readable from every worker (a shared file system, or ``s3://…`` URLs with ``fsspec`` and
``s3fs`` installed on the workers). With a ``distributed.Client`` connected the work runs on its
cluster; without one, on Dask's local scheduler.

On a cluster: install ``newsparse[dask]`` on the scheduler, the workers and the client, start
``dask scheduler`` and ``dask worker tcp://SCHEDULER:8786 --nworkers auto --nthreads 1`` (parsing
is CPU-bound Python: one thread per process), then in the client::

    from distributed import Client
    client = Client("tcp://SCHEDULER:8786")
    to_dataframe(read_warcs("s3://bucket/crawl/*.warc.gz", host="tribunnews.com")).to_parquet(...)

From Spark, do the same per partition of WARC paths (``newsparse[warc]`` on the executors)::

    from newsparse.warc import iter_warc
    from newsparse import parse_many, ParseFailure

    def parse_paths(paths):
        for path in paths:
            for result in parse_many(iter_warc(path, host="tribunnews.com")):
                if not isinstance(result, ParseFailure):
                    yield result.model_dump(mode="json")

    articles = spark.sparkContext.parallelize(warc_paths, len(warc_paths)).mapPartitions(parse_paths)
"""

from __future__ import annotations

import glob
import importlib
import os
from collections.abc import Iterable
from typing import Any

from .batch import ParseFailure, run_task
from .pipeline import parse_article
from .warc import StrPath, iter_warc_pages

__all__ = ["DATAFRAME_COLUMNS", "read_warcs", "to_dataframe"]

_EXTRA_MESSAGE = 'the Dask integration needs the optional dependencies: pip install "newsparse[dask]"'

#: Columns of :func:`to_dataframe`: one row per article; lists stay Python lists.
DATAFRAME_COLUMNS: dict[str, str] = {
    "url": "object",
    "canonical_url": "object",
    "site": "object",
    "title": "object",
    "description": "object",
    "authors": "object",
    "editors": "object",
    "published": "datetime64[ns, UTC]",
    "modified": "datetime64[ns, UTC]",
    "section": "object",
    "tags": "object",
    "text": "object",
    "parser": "object",
}


def read_warcs(
    paths: StrPath | Iterable[StrPath],
    host: str | Iterable[str] | None = None,
    *,
    failures: bool = False,
) -> Any:
    """A ``dask.bag.Bag`` of parsed articles (``Article.model_dump()`` dicts), one partition per file.

    Args:
        paths: WARC files or glob patterns (expanded here), or remote URLs (``s3://…``).
        host: keep only pages whose host matches (see :func:`newsparse.warc.host_filter`); the
            filter runs on the WARC headers, before any HTML is parsed.
        failures: also yield a :class:`~newsparse.ParseFailure` dict (keys ``input``, ``url``,
            ``error_type``, ``message``) for every page that did not become an Article; by
            default they are left out.
    """
    db = _optional("dask.bag")
    files = _expand(paths)
    if not files:
        raise FileNotFoundError(f"no WARC files match {paths!r}")
    hosts = [host] if isinstance(host, str) else (list(host) if host is not None else None)
    return db.from_sequence(files, partition_size=1).map_partitions(_parse_partition, hosts, failures)


def to_dataframe(bag: Any, columns: Iterable[str] | None = None) -> Any:
    """A ``dask.dataframe.DataFrame`` from a bag of article dicts (see :data:`DATAFRAME_COLUMNS`).

    ``published`` and ``modified`` become UTC timestamps; list fields (``authors``, ``tags``)
    stay lists. Pass ``columns`` to keep fewer.
    """
    dask, dd = _optional("dask"), _optional("dask.dataframe")
    wanted = list(columns) if columns is not None else list(DATAFRAME_COLUMNS)
    unknown = [c for c in wanted if c not in DATAFRAME_COLUMNS]
    if unknown:
        raise ValueError(f"unknown columns {unknown}; choose from {list(DATAFRAME_COLUMNS)}")
    parts = [dask.delayed(_frame)(part, wanted) for part in bag.to_delayed()]
    # Lists (authors, tags) must stay lists: keep Dask from turning object columns into strings.
    with dask.config.set({"dataframe.convert-string": False}):
        return dd.from_delayed(parts, meta=_frame([], wanted), verify_meta=False)


def _parse_partition(paths: Iterable[str], hosts: list[str] | None, failures: bool) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in paths:
        for html, url, name in iter_warc_pages(path, hosts):
            result = run_task(parse_article, html, url, name)
            if isinstance(result, ParseFailure):
                if failures:
                    rows.append(result.model_dump())
            else:
                rows.append(result.model_dump())
    return rows


def _frame(rows: list[dict[str, Any]], columns: list[str]) -> Any:
    pd = _optional("pandas")
    data = {
        column: pd.Series([row.get(column) for row in rows if "error_type" not in row], dtype="object")
        for column in columns
    }
    frame = pd.DataFrame(data, columns=columns)
    for column in columns:
        if DATAFRAME_COLUMNS[column].startswith("datetime"):
            frame[column] = pd.to_datetime(frame[column], utc=True).astype(DATAFRAME_COLUMNS[column])
    return frame


def _optional(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(_EXTRA_MESSAGE) from exc


def _expand(paths: StrPath | Iterable[StrPath]) -> list[str]:
    items = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    files: list[str] = []
    for item in items:
        name = os.fspath(item)
        if "://" not in name and glob.has_magic(name):
            files.extend(sorted(glob.glob(name)))
        else:
            files.append(name)
    return files
