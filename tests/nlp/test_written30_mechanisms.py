"""Written reports, round 29 of the data (issue 9, helper written30): classes met over the
work halves of several rounds, each fixed in an existing path and tested on invented
sentences with negated, hedged, denied, conditional or look-alike twins that must not be
asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- a subject the parser gave to an interposed attribution ("X, an official said, did Y") ------
@pytest.mark.parametrize(
    "text,source,etype,target",
    [
        ("Haqqani fighters, a district governor in Paktika said, ambushed an Afghan army convoy "
         "near Urgun.", "Haqqani", "ASSAULT", "Afghan"),
        ("Islamic State gunmen, a Taliban spokesman said, attacked a Taliban checkpoint in "
         "Jalalabad last week.", "Islamic State", "ASSAULT", "Taliban"),
        ("Mullah Fazlullah's fighters, a police officer in Mingora said, have attacked two "
         "Frontier Corps posts since the truce collapsed.", "Tehrik", "ASSAULT", "Frontier"),
    ],
)  # fmt: skip
def test_a_subject_before_an_interposed_attribution_is_the_verbs(
    text: str, source: str, etype: str, target: str
) -> None:
    found = named_events(text, "2012-01-01")
    assert_events(found, gives=[(source, etype, target)])


@pytest.mark.parametrize(
    "text",
    [
        # negated, hedged, conditional: the verb keeps its own modality
        "Haqqani fighters, a district governor in Paktika said, did not ambush the Afghan army "
        "convoy near Urgun.",
        "Haqqani fighters, a district governor in Paktika said, may have ambushed an Afghan "
        "army convoy near Urgun.",
        "Haqqani fighters, a district governor in Paktika said, would ambush Afghan army convoys "
        "if the offensive began.",
        # a denial set in the aside
        "Haqqani fighters, a network spokesman denied, ambushed an Afghan army convoy near "
        "Urgun.",
    ],
)  # fmt: skip
def test_an_interposed_attribution_keeps_the_modality(text: str) -> None:
    found = named_events(text, "2012-01-01")
    assert_events(found, gives_not=[("Haqqani", "ASSAULT", "Afghan")])


def test_the_speaker_of_the_aside_is_not_the_subject() -> None:
    # the subject is no party; the Taliban speaker must not become the attacker
    found = named_events(
        "Armed residents, a Taliban spokesman said, attacked an Islamic State cell in Achin.",
        "2019-01-01",
    )
    assert_events(found, gives_not=[("Taliban", None, "Islamic State")])


# -- an attempt turned down as a bid is (cues.yaml proposal_nouns) ---------------------------
@pytest.mark.parametrize(
    "text,source,target",
    [
        ("Hurras al-Din's emir rejected the HTS leadership's attempt to place his fighters under "
         "its command.", "Hurras", "Tahrir"),
        ("Al Qaeda's general command dismissed Baghdadi's attempts to win over its Syrian "
         "branch.", "Qaeda", "Islamic State"),
    ],
)  # fmt: skip
def test_a_rejected_attempt_is_rejected_by_its_author(text: str, source: str, target: str) -> None:
    found = named_events(text, "2015-01-01")
    assert_events(found, gives=[(source, "REJECT", target)])


@pytest.mark.parametrize(
    "text",
    [
        "Hurras al-Din's emir did not reject the HTS leadership's attempt to place his fighters "
        "under its command.",
        "Hurras al-Din's emir may reject the HTS leadership's attempt to place his fighters "
        "under its command.",
        "Hurras al-Din's emir welcomed the HTS leadership's attempt to end the feud.",
    ],
)  # fmt: skip
def test_an_attempt_not_rejected(text: str) -> None:
    found = named_events(text, "2015-01-01")
    assert_events(found, gives_not=[("Hurras", "REJECT", "Tahrir")])


# -- a group inside an opening phrase is not the sentence's subject for "the group" later ------
def test_the_group_after_an_opening_phrase_is_the_subject_group() -> None:
    found = named_events(
        "In the months after the Haqqani network's move into Kurram, Al Qaeda trainers set up "
        "camps in the valley. Pakistani troops later raided the group's camps near Sadda.",
        "2012-01-01",
    )
    assert_events(
        found,
        gives=[("Pakistan", "ASSAULT", "Qaeda")],
        gives_not=[("Pakistan", "ASSAULT", "Haqqani")],
    )


def test_the_group_in_an_opening_phrase_is_still_the_only_group() -> None:
    # no other group is named: "the group" is still the one in the opening phrase
    found = named_events(
        "In the months after the Haqqani network's move into Kurram, the valley saw little "
        "fighting. Pakistani troops later raided the group's camps near Sadda.",
        "2012-01-01",
    )
    assert_events(found, gives=[("Pakistan", "ASSAULT", "Haqqani")])


def test_the_group_after_an_opening_phrase_keeps_the_modality() -> None:
    found = named_events(
        "In the months after the Haqqani network's move into Kurram, Al Qaeda trainers set up "
        "camps in the valley. Pakistani troops may later have raided the group's camps.",
        "2012-01-01",
    )
    assert_events(found, gives_not=[("Pakistan", "ASSAULT", ""), ("Pakistan", None, "Haqqani")])


# -- a warning that a party would suffer a penalty is a threat to it --------------------------
@pytest.mark.parametrize(
    "text,source,target",
    [
        ("Islamabad warned in February that the Taliban would face consequences if attacks "
         "from Afghan soil continued.", "Pakistan", "Taliban"),
        ("The Pentagon warned that the Haqqani network would suffer heavy losses if it struck "
         "American bases again.", "Defense", "Haqqani"),
    ],
)  # fmt: skip
def test_a_warned_penalty_is_a_threat_to_its_sufferer(text: str, source: str, target: str) -> None:
    found = named_events(text, "2023-03-01")
    assert_events(found, gives=[(source, "THREATEN", target)])


@pytest.mark.parametrize(
    "text",
    [
        "Islamabad did not warn that the Taliban would face consequences.",
        "Islamabad may warn that the Taliban would face consequences.",
        "Islamabad denied warning that the Taliban would face consequences.",
        # a prediction by outsiders is no threat by Pakistan
        "Analysts in Islamabad said the Taliban would face consequences if the attacks went on.",
    ],
)  # fmt: skip
def test_a_warned_penalty_not_asserted(text: str) -> None:
    found = named_events(text, "2023-03-01")
    assert_events(found, gives_not=[("Pakistan", "THREATEN", "Taliban")])


def test_a_penalty_the_warner_itself_would_face_is_no_threat_to_it() -> None:
    # "it would face": the warner's own cost; the threat is to the condition's party
    found = named_events(
        "Islamabad warned that it would face unrest if the Taliban kept sheltering the TTP.",
        "2023-03-01",
    )
    assert_events(found, gives_not=[("Pakistan", "THREATEN", "Pakistan")])
