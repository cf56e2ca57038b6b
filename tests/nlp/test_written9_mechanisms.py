"""Written reports, round 9 (issue 9, helper written9): mechanisms found on round9_work and the
earlier work halves, each tested on invented sentences with negated, hedged or denied twins
that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has, named_events


# -- the giving of a thing carries the event: "X's provision of safe haven to Y" -----------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Taliban's provision of sanctuary to Al Qaeda angered Riyadh.", "Taliban", "Qaeda"),
        ("Pakistan's supply of weapons to the Haqqani network alarmed Washington.", "Pakistan",
         "Haqqani"),
        ("The Haqqanis' provision of shelter to Al Qaeda couriers went on for years.", "Haqqani",
         "Qaeda"),
    ],
)  # fmt: skip
def test_the_owner_of_a_giving_noun_gives(text: str, source: str, target: str) -> None:
    found = named_events(text)
    assert has(found, source, "AID", target), found


@pytest.mark.parametrize(
    "text",
    [
        "Islamabad denied any provision of sanctuary to the Taliban.",
        "The Taliban's alleged provision of sanctuary to Al Qaeda angered Riyadh.",
        "There is no evidence of Pakistan's supply of weapons to the Haqqani network.",
    ],
)
def test_a_giving_noun_denied_or_hedged_is_not_asserted(text: str) -> None:
    assert not asserted(named_events(text))


# -- appointments to another party's post --------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Sirajuddin Haqqani was named deputy leader of the Taliban in 2015.",
        "Sirajuddin Haqqani's elevation to deputy leader of the Taliban surprised analysts.",
        "The appointment of Sirajuddin Haqqani as the Taliban's deputy was announced in July.",
    ],
)
def test_a_post_given_to_another_groups_man_is_support(text: str) -> None:
    found = named_events(text, "2016-01-01")
    assert has(found, "Taliban", "SUPPORT", "Haqqani"), found


@pytest.mark.parametrize(
    "text",
    [
        "Sirajuddin Haqqani was not named deputy leader of the Taliban.",
        "Sirajuddin Haqqani may be named deputy leader of the Taliban.",
        "The Taliban denied that Sirajuddin Haqqani had been named its deputy leader.",
        "Sirajuddin Haqqani's rumoured appointment as deputy leader of the Taliban worried Kabul.",
        # a post within one's own group is no tie between two groups
        "Akhtar Mansour was named leader of the Taliban in 2015.",
    ],
)
def test_an_appointment_negated_hedged_or_within_one_group(text: str) -> None:
    found = named_events(text, "2016-01-01")
    assert not any(e[1] == "SUPPORT" for e in asserted(found)), found


# -- an announced handover to a third party is an offer, not a threat -----------------------
def test_an_announced_handover_to_a_third_party_is_no_threat() -> None:
    found = named_events("The jirga said it would hand the Al Qaeda men over to Pakistani troops.")
    assert not any(e[1] == "THREATEN" for e in asserted(found)), found
    # an announced arrest stays a threat, with the modality of an intention (stop 38)
    found = named_events("The jirga said it would arrest any Al Qaeda men in the valley.")
    assert has(found, "", "THREATEN", "Qaeda", "future"), found


def test_a_conditional_offer_is_no_agreement() -> None:
    found = named_events(
        "The tribal elders said they would hand over the Al Qaeda men to the Frontier Corps "
        "if the curfew was lifted."
    )
    assert not asserted(found), found


# -- a grievance a threat answers is a fact ------------------------------------------------
def test_the_grievance_of_a_threat_is_asserted() -> None:
    found = named_events("AQAP threatened the Saudi rulers over their cooperation with the CIA.")
    assert has(found, "Qaeda", "THREATEN", "Saudi"), found
    assert any(e[1] == "COOPERATE" and "Saudi" in e[0] for e in asserted(found)), found


@pytest.mark.parametrize(
    "text",
    [
        "AQAP threatened the Saudi rulers over their alleged cooperation with the CIA.",
        "AQAP threatened the Saudi rulers over a possible alliance with the CIA.",
    ],
)
def test_a_hedged_grievance_stays_hedged(text: str) -> None:
    found = named_events(text)
    assert not any(e[1] == "COOPERATE" for e in asserted(found)), found


# -- "the offensive was aimed at Y" -------------------------------------------------------
def test_an_offensive_aimed_at_a_group_attacks_it() -> None:
    found = named_events("The Pakistani army's spring offensive was aimed at the TTP.")
    assert has(found, "Pakistan", "ASSAULT", "Tehrik"), found
    found = named_events("The army's offensive was directed at the TTP and Uzbek fighters.")
    assert has(found, "Pakistan", "ASSAULT", "Tehrik"), found


@pytest.mark.parametrize(
    "text",
    [
        "The Pakistani army's spring offensive was not aimed at the Haqqani network.",
        "The Pakistani army's spring offensive may have been aimed at the Haqqani network.",
        "Afghan officials doubt that the army's offensive was aimed at the Haqqani network.",
    ],
)
def test_an_aim_negated_or_hedged_attacks_nobody(text: str) -> None:
    found = named_events(text)
    assert not any(e[1] == "ASSAULT" and "Haqqani" in e[2] for e in asserted(found)), found


# -- "X served as Y's host", "X was Y's main backer" ---------------------------------------
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Haqqani network served as Al Qaeda's host for a decade.", "AID"),
        ("Riyadh was the Taliban's chief backer in the late 1990s.", "SUPPORT"),
    ],
)
def test_a_host_or_backer_of_a_group(text: str, etype: str) -> None:
    found = named_events(text)
    assert any(e[1] == etype for e in asserted(found)), found


@pytest.mark.parametrize(
    "text",
    [
        "The Haqqani network is no longer Al Qaeda's host.",
        "The Haqqani network may be Al Qaeda's host.",
        "A host of militant groups attacked the Pakistani army.",
    ],
)
def test_a_host_negated_hedged_or_a_quantity(text: str) -> None:
    found = named_events(text)
    assert not any(e[1] == "AID" for e in asserted(found)), found


# -- "rejected a truce offered by Y" -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "asserted_event"),
    [
        ("The Orakzai elders rejected a ceasefire offered by the Pakistani Taliban.", True),
        ("The Orakzai elders spurned a truce proposed by the Pakistani Taliban.", True),
        ("The Orakzai elders did not reject a ceasefire offered by the Pakistani Taliban.", False),
        ("The Orakzai elders may reject a truce proposed by the Pakistani Taliban.", False),
    ],
)
def test_a_truce_offered_by_a_party_and_rejected(text: str, asserted_event: bool) -> None:
    found = named_events(text)
    assert has(found, "elders", "REJECT", "Tehrik") is asserted_event, found


# -- refusing to hand people over to Y rejects Y, whatever the parse of "over to" -----------
def test_refusing_a_handover_rejects_the_receiver() -> None:
    found = named_events("The elders refused to hand the Uzbek fighters over to Pakistani troops.")
    assert has(found, "elders", "REJECT", "Pakistan"), found
    found = named_events("The elders may refuse to hand the Uzbek men over to Pakistani troops.")
    assert not any(e[1] == "REJECT" for e in asserted(found)), found


# -- "X fighters trained alongside Y": the participle of the only noun phrase ---------------
def test_fighters_trained_alongside_a_partner_cooperate() -> None:
    found = named_events("Haqqani fighters trained alongside Al Qaeda volunteers in Khost.")
    assert has(found, "Haqqani", "COOPERATE", "Qaeda"), found


@pytest.mark.parametrize(
    "text",
    [
        "Haqqani fighters never trained alongside Al Qaeda volunteers.",
        "Haqqani fighters may have trained alongside Al Qaeda volunteers.",
        # fellow victims of a strike are no partners
        "Haqqani fighters killed alongside Al Qaeda volunteers in a drone strike.",
    ],
)
def test_trained_alongside_negated_hedged_or_fellow_victims(text: str) -> None:
    found = named_events(text)
    assert not any(e[1] == "COOPERATE" for e in asserted(found)), found


# -- the Nusra leader's common spelling ----------------------------------------------------
def test_jolani_is_the_nusra_leader() -> None:
    found = named_events("Jolani renewed his oath of loyalty to Zawahiri in 2013.", "2013-05-01")
    assert any("Nusra" in e[0] and "Qaeda" in e[2] for e in asserted(found)), found
    found = named_events("Jolani denied swearing loyalty to Zawahiri.", "2013-05-01")
    assert not any("Nusra" in e[0] and "Qaeda" in e[2] for e in asserted(found)), found


# -- "his" in a verb's object is the named subject's, unless the verb views another's act ---
def test_his_pledge_is_the_named_subjects() -> None:
    found = named_events(
        "Jolani turned down Baghdadi's plan and renewed his oath to Zawahiri.", "2013-05-01"
    )
    assert any("Nusra" in e[0] and "Qaeda" in e[2] for e in asserted(found)), found
    assert not any("Islamic State" in e[0] and "Qaeda" in e[2] for e in asserted(found)), found


# -- the Taliban emir's surname in a pledge ------------------------------------------------
def test_allegiance_to_akhundzada_is_to_the_taliban() -> None:
    found = named_events("AQIS pledged allegiance to Akhundzada in 2016.", "2016-07-01")
    assert has(found, "Qaeda", "SUPPORT", "Taliban"), found
    found = named_events("AQIS refused to pledge allegiance to Akhundzada.", "2016-07-01")
    assert not any(e[1] == "SUPPORT" for e in asserted(found)), found


# -- a warning passed on about a third party's raid is a tip-off ---------------------------
def test_warnings_passed_on_about_a_third_partys_raid_are_a_tip_off() -> None:
    found = named_events("The ISI passed warnings to the TTP ahead of American drone strikes.")
    assert has(found, "Inter-Services", "AID", "Tehrik"), found


@pytest.mark.parametrize(
    "text",
    [
        "The ISI did not pass warnings to the TTP about American drone strikes.",
        "The ISI may have passed warnings to the TTP before American drone strikes.",
        # its own operation: no tip-off
        "The Pakistani army passed warnings to the TTP about its coming operation.",
    ],
)
def test_warnings_negated_hedged_or_of_ones_own_act(text: str) -> None:
    found = named_events(text)
    assert not any(e[1] == "AID" for e in asserted(found)), found


# -- "X said the government had sealed its offices": the speaker's premises ----------------
def test_premises_sealed_in_reported_speech_are_the_speakers() -> None:
    found = named_events(
        "Jamaat-ud-Dawa said the Pakistani government had frozen its bank accounts.", "2009-02-01"
    )
    assert has(found, "Pakistan", "SANCTION", "Jamaat"), found
    found = named_events(
        "Jamaat-ud-Dawa said the Pakistani government had not frozen its bank accounts.",
        "2009-02-01",
    )
    assert not asserted(found), found


# -- a cooperation that strains another relation is a cause, not a distancing -------------
def test_a_cooperation_that_strains_other_ties_stays_cooperation() -> None:
    found = named_events(
        "The Taliban's sheltering of TTP leaders has strained relations with Islamabad."
    )
    assert has(found, "Taliban", "AID", "Tehrik"), found
    assert not has(found, "Afghan Taliban", "REJECT", "Tehrik", None), found
    # with no object of its own the verb still sours the subject relation
    found = named_events("The Taliban's support for Al Qaeda has cooled.")
    assert has(found, "Taliban", "REJECT", "Qaeda"), found


# -- funding that dried up has ended ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "ended"),
    [
        ("Saudi funding for the Taliban dried up in 1998.", True),
        ("Saudi funding for the Taliban never dried up.", False),
        ("Saudi funding for the Taliban may have dried up in 1998.", False),
    ],
)
def test_funding_that_dried_up(text: str, ended: bool) -> None:
    found = named_events(text, "1999-01-01")
    assert has(found, "Saudi", "REJECT", "Taliban") is ended, found
    assert not any(e[1] == "AID" for e in asserted(found)) or not ended, found
