"""Written reports, round 20 (issue 9, helper written20): mechanisms found on round20_work,
the misses of the earlier work halves and classes seen by the lead, each tested on invented
sentences with negated, hedged, denied or otherwise unasserted twins that must not be
asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- "Fighters of X and of Y fought each other": the groups of the member noun's "of" list --
@pytest.mark.parametrize(
    ("text", "first", "etype", "second"),
    [
        ("Fighters of the Haqqani network and of the Pakistani Taliban fought each other near "
         "Miranshah for two days.", "Haqqani", "ASSAULT", "Tehrik"),
        ("Members of Hurras al-Din and of HTS attacked one another at a checkpoint outside "
         "Idlib, residents said.", "Hurras", "ASSAULT", "Tahrir al-Sham"),
        ("Commanders of the Nusra Front and the Islamic State accused each other of stealing "
         "grain.", "Nusra", "ACCUSE", "Islamic State"),
    ],
)  # fmt: skip
def test_the_groups_of_an_of_list_fight_each_other(
    text: str, first: str, etype: str, second: str
) -> None:
    found = named_events(text, "2015-01-01")
    assert_events(found, gives=[(first, etype, second), (second, etype, first)])


def test_no_place_is_fought_when_the_of_list_names_the_parties() -> None:
    found = named_events("Fighters of the Haqqani network and of the Pakistani Taliban fought "
                         "each other near Miranshah.", "2015-01-01")  # fmt: skip
    assert_events(found, gives_not=[("", "ASSAULT", "Miranshah")])


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of the Haqqani network and of the Pakistani Taliban did not fight each other "
        "near Miranshah.",
        "Fighters of the Haqqani network and of the Pakistani Taliban may have fought each "
        "other near Miranshah.",
        "Both groups denied that fighters of the Haqqani network and of the Pakistani Taliban "
        "had fought each other near Miranshah.",
    ],
)  # fmt: skip
def test_an_unasserted_fight_of_an_of_list_is_not_asserted(text: str) -> None:
    found = named_events(text, "2015-01-01")
    assert_events(found, gives_not=[("Haqqani", "ASSAULT", "Tehrik"),
                                    ("Tehrik", "ASSAULT", "Haqqani")])  # fmt: skip


def test_an_of_list_fighting_alongside_each_other_cooperates() -> None:
    found = named_events("Fighters of the Nusra Front and of Hurras al-Din fought alongside "
                         "each other near Aleppo.", "2018-01-01")  # fmt: skip
    assert_events(found, gives=[("Nusra", "COOPERATE", "Hurras")],
                  gives_not=[("Nusra", "ASSAULT", "Hurras")])  # fmt: skip


def test_one_another_after_a_hostile_verb_holds_both_ways_and_no_place_is_attacked() -> None:
    found = named_events("Hurras al-Din and HTS attacked one another at a checkpoint outside "
                         "Idlib, residents said.", "2019-01-01")  # fmt: skip
    assert_events(found, gives=[("Hurras", "ASSAULT", "Tahrir al-Sham"),
                                ("Tahrir al-Sham", "ASSAULT", "Hurras")],
                  gives_not=[("", "ASSAULT", "Idlib")])  # fmt: skip
    negated = named_events("Hurras al-Din and HTS did not attack one another at the "
                           "checkpoint.", "2019-01-01")  # fmt: skip
    assert_events(negated, gives_not=[("Hurras", "ASSAULT", "Tahrir al-Sham")])


# -- "X attacked Y positions after its men refused ...": a name before a held place is "its" --
@pytest.mark.parametrize(
    ("text", "refuser", "refused"),
    [
        ("HTS stormed Hurras al-Din bases near Idlib after its leaders refused to join HTS.",
         "Hurras", "Tahrir al-Sham"),
        ("The Taliban raided Islamic State Khorasan hideouts in Nangarhar after its fighters "
         "refused to pledge allegiance to Akhundzada.", "Islamic State", "Taliban"),
    ],
)  # fmt: skip
def test_its_after_a_name_before_a_held_place_is_that_group(
    text: str, refuser: str, refused: str
) -> None:
    found = named_events(text, "2019-01-01")
    assert_events(found, gives=[(refuser, "REJECT", refused)],
                  gives_not=[(refused, "REJECT", refuser)])  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban raided Islamic State Khorasan hideouts in Nangarhar although its fighters "
        "had never refused to pledge allegiance to Akhundzada.",
        "The Taliban raided Islamic State Khorasan hideouts in Nangarhar, saying its fighters "
        "may have refused to pledge allegiance to Akhundzada.",
    ],
)  # fmt: skip
def test_an_unasserted_refusal_of_the_held_places_group_is_not_asserted(text: str) -> None:
    found = named_events(text, "2019-01-01")
    assert_events(found, gives_not=[("Islamic State", "REJECT", "Taliban"),
                                    ("Taliban", "REJECT", "Islamic State")])  # fmt: skip


# -- "the funding of Y by X", "the arming of Y by X": the "by" agent of an aid noun ------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The funding of the Afghan Taliban by Pakistan's intelligence service continued into "
         "2009, a NATO report said.", "Inter-Services", "Taliban"),
        ("A UN panel wrote that the support of Hurras al-Din by Al Qaeda's leadership had "
         "grown since 2018.", "Al Qaeda", "Hurras"),
        ("The arming of Taliban units by the ISI went on for years, according to a cable.",
         "Inter-Services", "Taliban"),
        ("The sheltering of Al Qaeda's leaders by the Haqqani network angered Washington.",
         "Haqqani", "Al Qaeda"),
    ],
)  # fmt: skip
def test_the_by_agent_of_an_aid_noun_gives_to_its_of_phrase(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2012-01-01")
    assert_events(found, gives=[(source, "AID", target)],
                  gives_not=[(target, "AID", source)])  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Officials denied that the funding of the Afghan Taliban by Pakistan's intelligence "
        "service had continued.",
        "The arming of Taliban units by the ISI may have continued into 2008.",
        "There is no evidence that the sheltering of Al Qaeda's leaders by the Haqqani network "
        "went on after 2011.",
        "The arming of Taliban units went on for years, according to a cable.",
    ],
)  # fmt: skip
def test_an_unasserted_or_agentless_aid_noun_is_not_asserted(text: str) -> None:
    found = named_events(text, "2012-01-01")
    assert_events(found, gives_not=[("", "AID", "Taliban"), ("", "AID", "Al Qaeda")])


# -- "Reports that X helped Y were denied by Z": the denial takes back the report, no REJECT ---
@pytest.mark.parametrize(
    ("text", "denier", "other", "helper"),
    [
        ("Reports that the ISI helped the Taliban were denied by Pakistan.", "Pakistan",
         "Taliban", "Inter-Services"),
        ("Reports that Hurras al-Din helped the Islamic State were denied by HTS.",
         "Tahrir al-Sham", "Islamic State", "Hurras"),
        ("Claims that the ISI armed the Haqqani network were rejected by the army, which said "
         "they were baseless.", "Army", "Haqqani", "Inter-Services"),
    ],
)  # fmt: skip
def test_a_denied_report_refuses_nobody_and_asserts_nothing(
    text: str, denier: str, other: str, helper: str
) -> None:
    found = named_events(text, "2012-01-01")
    assert_events(found, gives_not=[(denier, ("REJECT", "ACCUSE"), other),
                                    (helper, "AID", other)])  # fmt: skip


def test_a_plain_refusal_of_a_party_is_still_a_refusal() -> None:
    found = named_events("Pakistan rejected the Taliban's demands to free the prisoners.",
                         "2012-01-01")  # fmt: skip
    assert_events(found, gives=[("Pakistan", "REJECT", "Taliban")])


# -- "X, backed by Y's air strikes, pushed Z out": the strikes help X, they do not hit X -------
@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("The Afghan army, backed by U.S. air strikes, pushed the Taliban out of Ghazni after "
         "five days.", "United States", "Afghan National Army"),
        ("Taliban fighters overran much of Kunduz, and the Afghan army, backed by American air "
         "strikes, took a week to drive them out.", "United States", "Afghan National Army"),
    ],
)  # fmt: skip
def test_strikes_that_back_a_party_do_not_hit_the_party(
    text: str, backer: str, backed: str
) -> None:
    found = named_events(text, "2018-01-01")
    assert_events(found, gives=[(backer, "SUPPORT", backed)],
                  gives_not=[(backer, ("ASSAULT", "COERCE"), backed, None)])  # fmt: skip


def test_strikes_on_a_party_that_backs_nothing_still_hit_it() -> None:
    found = named_events("American air strikes hit the Afghan army's positions in Ghazni by "
                         "mistake.", "2018-01-01")  # fmt: skip
    assert_events(found, gives=[("United States", "ASSAULT", "Afghan")])


# -- "Y died during a raid by X": the dead were hit by the raid's author -----------------------
@pytest.mark.parametrize(
    ("text", "author", "victim"),
    [
        ("Several Haqqani commanders died in a raid by Afghan forces on a house in Khost.",
         "Afghan", "Haqqani"),
        ("The Hurras al-Din emir died during an assault by HTS fighters on his farm near "
         "Idlib, residents said.", "Tahrir al-Sham", "Hurras"),
        ("Two TTP commanders died in a Pakistani army ambush in Bajaur.", "Pakistan",
         "Tehrik"),
    ],
)  # fmt: skip
def test_dying_in_an_attack_by_x_is_xs_attack(text: str, author: str, victim: str) -> None:
    found = named_events(text, "2016-01-01")
    assert_events(found, gives=[(author, "ASSAULT", victim)],
                  gives_not=[(victim, "ASSAULT", author)])  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Several Haqqani commanders did not die in the raid by Afghan forces on a house in "
        "Khost.",
        "Several Haqqani commanders may have died in a raid by Afghan forces on a house in "
        "Khost.",
        "Afghan officials denied that any Haqqani commanders had died in a raid by Afghan "
        "forces in Khost.",
        "Several Haqqani commanders died in an accident near Khost.",
    ],
)  # fmt: skip
def test_an_unasserted_death_in_a_raid_is_no_asserted_attack(text: str) -> None:
    found = named_events(text, "2016-01-01")
    assert_events(found, gives_not=[("Afghan", "ASSAULT", "Haqqani")])
