"""Coverage-guided fuzzing of newsparse with atheris (libFuzzer), seeded with the fixture pages.

The test extra installs atheris on Linux x86-64 with CPython 3.11 (it ships wheels for some
CPython versions only), and tests/test_fuzz_atheris.py runs a bounded run of 10,000 inputs in the
test command. Elsewhere, or for long runs, install it in a scratch virtual environment:

.. code-block:: console

   $ python3.11 -m venv /tmp/fuzz-venv
   $ /tmp/fuzz-venv/bin/pip install atheris -e .
   $ /tmp/fuzz-venv/bin/python benchmarks/fuzz.py -atheris_runs=50000    # a bounded run
   $ /tmp/fuzz-venv/bin/python benchmarks/fuzz.py -max_total_time=3600   # an hour

Every argument is passed to libFuzzer (``-max_len``, ``-jobs``, ``-dict``, a corpus directory …).
Without a corpus directory the harness writes the seeds (the bundled sample and the pages of
tests/fixtures, each once per entry point) to a temporary directory and starts from them.

The first byte of an input picks the entry point: ``parse_article`` on the bytes, on the bytes as
``str`` (with ``surrogateescape``, so lone surrogates occur), ``parse_pages`` on the bytes split
at form feeds, ``parse_many`` in this process, or ``extract_quotes`` + ``extract_sources`` on
the text split into paragraphs. Half of the mutations are libFuzzer's own, half are
tests/fuzz_inputs.py's (byte flips, truncation, tag deletion and duplication, hostile
injections: declarations, quote marks, dateline- and "Baca juga"-like lines, controls).

A crash is any exception that is not a :class:`newsparse.NewsparseError`, and any Article that
fails ``check_article`` (it must serialise, read back, and have offsets that index its text).
libFuzzer saves the input as ``crash-<sha1>``; turn each one into a regression test.
"""

from __future__ import annotations

import logging
import random
import sys
import tempfile
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

with atheris.instrument_imports(include=["newsparse"]):
    import newsparse
    from newsparse import NewsparseError, ParseFailure

from fuzz_inputs import check_article, mutate, seed_pages  # noqa: E402

ENTRY_POINTS = 5
URL = "https://www.tribunnews.com/regional/2024/11/01/x"
#: Names a ParseFailure may carry: newsparse's own errors only ("unexpected error" is a crash).
EXPECTED_FAILURES = {cls.__name__ for cls in vars(newsparse.errors).values() if isinstance(cls, type)}
logging.getLogger("newsparse").setLevel(logging.ERROR)  # decoding warnings are expected here


def run_one(data: bytes) -> None:
    """The fuzz target: one input through the entry point its first byte picks."""
    if not data:
        return
    mode, page = data[0] % ENTRY_POINTS, data[1:]
    try:
        if mode == 0:
            check_article(newsparse.parse_article(page, url=URL))
        elif mode == 1:
            check_article(newsparse.parse_article(page.decode("utf-8", "surrogateescape")))
        elif mode == 2:
            check_article(newsparse.parse_pages(page.split(b"\x0c")[:4], url=URL))
        elif mode == 3:
            for result in newsparse.parse_many([(part, URL) for part in page.split(b"\x0c")[:4]]):
                if isinstance(result, ParseFailure):
                    assert result.error_type in EXPECTED_FAILURES, result
                else:
                    check_article(result)
        else:
            paragraphs = page.decode("utf-8", "replace").split("\n\n")
            joined = "\n\n".join(paragraphs)
            for quote in newsparse.extract_quotes(paragraphs):
                assert joined[quote.start : quote.end] == quote.text, quote
            for source in newsparse.extract_sources(paragraphs):
                assert source.start is not None and source.end is not None and source.end <= len(joined)
    except NewsparseError:
        pass


def custom_mutator(data: bytes, max_size: int, seed: int) -> bytes:
    """libFuzzer's mutations and ours, alternately; the entry-point byte is kept."""
    rng = random.Random(seed)
    if not data or rng.random() < 0.5:
        return atheris.Mutate(data, max_size)
    operations = [(rng.randrange(7), rng.randrange(1 << 20), rng.randrange(256)) for _ in range(rng.randint(1, 4))]
    return (data[:1] + mutate(data[1:], operations))[:max_size]


def write_seeds(directory: Path) -> None:
    for number, (page, _) in enumerate(seed_pages()):
        for mode in range(ENTRY_POINTS):
            (directory / f"seed-{number:02d}-{mode}").write_bytes(bytes([mode]) + page)


def main() -> None:
    argv = list(sys.argv)
    if not any(Path(arg).is_dir() for arg in argv[1:] if not arg.startswith("-")):
        corpus = Path(tempfile.mkdtemp(prefix="newsparse-fuzz-"))
        write_seeds(corpus)
        argv.append(str(corpus))
    if not any(arg.startswith("-max_len") for arg in argv):
        argv.append("-max_len=200000")
    atheris.Setup(argv, run_one, custom_mutator=custom_mutator)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
