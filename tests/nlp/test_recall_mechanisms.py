"""Recall mechanisms of the rule coder (issue 9, recall by mechanism), on invented sentences.

Each test is one mechanism, not one sentence: the other party inside a non-actor object,
office holders of a country, coordinated parties of a reciprocal event, a list read as an
apposition, the party of an infinitive complement, a demand stated as "Y must", people of a
country named by a people noun, and verb lemmas repaired from the surface form. None of the
sentences comes from a benchmark or a development set.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.nlp.conftest import named_events

from riftwatch.nlp import headline
from riftwatch.nlp.extract import extract_document
from riftwatch.nlp.parse import nlp


def events(text: str, date: str = "2011-03-02") -> set[tuple[str, str, str, str]]:
    """(source, type, target, modality) of every event in ``text``."""
    return named_events(text, date)


def pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, g) for s, t, g, _m in events(text)}


def names(text: str) -> list[dict[str, Any]]:
    coded = extract_document({"id": "t", "text": text, "date": "2011-03-02"})
    return [side for c in coded for side in (c.event.source.to_dict(), c.event.target.to_dict())]


# -- the other party inside a non-actor object -------------------------------------------
@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        ("Norway praised Chile's reforms of its courts.", "SUPPORT", "Norway", "Chile"),
        ("Ecuador flatly rejected a Bolivian ultimatum about the river.", "REJECT", "Ecuador",
         "Bolivia"),
        ("Finland condemned the attack by Russia on its border post.", "ACCUSE", "Finland",
         "Russia"),
        ("Portugal threatened further measures against Morocco on Friday.", "THREATEN",
         "Portugal", "Morocco"),
    ],
)  # fmt: skip
def test_party_inside_the_object_phrase(text: str, etype: str, source: str, target: str) -> None:
    found = pairs(text)
    assert any(source in s and g == etype and target in t for s, g, t in found), found


def test_material_acts_do_not_take_a_country_adjective_of_their_object() -> None:
    # a village is a place: an attack on "Afghan villages" names no Afghan actor
    found = pairs("Lashkar-e-Taiba fighters attacked Afghan villages near the border.")
    assert not any("Afghan" in t for _s, _g, t in found), found


# -- office holders of a country ------------------------------------------------------------
def test_a_countrys_office_holder_stands_for_it() -> None:
    found = pairs("Peru's foreign minister met with Chile's ambassador in Lima on Monday.")
    assert any("Peru" in s and g == "CONSULT" and "Chile" in t for s, g, t in found), found
    assert any("Chile" in s and g == "CONSULT" and "Peru" in t for s, g, t in found), found


# -- coordinated parties of a reciprocal event -----------------------------------------------
def test_three_coordinated_parties_pair_up_all_ways() -> None:
    found = pairs("Norway, Sweden and Finland met in Oslo on Tuesday.")
    countries = ("Norway", "Sweden", "Finland")
    for a in countries:
        for b in countries:
            if a != b:
                assert (a, "CONSULT", b) in found, (a, b, found)


def test_coordinated_holders_of_a_reciprocal_noun() -> None:
    found = pairs("Ecuador and Colombia renewed negotiations on the river dispute.")
    assert ("Ecuador", "CONSULT", "Colombia") in found and (
        "Colombia",
        "CONSULT",
        "Ecuador",
    ) in found, found


# -- the party an infinitive complement acts on ------------------------------------------------
def test_complement_party_of_a_threat() -> None:
    found = events("Ecuador threatened to cut off gas supplies to Colombia.")
    assert ("Ecuador", "THREATEN", "Colombia", "asserted") in found, found


def test_complement_party_is_one_sided_even_for_a_symmetric_verb() -> None:
    found = pairs("Portugal has agreed to lift its import ban on Morocco.")
    assert ("Portugal", "AGREE", "Morocco") in found, found
    assert ("Morocco", "AGREE", "Portugal") not in found, found


def test_negated_complement_threat_is_not_asserted() -> None:
    found = events("Ecuador did not threaten to cut off gas supplies to Colombia.")
    assert ("Ecuador", "THREATEN", "Colombia", "asserted") not in found, found


# -- demands stated as an obligation ---------------------------------------------------------
def test_said_that_another_party_must_act_is_a_request() -> None:
    found = events("Finland said on Monday that Estonia must return the seized trawler.")
    assert ("Finland", "REQUEST", "Estonia", "asserted") in found, found


def test_a_future_statement_is_no_request() -> None:
    found = events("Finland said on Monday that Estonia will return the seized trawler.")
    assert not any(g == "REQUEST" for _s, g, _t, _m in found), found


# -- people of a country named by a people noun ---------------------------------------------
def test_people_noun_of_a_country_is_an_open_actor_not_the_state() -> None:
    sides = names("Ecuadorian soldiers arrested four Colombian smugglers near the river.")
    people = [s for s in sides if s.get("mention") == "Colombian smugglers"]
    assert people, sides
    assert people[0]["id"].startswith("open:") and people[0].get("country") == "COL"


def test_a_thing_noun_of_a_country_is_no_actor() -> None:
    sides = names("Ecuadorian soldiers seized four Colombian reactors near the river.")
    assert not any("reactors" in (s.get("mention") or "") for s in sides), sides


# -- verb lemmas repaired from the surface form ----------------------------------------------
def test_fix_lemmas_restores_a_known_verb_and_leaves_others() -> None:
    doc = nlp()("Students staged rallies and needed help.")
    doc[1].lemma_ = "stag"
    fixed = headline.fix_lemmas(doc, {"stage", "rally"})
    assert doc[1].lemma_ == "stage" and fixed == ["staged: stag -> stage"]
    assert doc[4].lemma_ == "need"  # no known verb to restore: left as the tagger gave it


def test_misread_lemma_still_codes_its_nominal_event() -> None:
    found = pairs("Bolivian miners staged protests in La Paz against the Peruvian government.")
    assert any(g == "PROTEST" and "Peru" in t for _s, g, t in found), found


# -- an object that is the subject's own body ----------------------------------------------
def test_own_body_as_object_leaves_the_target_to_the_phrase() -> None:
    found = events("Portugal withdrew its peacekeeping force from Angola on Monday.")
    assert ("Portugal", "RETREAT", "Angola", "asserted") in found, found


# -- a non-state word before an agent noun ----------------------------------------------------
def test_rebel_leaders_of_a_country_are_not_its_government() -> None:
    sides = names("Colombian rebel leaders met Ecuadorian officials in Quito on Monday.")
    rebels = [s for s in sides if "rebel" in (s.get("mention") or "")]
    assert rebels and all(s["id"].startswith("open:") for s in rebels), sides
    assert any(s.get("name") == "Government of Ecuador" or "Ecuador" in s.get("name", "")
               for s in sides), sides  # fmt: skip


# -- requests of the base dictionary -----------------------------------------------------------
def test_a_dictionary_appeal_is_a_request_and_its_complement_hypothetical() -> None:
    found = events("Ecuador begged Colombia to close the border crossing to smugglers.")
    assert ("Ecuador", "REQUEST", "Colombia", "asserted") in found, found
    assert not any(m == "asserted" and g != "REQUEST" for _s, g, _t, m in found), found


def test_a_people_that_is_no_country_names_an_open_actor() -> None:
    sides = names("Chechen refugees staged protests against the Russian government in Baku.")
    assert any(s.get("mention") == "Chechen refugees" and s["id"].startswith("open:")
               for s in sides), sides  # fmt: skip


# -- clashes named in a passive or a headline list ---------------------------------------------
def test_killed_during_a_clash_with_a_party_runs_both_ways() -> None:
    found = events("Six Lashkar-e-Taiba militants killed during clash with police in Lahore")
    lets = [(s, t) for s, g, t, m in found if g == "ASSAULT" and m == "asserted"]
    assert any("Lashkar" in s for s, _t in lets) and any("Lashkar" in t for _s, t in lets), found


def test_headline_list_before_the_subject_is_coordination() -> None:
    found = pairs("Haqqani network, Afghan soldiers suffer losses in clashes in Paktia")
    assert any("Haqqani" in s and g == "ASSAULT" and "Afghan" in t for s, g, t in found), found
    assert any("Afghan" in s and g == "ASSAULT" and "Haqqani" in t for s, g, t in found), found


def test_a_comma_before_the_subject_outside_headlines_is_no_list() -> None:
    found = pairs(
        "In the report, published on Monday, the Haqqani network, officials said, suffered "
        "heavy losses in fighting near the border during a long and difficult summer."
    )
    assert not any(g == "ASSAULT" for _s, g, _t in found), found


# -- pro- and anti- modifiers ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Lashkar-e-Taiba fighters killed nine pro-government militiamen near Kunar.",
        "Anti-Taliban tribesmen attacked Lashkar-e-Taiba in the valley.",
    ],
)
def test_pro_or_anti_a_group_is_not_that_group(text: str) -> None:
    found = pairs(text)
    assert not any("Taliban" in s or "government" in t.lower() for s, _g, t in found), found


def test_who_survives_an_attack_was_its_target() -> None:
    found = events("A Pakistani policeman survived a Lashkar-e-Taiba attack in Lahore.")
    assert ("Lashkar-e-Taiba", "ASSAULT", "Pakistani police", "asserted") in found, found


def test_headline_list_of_a_multiword_name_before_the_subject() -> None:
    found = pairs("Lashkar-e-Taiba, Haqqani fighters clash in Kunar")
    assert ("Lashkar-e-Taiba", "ASSAULT", "Haqqani Network") in found, found
    assert ("Haqqani Network", "ASSAULT", "Lashkar-e-Taiba") in found, found
