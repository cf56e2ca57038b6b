"""A group's full name and the shorter forms a text uses for it (sides20).

Invented group names. A name without its closing kind-of-group word ("Al-Zorb" for the
"Al-Zorb Movement") is the same open actor within a corpus, and answers a query for the full
name; a closing parenthesised place is dropped only when it is a place ("Zorblan Resistance
(Kestrel)"), never a faction's qualifier. A person's name is not matched to a known person
through a group word's feminine ending ("Salem" is no "Salamat").
"""

from __future__ import annotations

import pytest

from riftwatch.actors.open import name_cores, same_open_actors
from riftwatch.actors.resolve import Resolver, default_resolver


@pytest.mark.parametrize(
    ("name", "cores"),
    [
        ("Al-Zorb Movement", ["Al-Zorb"]),
        ("Kestrava Party", ["Kestrava"]),
        ("Zorblan Resistance (El Salvador)", ["Zorblan Resistance"]),
        ("Al-Zorb Movement (Egypt)", ["Al-Zorb Movement", "Al-Zorb"]),
        # no name of its own is left
        ("Salafi Group", []),
        ("Islamist Movement", []),
        ("Movement", []),
        # a faction's qualifier is another actor's name, not a place
        ("ZNCN (Kobo-Tarka)", []),
        ("Zorblan Front (Progressive)", []),
        # no kind-of-group word at the end
        ("Zorblan Liberation Front", []),
    ],
)
def test_name_cores(name: str, cores: list[str]) -> None:
    places = {"El Salvador", "Egypt"}
    assert name_cores(name, lambda q: q in places) == cores


def test_headless_open_name_is_the_named_group() -> None:
    merged = same_open_actors(
        {"open:al-zorb": "Al-Zorb", "open:al-zorb-movement": "Al-Zorb Movement"}
    )
    assert merged == {"open:al-zorb": "open:al-zorb-movement"}


def test_headless_open_name_with_two_candidates_stays_apart() -> None:
    merged = same_open_actors(
        {
            "open:kestrava": "Kestrava",
            "open:kestrava-party": "Kestrava Party",
            "open:kestrava-group": "Kestrava Group",
        }
    )
    assert "open:kestrava" not in merged


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return default_resolver()


def test_person_not_matched_through_a_feminine_ending(resolver: Resolver) -> None:
    assert resolver.resolve("Hashim Salem", "1990", "Hashim Salem").actor is None


def test_person_spelling_variant_still_matched(resolver: Resolver) -> None:
    res = resolver.resolve("Hasheem Salamat", "1990", "Hasheem Salamat")
    assert res.actor is not None and res.actor.id == "person:hashim-salamat"
