"""Sphinx configuration for the newsparse documentation."""

from __future__ import annotations

import newsparse

project = "newsparse"
author = "The newsparse developers"
copyright = "2026, The newsparse developers"
release = newsparse.__version__
version = release

extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon"]
exclude_patterns = ["_build"]
html_theme = "alabaster"
