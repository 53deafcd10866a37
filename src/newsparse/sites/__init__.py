"""Site parsers shipped with newsparse, and the base classes for writing more.

The built-in parsers (:mod:`.tribun`, :mod:`.generic`) are loaded and registered by the
registry when it first needs them, the way entry-point plugins are; they do not import the
registry, and importing this package does not import them.
"""

from __future__ import annotations

from .base import Layout, Page, Selectors, SiteParser

__all__ = ["Layout", "Page", "Selectors", "SiteParser"]
