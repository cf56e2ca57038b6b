"""Known misreadings fixed as classes (gaps62, issue 9), on invented sentences.

- A definite description of a named group's part or ally ("the al-Qaeda affiliate", "the IS
  branch") after the document named one such party of that group stands for that party, not
  the group its name is of; with none named (or two) it stays the group; in apposition right
  after the party's name it still tells the tie (``extract._described_affiliates``, cues.yaml
  ``described_affiliate_*``).
- A verb that halts an act under way ("suspended its attacks on Y", "halted its offensive
  against Y") asserts the de-escalation (RETREAT, ease) with the verb's own modality; an
  attack called off stays negated (nominals.yaml ``halted_act_verbs``).
- A body that takes in another group itself ("X absorbed Y", "X swallowed up Y", "Y was
  absorbed by X") or its units: COOPERATE from Y to X (cues.yaml ``group_taking_verbs``).
- A truce held by one party that breaks down with no one ending it ("X's truce with Y
  collapsed") is over for both sides (``mechanisms.broken_truce``).
- "went over / crossed over to Y", "switched sides to Y" defect as "defected to Y" does
  (events.yaml ``change_sides``).
- Demonyms of states the knowledge base lacked ("Ivorian", "Guinean", "Salvadoran"):
  coordinated ones each name their state (curated/demonyms_gaps62.yaml).
- "he" as the subject of an adverbial clause ("after he refused ...") is the main clause's
  named person, not a person named inside its relative clause (``written.clause_subject_person``).
- A noun of handing people over ("the handover of Y's fighters to Z by X") codes the giver's
  capture of Y's men and its cooperation with Z (``mechanisms.handover_nouns``).
"""

from __future__ import annotations

import pytest
from coded import group_events

AQAP = "Al Qaeda in the Arabian Peninsula"
AQ = "Al Qaeda"
HTS = "Hay'at Tahrir al-Sham"


def _asserted(text: str, date: str) -> set[tuple[str, str, str | None, str]]:
    return {e[:4] for e in group_events(text, date) if e[4] == "asserted"}


def _sources(events: set[tuple[str, str, str | None, str]], etype: str) -> set[str]:
    return {e[0] for e in events if e[1] == etype}


# 1. a description that refers back to the named affiliate
@pytest.mark.parametrize("noun", ["affiliate", "branch", "franchise"])
def test_described_affiliate_after_its_name_is_that_affiliate(noun: str) -> None:
    text = (f"AQAP fighters overran a checkpoint near Shabwa in June. The al-Qaeda {noun} "
            "later ambushed Houthi fighters outside Bayda.")  # fmt: skip
    events = _asserted(text, "2016-08-01")
    assert AQAP in _sources(events, "ASSAULT"), events
    assert AQ not in _sources(events, "ASSAULT"), events


def test_described_affiliate_with_nothing_named_stays_the_parent() -> None:
    events = _asserted("The al-Qaeda affiliate ambushed Houthi fighters outside Bayda.",
                       "2016-08-01")  # fmt: skip
    assert AQ in _sources(events, "ASSAULT"), events


def test_described_affiliate_in_apposition_keeps_the_tie() -> None:
    text = "AQAP, the al-Qaeda branch in Yemen, ambushed Houthi fighters outside Bayda."
    events = _asserted(text, "2016-08-01")
    assert (AQAP, "COOPERATE", None, AQ) in events, events
    assert AQAP in _sources(events, "ASSAULT"), events


def test_described_parent_in_a_parts_of_phrase_stays_the_parent() -> None:
    text = "AQAP, long the Yemeni branch of the al-Qaeda franchise, ambushed Houthi fighters."
    events = _asserted(text, "2016-08-01")
    assert (AQAP, "COOPERATE", None, AQ) in events, events


# 2. halting an act under way
@pytest.mark.parametrize(
    "text",
    [
        "The Kataeb Hezbollah suspended its rocket attacks on the Badr Organization in May.",
        "The Kataeb Hezbollah halted its offensive against the Badr Organization in May.",
    ],
)
def test_halted_attacks_are_an_asserted_easing(text: str) -> None:
    events = group_events(text, "2015-06-01")
    eased = [e for e in events if e[1] == "RETREAT" and e[2] == "ease"]
    assert eased and all(e[4] == "asserted" for e in eased), events
    assert not [e for e in events if e[1] == "ASSAULT" and e[4] == "asserted"], events


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The Kataeb Hezbollah did not suspend its attacks on the Badr Organization.", "negated"),
        ("The Kataeb Hezbollah may halt its offensive against the Badr Organization.",
         "hypothetical"),
    ],
)  # fmt: skip
def test_halting_keeps_the_verbs_modality(text: str, modality: str) -> None:
    events = group_events(text, "2015-06-01")
    eased = [e for e in events if e[1] == "RETREAT"]
    assert eased and all(e[4] == modality for e in eased), events


def test_attack_called_off_stays_negated() -> None:
    events = group_events("The Kataeb Hezbollah called off its attack on the Badr Organization.",
                          "2015-06-01")  # fmt: skip
    assert not [e for e in events if e[4] == "asserted"], events


# 3. a group taken in
@pytest.mark.parametrize(
    "text",
    [
        "The Islamic Front absorbed Liwa al-Haqq in late 2014.",
        "The Islamic Front swallowed up Liwa al-Haqq in late 2014.",
        "Liwa al-Haqq was absorbed by the Islamic Front in late 2014.",
        "The Islamic Front swallowed up Liwa al-Haqq's units in late 2014.",
    ],
)
def test_group_taken_in_joins_the_taker(text: str) -> None:
    events = _asserted(text, "2015-01-01")
    merged = {(e[0], e[3]) for e in events if e[1] == "COOPERATE"}
    assert merged, events
    assert all(src == "Liwa al-Haqq" for src, _tgt in merged), events


# 4. a truce that broke down
@pytest.mark.parametrize(
    "text",
    [
        "The Popular Mobilization Forces' truce with the Peshmerga collapsed in October.",
        "The Peshmerga's ceasefire with the Popular Mobilization Forces broke down in October.",
    ],
)
def test_broken_truce_of_one_holder_ends_both_ways(text: str) -> None:
    events = _asserted(text, "2017-11-01")
    rejects = {(e[0], e[3]) for e in events if e[1] == "REJECT"}
    assert len(rejects) == 2 and {(b, a) for a, b in rejects} == rejects, events


def test_truce_broken_by_one_side_stays_one_way() -> None:
    events = _asserted("The Peshmerga broke its truce with the Popular Mobilization Forces.",
                       "2017-11-01")  # fmt: skip
    assert len({(e[0], e[3]) for e in events if e[1] == "REJECT"}) == 1, events


def test_truce_that_did_not_collapse_is_not_asserted() -> None:
    events = group_events("The Peshmerga's truce with the Popular Mobilization Forces did not "
                          "collapse.", "2017-11-01")  # fmt: skip
    assert not [e for e in events if e[4] == "asserted"], events


# 5. defection verbs
@pytest.mark.parametrize(
    "text",
    [
        "The Sham Legion's Idlib battalion went over to Jabhat Fateh al-Sham in 2016.",
        "The Sham Legion crossed over to Jabhat Fateh al-Sham in 2016.",
        "The Sham Legion switched sides to Jabhat Fateh al-Sham in 2016.",
    ],
)
def test_side_changing_verbs_join_the_other_side(text: str) -> None:
    events = _asserted(text, "2016-12-01")
    assert any(e[1] == "SUPPORT" and e[2] == "pledge" for e in events), events


def test_one_commander_going_over_is_no_pledge_of_his_group() -> None:
    text = "Abu Hamza, the Sham Legion's commander, went over to Jabhat Fateh al-Sham."
    events = _asserted(text, "2016-12-01")
    assert not [e for e in events if e[1] == "SUPPORT"], events


def test_crossing_over_to_a_country_is_no_defection() -> None:
    events = _asserted("The Sham Legion crossed over to Turkey in 2016.", "2016-12-01")
    assert not [e for e in events if e[1] == "SUPPORT"], events


# 6. demonyms
def test_coordinated_demonyms_each_name_their_state() -> None:
    text = "Salvadoran and Guinean troops attacked the Lord's Resistance Army."
    sources = _sources(_asserted(text, "2012-01-01"), "ASSAULT")
    assert {"El Salvador", "Guinea"} <= sources, sources


def test_ivorian_army_is_the_ivorian_state() -> None:
    sources = _sources(_asserted("The Ivorian army shelled the Liberian rebels of MODEL.",
                                 "2003-05-01"), "ASSAULT")  # fmt: skip
    assert "Cote D'Ivoire" in sources, sources


# 7. the refuser of an adverbial clause
def test_he_of_an_after_clause_is_the_main_subject() -> None:
    text = (
        "Gulbuddin Hekmatyar, whose fighters had shelled Ahmad Shah Massoud's positions, "
        "was attacked by the Taliban after he refused to put his men under their command."
    )
    events = _asserted(text, "1996-05-01")
    refusers = _sources(events, "REJECT")
    assert refusers and "Ahmad Shah Massoud" not in refusers, events


# 8. handover nouns
def test_handover_noun_with_agent() -> None:
    text = ("The handover of Liwa al-Haqq's fighters to the Islamic Front by Jabhat Fateh "
            "al-Sham angered the families.")  # fmt: skip
    events = _asserted(text, "2016-12-01")
    front = "Islamic Front (Syria)"
    assert ("Jabhat Fateh al-Sham", "COOPERATE", "handover", front) in events, events
    assert ("Jabhat Fateh al-Sham", "COERCE", "arrest", "Liwa al-Haqq") in events, events


def test_handover_of_ground_is_no_handover_of_people() -> None:
    text = "The handover of the town to the Islamic Front by Jabhat Fateh al-Sham was quiet."
    events = _asserted(text, "2016-12-01")
    assert not [e for e in events if e[2] == "handover"], events
