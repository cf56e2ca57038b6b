"""names12: a group's ways of being named resolve to the group, and only to it (issue 10).

Invented names and real-KB names; guards that ordinary words, creeds and countries never
become a group's short name."""

from __future__ import annotations

import pytest

from riftwatch.actors.kb import _headless_names, _ordinary_word
from riftwatch.actors.resolve import default_resolver


def _raw(*rows: tuple[str, str, str]) -> dict[str, dict]:
    return {ident: {"id": ident, "name": name, "type": typ} for ident, name, typ in rows}


def _id(name: str, context: str = "", date: str = "2012") -> str | None:
    res = default_resolver().resolve(name, date=date, context=context or f"The {name} said so.")
    return None if res.actor is None else res.actor.id


# -- 1. a name without its trailing generic head word --------------------------------------
def test_invented_group_answers_to_its_name_without_the_head_word() -> None:
    raw = _raw(
        ("org:z", "Zorblan Movement", "armed_group"), ("org:q", "Qatvex Organisation", "party")
    )
    derived = _headless_names(raw)
    # with the kin names of the family that runs it (mmp27: "the Zorblan brothers")
    assert [a["name"] for a in derived["org:z"] if a["kind"] == "short"] == ["Zorblan"]
    assert [a["name"] for a in derived["org:q"] if a["kind"] == "short"] == ["Qatvex"]
    assert derived["org:z"][0]["kind"] == "short"


@pytest.mark.parametrize(
    "name",
    [
        "Islamic Movement",  # an adjective
        "National Liberation Group",  # an ordinary noun
        "Salafi Group",  # a creed shared by many groups
        "Peoples' Party",  # a possessive noun
        "The Movement",
    ],
)
def test_ordinary_rests_are_no_short_names(name: str) -> None:
    assert _headless_names(_raw(("org:x", name, "armed_group"))) == {}


def test_a_country_or_another_actor_keeps_its_name() -> None:
    raw = _raw(
        ("country:zz", "Zorblania", "country"),
        ("org:a", "Zorblania Movement", "armed_group"),
        ("org:b", "Vextor", "armed_group"),
        ("org:c", "Vextor Group", "armed_group"),
    )
    assert _headless_names(raw) == {}


def test_two_groups_shortening_alike_get_neither() -> None:
    raw = _raw(("org:a", "Qarvesh Group", "armed_group"), ("org:b", "Qarvesh Party", "party"))
    assert _headless_names(raw) == {}


def test_persons_and_places_do_not_shorten() -> None:
    raw = _raw(("person:a", "Abu Zorblan", "person"), ("org:a", "Abu Zorblan Group", "armed_group"))
    raw["place:v"] = {"id": "place:v", "name": "Vextoria", "type": "place"}
    raw["org:b"] = {"id": "org:b", "name": "Vextoria Movement", "type": "armed_group"}
    raw["collective:c"] = {"id": "collective:c", "name": "Crovish", "type": "collective"}
    assert _headless_names(raw) == {}


def test_ordinary_word_reads_plurals_and_possessives() -> None:
    assert _ordinary_word("Workers'") and _ordinary_word("People's") and _ordinary_word("Martyrs")
    assert not _ordinary_word("Solaiman")


def test_real_kb_groups_answer_to_their_short_names() -> None:
    assert _id("Rajah Solaiman") == "org:rajah-solaiman-movement"
    assert _id("Free Aceh") == "org:free-aceh-movement"


def test_no_derived_name_of_the_kb_is_an_ordinary_word_or_a_known_name() -> None:
    kb = default_resolver().kb
    shorts = [a["name"] for names in kb.derived.values() for a in names if a["kind"] == "short"]
    assert shorts  # the rule adds some
    for short in shorts:
        assert not _ordinary_word(short.split()[-1]), short
        assert _id(short) in kb.derived, short  # resolves to the group it was derived for
    # the kin names (mmp27: "Maute brothers") end in a kin noun by design, and resolve too
    kin = [a["name"] for names in kb.derived.values() for a in names if a["kind"] == "collective"]
    assert kin
    for name in kin:
        assert _id(name) in kb.derived, name


# -- 4. a known name running on into another group's name ----------------------------------
@pytest.mark.parametrize(
    "name", ["RENAMO Dissident Army", "Renamo Loyalist Front", "Renamo Military Command"]
)
def test_known_name_running_into_another_group_is_not_that_group(name: str) -> None:
    assert _id(name) is None


def test_a_curated_splinter_name_is_its_own_group_not_the_parent() -> None:
    # kb55 curated the RENAMO Military Junta (Nhongo's 2019-2021 splinter): the name that
    # runs on from "Renamo" is now its own actor, still never Renamo itself
    assert _id("Renamo Military Junta") == "org:renamo-military-junta"


@pytest.mark.parametrize(
    ("name", "ident"),
    [
        ("Renamo", "org:renamo"),
        ("the Taliban Movement", "org:afghan-taliban"),  # the bare group word
        ("Taliban Quetta Shura", "org:quetta-shura"),  # a known name before the group word
    ],
)
def test_known_names_and_their_bare_group_word_still_resolve(name: str, ident: str) -> None:
    assert _id(name) == ident


def test_running_text_keeps_the_known_group_beside_the_longer_name() -> None:
    text = "The Renamo Military Junta clashed with Renamo fighters near Beira."
    found = [
        (s, r.actor.id)
        for s, _e, r in default_resolver().find_mentions(text, "2015")
        if r.actor is not None and r.actor.id == "org:renamo"
    ]
    assert found == [(text.index("Renamo fighters"), "org:renamo")]


# -- 3. initials ----------------------------------------------------------------------------
def test_initials_of_possessive_and_other_language_names() -> None:
    from riftwatch.nlp.initialisms import Initialisms, initials

    assert "EPDP" in initials("Eelam People's Democratic Party")
    assert "CJNG" in initials("Cártel de Jalisco Nueva Generación")
    ix = Initialisms(
        [("org:c", "Zed Cartel New Generation", "armed_group", ("Cártel de Zed Nueva Generación",))]
    )
    assert ix.lookup("CZNG") == "org:c"  # the initials of its name in another language
    # a group the KB does not hold ("Eelam People's Democratic Party") has no initials to
    # give: EPDP stays unresolved rather than guessed
    assert ix.lookup("EPDP") is None


# -- 1b. a known group's name with a group word added or swapped ----------------------------
@pytest.mark.parametrize(
    ("name", "ident"),
    [
        ("Hamas Movement", "org:hamas"),  # the KB knows "Hamas"
        ("Beltran Leyva Organization", "org:beltran-leyva-cartel"),  # "... Cartel"
        ("the Haqqani Group", "org:haqqani-network"),
    ],
)
def test_group_word_added_or_swapped(name: str, ident: str) -> None:
    assert _id(name) == ident


@pytest.mark.parametrize("name", ["Islamic Movement", "Syria Group", "Communist Party"])
def test_no_group_word_makes_an_ordinary_word_or_a_country_a_group(name: str) -> None:
    res = default_resolver().resolve(name, date="2012", context=f"The {name} said so.")
    assert res.actor is None or res.actor.type not in ("armed_group", "faction", "party")


def test_a_group_hyphened_to_a_country_in_a_dyad_stays_the_group() -> None:
    text = "The Hezbollah-Israel war ended in August."
    found = {r.actor.id for _s, _e, r in default_resolver().find_mentions(text, "2006") if r.actor}
    assert "org:hezbollah" in found
