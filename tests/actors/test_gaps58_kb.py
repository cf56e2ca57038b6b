"""One actor, one id (gaps58): the PLO (UCDP's acronym, Phoenix's full name) and Abd-Rabbu
Mansour Hadi (two Phoenix records) are merged by the builds from the reviewed pairs of
``actors/data/dedupe.yaml``; the merged ids redirect to the survivor."""

from __future__ import annotations

import pytest

from riftwatch.nlp import extract


@pytest.fixture(scope="module")
def resolver():  # type: ignore[no-untyped-def]
    return extract._resolver()


@pytest.mark.parametrize("name", ["PLO", "Palestine Liberation Organization"])
def test_the_plo_has_one_id(resolver, name: str) -> None:  # type: ignore[no-untyped-def]
    res = resolver.resolve(name, "1982")
    assert res.actor is not None and res.actor.id == "org:plo", res


def test_the_merged_plo_id_redirects(resolver) -> None:  # type: ignore[no-untyped-def]
    kb = resolver.kb
    assert kb.canonical_id("org:palestine-liberation-organization") == "org:plo"


@pytest.mark.parametrize(
    "name", ["Abd al Rab Mansur al Hadi", "Abd-Rabbu Mansour Hadi", "Abd Rabbuh Mansur Hadi"]
)
def test_hadi_has_one_id(resolver, name: str) -> None:  # type: ignore[no-untyped-def]
    res = resolver.resolve(name, "2015")
    assert res.actor is not None and res.actor.id == "person:abd-al-rab-mansur-al-hadi", res


def test_the_merged_hadi_id_redirects(resolver) -> None:  # type: ignore[no-untyped-def]
    assert resolver.kb.canonical_id("person:mansour-hadi") == "person:abd-al-rab-mansur-al-hadi"
