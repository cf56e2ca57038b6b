"""Stopping a long run cleanly: Ctrl-C (SIGINT) and SIGTERM.

Python turns SIGINT into ``KeyboardInterrupt`` in the main thread. For the duration of a
run, :func:`stop_on_sigterm` makes SIGTERM do the same: its handler raises
:class:`Interrupted`, itself a ``KeyboardInterrupt``, so that everything that cleans up
after Ctrl-C (open transactions roll back, the run is marked ``interrupted``) also cleans
up after SIGTERM. A run that catches either re-raises :class:`Interrupted` with what it
had done; the command line then exits with status 128 + the signal number (130 for
Ctrl-C, 143 for SIGTERM).

>>> stop = Interrupted(signal.SIGTERM)
>>> (stop.signal_name, stop.exit_status, isinstance(stop, KeyboardInterrupt))
('SIGTERM', 143, True)
>>> interrupted(KeyboardInterrupt()).exit_status
130
"""

from __future__ import annotations

import gc
import signal
import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class Interrupted(KeyboardInterrupt):
    """A run stopped by a signal.

    The run that catches it sets ``summary`` (what it had done) and ``where`` (the file
    or item it was working on) before raising it on.
    """

    def __init__(self, signum: int = signal.SIGINT, summary: Any = None) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = int(signum)
        self.summary = summary
        self.where: str | None = None

    @property
    def signal_name(self) -> str:
        """``SIGINT`` or ``SIGTERM``."""
        return signal.Signals(self.signum).name

    @property
    def exit_status(self) -> int:
        """The shell's status for a process stopped by this signal: 128 + its number."""
        return 128 + self.signum


def interrupted(
    exc: KeyboardInterrupt, summary: Any = None, where: str | None = None
) -> Interrupted:
    """``exc`` as an :class:`Interrupted` (a plain ``KeyboardInterrupt`` is Ctrl-C)."""
    stop = exc if isinstance(exc, Interrupted) else Interrupted(signal.SIGINT)
    if summary is not None:
        stop.summary = summary
    if where is not None:
        stop.where = where
    return stop


def release(exc: BaseException) -> None:
    """Let go of what the frames an exception passed through still hold.

    A signal can land while a database driver is inside a statement (SQLite's
    ``executemany`` runs Python code between rows). The connection is then closed, but a
    cursor kept alive by the exception's traceback keeps its statement, and with it the
    transaction's write lock, until it is freed; recording that the run was interrupted
    would wait for that lock. Clearing the finished frames' locals frees it.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        traceback.clear_frames(current.__traceback__)
        current = current.__context__
    gc.collect()


def _raise_interrupted(signum: int, _frame: Any) -> None:
    raise Interrupted(signum)


@contextmanager
def stop_on_sigterm() -> Iterator[None]:
    """While inside, SIGTERM raises :class:`Interrupted` in the main thread.

    The previous handler comes back on leaving. Outside the main thread (where Python
    cannot install handlers) this does nothing.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    try:
        previous = signal.signal(signal.SIGTERM, _raise_interrupted)
    except ValueError:  # not the main interpreter
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


__all__ = ["Interrupted", "interrupted", "release", "stop_on_sigterm"]
