"""Which site parser handles a page: registration, entry-point discovery and dispatch.

Parsers register with :func:`register` (also usable as a class decorator) or are discovered
through the ``newsparse.parsers`` entry-point group, loaded lazily on first use. The built-in
parsers are loaded the same way, from ``_BUILTIN_PARSERS`` (their modules do not import this
one: no import circle), except that one failing to load is a bug and raises. Dispatch goes
by the URL's host; without a URL, by the page's canonical link, ``og:url`` or ``og:site_name``;
hosts nobody claims go to the generic parser.

A plugin that fails to load (an import error, a bad entry point, a host conflict) is skipped
with a :class:`~newsparse.errors.PluginLoadWarning`: every other parser keeps working.
:func:`parsers` lists it as a :class:`BrokenPlugin`, and asking for it by name raises the
load error.
"""

from __future__ import annotations

import logging
import threading
import warnings
from importlib.metadata import EntryPoint, entry_points
from types import ModuleType
from typing import ClassVar, TypeVar

from .document import Document, host_of
from .errors import NewsparseError, ParserConflictError, ParserNotFoundError, PluginLoadWarning
from .sites.base import SiteParser

__all__ = ["ENTRY_POINT_GROUP", "BrokenPlugin", "get_parser", "parsers", "register", "resolve", "unregister"]

logger = logging.getLogger("newsparse")

ENTRY_POINT_GROUP = "newsparse.parsers"
#: The parsers shipped with newsparse, written as entry points are ("module:Class").
_BUILTIN_PARSERS = {
    "generic": "newsparse.sites.generic:GenericParser",
    "tribun": "newsparse.sites.tribun:TribunParser",
}
GENERIC_NAME = "generic"

P = TypeVar("P", bound=type[SiteParser])

_lock = threading.RLock()
_by_name: dict[str, SiteParser] = {}
_exact_hosts: dict[str, SiteParser] = {}
_wildcard_hosts: dict[str, SiteParser] = {}
_site_names: dict[str, SiteParser] = {}
_broken: dict[str, BrokenPlugin] = {}
_entry_points_loaded = False


class BrokenPlugin(SiteParser):
    """A ``newsparse.parsers`` entry point that failed to load, as :func:`parsers` lists it.

    ``name`` is the entry point's name and ``error`` says what went wrong; it claims no host,
    so pages never reach it, and :func:`get_parser` raises ``error`` for its name.
    """

    error: ClassVar[str] = ""


def register(parser_cls: P) -> P:
    """Register a :class:`~newsparse.sites.base.SiteParser` subclass; returns it (a decorator).

    Registering the same class twice is harmless. A different parser claiming a taken name or
    host raises :class:`~newsparse.errors.ParserConflictError` naming both parsers.
    """
    if not (isinstance(parser_cls, type) and issubclass(parser_cls, SiteParser)):
        raise TypeError(f"register() expects a SiteParser subclass, got {parser_cls!r}")
    if not parser_cls.name:
        raise ValueError(f"{parser_cls.__qualname__} must set a non-empty `name`")
    parser = parser_cls()
    with _lock:
        taken = _by_name.get(parser.name)
        if taken is not None:
            if type(taken) is parser_cls:
                return parser_cls
            raise ParserConflictError(
                f"parser name {parser.name!r} is already used by {_describe(taken)}; "
                f"cannot register {_describe(parser)}"
            )
        claims = [_host_claim(host) for host in parser_cls.hosts]
        for table, key in claims:
            owner = table.get(key)
            if owner is not None:
                raise ParserConflictError(
                    f"host {_pattern(table, key)!r} is claimed by both {_describe(owner)} "
                    f"and {_describe(parser)}"
                )
        for table, key in claims:
            table[key] = parser
        for site_name in parser_cls.site_names:
            _site_names.setdefault(site_name.casefold(), parser)
        _by_name[parser.name] = parser
    return parser_cls


def unregister(name: str) -> None:
    """Remove the parser registered as ``name`` (mainly for tests and interactive use)."""
    with _lock:
        parser = _by_name.pop(name, None)
        if parser is None:
            raise ParserNotFoundError(f"no parser named {name!r} is registered")
        for table in (_exact_hosts, _wildcard_hosts, _site_names):
            for key in [k for k, v in table.items() if v is parser]:
                del table[key]


def parsers() -> list[SiteParser]:
    """Every registered parser (built-in and discovered through entry points), by name.

    Plugins that failed to load are listed too, as :class:`BrokenPlugin` objects.
    """
    _ensure_loaded()
    with _lock:
        found: dict[str, SiteParser] = {**_broken, **_by_name}
        return [found[name] for name in sorted(found)]


def get_parser(name: str) -> SiteParser:
    """The registered parser called ``name``.

    Raises:
        ParserNotFoundError: no parser has that name.
        NewsparseError: the plugin of that name failed to load (the message says why).
    """
    _ensure_loaded()
    broken = _broken.get(name)
    if broken is not None and name not in _by_name:
        raise NewsparseError(broken.error)
    try:
        return _by_name[name]
    except KeyError:
        known = ", ".join(sorted(_by_name))
        raise ParserNotFoundError(f"no parser named {name!r} is registered (known: {known})") from None


def parser_for_host(host: str | None) -> SiteParser | None:
    """The parser claiming ``host``, exact claims first, then the longest wildcard."""
    if not host:
        return None
    _ensure_loaded()
    host = host.lower().rstrip(".")
    if host.startswith("www.") and host not in _exact_hosts:
        bare = host[4:]
        if bare in _exact_hosts:
            return _exact_hosts[bare]
    if host in _exact_hosts:
        return _exact_hosts[host]
    labels = host.split(".")
    for index in range(1, len(labels)):
        parser = _wildcard_hosts.get(".".join(labels[index:]))
        if parser is not None:
            return parser
    return None


def resolve(doc: Document, parser: str | SiteParser | type[SiteParser] | None = None) -> SiteParser:
    """Pick the parser for ``doc``: the forced one, else by URL host, canonical, og:url, og:site_name."""
    if parser is not None:
        if isinstance(parser, str):
            return get_parser(parser)
        if isinstance(parser, SiteParser):
            return parser
        if isinstance(parser, type) and issubclass(parser, SiteParser):
            return parser()
        raise TypeError(f"parser must be a name, a SiteParser or a SiteParser subclass, not {parser!r}")
    _ensure_loaded()  # also when the page has no URL at all: og:site_name needs the plugins too
    for key, url in (("URL", doc.url), ("canonical link", doc.canonical_url), ("og:url", doc.meta.get("og:url"))):
        found = parser_for_host(host_of(url))
        if found is not None:
            logger.debug("parser %r chosen by the host of the %s %r", found.name, key, url)
            return found
    site_name = doc.meta.get("og:site_name")
    if site_name and site_name.casefold() in _site_names:
        logger.debug("parser %r chosen by og:site_name %r", _site_names[site_name.casefold()].name, site_name)
        return _site_names[site_name.casefold()]
    logger.debug("no parser claims %r: using the generic parser", host_of(doc.url or doc.canonical_url))
    return get_parser(GENERIC_NAME)


def _host_claim(host: str) -> tuple[dict[str, SiteParser], str]:
    host = host.strip().lower().rstrip(".")
    if host.startswith("*."):
        return _wildcard_hosts, host[2:]
    return _exact_hosts, host


def _pattern(table: dict[str, SiteParser], key: str) -> str:
    return f"*.{key}" if table is _wildcard_hosts else key


def _describe(parser: SiteParser) -> str:
    cls = type(parser)
    return f"{parser.name!r} ({cls.__module__}.{cls.__qualname__})"


def _ensure_loaded() -> None:
    """Import the built-in parsers and the ``newsparse.parsers`` entry points, once."""
    global _entry_points_loaded
    if _entry_points_loaded:
        return
    with _lock:
        if _entry_points_loaded:
            return
        _entry_points_loaded = True  # set first: plugins may call register() while importing
        _broken.clear()
        try:
            for name, value in _BUILTIN_PARSERS.items():
                _register_entry_point(EntryPoint(name=name, value=value, group=ENTRY_POINT_GROUP))
            for entry_point in entry_points(group=ENTRY_POINT_GROUP):
                _load_plugin(entry_point)
        except BaseException:
            # Retry (and raise again) on the next use rather than run on a half-loaded registry.
            _entry_points_loaded = False
            raise


def _load_plugin(entry_point: EntryPoint) -> None:
    """Register a plugin's entry point; a plugin that fails is skipped with a warning."""
    where = f"site parser plugin {entry_point.name!r} ({entry_point.value})"
    try:
        _register_entry_point(entry_point)
    except _NotAParser as exc:
        _skip(entry_point.name, f"{where} must name a SiteParser subclass or a module, not {exc.args[0]!r}")
    except Exception as exc:  # a broken plugin must say which one it is, and break nothing else
        _skip(entry_point.name, f"could not load {where}: {type(exc).__name__}: {exc}")


class _NotAParser(TypeError):
    """An entry point naming something other than a SiteParser subclass, instance or module."""


def _register_entry_point(entry_point: EntryPoint) -> None:
    """Register what one entry point names: a SiteParser subclass (or instance), or a module
    whose import registers its parsers itself."""
    loaded = entry_point.load()
    if isinstance(loaded, SiteParser):
        loaded = type(loaded)
    if isinstance(loaded, type) and issubclass(loaded, SiteParser):
        register(loaded)
    elif not isinstance(loaded, ModuleType):
        raise _NotAParser(loaded)


def _skip(name: str, message: str) -> None:
    broken = type("BrokenPlugin", (BrokenPlugin,), {"name": name, "error": message, "__module__": __name__})
    _broken[name] = broken()
    warnings.warn(f"{message}; skipped (the other parsers work)", PluginLoadWarning, stacklevel=4)
