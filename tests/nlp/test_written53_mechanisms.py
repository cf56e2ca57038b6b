"""Written reports, round 37 of the data (issue 9, helper written53): recall classes met over
the work halves of several rounds, each fixed as a mechanism and tested on invented sentences
(none of them a labelled item) with negated, hedged or modal twins that must not be
asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- ground lost by the party a linked clause names as its holder ------------------------------
# ("P fell to X after Y's police abandoned their posts", "X overran the city, holding it until
# Y's troops pushed them back out": X seized the ground from Y, as "took P from Y" is;
# written.ground_lost_by_holder, cues.yaml ground_capture_verbs, ground_falling_verbs,
# ground_holding_verbs, ground_return_verbs; rounds 20, 32, 35 and 36 tell the capture of a
# town from the state this way)
@pytest.mark.parametrize(
    "text,taker,holder",
    [
        ("The town of Dand fell to the Taliban after the Afghan police abandoned their posts.",
         "Taliban", "Afghan National Police"),
        ("The Islamic State seized the town of Dabiq after Nusra Front fighters abandoned it.",
         "Islamic State", "Nusra"),
        ("Hurras al-Din fighters overran the checkpoint, holding it for a day until HTS fighters "
         "drove them back out.", "Hurras", "Tahrir"),
        ("Taliban fighters stormed the district of Nawa in June, and Afghan commandos retook "
         "it a week later.", "Taliban", "Afghan"),
        ("Pakistani Taliban fighters captured the village of Mamond, holding it until Pakistani "
         "troops pushed them back out in April.", "Tehrik", "Pakistan"),
    ],
)  # fmt: skip
def test_ground_taken_from_its_named_holder(text: str, taker: str, holder: str) -> None:
    found = named_events(text, "2015-01-01")
    assert_events(found, gives=[(taker, ("COERCE", "ASSAULT"), holder)])


@pytest.mark.parametrize(
    "text,taker,holder",
    [
        # the capture is negated, hedged, conditional or planned: no seizure asserted
        ("The town of Dand did not fall to the Taliban after the Afghan police abandoned "
         "their posts.", "Taliban", "Afghan National Police"),
        ("Officials said the town of Dand may have fallen to the Taliban after the Afghan "
         "police abandoned their posts.", "Taliban", "Afghan National Police"),
        ("The town of Dand might fall to the Taliban if the Afghan police abandon their "
         "posts.", "Taliban", "Afghan National Police"),
        ("The Islamic State planned to seize the town of Dabiq after Nusra Front fighters "
         "abandoned it.", "Islamic State", "Nusra"),
        # the capture itself is denied
        ("The Islamic State denied that it had seized the town of Dabiq after Nusra Front "
         "fighters abandoned it.", "Islamic State", "Nusra"),
    ],
)  # fmt: skip
def test_ground_not_taken_is_not_asserted(text: str, taker: str, holder: str) -> None:
    found = named_events(text, "2015-01-01")
    assert_events(found, gives_not=[(taker, ("COERCE", "ASSAULT"), holder)])


def test_a_holder_that_is_the_taker_is_none() -> None:
    # "its fighters" are the taker's own: no seizure from itself, no other party invented
    found = named_events(
        "The Islamic State seized the town of Dabiq after its fighters surrounded it.",
        "2015-01-01",
    )
    assert_events(found, gives_not=[("Islamic State", "COERCE", "Islamic State")])


def test_a_departure_alone_names_no_holder() -> None:
    # a party that only withdrew or fled is not said to have held the ground
    found = named_events(
        "The Taliban took the town of Dand after American troops withdrew from Helmand.",
        "2015-01-01",
    )
    assert_events(found, gives_not=[("Taliban", ("COERCE", "ASSAULT"), "U")])


# -- an act named with its author is presupposed by a reaction to it ---------------------------
# ("Washington would no longer tolerate Pakistan's sheltering of Y", "cut aid over the ISI's
# support for Y", "demanded an end to X's backing of Y": the act took place whatever is said of
# the reaction; written.presupposed_by_reaction read by modality._modality_of, cues.yaml
# reacting_verbs, grievance_preps, ending_nouns; a nominalised relation the sentence
# presupposes is asserted, the call of rounds 34 and 37)
@pytest.mark.parametrize(
    "text,source,etype,target",
    [
        ("Washington would no longer tolerate Pakistan's sheltering of the Haqqani network.",
         "Pakistan", "AID", "Haqqani"),
        ("Congress may cut aid over the ISI's support for the Afghan Taliban.",
         "Inter-Services", "AID", "Afghan Taliban"),
        ("The State Department threatened to cut aid over the ISI's backing of the Haqqani "
         "network.", "Inter-Services", "SUPPORT", "Haqqani"),
        ("Kabul demanded an end to Pakistan's sheltering of the Afghan Taliban.",
         "Pakistan", "AID", "Afghan Taliban"),
        ("Afghan officials did not condemn Pakistan's arming of the Haqqani network.",
         "Pakistan", "AID", "Haqqani"),
        ("The senators will investigate Saudi Arabia's funding of the Nusra Front.",
         "Saudi", "AID", "Nusra"),
    ],
)  # fmt: skip
def test_an_owned_act_under_a_reaction_is_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    found = named_events(text, "2017-01-01")
    assert_events(found, gives=[(source, etype, target)])


@pytest.mark.parametrize(
    "text,source,target",
    [
        # wanted, sought or asked for: the act is not presupposed
        ("Washington sought Pakistan's support for the Afghan Taliban.", "Pakistan",
         "Afghan Taliban"),
        ("Kabul asked for Pakistan's help against the Afghan Taliban.", "Pakistan",
         "Afghan Taliban"),
        # a modality cue on the act itself keeps it
        ("Washington would not tolerate the ISI's alleged support for the Afghan Taliban.",
         "Inter-Services", "Afghan Taliban"),
        ("Congress may cut aid over the ISI's possible support for the Afghan Taliban.",
         "Inter-Services", "Afghan Taliban"),
        # an author told by a pronoun may be the reacting subject itself
        ("The ISI vowed to end its support for the Afghan Taliban.", "Inter-Services",
         "Afghan Taliban"),
    ],
)  # fmt: skip
def test_an_act_not_presupposed_is_not_asserted(text: str, source: str, target: str) -> None:
    found = named_events(text, "2017-01-01")
    assert_events(found, gives_not=[(source, ("AID", "SUPPORT"), target)])


def test_an_ending_told_done_is_a_withdrawal_not_help() -> None:
    # "the army ended X's support": the support ended (no help asserted), as before
    found = named_events("The army ended the ISI's support for the Afghan Taliban.", "2017-01-01")
    assert_events(found, gives_not=[("Inter-Services", ("AID", "SUPPORT"), "Afghan Taliban")])


# -- the doers of an unowned attack made a group's by a later clause ---------------------------
# ("Gunmen attacked Y, and officials said the attackers were members of X / were X fighters /
# had been trained by X": the attack told before is X's; written._attackers_group and
# cues.yaml attacker_sending_verbs, read by written.claimed_earlier_attacks; rounds 15, 33, 34
# and 36 name the owner of an attack with no author in a later clause)
@pytest.mark.parametrize(
    "text,owner,victim",
    [
        ("Gunmen stormed a police post in Paktia, and officials said the attackers were "
         "members of the Haqqani network.", "Haqqani", "Afghan National Police"),
        ("Gunmen stormed a police post in Paktia; the governor said the attackers were "
         "Haqqani fighters.", "Haqqani", "Afghan National Police"),
        ("A bomber killed six Pakistani soldiers in Bannu, and the army said the bomber was a "
         "member of the Pakistani Taliban.", "Tehrik", "Pakistan"),
        ("Gunmen stormed a police post in Paktia, and officials said the attackers had been "
         "trained by the Haqqani network.", "Haqqani", "Afghan National Police"),
    ],
)  # fmt: skip
def test_the_doers_named_later_own_the_attack(text: str, owner: str, victim: str) -> None:
    found = named_events(text, "2016-01-01")
    assert_events(found, gives=[(owner, "ASSAULT", victim)])


@pytest.mark.parametrize(
    "text,owner",
    [
        ("Gunmen stormed a police post in Paktia, and officials said the attackers may have "
         "been members of the Haqqani network.", "Haqqani"),
        ("Gunmen stormed a police post in Paktia, and officials denied that the attackers were "
         "members of the Haqqani network.", "Haqqani"),
        ("Gunmen stormed a police post in Paktia, and officials said the attackers were not "
         "members of the Haqqani network.", "Haqqani"),
        ("Gunmen stormed a police post in Paktia, and officials suspect that the attackers were "
         "members of the Haqqani network.", "Haqqani"),
    ],
)  # fmt: skip
def test_doers_not_told_a_groups_leave_the_attack_unowned(text: str, owner: str) -> None:
    found = named_events(text, "2016-01-01")
    assert_events(found, gives_not=[(owner, "ASSAULT", "")])


# -- a message or medium speaks for the party that issued it ------------------------------------
# ("a statement by X condemned Y", "a video released by X praised Y", "an editorial in X's
# weekly newspaper denounced Y": X speaks, as through its spokesman; written.message_author
# read by code.SentenceCoder._actor, cues.yaml message_nouns, media_nouns,
# message_issuing_verbs, outlet_nouns; militant statements in rounds 16, 24, 34)
@pytest.mark.parametrize(
    "text,source,etype,target",
    [
        ("A statement by the Pakistani Taliban condemned the Afghan Taliban's talks with "
         "Islamabad.", "Tehrik", "ACCUSE", "Afghan Taliban"),
        ("An editorial in the Islamic State's weekly newspaper denounced Hayat Tahrir "
         "al-Sham.", "Islamic State", "ACCUSE", "Tahrir"),
        ("An article on the Pakistani Taliban's website praised the Afghan Taliban.",
         "Tehrik", "SUPPORT", "Afghan Taliban"),
        ("A video released by Al Qaeda in the Indian Subcontinent praised the Pakistani "
         "Taliban.", "Qaeda", "SUPPORT", "Tehrik"),
        ("A leaflet distributed by the Pakistani Taliban threatened the Pakistani army's "
         "soldiers in Bajaur.", "Tehrik", "THREATEN", "Pakistan"),
    ],
)  # fmt: skip
def test_a_message_speaks_for_its_issuer(text: str, source: str, etype: str, target: str) -> None:
    found = named_events(text, "2016-01-01")
    assert_events(found, gives=[(source, etype, target)])


@pytest.mark.parametrize(
    "text,source",
    [
        # negated or hedged, or an organ of a country (a newspaper of the country, no party)
        ("A statement by the Pakistani Taliban did not condemn the Afghan Taliban.", "Tehrik"),
        ("A video purportedly released by Al Qaeda praised the Pakistani Taliban.", "Qaeda"),
        ("An editorial in Pakistan's daily newspaper condemned the Afghan Taliban.",
         "Pakistan"),
        ("A statement by the Pakistani Taliban may have praised the Afghan Taliban.",
         "Tehrik"),
    ],
)  # fmt: skip
def test_a_message_not_told_or_of_no_party_asserts_nothing(text: str, source: str) -> None:
    found = named_events(text, "2016-01-01")
    assert_events(found, gives_not=[(source, ("ACCUSE", "SUPPORT"), "")])
