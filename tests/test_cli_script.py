"""The command line as a user runs it: ``python -m newsparse`` in a subprocess (issue 13).

Exit codes, one-line errors without tracebacks, stdout output, CSV, text and Markdown
renderings, progress with an ETA, side-file names, and -v/-q wired to the library's logging.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse.cli import EXIT_FAILURES, EXIT_NOTHING_READ, EXIT_OK, EXIT_USAGE, _Counts
from newsparse.render import CSV_COLUMNS
from newsparse.samples import SAMPLE_URL

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = newsparse.sample_html()
HOMEPAGE = b"<html><head><title>Tribunnews</title></head><body><nav>Menu</nav></body></html>"
#: The sample page's only subheading (an <h2> inside the body), checked by eye in the page.
SUBHEADING = "Halte Dilengkapi Papan Informasi"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    command = [sys.executable, "-m", "newsparse", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, timeout=120)


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "a.html"
    path.write_bytes(SAMPLE)
    return path


def _one_line_error(done: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


# -- batch: output folder, nothing read ------------------------------------------------------------


def test_batch_into_a_missing_folder_is_a_usage_error(page: Path, tmp_path: Path) -> None:
    done = run("batch", str(page), "-o", str(tmp_path / "missing" / "dir" / "out.jsonl"))
    assert done.returncode == EXIT_USAGE
    line = _one_line_error(done)
    assert "folder" in line and "does not exist" in line and str(tmp_path / "missing" / "dir") in line
    assert not (tmp_path / "missing").exists()  # decided: not created (a typo must not make folders)


def test_batch_into_a_directory_is_a_usage_error(page: Path, tmp_path: Path) -> None:
    done = run("batch", str(page), "-o", str(tmp_path))
    assert done.returncode == EXIT_USAGE and "is a directory" in _one_line_error(done)


def test_batch_over_an_empty_folder_warns_and_exits_3(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.txt").write_text("not a page")
    done = run("batch", str(empty), "-o", str(tmp_path / "out.jsonl"))
    assert done.returncode == EXIT_NOTHING_READ == 3
    assert "warning: nothing to read" in _one_line_error(done)


def test_batch_with_a_host_filter_that_matches_nothing_exits_3(tmp_path: Path) -> None:
    pytest.importorskip("fastwarc", reason="the warc extra (FastWARC) is not installed")
    from newsparse.warc import write_warc

    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [(SAMPLE, SAMPLE_URL)])
    done = run("batch", str(warc), "-o", str(tmp_path / "out.jsonl"), "--host", "kompas.com")
    assert done.returncode == EXIT_NOTHING_READ
    assert "Traceback" not in done.stderr
    assert "nothing was read" in done.stderr and "--host kompas.com" in done.stderr
    # The same file with a filter that matches is fine.
    assert run("batch", str(warc), "-o", str(tmp_path / "out.jsonl"), "--host", "tribunnews.com").returncode == 0


# -- parse: --url -------------------------------------------------------------------------------------


def test_one_url_for_several_pages_is_refused(page: Path, tmp_path: Path) -> None:
    other = tmp_path / "b.html"
    other.write_bytes(SAMPLE)
    done = run("parse", str(page), str(other), "--url", SAMPLE_URL)
    assert done.returncode == EXIT_USAGE and done.stdout == ""
    assert "--url names one page" in _one_line_error(done)


@pytest.mark.parametrize("url", ["notaurl", "ftp://www.tribunnews.com/x", "https://", "/regional/2024/x",
                                 "https://www.tribunnews.com/a b"])
def test_url_must_be_an_absolute_http_url(page: Path, url: str) -> None:
    done = run("parse", str(page), "--url", url)
    assert done.returncode == EXIT_USAGE and "not an absolute http:// or https:// URL" in done.stderr
    assert "Traceback" not in done.stderr


def test_parse_goes_on_after_a_page_that_fails(page: Path, tmp_path: Path) -> None:
    home, garbage = tmp_path / "home.html", tmp_path / "garbage.html"
    home.write_bytes(HOMEPAGE)
    garbage.write_bytes(bytes(range(256)) * 8)
    missing = tmp_path / "missing.html"
    done = run("parse", str(home), str(garbage), str(missing), str(page), "--format", "jsonl")
    assert done.returncode == EXIT_FAILURES
    (article,) = [json.loads(line) for line in done.stdout.splitlines()]  # the last page still came out
    assert article["title"]
    assert f"{home}: NotAnArticleError" in done.stderr
    assert f"{garbage}: ParseError" in done.stderr
    assert f"{missing}: cannot read" in done.stderr
    assert "3 of 4 pages did not become Articles" in done.stderr and "Traceback" not in done.stderr


# -- output formats -----------------------------------------------------------------------------------


def test_batch_to_standard_output(page: Path, tmp_path: Path) -> None:
    home = tmp_path / "home.html"
    home.write_bytes(HOMEPAGE)
    done = run("batch", str(page), str(home), "-o", "-")
    assert done.returncode == EXIT_FAILURES
    (article,) = [json.loads(line) for line in done.stdout.splitlines()]
    assert article["title"] == newsparse.parse_article(SAMPLE).title
    assert f"{home}: NotAnArticleError" in done.stderr  # failures on stderr, not mixed into stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.html", "home.html"]  # no side files
    assert run("batch", str(page), "-o", "-", "--resume").returncode == EXIT_USAGE


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_output_of_parse_and_batch(page: Path, tmp_path: Path) -> None:
    expected = newsparse.parse_article(SAMPLE, url=SAMPLE_URL)
    done = run("parse", str(page), "--url", SAMPLE_URL, "--format", "csv")
    assert done.returncode == EXIT_OK, done.stderr
    (row,) = _csv_rows(done.stdout)
    assert tuple(row) == CSV_COLUMNS and "paragraphs" not in row
    assert row["title"] == expected.title and row["text"] == expected.text  # multi-line cell round-trips
    assert json.loads(row["authors"]) == expected.authors == ["Rina Ayu Panca Rini"]  # lists as JSON
    assert json.loads(row["image"])["url"] == expected.image.url  # type: ignore[union-attr]
    assert row["published"] == "2024-11-01T06:16:00+07:00" and row["description"] == (expected.description or "")
    assert json.loads(row["subheadings"]) == expected.subheadings
    # batch: the format follows OUT's suffix; the header once, one record per article.
    out = tmp_path / "out.csv"
    assert run("batch", str(page), str(page), "-o", str(out)).returncode == EXIT_OK
    rows = _csv_rows(out.read_text(encoding="utf-8"))
    assert len(rows) == 2 and rows[0]["title"] == expected.title
    assert (tmp_path / "out.errors.jsonl").exists()


def test_text_and_markdown_mark_subheadings(page: Path) -> None:
    article = newsparse.parse_article(SAMPLE)
    text = run("parse", str(page), "--format", "text").stdout
    assert text.startswith(article.title + "\n\n")
    assert f"\n\n{SUBHEADING}\n{'-' * len(SUBHEADING)}\n\n" in text
    assert article.paragraphs[0] in text and "## " not in text
    markdown = run("parse", str(page), "--format", "markdown").stdout
    assert markdown.startswith(f"# {article.title}\n\n*Rina Ayu Panca Rini · 2024-11-01T06:16:00+07:00*\n\n")
    assert f"\n\n## {SUBHEADING}\n\n" in markdown
    assert markdown.count("\n## ") == 1  # only the subheading: paragraphs are not headings


# -- progress and side files -----------------------------------------------------------------------


def test_progress_can_be_forced_on_when_stderr_is_not_a_terminal(page: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    quiet = run("batch", str(page), str(page), "-o", str(out))
    assert "ETA" not in quiet.stderr and "\r" not in quiet.stderr
    forced = run("batch", str(page), str(page), "-o", str(out), "--progress")
    assert forced.returncode == EXIT_OK
    progress = [line for line in forced.stderr.splitlines() if "/2 " in line]
    assert progress and "ETA" in progress[0] and "\r" not in forced.stderr and "\x1b" not in forced.stderr


def test_eta_is_remaining_pages_over_the_rate() -> None:
    counts = _Counts()
    counts.read = 10
    counts.started -= 5.0  # 10 pages in 5 s: 2 pages/s
    assert counts.eta(130) == "ETA 1:00"
    assert counts.eta(10_000) == "ETA 1:23:15"
    assert counts.eta(None) == ""


def test_side_files_share_one_naming_scheme_and_progress_goes_away(page: Path, tmp_path: Path) -> None:
    home = tmp_path / "home.html"
    home.write_bytes(HOMEPAGE)
    out = tmp_path / "out.jsonl"
    assert run("batch", str(page), str(home), "-o", str(out)).returncode == EXIT_FAILURES
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["a.html", "home.html", "out.errors.jsonl", "out.jsonl"]  # no out.progress.json left


def test_resume_refuses_other_inputs_with_a_progress_file(page: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("")
    progress = tmp_path / "out.progress.json"
    progress.write_text(json.dumps({"inputs": [str(page)], "host": [], "format": "jsonl", "done": 0,
                                    "output_bytes": 0, "errors_bytes": 0, "complete": False}))
    done = run("batch", str(page), str(page), "-o", str(out), "--resume")
    assert done.returncode == EXIT_USAGE and "differ from the interrupted run" in _one_line_error(done)
    assert run("batch", str(page), "-o", str(out), "--resume", "--format", "csv").returncode == EXIT_USAGE
    assert run("batch", str(page), "-o", str(out), "--resume").returncode == EXIT_OK
    assert not progress.exists() and len(out.read_text().splitlines()) == 1


# -- logging ------------------------------------------------------------------------------------------


def test_verbose_shows_the_library_debug_lines_and_quiet_hides_the_summary(page: Path, tmp_path: Path) -> None:
    plain = run("parse", str(page), "--format", "jsonl")
    assert plain.stderr == ""  # nothing logged for a normal page by default
    verbose = run("-v", "parse", str(page), "--format", "jsonl")
    assert "newsparse: DEBUG:" in verbose.stderr and "parser 'tribun', layout 'desktop-2022'" in verbose.stderr
    assert "stripped dateline 'TRIBUNNEWS.COM, SEMARANG -'" in verbose.stderr
    after = run("parse", str(page), "--format", "jsonl", "-v")  # after the command works too
    assert "parser 'tribun'" in after.stderr
    out = tmp_path / "out.jsonl"
    assert "read 1" in run("batch", str(page), "-o", str(out)).stderr
    assert run("batch", str(page), "-o", str(out), "-q").stderr == ""
    assert run("-q", "-v", "parse", str(page)).returncode == EXIT_USAGE  # one or the other


def test_progress_over_warc_files_counts_bytes_of_input(tmp_path: Path) -> None:
    pytest.importorskip("fastwarc", reason="the warc extra (FastWARC) is not installed")
    from newsparse.cli import _InputPosition, _Progress
    from newsparse.warc import iter_warc_pages, write_warc

    first, second = tmp_path / "a.warc.gz", tmp_path / "b.warc"
    write_warc(first, [(SAMPLE, SAMPLE_URL)] * 3)
    write_warc(second, [(SAMPLE, SAMPLE_URL)] * 2)
    position = _InputPosition([first, second])
    size_a, size_b = first.stat().st_size, second.stat().st_size
    assert position.total == size_a + size_b
    offsets = [position.of(page.input) for page in iter_warc_pages([first, second])]
    assert offsets[0] == 0 and offsets[3] == size_a  # the second file starts where the first ends
    assert offsets == sorted(offsets) and offsets[-1] < position.total
    counts = _Counts()
    counts.read = 5
    counts.started -= 10.0  # a quarter of the input in 10 s: 30 s to go
    log = io.StringIO()
    _Progress(log, None, always=True, total_bytes=1000).update(counts, force=True, done_bytes=250)
    assert "25% of the input" in log.getvalue() and "ETA 0:30" in log.getvalue()
