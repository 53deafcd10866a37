"""How much input newsparse accepts: one setting, read on every call.

``MAX_INPUT_SIZE`` bounds the page newsparse will parse, in bytes (for a ``str`` page, in
characters, and again in bytes once it is UTF-8). A larger page raises
:class:`~newsparse.errors.ParseError` before any work, so a crawl that feeds newsparse a
runaway response loses one page, not the machine: parsing costs a few times the page size in
memory (``benchmarks/memory.py``). Set it to ``None`` for no limit, or pass ``max_size=`` to
:func:`~newsparse.parse_article` / :func:`~newsparse.parse_pages` for one call.

Within the limit, libxml2's own limits (a text node over 10 MB, elements nested over 256 deep)
are lifted to what its ``XML_PARSE_HUGE`` option allows (1 GB of text, 2048 levels); a page that
still hits one of them raises :class:`~newsparse.errors.ParseError` saying so, never
"not an article".
"""

from __future__ import annotations

__all__ = ["MAX_INPUT_SIZE", "effective_limit"]

#: The largest page accepted, in bytes; ``None`` accepts any size. Real article pages are
#: 50-500 KB; 50 MiB leaves room for pages with inlined images.
MAX_INPUT_SIZE: int | None = 50 * 1024 * 1024


def effective_limit(max_size: int | None) -> tuple[int | None, str]:
    """The limit in force and the name of the setting it came from (for the error message)."""
    if max_size is not None:
        return max_size, "max_size"
    return MAX_INPUT_SIZE, "newsparse.limits.MAX_INPUT_SIZE"
