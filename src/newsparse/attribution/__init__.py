"""Quotes and sources: who said what, and which outlets an article cites.

Placeholder while the attribution work (issue "Quotes and sources") is in progress: the
functions exist with their final signatures so the pipeline and the models are wired, and
they return nothing yet.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Quote, Source

__all__ = ["extract_quotes", "extract_sources"]


def _as_paragraphs(paragraphs: str | Sequence[str]) -> list[str]:
    return [paragraphs] if isinstance(paragraphs, str) else list(paragraphs)


def extract_quotes(paragraphs: str | Sequence[str]) -> list[Quote]:
    """Quotes in ``paragraphs`` (offsets into ``"\\n\\n".join(paragraphs)``)."""
    _as_paragraphs(paragraphs)
    return []


def extract_sources(paragraphs: str | Sequence[str]) -> list[Source]:
    """Outlets and agencies cited in ``paragraphs``."""
    _as_paragraphs(paragraphs)
    return []
