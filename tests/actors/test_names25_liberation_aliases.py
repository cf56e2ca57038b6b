"""names25: liberation movements by their abbreviations and full names (curated aliases of
generated entries, and curated entries for the movements no generated file holds)."""

from __future__ import annotations

import pytest

from riftwatch.actors.resolve import Resolver


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver()


@pytest.mark.parametrize(
    ("name", "context", "expected"),
    [
        ("UNITA", "", "org:national-union-for-the-total-independence-of-angola"),
        ("FNLA", "", "org:national-front-for-the-liberation-of-angola"),
        ("Movement for the Liberation of the Congo", "", "org:mlc"),
        ("SWAPO", "", "org:south-west-africa-people-organization"),
        (
            "South West Africa People's Organisation",
            "",
            "org:south-west-africa-people-organization",
        ),
        ("ZANU", "", "org:zimbabwe-african-nationalist-union"),
        ("Zimbabwe African National Union", "", "org:zimbabwe-african-nationalist-union"),
        ("ZAPU", "", "org:zapu"),
        ("FRELIMO", "", "org:frelimo"),
        ("RENAMO", "", "org:renamo"),
        ("PAIGC", "", "org:paigc"),
        ("Polisario", "", "org:polisario-front"),
        ("MPLA", "Luanda", "org:popular-movement-for-the-liberation-of-angola"),
        ("FLN", "Algerian villages", "org:national-liberation-front-algeria"),
    ],
)
def test_liberation_movement_names_resolve(resolver, name, context, expected):
    res = resolver.resolve(name, "1980-01-01", f"{name} {context}")
    assert res.actor is not None and res.actor.id == expected


@pytest.mark.parametrize(
    ("name", "context"),
    [
        ("MPLA", "Colombian guerrillas"),  # "Maoist Popular Liberation Army" elsewhere
        ("FLN", "a Corsican bombing"),  # another National Liberation Front
        ("National Liberation Front", "the rebels in Mindanao"),
    ],
)
def test_ambiguous_abbreviations_need_their_country(resolver, name, context):
    res = resolver.resolve(name, "1980-01-01", f"{name} {context}")
    assert res.actor is None or res.actor.id not in (
        "org:popular-movement-for-the-liberation-of-angola",
        "org:national-liberation-front-algeria",
    )
