"""Output must not change under speed work: every page's Article JSON hashes as recorded.

The record is tests/output_snapshot.json; its generator, tests/output_snapshot.py, says how to
regenerate it deliberately when a change is meant to alter output.
"""

from __future__ import annotations

import json

import pytest

from output_snapshot import SHARED, SNAPSHOT, current, digest, pages


def test_every_page_gives_the_recorded_article() -> None:
    saved = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    now = current()
    changed = sorted(name for name in now if saved.get(name) != now[name])
    assert not changed, f"output changed on {len(changed)} page(s): {changed[:10]}"
    shared_names = {name for name in saved if name.startswith(("real:", "realsize:"))}
    if not (SHARED / "real").is_dir():
        pytest.skip(f"{SHARED} not found: {len(shared_names)} pages from ../shared were not compared")
    assert shared_names <= set(now), sorted(shared_names - set(now))[:5]


def test_the_snapshot_would_see_a_change() -> None:
    _, html, url = next(iter(pages()))
    changed = html.replace(b"</p>", b" x</p>", 1)
    assert digest(changed, url) != digest(html, url)
