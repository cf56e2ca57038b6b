"""Relationship descriptions told through founders and names (issue 10, mmp9).

Invented sentences about invented groups, one class of construction each: founders told by an
apposition of later time ("P, later the leader of Y, commanded X forces") or by "who went on
to found Y", and the units of X they commanded; a split whose new group is named by an
apposition ("set up his own group, the Y"); "X and Y fought side by side" (one side, not a
fight between them); "People's" inside an organisation's name; a known name continued by an
article word ("Fatah al-Nasr") naming another group. Each has a negated, hedged or plain twin
that must not be asserted (or must not give the relation).
"""

from __future__ import annotations

from functools import partial

import pytest
from coded import asserted_group_events, group_events

from riftwatch.nlp.extract import extract_document

_events = partial(group_events, date="2015-06")


_asserted = partial(asserted_group_events, date="2015-06")


ALF, VOLTA = "Ashanti Liberation Front", "Volta Army"
TIE = (ALF, "COOPERATE", None, VOLTA)


@pytest.mark.parametrize(
    "text",
    [
        "Kofi Mensah, later the leader of the Ashanti Liberation Front, commanded Volta Army "
        "forces near Kumasi.",
        "The commanders who later founded the Ashanti Liberation Front led sectors of the "
        "Volta Army.",
        "Kofi Mensah, who went on to found the Ashanti Liberation Front, was then chairman of "
        "the Volta Army.",
    ],
)
def test_founders_told_before_tie_the_new_group_to_the_old(text: str) -> None:
    assert TIE in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        # negated, hedged
        "Kofi Mensah, later the leader of the Ashanti Liberation Front, never commanded Volta "
        "Army forces.",
        "The commanders who later founded the Ashanti Liberation Front may have led sectors of "
        "the Volta Army.",
        "Kofi Mensah, who went on to found the Ashanti Liberation Front, may have been chairman "
        "of the Volta Army.",
        # no word of later time: a leader of Y commanding X's forces is no prehistory of Y
        "Kofi Mensah, the leader of the Ashanti Liberation Front, commanded Volta Army forces "
        "near Kumasi.",
        # "went on to find": no founding
        "Kofi Mensah, who went on to find the Ashanti Liberation Front, was then chairman of "
        "the Volta Army.",
    ],
)
def test_founders_twins_are_not_asserted(text: str) -> None:
    assert TIE not in _asserted(text)


def test_split_names_the_new_group_by_apposition() -> None:
    text = (
        "Kojo Asante broke with the Volta Army and set up his own group, the Ashanti "
        "Liberation Front."
    )
    assert (ALF, "REJECT", "split", VOLTA) in _asserted(text)
    for twin in (
        "Kojo Asante did not break with the Volta Army and set up his own group, the Ashanti "
        "Liberation Front.",
        "Kojo Asante may have broken with the Volta Army and set up his own group, the Ashanti "
        "Liberation Front.",
    ):
        assert (ALF, "REJECT", "split", VOLTA) not in _asserted(twin)


def test_fought_side_by_side_is_one_side() -> None:
    got = _asserted("The Volta Army and the Ashanti Liberation Front fought side by side.")
    assert (VOLTA, "COOPERATE", "joint_operations", ALF) in got
    assert not any(e[1] == "ASSAULT" for e in got)
    twin = _events("The Volta Army and the Ashanti Liberation Front never fought side by side.")
    assert not any(e[4] == "asserted" for e in twin)
    assert not any(e[1] == "ASSAULT" for e in twin)
    # a fight between them stays a fight
    assert (VOLTA, "ASSAULT", None, ALF) in _asserted(
        "The Volta Army fought the Ashanti Liberation Front."
    )


def test_peoples_inside_a_name_is_part_of_it() -> None:
    got = _asserted("The Volta People's Liberation Front attacked the Ashanti Army.")
    assert ("Volta People's Liberation Front", "ASSAULT", None, "Ashanti Army") in got


def test_a_known_name_continued_by_an_article_word_is_another_group() -> None:
    got = _asserted("Fatah al-Nasr attacked Fatah.")
    assert ("Fatah al-Nasr", "ASSAULT", None, "Fatah") in got
    assert ("Fatah", "ASSAULT", None, "Fatah") not in got


def test_a_faction_that_broke_away_and_set_up_a_group_split_from_its_whole() -> None:
    text = "A faction of the Volta Army broke away and set up the Ashanti Liberation Front."
    assert (ALF, "REJECT", "split", VOLTA) in _asserted(text)
    twin = "A faction of the Volta Army did not break away and set up the Ashanti Liberation Front."
    assert (ALF, "REJECT", "split", VOLTA) not in _asserted(twin)


@pytest.mark.parametrize(
    "text",
    [
        "Asante's faction split from the Volta Army and called itself the Ashanti Liberation "
        "Front.",
        "Asante's followers broke away from the Volta Army, made peace with the junta and called "
        "themselves the Ashanti Liberation Front.",
    ],
)
def test_leavers_who_called_themselves_a_name_founded_it(text: str) -> None:
    assert (ALF, "REJECT", "split", VOLTA) in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Asante's faction did not split from the Volta Army and call itself the Ashanti "
        "Liberation Front.",
        "Asante's faction may have split from the Volta Army and called itself the Ashanti "
        "Liberation Front.",
        # naming another party is no founding
        "The Volta Army called the Ashanti Liberation Front traitors.",
    ],
)
def test_naming_twins_are_no_asserted_split(text: str) -> None:
    assert (ALF, "REJECT", "split", VOLTA) not in _asserted(text)


def test_taking_part_in_a_capture_captures_no_partner() -> None:
    got = _events(
        "The Volta Army and the Ashanti Liberation Front both took part in the capture of Kumasi."
    )
    assert not any(e[1] in ("COERCE", "ASSAULT") for e in got)
    # a loss taken in an attack still has its sufferer
    assert (ALF, "ASSAULT", None, VOLTA) in _asserted(
        "The Volta Army suffered heavy losses in an attack by the Ashanti Liberation Front."
    )


def _dates(text: str, date: str) -> set[tuple[str, str | None, str | None]]:
    return {
        (c.event.event_type, c.date, c.date_precision)
        for c in extract_document({"id": "t", "text": text, "date": date})
    }


def test_a_sequence_word_with_no_dated_event_before_it_keeps_the_report_date() -> None:
    # "four months later" than an event the text does not date: not after the report
    assert ("ASSAULT", "2017-02", "reported") in _dates(
        "Four months later the Volta Army attacked the Ashanti Liberation Front.", "2017-02"
    )
    # after a date the text gives, the narrative moves on as before
    assert ("ASSAULT", "2011", "year") in _dates(
        "In 2009 the Volta Army allied with the Ashanti Liberation Front. Two years later the "
        "Volta Army attacked the Ashanti Liberation Front.",
        "2015-06",
    )
    # after an event the text tells (undated: at the text's date), it moves on from there
    assert ("ASSAULT", "2017-06", "month") in _dates(
        "The Volta Army allied with the Ashanti Liberation Front. Four months later the Volta "
        "Army attacked the Ashanti Liberation Front.",
        "2017-02",
    )
