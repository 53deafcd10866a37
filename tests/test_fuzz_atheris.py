"""A bounded coverage-guided fuzzing run (benchmarks/fuzz.py, atheris/libFuzzer) in the test command.

The harness is the one documented in docs/benchmarks.rst; here it runs 10,000 inputs (a few
seconds) from the fixture seeds. A crash is an exception that is not a ``NewsparseError`` or an
Article that breaks its contracts; libFuzzer then exits non-zero and saves the input, which the
failure message names: turn it into a regression test.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HARNESS = Path(__file__).resolve().parents[1] / "benchmarks" / "fuzz.py"
RUNS = 10_000


def test_a_bounded_atheris_run_finds_no_crash(tmp_path: Path) -> None:
    pytest.importorskip("atheris", reason="atheris ships wheels for Linux x86-64 CPython 3.11 only (the test extra)")
    result = subprocess.run(
        [sys.executable, str(HARNESS), f"-atheris_runs={RUNS}", "-max_total_time=240", f"-artifact_prefix={tmp_path}/"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    crashes = sorted(path.name for path in tmp_path.glob("crash-*"))
    assert result.returncode == 0 and not crashes, (crashes, result.stderr[-3000:])
    assert f"Done {RUNS} in" in result.stderr, result.stderr[-2000:]  # every run done, none cut short
