"""The ``newsparse`` command line (also ``python -m newsparse``).

Commands::

    newsparse [-v | -q] sample [--indent N]
    newsparse [-v | -q] parse PAGE... [--url URL] [--parser NAME]
                    [--format json|jsonl|text|markdown|csv]
    newsparse [-v | -q] batch INPUT... -o OUT|- [--format jsonl|csv] [--workers N]
                    [--errors ERRORS.jsonl] [--host PATTERN] [--resume] [--timeout SECONDS] [--progress]

Exit codes: 0 every input was parsed into an Article; 1 some inputs failed or were not articles
(the errors file or standard error says which and why); 2 usage error (bad option, missing input
file, missing output folder, nothing to resume); 3 nothing was read (an empty folder, or a
``--host`` filter that matched no record); 130 interrupted with Ctrl-C (the output is left with
complete lines and ``--resume`` continues it).

``batch`` writes one JSON line (or CSV record) per Article to OUT (``-`` for standard output),
one JSON line per page that did not become an Article to the errors file (default: OUT with
``.errors.jsonl`` in place of its ``.jsonl``/``.csv`` suffix; with ``-o -``, standard error),
and, while it runs, ``OUT.progress.json`` (same naming: ``out.jsonl`` → ``out.progress.json``)
that ``--resume`` uses to continue exactly after the last record written; a run that finishes
removes it. INPUT is an HTML file, a directory (searched recursively for ``*.html``, ``*.htm``,
``*.warc`` and ``*.warc.gz``, in sorted order) or a WARC file (needs ``newsparse[warc]``).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import logging
import os
import signal
import sys
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import IO, Any, Protocol
from urllib.parse import urlsplit

from . import __version__
from .batch import ParseFailure, iter_results, run_task
from .errors import NewsparseError
from .models import Article
from .pipeline import parse_article
from .registry import get_parser, parsers
from .render import csv_header, csv_record, to_markdown, to_text
from .samples import SAMPLE_URL, sample_html

__all__ = ["EXIT_FAILURES", "EXIT_INTERRUPTED", "EXIT_NOTHING_READ", "EXIT_OK", "EXIT_USAGE", "main"]

EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_NOTHING_READ, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
EXIT_CODES = (
    "exit codes: 0 every input parsed, 1 some inputs failed or were not articles, 2 usage error, "
    "3 nothing was read (empty folder, --host matched nothing), 130 interrupted (Ctrl-C)"
)
HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
WARC_SUFFIXES = (".warc", ".warc.gz")
#: Suffixes of OUT that side files replace: ``out.jsonl`` → ``out.errors.jsonl``, ``out.progress.json``.
OUTPUT_SUFFIXES = (".jsonl", ".csv", ".json", ".ndjson")
DEFAULT_TIMEOUT = 60.0
STDOUT = "-"


class UsageError(Exception):
    """A problem with the command line itself (exit code 2)."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Parse Tribun Network article pages into JSON Articles.",
        epilog=EXIT_CODES,
    )
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    _add_verbosity(parser, top=True)
    commands = parser.add_subparsers(dest="command", required=True)

    sample = commands.add_parser("sample", help="parse the bundled sample page and print it as JSON")
    sample.add_argument("--indent", type=int, default=2)
    _add_verbosity(sample, top=False)

    parse = commands.add_parser(
        "parse", help="parse HTML files (or - for stdin) and print Articles", epilog=EXIT_CODES,
        description="Parse pages and print the Articles on standard output. A page that fails is "
        "reported on standard error and the others are still parsed (exit code 1 at the end).",
    )
    parse.add_argument("pages", nargs="+", metavar="PAGE", help="HTML files, or - for standard input")
    parse.add_argument("--url", type=_http_url,
                       help="the page's http(s) URL (picks the parser, resolves links); one PAGE only")
    parse.add_argument("--parser", metavar="NAME", help="force a site parser by name (see newsparse.parsers())")
    _add_attribution_option(parse)
    parse.add_argument("--format", choices=("json", "jsonl", "text", "markdown", "csv"), default="json",
                       help="json: indented (default); jsonl: one line per Article; text: title and body, "
                       "subheadings underlined; markdown: # title, ## subheadings; csv: a header and one "
                       "record per Article, lists as JSON text")
    _add_verbosity(parse, top=False)

    batch = commands.add_parser(
        "batch", help="parse HTML files, directories and WARC files into a JSON-lines or CSV file",
        description="Parse many pages into OUT (one JSON line or CSV record per Article). Pages that "
        "are not articles or fail go to the errors file, one JSON line each (input, url, error_type, "
        "message).",
        epilog=EXIT_CODES + ". --resume continues from OUT.progress.json (out.jsonl -> out.progress.json), "
        "written next to OUT while the run lasts and removed when it finishes.",
    )
    _add_batch_options(batch)
    _add_attribution_option(batch)
    _add_verbosity(batch, top=False)
    return parser


def _add_attribution_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--no-attribution", dest="attribution", action="store_false",
                        help="skip quotes and cited sources (faster; quotes stay empty, sources hold only "
                        "syndication credits)")


def _add_verbosity(parser: argparse.ArgumentParser, top: bool) -> None:
    """``-v``/``-q``, accepted before and after the command (``newsparse -v batch …`` or ``… batch -v``)."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument("-v", "--verbose", action="count", default=0 if top else argparse.SUPPRESS,
                       help="show the library's debug log: the parser and layout of each page, which fields "
                       "came out empty and why, what was stripped")
    group.add_argument("-q", "--quiet", action="store_true", default=False if top else argparse.SUPPRESS,
                       help="only errors: no summary, no warnings, no progress")


def _add_batch_options(batch: argparse.ArgumentParser) -> None:
    batch.add_argument("inputs", nargs="+", metavar="INPUT",
                       help="HTML files, directories (recursive) and WARC files (.warc, .warc.gz)")
    batch.add_argument("-o", "--output", required=True, metavar="OUT",
                       help="the Articles, one per line; - for standard output. Its folder must exist")
    batch.add_argument("--format", choices=("jsonl", "csv"),
                       help="jsonl: one JSON Article per line; csv: a header and one record per Article, "
                       "lists as JSON text (default: csv when OUT ends in .csv, else jsonl)")
    batch.add_argument("--errors", metavar="ERRORS.jsonl",
                       help="failures and non-articles, one per line (default: OUT.errors.jsonl; with -o -, "
                       "standard error)")
    batch.add_argument("--workers", type=_positive_int, default=1, metavar="N",
                       help="worker processes (default 1)")
    batch.add_argument("--host", action="append", metavar="PATTERN",
                       help="keep only WARC records whose host matches: a domain (its subdomains too) or a "
                       "glob like '*.tribunnews.com'; repeatable")
    batch.add_argument("--resume", action="store_true",
                       help="continue an interrupted run after the last record written to OUT")
    batch.add_argument("--audit", action="store_true",
                       help="count newsparse.audit() findings per kind over the articles and print the counts")
    batch.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                       help=f"time limit per page; a slower page is a failure (default {DEFAULT_TIMEOUT:g}; "
                       "0 parses in this process without a limit)")
    batch.add_argument("--progress", action="store_true",
                       help="show progress with an ETA even when standard error is not a terminal: one line "
                       "every few seconds, for logs; on a terminal it is always shown")


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def _http_url(value: str) -> str:
    """An absolute http(s) URL with a host, as ``--url`` needs."""
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname or any(c.isspace() for c in value.strip()):
        raise argparse.ArgumentTypeError(f"{value!r} is not an absolute http:// or https:// URL")
    return value.strip()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (see the module docstring)."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if exc.code in (0, None) else EXIT_USAGE
    quiet, verbose = bool(getattr(args, "quiet", False)), int(getattr(args, "verbose", 0) or 0)
    with _logging(verbose, quiet):
        try:
            if args.command == "sample":
                article = parse_article(sample_html(), url=SAMPLE_URL)
                print(article.model_dump_json(indent=args.indent))
                return EXIT_OK
            if args.command == "parse":
                return _parse_command(args)
            return _batch_command(args, quiet)
        except UsageError as exc:
            print(f"newsparse: error: {exc}", file=sys.stderr)
            return EXIT_USAGE
        except BrokenPipeError:  # e.g. `newsparse parse … | head`
            return EXIT_OK


@contextlib.contextmanager
def _logging(verbose: int, quiet: bool) -> Iterator[None]:
    """The library's ``newsparse`` logger and its warnings on standard error, for one run.

    Default: warnings (a plugin that failed to load); ``-v``: debug (the library logs nothing at
    INFO for a normal page, so one ``-v`` shows everything); ``-q``: errors.
    """
    logger = logging.getLogger("newsparse")
    level = logging.ERROR if quiet else (logging.DEBUG if verbose else logging.WARNING)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("newsparse: %(levelname)s: %(message)s"))
    previous_level, previous_propagate = logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
    with warnings.catch_warnings():
        if quiet:
            warnings.simplefilter("ignore")
        else:
            warnings.showwarning = _show_warning
        try:
            yield
        finally:
            logger.removeHandler(handler)
            logger.setLevel(previous_level)
            logger.propagate = previous_propagate


def _show_warning(message: Warning | str, category: type[Warning], *_: Any, **__: Any) -> None:
    _warn(f"warning: {category.__name__}: {message}")


# -- parse ---------------------------------------------------------------------------------------


def _parse_command(args: argparse.Namespace) -> int:
    if args.url and len(args.pages) > 1:
        raise UsageError(f"--url names one page, but {len(args.pages)} pages were given: parse them one at a time")
    if args.parser:
        try:
            get_parser(args.parser)
        except NewsparseError as exc:
            raise UsageError(f"--parser {args.parser}: {exc}") from exc
    write = _printer(args.format)
    failures = 0
    for name in args.pages:
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        except OSError as exc:
            failures += 1
            print(f"newsparse: {name}: cannot read: {exc.strerror or exc}", file=sys.stderr)
            continue
        result = run_task(
            lambda html, url: parse_article(html, url, args.parser, attribution=args.attribution),
            data, args.url, _display(name),
        )
        if isinstance(result, ParseFailure):
            failures += 1
            print(f"newsparse: {result.input}: {result.error_type}: {result.message}", file=sys.stderr)
            continue
        write(result)
        sys.stdout.flush()
    if failures and len(args.pages) > 1:
        print(f"newsparse: {failures} of {len(args.pages)} pages did not become Articles", file=sys.stderr)
    return EXIT_FAILURES if failures else EXIT_OK


def _printer(kind: str) -> Callable[[Article], None]:
    """How ``parse`` prints one Article in ``--format kind``."""
    if kind == "json":
        return lambda article: print(article.model_dump_json(indent=2))
    if kind == "jsonl":
        return lambda article: print(article.model_dump_json())
    if kind == "csv":
        header = [csv_header()]

        def write_csv(article: Article) -> None:
            while header:
                sys.stdout.write(header.pop())
            sys.stdout.write(csv_record(article))

        return write_csv
    render = to_markdown if kind == "markdown" else to_text
    return lambda article: print(render(article))


def _display(name: str) -> str:
    return "<stdin>" if name == "-" else name


# -- batch ---------------------------------------------------------------------------------------


def _article_json(html: bytes | str, url: str | None, attribution: bool = True) -> str:
    """The worker task: parse one page and return the Article's JSON line (module level: picklable)."""
    return parse_article(html, url=url, attribution=attribution).model_dump_json() + "\n"


def _article_csv(html: bytes | str, url: str | None, attribution: bool = True) -> str:
    """The worker task of ``--format csv``: the Article's CSV record, newline included."""
    return csv_record(parse_article(html, url=url, attribution=attribution))


class _Counts:
    def __init__(self) -> None:
        self.read = self.parsed = self.not_article = self.failed = 0
        self.started = time.monotonic()

    def add(self, result: object) -> None:
        self.read += 1
        if not isinstance(result, ParseFailure):
            self.parsed += 1
        elif result.not_an_article:
            self.not_article += 1
        else:
            self.failed += 1

    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.read / elapsed if elapsed > 0 else 0.0

    def eta(self, total: int | None) -> str:
        """Time left at the current rate, as ``ETA 1:02:03`` (empty when the total is unknown)."""
        rate = self.rate()
        if not total or rate <= 0 or self.read == 0:
            return ""
        return _clock(max(0, total - self.read) / rate)

    def eta_by_bytes(self, done: int, start: int, total: int) -> str:
        """Time left from the bytes of input read so far (WARC files: the page count is unknown)."""
        elapsed = time.monotonic() - self.started
        if total <= 0 or done <= start or elapsed <= 0:
            return ""
        return _clock(max(0, total - done) / ((done - start) / elapsed))

    def line(self) -> str:
        return (f"read {self.read} · parsed {self.parsed} · not an article {self.not_article} · "
                f"failed {self.failed} · {self.rate():.1f} pages/s")


def _clock(seconds: float) -> str:
    """``ETA 1:02:03`` (or ``ETA 2:03`` under an hour)."""
    hours, rest = divmod(int(seconds + 0.5), 3600)
    clock = f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"
    return f"ETA {clock}"


class _Progress:
    """Progress on stderr: a redrawn line on a terminal; with ``always`` (``--progress``) and no
    terminal, one plain line every few seconds (for logs); else silent.

    With a page count (HTML inputs only) the bar and ETA count pages; with WARC inputs, whose
    page count is unknown until read, they count the bytes of input read (``total_bytes``).
    """

    #: Seconds between plain lines when stderr is not a terminal.
    LOG_INTERVAL = 5.0

    def __init__(
        self, stream: IO[str], total: int | None, always: bool = False, quiet: bool = False,
        total_bytes: int = 0, start_bytes: int = 0,
    ) -> None:  # fmt: skip
        self.stream = stream
        self.total = total
        self.total_bytes, self.start_bytes = total_bytes, start_bytes
        self.terminal = _isatty(stream)
        self.enabled = always or (self.terminal and not quiet)
        self.last = 0.0

    def update(self, counts: _Counts, force: bool = False, done_bytes: int = 0) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self.last < (0.1 if self.terminal else self.LOG_INTERVAL):
            return
        self.last = now
        width = 24
        bar, eta = "", ""
        if self.total:
            filled = min(width, width * counts.read // self.total)
            bar = f"[{'#' * filled}{'.' * (width - filled)}] {counts.read}/{self.total} "
            eta = counts.eta(self.total)
        elif self.total_bytes and done_bytes:
            filled = min(width, width * done_bytes // self.total_bytes)
            percent = min(100, 100 * done_bytes // self.total_bytes)
            bar = f"[{'#' * filled}{'.' * (width - filled)}] {percent}% of the input "
            eta = counts.eta_by_bytes(done_bytes, self.start_bytes, self.total_bytes)
        line = f"{bar}{counts.line()}{' · ' + eta if eta else ''}"
        self.stream.write(f"\r\x1b[K{line}" if self.terminal else f"newsparse: {line}\n")
        self.stream.flush()

    def clear(self) -> None:
        if self.enabled and self.terminal:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


class _InputPosition:
    """How far into the input, in bytes over all files, a page is: an HTML file's end, or its
    WARC file's start plus the record's offset (``path@offset``, in the file's own bytes)."""

    def __init__(self, paths: Sequence[Path]) -> None:
        self.start_of: dict[str, int] = {}
        self.end_of: dict[str, int] = {}
        offset = 0
        for path in paths:
            self.start_of[str(path)] = offset
            with contextlib.suppress(OSError):
                offset += path.stat().st_size
            self.end_of[str(path)] = offset
        self.total = offset

    def of(self, name: str) -> int:
        end = self.end_of.get(name)
        if end is not None:
            return end
        path, _, offset = name.rpartition("@")
        start = self.start_of.get(path)
        return start + int(offset) if start is not None and offset.isdigit() else 0


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _expand(inputs: Sequence[str]) -> list[Path]:
    """Input paths in processing order; directories expand recursively, sorted."""
    paths: list[Path] = []
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            found = [p for p in path.rglob("*") if p.is_file() and _kind(p) is not None]
            paths.extend(sorted(found))
        elif path.is_file():
            paths.append(path)
        else:
            raise UsageError(f"{name}: no such file or directory")
    return paths


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    if name.endswith(HTML_SUFFIXES):
        return "html"
    return None


def _items(
    paths: Sequence[Path], hosts: list[str] | None, skip: int, unreadable: list[str]
) -> Iterator[tuple[bytes, str | None, str]]:
    """``(html, url, input)`` for every page, in order, after skipping the first ``skip`` pages.

    A file that cannot be read (or a WARC file that breaks off in a corrupt record) is reported on
    standard error and in ``unreadable``, and the run goes on with the next file.
    """
    for path in paths:
        if _kind(path) == "warc":
            from .warc import iter_warc_pages

            try:
                for page in iter_warc_pages(path, hosts):
                    if skip:
                        skip -= 1
                        continue
                    yield page
            except (OSError, ValueError) as exc:
                unreadable.append(str(path))
                _warn(f"{path}: cannot read (the rest of) this WARC file: {exc}")
        else:
            if skip:
                skip -= 1
                continue
            try:
                data = path.read_bytes()
            except OSError as exc:
                unreadable.append(str(path))
                _warn(f"{path}: cannot read: {exc.strerror or exc}")
                continue
            yield data, None, str(path)


def _warn(message: str) -> None:
    """A message on stderr, on its own line even while the progress bar is showing."""
    start = "\r\x1b[K" if _isatty(sys.stderr) else ""
    print(f"{start}newsparse: {message}", file=sys.stderr)


class _Checkpoint:
    """``out.progress.json``: how many inputs are done and how many bytes of each file are valid.

    Written (atomically) after the output files are flushed, so on resume truncating both files to
    the recorded sizes and skipping the recorded number of inputs continues exactly where the
    last run stopped, whatever happened after the last checkpoint.
    """

    def __init__(self, path: Path, identity: dict[str, Any]) -> None:
        self.path = path
        self.identity = identity

    def load(self) -> dict[str, Any] | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            raise UsageError(f"cannot resume: {self.path} is unreadable: {exc}") from exc
        if not isinstance(data, dict) or not isinstance(data.get("done"), int):
            raise UsageError(f"cannot resume: {self.path} is not a newsparse progress file")
        return data

    def save(self, done: int, out_size: int, errors_size: int) -> None:
        data = {**self.identity, "done": done, "output_bytes": out_size, "errors_bytes": errors_size,
                "complete": False}  # the file exists only while a run is unfinished
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
        os.replace(tmp, self.path)

    def remove(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


def side_file(output: Path, suffix: str) -> Path:
    """A file that goes with OUT: its ``.jsonl``/``.csv`` suffix replaced, e.g. ``out.jsonl`` →
    ``out.errors.jsonl`` and ``out.progress.json`` (one naming scheme for every side file)."""
    name = output.name
    for known in OUTPUT_SUFFIXES:
        if name.lower().endswith(known) and len(name) > len(known):
            name = name[: -len(known)]
            break
    return output.with_name(name + suffix)


def _writable(path: Path, what: str) -> None:
    """Refuse, with one line, a file that cannot be created: a missing folder or a directory."""
    if path.is_dir():
        raise UsageError(f"{what} {path} is a directory; give a file name")
    folder = path.parent
    if not folder.is_dir():
        raise UsageError(f"cannot write {what} {path}: the folder {folder} does not exist (create it first)")


class _Sink(Protocol):
    """What batch writes records to: a binary file, standard output, or stderr lines."""

    def write(self, data: bytes, /) -> int: ...
    def flush(self) -> None: ...
    def tell(self) -> int: ...


class _Outputs:
    """Where batch writes: OUT (a file or standard output) and the errors file (or standard error)."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.to_stdout = args.output == STDOUT
        self.format = args.format or ("csv" if args.output.lower().endswith(".csv") else "jsonl")
        self.output = None if self.to_stdout else Path(args.output)
        if args.errors:
            self.errors: Path | None = Path(args.errors)
        else:
            self.errors = None if self.output is None else side_file(self.output, ".errors.jsonl")
        if self.to_stdout and args.resume:
            raise UsageError("--resume needs an output file: it cannot continue standard output")
        if self.output is not None:
            _writable(self.output, "the output file")
        if self.errors is not None:
            _writable(self.errors, "the errors file")
            if self.output is not None and self.errors.resolve() == self.output.resolve():
                raise UsageError("the errors file must differ from the output file")
        self.progress = None if self.output is None else side_file(self.output, ".progress.json")

    @property
    def name(self) -> str:
        return "standard output" if self.output is None else str(self.output)

    @contextlib.contextmanager
    def open(self, mode: str) -> Iterator[tuple[_Sink, _Sink]]:
        with contextlib.ExitStack() as stack:
            out: _Sink = _StdoutRecords() if self.output is None else stack.enter_context(self.output.open(mode))
            err: _Sink = _StderrFailures() if self.errors is None else stack.enter_context(self.errors.open(mode))
            yield out, err


class _StdoutRecords:
    """OUT as ``-``: records on standard output (not seekable, so its position is counted)."""

    def __init__(self) -> None:
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += sys.stdout.buffer.write(data)
        return len(data)

    def flush(self) -> None:
        sys.stdout.buffer.flush()

    def tell(self) -> int:
        return self.size


class _StderrFailures:
    """The errors "file" of ``-o -`` without ``--errors``: one readable line per failure on stderr."""

    def write(self, data: bytes) -> int:
        failure = json.loads(data)
        _warn(f"{failure['input']}: {failure['error_type']}: {failure['message']}")
        return len(data)

    def flush(self) -> None:
        sys.stderr.flush()

    def tell(self) -> int:
        return 0


#: Identity keys a progress file written before they existed lacks: the value it was written with.
_OLD_DEFAULTS: dict[str, object] = {"format": "jsonl", "attribution": True}


def _batch_command(args: argparse.Namespace, quiet: bool = False) -> int:
    outputs = _Outputs(args)
    if args.audit and outputs.format == "csv":
        raise UsageError("--audit reads the articles' JSON: use it with --format jsonl")
    paths = _expand(args.inputs)
    if not paths:
        _warn(f"warning: nothing to read: no .html, .htm, .warc or .warc.gz files in {', '.join(args.inputs)}")
        return EXIT_NOTHING_READ
    if any(_kind(p) == "warc" for p in paths):
        try:
            import fastwarc  # noqa: F401
        except ImportError as exc:
            raise UsageError('reading WARC files needs FastWARC: pip install "newsparse[warc]"') from exc
    parsers()  # load the plugins once, here: forked workers inherit them (and any warning is shown once)
    identity = {"inputs": [str(p) for p in paths], "host": args.host or [], "format": outputs.format}
    identity["attribution"] = args.attribution  # resumed with the other setting, OUT would mix two kinds
    checkpoint = _Checkpoint(outputs.progress, identity) if outputs.progress is not None else None
    output, errors_path = outputs.output, outputs.errors
    skip = 0
    if args.resume and checkpoint is not None and output is not None and errors_path is not None:
        state = checkpoint.load()
        if state is None:
            if output.exists() and output.stat().st_size:
                raise UsageError(f"cannot resume: {checkpoint.path} is missing: the run that wrote {output} "
                                 "finished (the progress file is removed then) or was not newsparse batch; run "
                                 "without --resume to start over")
        else:
            if any(state.get(key, _OLD_DEFAULTS.get(key)) != value for key, value in identity.items()):
                raise UsageError(
                    "cannot resume: the inputs, --host, --format or --no-attribution differ from the interrupted run"
                )
            skip = state["done"]
            _truncate(output, int(state.get("output_bytes", 0)))
            _truncate(errors_path, int(state.get("errors_bytes", 0)))
    mode = "ab" if skip else "wb"
    total = len(paths) - skip if paths and all(_kind(p) == "html" for p in paths) else None
    workers, timeout = args.workers, (args.timeout if args.timeout > 0 else None)
    task = functools.partial(_article_csv if outputs.format == "csv" else _article_json, attribution=args.attribution)
    counts = _Counts()
    audit_counts = _AuditCounts() if args.audit else None
    position = _InputPosition(paths)
    progress = _Progress(sys.stderr, total, always=args.progress, quiet=quiet, total_bytes=position.total)
    interrupt = _Interrupt()
    unreadable: list[str] = []
    done = skip
    stopped_early = False
    with outputs.open(mode) as (out, err):
        if outputs.format == "csv" and not skip:
            out.write(csv_header().encode("utf-8"))
        last_save = time.monotonic()
        items = _items(paths, args.host, skip, unreadable)
        results = iter_results(items, task, workers=workers, timeout=timeout)
        try:
            for _, name, _, result in results:
                with interrupt.deferred():  # a record is written and counted, or neither
                    if isinstance(result, ParseFailure):
                        err.write(result.model_dump_json().encode("utf-8") + b"\n")
                    else:
                        out.write(result.encode("utf-8"))
                        if audit_counts is not None:
                            audit_counts.add(result)
                    done += 1
                counts.add(result)
                here = position.of(name)
                if counts.read == 1 and skip:
                    progress.start_bytes = here  # a resumed run measures its rate from here
                progress.update(counts, done_bytes=here)
                now = time.monotonic()
                if now - last_save > 1.0:
                    out.flush()
                    err.flush()
                    if checkpoint is not None:
                        checkpoint.save(done, out.tell(), err.tell())
                    last_save = now
                if interrupt.requested:
                    stopped_early = True
                    break
        except KeyboardInterrupt:  # a second Ctrl-C, or one while a page was being parsed here
            stopped_early = True
        finally:
            try:
                results.close()
            except KeyboardInterrupt:
                stopped_early = True
            out.flush()
            err.flush()
            if checkpoint is not None:
                if stopped_early:
                    checkpoint.save(done, out.tell(), err.tell())
                else:  # finished: nothing to resume, no side file left behind
                    checkpoint.remove()
            progress.clear()
            interrupt.restore()
    summary = f"newsparse: {counts.line()}"
    if skip:
        summary += f" (resumed after {skip} inputs)"
    if not quiet:
        print(summary, file=sys.stderr)
    if audit_counts is not None:
        print(audit_counts.report(), file=sys.stderr)
    if stopped_early:
        print(f"newsparse: interrupted; {outputs.name} holds complete lines only; run again with --resume to "
              "continue", file=sys.stderr)
        return EXIT_INTERRUPTED
    if unreadable:
        print(f"newsparse: {len(unreadable)} input file(s) could not be read (see above)", file=sys.stderr)
    if counts.not_article or counts.failed:
        where = "above" if errors_path is None else f"in {errors_path}"
        print(f"newsparse: pages that did not become Articles are listed {where}", file=sys.stderr)
    if counts.not_article or counts.failed or unreadable:
        return EXIT_FAILURES
    if counts.read == 0 and not skip:
        hosts = f" matched --host {' '.join(args.host)}" if args.host else " was found"
        _warn(f"warning: nothing was read: no page{hosts} in {', '.join(args.inputs)}")
        return EXIT_NOTHING_READ
    return EXIT_OK


class _AuditCounts:
    """``batch --audit``: :func:`newsparse.audit` findings per kind over the Articles written."""

    def __init__(self) -> None:
        self.articles = 0
        self.flagged = 0
        self.kinds: dict[str, int] = {}

    def add(self, article_json: str) -> None:
        from .audit import audit
        from .models import Article

        findings = audit(Article.model_validate_json(article_json))
        self.articles += 1
        self.flagged += bool(findings)
        for finding in findings:
            self.kinds[finding.kind] = self.kinds.get(finding.kind, 0) + 1

    def report(self) -> str:
        lines = [f"newsparse: audit: {self.articles} articles, {self.flagged} with findings"]
        lines += [f"newsparse: audit:   {kind} {count}" for kind, count in sorted(self.kinds.items())]
        return "\n".join(lines)


def _truncate(path: Path, size: int) -> None:
    if path.exists():
        with path.open("r+b") as handle:
            handle.truncate(size)


class _Interrupt:
    """Ctrl-C handling for ``batch``: the first stops after the current record; a second stops
    at once (KeyboardInterrupt), but never in the middle of writing and counting a record."""

    def __init__(self) -> None:
        self.hits = 0
        self.critical = False
        self.pending = False
        self.previous: Any = None
        try:
            self.previous = signal.signal(signal.SIGINT, self._handler)
        except ValueError:  # not the main thread (e.g. called from a worker thread)
            self.previous = None

    @property
    def requested(self) -> bool:
        return self.hits > 0

    def _handler(self, signum: int, frame: FrameType | None) -> None:
        self.hits += 1
        if self.hits == 1:
            print("\nnewsparse: stopping after the current page (Ctrl-C again to stop at once)",
                  file=sys.stderr)
        elif self.critical:
            self.pending = True
        else:
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def deferred(self) -> Iterator[None]:
        self.critical = True
        try:
            yield
        finally:
            self.critical = False
        if self.pending:
            self.pending = False
            raise KeyboardInterrupt

    def restore(self) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)
            self.previous = None
