"""Mechanisms for militant-relationship descriptions, fifth round (issue 9, mmp5).

Classes derived from the misses of the real MMP Af/Pak rows and of the invented mmp5 work
half (``tests/nlp/data/MMP5_WORLD.md``). Invented sentences about real or invented groups;
each mechanism has a negated, denied or hedged twin that must never be asserted.
"""

from __future__ import annotations

from functools import partial

import pytest
from tests.nlp.conftest import api_asserted_between, api_between, api_events, dated

DINE = "org:ansar-eddine"
AQIM = "org:aqim"
FLM = "org:macina-liberation-front"
JNIM = "org:jamaa-nusrat-ul-islam-wa-al-muslimin"
YARMUK = "open:yarmuk-brigade"
AHRAR = "open:ahrar-brigade"
ALLIANCE = "open:southern-alliance"
COOP = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}


_events = dated(api_events, "2012-06-01")
_between = partial(api_between, date="2012-06-01")
_asserted = partial(api_asserted_between, date="2012-06-01")


# -- "P and other former members of Y founded X": a split, not a merger ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Abu Omar and other former commanders of Ansar Dine founded the Macina Liberation Front "
        "in 2015.",
        "The Macina Liberation Front was founded by Abu Omar and other former commanders of "
        "Ansar Dine.",
    ],
)
def test_named_founder_with_former_members_is_a_split(text: str) -> None:
    evs = _asserted(text, FLM, DINE)
    assert evs, text
    assert all(e["event_type"] == "REJECT" and e["mode"] == "split" for e in evs), evs


@pytest.mark.parametrize(
    "text",
    [
        "Abu Omar and other former commanders of Ansar Dine did not found the Macina "
        "Liberation Front.",
        "Abu Omar and other former commanders of Ansar Dine may have founded the Macina "
        "Liberation Front.",
    ],
)
def test_named_founder_with_former_members_negated_or_hedged(text: str) -> None:
    assert not _asserted(text, FLM, DINE)


# -- "X joined Y and Z to form W": X founds W, as the joining happened ------------------------


def test_joined_to_form_makes_the_joiner_a_founder() -> None:
    text = ("In March 2017 the Macina Liberation Front (FLM) joined Ansar Dine and AQIM's "
            "Saharan branch to form JNIM.")  # fmt: skip
    evs = _asserted(text, FLM, JNIM)
    assert any(e["event_type"] == "COOPERATE" and e["mode"] == "merger" for e in evs), evs
    assert _asserted(text, DINE, JNIM)


@pytest.mark.parametrize(
    "text",
    [
        "The Yarmuk Brigade did not join the Ahrar Brigade to form the Southern Alliance.",
        "The Yarmuk Brigade may have joined the Ahrar Brigade to form the Southern Alliance.",
        "The Yarmuk Brigade plans to join the Ahrar Brigade to form the Southern Alliance.",
    ],
)
def test_joined_to_form_keeps_the_joining_modality(text: str) -> None:
    assert _between(text, YARMUK, ALLIANCE), text  # coded, but not as fact
    assert not _asserted(text, YARMUK, ALLIANCE)
    assert not _asserted(text, YARMUK, AHRAR)


def test_joined_to_form_asserted() -> None:
    text = "In 2014 the Yarmuk Brigade joined the Ahrar Brigade to form the Southern Alliance."
    assert _asserted(text, YARMUK, ALLIANCE)


# -- "X cooperated on several raids with Y": the partner hung on what they worked on ---------


@pytest.mark.parametrize(
    "text",
    [
        "Ansar Dine cooperated on several raids with AQIM in 2012.",
        "Ansar Dine collaborated in kidnappings with AQIM.",
    ],
)
def test_partner_after_the_work_done_together(text: str) -> None:
    evs = _asserted(text, DINE, AQIM)
    assert evs and all(e["event_type"] == "COOPERATE" for e in evs), evs


@pytest.mark.parametrize(
    "text",
    [
        "Ansar Dine did not cooperate on any raids with AQIM.",
        "Ansar Dine denied that it had cooperated on raids with AQIM.",
        "Ansar Dine may have cooperated on raids with AQIM.",
    ],
)
def test_partner_after_the_work_negated_or_hedged(text: str) -> None:
    assert not _asserted(text, DINE, AQIM)


def test_fighting_in_a_room_with_a_partner_is_no_attack_on_it() -> None:
    # a hostile verb's "with" after its "in" phrase is not read as its target
    text = "Ansar Dine fought in the joint operations room with AQIM during the 2012 campaign."
    assert not [e for e in _asserted(text, DINE, AQIM) if e["event_type"] == "ASSAULT"]


# -- "X trained at camps run by Y": the camps' runner trains X ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ansar Dine fighters trained at camps run by AQIM in northern Mali.",
        "Members of Ansar Dine trained at camps operated by AQIM.",
    ],
)
def test_training_at_camps_a_participle_names_the_runner_of(text: str) -> None:
    evs = _asserted(text, AQIM, DINE)
    assert any(e["event_type"] == "AID" and e["source"]["id"] == AQIM for e in evs), evs


@pytest.mark.parametrize(
    "text",
    [
        "Ansar Dine fighters never trained at camps run by AQIM.",
        "Ansar Dine fighters may have trained at camps run by AQIM.",
        # (with "had": "denied that its fighters trained at ..." is parsed with "trained" as a
        # participle on "fighters" and comes out asserted, for owned camps too: a known bug of
        # the modality of reduced relatives, left for a later round)
        "Ansar Dine denied that its fighters had trained at camps run by AQIM.",
    ],
)
def test_training_at_camps_run_by_negated_or_hedged(text: str) -> None:
    assert not _asserted(text, AQIM, DINE)


# -- "X is considered a rival of Y": a judgement told as the relation ---------------------------


def test_considered_a_rival_is_asserted() -> None:
    evs = _asserted("Ansar Dine is considered a rival of AQIM.", DINE, AQIM)
    assert evs and all(e["event_type"] == "REJECT" for e in evs), evs


@pytest.mark.parametrize(
    "text",
    [
        "Ansar Dine is not considered a rival of AQIM.",
        "Ansar Dine may be considered a rival of AQIM.",
        "Ansar Dine is considered to be a rival of AQIM.",
        "If Ansar Dine is considered an ally of AQIM, it will be sanctioned.",
        "Ansar Dine considered attacking AQIM.",
    ],
)
def test_considered_negated_hedged_or_planned_is_not_asserted(text: str) -> None:
    assert not _asserted(text, DINE, AQIM)


# -- "X took part in Y's offensive": X is Y's partner, with no other party named ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Ansar Dine fighters took part in AQIM's offensive on Konna.",
        "Ansar Dine participated in AQIM's offensive in 2012.",
    ],
)
def test_taking_part_in_anothers_act_cooperates_with_its_owner(text: str) -> None:
    evs = _asserted(text, DINE, AQIM)
    assert any(e["event_type"] == "COOPERATE" and e["source"]["id"] == DINE for e in evs), evs


@pytest.mark.parametrize(
    "text",
    [
        "Ansar Dine did not take part in AQIM's offensive on Konna.",
        "Ansar Dine denied taking part in AQIM's offensive.",
        "Ansar Dine may have taken part in AQIM's offensive.",
    ],
)
def test_taking_part_negated_or_hedged(text: str) -> None:
    assert not [e for e in _asserted(text, DINE, AQIM) if e["event_type"] in COOP]


def test_refusing_to_take_part_is_no_cooperation() -> None:
    text = "Ansar Dine refused to take part in AQIM's offensive on Konna."
    evs = _asserted(text, DINE, AQIM)
    assert evs and all(e["event_type"] == "REJECT" for e in evs), evs


def test_taking_part_in_an_offensive_against_a_group_is_no_cooperation_with_it() -> None:
    evs = _asserted("Ansar Dine took part in the offensive against AQIM.", DINE, AQIM)
    assert not [e for e in evs if e["event_type"] in COOP]


# -- "X carried out attacks in support of Y": X backs Y ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ansar Dine carried out attacks in support of AQIM.",
        "Ansar Dine carried out attacks in support of AQIM's campaign in the north.",
        "Ansar Dine fought in solidarity with AQIM.",
    ],
)
def test_acting_in_support_of_a_party_backs_it(text: str) -> None:
    evs = _asserted(text, DINE, AQIM)
    assert any(e["event_type"] == "SUPPORT" and e["source"]["id"] == DINE for e in evs), evs
    assert not [e for e in evs if e["event_type"] == "ASSAULT"], evs


@pytest.mark.parametrize(
    "text",
    [
        "Ansar Dine did not carry out attacks in support of AQIM.",
        "Ansar Dine denied carrying out attacks in support of AQIM.",
        "Ansar Dine may have acted in support of AQIM.",
        "Ansar Dine will strike in support of AQIM.",
    ],
)
def test_acting_in_support_negated_hedged_or_future(text: str) -> None:
    assert not _asserted(text, DINE, AQIM)


def test_the_target_of_an_act_in_support_of_another_stays_its_target() -> None:
    text = "Ansar Dine attacked AQIM in support of the Malian army."
    evs = _asserted(text, DINE, AQIM)
    assert evs and all(e["event_type"] == "ASSAULT" for e in evs), evs


# -- "The First Regiment (al-Fawj al-Awl)": an unknown name with a known one in parentheses ------


def test_unknown_name_with_a_known_group_in_parentheses_is_that_group() -> None:
    text = (
        "The First Regiment (al-Fawj al-Awl), an Aleppo faction, operates under the banner "
        "of the Free Syrian Army (FSA)."
    )
    evs = _asserted(text, "org:al-fawj-al-awl", "org:free-syrian-army")
    assert any(e["event_type"] == "COOPERATE" for e in evs), evs


def test_unknown_name_with_a_group_in_parentheses_negated() -> None:
    text = (
        "The First Regiment (al-Fawj al-Awl) never operated under the banner of the Free "
        "Syrian Army (FSA)."
    )
    assert not _asserted(text, "org:al-fawj-al-awl", "org:free-syrian-army")


def test_a_country_in_parentheses_is_no_other_name() -> None:
    text = "The Sahara Battalion (Mali) attacked AQIM in 2013."
    assert not [e for e in _events(text) if e["source"]["id"].startswith("country:")]
