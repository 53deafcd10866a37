"""Quotes and sources: who said what, and which outlets an article cites.

Rules and lexicons only (no models, no network). The word lists live in
:mod:`newsparse.lang.id`; this package applies them: :mod:`.marks` pairs quotation marks,
:mod:`.speakers` reads speaker phrases (role, name, pronoun, description), :mod:`.discourse`
keeps who is speaking and resolves pronouns and roles, :mod:`.quotes` finds direct and reported
speech and replays them in text order, :mod:`.sources` finds cited outlets. Offsets point into
``"\\n\\n".join(paragraphs)``.
"""

from __future__ import annotations

from .quotes import extract_quotes
from .sources import extract_sources

__all__ = ["extract_quotes", "extract_sources"]
