"""Extraction gaps of issue 9 found on the lead's analyst walks (gaps58).

- A group's name joined by a hyphen to a word of affiliation makes the armed men after it that
  group's own: "STC-aligned forces", "Islah-affiliated fighters", "Houthi-allied tribesmen"
  (cues.yaml ``affiliated_body_ties``, ``affiliated_body_nouns``;
  ``mechanisms.hyphen_affiliated_body``), while a backer ("UAE-backed forces") only backs
  them, a country names no group of men, and "X-linked militants" stay unnamed men.

All sentences are invented; every asserted case has a negated or hedged twin.
"""

from __future__ import annotations

import pytest

from conftest import id_events

STC = "org:southern-transitional-council"
ISLAH = "org:al-islah"
HOUTHIS = "org:ansarallah"
SAUDI_MIL = "org:saudi-military"


def _asserted(events: list[tuple[str, str, str, str]]) -> set[tuple[str, str, str]]:
    return {(s, ty, t) for s, ty, t, m in events if m == "asserted"}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("STC-aligned forces stormed an Islah position outside Ataq.", STC, ISLAH),
        ("Islah-affiliated fighters shelled an STC checkpoint near Lawdar.", ISLAH, STC),
        ("Houthi-allied tribesmen ambushed Saudi troops in a valley near Kitaf.", HOUTHIS,
         SAUDI_MIL),
    ],
)  # fmt: skip
def test_men_tied_to_a_group_by_a_hyphen_are_the_group_s(
    text: str, source: str, target: str
) -> None:
    events = id_events(text, "2019-08-20")
    assert (source, "ASSAULT", target) in _asserted(events), events


@pytest.mark.parametrize(
    "text",
    [
        "STC-aligned forces did not storm an Islah position outside Ataq.",
        "Islah-affiliated fighters may have shelled an STC checkpoint near Lawdar.",
        "Houthi-allied tribesmen were reported to be planning to ambush Saudi troops near Kitaf.",
    ],
)
def test_negated_or_hedged_acts_of_tied_men_are_not_asserted(text: str) -> None:
    events = id_events(text, "2019-08-20")
    assert not any(ty == "ASSAULT" for _s, ty, _t in _asserted(events)), events
    assert any(s in (STC, ISLAH, HOUTHIS) for s, ty, _t, _m in events if ty == "ASSAULT"), events


def test_a_backer_before_a_hyphen_backs_the_men_and_is_not_them() -> None:
    events = id_events("UAE-backed Security Belt units stormed an Islah base.", "2019-08-20")
    asserted = _asserted(events)
    assert ("org:security-belt-forces", "ASSAULT", ISLAH) in asserted, events
    assert not any(
        s == "country:united-arab-emirates" and ty == "ASSAULT" for s, ty, _t in asserted
    )


def test_a_country_allied_to_men_does_not_make_them_its_own() -> None:
    events = id_events("Saudi-allied tribesmen ambushed Houthi fighters near Kitaf.", "2019-08-20")
    assert not any(
        s == "country:saudi-arabia" and ty == "ASSAULT" for s, ty, _t in _asserted(events)
    )


def test_linked_men_stay_unnamed_men() -> None:
    events = id_events("Islah-linked gunmen shot dead an STC commander in Aden.", "2019-08-20")
    assert not any(s == ISLAH and ty == "ASSAULT" for s, ty, _t in _asserted(events)), events


def test_men_named_by_a_phrase_of_their_own_keep_their_group() -> None:
    text = "Houthi-allied fighters from the Southern Transitional Council stormed an Islah post."
    events = id_events(text, "2019-08-20")
    assert not any(s == HOUTHIS and ty == "ASSAULT" for s, ty, _t in _asserted(events)), events
