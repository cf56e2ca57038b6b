"""Known misreadings fixed as classes (fix62), on invented sentences.

- A party named as go-betweens' owner ("mediators from X", "X's envoy") is no side of
  "both sides" / "the two sides" after it (``extract._go_between_party``, cues.yaml
  ``go_between_nouns``).
- A relation ended told by a noun of ending whose "of" phrase it is ("the collapse /
  breakdown of the truce between X and Y") is over: REJECT both ways, as when the relation is
  the subject of an ending verb; with no party named, the tie told before is the one ended;
  a feared, denied or possible collapse is never asserted (cues.yaml
  ``ending_relation_nouns``, ``modality.ending_noun_over``, ``mechanisms.ended_tie_told_before``).
- Ground handed over to a party ("the army handed over the city to Y") is given up as
  surrendered ground is: RETREAT, mode withdraw, no cooperative handover; people handed over
  keep the handover (``mechanisms.surrendered_ground``).
- One named man of a group told by his rank ("P, X's commander, defected to Y") who defects
  leaves X: no pledge of X to Y; a group that defects, or a commander who takes men with
  him, still joins Y; a count of X's men follows the labelled sets, a pledge
  (``mechanisms.defections_to``, cues.yaml ``defecting_rank_nouns``).
- The knowledge base reads "Russian mercenaries / paramilitaries" in a Sahel, Central African,
  Libyan, Sudanese or Syrian document as the Wagner Group (2015-2023) or the Africa Corps
  (from 2024).
"""

from __future__ import annotations

import pytest
from coded import group_events

HEZB = "Hezbollah"
AMAL = "Amal"


def _asserted(text: str, date: str) -> set[tuple[str, str, str | None, str]]:
    return {e[:4] for e in group_events(text, date) if e[4] == "asserted"}


@pytest.mark.parametrize("noun", ["collapse", "breakdown", "demise"])
def test_ending_noun_over_a_named_truce_ends_it_both_ways(noun: str) -> None:
    text = f"The {noun} of the ceasefire between Hezbollah and Amal emptied the camps."
    events = _asserted(text, "1988-05-01")
    assert (HEZB, "REJECT", "shunning", AMAL) in events, events
    assert (AMAL, "REJECT", "shunning", HEZB) in events, events
    assert not [e for e in events if e[1] in ("AGREE", "COOPERATE")], events


def test_ending_noun_over_an_unnamed_truce_ends_the_tie_told_before() -> None:
    text = ("Hezbollah and Amal agreed a truce in Beirut in January. "
            "The breakdown of the truce in March brought the fighting back.")  # fmt: skip
    events = _asserted(text, "1988-05-01")
    assert (HEZB, "REJECT", "shunning", AMAL) in events, events
    assert (AMAL, "REJECT", "shunning", HEZB) in events, events


@pytest.mark.parametrize(
    "text",
    [
        "Diplomats feared a collapse of the truce between Hezbollah and Amal.",
        "Both movements denied any breakdown of the truce between Hezbollah and Amal.",
        "The truce between Hezbollah and Amal may collapse within weeks.",
        "The truce between Hezbollah and Amal has not broken down.",
    ],
)
def test_feared_denied_or_possible_collapse_is_not_asserted(text: str) -> None:
    events = _asserted(text, "1988-05-01")
    assert not [e for e in events if e[1] == "REJECT"], events


def test_other_nouns_over_a_truce_end_nothing() -> None:
    events = _asserted("The terms of the truce between Hezbollah and Amal were strict.",
                       "1988-05-01")  # fmt: skip
    assert not [e for e in events if e[1] == "REJECT"], events


def test_ground_handed_over_to_a_party_is_a_withdrawal() -> None:
    events = _asserted("Government troops handed over Kunduz to the Taliban after a siege.",
                       "2021-08-10")  # fmt: skip
    assert any(e[1] == "RETREAT" and e[2] == "withdraw" for e in events), events
    assert not [e for e in events if e[1] == "COOPERATE"], events


def test_ground_not_handed_over_is_no_asserted_withdrawal() -> None:
    events = group_events("The garrison refused to hand over Kunduz to the Taliban.",
                          "2021-08-10")  # fmt: skip
    assert not [e for e in events if e[1] == "RETREAT" and e[4] == "asserted"], events


def test_a_man_handed_over_keeps_the_handover() -> None:
    events = _asserted("Pakistan handed over Mullah Baradar to the Afghan government.",
                       "2021-08-10")  # fmt: skip
    assert any(e[1] == "COOPERATE" and e[2] == "handover" for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Yusuf Warsame, al-Shabaab's commander in Bay region, defected to the government.",
        "Yusuf Warsame, a senior al-Shabaab member, defected to the Somali government.",
    ],
)
def test_men_of_a_group_who_defect_are_no_pledge_of_the_group(text: str) -> None:
    events = _asserted(text, "2018-02-01")
    assert not [e for e in events if e[1] == "SUPPORT" and e[0] == "Al-Shabaab"], events


def test_a_commander_taking_men_with_him_or_a_faction_still_joins() -> None:
    text = "Al-Shabaab's commander in Bay region defected to the government with 300 fighters."
    events = _asserted(text, "2018-02-01")
    assert any(e[1] == "SUPPORT" and e[2] == "pledge" for e in events), events
    events = _asserted("The Hamas faction defected to Fatah.", "2008-02-01")
    assert ("Hamas", "SUPPORT", "pledge", "Fatah") in events, events


@pytest.mark.parametrize(
    ("text", "date", "group"),
    [
        ("Russian paramilitaries attacked Islamic State fighters near Palmyra in Syria.",
         "2017-06-01", "Wagner Group"),
        ("Russian mercenaries clashed with rebels near Bambari in the Central African Republic.",
         "2021-04-01", "Wagner Group"),
        ("Russian paramilitaries attacked Tuareg rebels near Kidal in northern Mali.",
         "2024-09-01", "Africa Corps"),
    ],
)  # fmt: skip
def test_russian_mercenaries_where_and_when_a_company_fought(
    text: str, date: str, group: str
) -> None:
    events = _asserted(text, date)
    assert any(e[0] == group for e in events), events


def test_russian_mercenaries_elsewhere_stay_no_company() -> None:
    events = group_events("Russian mercenaries attacked a convoy in Venezuela.", "2019-03-01")
    assert not [e for e in events if e[0] in ("Wagner Group", "Africa Corps")], events


@pytest.mark.parametrize(
    "second",
    [
        "Mediators from Norway urged both sides to resume talks.",
        "Norwegian mediators pressed the two sides to resume talks.",
        "Norway's envoy urged both sides to resume talks.",
    ],
)
def test_a_go_between_named_before_both_sides_is_no_side(second: str) -> None:
    text = f"Sri Lankan troops and the LTTE fought near Jaffna. {second}"
    events = group_events(text, "2006-08-01")
    talks = [e for e in events if e[1] == "CONSULT"]
    assert talks, events
    assert not [e for e in talks if "Norw" in e[0] or "Norw" in e[3]], events
