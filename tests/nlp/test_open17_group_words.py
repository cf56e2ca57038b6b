"""Unknown groups named without an English group word (open17, invented sentences).

Other languages' group words are data (``actors/data/group_words.yaml``): "Bloque Zorbla",
"Frente Zorblano", "the Zorbla Cartel", "the Sons of Umbria" are groups the knowledge base
does not know, coded like any other; a name that says what it is for keeps its "in <place>"
tail ("the Movement for Democracy in Zorbla"). Twins: a place or a person in the same slot
is no group, and a negated or hedged twin is not asserted.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import coded_dicts, dated

from riftwatch.actors.names import candidate_spans
from riftwatch.actors.open import group_type

coded = dated(coded_dicts, "2005-05-01")


def asserted(text: str) -> set[tuple[str, str, str]]:
    return {
        (e["source"]["id"], e["event_type"], e["target"]["id"])
        for e in coded(text)
        if e["modality"] == "asserted"
    }


def ids(text: str) -> set[str]:
    return {e[side]["id"] for e in coded(text) for side in ("source", "target")}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Bloque Zorbla attacked the Kestrel Front in 2003.", "open:bloque-zorbla"),
        ("The Sons of Umbria fought the Kestrel Front in 2003.", "open:sons-of-umbria"),
        ("The Zorbla Cartel fought the Kestrel Front in 2003.", "open:zorbla-cartel"),
        ("Frente Zorblano fought the Kestrel Front in 1999.", "open:frente-zorblano"),
    ],
)
def test_a_name_with_another_languages_group_word_is_a_group(text: str, source: str) -> None:
    assert (source, "ASSAULT", "open:kestrel-front") in asserted(text)


def test_a_negated_twin_is_not_asserted() -> None:
    text = "Bloque Zorbla did not attack the Kestrel Front in 2003."
    assert not asserted(text)
    assert any(e["modality"] == "negated" for e in coded(text))


def test_a_hedged_twin_is_not_asserted() -> None:
    assert not asserted("Bloque Zorbla may have attacked the Kestrel Front in 2003.")


def test_a_place_in_the_same_slot_is_no_group() -> None:
    assert not any(i.startswith("open:") and "medellin" in i for i in
                   ids("Medellin attacked the Kestrel Front in 2003."))  # fmt: skip


def test_a_person_in_the_same_slot_is_no_group() -> None:
    events = coded("Juan Zorbla attacked the Kestrel Front in 2003.")
    assert all(e["source"].get("type") != "armed_group" for e in events
               if "zorbla" in (e["source"]["id"] or ""))  # fmt: skip
    assert group_type("Juan Zorbla") == "organization"


def test_a_name_for_a_cause_keeps_its_place() -> None:
    text = "The Movement for Democracy in Zorbla split from the Kestrel Front in 2003."
    assert any(s == "open:movement-for-democracy-in-zorbla" for s, _t, _o in asserted(text))


def test_a_group_word_name_does_not_take_a_place_after_in() -> None:
    text = "The Zorbla Front in Umbria attacked the Kestrel Front."
    assert [text[s:e] for s, e, _k, _c in candidate_spans(text)][0] == "Zorbla Front"


def test_leading_group_words_are_data() -> None:
    assert group_type("Bloque Zorbla") == group_type("Jaysh al-Zorbani") == "armed_group"
    assert group_type("Zorbla Times") == "organization"


# -- "the movement" / "the organisation" / "the faction" -------------------------------------
def test_the_movement_in_the_sentence_naming_an_unknown_group_is_that_group() -> None:
    text = (
        "The Kestrel Front accused the Zorbla Brigade of treason, and the movement attacked "
        "Al Shabaab."
    )
    assert ("open:kestrel-front", "ASSAULT", "org:al-shabaab") in asserted(text)


def test_the_movement_after_a_fronted_clause_is_that_clauses_subject() -> None:
    text = (
        "After the Kestrel Front left the Zorbla Brigade in 2004, the movement attacked Al Shabaab."
    )
    got = asserted(text)
    assert ("open:kestrel-front", "ASSAULT", "org:al-shabaab") in got
    assert ("open:zorbla-brigade", "ASSAULT", "org:al-shabaab") not in got


def test_the_movement_after_a_fronted_clause_negated_twin() -> None:
    text = (
        "After the Kestrel Front left the Zorbla Brigade in 2004, the movement did not attack "
        "Al Shabaab."
    )
    events = [e for e in coded(text) if e["target"]["id"] == "org:al-shabaab"]
    assert events and all(e["modality"] == "negated" for e in events)
    assert all(e["source"]["id"] == "open:kestrel-front" for e in events)


def test_a_clause_without_a_subject_group_leaves_the_organisation_alone() -> None:
    text = (
        "The Kestrel Front broke with the Zorbla Brigade in 2004. After its split from the "
        "Zorbla Brigade, the organisation attacked Al Shabaab."
    )
    got = asserted(text)
    assert ("open:zorbla-brigade", "ASSAULT", "org:al-shabaab") not in got


# -- whole names -------------------------------------------------------------------------------
def test_a_known_word_inside_an_unknown_brigades_name_is_part_of_it() -> None:
    text = "The Abu Zorb Martyrs Brigade and the Kestrel Front fought the Islamic State in 2015."
    got = asserted(text)
    assert ("open:abu-zorb-martyrs-brigade", "ASSAULT", "org:islamic-state") in got
    assert all("martyrs" not in s or s == "open:abu-zorb-martyrs-brigade" for s, _t, _o in got)


def test_a_possessor_of_the_name_stays_in_it() -> None:
    text = "The Revolutionary Workers' Party of Zorbla split from the New People's Army in 1998."
    assert any(s == "open:revolutionary-workers-party-of-zorbla" for s, _t, _o in asserted(text))


def test_a_name_with_its_place_takes_no_region_after_in() -> None:
    text = (
        "The Movement for the Salvation of Zorbla in the Kestrel region fought the Islamic State."
    )
    assert ("open:movement-for-the-salvation-of-zorbla", "ASSAULT", "org:islamic-state") in (
        asserted(text)
    )


def test_a_name_joined_by_another_languages_connector_is_one_name() -> None:
    text = "The Cartel del Zorbo fought the Kestrel Front in 2012."
    got = asserted(text)
    assert ("open:cartel-del-zorbo", "ASSAULT", "open:kestrel-front") in got
    assert not any(s == "open:cartel" for s, _t, _o in got)
