"""Extraction faults of the round of branch fix9, on invented sentences.

Mechanisms, each with negated or hedged twins that must not be asserted: an idiom of
refusing an event ("closed the door to talks with Y", "shut the door on negotiations",
"ruled out talks") is a REJECT of the event's other party, and the event is not held; a
past negation with an "until" phrase dates a start ("did not start funding Y until 2008":
funded from 2008); a participle of a sheltering verb the tagger reads as a noun ("accused
of housing Y's fighters") is the verb's event; an aid noun with its owner and its "of"
patient as the subject of "continued" is that aid, as the subject of "stopped" its ending;
"smuggled goods to Y" names Y the recipient; "X relies on Y for expertise" is Y's aid to X.
None of the sentences comes from a benchmark or a development set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import has, named_events


def events(text: str) -> set[tuple[str, str, str, str]]:
    """(source, type, target, modality) of every event in ``text``."""
    return named_events(text, "2012-03-01")


def cooperative_asserted(found: set[tuple[str, str, str, str]]) -> bool:
    return any(t in ("CONSULT", "COOPERATE", "AID") and m == "asserted" for _s, t, _g, m in found)


# -- 1. refusal idioms (cues.yaml refusal_idioms, mechanisms.refusal_idioms) ------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kenya closed the door to talks with Somalia.", "Kenya", "Somalia"),
        ("Ethiopia shut the door on negotiations with Eritrea.", "Ethiopia", "Eritrea"),
        ("Uganda ruled out talks with the LRA.", "Uganda", "LRA"),
        ("Sudan has firmly shut the door to a dialogue with Chad.", "Sudan", "Chad"),
    ],
)
def test_closing_the_door_to_talks_refuses_them(text: str, source: str, target: str) -> None:
    found = events(text)
    assert has(found, source, "REJECT", target), found
    assert not cooperative_asserted(found), found  # no meeting is asserted


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not close the door to talks with Somalia.",
        "Kenya may close the door to talks with Somalia.",
        "Uganda has not ruled out talks with the LRA.",
        "Officials denied that Ethiopia shut the door on negotiations with Eritrea.",
    ],
)
def test_a_refusal_idiom_negated_or_hedged_asserts_nothing(text: str) -> None:
    found = events(text)
    assert not any(m == "asserted" for _s, _t, _g, m in found), found


def test_a_hostile_act_ruled_out_is_not_asserted() -> None:
    for text in ("Kenya ruled out an attack on Somalia.",
                 "Kenya did not rule out an attack on Somalia."):  # fmt: skip
        found = events(text)
        assert not has(found, "Kenya", "ASSAULT", "Somalia"), (text, found)
    found = events("Uganda did not rule out talks with the LRA.")
    assert has(found, "Uganda", "CONSULT", "LRA", "hypothetical"), found


def test_a_door_closed_before_talks_leaves_the_talks() -> None:
    # no idiom: the talks took place
    found = events("Kenya closed its embassy after talks with Somalia.")
    assert has(found, "Kenya", "CONSULT", "Somalia"), found
    assert not has(found, "Kenya", "REJECT", "Somalia", None), found


# -- 2. "did not ... until T" (cues.yaml delayed_start_preps) ---------------------------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Iran did not start funding Hezbollah until 2008.", "Iran", "AID", "Hezbollah"),
        ("Cooperation between Hamas and Hezbollah did not begin until 2009.", "Hamas",
         "COOPERATE", "Hezbollah"),
        ("Syria had not begun arming Hezbollah until 2006.", "Syria", "AID", "Hezbollah"),
    ],
)  # fmt: skip
def test_not_until_dates_the_start(text: str, source: str, etype: str, target: str) -> None:
    found = events(text)
    assert has(found, source, etype, target), found


@pytest.mark.parametrize(
    "text",
    [
        "Iran did not fund Hezbollah.",
        "Iran will not fund Hezbollah until 2014.",
        "Iran may not have started funding Hezbollah until 2008.",
        "Officials denied that Iran did not start funding Hezbollah until 2008.",
    ],
)
def test_not_until_twins_are_not_asserted(text: str) -> None:
    found = events(text)
    assert not has(found, "Iran", "AID", "Hezbollah"), found


# -- 3. participles of sheltering verbs read as nouns (events.yaml misread_gerunds) ----------
@pytest.mark.parametrize(
    ("text", "source", "target", "modality"),
    [
        ("The ISI is housing Taliban leaders.", "Inter-Services", "Taliban", "asserted"),
        ("Taliban commanders housing Al Qaeda fighters met in Quetta.", "Taliban",
         "Al Qaeda", "asserted"),
        # an accusation is reported, not vouched for
        ("The ISI was accused of housing Taliban leaders.", "Inter-Services", "Taliban",
         "uncertain"),
    ],
)  # fmt: skip
def test_housing_is_read_as_shelter(text: str, source: str, target: str, modality: str) -> None:
    found = events(text)
    assert has(found, source, "AID", target, modality), found


@pytest.mark.parametrize(
    "text",
    [
        "The ISI is not housing Taliban leaders.",
        "The ISI denied housing Taliban leaders.",
        "The ISI may be housing Taliban leaders.",
    ],
)
def test_housing_twins_are_not_asserted(text: str) -> None:
    found = events(text)
    assert not has(found, "Inter-Services", "AID", "Taliban"), found


def test_a_housing_project_is_no_shelter() -> None:
    found = events("The ISI inspected a housing project near a Taliban camp.")
    assert not any(t == "AID" for _s, t, _g, _m in found), found


# -- 4. an aid noun as the subject of a continuation or an ending verb -----------------------
def test_an_owned_support_of_a_party_is_its_aid() -> None:
    found = events("Iran's support of Hezbollah continued.")
    assert has(found, "Iran", "AID", "Hezbollah"), found
    assert not has(found, "Hezbollah", "AID", "Iran", None), found
    found = events("Iran's alleged support of Hezbollah continued.")
    assert not has(found, "Iran", "AID", "Hezbollah"), found


def test_funding_that_continued_is_asserted_aid() -> None:
    found = events("Iran's funding of Hezbollah continued.")
    assert has(found, "Iran", "AID", "Hezbollah"), found
    found = events("Qatar's financing of Hamas continued throughout 2011.")
    assert has(found, "Qatar", "AID", "Hamas"), found


@pytest.mark.parametrize(
    "text",
    ["Iran's funding of Hezbollah stopped in 2005.", "Iran's funding of Hezbollah ended in 2005."],
)
def test_funding_that_stopped_is_its_ending(text: str) -> None:
    found = events(text)
    assert has(found, "Iran", "REJECT", "Hezbollah"), found
    assert not has(found, "Iran", "AID", "Hezbollah"), found
    assert not has(found, "Hezbollah", "REJECT", "Iran", None), found  # not the other way


@pytest.mark.parametrize(
    "text",
    [
        "Iran's funding of Hezbollah may have continued.",
        "It is unclear whether Iran's funding of Hezbollah continued.",
    ],
)
def test_continued_funding_hedged_is_not_asserted(text: str) -> None:
    found = events(text)
    assert not has(found, "Iran", "AID", "Hezbollah"), found


def test_aid_that_stops_something_else_is_no_ending() -> None:
    found = events("Iran's support for Hezbollah stopped the offensive.")
    assert not has(found, "Iran", "REJECT", "Hezbollah", None), found


def test_stopped_funding_negated_asserts_no_ending() -> None:
    found = events("Iran's funding of Hezbollah did not stop.")
    assert not has(found, "Iran", "REJECT", "Hezbollah"), found


# -- 5. smuggling to a party; relying on a party for a thing (cues.yaml dependence_things) ---
def test_smuggled_goods_name_the_recipient() -> None:
    assert has(events("Iran smuggled goods to Hamas."), "Iran", "AID", "Hamas")
    assert not has(events("Iran never smuggled goods to Hamas."), "Iran", "AID", "Hamas")
    assert not has(events("Iran may have smuggled goods to Hamas."), "Iran", "AID", "Hamas")


@pytest.mark.parametrize(
    "text",
    [
        "Hamas relies on Iran for expertise.",
        "Hezbollah relied heavily on Syria for ammunition.",
        "Hamas depends on Iran for technical skills.",
    ],
)
def test_relying_on_a_party_for_a_thing_is_its_aid(text: str) -> None:
    found = events(text)
    assert any(t == "AID" and m == "asserted" for _s, t, _g, m in found), found


def test_relying_twins_are_not_asserted() -> None:
    for text in (
        "Hamas does not rely on Iran for expertise.",
        "Hamas may rely on Iran for expertise.",
    ):
        found = events(text)
        assert not has(found, "Iran", "AID", "Hamas"), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "The ISI denied housing Haqqani fighters.",
        "Pakistani officials denied sheltering Haqqani commanders.",
    ],
)
def test_denied_housing_is_a_denied_shelter_and_no_refusal(text: str) -> None:
    found = named_events(text)
    assert any(t == "AID" and "Haqqani" in g and m == "denied" for _s, t, g, m in found), found
    assert not [e for e in found if e[3] == "asserted"], found


def test_denying_a_party_shelter_is_still_a_refusal() -> None:
    found = named_events("The Taliban denied Al Qaeda shelter.")
    assert has(found, "Taliban", "REJECT", "Qaeda"), found
