"""Relationship nouns by mechanism: their stance (adjective or noun), and what starts, keeps
or ends them, with negated and hedged forms. All sentences are invented."""

from __future__ import annotations

import pytest

from riftwatch.actors import resolve_mention
from riftwatch.nlp.extract import extract_documents
from riftwatch.nlp.lexicon import load


def _events(text: str) -> set[tuple[str, str, str, str]]:
    doc = {"id": "t", "text": text, "date": "2015-06-01"}
    out = set()
    for c in extract_documents([doc]):
        d = c.to_dict()
        out.add((d["source"]["id"], d["target"]["id"], d["event_type"], d["modality"]))
    return out


def _asserted(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, k) for s, t, k, m in _events(text) if m == "asserted"}


TTP, AQ, LET, IS = "org:ttp", "org:al-qaeda", "org:let", "org:islamic-state"
HAQ, TAL = "org:haqqani-network", "org:afghan-taliban"


@pytest.mark.parametrize(
    "text",
    [
        "The Haqqani network had a rival relationship with the Islamic State.",
        "The Haqqani network maintained hostile ties with the Islamic State.",
        "Relations between the Haqqani network and the Islamic State were strained.",
        "The rivalry between the Haqqani network and the Islamic State deepened.",
        "The Haqqani network competed with the Islamic State for recruits.",
        "Tensions between the Haqqani network and the Islamic State rose.",
    ],
)
def test_a_hostile_relationship_is_hostile_never_cooperative(text: str) -> None:
    found = _asserted(text)
    assert (HAQ, IS, "REJECT") in found
    assert not any(k == "COOPERATE" for _s, _t, k in found)


def test_a_rival_of_is_hostile() -> None:
    assert (IS, TAL, "REJECT") in _asserted("The Islamic State was a rival of the Taliban.")


@pytest.mark.parametrize(
    "text",
    [
        "Tehrik-i-Taliban Pakistan withdrew from its alliance with al-Qaeda.",
        "Tehrik-i-Taliban Pakistan pulled out of its alliance with al-Qaeda.",
        "Tehrik-i-Taliban Pakistan left its alliance with al-Qaeda.",
        "Tehrik-i-Taliban Pakistan dissolved its partnership with al-Qaeda.",
    ],
)
def test_leaving_a_relation_ends_it(text: str) -> None:
    found = _asserted(text)
    assert (TTP, AQ, "REJECT") in found
    assert (TTP, AQ, "COOPERATE") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Lashkar-e-Taiba formed an alliance with the Haqqani network.",
        "Lashkar-e-Taiba maintained close ties with the Haqqani network.",
    ],
)
def test_forming_or_keeping_a_relation_is_cooperative(text: str) -> None:
    found = _asserted(text)
    assert (LET, HAQ, "COOPERATE") in found
    assert not any(k == "REJECT" for _s, _t, k in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban refused to end its alliance with al-Qaeda.",
        "The Taliban might withdraw from its alliance with al-Qaeda.",
        "The Taliban may cut ties with al-Qaeda.",
        "The Taliban did not cut ties with al-Qaeda.",
        "The Taliban denied having a rival relationship with al-Qaeda.",
        "The Taliban has no rivalry with al-Qaeda.",
        "The Taliban denied any links to al-Qaeda.",
    ],
)
def test_negated_or_hedged_relations_are_not_asserted(text: str) -> None:
    found = _asserted(text)
    assert not any({s, t} == {TAL, AQ} for s, t, _k in found), found


def test_the_stance_table_is_data_with_reasons() -> None:
    lex = load()
    assert {"rival", "hostile", "strained"} <= lex.hostile_adjectives
    assert "withdraw" in lex.ending_from_verbs
    assert lex.nouns["rivalry"]["type"] == "REJECT"
    assert lex.verbs["compete"]["type"] == "REJECT"


def test_a_longer_phrase_beats_its_head_noun() -> None:
    found = _events("The Taliban staged a hunger strike against the Afghan government.")
    types = {k for _s, _t, k, _m in found}
    assert "PROTEST" in types and "ASSAULT" not in types


def test_a_capitalised_first_word_is_no_open_group() -> None:
    found = _events("Errant US bombing kills Taliban commander.")
    assert not any(s.startswith("open:") for s, _t, _k, _m in found)


def test_a_short_name_does_not_resolve_to_a_group_with_another_distinctive_word() -> None:
    assert resolve_mention("Fatah al-Sham")["actor"]["id"] == "org:jabhat-fateh-al-sham"
    assert resolve_mention("Fatah al-Islam")["actor"]["id"] == "org:fatah-al-islam"


def test_approving_an_act_is_support_penalising_an_actor_is_sanction() -> None:
    approved = _asserted("Al Qaeda sanctioned the Nusra Front's split from the Islamic State.")
    assert (AQ, "org:nusra-front", "SUPPORT") in approved
    assert not any(k == "SANCTION" for _s, _t, k in approved)
    penalised = _asserted("The United States sanctioned the Haqqani network.")
    assert any(t == HAQ and k == "SANCTION" for _s, t, k in penalised)


def test_coordinated_holders_of_ally_and_rival_nouns_pair_up() -> None:
    allies = _asserted("Lashkar-e-Taiba and the Haqqani network were allies in Kunar.")
    assert {(LET, HAQ, "COOPERATE"), (HAQ, LET, "COOPERATE")} <= allies
    rivals = _asserted("The Islamic State and the Taliban became rivals.")
    assert {(IS, TAL, "REJECT"), (TAL, IS, "REJECT")} <= rivals
    never = _asserted("Lashkar-e-Taiba and the Haqqani network were never allies.")
    assert not any({s, t} == {LET, HAQ} for s, t, _k in never)
