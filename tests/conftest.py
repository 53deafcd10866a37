"""Helpers shared by several test modules: the real texts in ../shared, and a deadline check."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

REAL_TEXTS = Path(__file__).resolve().parents[2] / "shared" / "tribun" / "texts"


@pytest.fixture
def real_text_lines() -> list[str]:
    """Every line, as saved, of the 41 real article texts; skips when ../shared is absent."""
    if not REAL_TEXTS.is_dir():
        pytest.skip(f"{REAL_TEXTS} not found: the real Tribun texts in ../shared are not available here")
    return [
        line
        for path in sorted(REAL_TEXTS.glob("*.json"))
        for line in json.loads(path.read_text(encoding="utf-8"))["page_text"].split("\n")
    ]


def finishes(function: Callable[[], object], seconds: float = 20.0) -> bool:
    """Whether ``function()`` returns within ``seconds`` (it runs on a daemon thread)."""
    done = threading.Event()

    def run() -> None:
        function()
        done.set()

    threading.Thread(target=run, daemon=True).start()
    return done.wait(seconds)


@pytest.fixture(name="finishes")
def finishes_fixture() -> Callable[..., bool]:
    """:func:`finishes`, for tests that check a hostile input cannot hang."""
    return finishes
