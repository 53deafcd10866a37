"""Parse WARC files, folders of saved pages and JSON-lines dumps with Dask, on a laptop or a cluster.

Needs the optional extra: ``pip install "newsparse[dask]"``. Inputs: :func:`read_warcs` (WARC
files), :func:`read_html` (a folder or glob of ``.html`` files), :func:`read_jsonl` (JSON lines
of ``{"url": …, "html": …}`` records); all give a bag of ``Article.model_dump()`` dicts, and
:func:`to_dataframe` turns it into a dataframe with any :class:`~newsparse.Article` fields.

A script that uses worker *processes* (a ``LocalCluster``, or ``scheduler="processes"``) must
put its work under ``if __name__ == "__main__":``: the workers import the script, and without
the guard each would start the work again (see the batch guide).

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

import functools
import glob
import importlib
import json
import logging
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Literal

from .batch import ParseFailure, run_task
from .models import Article
from .pipeline import parse_article
from .render import flat_value
from .warc import CorruptRecordError, InvalidWarcError, StrPath, iter_warc_pages

__all__ = ["ARTICLE_COLUMNS", "DATAFRAME_COLUMNS", "read_html", "read_jsonl", "read_warcs", "to_dataframe"]

HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
#: Saved pages per partition of :func:`read_html`.
HTML_FILES_PER_PARTITION = 64

_EXTRA_MESSAGE = 'the Dask integration needs the optional dependencies: pip install "newsparse[dask]"'

#: The default columns of :func:`to_dataframe` and their dtypes: the flat fields a table of
#: articles needs first. Text is pandas' ``string`` dtype (missing values are ``<NA>``); lists
#: (``authors``, ``editors``, ``tags``) stay Python lists in ``object`` columns.
DATAFRAME_COLUMNS: dict[str, str] = {
    "url": "string",
    "canonical_url": "string",
    "site": "string",
    "title": "string",
    "description": "string",
    "authors": "object",
    "editors": "object",
    "published": "datetime64[ns, UTC]",
    "modified": "datetime64[ns, UTC]",
    "section": "string",
    "tags": "object",
    "text": "string",
    "parser": "string",
}

_TEXT_FIELDS = ("language", "next_page_url", "single_page_url")

#: Every column :func:`to_dataframe` can make: each :class:`~newsparse.Article` field, with its
#: dtype. Nested fields (``image``, ``images``, ``dateline``, ``related``, ``quotes``,
#: ``sources``, ``paragraphs``, ``subheadings`` and the lists above) are Python objects or, with
#: ``nested="json"``, JSON text (``string``).
ARTICLE_COLUMNS: dict[str, str] = {
    name: DATAFRAME_COLUMNS.get(name)
    or ("int64" if name == "pages" else "string" if name in _TEXT_FIELDS else "object")
    for name in Article.model_fields
}


def read_warcs(
    paths: StrPath | Iterable[StrPath],
    host: str | Iterable[str] | None = None,
    *,
    failures: bool = False,
    attribution: bool = True,
) -> Any:
    """A ``dask.bag.Bag`` of parsed articles (``Article.model_dump()`` dicts), one partition per file.

    Args:
        paths: WARC files or glob patterns (expanded here), or remote URLs (``s3://…``).
        host: keep only pages whose host matches (see :func:`newsparse.warc.host_filter`); the
            filter runs on the WARC headers, before any HTML is parsed.
        failures: also yield a :class:`~newsparse.ParseFailure` dict (keys ``input``, ``url``,
            ``error_type``, ``message``) for every page that did not become an Article, and for
            every file that is cut off or not a WARC (``error_type`` ``CorruptRecordError`` or
            ``InvalidWarcError``, after the file's whole records; logged on the ``newsparse``
            logger too); by default they are left out.
        attribution: ``False`` parses with ``attribution=False`` (see
            :func:`~newsparse.parse_article`): no quotes, no cited sources, less time.
    """
    db = _optional("dask.bag")
    files = _expand(paths)
    if not files:
        raise FileNotFoundError(f"no WARC files match {paths!r}")
    hosts = [host] if isinstance(host, str) else (list(host) if host is not None else None)
    return db.from_sequence(files, partition_size=1).map_partitions(_parse_partition, hosts, failures, attribution)


def read_html(paths: StrPath | Iterable[StrPath], *, failures: bool = False, attribution: bool = True) -> Any:
    """A ``dask.bag.Bag`` of parsed articles from saved pages: files, folders, or globs.

    Args:
        paths: ``.html``/``.htm`` files, folders (searched recursively, in sorted order) or glob
            patterns such as ``"pages/**/*.html"``. The page's own canonical link gives its URL.
        failures: also yield a :class:`~newsparse.ParseFailure` dict for each page that did not
            become an Article (``input`` is the file's path).
        attribution: as in :func:`read_warcs`.

    The files are read where the task runs (a shared file system on a cluster), in partitions
    of :data:`HTML_FILES_PER_PARTITION` files.
    """
    db = _optional("dask.bag")
    files = _html_files(paths)
    if not files:
        raise FileNotFoundError(f"no .html or .htm files in {paths!r}")
    partitions = max(1, -(-len(files) // HTML_FILES_PER_PARTITION))
    return db.from_sequence(files, npartitions=partitions).map_partitions(_parse_html_files, failures, attribution)


def read_jsonl(paths: StrPath | Iterable[StrPath], *, failures: bool = False, attribution: bool = True) -> Any:
    """A ``dask.bag.Bag`` of parsed articles from JSON-lines files of ``{"url": …, "html": …}`` records.

    Args:
        paths: files, globs or remote URLs (read with ``dask.bag.read_text``, one partition per
            file; ``.gz`` is decompressed). ``url`` may be missing or null; other keys are ignored.
        failures: also yield a :class:`~newsparse.ParseFailure` dict for each record that did not
            become an Article (``input`` is ``file:line``, 1-based) or is not such a record.
        attribution: as in :func:`read_warcs`.
    """
    db = _optional("dask.bag")
    items = [os.fspath(p) for p in ([paths] if isinstance(paths, (str, os.PathLike)) else paths)]
    lines = db.read_text(items, blocksize=None, include_path=True)
    return lines.map_partitions(_parse_jsonl_lines, failures, attribution)


def to_dataframe(
    bag: Any, columns: Iterable[str] | None = None, *, nested: Literal["object", "json"] = "object"
) -> Any:
    """A ``dask.dataframe.DataFrame`` from a bag of article dicts, one row per article.

    Args:
        bag: what :func:`read_warcs`, :func:`read_html` or :func:`read_jsonl` return (failure
            rows, if any, are left out).
        columns: any :class:`~newsparse.Article` fields (see :data:`ARTICLE_COLUMNS`); by default
            the flat ones of :data:`DATAFRAME_COLUMNS`.
        nested: ``"object"`` keeps lists and dicts as Python objects; ``"json"`` writes them as
            JSON text in ``string`` columns (for CSV, or Parquet: with pandas 3, Dask cannot
            infer a Parquet schema for ``object`` columns, so ``nested="json"`` is the
            simple way to ``to_parquet``).

    ``published`` and ``modified`` become UTC timestamps (``datetime64[ns, UTC]``).
    """
    dask, dd = _optional("dask"), _optional("dask.dataframe")
    wanted = list(columns) if columns is not None else list(DATAFRAME_COLUMNS)
    unknown = [c for c in wanted if c not in ARTICLE_COLUMNS]
    if unknown:
        raise ValueError(f"unknown columns {unknown}; choose Article fields: {list(ARTICLE_COLUMNS)}")
    if nested not in ("object", "json"):
        raise ValueError(f'nested must be "object" or "json", not {nested!r}')
    parts = [dask.delayed(_frame)(part, wanted, nested) for part in bag.to_delayed()]
    # Lists (authors, tags) must stay lists: keep Dask from turning object columns into strings.
    with dask.config.set({"dataframe.convert-string": False}):
        return dd.from_delayed(parts, meta=_frame([], wanted, nested), verify_meta=False)


def _parse_partition(
    paths: Iterable[str], hosts: list[str] | None, failures: bool, attribution: bool = True
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    parse = _parse_function(attribution)
    for path in paths:
        try:
            for html, url, name in iter_warc_pages(path, hosts):
                _add_row(rows, run_task(parse, html, url, name), failures)
        except (CorruptRecordError, InvalidWarcError) as exc:
            # One broken file must not fail the whole computation: its whole records are kept
            # above, and the break is a failure like a page's (as `newsparse batch` reports it).
            logging.getLogger("newsparse").warning("%s", exc)
            _add_row(rows, ParseFailure(input=str(path), error_type=type(exc).__name__, message=str(exc)), failures)
    return rows


def _parse_html_files(paths: Iterable[str], failures: bool, attribution: bool = True) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    parse = _parse_function(attribution)
    for path in paths:
        try:
            html = Path(path).read_bytes()
        except OSError as exc:
            message = f"cannot read: {exc.strerror or exc}"
            _add_row(rows, ParseFailure(input=path, error_type="ParseError", message=message), failures)
            continue
        _add_row(rows, run_task(parse, html, None, path), failures)
    return rows


def _parse_jsonl_lines(
    lines: Iterable[tuple[str, str]], failures: bool, attribution: bool = True
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    parse = _parse_function(attribution)
    number: dict[str, int] = {}
    for line, path in lines:
        number[path] = number.get(path, 0) + 1
        name = f"{path}:{number[path]}"
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            html, url = record["html"], record.get("url")
            if not isinstance(html, str) or not (url is None or isinstance(url, str)):
                raise TypeError("html must be a string, url a string or null")
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            message = f'not a {{"url": …, "html": …}} record: {type(exc).__name__}: {exc}'
            _add_row(rows, ParseFailure(input=name, error_type="ParseError", message=message), failures)
            continue
        _add_row(rows, run_task(parse, html, url, name), failures)
    return rows


def _parse_function(attribution: bool) -> Callable[[bytes | str, str | None], Article]:
    return parse_article if attribution else functools.partial(parse_article, attribution=False)


def _add_row(rows: list[dict[str, Any]], result: Any, failures: bool) -> None:
    if failures or not isinstance(result, ParseFailure):
        rows.append(result.model_dump())


def _frame(rows: list[dict[str, Any]], columns: list[str], nested: str = "object") -> Any:
    pd = _optional("pandas")
    articles = [row for row in rows if "error_type" not in row]
    data = {}
    for column in columns:
        values = [row.get(column) for row in articles]
        if nested == "json" and ARTICLE_COLUMNS[column] == "object":
            values = [flat_value(value) for value in values]
        data[column] = pd.Series(values, dtype="object")
    frame = pd.DataFrame(data, columns=columns)
    for column in columns:
        kind = _dtype(column, nested)
        if kind.startswith("datetime"):
            frame[column] = pd.to_datetime(frame[column], utc=True).astype(kind)
        elif kind != "object":
            frame[column] = frame[column].astype(kind)
    return frame


def _dtype(column: str, nested: str) -> str:
    kind = ARTICLE_COLUMNS[column]
    return "string" if kind == "object" and nested == "json" else kind


def _optional(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(_EXTRA_MESSAGE) from exc


def _html_files(paths: StrPath | Iterable[StrPath]) -> list[str]:
    """Saved pages: files as given, folders searched recursively (sorted), globs expanded (sorted)."""
    files: list[str] = []
    for name in _expand(paths):
        if os.path.isdir(name):
            found = [p for p in Path(name).rglob("*") if p.is_file() and p.name.lower().endswith(HTML_SUFFIXES)]
            files.extend(str(p) for p in sorted(found))
        else:
            files.append(name)
    return files


def _expand(paths: StrPath | Iterable[StrPath]) -> list[str]:
    items = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    files: list[str] = []
    for item in items:
        name = os.fspath(item)
        if "://" not in name and glob.has_magic(name):
            files.extend(sorted(glob.glob(name, recursive=True)))
        else:
            files.append(name)
    return files
