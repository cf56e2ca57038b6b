"""Open actors: every named or generic actor of a sentence is a candidate (invented sentences).

Actors the knowledge base does not know keep their mention, get the stable id of their
normalised name and are coded like any other; group names used as modifiers, short forms
and generic agents with a country resolve; places, common nouns and victims do not become
actors.
"""

from __future__ import annotations

from tests.nlp.conftest import coded_dicts, dated

from riftwatch.actors.open import is_open, open_id

coded = dated(coded_dicts, "2012-05-01")


def dyads(text: str, date: str = "2012-05-01") -> set[tuple[str, str, str]]:
    """(source id, event type, target id) of the asserted events."""
    return {
        (e["source"]["id"], e["event_type"], e["target"]["id"])
        for e in coded(text, date)
        if e["modality"] == "asserted"
    }


def actor_ids(text: str, date: str = "2012-05-01") -> set[str]:
    return {e[side]["id"] for e in coded(text, date) for side in ("source", "target")}


# -- unknown groups ----------------------------------------------------------------------
def test_an_unknown_group_gets_a_stable_id_and_is_coded() -> None:
    events = coded("The Zarghun Valley Front attacked a Pakistan Army convoy near Kohat.")
    assert events, "the sentence holds a dyad between an unknown group and a known army"
    event = events[0]
    assert event["source"]["id"] == "open:zarghun-valley-front"
    assert event["source"]["name"] == "Zarghun Valley Front"
    assert event["source"]["resolved_by"].startswith("open:")
    assert (event["event_type"], event["target"]["id"]) == ("ASSAULT", "org:pak-army")
    assert event["modality"] == "asserted"


def test_the_same_unknown_group_in_two_documents_has_one_id() -> None:
    first = coded("Fighters of Jund al-Khorasan ambushed Afghan police in Kunar.", doc_id="a")
    second = coded(
        "The Pakistani army killed five Jund al Khorasan militants in Kurram.",
        date="2013-01-10",
        doc_id="b",
    )
    ids_a = {e[s]["id"] for e in first for s in ("source", "target") if is_open(e[s]["id"])}
    ids_b = {e[s]["id"] for e in second for s in ("source", "target") if is_open(e[s]["id"])}
    assert ids_a == ids_b == {open_id("Jund al-Khorasan")}


def test_open_ids_ignore_case_punctuation_and_articles() -> None:
    assert (
        open_id("the Jund al-Khorasan")
        == open_id("JUND AL KHORASAN")
        == open_id("Jund al-Khorasan's")
    )
    assert open_id("Jund al-Khorasan") != open_id("Jund al-Khurasan")  # a spelling variant


def test_an_unknown_person_who_acts_is_an_actor() -> None:
    found = dyads("Hamid Zarbatyar threatened the Pakistani army.")
    assert ("open:hamid-zarbatyar", "THREATEN", "org:pak-army") in found


# -- modifiers and short forms ------------------------------------------------------------
def test_group_name_before_a_member_noun() -> None:
    assert ("org:afghan-taliban", "RETREAT", "org:haqqani-network") in dyads(
        "Haqqani prisoners were freed by the Taliban."
    )


def test_unknown_group_name_before_a_member_noun() -> None:
    found = dyads("Zarbat Mahaz gunmen attacked Iranian border guards.")
    assert any(
        s == "open:zarbat-mahaz" and t == "ASSAULT" and g.endswith("iran") for s, t, g in found
    ), found


def test_abbreviation_before_member_nouns_despite_the_parse() -> None:
    # the parser reads the capitalised "IS" as a verb; the words still make it the attacker
    found = dyads("IS suicide bombers attacked Taliban commanders in Nangarhar.", "2017-03-01")
    assert {(s, g) for s, t, g in found if t == "ASSAULT"} & {
        ("org:islamic-state", "org:afghan-taliban"),
        ("org:iskp", "org:afghan-taliban"),  # Islamic State Khorasan, in Nangarhar
    }


def test_short_form_pak_forces() -> None:
    assert ("org:pak-army", "ASSAULT", "org:ttp") in dyads(
        "Pak forces kill 10 TTP militants in Orakzai.", date="2014-02-01"
    )


# -- generic agents with a country ---------------------------------------------------------
def test_generic_agent_with_a_country_and_an_unknown_group() -> None:
    found = dyads("Israeli police arrested Hamas members in Hebron.")
    assert any(
        s in ("country:israel", "org:israel-government")
        and t == "COERCE"
        and g in ("open:hamas", "org:hamas")  # the world knowledge base now knows Hamas
        for s, t, g in found
    ), found


def test_negotiators_of_a_country_are_its_government() -> None:
    assert ("org:us-government", "CONSULT", "org:afghan-taliban") in dyads(
        "U.S. negotiators met Taliban representatives in Doha.", date="2019-01-20"
    )


def test_non_state_agents_of_a_country_are_not_the_state() -> None:
    found = dyads("Syrian rebels attacked Turkish soldiers near Kilis.")
    assert found
    sources = {s for s, _t, _g in found}
    assert "country:syria" not in sources and "org:syrian-government" not in sources
    assert open_id("Syrian rebels") in sources


# -- world states and leaders -------------------------------------------------------------
def test_world_states_resolve() -> None:
    assert ("country:france", "ACCUSE", "country:russia") in dyads("France condemned Russia.")
    assert ("country:benin", "ACCUSE", "country:togo") in dyads("Benin accused Togo.")


def test_a_leader_stands_for_his_government_at_the_date() -> None:
    # Phoenix dates Arafat's tenure as president from 1996; before it he is himself
    found = coded("Yasser Arafat met Israeli negotiators in Oslo.", date="1997-05-01")
    assert any(
        e["source"]["id"] == "org:palestine-government"
        and e["source"].get("person")
        and e["target"]["id"] == "org:israel-government"
        for e in found
    ), found


def test_a_title_and_a_country_make_an_unknown_person_a_state_actor() -> None:
    found = dyads("Afghan Defence Minister Rahmatullah Zarif accused Pakistan of shelling Kunar.")
    assert ("org:afghan-government", "ACCUSE", "country:pakistan") in found


# -- precision ---------------------------------------------------------------------------------
def test_a_place_is_not_an_actor() -> None:
    ids = actor_ids("Taliban fighters attacked a checkpoint near the Afghan border.", "2012-01-01")
    assert "country:afghanistan" not in ids and "org:afghan-police" not in ids
    ids = actor_ids("IS suicide bombers attacked a Shiite mosque in Kabul.", "2017-03-01")
    assert "org:afghan-government" not in ids  # the city, not the government


def test_a_common_noun_is_not_a_group() -> None:
    ids = actor_ids("Security forces killed the Taliban commander in Helmand.", "2012-01-01")
    assert not any(is_open(i) for i in ids)
    ids = actor_ids("Local elders told the Taliban to leave the village.", "2012-01-01")
    assert not any(is_open(i) for i in ids)


def test_a_person_who_is_only_a_victim_is_not_an_actor() -> None:
    assert coded("Rahim Gul Zarbatyar was killed by Taliban gunmen in Logar.") == []
    ids = actor_ids("The Taliban kidnapped Rahim Gul Zarbatyar and attacked the police.")
    assert not any(is_open(i) for i in ids)


def test_news_outlets_are_not_actors() -> None:
    ids = actor_ids(
        "Associated Press Newswires,2018-12-09,Taliban kill 8 Afghan soldiers.", "2018-12-08"
    )
    assert not any(is_open(i) for i in ids)


def test_open_actors_keep_modality() -> None:
    events = coded("The Zarghun Valley Front denied attacking the Pakistan Army convoy.")
    assert events and all(e["modality"] != "asserted" for e in events)
