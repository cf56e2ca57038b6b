"""Headline classes of round 6 (issue 9, real headlines): direction words before a country
("in northwest Pakistan" is inside Pakistan, so a bare "Taliban" attacking there is the TTP),
killing idioms told as reduced passives ("Tribal elder shot dead by X"), the toll idiom of
military reporting ("X inflicts heavy casualties on Y"), claims of an attack told as a
modifier or a passive ("IS-claimed attack", "attack claimed by IS") and "X attack leaves N
dead".

Every headline here is invented (none from a benchmark, a development set or the labelled
corpus). Each mechanism has twins that must not be asserted (negated, denied, hedged) and
forms it must leave alone.
"""

from __future__ import annotations

import pytest
from tests.nlp.test_headline_round5 import asserted, triples

from riftwatch.nlp import context
from riftwatch.nlp.headline import _killing_idiom
from riftwatch.nlp.parse import nlp

DATE = "2018-06-01"


# -- direction words before a country -----------------------------------------------------
@pytest.mark.parametrize(
    "where", ["in northwest Pakistan", "in NW Pakistan", "in restive north-western Pakistan"]
)
def test_a_bare_taliban_attacking_in_a_region_of_pakistan_is_the_ttp(where: str) -> None:
    text = f"Taliban kill tribal elder {where}"
    assert asserted(text) == {("TTP", "ASSAULT", "LOCALS")}, triples(text)


@pytest.mark.parametrize("where", ["in eastern Afghanistan", "near the Pakistan border"])
def test_an_afghan_region_or_a_border_keeps_the_afghan_taliban(where: str) -> None:
    text = f"Taliban kill tribal elder {where}"
    assert ("TTP", "ASSAULT", "LOCALS") not in asserted(text), triples(text)


def test_a_region_before_the_ttp_founding_keeps_the_afghan_taliban() -> None:
    text = "Taliban kill tribal elder in northwest Pakistan"
    assert ("TTP", "ASSAULT", "LOCALS") not in asserted(text, "2005-03-01"), triples(text)


def test_the_taliban_denying_a_killing_in_a_region_is_not_asserted() -> None:
    text = "Taliban deny killing tribal elder in northwest Pakistan"
    assert not asserted(text), triples(text)


def test_places_in_marks_a_country_after_a_direction_word_as_locative() -> None:
    from riftwatch.nlp.extract import _resolver

    resolver = _resolver()
    inside = context.places_in("Blast in restive NW Pakistan", DATE, resolver)
    assert [p.locative for p in inside if p.iso3 == "PAK"] == [True]
    plain = context.places_in("Pakistan northwest blast", DATE, resolver)
    assert [p.locative for p in plain if p.iso3 == "PAK"] == [False]


# -- killing idioms told as a reduced passive ------------------------------------------------
@pytest.mark.parametrize("idiom", ["shot dead", "gunned down", "stabbed to death"])
def test_a_killing_idiom_in_a_reduced_passive_names_its_agent(idiom: str) -> None:
    text = f"Tribal elder {idiom} by Taliban militants in Swat"
    assert asserted(text) == {("TTP", "ASSAULT", "LOCALS")}, triples(text)


def test_a_negated_killing_idiom_is_not_asserted() -> None:
    text = "Tribal elder not shot dead by Taliban militants in Swat"
    assert not asserted(text), triples(text)
    assert ("TTP", "ASSAULT", "LOCALS", "negated") in triples(text)


def test_a_hedged_killing_idiom_is_not_asserted() -> None:
    text = "Tribal elder may have been shot dead by Taliban militants in Swat"
    assert not asserted(text), triples(text)


def test_a_killing_idiom_of_no_actor_gives_nothing() -> None:
    assert not triples("Shopkeeper shot dead by unknown men in Swat")


def test_killing_idiom_form_keeps_present_tense_and_nouns() -> None:
    doc = nlp()("Taliban shoot dead two soldiers in Ghazni")
    assert _killing_idiom(doc, doc.text)[0] == doc.text  # no idiom of the list
    doc = nlp()("The shot dead centre of the target")
    assert _killing_idiom(doc, doc.text)[0] == doc.text
    doc = nlp()("Policeman gunned down by gunmen in Quetta")
    form, notes = _killing_idiom(doc, doc.text)
    assert form == "Policeman killed      by gunmen in Quetta" and notes


# -- the toll idiom of military reporting ----------------------------------------------------
@pytest.mark.parametrize("toll", ["heavy casualties", "heavy losses", "a crushing defeat"])
def test_inflicting_casualties_on_a_group_is_an_attack(toll: str) -> None:
    text = f"Pakistani troops inflict {toll} on TTP in North Waziristan"
    assert asserted(text) == {("PAK", "ASSAULT", "TTP")}, triples(text)


def test_a_claim_to_have_inflicted_casualties_is_asserted() -> None:
    text = "Afghan officials claim to have inflicted heavy casualties on Islamic State"
    assert asserted(text) == {("AFG", "ASSAULT", "IS")}, triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Afghan forces did not inflict heavy losses on Taliban in Helmand",
        "Afghan forces deny inflicting heavy losses on Taliban in Helmand",
        "Afghan forces vow to inflict heavy losses on Taliban in Helmand",
        "Afghan forces may have inflicted heavy losses on Taliban in Helmand",
    ],
)
def test_negated_denied_or_future_casualties_are_not_asserted(text: str) -> None:
    assert not asserted(text), triples(text)


def test_inflicting_pain_or_suffering_casualties_is_no_attack() -> None:
    assert not asserted("Taliban inflict pain on Afghan government with Helmand offensive")
    assert not asserted("Taliban suffer heavy casualties in Helmand")


# -- claims inside the attack's noun phrase --------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Police officer killed in IS-claimed attack in Quetta",
        "Police officer killed in Islamic State-claimed blast in Quetta",
        "Police officer killed in attack claimed by IS in Quetta",
        "Police officer killed in bombing claimed by Islamic State in Quetta",
    ],
)
def test_a_claimed_attack_is_its_claimants(text: str) -> None:
    assert asserted(text) == {("IS", "ASSAULT", "PAK")}, triples(text)


def test_a_claim_of_responsibility_for_a_killing_is_asserted() -> None:
    text = "Pakistani Taliban claim responsibility for killing five soldiers"
    assert asserted(text) == {("TTP", "ASSAULT", "PAK")}, triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police officer killed in attack not claimed by IS in Quetta",
        "Police officer killed in attack wrongly claimed by IS in Quetta",
        "TTP did not claim responsibility for killing five soldiers in Bajaur",
        "TTP denies claiming responsibility for killing five soldiers in Bajaur",
    ],
)
def test_a_negated_or_doubted_claim_is_not_asserted(text: str) -> None:
    assert not asserted(text), triples(text)


# -- "X attack leaves N dead" ----------------------------------------------------------------
@pytest.mark.parametrize("toll", ["dead", "injured"])
def test_an_attack_leaving_victims_dead_is_an_assault(toll: str) -> None:
    text = f"TTP attack leaves five Pakistani soldiers {toll}"
    assert asserted(text) == {("TTP", "ASSAULT", "PAK")}, triples(text)


def test_a_denied_attack_that_left_victims_dead_is_not_asserted() -> None:
    text = "TTP deny attack that left five Pakistani soldiers dead"
    assert not asserted(text), triples(text)


def test_leaving_a_group_is_still_a_split() -> None:
    text = "Taliban commander leaves TTP after dispute"
    assert ("TALIBAN", "REJECT", "TTP") in asserted(text), triples(text)
    assert not any(t == "ASSAULT" for _s, t, _g in asserted(text))


# -- "X-linked militants" read like "militants linked to X" ----------------------------------
@pytest.mark.parametrize(
    "men", ["TTP-linked militants", "militants linked to TTP", "TTP-tied fighters"]
)
def test_loosely_tied_men_are_not_the_group_in_either_order(men: str) -> None:
    text = f"Security forces kill five {men} in North Waziristan"
    assert ("PAK", "ASSAULT", "TTP") not in asserted(text), triples(text)


@pytest.mark.parametrize("men", ["TTP militants", "militants loyal to TTP"])
def test_named_or_loyal_men_are_the_group(men: str) -> None:
    text = f"Security forces kill five {men} in North Waziristan"
    assert ("PAK", "ASSAULT", "TTP") in asserted(text), triples(text)


def test_a_loosely_tied_subject_is_not_the_group_either() -> None:
    text = "Taliban-linked gunmen kill two policemen in Peshawar"
    assert not any("TTP" in (s, g) or "TALIBAN" in (s, g) for s, _t, g in asserted(text))


# -- an open actor beside a bare "Taliban" -----------------------------------------------------
def test_an_open_actor_clashing_with_the_taliban_keeps_the_afghan_taliban() -> None:
    text = "Ridge Falcons Front clashed with the Taliban"
    found = asserted(text)
    assert ("TALIBAN", "ASSAULT", "open:ridge-falcons-front") in found, triples(text)
    assert not any("TTP" in (s, g) for s, _t, g in found)


def test_an_open_actor_denying_a_clash_with_the_taliban_is_not_asserted() -> None:
    assert not asserted("Ridge Falcons Front denies clashing with the Taliban")


# -- "IBO" and "X among N killed" --------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Two TTP terrorists killed in IBO in North Waziristan: ISPR",
        "TTP commander among three killed in operation in North Waziristan",
        "TTP commander among 10 militants killed in IBO in North Waziristan",
    ],
)
def test_an_ibo_or_a_named_victim_among_a_toll_is_the_states_operation(text: str) -> None:
    assert asserted(text) == {("PAK", "ASSAULT", "TTP")}, triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two TTP terrorists not killed in IBO in North Waziristan",
        "Two TTP terrorists may have been killed in IBO in North Waziristan",
        "TTP commander not among those killed in operation in North Waziristan",
        "Five militants killed in IBO in North Waziristan",
    ],
)
def test_negated_hedged_or_unnamed_tolls_are_not_asserted_for_a_group(text: str) -> None:
    assert ("PAK", "ASSAULT", "TTP") not in asserted(text), triples(text)


# -- "attack from <country>": where it came from, not who made it --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Cross-border attack from Afghanistan kills three Pakistani soldiers",
        "Rocket fire from Afghanistan kills two Pakistani soldiers",
        "Cross-border firing from Afghanistan kills two Pakistani soldiers",
        "Three Pakistani soldiers killed in cross-border attack from Afghanistan",
    ],
)
def test_a_country_an_attack_came_from_is_no_attacker(text: str) -> None:
    assert not asserted(text), triples(text)


def test_a_body_an_attack_came_from_is_the_attacker() -> None:
    text = "Attack from Afghan forces kills three Pakistani soldiers"
    assert asserted(text) == {("AFG", "ASSAULT", "PAK")}, triples(text)
    denied = "Kabul denies attack from Afghan forces killed three Pakistani soldiers"
    assert ("AFG", "ASSAULT", "PAK") not in asserted(denied), triples(denied)
