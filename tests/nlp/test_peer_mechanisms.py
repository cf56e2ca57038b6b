"""Mechanisms for world-news recall (issue 9, the peers' gold sets), on invented sentences.

One test per class of constructions, each with its positive forms and the negated, hedged
or future forms that must not be asserted: deverbal event nouns with their parties in the
noun phrase, nominal events undone by their verb, demands stated in a clause, threats with
a condition on another party, event nouns used as a compound of another noun, people of a
country named by a singular noun, and a country's courts and armed services as the state.
None of the sentences comes from a benchmark or a development set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has, named_events

from riftwatch.nlp.extract import extract_document
from riftwatch.nlp.lexicon import load


def events(text: str, date: str = "2011-03-02") -> set[tuple[str, str, str, str]]:
    """(source, type, target, modality) of every event in ``text``."""
    return named_events(text, date)


# -- deverbal event nouns: parties in the noun phrase ---------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Norway imposed sanctions on Chile on Monday.", "Norway", "SANCTION", "Chile"),
        ("Portugal renewed its appeal to Morocco for calm.", "Portugal", "REQUEST", "Morocco"),
        ("Finland expressed condolences to Estonia after the storm.", "Finland", "SUPPORT",
         "Estonia"),
        ("Peru accepted demands from Bolivia over the river.", "Bolivia", "REQUEST", "Peru"),
        ("Ghana opened consultations with Togo on trade.", "Ghana", "CONSULT", "Togo"),
        ("Uruguay announced a new loan to Paraguay.", "Uruguay", "AID", "Paraguay"),
        ("Chile tightened its blockade of Peru.", "Chile", "COERCE", "Peru"),
    ],
)  # fmt: skip
def test_deverbal_event_nouns(text: str, source: str, etype: str, target: str) -> None:
    found = events(text)
    assert has(found, source, etype, target), found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Norway did not impose sanctions on Chile.", "negated"),
        ("Norway may impose sanctions on Chile next year.", "hypothetical"),
        ("Norway said it would impose sanctions on Chile.", None),
        ("Norway denied that it had imposed sanctions on Chile.", None),
    ],
)  # fmt: skip
def test_deverbal_event_nouns_keep_their_modality(text: str, modality: str | None) -> None:
    found = events(text)
    # (an announced sanction is an asserted THREATEN: see test_announced_hostile_act_is_a_threat)
    assert not any(g == "SANCTION" for _s, g, _t, _m in asserted(found)), found
    if modality is not None:
        assert has(found, "Norway", "SANCTION", "Chile", modality), found


def test_nominals_are_data_with_their_source() -> None:
    lex = load()
    assert lex.nouns["sanctions"]["type"] == "SANCTION"
    assert lex.nouns["sanctions"]["source"] == "riftwatch nominals"
    assert "lift" in lex.reversing_verbs and "lifting" in lex.reversing_nouns
    # events.yaml's own nouns win over the nominals
    assert lex.nouns["talks"]["source"] == "riftwatch"


# -- a nominal event undone by the word that governs it -------------------------------------
@pytest.mark.parametrize(
    ("text", "etype", "not_type"),
    [
        ("Norway lifted sanctions on Chile on Friday.", "RETREAT", "SANCTION"),
        ("Norway eased its blockade of Chile.", "RETREAT", "COERCE"),
        ("Norway welcomed the lifting of sanctions on Chile.", "RETREAT", "SANCTION"),
        ("Norway suspended part of a military aid programme for Chile.", "SANCTION", "AID"),
        ("Norway will prohibit all aid to Chile.", "SANCTION", "AID"),
        ("Norway suspended its aid to Chile.", "SANCTION", "AID"),
        ("Norway cut loans to Chile after the coup.", "SANCTION", "AID"),
    ],
)  # fmt: skip
def test_undone_nominal_events(text: str, etype: str, not_type: str) -> None:
    found = events(text)
    assert has(found, "Norway", etype, "Chile", None), found
    assert not any(g == not_type for _s, g, _t, _m in found), found


def test_undone_event_not_asserted_when_refused() -> None:
    found = events("Norway refused to lift sanctions on Chile.")
    assert not any(g == "RETREAT" and m == "asserted" for _s, g, _t, m in found), found


# -- demands stated in a clause --------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Norway demanded that Chile release the fishermen.",
        "Norway reiterated its demand that Chile release the fishermen.",
        "Norway insisted on Monday that Chile must release the fishermen.",
    ],
)
def test_demand_clauses(text: str) -> None:
    found = events(text)
    assert has(found, "Norway", "REQUEST", "Chile"), found


def test_demand_clauses_negated_and_hedged() -> None:
    found = events("Norway did not demand that Chile release the fishermen.")
    assert not asserted(found), found
    found = events("Norway might demand that Chile release the fishermen.")
    assert not asserted(found), found


def test_a_that_clause_of_a_statement_is_no_demand() -> None:
    found = events("Norway said that Chile released the fishermen.")
    assert not any(g == "REQUEST" for _s, g, _t, _m in found), found


# -- threats with a condition on another party ----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Norway threatened to close its ports unless Chile paid the debt.",
        "Norway threatened on Monday to recall its envoy if Chile expels the fishermen.",
        "Norway warned it would cut off gas until Chile settled the bills.",
    ],
)
def test_conditional_threats(text: str) -> None:
    found = events(text)
    assert has(found, "Norway", "THREATEN", "Chile"), found


def test_conditional_threats_negated() -> None:
    found = events("Norway did not threaten to close its ports unless Chile paid the debt.")
    assert not asserted(found), found


def test_a_condition_without_a_threat_is_no_threat() -> None:
    found = events("Norway will close its ports if Chile pays the debt late.")
    assert not any(g == "THREATEN" for _s, g, _t, _m in found), found


# -- an event noun as a compound of another noun ---------------------------------------------
def test_event_noun_in_a_compound_takes_the_head_nouns_parties() -> None:
    found = events("The Kenyan foreign minister led a mediation mission between Chad and Sudan.")
    assert has(found, "Kenya", "CONSULT", "Chad"), found
    assert has(found, "Kenya", "CONSULT", "Sudan"), found


# -- people of a country named by a singular noun; the state's courts and services -----------
def test_singular_people_noun_and_state_court() -> None:
    found = events("A Moroccan court jailed a Spanish student for two years.")
    assert any("Morocc" in s and g == "COERCE" and "Spanish student" in t
               for s, g, t, _m in found), found  # fmt: skip
    # the student is a person of Spain, never the Spanish state
    assert not any(t == "Spain" for _s, _g, t, _m in found), found


def test_state_armed_services_by_country_adjective() -> None:
    found = events("Syrian warplanes bombed Turkish positions on Sunday.")
    assert any(s.startswith("Syria") and g == "ASSAULT" for s, g, _t, _m in found), found


# -- material aid to a country; a request noun with its addressee on the verb ----------------
@pytest.mark.parametrize(
    "text",
    [
        "Norway continued to send arms to Chile last year.",
        "Norway shipped food supplies to Chile in March.",
    ],
)
def test_material_aid_makes_the_receiving_country_a_party(text: str) -> None:
    found = events(text)
    assert has(found, "Norway", "AID", "Chile"), found


def test_troops_sent_to_a_country_are_no_aid() -> None:
    # a country that troops or fighters go to is a destination, not a party
    found = events("Norway sent troops to Chile.")
    assert not any(g == "AID" for _s, g, _t, _m in found), found


def test_material_aid_promised_or_refused_is_not_asserted() -> None:
    assert not asserted(events("Norway will not send arms to Chile."))
    found = events("Norway refused to send arms to Chile.")
    assert not any(g == "AID" and m == "asserted" for _s, g, _t, m in found), found


def test_request_noun_with_its_addressee_on_the_verb_and_a_that_clause() -> None:
    found = events("The Chilean president issued a reminder on Monday to Peru that it must pay.")
    assert has(found, "Chile", "REQUEST", "Peru"), found


def test_an_intergovernmental_organisation_is_the_antecedent_of_it() -> None:
    found = events("NATO said that it had imposed sanctions on Serbia.")
    assert has(found, "NATO", "SANCTION", "Serbia"), found
    found = events("NATO said it would impose sanctions on Serbia.")
    assert has(found, "NATO", "SANCTION", "Serbia", "hypothetical"), found


# -- readiness is no act; 'he'/'his' stand for the person named before ----------------------
@pytest.mark.parametrize(
    "text",
    [
        "Norway is prepared to impose sanctions on Chile.",
        "Norway is ready to lift sanctions on Chile.",
        "Norway said it was willing to attack Chile.",
        "Norway was poised to attack Chile.",
    ],
)
def test_readiness_is_not_asserted(text: str) -> None:
    found = events(text)
    # the act is not asserted; a readiness announced ("said it was willing to attack") is an
    # asserted threat since peers8, as "said it would attack" was (announced_threats)
    assert found and not {e for e in asserted(found) if e[1] != "THREATEN"}, found
    if text.split()[1:3] != ["said", "it"]:
        assert not asserted(found), found


def test_he_stands_for_the_person_named_before() -> None:
    # dated in her second presidency: in 2011 she held no office (curated tenure ends, stop 54)
    found = events("President Bachelet said that he had imposed sanctions on Peru.", "2015-06-01")
    assert has(found, "Chile", "SANCTION", "Peru"), found
    found = events("President Bachelet said he would not impose sanctions on Peru.", "2015-06-01")
    assert has(found, "Chile", "SANCTION", "Peru", None) and not asserted(found), found


def test_he_never_stands_for_a_country() -> None:
    found = events("Chile said he had imposed sanctions on Peru.")
    assert not any(g == "SANCTION" for _s, g, _t, _m in found), found


def test_a_person_named_as_the_author_of_an_act_is_an_actor() -> None:
    found = events("Norway rejected calls by Pedro Almagro to adopt the reforms.")
    assert has(found, "Norway", "REJECT", "Pedro Almagro"), found


# -- the author of an act or policy a protest is against -------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Chilean workers staged a hunger strike in protest against abuses by the Peruvian army.",
        "Chilean workers began a strike to protest against Peru's decision to close the border.",
        "Chilean workers blocked the roads in defiance of the Peruvian authorities.",
    ],
)
def test_protest_against_the_author_of_an_act(text: str) -> None:
    found = events(text)
    assert any(g == "PROTEST" and "Peru" in t and m == "asserted" for _s, g, t, m in found), found


def test_protest_not_held_is_not_asserted() -> None:
    found = events("Chilean workers did not strike in protest against abuses by the Peruvian army.")
    assert not asserted(found), found


# -- an announced hostile act is a threat; an accepted demand a concession -------------------
@pytest.mark.parametrize(
    "text",
    [
        "Norway said it would impose sanctions on Chile.",
        "Norway announced on Friday that it will tighten its blockade of Chile.",
    ],
)
def test_announced_hostile_act_is_a_threat(text: str) -> None:
    # a stated intention (the labelling conventions' "will", "vowed to"): the threat is kept
    # as evidence with the modality "future", not asserted (stop 38)
    found = events(text)
    assert has(found, "Norway", "THREATEN", "Chile", "future"), found
    # the act itself is not asserted
    assert not any(g in ("SANCTION", "COERCE") and m == "asserted" for _s, g, _t, m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Norway said it would not impose sanctions on Chile.",
        "Norway said it might impose sanctions on Chile.",
        "Norway did not say it would impose sanctions on Chile.",
        "Norway said Peru would impose sanctions on Chile.",
    ],
)
def test_no_threat_from_a_negated_possible_or_third_party_act(text: str) -> None:
    found = events(text)
    assert not any(g == "THREATEN" and m == "asserted" for _s, g, _t, m in found), found


def test_accepted_demand_is_a_concession() -> None:
    found = events("Peru accepted demands from Bolivia over the river.")
    assert has(found, "Peru", "CONCEDE", "Bolivia"), found
    found = events("Peru did not accept demands from Bolivia over the river.")
    assert not any(g == "CONCEDE" and m == "asserted" for _s, g, _t, m in found), found


# -- fire and war as attack nouns ------------------------------------------------------------
def test_fire_and_war_are_attacks_on_their_target() -> None:
    found = events("Chilean forces launched rocket fire against Peruvian army positions.")
    assert any(s.startswith("Chile") and g == "ASSAULT" and "Peru" in t
               for s, g, t, _m in found), found  # fmt: skip
    found = events("Norway mobilized reservists for a possible war against Chile.")
    assert has(found, "Norway", "ASSAULT", "Chile", None) and not asserted(found), found
    # fire set to a thing names no other party
    assert not events("Chilean students set fire to a school.")


# -- rebels in a country ---------------------------------------------------------------------
def test_rebels_in_a_country_are_a_non_state_actor_of_it() -> None:
    coded = extract_document({"id": "t", "text": "Rebels in Chad attacked the French embassy.",
                              "date": "2011-03-02"})  # fmt: skip
    sources = [c.event.source for c in coded if c.event.event_type == "ASSAULT"]
    assert sources and sources[0].name == "Rebels in Chad", sources
    assert sources[0].country == "TCD" and sources[0].type != "country"
    # troops in a country are not that country's
    found = events("Troops in Chad attacked the rebels.")
    assert not any(s.startswith("Chad") for s, _g, _t, _m in found), found


def test_they_still_stands_for_the_group_a_titled_leader_heads() -> None:
    # "he"/"his" need a person; "it"/"they" keep their reading of groups led by a named person
    found = events("Taliban leader Mullah Omar said they would attack the Pakistani army.")
    assert has(found, "Taliban", "ASSAULT", "Pakistan", None), found
    assert not any(g == "ASSAULT" and m == "asserted" for _s, g, _t, m in found), found
