"""Hostile rows of replayed histories that gave no event (issue 10, helper replay20).

Classes found by diagnosing the retired held-out replay set 19 row by row, built as words in
``events.yaml`` for the mechanisms that already read their neighbours:

- a rising against a party told with a verb that is no event without its "against" party
  ("X rose (up) against Y", "X revolted against Y"; "rebelled" and "mutinied" already were
  a split) or with a noun of rising ("launched an uprising against Y", "staged a revolt
  against Y");
- outlawry and the insults of revolutionary parties as condemning nouns after a labelling
  verb ("declared Y outlaws", "branded Y counter-revolutionaries").

Invented sentences and groups only; every positive has a twin that must not come out
asserted (negated, denied, hedged or conditional) or must not fire at all (a look-alike).
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.nlp.conftest import named_between as _between

from riftwatch import api

X = "Zorblan Workers' Front"
Y = "Kestrel People's Union"


def _events(text: str) -> list[dict[str, Any]]:
    return list(api.extract([{"id": "d1", "date": "1931-05-01", "text": text}]))


# -- rising against a party --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"In May 1931 the {X} rose against the {Y} in the capital.",
        f"In May 1931 the {X} rose up against the {Y}.",
        f"In May 1931 the {X} revolted against the {Y}.",
        f"In May 1931 the {X} launched an uprising against the {Y}.",
        f"In May 1931 the {X} staged a revolt against the {Y}.",
    ],
)
def test_a_rising_against_a_party_is_a_split_from_it(text: str) -> None:
    hits = _between(_events(text), X, Y)
    assert [(e["event_type"], e["mode"], e["modality"]) for e in hits] == [
        ("REJECT", "split", "asserted")
    ], hits


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (f"In May 1931 the {X} did not rise against the {Y}.", "negated"),
        (f"The {X} denied that it had risen against the {Y}.", "denied"),
        (f"The {X} may rise against the {Y} next year.", "hypothetical"),
        (f"If the talks fail, the {X} will revolt against the {Y}.", None),
    ],
)
def test_a_rising_that_did_not_happen_is_never_asserted(text: str, modality: str | None) -> None:
    hits = _between(_events(text), X, Y)
    assert hits, text
    assert all(e["modality"] != "asserted" for e in hits), hits
    if modality is not None:
        assert {e["modality"] for e in hits if e["event_type"] == "REJECT"} == {modality}


@pytest.mark.parametrize(
    "text",
    [
        f"In 1931 the {X} rose to power in the capital.",
        f"Support for the {X} rose sharply among the {Y}'s voters.",
        f"The {X} crushed the uprising in the capital.",
    ],
)
def test_rising_without_an_against_party_names_no_split(text: str) -> None:
    events = _events(text)
    assert not [e for e in events if e["mode"] == "split"], events


# -- outlawry as a condemnation ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"In May 1931 the {X} declared the {Y} outlaws.",
        f"In May 1931 the {X} branded the {Y} counter-revolutionaries.",
        f"In May 1931 the {X} declared the {Y}'s leader an outlaw.",
    ],
)
def test_declaring_a_party_outlaws_condemns_it(text: str) -> None:
    hits = _between(_events(text), X, Y)
    assert ("ACCUSE", "disapprove", "asserted") in {
        (e["event_type"], e["mode"], e["modality"]) for e in hits
    }, hits


def test_a_denied_outlawry_is_not_asserted_and_a_view_is_no_event() -> None:
    denied = _between(_events(f"The {X} denied that it had declared the {Y} outlaws."), X, Y)
    assert denied and all(e["modality"] == "denied" for e in denied), denied
    view = _between(_events(f"The {X} considered the {Y} outlaws."), X, Y)
    assert not view, view


# -- a hostility that grows between two parties -------------------------------------------


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        (f"In 1931 tensions rose between the {X} and the {Y}.", "rivalry"),
        (f"Tensions grew between the {X} and the {Y} over the border crossing.", "rivalry"),
        (f"A rift emerged between the {X} and the {Y} in 1931.", "split"),
    ],
)
def test_a_hostility_growing_between_two_parties_runs_both_ways(text: str, mode: str) -> None:
    events = _events(text)
    for a, b in ((X, Y), (Y, X)):
        hits = _between(events, a, b)
        assert [(e["event_type"], e["mode"], e["modality"]) for e in hits] == [
            ("REJECT", mode, "asserted")
        ], events


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (f"Tensions never rose between the {X} and the {Y}.", "negated"),
        (f"Tensions may rise between the {X} and the {Y}.", "hypothetical"),
        (f"Officials denied that tensions had grown between the {X} and the {Y}.", "denied"),
    ],
)
def test_a_growing_hostility_that_did_not_happen_is_not_asserted(text: str, modality: str) -> None:
    hits = _between(_events(text), X, Y)
    assert hits and {e["modality"] for e in hits} == {modality}, hits


@pytest.mark.parametrize(
    "text",
    [
        f"Tensions eased between the {X} and the {Y}.",
        f"Cooperation grew between the {X} and the {Y}.",
        f"Tensions rose in the capital after the {Y} closed its offices.",
    ],
)
def test_no_hostility_grows_from_an_easing_a_cooperation_or_no_pair(text: str) -> None:
    events = _events(text)
    assert not [e for e in events if e["event_type"] == "REJECT"], events


# -- fighting as a part of the whole ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"In 1931 the {X} fought as part of the {Y} against the regime.",
        f"In 1931 the {X} fought as a unit of the {Y}.",
        f"In 1931 units of the {X} fought within the {Y} in the battle for the capital.",
        f"In 1931 the {X} operated within the ranks of the {Y}.",
    ],
)
def test_fighting_as_a_part_of_a_group_is_membership(text: str) -> None:
    hits = _between(_events(text), X, Y)
    assert ("COOPERATE", "asserted") in {(e["event_type"], e["modality"]) for e in hits}, hits


def test_fighting_as_a_part_that_did_not_happen_is_not_asserted() -> None:
    hits = _between(_events(f"The {X} never fought as part of the {Y}."), X, Y)
    assert hits and all(e["modality"] == "negated" for e in hits), hits


@pytest.mark.parametrize(
    "text",
    [
        f"In 1931 the {X} fought within the {Y}'s territory.",
        f"In 1931 the {X} operated inside the {Y}'s areas.",
        f"In 1931 the {X} fought the {Y} as part of a wider campaign.",
    ],
)
def test_fighting_in_a_groups_territory_or_campaign_is_no_membership(text: str) -> None:
    hits = _between(_events(text), X, Y)
    assert not [e for e in hits if e["event_type"] == "COOPERATE"], hits


# -- partisans are a side of their own -------------------------------------------------------


def test_a_countrys_partisans_are_a_side_of_their_own_not_its_state() -> None:
    events = _events(f"In 1943 Soviet partisans disarmed a unit of the {X} near the river.")
    hits = [e for e in events if e["target"]["name"] == X]
    assert hits and {e["source"]["name"] for e in hits} == {"Soviet partisans"}, events
    assert all(e["source"]["id"] != "country:soviet-union" for e in hits)


def test_a_countrys_troops_are_still_its_state() -> None:
    events = _events(f"In 1943 Soviet troops disarmed a unit of the {X} near the river.")
    hits = [e for e in events if e["target"]["name"] == X]
    assert hits and {e["source"]["id"] for e in hits} == {"country:soviet-union"}, events


# -- "had a falling out" ---------------------------------------------------------------------


def test_having_a_falling_out_with_a_party_is_a_falling_out() -> None:
    hits = _between(_events(f"In 1931 the {X} had a falling out with the {Y} over money."), X, Y)
    assert [(e["event_type"], e["mode"], e["modality"]) for e in hits] == [
        ("REJECT", "falling_out", "asserted")
    ], hits


def test_two_parties_having_a_falling_out_runs_both_ways() -> None:
    events = _events(f"The {X} and the {Y} had a falling out in 1931.")
    assert _between(events, X, Y) and _between(events, Y, X), events


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (f"The {X} never had a falling out with the {Y}.", "negated"),
        (f"Reports that the {X} had a falling out with the {Y} were denied.", "denied"),
        (f"The {X} may have had a falling out with the {Y}.", "uncertain"),
    ],
)
def test_a_falling_out_that_did_not_happen_is_not_asserted(text: str, modality: str) -> None:
    hits = _between(_events(text), X, Y)
    assert hits and {e["modality"] for e in hits} == {modality}, hits


def test_another_gerund_that_have_holds_is_no_falling_out() -> None:
    events = _events(f"The {X} had trouble raising money from the {Y}.")
    assert not [e for e in events if e["event_type"] == "REJECT"], events


# -- a place captured from a party -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (f"In April 1931 the {X} captured the town from the {Y}.", "asserted"),
        (f"The {X} did not capture the town from the {Y}.", "negated"),
        (f"The {X} may have captured the town from the {Y}.", "uncertain"),
    ],
)
def test_a_place_captured_from_a_party_is_taken_from_it(text: str, modality: str) -> None:
    hits = _between(_events(text), X, Y)
    assert [(e["event_type"], e["mode"], e["modality"]) for e in hits] == [
        ("COERCE", "seize", modality)
    ], hits


def test_people_captured_stay_an_arrest() -> None:
    text = f"In 1931 the {X} captured three {Y} fighters from a safe house."
    hits = _between(_events(text), X, Y)
    assert [(e["event_type"], e["mode"]) for e in hits] == [("COERCE", "arrest")], hits


def test_the_party_a_place_is_captured_from_wins_over_an_unknown_place_name() -> None:
    text = f"In April 1931 the {X} captured Kestrava from the {Y}."
    events = _events(text)
    assert [(e["target"]["name"], e["event_type"], e["mode"]) for e in events] == [
        (Y, "COERCE", "seize")
    ], events
