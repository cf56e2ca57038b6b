"""Rows of replayed histories that gave no event or a wrong one (issue 10, helper replay21).

Classes found by diagnosing the retired held-out replay set 20 row by row:

- support told as campaigning for a party ("X campaigned for Y"; events.yaml ``campaign``,
  only with "for");
- a body whose leading group a hyphened "-led" names stands for that group ("Y-led forces
  attacked X", "Y-led courts executed X's members"; mechanisms.hyphen_led_body, events.yaml
  ``led_body_nouns``); a country leading ("Kenyan-led forces") stays the mention finder's;
- a country named only as where someone fled ("the leaders fled to Q") gives no state to a
  generic state noun of the sentence ("security forces raided ..."; cues.yaml
  ``flight_destination_words``, extract._flight_destination).

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


# -- campaigning for a party ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"In the May 1931 election the {X} campaigned for the {Y}.",
        f"In 1931 the {X} campaigned for the {Y} in the northern districts.",
    ],
)
def test_campaigning_for_a_party_supports_it(text: str) -> None:
    hits = _between(_events(text), X, Y)
    assert [(e["event_type"], e["modality"]) for e in hits] == [("SUPPORT", "asserted")], hits


@pytest.mark.parametrize(
    "text",
    [
        f"In 1931 the {X} did not campaign for the {Y}.",
        f"In 1931 the {X} denied that it had campaigned for the {Y}.",
        f"In 1931 the {X} might campaign for the {Y} if the talks succeed.",
    ],
)
def test_campaigning_for_a_party_negated_denied_or_hedged_is_not_asserted(text: str) -> None:
    hits = _between(_events(text), X, Y)
    assert all(e["modality"] != "asserted" or e["event_type"] != "SUPPORT" for e in hits), hits


@pytest.mark.parametrize(
    "text",
    [
        f"In 1931 the {X} campaigned against the {Y}.",
        f"In 1931 the {X} campaigned for the release of prisoners.",
    ],
)
def test_campaigning_against_or_for_a_cause_is_no_support(text: str) -> None:
    events = _events(text)
    assert not [e for e in events if e["event_type"] == "SUPPORT"], events


# -- "-led" bodies ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "leader", "other", "etype"),
    [
        ("In 1931 Zorbani-led forces attacked the Kestrel Union in the hills.", "Zorbani",
         "Kestrel Union", "ASSAULT"),
        ("In 1931 ZPU-led courts executed dozens of members of the Kestrel Union.", "ZPU",
         "Kestrel Union", "ASSAULT"),
        ("In 1931 Hamas-led militias expelled Fatah from the town.", "Hamas", "Fatah", "COERCE"),
    ],
)  # fmt: skip
def test_a_body_led_by_a_named_group_acts_for_that_group(
    text: str, leader: str, other: str, etype: str
) -> None:
    hits = _between(_events(text), leader, other)
    assert [(e["event_type"], e["modality"]) for e in hits] == [(etype, "asserted")], hits


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("In 1931 Zorbani-led forces did not attack the Kestrel Union.", "negated"),
        ("In 1931 Zorbani-led forces may attack the Kestrel Union if the truce fails.", None),
        ("In 1931 Zorbani denied that Zorbani-led forces had attacked the Kestrel Union.", None),
    ],
)
def test_a_led_body_negated_hedged_or_denied_is_not_asserted(
    text: str, modality: str | None
) -> None:
    hits = _between(_events(text), "Zorbani", "Kestrel Union")
    assert all(e["modality"] != "asserted" for e in hits), hits
    if modality is not None:
        assert [e["modality"] for e in hits] == [modality], hits


def test_a_backed_body_is_not_read_as_led() -> None:
    events = _events("In 1931 Zorbani-backed forces attacked the Kestrel Union in the hills.")
    assert not _between(events, "Zorbani", "Kestrel Union"), events


def test_forces_a_group_once_led_are_not_read_from_a_bare_led() -> None:
    events = _events(f"In 1931 the forces that the {Y} led attacked the {X}.")
    assert all(e["modality"] == "asserted" for e in _between(events, Y, X)), events


# -- a country one fled to -------------------------------------------------------------------


def test_the_country_fled_to_gives_no_state_to_security_forces() -> None:
    events = _events(
        f"In 1931 security forces raided the offices of the {X}, and its leaders fled to China."
    )
    assert not [e for e in events if e["source"]["name"] in ("China", "Government of China")], (
        events
    )


def test_a_country_where_the_forces_are_still_gives_them_their_state() -> None:
    events = _events("In 2010 security forces in Pakistan raided a TTP hideout in Khyber.")
    assert [e["source"]["name"] for e in events if e["event_type"] == "ASSAULT"] == [
        "Pakistan Army"
    ], events


# -- a fronted date with no comma before a person's name -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"In July 1931 Amos Tredlow, who later led the {X}, was a senior commander of the {Y}"
        " in the northern hill districts.",
        f"In 1931 Amos Tredlow, who later led the {X}, was a senior commander of the {Y}"
        " in the northern hill districts.",
    ],
)
def test_a_founder_named_after_a_bare_fronted_date_is_still_the_subject(text: str) -> None:
    hits = _between(_events(text), X, Y)
    assert [(e["event_type"], e["modality"]) for e in hits] == [("COOPERATE", "asserted")], hits


@pytest.mark.parametrize(
    "text",
    [
        f"In 1931 Amos Tredlow, who later led the {X}, was never a member of the {Y}.",
        f"In 1931 Amos Tredlow, who later led the {X}, denied that he was a commander of the {Y}.",
    ],
)
def test_a_founder_after_a_bare_fronted_date_negated_or_denied_is_not_asserted(text: str) -> None:
    hits = _between(_events(text), X, Y)
    assert all(e["modality"] != "asserted" for e in hits), hits


# -- a clause joined by "and" with no comma --------------------------------------------------


def test_a_clause_joined_by_and_without_a_comma_keeps_its_own_subject() -> None:
    # the parser reads "the election and his Zorblan Army" as two objects of "rejected"
    text = "In 1931 Tredlow rejected the election and his Zorblan Army attacked a Kestrel Union"
    hits = _between(_events(text + " barracks at Kabamba."), "Zorblan Army", "Kestrel Union")
    assert [(e["event_type"], e["modality"]) for e in hits] == [("ASSAULT", "asserted")], hits


@pytest.mark.parametrize(
    "text",
    [
        "In 1931 Tredlow rejected the election and his Zorblan Army did not attack a Kestrel Union"
        " barracks at Kabamba.",
        "In 1931 Tredlow rejected the election and his Zorblan Army might attack a Kestrel Union"
        " barracks at Kabamba.",
    ],
)
def test_a_joined_clause_negated_or_hedged_is_not_asserted(text: str) -> None:
    hits = _between(_events(text), "Zorblan Army", "Kestrel Union")
    assert all(e["modality"] != "asserted" for e in hits), hits


def test_two_objects_joined_by_and_stay_objects() -> None:
    events = _events(f"In 1931 the {Y} captured the town and the airport of the {X}.")
    assert not _between(events, "airport", X), events
    assert all(e["source"]["name"] != X for e in events), events
