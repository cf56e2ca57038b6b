"""A document's discourse state (the actors it has named, for coreference) keeps one entry per
actor named the same way, the latest last: a monitoring log naming the same groups in every
paragraph once grew the state by every repeat, and each sentence re-read all earlier ones
(3,000 paragraphs: 107 CPU-seconds, 10x the time of 1,000; walk52; speed in
benchmarks/extract_long.py)."""

from __future__ import annotations

from riftwatch.nlp.code import Actor
from riftwatch.nlp.extract import DocumentState


def _group(name: str) -> Actor:
    return Actor(id=f"open:{name.lower()}", name=name, mention=name, type="armed_group")


def test_a_repeated_actor_is_noted_once_and_moves_to_the_end() -> None:
    state = DocumentState()
    zorvan, kessel = _group("Zorvan Front"), _group("Kessel Brigades")
    for _ in range(500):
        state.note(zorvan, "Zorvan Front attacked Kessel Brigades.", 0, 12)
        state.note(kessel, "Zorvan Front attacked Kessel Brigades.", 22, 37)
    assert len(state.named) == 2
    state.note(zorvan, "Zorvan Front attacked Kessel Brigades.", 0, 12)
    assert [a.name for a in state.groups] == ["Kessel Brigades", "Zorvan Front"]
    assert state.recent("group") is not None and state.recent("group").name == "Zorvan Front"


def test_the_same_actor_named_another_way_keeps_both_mentions() -> None:
    state = DocumentState()
    state.note(_group("Zorvan Front"), "The Zorvan Front met elders.", 4, 16)
    state.note(_group("Zorvan Front"), "The front met elders.", 4, 9)
    assert [m for m, _a, _p in state.named] == ["Zorvan Front", "front"]
