"""A sanctions-listed person's alias that is only a kunya ("Abu al-Abbas") is borne by
countless men: it resolves only with context that supports the person (stop 40; replay18
found "Palestine Liberation Front (Abu Abbas)" read as a sanctions-list man of AQAP)."""

from __future__ import annotations

import pytest

from riftwatch.actors.kb import _kunya_only
from riftwatch.nlp import extract


@pytest.fixture(scope="module")
def resolver():  # type: ignore[no-untyped-def]
    return extract._resolver()


@pytest.mark.parametrize(
    ("name", "only"),
    [
        ("Abu al-Abbas", True),
        ("Abu Abbas", True),
        ("Umm Hamza", True),
        ("Abu Bakr al-Baghdadi", False),  # a kunya and a name of descent: one man
        ("Abu Musab al-Zarqawi", False),
        ("Abbas", False),
        ("Abu", False),
        ("bin Laden", False),  # a name of descent, no kunya
    ],
)
def test_kunya_only_shape(name: str, only: bool) -> None:
    assert _kunya_only(name) is only


def test_a_bare_kunya_names_nobody_without_context(resolver) -> None:  # type: ignore[no-untyped-def]
    assert resolver.resolve("Abu Abbas", "1990").unresolved
    assert resolver.resolve("Abu al-Abbas", "2016").unresolved


def test_a_group_with_its_leader_in_parentheses_is_the_group(resolver) -> None:  # type: ignore[no-untyped-def]
    res = resolver.resolve("Palestine Liberation Front (Abu Abbas)", "1990")
    assert res.actor is not None and res.actor.id == "org:palestine-liberation-front"


def test_a_kunya_with_supporting_context_still_resolves(resolver) -> None:  # type: ignore[no-untyped-def]
    """The kunya names the man with the context that supports it. Since stop 61 the knowledge
    base also records that he led his own Taiz brigades from 2015 (mmp39), a leadership that
    outranks the sanctions list's undated AQAP link, so his body is one of the two."""
    res = resolver.resolve("Abu al-Abbas", "2016", "an AQAP commander in Taiz")
    assert res.actor is not None and res.organization is not None
    assert res.actor.id == "person:adil-abduh-fari-uthman-al-dhubhani"
    assert res.organization.id in {"org:aqap", "org:abu-al-abbas-brigades"}


def test_curated_short_names_of_descent_still_resolve_alone(resolver) -> None:  # type: ignore[no-untyped-def]
    # the first version of the rule took "bin" for a kunya word and lost "bin Laden" alone
    res = resolver.resolve("bin Laden", "2005")
    assert res.actor is not None and res.actor.id == "person:osama-bin-laden"


@pytest.mark.parametrize(
    ("name", "org"),
    [
        ("Abu Musab al-Zarqawi", "org:aqi"),
        ("Abu Bakr al-Baghdadi", "org:islamic-state"),
        ("Abu Mohammad al-Julani", "org:nusra-front"),
    ],
)
def test_full_kunya_names_resolve_alone(resolver, name: str, org: str) -> None:  # type: ignore[no-untyped-def]
    res = resolver.resolve(name, "2014")
    assert res.organization is not None and res.organization.id == org
