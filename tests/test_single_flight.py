"""SingleFlight: one computation per key at a time, its answer shared and kept."""

from __future__ import annotations

import threading
import time

import pytest

from riftwatch.single_flight import SingleFlight


def test_callers_of_one_key_at_once_share_one_computation() -> None:
    answers: SingleFlight[dict[str, int]] = SingleFlight(kept=4)
    calls: list[int] = []
    started = threading.Event()

    def slow() -> dict[str, int]:
        calls.append(1)
        started.set()
        time.sleep(0.2)
        return {"n": len(calls)}

    got: list[dict[str, int]] = []
    first = threading.Thread(target=lambda: got.append(answers.get("k", slow)))
    first.start()
    started.wait(5)
    others = [threading.Thread(target=lambda: got.append(answers.get("k", slow))) for _ in range(4)]
    for t in others:
        t.start()
    for t in [first, *others]:
        t.join(5)
    assert calls == [1] and got == [{"n": 1}] * 5


def test_a_failed_computation_is_computed_again_by_the_next_caller() -> None:
    answers: SingleFlight[str] = SingleFlight(kept=4)

    def broken() -> str:
        raise RuntimeError("store gone")

    with pytest.raises(RuntimeError):
        answers.get("k", broken)
    assert answers.get("k", lambda: "fine") == "fine"


def test_the_oldest_goes_out_or_with_lru_the_least_recently_used() -> None:
    fifo: SingleFlight[str] = SingleFlight(kept=2)
    lru: SingleFlight[str] = SingleFlight(kept=2, lru=True)
    for kept in (fifo, lru):
        kept.get("a", lambda: "A")
        kept.get("b", lambda: "B")
        kept.get("a", lambda: "again")  # a hit: refreshed only with lru
        kept.get("c", lambda: "C")
    assert list(fifo.answers) == ["b", "c"]
    assert list(lru.answers) == ["a", "c"]
    lru.clear()
    assert not lru.answers
