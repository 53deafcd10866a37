"""Parse many pages: in this process, or in worker processes with a per-page time limit.

>>> from newsparse import parse_many, ParseFailure
>>> for result in parse_many(pages, workers=2, timeout=30):  # doctest: +SKIP
...     if isinstance(result, ParseFailure):
...         print(result.input, result.error_type, result.message)
...     else:
...         print(result.title)

Results come back in input order, one per input: an :class:`~newsparse.models.Article` or a
:class:`ParseFailure` (nothing is silently dropped). With worker processes, a page that takes
longer than ``timeout`` seconds is reported as a ``TimeoutError`` failure and its worker is
replaced; a worker that dies (a crash, the OOM killer) costs only the page it was parsing.
"""

from __future__ import annotations

import contextlib
import functools
import multiprocessing
import os
import selectors
import signal
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler
from typing import Any, Generic, TypeVar, cast

from pydantic import BaseModel, ConfigDict

from .arguments import checked_items
from .errors import NewsparseError, NotAnArticleError
from .models import Article
from .pipeline import parse_article

__all__ = ["ParseFailure", "parse_many"]

T = TypeVar("T")
#: ``(html, url)`` or ``(html, url, input_name)``.
Item = tuple[bytes | str, str | None] | tuple[bytes | str, str | None, str]
ParseFunction = Callable[[bytes | str, str | None], Any]

#: Error type of a page that exceeded the time limit.
TIMEOUT = "TimeoutError"
#: Error type of a page whose worker process died while parsing it.
WORKER_DIED = "WorkerDied"


class ParseFailure(BaseModel):
    """A page that did not become an Article, and why."""

    model_config = ConfigDict(frozen=True)

    #: Where the page came from: a file name, ``warc-path@offset``, or ``item N`` (0-based).
    input: str
    url: str | None = None
    #: The exception's class name (``NotAnArticleError``, ``ParseError``, ``TimeoutError``, …).
    error_type: str
    message: str

    @property
    def not_an_article(self) -> bool:
        """True when the page is valid HTML but not an article (a homepage, an index page)."""
        return self.error_type == NotAnArticleError.__name__


def parse_many(
    items: Iterable[Item],
    *,
    workers: int = 1,
    timeout: float | None = None,
    parse: ParseFunction = parse_article,
    chunksize: int = 4,
    attribution: bool = True,
) -> Iterator[Article | ParseFailure]:
    """Parse ``(html, url)`` pairs; yield an Article or a :class:`ParseFailure` per pair, in order.

    Args:
        items: ``(html, url)`` pairs, or ``(html, url, input_name)`` triples to name the input in
            failures. Consumed lazily: a generator over a huge crawl is fine.
        workers: worker processes. ``1`` (the default) without a ``timeout`` parses in this
            process; more use that many processes.
        timeout: seconds one page may take (worker processes only; with ``workers=1`` and a
            timeout, one worker process is used so a hung page can be stopped).
        parse: the function turning ``(html, url)`` into the result, e.g. a ``functools.partial``
            of :func:`~newsparse.parse_article` with a forced ``parser``. With worker processes
            it must be picklable (a module-level function or a partial of one).
        chunksize: pages sent to a worker at a time.
        attribution: ``False`` passes ``attribution=False`` to ``parse`` (which must accept it,
            as :func:`~newsparse.parse_article` does): no quotes, no cited sources, less time.

    Every :class:`~newsparse.errors.NewsparseError` and any other exception from one page becomes
    that page's :class:`ParseFailure`; only a problem with ``items`` itself propagates.
    """
    items = checked_items(items, workers, timeout, parse, chunksize, attribution)
    task = parse if attribution else functools.partial(cast(Callable[..., Any], parse), attribution=False)
    for _, _, _, result in iter_results(items, task, workers=workers, timeout=timeout, chunksize=chunksize):
        yield result


def iter_results(
    items: Iterable[Item],
    task: Callable[[bytes | str, str | None], T],
    *,
    workers: int = 1,
    timeout: float | None = None,
    chunksize: int = 4,
    start_method: str | None = None,
) -> Generator[tuple[int, str, str | None, T | ParseFailure], None, None]:
    """The engine behind :func:`parse_many`: ``(index, input, url, result)`` in input order.

    ``task`` may return anything picklable (the command line has workers return JSON text, so
    the parent process only writes it). ``start_method`` is a :mod:`multiprocessing` start
    method; by default ``fork`` where it is available and this process runs a single thread
    (fast, and scripts need no ``if __name__ == "__main__"`` guard), else ``spawn``.
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if timeout is not None and timeout <= 0:
        timeout = None
    numbered = (_normalise(index, item) for index, item in enumerate(items))
    if workers == 1 and timeout is None:
        for index, html, url, name in numbered:
            yield index, name, url, run_task(task, html, url, name)
        return
    pool = _Pool(task, workers, timeout, max(1, chunksize), start_method)
    try:
        yield from pool.run(numbered)
    finally:
        pool.close()


def run_task(
    task: Callable[[bytes | str, str | None], T], html: bytes | str, url: str | None, name: str
) -> T | ParseFailure:
    """``task(html, url)``, with any exception turned into a :class:`ParseFailure`."""
    try:
        return task(html, url)
    except NewsparseError as exc:
        return ParseFailure(input=name, url=url, error_type=type(exc).__name__, message=str(exc))
    except RecursionError as exc:
        message = f"the page is nested too deeply to parse: {exc}"
        return ParseFailure(input=name, url=url, error_type=type(exc).__name__, message=message)
    except Exception as exc:
        message = f"unexpected error (please report it as a newsparse bug): {exc}"
        return ParseFailure(input=name, url=url, error_type=type(exc).__name__, message=message)


def _normalise(index: int, item: Item) -> tuple[int, bytes | str, str | None, str]:
    if len(item) == 3:
        html, url, name = item
        return index, html, url, str(name)
    html, url = item
    return index, html, url, f"item {index}"


# -- worker processes --------------------------------------------------------------------------


def _default_start_method() -> str:
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "spawn"


#: How often a worker checks that its parent is alive, in seconds.
_PARENT_CHECK_INTERVAL = 0.2
#: The exit code of a worker that ended because its parent was gone.
_PARENT_GONE_EXIT = 3


def _exit_with_parent(parent: int) -> None:
    """End this worker once ``parent`` is gone (its parent pid changes when it is adopted).

    Waiting for the pipe's end of file is not enough: a forked worker inherits the parent's end
    of its own pipe (and of older workers' pipes), so after a SIGKILL of the parent the pipe
    never closes and the worker would wait in ``recv`` forever, holding the caller's stdout and
    stderr. A thread works with every start method and on every POSIX system (prctl's parent-
    death signal is Linux-only and follows the thread that forked, not the process).
    """
    while os.getppid() == parent:
        time.sleep(_PARENT_CHECK_INTERVAL)
    os._exit(_PARENT_GONE_EXIT)


def _worker_main(task: Callable[[bytes | str, str | None], Any], conn: Connection, parent: int | None = None) -> None:
    """A worker: receive chunks of ``(index, html, url, name)``, send ``(index, result)`` per page.

    ``parent`` is the pid of the process that started it (when that is its parent pid: fork and
    spawn), so a parent that died before this line is noticed too."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    watched = os.getppid() if parent is None else parent
    threading.Thread(target=_exit_with_parent, args=(watched,), name="newsparse-parent-watch", daemon=True).start()
    conn.send(("ready", None))
    while True:
        try:
            chunk = conn.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        for index, html, url, name in chunk:
            result = run_task(task, html, url, name)
            try:
                conn.send((index, result))
            except (BrokenPipeError, OSError):
                return


class _Worker(Generic[T]):
    def __init__(self, ctx: Any, task: Callable[[bytes | str, str | None], T]) -> None:
        self.conn, child = ctx.Pipe(duplex=True)
        # With forkserver the worker's parent is the server, not this process: it watches that.
        # On Windows a parent pid never changes (and the pipe's end of file does the work).
        direct = os.name == "posix" and ctx.get_start_method() in ("fork", "spawn")
        parent = os.getpid() if direct else None
        self.process = ctx.Process(target=_worker_main, args=(task, child, parent), daemon=True)
        self.process.start()
        child.close()
        self.ready = False
        #: Pages sent and not answered yet, in the order the worker parses them.
        self.pending: deque[tuple[int, bytes | str, str | None, str]] = deque()
        #: How many of ``pending`` each chunk sent holds, oldest first.
        self.chunks: deque[int] = deque()
        self.since = time.monotonic()
        #: A chunk this small (pickled) fits in the pipe's buffer, so sending it ahead, while the
        #: worker is still busy, never blocks the parent.
        self.prefetch_limit = _send_buffer(self.conn) // 4

    def send(self, chunk: list[tuple[int, bytes | str, str | None, str]], data: bytes) -> None:
        self.conn.send_bytes(data)
        if not self.pending:
            self.since = time.monotonic()
        self.pending.extend(chunk)
        self.chunks.append(len(chunk))

    def answered(self) -> tuple[int, bytes | str, str | None, str]:
        self.chunks[0] -= 1
        if not self.chunks[0]:
            self.chunks.popleft()
        return self.pending.popleft()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


def _send_buffer(conn: Connection) -> int:
    """The send buffer size of a Pipe end (0 when it is not a socket, e.g. on Windows)."""
    try:
        with socket.socket(fileno=os.dup(conn.fileno())) as sock:
            return int(sock.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF))
    except (OSError, ValueError, AttributeError):
        return 0


class _Pool(Generic[T]):
    """Worker processes fed in chunks; results reordered to input order; hung pages killed.

    A worker gets its next chunk only once it has answered the previous one, so it is always
    waiting in ``recv`` when the parent sends: the parent never blocks on a busy (or hung) worker
    and can always enforce the time limit.
    """

    def __init__(
        self, task: Callable[[bytes | str, str | None], T], workers: int, timeout: float | None,
        chunksize: int, start_method: str | None,
    ) -> None:
        self.task = task
        self.timeout = timeout
        self.chunksize = chunksize
        self.ctx = multiprocessing.get_context(start_method or _default_start_method())
        self.selector = selectors.DefaultSelector()
        self.workers: list[_Worker[T]] = []
        for _ in range(workers):
            self._add(_Worker(self.ctx, task))
        #: Pages to hand out again (their worker was killed while they waited), before new input.
        self.retry: deque[tuple[int, bytes | str, str | None, str]] = deque()
        self.done: dict[int, tuple[int, str, str | None, T | ParseFailure]] = {}
        self.last_read = -1
        self.exhausted = False
        # Bounds memory: never read further ahead of the oldest unanswered page than this.
        self.window = workers * chunksize * 8

    def run(
        self, numbered: Iterator[tuple[int, bytes | str, str | None, str]]
    ) -> Iterator[tuple[int, str, str | None, T | ParseFailure]]:
        next_out = 0
        while True:
            self._dispatch(numbered, next_out)
            while next_out in self.done:
                yield self.done.pop(next_out)
                next_out += 1
            if self.exhausted and not self.retry and not any(w.pending for w in self.workers):
                return
            self._collect()

    def _dispatch(self, numbered: Iterator[tuple[int, bytes | str, str | None, str]], next_out: int) -> None:
        """Hand out chunks: to an idle worker (it is waiting in ``recv``, so sending cannot block),
        and one chunk ahead to a busy worker when it fits in the pipe's buffer (no idle gap
        between chunks, and still no blocking send)."""
        for worker in list(self.workers):
            if not worker.ready or len(worker.chunks) > 1:
                continue
            budget = worker.prefetch_limit if worker.pending else None
            if budget is not None and budget < 1024:
                continue
            chunk = self._take(numbered, next_out, budget)
            if not chunk:
                if budget is None:
                    return  # nothing left to hand out
                continue
            data = bytes(ForkingPickler.dumps(chunk))
            if budget is not None and len(data) > budget:
                self.retry.extendleft(reversed(chunk))
                continue
            try:
                worker.send(chunk, data)
            except (BrokenPipeError, OSError):  # it died: its pages go to another worker
                self.retry.extendleft(reversed(chunk))
                if not worker.pending:
                    self._replace(worker, WORKER_DIED, "")

    def _take(
        self, numbered: Iterator[tuple[int, bytes | str, str | None, str]], next_out: int, budget: int | None
    ) -> list[tuple[int, bytes | str, str | None, str]]:
        """Up to ``chunksize`` pages, retried ones first, within ``budget`` bytes (estimated)."""
        chunk: list[tuple[int, bytes | str, str | None, str]] = []
        size = 0
        limit = next_out + self.window
        while len(chunk) < self.chunksize:
            if self.retry:
                item = self.retry[0]
            elif not self.exhausted and self.last_read < limit:
                try:
                    item = next(numbered)
                except StopIteration:
                    self.exhausted = True
                    break
                self.last_read = item[0]
                self.retry.appendleft(item)  # taken below, or left for the next chunk
            else:
                break
            size += len(item[1]) * (1 if isinstance(item[1], bytes) else 4) + len(item[3]) + len(item[2] or "") + 64
            if budget is not None and size > budget:
                break
            chunk.append(self.retry.popleft())
        return chunk

    def _add(self, worker: _Worker[T]) -> None:
        self.workers.append(worker)
        self.selector.register(worker.conn.fileno(), selectors.EVENT_READ, (worker, False))
        self.selector.register(worker.process.sentinel, selectors.EVENT_READ, (worker, True))

    def _remove(self, worker: _Worker[T]) -> None:
        self.workers.remove(worker)
        for handle in (worker.conn.fileno(), worker.process.sentinel):
            with contextlib.suppress(KeyError, ValueError):
                self.selector.unregister(handle)
        worker.kill()

    def _collect(self) -> None:
        """Wait for results (one persistent selector: ``Connection.poll`` builds a new one per call)."""
        poll = 0.5 if self.timeout is None else min(0.5, self.timeout / 4)
        for key, _ in self.selector.select(timeout=poll):
            worker, is_sentinel = key.data
            if worker not in self.workers:
                continue
            if not is_sentinel:
                try:
                    self._receive(worker, worker.conn.recv())
                    continue
                except (EOFError, OSError):
                    pass  # it died: its sentinel says so once the process is gone
            if not worker.process.is_alive():
                code = worker.process.exitcode
                message = f"the worker process died while parsing this page (exit code {code})"
                self._replace(worker, WORKER_DIED, message)
        if self.timeout is not None:
            now = time.monotonic()
            for worker in list(self.workers):
                if worker.ready and worker.pending and now - worker.since > self.timeout:
                    message = f"parsing took longer than the {self.timeout:g} s limit per page"
                    self._replace(worker, TIMEOUT, message)

    def _receive(self, worker: _Worker[T], message: tuple[Any, Any]) -> None:
        index, result = message
        if index == "ready":
            worker.ready = True
            worker.since = time.monotonic()
            return
        _, _, url, name = worker.answered()
        self.done[index] = (index, name, url, result)
        worker.since = time.monotonic()

    def _replace(self, worker: _Worker[T], error_type: str, message: str) -> None:
        """Fail the page ``worker`` is stuck on, requeue its other pages, start a fresh worker."""
        self._remove(worker)
        if not worker.ready:
            raise RuntimeError(
                f"a newsparse worker process exited while starting (exit code {worker.process.exitcode}); "
                "with the 'spawn' start method the calling script needs an "
                "'if __name__ == \"__main__\":' guard"
            )
        if worker.pending:
            index, _, url, name = worker.pending.popleft()
            failure = ParseFailure(input=name, url=url, error_type=error_type, message=message)
            self.done[index] = (index, name, url, failure)
            self.retry.extendleft(reversed(worker.pending))
        self._add(_Worker(self.ctx, self.task))

    def close(self) -> None:
        """Stop the workers: politely when they are idle, at once when they still have pages."""
        for worker in self.workers:
            if worker.pending:
                worker.kill()
                continue
            with contextlib.suppress(BrokenPipeError, OSError):
                worker.conn.send(None)
        deadline = time.monotonic() + 2
        for worker in self.workers:
            worker.process.join(timeout=max(0.0, deadline - time.monotonic()))
            worker.kill()
        self.workers = []
        self.selector.close()
