"""A group of the Phoenix dictionary that shares only an acronym with a known actor of another
country is an actor of its own (stop 41; replay19 found "Albanian National Army" resolved to
the Afghan National Army, both "ANA", so a Macedonian history had an Afghan side)."""

from __future__ import annotations

import pytest

from riftwatch.nlp import extract


@pytest.fixture(scope="module")
def resolver():  # type: ignore[no-untyped-def]
    return extract._resolver()


def test_a_foreign_group_sharing_an_acronym_is_its_own_actor(resolver) -> None:  # type: ignore[no-untyped-def]
    res = resolver.resolve("Albanian National Army", "2001-06-01")
    assert res.actor is not None
    assert res.actor.id != "org:afghan-army"
    assert (res.actor.type, res.actor.country) == ("armed_group", "MKD")
    afghan = resolver.kb.find("org:afghan-army")
    assert "albanian national army" not in {a.norm for a in afghan.aliases}


def test_the_known_actor_keeps_its_names(resolver) -> None:  # type: ignore[no-untyped-def]
    assert resolver.resolve("Afghan National Army", "2012-01-01").actor.id == "org:afghan-army"
    assert resolver.resolve("ANA", "2012-01-01", "Afghan soldiers in Helmand").actor.id == (
        "org:afghan-army"
    )


def test_coded_sides_of_a_macedonian_clash() -> None:
    text = "The Albanian National Army attacked Macedonian police near Tetovo."
    docs = [{"id": "m1", "date": "2001-05-03", "text": text}]
    events = [c.to_dict() for c in extract.extract_documents(docs)]
    sources = {e["source"]["id"] for e in events if e["event_type"] == "ASSAULT"}
    assert sources and "org:afghan-army" not in sources
