"""An example newsparse plugin: a site parser for KabarKampung (a made-up local news site).

newsparse finds :class:`KabarKampungParser` through the ``newsparse.parsers`` entry point
declared in ``pyproject.toml``; nobody has to import this package.
"""

from __future__ import annotations

from .parser import KabarKampungParser

__all__ = ["KabarKampungParser"]
