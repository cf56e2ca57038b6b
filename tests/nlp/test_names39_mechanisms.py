"""Sides not recognised, round names39 (issue 10), on invented sentences and names.

Classes of naming, not sentences: a Spanish plural name opened by an article ("Los Zorbos",
"Las Kestrelas"), the way gangs and cartels are named, is a group's name though the small
model does not tag it; a place so named ("from Los Angeles") is not. Each class has twins that
must not be asserted (negated, denied, hedged, planned). None of the sentences comes from a
benchmark, a dev set or a news file.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, named_events


# -- a. "Los Zorbos": a Spanish plural name opened by an article is a group --------------------
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("In 2009 Los Zorbos turned on Los Picudos and killed three of their chiefs.", "Los P"),
        ("Los Zorbos attacked Los Picudos in the port of Kestrel in 2009.", "Los Picudos"),
        ("Gunmen of Los Zorbos ambushed Los Picudos near the border.", "Los Picudos"),
        ("Los Zorbos reportedly attacked Las Kestrelas in the port of Umbra.", "Las Kestrelas"),
    ],
)
def test_a_spanish_plural_names_are_groups(text: str, target: str) -> None:
    found = named_events(text, "2009-06-01")
    assert_events(found, gives=[("Los Zorbos", "ASSAULT", target)])


def test_a_spanish_plural_names_cooperate() -> None:
    assert_events(
        named_events("Los Zorbos and Los Picudos fought together against the army.", "2009"),
        gives=[("Los Zorbos", "COOPERATE", "Los Picudos"), ("Los Picudos", "COOPERATE", "Los Z")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Los Zorbos did not attack Los Picudos in 2009.",
        "Los Zorbos denied attacking Los Picudos in the port of Kestrel.",
        "Los Zorbos may have attacked Los Picudos near the border.",
        "Los Zorbos allegedly attacked Los Picudos in 2009.",
        "Los Zorbos threatened that they would attack Los Picudos if they entered the port.",
    ],
)
def test_a_negated_or_hedged_acts_of_such_groups_are_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2009-06-01"), gives_not=[("Los", "ASSAULT", "Los")])


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen from Los Angeles attacked the Zorbla Front in 2009.",
        "The Zorbla Front sent fighters to a meeting in Las Palmas in 2009.",
    ],
)
def test_a_a_place_so_named_is_no_group(text: str) -> None:
    found = named_events(text, "2009-06-01")
    places = ("Los Angeles", "Las Palmas")
    assert not [e for e in found if e[0] in places or e[2] in places], found


def test_a_a_singular_or_short_run_is_no_group() -> None:
    """ "La Zorba" (singular) and a run of no plural word are left to the other readers."""
    found = named_events("La Zorba praised the harvest and Los Tres spoke.", "2009")
    assert_events(found, gives_not=[ANYTHING])


# -- b. "the X and Y Movement (XYM)": a name with "and" before its acronym is one name --------
def _corpus_events(docs: list[tuple[str, str]]) -> set[tuple[str, str, str, str, str]]:
    """(document, source id, type, target id, modality) of a corpus of (id, text) documents
    coded together, as ``riftwatch extract`` codes a file (the corpus memory included)."""
    from riftwatch.nlp.batch import code_corpus

    out = set()
    for results in code_corpus([{"id": i, "text": t, "date": "2006-05-01"} for i, t in docs]):
        for doc_id, events in results:
            for e in events:
                src, tgt = e["source"], e["target"]
                out.add((str(doc_id), src.get("org_id") or src["id"], e["event_type"],
                         tgt.get("org_id") or tgt["id"], e["modality"]))  # fmt: skip
    return out


@pytest.mark.parametrize(
    "text",
    [
        "The Zorb Justice and Dignity Movement (ZJDM) attacked the Kestrel Army in May. "
        "Later ZJDM fighters attacked the Kestrel Army again.",
        "In 2006 the Zorb Justice and Dignity Movement (ZJDM) clashed with the Kestrel Army.",
        "The Front for Unity and Renewal of Zorbla (FURZ) attacked the Kestrel Army.",
    ],
)
def test_b_a_name_with_and_before_its_acronym_is_one_actor(text: str) -> None:
    found = named_events(text, "2006-05-01")
    whole = "Zorb Justice and Dignity Movement" if "ZJDM" in text else "Front for Unity and"
    assert_events(found, gives=[(whole, "ASSAULT", "Kestrel Army")])
    parts = ("Dignity Movement", "Zorb Justice", "Renewal of Zorbla", "Front for Unity")
    assert not [e for e in found if e[0] in parts or e[2] in parts], found


def test_b_the_acronym_the_document_defines_is_its_group_not_the_knowledge_bases() -> None:
    """The knowledge base reads "JEM" as Jaish-e-Mohammed; a document that defines JEM as
    another group's name means that group, in every sentence; a document of the same corpus
    that does not define it, about Kashmir, still reads the knowledge base's group, and a
    document that defines the letters otherwise keeps its own reading."""
    found = _corpus_events([
        ("a", "The Justice and Equality Movement (JEM) fought the Zorblan army in Darfur. "
              "In June JEM attacked the Zorblan army again."),
        ("b", "JeM militants attacked Indian troops in Kashmir."),
        ("c", "The Jabhat Ezzat Mokawama (JEM) attacked the Kestrel Front."),
    ])  # fmt: skip
    a = {e for e in found if e[0] == "a" and e[4] == "asserted"}
    assert a and all("org:jem" not in e[1:4] for e in a), a
    assert any(e[1] == "org:justice-and-equality-movement" and e[2] == "ASSAULT" for e in a), a
    assert ("b", "org:jem", "ASSAULT", "org:indian-army", "asserted") in found or any(
        e[0] == "b" and e[1] == "org:jem" for e in found
    ), found
    assert any(e[0] == "c" and e[1] == "open:jabhat-ezzat-mokawama" for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Zorb Justice and Dignity Movement (ZJDM) did not attack the Kestrel Army.",
        "The Zorb Justice and Dignity Movement (ZJDM) denied attacking the Kestrel Army.",
        "The Zorb Justice and Dignity Movement (ZJDM) may have attacked the Kestrel Army.",
        "The Zorb Justice and Dignity Movement (ZJDM) is suspected of attacking the Kestrel Army.",
        "The Zorb Justice and Dignity Movement (ZJDM) plans to attack the Kestrel Army.",
    ],
)
def test_b_negated_or_hedged_acts_of_the_named_group_are_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2006-05-01"), gives_not=[("", "ASSAULT", "")])


# -- c. "Liwa X (X Martyrs Brigade)": a gloss with a group word is the group's other name -----
def test_c_a_glossed_name_is_the_group_not_a_faction() -> None:
    found = named_events(
        "In 2013 Liwa Zorbat al-Kestrel (Kestrel Martyrs Brigade) fought alongside the Zorbla "
        "Front near the river.", "2013-04-01",
    )  # fmt: skip
    assert_events(found, gives=[("Liwa Zorbat al-Kestrel", "COOPERATE", "Zorbla Front")])
    assert not [e for e in found if "(" in e[0] or "(" in e[2]], found


def test_c_the_gloss_names_the_group_in_the_other_documents_of_the_corpus() -> None:
    found = _corpus_events([
        ("f", "In 2013 Liwa Zorbat al-Kestrel (Kestrel Martyrs Brigade) fought alongside the "
              "Zorbla Front near the river."),
        ("g", "In 2016 the Kestrel Martyrs Brigade attacked the Zorbla Front near the river."),
        ("h", "In 2016 the Kestrel Martyrs Brigade did not attack the Zorbla Front."),
    ])  # fmt: skip
    assert ("g", "open:liwa-zorbat-al-kestrel", "ASSAULT", "open:zorbla-front", "asserted") in (
        found
    ), found
    assert not [e for e in found if e[0] == "h" and e[4] == "asserted"], found


def test_c_a_leaders_qualifier_still_names_a_faction() -> None:
    """A qualifier of no group word ("(Kobo Tarka)") is still the faction's, one actor."""
    found = named_events(
        "In 2016 the Zorblan People's Front (Kobo Tarka) attacked the Kestrel Army.", "2016"
    )
    assert_events(found, gives=[("Zorblan People's Front (Kobo Tarka)", "ASSAULT", "Kestrel")])


# -- d. "Islah units": a defined name before common nouns is the defined group -----------------
def test_d_a_defined_name_with_common_nouns_after_it_is_the_defined_group() -> None:
    found = _corpus_events([
        ("k1", "In July 2015 fighters of the Kestrel Southern Council (KSC) fought alongside "
               "militias of the Zorblan Congregation for Reform (Islah) near the port of Umbra. "
               "In 2016 Islah units attacked KSC posts."),
        ("k2", "In August 2019 KSC fighters attacked Islah units near the port of Umbra."),
        ("k3", "In 2020 Islah units did not attack KSC fighters near the port of Umbra."),
    ])  # fmt: skip
    reform, council = "open:zorblan-congregation-for-reform", "open:kestrel-southern-council"
    assert ("k1", reform, "ASSAULT", council, "asserted") in found, found
    assert ("k2", council, "ASSAULT", reform, "asserted") in found, found
    assert not [e for e in found if "islah-units" in e[1] + e[3]], found
    assert not [e for e in found if e[0] == "k3" and e[4] == "asserted"], found


def test_d_a_name_that_only_begins_like_a_defined_one_is_left_alone() -> None:
    """ "Islahville" is no "Islah"; a capitalised word after the defined name makes another
    name ("Islah Youth Front" stays its own)."""
    found = _corpus_events([
        ("k1", "The Zorblan Congregation for Reform (Islah) fought alongside the Kestrel "
               "Southern Council in 2015. In 2016 the Islah Youth Front attacked the Kestrel "
               "Southern Council."),
    ])  # fmt: skip
    assert any(e[1] == "open:islah-youth-front" and e[2] == "ASSAULT" for e in found), found
