"""Rows of replayed histories that gave no event (issue 10, helper replay22).

Classes found by diagnosing the retired held-out replay set 21 row by row:

- a founder's earlier post named by a soldier's rank ("P, who later led Y, was a captain in
  X"; events.yaml ``prehistory_roles``);
- a founder's earlier post in a state's armed force ("P, who later led Y, was a lieutenant in
  the Malawian Army": Y COOPERATE the state; events.yaml ``prehistory_state_forces``,
  mechanisms._state_force); the country named alone, or no founder, stays no event.

Invented sentences and groups only; every positive has a twin that must not come out
asserted (negated, hedged) or must not fire at all (a look-alike).
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.nlp.conftest import named_between as _between

from riftwatch import api

X = "Zorblan Workers' Front"
Y = "Kestrel People's Union"
P = "Tomas Verhoeven"


def _events(text: str) -> list[dict[str, Any]]:
    return list(api.extract([{"id": "d1", "date": "1975-05-01", "text": text}]))


# -- a soldier's rank as the founder's earlier post -----------------------------------------


@pytest.mark.parametrize("rank", ["captain", "colonel", "soldier"])
def test_rank_in_another_group_ties_the_later_group(rank: str) -> None:
    text = f"In 1975 {P}, who later led the {Y}, was a {rank} in the {X}."
    hits = _between(_events(text), Y, X)
    assert [(e["event_type"], e["modality"]) for e in hits] == [("COOPERATE", "asserted")], hits


def test_rank_never_held_is_negated() -> None:
    text = f"In 1975 {P}, who later led the {Y}, was never a captain in the {X}."
    hits = _between(_events(text), Y, X)
    assert all(e["modality"] != "asserted" for e in hits), hits


def test_rank_without_a_founder_is_no_event() -> None:
    # no clause says the captain later led another group: nothing ties two groups
    text = f"In 1975 {P} was a captain in the {X}."
    assert not [e for e in _events(text) if e["event_type"] == "COOPERATE"]


# -- a post in a state's armed force ---------------------------------------------------------


@pytest.mark.parametrize("force", ["Malawian Army", "Malawi Armed Forces"])
def test_post_in_a_state_army_ties_the_later_group_to_the_state(force: str) -> None:
    text = f"In 1975 {P}, who later led the {Y}, was a lieutenant in the {force}."
    hits = [e for e in _events(text) if e["source"]["name"] == Y]
    assert [(e["event_type"], e["target"]["id"], e["modality"]) for e in hits] == [
        ("COOPERATE", "country:malawi", "asserted")
    ], hits


def test_post_in_a_state_army_hedged_is_not_asserted() -> None:
    text = f"In 1975 {P}, who later led the {Y}, may have been a captain in the Malawian Army."
    hits = [e for e in _events(text) if e["source"]["name"] == Y]
    assert hits and all(e["modality"] != "asserted" for e in hits), hits


def test_country_named_alone_is_no_prehistory() -> None:
    # "a lieutenant in Malawi": where he served, not the state's force
    text = f"In 1975 {P}, who later led the {Y}, was a lieutenant in Malawi."
    assert not [e for e in _events(text) if e["target"]["id"] == "country:malawi"]


def test_state_army_without_a_founder_is_no_event() -> None:
    text = f"In 1975 {P} was a lieutenant in the Malawian Army."
    assert not [e for e in _events(text) if e["event_type"] == "COOPERATE"]


# -- 'its' on the object of the subject's own verb -------------------------------------------


def test_its_after_an_apposition_is_the_subjects_own() -> None:
    # the wing's own bombing: no attack on the party its apposition names
    text = f"In 1975 the Zorb Front, the armed wing of the {X}, carried out its first bombing."
    events = _events(text)
    assert not [e for e in events if e["event_type"] == "ASSAULT"], events
    assert [e["event_type"] for e in _between(events, "Zorb Front", X)] == ["COOPERATE"]


def test_its_on_a_named_target_still_attacks_it() -> None:
    # a look-alike with the target named outright: the attack stands
    text = "In 1975 the Zorb Front carried out its first bombing on the Kestrel Party."
    hits = _between(_events(text), "Zorb Front", "Kestrel Party")
    assert [(e["event_type"], e["modality"]) for e in hits] == [("ASSAULT", "asserted")], hits


def test_its_in_a_judgement_stays_the_judged_party() -> None:
    # the pronoun in a "for" phrase of the judging verb, not on its object: unchanged
    text = f"In 1975 the {X} condemned the Zorb Front for its bombing in the capital."
    hits = _between(_events(text), X, "Zorb Front")
    assert [e["event_type"] for e in hits] == ["ACCUSE"], hits
