"""Running work off the GUI thread: store work on one thread, network work on another.

Results come back through `post`, which the UI supplies to run a function on its
own thread (a queued Qt signal); tests supply one that runs it at once. Only
immutable values (frozen rows, ids, reports) should cross.
"""

from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
Post = Callable[[Callable[[], None]], None]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class ImmediateExecutor(Executor):
    """Runs each job at once on the caller's thread (for tests)."""

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        future: Future[T] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as error:  # handed to the failure callback, as a thread would
            future.set_exception(error)
        return future


class Operations:
    def __init__(self, post: Post, *, store_executor: Executor | None = None,
                 network_executor: Executor | None = None) -> None:
        self._post = post
        self._store = store_executor or ThreadPoolExecutor(1, thread_name_prefix="yjfield-store")
        self._network = network_executor or ThreadPoolExecutor(
            1, thread_name_prefix="yjfield-sync")

    def on_store(self, work: Callable[[], T], done: Callable[[T], None], failed: Failed) -> None:
        """Run `work` on the store's own thread; `done` or `failed` runs on the GUI thread."""
        self._run(self._store, work, done, failed)

    def on_network(self, work: Callable[[], T], done: Callable[[T], None],
                   failed: Failed) -> None:
        """Run `work` on the network thread (sync), so a slow server never blocks the store."""
        self._run(self._network, work, done, failed)

    def _run(self, executor: Executor, work: Callable[[], T], done: Callable[[T], None],
             failed: Failed) -> None:
        def deliver(future: Future[T]) -> None:
            error = future.exception()
            if error is not None:
                self._post(lambda: failed(error))
            else:
                value = future.result()
                self._post(lambda: done(value))

        executor.submit(work).add_done_callback(deliver)

    def shutdown(self) -> None:
        self._store.shutdown(wait=True)
        self._network.shutdown(wait=True)
