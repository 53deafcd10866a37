"""The ``newsparse`` command line (also ``python -m newsparse``).

Commands::

    newsparse sample [--indent N]
    newsparse parse PAGE... [--url URL] [--format json|jsonl|text]
    newsparse batch INPUT... -o OUT.jsonl [--workers N] [--errors ERRORS.jsonl] [--host PATTERN]
                    [--resume] [--timeout SECONDS]

Exit codes: 0 every input was parsed into an Article; 1 some inputs failed or were not articles
(the errors file or standard error says which and why); 2 usage error (bad option, missing input
file, nothing to resume); 130 interrupted with Ctrl-C (the output is left with complete lines and
``--resume`` continues it).

``batch`` writes one JSON line per Article to OUT, one JSON line per page that did not become an
Article to the errors file (default: OUT with ``.errors.jsonl`` in place of ``.jsonl``), and a
progress file ``OUT.progress.json`` that ``--resume`` uses to continue exactly after the last
record written. INPUT is an HTML file, a directory (searched recursively for ``*.html``,
``*.htm``, ``*.warc`` and ``*.warc.gz``, in sorted order) or a WARC file (needs
``newsparse[warc]``).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import IO, Any

from . import __version__
from .batch import ParseFailure, iter_results
from .errors import NewsparseError
from .pipeline import parse_article
from .samples import SAMPLE_URL, sample_html

__all__ = ["EXIT_FAILURES", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "main"]

EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
EXIT_CODES = (
    "exit codes: 0 every input parsed, 1 some inputs failed or were not articles, 2 usage error, "
    "130 interrupted (Ctrl-C)"
)
HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
WARC_SUFFIXES = (".warc", ".warc.gz")
DEFAULT_TIMEOUT = 60.0


class UsageError(Exception):
    """A problem with the command line itself (exit code 2)."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Parse Tribun Network article pages into JSON Articles.",
        epilog=EXIT_CODES,
    )
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    sample = commands.add_parser("sample", help="parse the bundled sample page and print it as JSON")
    sample.add_argument("--indent", type=int, default=2)

    parse = commands.add_parser(
        "parse", help="parse HTML files (or - for stdin) and print Articles", epilog=EXIT_CODES
    )
    parse.add_argument("pages", nargs="+", metavar="PAGE", help="HTML files, or - for standard input")
    parse.add_argument("--url", help="the page's URL (picks the parser, resolves links)")
    parse.add_argument("--format", choices=("json", "jsonl", "text"), default="json",
                       help="json: indented (default); jsonl: one line per Article; text: title and body")

    batch = commands.add_parser(
        "batch", help="parse HTML files, directories and WARC files into a JSON-lines file",
        description="Parse many pages into OUT (one JSON line per Article). Pages that are not "
        "articles or fail go to the errors file, one JSON line each (input, url, error_type, message).",
        epilog=EXIT_CODES + ". --resume continues from OUT.progress.json, written next to OUT.",
    )
    batch.add_argument("inputs", nargs="+", metavar="INPUT",
                       help="HTML files, directories (recursive) and WARC files (.warc, .warc.gz)")
    batch.add_argument("-o", "--output", required=True, metavar="OUT.jsonl",
                       help="the Articles, one per line")
    batch.add_argument("--errors", metavar="ERRORS.jsonl",
                       help="failures and non-articles, one per line (default: OUT.errors.jsonl)")
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
    return parser


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (see the module docstring)."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if exc.code in (0, None) else EXIT_USAGE
    try:
        if args.command == "sample":
            article = parse_article(sample_html(), url=SAMPLE_URL)
            print(article.model_dump_json(indent=args.indent))
            return EXIT_OK
        if args.command == "parse":
            return _parse_command(args)
        return _batch_command(args)
    except UsageError as exc:
        print(f"newsparse: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # e.g. `newsparse parse … | head`
        return EXIT_OK


# -- parse ---------------------------------------------------------------------------------------


def _parse_command(args: argparse.Namespace) -> int:
    failures = 0
    for name in args.pages:
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        except OSError as exc:
            failures += 1
            print(f"newsparse: {name}: cannot read: {exc.strerror or exc}", file=sys.stderr)
            continue
        try:
            article = parse_article(data, url=args.url)
        except NewsparseError as exc:
            failures += 1
            print(f"newsparse: {_display(name)}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        if args.format == "json":
            print(article.model_dump_json(indent=2))
        elif args.format == "jsonl":
            print(article.model_dump_json())
        else:
            print(f"{article.title}\n\n{article.text}\n")
    return EXIT_FAILURES if failures else EXIT_OK


def _display(name: str) -> str:
    return "<stdin>" if name == "-" else name


# -- batch ---------------------------------------------------------------------------------------


def _article_json(html: bytes | str, url: str | None) -> str:
    """The worker task: parse one page and return the Article's JSON line (module level: picklable)."""
    return parse_article(html, url=url).model_dump_json()


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

    def line(self) -> str:
        return (f"read {self.read} · parsed {self.parsed} · not an article {self.not_article} · "
                f"failed {self.failed} · {self.rate():.1f} pages/s")


class _Progress:
    """A one-line progress display on a terminal's stderr; silent when stderr is not a TTY."""

    def __init__(self, stream: IO[str], total: int | None) -> None:
        self.stream = stream
        self.total = total
        self.enabled = _isatty(stream)
        self.last = 0.0

    def update(self, counts: _Counts, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self.last < 0.1:
            return
        self.last = now
        bar = ""
        if self.total:
            width = 24
            filled = min(width, width * counts.read // self.total)
            bar = f"[{'#' * filled}{'.' * (width - filled)}] {counts.read}/{self.total} "
        self.stream.write(f"\r\x1b[K{bar}{counts.line()}")
        self.stream.flush()

    def clear(self) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


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
    """``OUT.progress.json``: how many inputs are done and how many bytes of each file are valid.

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

    def save(self, done: int, out_size: int, errors_size: int, complete: bool = False) -> None:
        data = {**self.identity, "done": done, "output_bytes": out_size, "errors_bytes": errors_size,
                "complete": complete}
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
        os.replace(tmp, self.path)


def _default_errors_path(output: Path) -> Path:
    name = output.name
    stem = name[: -len(".jsonl")] if name.endswith(".jsonl") else name
    return output.with_name(stem + ".errors.jsonl")


def _batch_command(args: argparse.Namespace) -> int:
    output = Path(args.output)
    errors_path = Path(args.errors) if args.errors else _default_errors_path(output)
    if errors_path.resolve() == output.resolve():
        raise UsageError("the errors file must differ from the output file")
    paths = _expand(args.inputs)
    if any(_kind(p) == "warc" for p in paths):
        try:
            import fastwarc  # noqa: F401
        except ImportError as exc:
            raise UsageError('reading WARC files needs FastWARC: pip install "newsparse[warc]"') from exc
    identity = {"inputs": [str(p) for p in paths], "host": args.host or []}
    checkpoint = _Checkpoint(output.with_name(output.name + ".progress.json"), identity)
    skip = 0
    if args.resume:
        state = checkpoint.load()
        if state is None:
            if output.exists() and output.stat().st_size:
                raise UsageError(f"cannot resume: {checkpoint.path} is missing (was {output} written by "
                                 "newsparse batch?); run without --resume to start over")
        else:
            if state.get("inputs") != identity["inputs"] or state.get("host") != identity["host"]:
                raise UsageError("cannot resume: the inputs or --host differ from the interrupted run")
            skip = state["done"]
            _truncate(output, int(state.get("output_bytes", 0)))
            _truncate(errors_path, int(state.get("errors_bytes", 0)))
    mode = "ab" if skip else "wb"
    total = len(paths) - skip if paths and all(_kind(p) == "html" for p in paths) else None
    workers, timeout = args.workers, (args.timeout if args.timeout > 0 else None)
    counts = _Counts()
    audit_counts = _AuditCounts() if args.audit else None
    progress = _Progress(sys.stderr, total)
    interrupt = _Interrupt()
    unreadable: list[str] = []
    done = skip
    stopped_early = False
    with output.open(mode) as out, errors_path.open(mode) as err:
        last_save = time.monotonic()
        items = _items(paths, args.host, skip, unreadable)
        results = iter_results(items, _article_json, workers=workers, timeout=timeout)
        try:
            for _, _, _, result in results:
                with interrupt.deferred():  # a record is written and counted, or neither
                    if isinstance(result, ParseFailure):
                        err.write(result.model_dump_json().encode("utf-8") + b"\n")
                    else:
                        out.write(result.encode("utf-8") + b"\n")
                        if audit_counts is not None:
                            audit_counts.add(result)
                    done += 1
                counts.add(result)
                progress.update(counts)
                now = time.monotonic()
                if now - last_save > 1.0:
                    out.flush()
                    err.flush()
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
            checkpoint.save(done, out.tell(), err.tell(), complete=not stopped_early)
            progress.clear()
            interrupt.restore()
    summary = f"newsparse: {counts.line()}"
    if skip:
        summary += f" (resumed after {skip} inputs)"
    print(summary, file=sys.stderr)
    if audit_counts is not None:
        print(audit_counts.report(), file=sys.stderr)
    if stopped_early:
        print(f"newsparse: interrupted; {output} holds complete lines only; run again with --resume to "
              "continue", file=sys.stderr)
        return EXIT_INTERRUPTED
    if unreadable:
        print(f"newsparse: {len(unreadable)} input file(s) could not be read (see above)", file=sys.stderr)
    if counts.not_article or counts.failed:
        print(f"newsparse: pages that did not become Articles are listed in {errors_path}", file=sys.stderr)
    if counts.not_article or counts.failed or unreadable:
        return EXIT_FAILURES
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
