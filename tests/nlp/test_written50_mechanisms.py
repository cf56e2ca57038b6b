"""Written reports, round 34 of the data (issue 9, helper written50): recall classes met over
the work halves of several rounds, each fixed as a mechanism and tested on invented sentences
with negated, hedged or look-alike twins that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- a sanction on a party's backers strikes the party, whatever the sanction's wording ---------
# ("imposed sanctions on two men who had smuggled arms to Y", "a group of men who raised money
# for Y", "designated three traders, saying they had financed Y"; written.backed_by_sanctioned
# reads any verb the lexicon codes as AID, the "of" phrase of a collective noun and the noun
# frame "sanctions on"; written.said_backing the sanctioning party's own reason; rounds 21, 22,
# 24, 33 and 34 sanction people for the help they gave a group)
@pytest.mark.parametrize(
    "text,source,target",
    [
        ("Canada imposed sanctions on four men who had smuggled rifles to the Pakistani "
         "Taliban.", "Canada", "Tehrik"),
        ("The State Department blacklisted two brothers who had hidden Hurras al-Din "
         "commanders in their farmhouse.", "State Department", "Hurras"),
        ("Washington imposed sanctions on a network of traders who bankrolled Al Qaeda in the "
         "Islamic Maghreb.", "U.S.", "Al Qaeda"),
        ("The Saudi interior ministry designated five shopkeepers, saying they had sent money "
         "to the Islamic State.", "Saudi", "Islamic State"),
        ("The State Department designated two clerics, saying they had collected donations "
         "and sent them to Lashkar-e-Taiba.", "State Department", "Lashkar"),
    ],
)  # fmt: skip
def test_a_sanction_on_a_partys_backers_strikes_the_party(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2019-05-01")
    assert_events(found, gives=[(source, "SANCTION", target)])


@pytest.mark.parametrize(
    "text,source,target",
    [
        # the help is negated, hedged or denied: the people are no backers
        ("Canada imposed sanctions on four men who had never smuggled rifles to the Pakistani "
         "Taliban.", "Canada", "Tehrik"),
        ("The State Department blacklisted two brothers who may have hidden Hurras al-Din "
         "commanders in their farmhouse.", "State Department", "Hurras"),
        ("The Saudi interior ministry designated five shopkeepers, saying they may have sent "
         "money to the Islamic State.", "Saudi", "Islamic State"),
        ("The Saudi interior ministry designated five shopkeepers, denying they had sent "
         "money to the Islamic State.", "Saudi", "Islamic State"),
        ("The State Department designated two clerics, saying they had never collected "
         "donations or sent them to Lashkar-e-Taiba.", "State Department", "Lashkar"),
        # the people fought the group: a sanction on its foes is no sanction on it
        ("Canada imposed sanctions on four men who had attacked the Pakistani Taliban.",
         "Canada", "Tehrik"),
    ],
)  # fmt: skip
def test_sanctioned_people_who_did_not_help_leave_the_party_unstruck(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2019-05-01")
    assert_events(found, gives_not=[(source, "SANCTION", target)])


# -- a person the text ties to a group by his post stands for the group ------------------------
# ("P, a Lashkar-e-Taiba operative,", "P, who sat on X's shura council,", "P, a veteran
# jihadist who had become X's chief judge,", "P, who served as X's deputy emir,";
# mechanisms._post_by_clause_or_member: a member noun of cues.yaml one_member_nouns, or a
# relative clause with a serving verb of events.yaml serving_verbs or "become"; rounds 17, 33
# and 34 name the victim of a strike or an arrest only so)
@pytest.mark.parametrize(
    "text,source,etype,target",
    [
        ("Police in Multan detained Qasim Gul, a Lashkar-e-Taiba operative.", "Pakistan",
         "COERCE", "Lashkar"),
        ("A Saudi air strike killed Faisal al-Dosari, who sat on the shura council of Al "
         "Qaeda in the Arabian Peninsula.", "Saudi", "ASSAULT", "Al Qaeda"),
        ("An American drone killed Abu Talha al-Suri, a former teacher who had become Hurras "
         "al-Din's chief judge.", "United States", "ASSAULT", "Hurras"),
        ("Afghan commandos captured Qari Nasrat, who served as the Islamic State's governor "
         "for Kunar.", "Afghan", "COERCE", "Islamic State"),
    ],
)  # fmt: skip
def test_a_person_named_by_his_post_in_a_group_stands_for_the_group(
    text: str, source: str, etype: str, target: str
) -> None:
    found = named_events(text, "2019-05-01")
    assert_events(found, gives=[(source, etype, target)])


@pytest.mark.parametrize(
    "text,source,target",
    [
        # a past, negated or hedged post, or one he left: no tie to the group now
        ("Police in Multan detained Qasim Gul, a former Lashkar-e-Taiba operative.",
         "Pakistan", "Lashkar"),
        ("A Saudi air strike killed Faisal al-Dosari, who had once sat on the shura council "
         "of Al Qaeda in the Arabian Peninsula.", "Saudi", "Al Qaeda"),
        ("An American drone killed Abu Talha al-Suri, who never served as Hurras al-Din's "
         "chief judge.", "United States", "Hurras"),
        ("An American drone killed Abu Talha al-Suri, who may have served as Hurras al-Din's "
         "chief judge.", "United States", "Hurras"),
        ("Afghan commandos captured Qari Nasrat, who had left the Islamic State in 2018.",
         "Afghan", "Islamic State"),
    ],
)  # fmt: skip
def test_a_past_denied_or_hedged_post_ties_the_person_to_no_group(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2019-05-01")
    assert_events(found, gives_not=[(source, None, target)])


# -- a navy's men and ships and a state's prisons and their staff are the state ---------------
# (actors/data/agents/curated.yaml: sailors, airmen, frigates and warships in the military
# role, prison guards, jailers and the central jail in the police role, and all of them in the
# bare nouns that stand for the state of the text's country; rounds 12, 33 and 34 tell
# attacks on a frigate or a prison and its guards)
@pytest.mark.parametrize(
    "text,source,target",
    [
        ("Jamaat-ul-Ahrar gunmen raided the central jail in Dera Ismail Khan and freed two "
         "hundred inmates.", "Ahrar", "Pakistan"),
        ("Lashkar-e-Taiba militants opened fire on sailors at the naval dockyard in Karachi.",
         "Lashkar", "Pakistan"),
        ("Taliban fighters ambushed jail guards escorting prisoners near Kandahar.",
         "Taliban", "Afghan"),
    ],
)  # fmt: skip
def test_an_attack_on_a_prison_or_on_sailors_hits_the_state(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2013-07-30")
    assert_events(found, gives=[(source, "ASSAULT", target)])


@pytest.mark.parametrize(
    "text",
    [
        # denied or planned: no attack asserted
        "Jamaat-ul-Ahrar denied that its gunmen had raided the central jail in Dera Ismail "
        "Khan.",
        "Lashkar-e-Taiba militants were planning to open fire on sailors at the naval "
        "dockyard in Karachi, police said.",
        # a prisoner sent to a jail is no attack on it
        "A court in Peshawar sent two Jamaat-ul-Ahrar gunmen to the central jail.",
    ],
)  # fmt: skip
def test_a_denied_planned_or_judicial_act_on_a_prison_is_no_attack(text: str) -> None:
    found = named_events(text, "2013-07-30")
    assert_events(found, gives_not=[("", "ASSAULT", "Pakistan")])


# -- a "which"/"who" after a comma that the parser hung on the main verb ----------------------
# (code.Coder._comma_relative_antecedent: "turned against Al Qaeda in Iraq, which had been
# killing tribal elders": the clause hung on "turned" as its own, the name's last word a
# place; the noun phrase before the comma, read up through the name, is the antecedent)
@pytest.mark.parametrize(
    "text",
    [
        "The Dulaimi clans turned against Al Qaeda in Iraq, which killed tribal elders near "
        "Ramadi.",
        "The Dulaimi clans turned against Al Qaeda in Iraq, which had been killing tribal "
        "elders near Ramadi.",
    ],
)
def test_a_comma_relative_hung_on_the_main_verb_points_back_to_the_name(text: str) -> None:
    found = named_events(text, "2007-05-01")
    assert_events(found, gives=[("Al Qaeda in Iraq", "ASSAULT", "elders")])


@pytest.mark.parametrize(
    "text",
    [
        "The Dulaimi clans turned against Al Qaeda in Iraq, which never killed tribal elders "
        "near Ramadi.",
        "The Dulaimi clans turned against Al Qaeda in Iraq, which may have killed tribal "
        "elders near Ramadi.",
    ],
)
def test_a_negated_or_hedged_comma_relative_stays_unasserted(text: str) -> None:
    found = named_events(text, "2007-05-01")
    assert_events(found, gives_not=[("Al Qaeda in Iraq", "ASSAULT", "")])
