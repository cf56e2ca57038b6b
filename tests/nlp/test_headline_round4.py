"""Headline classes found on the round-4 train/dev misses (issue 9, headlines): a group's
home as the place of an unattributed operation, combat nouns read both ways ("killed in
battle with X"), a participle before the victim ("kill retreating troops"), the
"embraced martyrdom" idiom of South Asian reporting, and singular state agent nouns
("Soldier killed in ...").

Every headline here is invented (none from a benchmark, a development set or the labelled
corpus). Each mechanism has twins that must not be asserted (negated, hedged, future) and
forms it must leave alone.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import id_events

DATE = "2019-05-01"


def events(text: str, date: str = DATE) -> list[tuple[str, str, str, str]]:
    """(source id, type, target id, modality) of every event of a one-line headline."""
    return id_events(text, date)


def family(ident: str) -> str:
    """A coarse family of an actor id, enough for these tests."""
    keys = (
        ("ttp", "TTP"),
        ("tehrik", "TTP"),
        ("afghan-taliban", "TALIBAN"),
        ("islamic-state", "IS"),
        ("iskp", "IS"),
        ("pak", "PAK"),
        ("afghan", "AFG"),
    )
    for key, fam in keys:
        if key in ident:
            return fam
    return ident


def asserted(text: str, date: str = DATE) -> set[tuple[str, str, str]]:
    return {(family(s), t, family(g)) for s, t, g, m in events(text, date) if m == "asserted"}


# -- a group's home as the place of an unattributed operation -----------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Six TTP militants killed in intelligence-based operation",
        "Four TTP commanders killed in search operation: officials",
        "Three TTP fighters killed in raid on hideout",
    ],
)
def test_operation_against_a_one_country_group_implies_its_home_forces(text: str) -> None:
    assert ("PAK", "ASSAULT", "TTP") in asserted(text), events(text)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Six TTP militants not killed in operation, group says", "negated"),
        ("Six TTP militants may have been killed in operation", "uncertain"),
    ],
)
def test_operation_twins_keep_their_modality(text: str, modality: str) -> None:
    found = [(family(s), family(g), m) for s, t, g, m in events(text) if t == "ASSAULT"]
    assert ("PAK", "TTP", modality) in found, found
    assert not asserted(text), events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Six TTP militants killed in operation in Kunar",  # a place abroad: not Pakistan's
        "Six IS militants killed in operation",  # a group of many countries: no home
        "TTP commander arrested",  # an arrest with no operation and no place: no agent
        "Six Taliban killed in operation",  # bare Taliban: Afghan or Pakistani by context
    ],
)
def test_no_home_operation_without_one_home_and_an_operation_noun(text: str) -> None:
    assert not any(family(s) == "PAK" for s, _t, _g, _m in events(text)), events(text)


# -- combat nouns both ways -------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Nine IS fighters killed in battle with Taliban in Nangarhar",
        "Nine IS fighters killed in fight with Taliban",
        "Nine IS fighters killed in fighting with Taliban",
        "Nine IS fighters killed in battles with Taliban",
    ],
)
def test_killed_in_combat_with_a_group_runs_both_ways(text: str) -> None:
    found = asserted(text, "2016-05-01")
    assert {("IS", "ASSAULT", "TALIBAN"), ("TALIBAN", "ASSAULT", "IS")} <= found, found


def test_combat_noun_twins() -> None:
    # negated: both directions, never asserted
    text = "IS fighters did not die in battle with Taliban"
    assert not asserted(text, "2016-05-01"), events(text, "2016-05-01")
    # "battle against X" names the side attacked: one way only
    found = asserted("Afghan forces continue battle against Taliban", "2016-05-01")
    assert ("AFG", "ASSAULT", "TALIBAN") in found and ("TALIBAN", "ASSAULT", "AFG") not in found


# -- a participle before the victim ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Taliban kill retreating Afghan soldiers in Kunduz",
        "Taliban ambush, kill dozens of fleeing Afghan troops",
        "Taliban attack patrolling Afghan police in Helmand",
    ],
)
def test_participle_before_the_victim_is_its_modifier(text: str) -> None:
    assert ("TALIBAN", "ASSAULT", "AFG") in asserted(text, "2016-05-01"), events(text)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Taliban did not kill retreating Afghan soldiers", "negated"),
        ("Taliban may have killed dozens of fleeing Afghan troops", "uncertain"),
    ],
)
def test_participle_twins_keep_their_modality(text: str, modality: str) -> None:
    found = [(family(s), family(g), m) for s, t, g, m in events(text, "2016-05-01")]
    assert ("TALIBAN", "AFG", modality) in found, found
    assert not asserted(text, "2016-05-01")


def test_a_participle_that_is_a_verb_of_its_own_stays() -> None:
    # "accused of supporting X": the gerund is the accusation's content, not a modifier
    found = events("Pakistan accused of supporting Afghan Taliban", "2016-05-01")
    assert not any(m == "asserted" and t == "SUPPORT" for _s, t, _g, m in found), found


# -- "embraced martyrdom" ----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Three soldiers embrace martyrdom in attack by TTP terrorists",
        "Two soldiers embraced shahadat in TTP attack on checkpost",
        "Two soldiers embrace martyrdom in exchange of fire with TTP terrorists",
    ],
)
def test_embraced_martyrdom_is_a_killing_of_its_subject(text: str) -> None:
    assert ("TTP", "ASSAULT", "PAK") in asserted(text), events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers did not embrace martyrdom in TTP attack, says army",
        "TTP fighters vow to embrace martyrdom fighting Pakistani army",
        "Soldiers ready to embrace martyrdom against TTP, says army chief",
    ],
)
def test_martyrdom_twins_are_not_asserted(text: str) -> None:
    assert ("TTP", "ASSAULT", "PAK") not in asserted(text), events(text)


# -- singular state agent nouns --------------------------------------------------------------
def test_singular_soldier_is_the_state_of_the_text() -> None:
    assert ("TTP", "ASSAULT", "PAK") in asserted("Soldier martyred in TTP attack in Khyber")
    assert ("TTP", "ASSAULT", "PAK") in asserted("Two jawans martyred in TTP attack")
    twin = "Soldier not killed in TTP attack, army says"
    assert not asserted(twin), events(twin)


# -- "X behind attack on Y", "attempt on Y" -----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Al-Qaeda behind attack on Pakistani army convoy",
        "TTP behind suicide attack on police, says CTD",
        "Al-Qaeda behind assassination attempt on Pakistani army chief",
    ],
)
def test_party_behind_an_attack_is_its_agent(text: str) -> None:
    found = asserted(text, "2004-01-10")
    assert any(g == "PAK" and s in ("TTP", "org:al-qaeda") for s, _t, g in found), events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Al-Qaeda not behind attack on Pakistani army, says spokesman",
        "Al-Qaeda may be behind attack on Pakistani army",
        "Al-Qaeda possibly behind attack on Pakistani army",
        "Al-Qaeda denies being behind attack on Pakistani army",
        "Pakistani army foils TTP attempt on border post",
    ],
)
def test_party_behind_twins_are_not_asserted(text: str) -> None:
    assert not asserted(text, "2004-01-10"), events(text, "2004-01-10")


# -- a root participle hides the headline's verb ------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Taliban attack police post in Kandahar killing 12",
        "Taliban ambush army convoy in Helmand killing 9",
    ],
)
def test_root_participle_leaves_the_first_verb_to_find(text: str) -> None:
    assert ("TALIBAN", "ASSAULT", "AFG") in asserted(text, "2016-05-01"), events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Taliban did not attack police post in Kandahar",
        "Taliban may attack police post in Kandahar killing 12",
        "Taliban attack on police post in Kandahar killing 12 denied",
    ],
)
def test_root_participle_twins_are_not_asserted(text: str) -> None:
    assert not asserted(text, "2016-05-01"), events(text, "2016-05-01")


# -- "militants belonging to X" ------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Two terrorists belonging to TTP killed in North Waziristan operation",
        "Security forces kill three militants belonging to the TTP in Bajaur",
    ],
)
def test_fighters_belonging_to_a_group_are_that_group(text: str) -> None:
    assert ("PAK", "ASSAULT", "TTP") in asserted(text), events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Security forces did not kill militants belonging to the TTP in Bajaur",
        "Two militants belonging to TTP may have been killed in operation",
    ],
)
def test_belonging_twins_are_not_asserted(text: str) -> None:
    assert not asserted(text), events(text)
