"""Sphinx configuration for the newsparse documentation.

The build never touches the network: no intersphinx (external references are plain links),
the JSON Schema and the model field tables are generated from the installed package by the
local extension in ``_ext/newsparse_docs.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import newsparse

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "newsparse"
author = "The newsparse developers"
copyright = "2026, The newsparse developers"
release = newsparse.__version__
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
    "myst_parser",
    "newsparse_docs",
]

source_suffix = {".rst": "restructuredtext"}
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
templates_path: list[str] = []

# -- autodoc / napoleon ---------------------------------------------------------------------------
autodoc_typehints = "description"
autodoc_typehints_description_target = "documented_params"
autodoc_member_order = "bysource"
autodoc_class_signature = "separated"
autodoc_preserve_defaults = True
autodoc_default_options = {"show-inheritance": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False

# -- MyST (only to include CHANGELOG.md) ----------------------------------------------------------
myst_heading_anchors = 3

# -- HTML -------------------------------------------------------------------------------------------
html_theme = "furo"
html_title = f"newsparse {release}"
html_static_path: list[str] = []
html_theme_options = {
    "source_repository": "https://github.com/newsparse/newsparse/",
    "source_branch": "main",
    "source_directory": "docs/",
}

# -- linkcheck: no network on the build machines, so external links are not fetched -----------------
linkcheck_ignore = [r"https?://.*"]
linkcheck_timeout = 1

# CHANGELOG.md is included below the page's own title, so its sections start at level 2.
suppress_warnings = ["myst.header"]
