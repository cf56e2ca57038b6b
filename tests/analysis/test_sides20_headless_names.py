"""A group's name without its kind-of-group word, or without a closing place, names the same
open actor (sides20). Invented names."""

from __future__ import annotations

import pytest
from claimkit import claim

from riftwatch.analysis.hierarchy import FlatHierarchy
from riftwatch.analysis.timeline import prepare
from riftwatch.api import _actor_key
from riftwatch.errors import RiftwatchError


def _prepared(ident: str, name: str):  # type: ignore[no-untyped-def]
    return prepare(
        [claim(ident, "open:ruf-x", "ASSAULT", "2000-05", source_name=name, target_name="RUF X")],
        hierarchy=FlatHierarchy(),
    )


def test_headless_name_and_full_name_are_one_open_actor_in_a_corpus() -> None:
    claims = [
        claim("open:al-zorb-movement", "open:ruf-x", "COOPERATE", "1997-06",
              source_name="Al-Zorb Movement", target_name="RUF X"),
        claim("open:al-zorb", "open:ruf-x", "ASSAULT", "2000-05", source_name="Al-Zorb",
              target_name="RUF X"),
    ]  # fmt: skip
    p = prepare(claims, hierarchy=FlatHierarchy())
    assert {frozenset(d) for d in p.dyads} == {frozenset({"open:al-zorb-movement", "open:ruf-x"})}


def test_full_name_query_finds_the_headless_name_of_the_claims() -> None:
    assert _actor_key(_prepared("open:al-zorb", "Al-Zorb"), "Al-Zorb Movement") == "open:al-zorb"


def test_name_with_a_closing_place_finds_the_name_of_the_claims() -> None:
    p = _prepared("open:zorblan-resistance", "Zorblan Resistance")
    assert _actor_key(p, "Zorblan Resistance (El Salvador)") == "open:zorblan-resistance"


def test_a_factions_qualifier_is_not_dropped() -> None:
    # "ZNCN (Kobo-Tarka)" is a faction of its own, never the ZNCN the claims name
    p = _prepared("open:zncn", "ZNCN")
    with pytest.raises(RiftwatchError):
        _actor_key(p, "ZNCN (Kobo-Tarka)")
