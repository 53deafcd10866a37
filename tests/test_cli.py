"""The command line: parse, batch (files, directories, WARC), exit codes, resume, Ctrl-C."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import newsparse
from newsparse.cli import EXIT_FAILURES, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, _Counts, _Progress, main
from newsparse.samples import SAMPLE_URL

SAMPLE = newsparse.sample_html()
HOMEPAGE = b"<html><head><title>Tribunnews</title></head><body><nav>Menu</nav></body></html>"


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.html").write_bytes(SAMPLE)
    (folder / "sub" / "b.htm").write_bytes(SAMPLE)
    (folder / "home.html").write_bytes(HOMEPAGE)
    (folder / "notes.txt").write_text("ignored: not a page")
    return folder


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_parse_prints_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "a.html"
    page.write_bytes(SAMPLE)
    assert main(["parse", str(page), "--url", SAMPLE_URL]) == EXIT_OK
    article = json.loads(capsys.readouterr().out)
    assert article["url"] == SAMPLE_URL and article["paragraphs"]


def test_parse_formats_and_failures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page, home = tmp_path / "a.html", tmp_path / "home.html"
    page.write_bytes(SAMPLE)
    home.write_bytes(HOMEPAGE)
    missing = str(tmp_path / "missing.html")
    code = main(["parse", str(page), str(home), missing, str(page), "--format", "jsonl"])
    assert code == EXIT_FAILURES
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 2 and all(json.loads(line)["title"] for line in out.splitlines())
    assert f"{home}: NotAnArticleError" in err
    assert "missing.html: cannot read" in err
    assert main(["parse", str(page), "--format", "text"]) == EXIT_OK
    text = capsys.readouterr().out
    assert text.startswith(newsparse.parse_article(SAMPLE).title + "\n\n")


def test_parse_reads_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SAMPLE)))
    assert main(["parse", "-", "--format", "jsonl"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["title"]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert main(["parse", "-"]) == EXIT_FAILURES
    assert "<stdin>: EmptyDocumentError" in capsys.readouterr().err


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == EXIT_USAGE
    assert main(["batch", str(tmp_path)]) == EXIT_USAGE  # -o is required
    assert main(["batch", str(tmp_path / "nope"), "-o", str(tmp_path / "o.jsonl")]) == EXIT_USAGE
    assert "no such file or directory" in capsys.readouterr().err
    assert main(["batch", str(tmp_path), "-o", str(tmp_path / "o.jsonl"), "--workers", "0"]) == EXIT_USAGE
    assert main(["--version"]) == EXIT_OK


def test_sample_still_works(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sample"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["url"] == SAMPLE_URL


def test_batch_directory(pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(pages), "-o", str(out), "--workers", "2"]) == EXIT_FAILURES
    articles = _lines(out)
    assert len(articles) == 2 and all(a["title"] for a in articles)
    errors = _lines(tmp_path / "out.errors.jsonl")
    assert errors == [
        {"input": str(pages / "home.html"), "url": None, "error_type": "NotAnArticleError",
         "message": errors[0]["message"]}
    ]
    err = capsys.readouterr().err
    assert "read 3 · parsed 2 · not an article 1 · failed 0" in err and "pages/s" in err
    assert "\r" not in err  # no progress bar: stderr is not a terminal here
    # A finished run leaves no progress file behind (under either naming scheme).
    assert not (tmp_path / "out.progress.json").exists() and not (tmp_path / "out.jsonl.progress.json").exists()


def test_batch_all_parsed_exit_zero(pages: Path, tmp_path: Path) -> None:
    out, errors = tmp_path / "o.jsonl", tmp_path / "e.jsonl"
    command = ["batch", str(pages / "a.html"), "-o", str(out), "--errors", str(errors), "--timeout", "0"]
    assert main(command) == EXIT_OK
    assert len(_lines(out)) == 1 and errors.read_text() == ""


def test_batch_warc_with_host_filter(tmp_path: Path) -> None:
    pytest.importorskip("fastwarc", reason="the warc extra (FastWARC) is not installed")
    from newsparse.warc import write_warc

    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [(SAMPLE, SAMPLE_URL), (SAMPLE, "https://www.kompas.com/x"), (HOMEPAGE, "https://solo.tribunnews.com/")])
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(warc), "-o", str(out), "--host", "*.tribunnews.com"]) == EXIT_FAILURES
    assert [a["url"] for a in _lines(out)] == [SAMPLE_URL]
    (failure,) = _lines(tmp_path / "out.errors.jsonl")
    assert failure["url"] == "https://solo.tribunnews.com/" and str(failure["input"]).startswith(f"{warc}@")


def test_unreadable_warc_is_reported_and_the_run_goes_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("fastwarc", reason="the warc extra (FastWARC) is not installed")
    from newsparse.warc import write_warc

    good, bad = tmp_path / "good.warc.gz", tmp_path / "bad.warc"
    write_warc(good, [(SAMPLE, SAMPLE_URL)])
    bad.write_bytes(b"this is not a WARC file\n" * 20)
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(bad), str(good), "-o", str(out), "--timeout", "0"]) == EXIT_FAILURES
    assert len(_lines(out)) == 1
    err = capsys.readouterr().err
    assert f"{bad}: cannot read" in err and "1 input file(s) could not be read" in err


def test_progress_bar_only_on_a_terminal() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    counts = _Counts()
    counts.add(object())
    terminal, pipe = Terminal(), io.StringIO()
    _Progress(terminal, total=4).update(counts, force=True)
    _Progress(pipe, total=4).update(counts, force=True)
    shown = terminal.getvalue()
    assert "[######" in shown and "1/4" in shown and "pages/s" in shown
    assert pipe.getvalue() == ""


def test_resume_after_a_crash_continues_exactly(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    inputs = [str(pages / "a.html"), str(pages / "home.html"), str(pages / "sub" / "b.htm")]
    assert main(["batch", *inputs, "-o", str(out)]) == EXIT_FAILURES
    complete, complete_errors = out.read_bytes(), (tmp_path / "out.errors.jsonl").read_bytes()
    # Simulate a run killed after the first page, with half a line written after the checkpoint.
    progress = tmp_path / "out.progress.json"
    first_line = complete.split(b"\n")[0] + b"\n"
    state = {"inputs": inputs, "host": [], "format": "jsonl", "done": 1, "output_bytes": len(first_line),
             "errors_bytes": 0, "complete": False}
    progress.write_text(json.dumps(state))
    out.write_bytes(first_line + b'{"url": "half a li')
    assert main(["batch", *inputs, "-o", str(out), "--resume"]) == EXIT_FAILURES
    assert out.read_bytes() == complete
    assert (tmp_path / "out.errors.jsonl").read_bytes() == complete_errors


def test_resume_refuses_other_inputs_or_unknown_output(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(pages / "a.html"), "-o", str(out)]) == EXIT_OK
    assert main(["batch", str(pages / "home.html"), "-o", str(out), "--resume"]) == EXIT_USAGE
    other = tmp_path / "other.jsonl"
    other.write_text('{"title": "x"}\n')
    assert main(["batch", str(pages / "a.html"), "-o", str(other), "--resume"]) == EXIT_USAGE
    # A finished run removed its progress file: resuming it is refused and keeps the output.
    before = out.read_bytes()
    assert main(["batch", str(pages / "a.html"), "-o", str(out), "--resume"]) == EXIT_USAGE
    assert out.read_bytes() == before


def test_ctrl_c_leaves_complete_lines_and_resume_finishes(tmp_path: Path) -> None:
    pytest.importorskip("fastwarc", reason="the warc extra (FastWARC) is not installed")
    from newsparse.warc import write_warc

    warc = tmp_path / "crawl.warc"
    urls = [f"{SAMPLE_URL}?n={i}" for i in range(600)]
    write_warc(warc, [(HOMEPAGE if i % 50 == 7 else SAMPLE, url) for i, url in enumerate(urls)])
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "newsparse", "batch", str(warc), "-o", str(out), "--workers", "1"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size < 20_000):
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    if process.returncode == EXIT_FAILURES:  # finished before the signal arrived: nothing to test
        pytest.skip("the batch finished before Ctrl-C arrived")
    assert process.returncode == EXIT_INTERRUPTED, err
    assert "--resume" in err and "Traceback" not in err
    partial = _lines(out)  # every line is complete JSON
    errors = _lines(tmp_path / "out.errors.jsonl")
    assert 0 < len(partial) + len(errors) < 600
    state = json.loads((tmp_path / "out.progress.json").read_text())
    assert state["done"] == len(partial) + len(errors) and state["complete"] is False
    done = subprocess.run([*command, "--resume"], capture_output=True, text=True, timeout=120, env=os.environ)
    assert done.returncode == EXIT_FAILURES, done.stderr
    articles = _lines(out)
    failures = _lines(tmp_path / "out.errors.jsonl")
    assert [a["url"] for a in articles] == [u for i, u in enumerate(urls) if i % 50 != 7]
    assert [f["url"] for f in failures] == [u for i, u in enumerate(urls) if i % 50 == 7]
