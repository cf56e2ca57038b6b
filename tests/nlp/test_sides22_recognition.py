"""Short forms and own-language names of known groups (issue 10, helper sides22).

Relationship descriptions name a group by a short form made of the distinctive words of its
name ("the Tigers", "Ahrar", "al-Itihaad") without naming it in full, or by its name in its
own language. A short form stands for the one knowledge-base group it is a run of when only
one fits the sentence: the group the sentence otherwise names (through its leader), else the
only one of a country the sentence names, else the only one in the knowledge base when the
sentence names no other country. Ambiguous short forms and short forms of a group of a
country the sentence does not name stay open. Invented groups in a small knowledge base test
the choice; invented sentences test the bundled one.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from tests.nlp.conftest import named_events

from riftwatch.actors.kb import KnowledgeBase
from riftwatch.nlp import mentions
from riftwatch.nlp.code import Actor


def _group(ident: str, name: str, country: str | None, *aliases: str) -> dict[str, Any]:
    names = [name, *aliases]
    rec: dict[str, Any] = {
        "id": ident,
        "name": name,
        "type": "armed_group",
        "aliases": [{"name": n, "kind": "official", "source": "curated"} for n in names],
        "sources": ["curated"],
    }
    if country:
        rec["country"] = country
    return rec


_RAW = {
    r["id"]: r
    for r in (
        _group("org:korvani-tigers", "Liberation Tigers of Korvan", "LKA"),
        _group("org:hill-tigers", "Hill Tigers of Dranmoor", "IND"),
        _group("org:ahrar-al-zubayr", "Ahrar al-Zubayr", "SYR"),
        _group("org:hizbul-ahrar", "Hizbul Ahrar", "PAK"),
        _group("org:quellan-front", "Quellan Salvation Front", "SOM"),
        _group("org:india-place", "Dranmoor Rifles", "IND"),
        _group("org:syrian-shield", "Shield of Qaramoun", "SYR"),
    )
}


@pytest.fixture
def small_kb(monkeypatch: pytest.MonkeyPatch) -> Iterator[KnowledgeBase]:
    kb = KnowledgeBase(_RAW)
    monkeypatch.setattr(mentions, "_resolver", lambda: SimpleNamespace(kb=kb))
    mentions._short_form_index.cache_clear()
    yield kb
    mentions._short_form_index.cache_clear()


def _named(kb: KnowledgeBase, *ids: str) -> dict[int, Actor]:
    out: dict[int, Actor] = {}
    for i, ident in enumerate(ids):
        ent = kb.get(ident)
        out[i] = Actor(id=ent.id, name=ent.name, mention=ent.name, type=ent.type, org_id=ent.id)
    return out


def _pick(name: str, covered: dict[int, Actor], date: str | None = "2005-01") -> str | None:
    actor = mentions._short_form_of_known(name, date, covered)
    return None if actor is None else actor.id


# -- the choice -------------------------------------------------------------------------------
def test_a_short_form_is_the_group_the_sentence_names_otherwise(small_kb: KnowledgeBase) -> None:
    # "the Tigers" is a run of two groups' names; the sentence names one of them
    assert _pick("the Tigers", _named(small_kb, "org:korvani-tigers")) == "org:korvani-tigers"


def test_a_short_form_is_the_only_group_of_a_country_the_sentence_names(
    small_kb: KnowledgeBase,
) -> None:
    # "Ahrar" is a run of a Syrian and a Pakistani group; the sentence names a Syrian place
    # (any known actor of Syria)
    assert _pick("Ahrar", _named(small_kb, "org:syrian-shield")) == "org:ahrar-al-zubayr"
    # and the Indian one of the two "Tigers" where the sentence names an Indian group
    assert _pick("the Tigers", _named(small_kb, "org:india-place")) == "org:hill-tigers"


def test_an_ambiguous_short_form_stays_open(small_kb: KnowledgeBase) -> None:
    # two groups have "Ahrar" and the sentence names neither them nor a country
    assert _pick("Ahrar", {}) is None
    # two groups have "Tigers": the sentence names only a third group of neither country
    assert _pick("the Tigers", _named(small_kb, "org:quellan-front")) is None


def test_a_unique_short_form_is_taken_when_the_sentence_names_no_other_country(
    small_kb: KnowledgeBase,
) -> None:
    assert _pick("Quellan", {}) == "org:quellan-front"


def test_a_short_form_of_a_group_of_a_country_the_sentence_does_not_name_stays_open(
    small_kb: KnowledgeBase,
) -> None:
    # the only "Quellan" group is Somali; the sentence is about an Indian group
    assert _pick("Quellan", _named(small_kb, "org:india-place")) is None


def test_generic_words_and_whole_names_are_no_short_form(small_kb: KnowledgeBase) -> None:
    assert _pick("the Salvation Front", {}) is None  # generic words only
    assert _pick("Liberation", _named(small_kb, "org:korvani-tigers")) is None
    # a short form that is a common English word needs the group named or its country
    assert _pick("the Tigers", {}) is None


# -- the bundled knowledge base, invented sentences --------------------------------------------
def test_the_tigers_are_the_group_whose_leader_the_sentence_names() -> None:
    found = named_events("Prabhakaran's deputies said the Tigers attacked the Sri Lankan army.",
                         "1995-05")  # fmt: skip
    assert any("Liberation Tigers" in s for s, _t, _g, _m in found)
    assert not any(s == "Tigers" or g == "Tigers" for s, _t, g, _m in found)


def test_a_syrian_short_form_in_a_sentence_about_syria() -> None:
    found = named_events("Ahrar fighters clashed with Islamic State militants near Idlib.",
                         "2015-03")  # fmt: skip
    assert any("Ahrar al-Sham" in s or "Ahrar al-Sham" in g for s, _t, g, _m in found)


def test_an_article_short_form_of_a_group_of_another_country_is_not_taken() -> None:
    # the Somali al-Itihaad's short form in a sentence about Pakistan and its army
    found = named_events("Pakistani troops raided al-Itihaad offices in Peshawar.", "1995-05")
    assert not any("Itihaad" in s or "Itihaad" in g for s, _t, g, _m in found)


def test_a_group_named_in_its_own_language() -> None:
    found = named_events("The Brigate Rosse kidnapped a Turin factory manager.", "1974-04")
    assert not any(s == "Brigate Rosse" for s, _t, _g, _m in found)
    found = named_events("Militants of the Brigate Rosse clashed with the Italian police.",
                         "1974-04")  # fmt: skip
    assert any(s == "Red Brigades" for s, _t, _g, _m in found)


def test_a_shared_short_form_goes_to_the_group_of_the_country_the_text_is_about() -> None:
    from riftwatch.actors.resolve import Resolver

    r = Resolver()
    somali = r.resolve("SSDF", "1990", "The SSDF and the USC fought Siad Barre near Galkayo.")
    assert somali.actor is not None
    assert somali.actor.id == "org:somali-salvation-democratic-front"
    other = r.resolve("SSDF", "2004", "The SSDF clashed with the SPLA near Juba.")
    assert other.actor is None or other.actor.id != "org:somali-salvation-democratic-front"
