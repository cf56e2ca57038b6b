"""Answers computed once per key at a time and kept in memory, for the workbench's slow pages.

Many analysts opening the same busy page at once would each compute it and all wait far
longer: :class:`SingleFlight` lets the first caller of a key compute it while the others wait
for that answer (had it failed, the next of them computes it). Answers are kept up to a bound,
the oldest out (with ``lru``, the least recently used).

>>> answers = SingleFlight(kept=2)
>>> answers.get("a", lambda: {"n": 1})
{'n': 1}
>>> answers.get("a", lambda: {"n": 2})  # kept: not computed again
{'n': 1}
>>> _ = answers.get("b", dict), answers.get("c", dict)
>>> list(answers.answers)
['b', 'c']
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

T = TypeVar("T")


class SingleFlight(Generic[T]):
    """Answers by key, each computed by one caller at a time, at most ``kept`` of them."""

    def __init__(self, kept: int, *, lru: bool = False) -> None:
        self.kept = kept
        self.lru = lru
        self.answers: OrderedDict[Hashable, T] = OrderedDict()
        self._running: dict[Hashable, threading.Event] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The answer kept for ``key``, else ``compute()``'s (kept), computed once however
        many callers ask at a time. The answer is shared: callers copy what they change."""
        while True:
            with self._lock:
                answer = self.answers.get(key)
                if answer is not None:
                    if self.lru:
                        self.answers.move_to_end(key)
                    return answer
                running = self._running.get(key)
                if running is None:
                    self._running[key] = threading.Event()
                    break
            running.wait()  # then read its answer (or, had it failed, compute it here)
        try:
            answer = compute()
            with self._lock:
                self.answers[key] = answer
                while len(self.answers) > self.kept:
                    self.answers.popitem(last=False)
        finally:
            with self._lock:
                self._running.pop(key).set()
        return answer

    def clear(self) -> None:
        """Forget every kept answer (as another worker process, or a restarted server)."""
        with self._lock:
            self.answers.clear()


__all__ = ["SingleFlight"]
