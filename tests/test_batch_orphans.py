"""Batch worker processes end when their parent is killed: none is left parsing (or blocked on
its pipe) holding the caller's standard output and error open."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from newsparse.warc import write_warc

FIXTURES = Path(__file__).parent / "fixtures"
#: Copies of the fixture pages in one WARC: enough work that the run is still going when it is
#: killed (one file: thousands of small files are slow to create and remove on some disks).
COPIES = 200

pytestmark = pytest.mark.skipif(
    sys.platform != "linux", reason="finds the worker processes through /proc (Linux only)"
)


def _children(pid: int) -> list[int]:
    """Processes whose parent is ``pid`` (from /proc/*/stat)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    """Running or sleeping; a zombie (exited, not yet reaped by whoever adopted it) is gone."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def _drain(stream: object, closed: threading.Event) -> None:
    stream.read()  # type: ignore[attr-defined]  # returns once every holder of the pipe has closed it
    closed.set()


def test_workers_exit_when_the_batch_parent_is_killed(tmp_path: Path) -> None:
    pages = [(page.read_bytes(), f"https://www.tribunnews.com/{page.stem}") for page in FIXTURES.glob("[0-9]*.html")]
    crawl = tmp_path / "crawl.warc"
    write_warc(crawl, (page for _ in range(COPIES) for page in pages))
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "newsparse", "batch", str(crawl), "-o", str(out), "--workers", "2"]
    parent = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and parent.poll() is None:
            workers = _children(parent.pid)
            if len(workers) >= 2 and out.exists() and out.stat().st_size > 0:
                break
            time.sleep(0.05)
        assert parent.poll() is None, "the batch ended before it could be killed: give it more pages"
        assert len(workers) >= 2, f"expected 2 worker processes, found {workers}"
        closed = [threading.Event(), threading.Event()]
        for stream, event in zip((parent.stdout, parent.stderr), closed, strict=True):
            threading.Thread(target=_drain, args=(stream, event), daemon=True).start()

        parent.send_signal(signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(map(_alive, workers)):
            time.sleep(0.05)
        left = [pid for pid in workers if _alive(pid)]
        assert not left, f"worker processes {left} outlived their killed parent"
        assert all(event.wait(2) for event in closed), "something still holds the caller's stdout/stderr"
    finally:
        for pid in workers:  # only the workers this test started
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        if parent.poll() is None:
            parent.kill()
        parent.wait()


def test_a_worker_whose_parent_is_already_gone_exits_at_once() -> None:
    """The parent died between starting the worker and the worker's first look: the worker is
    told a parent pid that is not its own parent's, and must not wait on its pipe for ever."""
    import multiprocessing

    from newsparse.batch import _PARENT_GONE_EXIT, _worker_main
    from newsparse.pipeline import parse_article

    ctx = multiprocessing.get_context("spawn")
    ours, theirs = ctx.Pipe(duplex=True)
    gone = os.getpid() + 1_000_000  # no process has this pid (Linux pids stay below 2**22)
    worker = ctx.Process(target=_worker_main, args=(parse_article, theirs, gone), daemon=True)
    worker.start()
    theirs.close()
    worker.join(timeout=20)
    try:
        assert worker.exitcode == _PARENT_GONE_EXIT, f"exit code {worker.exitcode}: not ended for its parent"
    finally:
        if worker.is_alive():
            worker.kill()
            worker.join()
        ours.close()
