"""mmp31 mechanisms, on invented sentences with negated, hedged and look-alike twins.

Each case is a sentence nobody reported, about invented groups (and Al Shabaab); the events
are (source id, PLOVER type, target id, modality) as the API prints them.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_id_events as _events

from riftwatch.actors.open import open_id

TARVAN = open_id("Tarvan Brigades")
ORLEK = open_id("Orlek Liberation Front")
SHABAAB = "org:al-shabaab"


def _asserted(text: str, source: str, etype: str, target: str) -> list:
    return [e for e in _events(text)
            if e[:3] == (source, etype, target) and e[3] == "asserted"]  # fmt: skip


def _between(text: str, a: str, b: str) -> list:
    return [e for e in _events(text) if {e[0], e[2]} == {a, b} and e[3] == "asserted"]


# -- a singular unit noun said of a group, its whole named in an 'of' phrase, a possessive or
# a name before it: "X, a southern brigade of Y", "X, the Y unit that ...", "X, Y's enforcer
# gang", "X were Y's hit squad": X is a part of Y, COOPERATE from the part to the whole
# (mechanisms.relation_noun_holders: _unit_noun, _named_whole; events.yaml part_unit_nouns)


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        (
            "The Tarvan Brigades, a southern brigade of the Orlek Liberation Front, raided the "
            "town of Misseni in 2015.",
            TARVAN,
            ORLEK,
        ),
        (
            "The Tarvan Brigades, the Orlek Liberation Front unit that recruited villagers, "
            "raided army posts in 2015.",
            TARVAN,
            ORLEK,
        ),
        (
            "The Tarvan Brigades, the Orlek Liberation Front's enforcer gang in the north, "
            "fought the army in 2010.",
            TARVAN,
            ORLEK,
        ),
        (
            "In the 1980s the Tarvan Brigades were the Orlek Liberation Front's hit squad in the "
            "capital.",
            TARVAN,
            ORLEK,
        ),
        (
            "Jaysh Kefra, the Al Shabaab unit that smuggled recruits across the border, attacked "
            "police posts in 2014.",
            open_id("Jaysh Kefra"),
            SHABAAB,
        ),
    ],
)
def test_unit_noun_makes_the_part_of_a_whole(text: str, part: str, whole: str) -> None:
    assert _asserted(text, part, "COOPERATE", whole)


@pytest.mark.parametrize(
    "text",
    [
        "The Tarvan Brigades were not a brigade of the Orlek Liberation Front.",
        "The Tarvan Brigades may have been a brigade of the Orlek Liberation Front.",
        "The Tarvan Brigades might have been the Orlek Liberation Front's hit squad.",
        "The Tarvan Brigades would become the Orlek Liberation Front's hit squad if the truce "
        "failed.",
        # a past membership asserts no tie now (also "a former unit of Y", which main coded)
        "The Tarvan Brigades, a former unit of the Orlek Liberation Front, raided a town.",
        "The Tarvan Brigades, once the Orlek Liberation Front's enforcer gang, raided a town.",
    ],
)
def test_negated_or_hedged_unit_noun_stays_unasserted(text: str) -> None:
    assert not _between(text, TARVAN, ORLEK)


@pytest.mark.parametrize(
    ("text", "holder", "noun_phrase"),
    [
        # a lone place or people before the noun names no whole
        ("Liwa Tarvan, a Homs brigade, bombed a bank in 2013.", "Liwa Tarvan", "Homs"),
        (
            "Red Tarvan, a small Sardinian cell, bombed a bank in 1980.",
            "Red Tarvan",
            "Sardinian cell",
        ),
    ],
)
def test_place_or_people_before_unit_noun_is_no_whole(
    text: str, holder: str, noun_phrase: str
) -> None:
    assert not [e for e in _events(text)
                if e[0] == open_id(holder) and e[1] == "COOPERATE"]  # fmt: skip


# -- "X was founded by gunmen / officers / followers of Y who broke away / walked out": the
# founders' role noun names the group their leaving left (events.yaml founder_nouns;
# mechanisms.founded_after_leaving)


@pytest.mark.parametrize(
    "text",
    [
        "The Tarvan Brigades were founded in 2011 by gunmen of the Orlek Liberation Front who "
        "broke away after the death of its leader.",
        "The Tarvan Brigades were founded in 2011 by officers of the Orlek Liberation Front who "
        "walked out.",
        # the parser hangs "who had defected" on the group, not on the fighters
        "The Tarvan Brigades were founded in 2011 by fighters of the Orlek Liberation Front who "
        "had defected.",
    ],
)
def test_founders_of_a_group_who_left_it(text: str) -> None:
    assert _asserted(text, TARVAN, "REJECT", ORLEK)


@pytest.mark.parametrize(
    "text",
    [
        "The Tarvan Brigades were founded in 2011 by gunmen of the Orlek Liberation Front who "
        "may have broken away.",
        "The Tarvan Brigades were founded in 2011 by gunmen of the Orlek Liberation Front who "
        "never broke away.",
        "The Tarvan Brigades were founded in 2011 by fighters of the Orlek Liberation Front who "
        "may have defected.",
        "The Tarvan Brigades were founded in 2011 by fighters of the Orlek Liberation Front who "
        "had fought the army.",
    ],
)
def test_founders_hedged_or_negated_leaving_gives_no_split(text: str) -> None:
    assert not _asserted(text, TARVAN, "REJECT", ORLEK)


# -- "X worked / served / acted as hitmen (enforcers, bodyguards) for Y": the role's 'for'
# party is the group X works for, COOPERATE (mechanisms.relation_noun_holders: _for_party;
# events.yaml membership_nouns)


@pytest.mark.parametrize(
    "text",
    [
        "The Tarvan Brigades worked as hitmen for the Orlek Liberation Front in 2010.",
        "The Tarvan Brigades acted as enforcers for the Orlek Liberation Front in the north.",
    ],
)
def test_role_for_a_group(text: str) -> None:
    assert _asserted(text, TARVAN, "COOPERATE", ORLEK)


@pytest.mark.parametrize(
    "text",
    [
        "The Tarvan Brigades denied that they worked as hitmen for the Orlek Liberation Front.",
        "The Tarvan Brigades may have worked as hitmen for the Orlek Liberation Front.",
        "The Tarvan Brigades would work as hitmen for the Orlek Liberation Front if paid.",
    ],
)
def test_denied_hedged_or_conditional_role_stays_unasserted(text: str) -> None:
    assert not _between(text, TARVAN, ORLEK)


# -- "the National Resistance forces": a capitalised word before "Resistance" makes it the
# tail of a longer name, not a bare eponym before a member noun (which read "Resistance
# forces" as The Resistance Front; extract._name_before); a bare eponym still counts


def test_tail_of_a_longer_name_is_no_eponym() -> None:
    text = "The National Resistance forces fought beside the Kefra Brigades in 2018."
    assert not [e for e in _events(text) if "org:the-resistance-front" in (e[0], e[2])]


def test_bare_eponym_before_member_noun_still_counts() -> None:
    text = "Officials said Haqqani fighters attacked the Afghan army in 2012."
    assert _asserted(text, "org:haqqani-network", "ASSAULT", "org:afghan-army")
