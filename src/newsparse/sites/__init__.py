"""Site parsers shipped with newsparse, and the base classes for writing more.

The built-in parsers (:mod:`.tribun`, :mod:`.generic`) register themselves when the registry
first needs them; importing this package does not import them.
"""

from __future__ import annotations

from .base import Layout, Page, Selectors, SiteParser

__all__ = ["Layout", "Page", "Selectors", "SiteParser"]
