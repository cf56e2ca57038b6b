"""Values worked out once from a loaded object (a lexicon, a knowledge base, an index).

Several stages derive a pattern or an index from data that is loaded once and then read for
every sentence: a regular expression over a word list of the lexicon, the ``governs``
relations of the knowledge base grouped by country, the resolver's names in sorted order.
:class:`Derived` keeps each such value beside the object it came from. The object itself is
kept, not only its address: a new lexicon that Python happens to place where a freed one was
is never read through the old one's value. With ``size`` the value is also worked out again
when the object has grown (a knowledge base that an analyst added entities to).

>>> from riftwatch.nlp.derived import Derived
>>> calls = []
>>> def initials(words):
...     calls.append(1)
...     return "".join(w[0] for w in words)
>>> of = Derived(initials, size=len)
>>> words = ["Tehrik", "Taliban", "Pakistan"]
>>> of(words), of(words), len(calls)
('TTP', 'TTP', 1)
>>> words.append("Jamaat")
>>> of(words), len(calls)
('TTPJ', 2)
>>> of(["Lashkar", "Taiba"]), len(calls)
('LT', 3)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

S = TypeVar("S")
V = TypeVar("V")


class Derived(Generic[S, V]):
    """``build(source)``, worked out once for each source object (and size, when ``size``
    is given) and kept while that object is one of the last ``limit`` sources seen."""

    def __init__(
        self, build: Callable[[S], V], *, size: Callable[[S], int] | None = None, limit: int = 8
    ) -> None:
        self.build = build
        self.size = size
        self.limit = limit
        self._held: dict[int, tuple[S, int, V]] = {}

    def __call__(self, source: S) -> V:
        size = self.size(source) if self.size is not None else 0
        held = self._held.get(id(source))
        if held is None or held[0] is not source or held[1] != size:
            if len(self._held) >= self.limit:
                self._held.clear()
            held = self._held[id(source)] = (source, size, self.build(source))
        return held[2]
