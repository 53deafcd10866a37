"""The documentation is tested like code.

* Every Python example in ``docs/**/*.rst`` and ``README.md`` runs (Sybil): ``>>>`` examples
  must print what the page says, ``code-block:: python`` blocks must run without error.
  Examples of one page share a namespace and run in page order, as a reader would run them.
* ``sphinx-build -W --keep-going`` (warnings are errors) builds the HTML, and every name in
  ``newsparse.__all__`` is in the API reference.
* ``sphinx-build -b linkcheck`` passes; external links are not fetched (no network here).
"""

from __future__ import annotations

import doctest
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

sybil = pytest.importorskip("sybil", reason="the test extra installs sybil")
pytest.importorskip("sphinx", reason="the docs extra installs sphinx")

from sybil import Document  # noqa: E402
from sybil.parsers import markdown, rest  # noqa: E402

import newsparse  # noqa: E402
from newsparse import registry  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
OPTIONS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE

REST_PARSERS = [
    rest.DocTestParser(optionflags=OPTIONS),
    rest.PythonCodeBlockParser(),
    rest.SkipParser(),
]
MARKDOWN_PARSERS = [
    markdown.PythonCodeBlockParser(doctest_optionflags=OPTIONS),
    markdown.SkipParser(),
]

PAGES = [*sorted(p for p in DOCS.rglob("*.rst") if "_build" not in p.parts), ROOT / "README.md"]


def _examples(path: Path) -> tuple[Document, list[object]]:
    parsers = MARKDOWN_PARSERS if path.suffix == ".md" else REST_PARSERS
    document = Document.parse(str(path), *parsers)
    return document, list(document.examples())


@pytest.mark.parametrize("path", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_examples_in_page_run(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # examples read repository files by paths relative to the root
    _document, examples = _examples(path)
    registered = {parser.name for parser in newsparse.parsers()}
    failure = None
    try:
        for example in examples:
            try:
                example.evaluate()  # type: ignore[attr-defined]
            except Exception as exc:
                failure = f"{path.relative_to(ROOT)}, example at line {getattr(example, 'line', '?')}:\n{exc}"
                break
    finally:  # a page may register a parser of its own: leave the registry as we found it
        for parser in newsparse.parsers():
            if parser.name not in registered:
                registry.unregister(parser.name)
    if failure:
        pytest.fail(failure, pytrace=False)


def test_the_docs_have_examples() -> None:
    counts = {path.relative_to(ROOT).as_posix(): len(_examples(path)[1]) for path in PAGES}
    total = sum(counts.values())
    print(f"{total} examples in {len(counts)} pages: {counts}")
    assert counts["README.md"] >= 1
    assert counts["docs/getting-started.rst"] >= 5
    assert total >= 60


def _sphinx(builder: str, out: Path) -> subprocess.CompletedProcess[str]:
    command = [
        sys.executable, "-m", "sphinx", "-b", builder, "-W", "--keep-going", "-E", "-q",
        "-d", str(out / "doctrees"), str(DOCS), str(out / builder),
    ]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT)


@pytest.fixture(scope="module")
def html_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("docs")
    result = _sphinx("html", out)
    assert result.returncode == 0, f"sphinx-build -W failed:\n{result.stdout}\n{result.stderr}"
    assert not result.stderr.strip(), f"sphinx-build printed warnings:\n{result.stderr}"
    return out / "html"


def test_docs_build_without_warnings(html_build: Path) -> None:
    assert (html_build / "index.html").is_file()
    schema_page = (html_build / "schema.html").read_text(encoding="utf-8")
    assert "single_page_url" in schema_page and "Dateline" in schema_page


def test_api_reference_covers_every_public_name(html_build: Path) -> None:
    raw = (html_build / "objects.inv").read_bytes()
    header_end = 0
    for _ in range(4):  # four text lines, then the zlib-compressed entries
        header_end = raw.index(b"\n", header_end) + 1
    entries = zlib.decompress(raw[header_end:]).decode("utf-8").splitlines()
    documented = {line.split(" ", 2)[0] for line in entries if line.split(" ", 2)[1].startswith("py:")}
    missing = [name for name in newsparse.__all__ if f"newsparse.{name}" not in documented]
    assert not missing, f"not in the API reference: {missing}"


def test_docs_linkcheck(tmp_path: Path) -> None:
    result = _sphinx("linkcheck", tmp_path)
    assert result.returncode == 0, f"linkcheck failed:\n{result.stdout}\n{result.stderr}"


# -- issue 13: what a new user missed in the docs ----------------------------------------------------


def test_every_selectors_field_is_described_in_the_tutorial() -> None:
    import attrs

    page = (DOCS / "site-parsers.rst").read_text(encoding="utf-8")
    table = page[page.index(".. _every-selector:") : page.index("Which XPath a selector may use")]
    rows = [line.strip()[len("* - ``") : -2] for line in table.splitlines() if line.strip().startswith("* - ``")]
    fields = [field.name for field in attrs.fields(newsparse.Selectors)]
    assert rows == fields, "the 'Every selector' table must describe each Selectors field, in order"


def test_the_docs_use_public_names_only() -> None:
    """The stability page calls newsparse.sites internal: no example imports from it."""
    texts = [p.read_text(encoding="utf-8") for p in PAGES]
    texts += [(ROOT / "examples" / "newsparse-example-plugin" / "README.md").read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in (ROOT / "examples").rglob("*.py")]
    assert not [t for t in texts if "from newsparse.sites" in t or "import newsparse.sites" in t]


def test_attrs_signatures_render_with_their_defaults(html_build: Path) -> None:
    api = (html_build / "api.html").read_text(encoding="utf-8")
    assert "attr_dict" not in api
    assert "Method generated by attrs" not in api
    import re

    text = re.sub(r"<[^>]+>", "", api)
    assert "title=(), description=(), body=()" in text
    assert "selectors=Selectors(), marker=None, until=None" in text
    for name in ("newsparse.CleaningRules", "newsparse.dask.DATAFRAME_COLUMNS", "newsparse.dask.ARTICLE_COLUMNS",
                 "newsparse.render.to_markdown", "newsparse.Block", "newsparse.BrokenPlugin"):
        assert f'id="{name}"' in api, name


def test_the_schema_is_published_where_its_id_points(html_build: Path) -> None:
    import json

    schema = newsparse.Article.model_json_schema()
    published = html_build / schema["$id"].rsplit("/", 1)[1]
    assert json.loads(published.read_text(encoding="utf-8")) == schema
