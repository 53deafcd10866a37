"""A sample Tribunnews article page bundled with the package, for demos and smoke tests.

The page is written by the newsparse authors in the 2024 Tribunnews template; its story is
fictional. ``python -m newsparse sample`` parses it and prints the Article as JSON.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["SAMPLE_URL", "sample_html", "sample_path"]

SAMPLE_FILE = "tribunnews-2024-sample.html"
SAMPLE_URL = (
    "https://www.tribunnews.com/regional/2024/11/01/"
    "pemkot-semarang-uji-coba-bus-listrik-di-koridor-baru-warga-diminta-beri-masukan"
)


def sample_path() -> Path:
    """Filesystem path of the bundled sample page."""
    return Path(str(resources.files(__name__).joinpath(SAMPLE_FILE)))


def sample_html() -> bytes:
    """The bundled sample page, as the server would send it (UTF-8 bytes)."""
    return resources.files(__name__).joinpath(SAMPLE_FILE).read_bytes()
