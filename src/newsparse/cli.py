"""The ``newsparse`` command line: parse pages and print Articles as JSON."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import NewsparseError
from .pipeline import parse_article
from .samples import SAMPLE_URL, sample_html

__all__ = ["main"]

EXIT_OK, EXIT_FAILURES, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsparse", description="Parse Tribun Network article pages.")
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    sample = commands.add_parser("sample", help="parse the bundled sample page and print it as JSON")
    sample.add_argument("--indent", type=int, default=2)
    parse = commands.add_parser("parse", help="parse HTML files (or - for stdin) and print Articles")
    parse.add_argument("pages", nargs="+", help="HTML files, or - for standard input")
    parse.add_argument("--url", help="the page's URL (picks the parser, resolves links)")
    parse.add_argument("--format", choices=("json", "jsonl", "text"), default="json")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 some pages failed, 2 usage error)."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if exc.code in (0, None) else EXIT_USAGE
    if args.command == "sample":
        article = parse_article(sample_html(), url=SAMPLE_URL)
        print(article.model_dump_json(indent=args.indent))
        return EXIT_OK
    failures = 0
    for name in args.pages:
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
            article = parse_article(data, url=args.url)
        except (OSError, NewsparseError) as exc:
            failures += 1
            print(f"newsparse: {name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        if args.format == "json":
            print(article.model_dump_json(indent=2))
        elif args.format == "jsonl":
            print(article.model_dump_json())
        else:
            print(f"{article.title}\n\n{article.text}\n")
    return EXIT_FAILURES if failures else EXIT_OK
