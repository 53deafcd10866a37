"""The site-parser extension API: entry-point plugins, the registry, dispatch, layouts, pickling.

The example plugin in ``examples/newsparse-example-plugin`` must be installed in the test
environment (``python3 dev.py test`` does it; by hand: ``pip install -e examples/newsparse-example-plugin``).
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import pickle
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from importlib.metadata import entry_points
from pathlib import Path

import pytest

import newsparse
from newsparse import (
    Layout,
    NotAnArticleError,
    ParserConflictError,
    ParserNotFoundError,
    Selectors,
    SiteParser,
    get_parser,
    parse_article,
    parsers,
    register,
)
from newsparse.document import Document
from newsparse.registry import ENTRY_POINT_GROUP, resolve, unregister
from newsparse.samples import SAMPLE_URL

ROOT = Path(__file__).resolve().parent.parent
PLUGIN_DIR = ROOT / "examples" / "newsparse-example-plugin"
PLUGIN_PAGE = PLUGIN_DIR / "tests" / "fixtures" / "kabarkampung-2025.html"
PLUGIN_URL = "https://kaltim.kabarkampung.example/berita/2025/03/03/jembatan-gantung-long-bagun-dibuka-lagi"
STRUCTURE = ROOT.parent / "shared" / "tribun" / "STRUCTURE.md"


def _plugin_installed() -> bool:
    return any(ep.name == "kabarkampung" for ep in entry_points(group=ENTRY_POINT_GROUP))


@pytest.fixture(autouse=True)
def _require_plugin() -> None:
    if not _plugin_installed():
        pytest.fail(
            "the example plugin is not installed in this environment: "
            "run `python3 dev.py test` or `pip install -e examples/newsparse-example-plugin`"
        )


@pytest.fixture
def plugin_html() -> bytes:
    return PLUGIN_PAGE.read_bytes()


def _without_head_links(html: bytes, keep_site_name: bool = True) -> bytes:
    """The plugin page without canonical / og:url (and optionally og:site_name)."""
    text = html.decode("utf-8")
    text = re.sub(r'<link rel="canonical"[^>]*>', "", text)
    text = re.sub(r'<meta property="og:url"[^>]*>', "", text)
    if not keep_site_name:
        text = re.sub(r'<meta property="og:site_name"[^>]*>', "", text)
    return text.encode("utf-8")


@pytest.fixture
def registered() -> Iterator[list[str]]:
    """Names registered by a test; unregistered afterwards so tests stay independent."""
    names: list[str] = []
    yield names
    for name in names:
        with contextlib.suppress(ParserNotFoundError):
            unregister(name)


# -- the example plugin, through its entry point ------------------------------------------------


def test_plugin_declares_an_entry_point() -> None:
    (entry_point,) = [ep for ep in entry_points(group=ENTRY_POINT_GROUP) if ep.name == "kabarkampung"]
    assert entry_point.value == "newsparse_example_plugin.parser:KabarKampungParser"


def test_plugin_is_found_without_being_imported() -> None:
    """A fresh interpreter: the user imports only newsparse; the plugin loads on first use."""
    script = textwrap.dedent(
        f"""
        import sys
        import newsparse
        html = open({str(PLUGIN_PAGE)!r}, "rb").read()
        assert "newsparse_example_plugin" not in sys.modules, "loaded too early"
        by_url = newsparse.parse_article(html, url={PLUGIN_URL!r})
        assert "newsparse_example_plugin" in sys.modules
        by_canonical = newsparse.parse_article(html)
        print(by_url.parser, by_canonical.parser)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["kabarkampung", "kabarkampung"]


def test_site_name_dispatch_in_a_fresh_process() -> None:
    """The first call of a process may be a page with nothing but og:site_name."""
    script = textwrap.dedent(
        f"""
        import re, newsparse
        html = open({str(PLUGIN_PAGE)!r}, encoding="utf-8").read()
        html = re.sub(r'<link rel="canonical"[^>]*>|<meta property="og:url"[^>]*>', "", html)
        print(newsparse.parse_article(html).parser)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "kabarkampung"


def test_found_by_url(plugin_html: bytes) -> None:
    article = parse_article(plugin_html, url=PLUGIN_URL)
    assert article.parser == "kabarkampung"
    assert article.site == "kaltim.kabarkampung.example"
    assert article.authors == ["Dewi Anggraini"]
    assert article.editors == ["Yusuf Hamdani"]
    assert article.tags == ["MahakamUlu", "Jembatan"]


def test_found_by_canonical_link(plugin_html: bytes) -> None:
    article = parse_article(plugin_html)
    assert article.parser == "kabarkampung"
    assert article.url is None
    assert article.canonical_url == PLUGIN_URL


def test_found_by_og_url() -> None:
    html = PLUGIN_PAGE.read_text(encoding="utf-8")
    html = re.sub(r'<link rel="canonical"[^>]*>', "", html)
    html = re.sub(r'<meta property="og:site_name"[^>]*>', "", html)
    assert parse_article(html).parser == "kabarkampung"


def test_found_by_og_site_name_without_url_or_canonical(plugin_html: bytes) -> None:
    article = parse_article(_without_head_links(plugin_html))
    assert article.parser == "kabarkampung"
    assert article.canonical_url is None


def test_site_name_is_case_insensitive(plugin_html: bytes) -> None:
    html = _without_head_links(plugin_html).replace(b'content="KabarKampung"', b'content="KABARKAMPUNG"')
    assert parse_article(html).parser == "kabarkampung"


def test_no_url_no_canonical_no_site_name_goes_generic(plugin_html: bytes) -> None:
    assert parse_article(_without_head_links(plugin_html, keep_site_name=False)).parser == "generic"


def test_plugin_selectors_drop_boilerplate_the_generic_parser_keeps(plugin_html: bytes) -> None:
    site = parse_article(plugin_html, url=PLUGIN_URL)
    generic = parse_article(plugin_html, url=PLUGIN_URL, parser="generic")
    boilerplate = ("Scroll untuk melanjutkan", "Bagikan:", "Ikuti saluran WhatsApp")
    assert not any(word in site.text for word in boilerplate)
    assert any(word in generic.text for word in boilerplate)
    assert set(site.paragraphs) <= set(generic.paragraphs)
    assert site.published is not None and site.published.isoformat() == "2025-03-03T09:40:00+08:00"


def test_parsers_lists_the_plugin_and_the_builtins() -> None:
    listed = parsers()
    names = [p.name for p in listed]
    assert names == sorted(names)
    assert {"generic", "tribun", "kabarkampung"} <= set(names)
    plugin = listed[names.index("kabarkampung")]
    assert type(plugin).__module__ == "newsparse_example_plugin.parser"
    assert isinstance(plugin, SiteParser)
    assert get_parser("kabarkampung") is plugin


def test_public_api_is_exported() -> None:
    for name in ("SiteParser", "Selectors", "Layout", "Page", "register", "parsers", "get_parser"):
        assert name in newsparse.__all__


# -- forcing a parser ---------------------------------------------------------------------------


def test_force_by_name_instance_and_class(plugin_html: bytes) -> None:
    tribun_url = "https://www.tribunnews.com/regional/2025/03/03/x"
    assert resolve(Document.from_html(plugin_html, tribun_url)).name == "tribun"
    forced = get_parser("kabarkampung")
    for choice in ("kabarkampung", forced, type(forced)):
        assert parse_article(plugin_html, url=tribun_url, parser=choice).parser == "kabarkampung"


def test_force_generic_on_a_tribun_page() -> None:
    article = parse_article(newsparse.sample_html(), url=SAMPLE_URL, parser="generic")
    assert article.parser == "generic"
    assert parse_article(newsparse.sample_html(), url=SAMPLE_URL).parser == "tribun"


def test_unknown_forced_name() -> None:
    with pytest.raises(ParserNotFoundError, match=r"no parser named 'kompas'.*known: .*kabarkampung"):
        parse_article(newsparse.sample_html(), parser="kompas")
    with pytest.raises(LookupError):
        get_parser("kompas")


def test_forcing_something_else_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        parse_article(newsparse.sample_html(), parser=42)  # type: ignore[arg-type]


# -- registration -------------------------------------------------------------------------------


class _KabarImpostor(SiteParser):
    name = "kabar-impostor"
    hosts = ("berita.example", "*.kabarkampung.example")


class _SerambiCopy(SiteParser):
    name = "serambi-copy"
    hosts = ("serambinews.com",)


class _TribunNameClash(SiteParser):
    name = "tribun"
    hosts = ("tribun-clash.example",)


def test_duplicate_wildcard_claim_names_both_parsers() -> None:
    parsers()
    with pytest.raises(ParserConflictError) as raised:
        register(_KabarImpostor)
    message = str(raised.value)
    assert "*.kabarkampung.example" in message
    assert "'kabarkampung' (newsparse_example_plugin.parser.KabarKampungParser)" in message
    assert "'kabar-impostor'" in message and "_KabarImpostor" in message
    # Nothing of the rejected parser was registered, not even its uncontested host.
    assert "kabar-impostor" not in [p.name for p in parsers()]
    assert resolve(Document.from_html("<p>x</p>", "https://berita.example/a")).name == "generic"


def test_duplicate_exact_claim_names_both_parsers() -> None:
    with pytest.raises(ParserConflictError, match=r"'serambinews\.com'.*'tribun'.*'serambi-copy'"):
        register(_SerambiCopy)


def test_duplicate_name_is_a_conflict() -> None:
    with pytest.raises(ParserConflictError, match=r"'tribun'.*TribunParser.*_TribunNameClash"):
        register(_TribunNameClash)


def test_registering_the_same_class_twice_is_harmless(registered: list[str]) -> None:
    plugin_cls = type(get_parser("kabarkampung"))
    assert register(plugin_cls) is plugin_cls
    assert register(plugin_cls) is plugin_cls

    class Twice(SiteParser):
        name = "twice"
        hosts = ("twice.example",)

    registered.append("twice")
    assert register(Twice) is Twice
    assert register(Twice) is Twice
    names = [p.name for p in parsers()]
    assert names.count("twice") == 1 and names.count("kabarkampung") == 1


def test_register_works_as_a_decorator(registered: list[str]) -> None:
    registered.append("decorated")

    @register
    class Decorated(SiteParser):
        name = "decorated"
        hosts = ("decorated.example",)

    assert isinstance(Decorated, type)
    assert resolve(Document.from_html("<p>x</p>", "https://www.decorated.example/a")).name == "decorated"


def test_register_rejects_non_parsers_and_nameless_parsers() -> None:
    class Nameless(SiteParser):
        hosts = ("nameless.example",)

    with pytest.raises(TypeError):
        register(object)  # type: ignore[type-var]
    with pytest.raises(ValueError, match="name"):
        register(Nameless)


def test_unregister_frees_the_hosts(registered: list[str]) -> None:
    class Temporary(SiteParser):
        name = "temporary"
        hosts = ("temporary.example",)
        site_names = ("Temporary News",)

    register(Temporary)
    unregister("temporary")
    assert resolve(Document.from_html("<p>x</p>", "https://temporary.example/a")).name == "generic"
    with pytest.raises(ParserNotFoundError):
        unregister("temporary")


# -- hosts --------------------------------------------------------------------------------------


def _parser_for(url: str) -> str:
    return resolve(Document.from_html("<html><body><p>x</p></body></html>", url)).name


@pytest.mark.parametrize(
    "url",
    [
        "https://www.tribunnews.com/nasional/2024/01/01/x",
        "https://tribunnews.com/nasional/2024/01/01/x",
        "https://m.tribunnews.com/amp/nasional/2024/01/01/x",
        "https://jabar.tribunnews.com/2024/01/01/x",
        "https://WWW.TribunNews.com./nasional/x",
        "http://jabar.tribunnews.com:8080/2024/01/01/x",
        "https://www.serambinews.com/berita/x",
        "https://aceh.tribunnews.com/2024/01/01/x",
        "https://kupang.tribunnews.com/2024/01/01/x",
        "https://pos-kupang.com/2024/01/01/x",
        "https://makassar.tribunnews.com/2024/01/01/x",
        "https://tribun-timur.com/2024/01/01/x",
        "https://tribunjabar.id/2024/01/01/x",
        "https://www.tribunjatim.com/2024/01/01/x",
    ],
)
def test_tribun_hosts(url: str) -> None:
    assert _parser_for(url) == "tribun"


@pytest.mark.parametrize(
    "url",
    [
        "https://nottribunnews.com/x",
        "https://tribunnews.com.evil.example/x",
        "https://www.kompas.com/read/2024/01/01/x",
        "https://kabarkampung.example.org/x",
    ],
)
def test_lookalike_hosts_are_not_claimed(url: str) -> None:
    assert _parser_for(url) == "generic"


def test_plugin_hosts() -> None:
    assert _parser_for("https://kabarkampung.example/berita/x") == "kabarkampung"
    assert _parser_for("https://www.kabarkampung.example/berita/x") == "kabarkampung"
    assert _parser_for("https://kaltim.kabarkampung.example/berita/x") == "kabarkampung"
    assert _parser_for("https://a.b.kabarkampung.example/berita/x") == "kabarkampung"


def test_exact_claims_beat_wildcards_and_longer_wildcards_win(registered: list[str]) -> None:
    class Special(SiteParser):
        name = "kabar-special"
        hosts = ("special.kabarkampung.example", "*.deep.kabarkampung.example")

    register(Special)
    registered.append("kabar-special")
    assert _parser_for("https://special.kabarkampung.example/x") == "kabar-special"
    assert _parser_for("https://x.deep.kabarkampung.example/x") == "kabar-special"
    assert _parser_for("https://other.kabarkampung.example/x") == "kabarkampung"


def test_a_wildcard_alone_does_not_claim_the_bare_domain(registered: list[str]) -> None:
    class WildOnly(SiteParser):
        name = "wild-only"
        hosts = ("*.wild.example",)

    register(WildOnly)
    registered.append("wild-only")
    assert _parser_for("https://jabar.wild.example/x") == "wild-only"
    assert _parser_for("https://wild.example/x") == "generic"


def _domain_table_hosts() -> list[str]:
    """Every host in the STRUCTURE.md §9 domain table: web hosts and brand / dateline domains."""
    section = STRUCTURE.read_text(encoding="utf-8").split("## 9.", 1)[1].split("\n## ", 1)[0]
    hosts: set[str] = set()
    for line in section.splitlines():
        if not line.startswith("|") or line.startswith(("|---", "| Site")):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        for cell in cells[1:3]:
            for match in re.finditer(r"\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|id|co)\b", cell, re.IGNORECASE):
                hosts.add(match.group(0).lower())
    return sorted(hosts)


@pytest.mark.skipif(not STRUCTURE.is_file(), reason="shared/tribun/STRUCTURE.md is not available")
def test_every_host_of_the_network_domain_table_is_tribun() -> None:
    hosts = _domain_table_hosts()
    assert len(hosts) > 50
    assert {"jabar.tribunnews.com", "serambinews.com", "pos-kupang.com", "tribun-timur.com"} <= set(hosts)
    unclaimed = [host for host in hosts if _parser_for(f"https://{host}/berita/x") != "tribun"]
    assert unclaimed == []


# -- layouts ------------------------------------------------------------------------------------


class _Eras(SiteParser):
    """A test site with an AMP template (by marker) and an old template (by date)."""

    name = "test-eras"
    hosts = ("eras.example",)
    selectors = Selectors(title=("//h1",), body=("//div[@class='isi']",))
    layouts = (
        Layout("amp", marker="//html[@amp]", selectors=Selectors(body=("//div[@class='amp-isi']",))),
        Layout("lama", until=date(2020, 1, 1), selectors=Selectors(body=("//div[@id='isi-lama']",))),
    )


_PARAGRAPHS = "".join(f"<p>Kalimat nomor {n} dari {{where}} yang cukup panjang.</p>" for n in range(3))


def _eras_page(amp: bool = False, published: str | None = None) -> str:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    return (
        f"<html{' amp' if amp else ''}><head>{meta}</head><body><h1>Judul</h1>"
        f"<div class='isi'>{_PARAGRAPHS.format(where='isi')}</div>"
        f"<div class='amp-isi'>{_PARAGRAPHS.format(where='amp')}</div>"
        f"<div id='isi-lama'>{_PARAGRAPHS.format(where='lama')}</div></body></html>"
    )


@pytest.fixture
def eras(registered: list[str]) -> _Eras:
    register(_Eras)
    registered.append("test-eras")
    return _Eras()


@pytest.mark.parametrize(
    ("url", "amp", "published", "layout"),
    [
        ("https://eras.example/berita/2023/05/01/x", False, None, "default"),
        ("https://eras.example/berita/2019/05/01/x", False, None, "lama"),
        ("https://eras.example/berita/2019/12/31/x", False, None, "lama"),
        ("https://eras.example/berita/2020/01/01/x", False, None, "default"),  # `until` is exclusive
        ("https://eras.example/berita/x", False, "2018-03-04T10:00:00+07:00", "lama"),  # date from meta
        ("https://eras.example/berita/x", False, None, "default"),  # no date: no dated layout
        ("https://eras.example/amp/2019/05/01/x", True, None, "amp"),  # first fitting layout wins
        ("https://eras.example/amp/2023/05/01/x", True, None, "amp"),
    ],
)
def test_layout_by_marker_and_by_date(eras: _Eras, url: str, amp: bool, published: str | None, layout: str) -> None:
    html = _eras_page(amp, published)
    assert eras.page(Document.from_html(html, url)).layout == layout
    article = parse_article(html, url=url)
    assert article.parser == "test-eras"
    where = {"default": "isi", "lama": "lama", "amp": "amp"}[layout]
    assert article.paragraphs[0] == f"Kalimat nomor 0 dari {where} yang cukup panjang."


def test_layout_selectors_inherit_the_defaults(eras: _Eras) -> None:
    page = eras.page(Document.from_html(_eras_page(amp=True), "https://eras.example/amp/x"))
    assert page.selectors.body == ("//div[@class='amp-isi']",)
    assert page.selectors.title == ("//h1",)


def test_the_plugin_picks_its_old_layout_by_marker() -> None:
    html = (PLUGIN_DIR / "tests" / "fixtures" / "kabarkampung-2020-klasik.html").read_bytes()
    plugin = get_parser("kabarkampung")
    assert plugin.page(Document.from_html(html)).layout == "klasik"
    assert plugin.page(Document.from_html(PLUGIN_PAGE.read_bytes())).layout == "default"
    assert parse_article(html).authors == ["Rahmat Hidayat"]


def test_tribun_eras() -> None:
    tribun = get_parser("tribun")
    assert tribun.page(Document.from_html(newsparse.sample_html(), SAMPLE_URL)).layout == "desktop-2022"


# -- generic fallback by host --------------------------------------------------------------------


def test_unknown_host_goes_to_the_generic_parser(plugin_html: bytes) -> None:
    html = _without_head_links(plugin_html, keep_site_name=False)
    article = parse_article(html, url="https://berita.contoh.example/2025/03/03/jembatan")
    assert article.parser == "generic"
    assert article.site == "berita.contoh.example"
    assert article.title.startswith("Jembatan Gantung Long Bagun Dibuka Lagi")


def test_an_unclaimed_url_falls_back_to_the_canonical_link(plugin_html: bytes) -> None:
    """A copy served elsewhere (a mirror, an archive) is still parsed by its site's parser."""
    mirror = "https://arsip.contoh.example/web/2025/" + PLUGIN_URL
    assert parse_article(plugin_html, url=mirror).parser == "kabarkampung"


def test_an_unclaimed_page_without_a_body_is_not_an_article() -> None:
    html = "<html><head><title>Beranda</title></head><body><nav><a href='/a'>A</a></nav></body></html>"
    with pytest.raises(NotAnArticleError, match="'generic' parser found no article body"):
        parse_article(html, url="https://berita.contoh.example/")


# -- pickling and worker processes ---------------------------------------------------------------


def test_every_registered_parser_pickles() -> None:
    for parser in parsers():
        copy = pickle.loads(pickle.dumps(parser))
        assert type(copy) is type(parser)
        assert copy == parser and hash(copy) == hash(parser)
        assert copy.name == parser.name and copy.hosts == parser.hosts


def _parse_in_worker(html: bytes, url: str | None, parser: SiteParser | str | None) -> tuple[str, str, int]:
    article = parse_article(html, url=url, parser=parser)
    return article.parser, article.title, len(article.paragraphs)


def test_parse_in_worker_processes(plugin_html: bytes) -> None:
    sample = newsparse.sample_html()
    jobs = [
        (sample, SAMPLE_URL, None),
        (plugin_html, PLUGIN_URL, None),
        (plugin_html, None, None),
        (sample, SAMPLE_URL, get_parser("generic")),
        (plugin_html, "https://www.tribunnews.com/x", get_parser("kabarkampung")),
    ]
    expected = [_parse_in_worker(*job) for job in jobs]
    # "spawn": fresh interpreters, so parsers travel by pickle and plugins load from entry points.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        results = list(pool.map(_parse_in_worker, *zip(*jobs, strict=True)))
    assert results == expected
    assert [r[0] for r in results] == ["tribun", "kabarkampung", "kabarkampung", "generic", "kabarkampung"]


def test_articles_pickle(plugin_html: bytes) -> None:
    article = parse_article(plugin_html, url=PLUGIN_URL)
    assert pickle.loads(pickle.dumps(article)) == article


# -- entry-point loading ------------------------------------------------------------------------


def _fake_entry_points(monkeypatch: pytest.MonkeyPatch, *values: str) -> None:
    from importlib.metadata import EntryPoint

    from newsparse import registry

    fake = [EntryPoint(name=f"plugin{n}", value=value, group=ENTRY_POINT_GROUP) for n, value in enumerate(values)]
    monkeypatch.setattr(registry, "entry_points", lambda group: fake if group == ENTRY_POINT_GROUP else [])
    monkeypatch.setattr(registry, "_entry_points_loaded", False)
    monkeypatch.setattr(registry, "_broken", {})


def test_a_broken_plugin_is_skipped_with_a_warning_and_listed(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_entry_points(monkeypatch, "newsparse_no_such_plugin.parser:Parser")
    with pytest.warns(newsparse.PluginLoadWarning, match=r"'plugin0' \(newsparse_no_such_plugin"):
        listed = {p.name: p for p in parsers()}
    broken = listed["plugin0"]
    assert isinstance(broken, newsparse.BrokenPlugin) and "ModuleNotFoundError" in broken.error
    assert "tribun" in listed and "generic" in listed
    # Tribun pages still parse, by host and by name.
    assert parse_article(newsparse.sample_html(), url=SAMPLE_URL).parser == "tribun"
    assert get_parser("tribun").name == "tribun"


def test_a_broken_plugin_raises_when_asked_for_by_name_and_keeps_saying_it(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_entry_points(monkeypatch, "newsparse_no_such_plugin.parser:Parser")
    with pytest.warns(newsparse.PluginLoadWarning):
        parsers()
    for _ in range(2):  # not only on the first call
        with pytest.raises(newsparse.NewsparseError, match=r"'plugin0' \(newsparse_no_such_plugin"):
            get_parser("plugin0")
        with pytest.raises(newsparse.NewsparseError, match=r"'plugin0' \(newsparse_no_such_plugin"):
            parse_article(newsparse.sample_html(), parser="plugin0")


def test_an_entry_point_must_name_a_parser_class_or_a_module(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_entry_points(monkeypatch, "os.path:join")
    with pytest.warns(newsparse.PluginLoadWarning, match="must name a SiteParser subclass or a module"):
        names = [p.name for p in parsers()]
    assert "plugin0" in names
    with pytest.raises(newsparse.NewsparseError, match="must name a SiteParser subclass or a module"):
        get_parser("plugin0")


def test_a_plugin_claiming_a_taken_host_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_entry_points(monkeypatch, f"{__name__}:_HostThief")
    with pytest.warns(newsparse.PluginLoadWarning, match="claimed by both"):
        parsers()
    assert parse_article(newsparse.sample_html(), url=SAMPLE_URL).parser == "tribun"


class _HostThief(SiteParser):
    name = "host-thief"
    hosts = ("*.tribunnews.com",)


def test_a_broken_installed_plugin_does_not_break_the_command_line(tmp_path: Path) -> None:
    """A real distribution on the path whose entry point names a module that does not exist."""
    dist = tmp_path / "site" / "newsparse_broken_demo-1.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: newsparse-broken-demo\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[newsparse.parsers]\nbroken-demo = newsparse_broken_demo_missing:Parser\n")
    page = tmp_path / "page.html"
    page.write_bytes(newsparse.sample_html())
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path / "site"), str(ROOT / "src")])}
    command = [sys.executable, "-m", "newsparse", "parse", str(page), "--url", SAMPLE_URL, "--format", "jsonl"]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["parser"] == "tribun"
    assert "PluginLoadWarning" in done.stderr and "'broken-demo'" in done.stderr
    assert "Traceback" not in done.stderr
    forced = subprocess.run([*command[:-2], "--parser", "broken-demo"], capture_output=True, text=True, env=env, timeout=60)
    assert forced.returncode == 2 and "newsparse_broken_demo_missing" in forced.stderr
    pages = [str(page)] * 16  # enough for both workers to parse some (4 pages per chunk)
    batch = [sys.executable, "-m", "newsparse", "batch", *pages, "-o", str(tmp_path / "out.jsonl"), "--workers", "2"]
    done = subprocess.run(batch, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("PluginLoadWarning") == 1  # loaded once, before the workers start


class _InstancePlugin(SiteParser):
    name = "instance-plugin"
    hosts = ("instance-plugin.example",)


_INSTANCE_PLUGIN = _InstancePlugin()


def test_an_entry_point_may_name_a_module_or_an_instance(
    monkeypatch: pytest.MonkeyPatch, registered: list[str]
) -> None:
    registered.append("instance-plugin")
    _fake_entry_points(monkeypatch, "newsparse_example_plugin", f"{__name__}:_INSTANCE_PLUGIN")
    names = [p.name for p in parsers()]
    assert "kabarkampung" in names and "instance-plugin" in names


# -- built-in parsers: loaded like plugins, no import circle ------------------------------------


def test_built_in_parsers_do_not_import_the_registry() -> None:
    """The registry loads the built-ins; they must not import it back (the circle of issue 14)."""
    import ast
    from pathlib import Path

    import newsparse.sites

    for path in Path(newsparse.sites.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                names = {node.module or "", *(alias.name for alias in node.names)}
                assert not any(name.split(".")[-1] == "registry" for name in names), (path.name, ast.dump(node))


def test_a_broken_built_in_parser_raises_instead_of_being_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsparse import registry

    monkeypatch.setattr(registry, "_BUILTIN_PARSERS", {"tribun": "newsparse.sites.no_such_module:Parser"})
    monkeypatch.setattr(registry, "_entry_points_loaded", False)
    with pytest.raises(ModuleNotFoundError):
        parsers()
    monkeypatch.undo()
    assert "tribun" in [p.name for p in parsers()]
