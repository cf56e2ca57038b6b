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

from conftest import asserted_triples as _asserted
from conftest import id_events

STC = "org:southern-transitional-council"
ISLAH = "org:al-islah"
HOUTHIS = "org:ansarallah"
SAUDI_MIL = "org:saudi-military"


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


# -- a party's named operation stands for the party ------------------------------------------

LNA = "org:libyan-national-army"
ZINTAN = "org:zintan-brigades"


def test_joining_a_party_s_named_operation_is_a_joint_operation_with_it() -> None:
    text = "The Zintan Brigades joined Haftar's Operation Dignity near Gharyan."
    events = id_events(text, "2019-04-20")
    assert (ZINTAN, "COOPERATE", LNA) in _asserted(events), events
    assert not any(ty == "SUPPORT" for _s, ty, _t in _asserted(events)), events


def test_not_joining_a_party_s_named_operation_is_not_asserted() -> None:
    text = "The Zintan Brigades did not join Haftar's Operation Dignity near Gharyan."
    events = id_events(text, "2019-04-20")
    assert (ZINTAN, "COOPERATE", LNA, "negated") in events, events
    assert not _asserted(events), events


@pytest.mark.parametrize(
    ("verb", "modality"), [("sided", "asserted"), ("may have sided", "uncertain")]
)
def test_siding_with_a_party_s_named_operation_sides_with_the_party(
    verb: str, modality: str
) -> None:
    text = f"The Zintan Brigades {verb} with Haftar's Operation Dignity in April."
    assert (ZINTAN, "SUPPORT", LNA, modality) in id_events(text, "2019-04-20")


def test_an_operation_with_no_owner_is_still_no_party() -> None:
    text = "The Zintan Brigades joined Operation Steel Dawn near Gharyan."
    assert not any(t == LNA or "steel" in t for _s, _ty, t, _m in id_events(text, "2019-04-20"))


# -- a body named with a group is the group's ------------------------------------------------

TALIBAN = "org:afghan-taliban"


@pytest.mark.parametrize("body", ["court", "military court"])
def test_a_group_s_court_in_a_town_is_the_group_s(body: str) -> None:
    text = f"A Taliban {body} in Zurmat sentenced three Afghan soldiers to death."
    events = id_events(text, "2015-06-10")
    assert any(s == TALIBAN for s, _ty, _t in _asserted(events)), events
    assert not any(s == "country:afghanistan" for s, _ty, _t, _m in events), events


def test_a_group_s_court_that_did_not_sentence_asserts_nothing() -> None:
    text = "A Taliban court in Zurmat did not sentence the three Afghan soldiers."
    events = id_events(text, "2015-06-10")
    assert not _asserted(events), events
    assert any(s == TALIBAN for s, _ty, _t, _m in events), events


def test_a_court_with_no_group_named_stays_the_state_s() -> None:
    text = "A court in Zurmat sentenced three Taliban fighters to death."
    events = id_events(text, "2015-06-10")
    assert any(s == "country:afghanistan" and t == TALIBAN for s, _ty, t in _asserted(events))


# -- dividing a thing between two groups is no split between them ---------------------------

HAQQANI = "org:haqqani-network"


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban and the Haqqani network split the opium routes through Khost.",
        "The Taliban and the Haqqani network split the ransom between them.",
    ],
)
def test_groups_that_split_a_thing_between_them_do_not_split(text: str) -> None:
    events = id_events(text, "2014-06-10")
    assert not any(ty == "REJECT" for _s, ty, _t, _m in events), events


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The Taliban and the Haqqani network split in 2013 over the ransom.", "asserted"),
        ("The Taliban and the Haqqani network may split over the ransom.", "hypothetical"),
    ],
)
def test_groups_that_split_with_no_thing_divided_still_split(text: str, modality: str) -> None:
    assert (TALIBAN, "REJECT", HAQQANI, modality) in id_events(text, "2014-06-10")


def test_a_split_from_a_group_stays_a_split() -> None:
    events = id_events("The Haqqani network split from the Taliban in 2013.", "2014-06-10")
    assert (HAQQANI, "REJECT", TALIBAN, "asserted") in events, events
    denied = id_events("The Haqqani network denied that it split from the Taliban.", "2014-06-10")
    assert (HAQQANI, "REJECT", TALIBAN, "asserted") not in denied, denied


# -- "X joined Y in defending Z" is done with Y, no pledge ------------------------------------


def test_joining_a_group_in_defending_a_place_is_a_joint_act_with_it() -> None:
    text = "The Haqqani network joined the Taliban in defending the Zadran valley."
    asserted = _asserted(id_events(text, "2014-06-10"))
    assert (HAQQANI, "COOPERATE", TALIBAN) in asserted, asserted
    assert (HAQQANI, "SUPPORT", TALIBAN) not in asserted, asserted


def test_not_joining_a_group_in_defending_a_place_asserts_no_joint_act() -> None:
    text = "The Haqqani network did not join the Taliban in defending the Zadran valley."
    events = id_events(text, "2014-06-10")
    assert (HAQQANI, "COOPERATE", TALIBAN, "negated") in events, events
    assert not any(ty in ("COOPERATE", "SUPPORT") for _s, ty, _t in _asserted(events)), events


def test_joining_a_group_with_no_act_named_is_still_a_pledge() -> None:
    events = id_events("The Haqqani network joined the Taliban in 2010.", "2014-06-10")
    assert (HAQQANI, "SUPPORT", TALIBAN, "asserted") in events, events


# -- an accord that binds a party to an act asserts no act ------------------------------------

AQ = "org:al-qaeda"


def test_an_accord_that_binds_a_party_to_cut_ties_asserts_no_cut() -> None:
    text = "The Kandahar Accord bound the Taliban to cut their ties with al-Qaeda."
    events = id_events(text, "2020-06-10")
    assert not _asserted(events), events
    assert not any("accord" in s or "accord" in t for s, _ty, t, _m in events), events


def test_a_party_that_cut_ties_under_an_accord_did_cut_them() -> None:
    text = "Under the Kandahar Accord, the Taliban cut their ties with al-Qaeda."
    events = id_events(text, "2020-06-10")
    assert any(s == TALIBAN and t == AQ and m == "asserted" for s, _ty, t, m in events), events
    assert not any("accord" in s or "accord" in t for s, _ty, t, _m in events), events
