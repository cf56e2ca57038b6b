"""An actor's history lists each relation at its dated ends (from its side and from the other
party's), and a relation with no dates once, undated."""

from __future__ import annotations

from riftwatch.actors.api import actor_history


def test_a_relations_dated_ends_and_undated_relations_are_listed() -> None:
    events = actor_history("org:aqap")["events"]
    seen = {(e["date"], e["event"], e["detail"]) for e in events}
    assert ("2015", "rival_of begins", "Forces of Hadi") in seen
    assert ("2016", "rival_of ends", "Forces of Hadi") in seen
    assert ("2015-06-12", "leader until", "Nasir al-Wuhayshi") in seen  # from the leader's side
    assert (None, "affiliated_with", "Al Qaeda") in seen
    relations = [e for e in events if "role" in e]
    assert relations and all(list(e) == ["date", "event", "detail", "role", "source"]
                             for e in relations)  # fmt: skip
    dated = [e for e in events if e["date"] is not None]
    assert dated == sorted(dated, key=lambda e: (e["date"], e["event"]))
    assert events[len(dated) :] == [e for e in events if e["date"] is None]
