"""Groups the knowledge base had folded into another actor, kept apart (issue 10, sides23).

A name made of a known name and a word of its own ("Islamic Amal", "United Somali Congress")
is its own group when the public record says so, a later party's name is not its parent's
("Revolutionary People's Liberation Party-Front" is not Dev Sol), a group that merged into
another keeps its own name before the merger (Jund al-Islam), and two spellings of one
coalition are one actor (Levant Front, Levantine Front).
"""

from __future__ import annotations

import pytest
from tests.actors.conftest import found_ids as _found
from tests.actors.conftest import resolver_id as _id

from riftwatch.actors.kb import default_kb
from riftwatch.actors.resolve import default_resolver


@pytest.mark.parametrize(
    ("name", "date", "want"),
    [
        ("Islamic Amal", "1983", "org:islamic-amal"),
        ("Amal", "1983", "org:amal"),
        ("United Somali Congress", "1990", "org:united-somali-congress"),
        ("Revolutionary People's Liberation Party-Front", "1996", "org:dhkp-c"),
        ("DHKP-C", "1996", "org:dhkp-c"),
        ("Devrimci Sol", "1990", "org:dev-sol"),
        ("Jund al-Islam", "2001-10", "org:jund-al-islam"),
        ("Ansar al-Islam", "2003", "org:ansar-al-islam"),
        ("Levant Front", "2015", "org:the-levantine-front"),
        ("The Levantine Front", "2015", "org:the-levantine-front"),
    ],
)
def test_each_name_is_its_own_group(name: str, date: str, want: str) -> None:
    assert _id(name, date) == want


def test_the_somali_government_keeps_its_own_names() -> None:
    assert _id("Transitional Federal Government", "2008") == "org:somalia-government"


def test_usc_needs_somalia_in_the_sentence() -> None:
    found = {
        res.actor.id
        for _s, _e, res in default_resolver().find_mentions(
            "The USC and the SSDF fought Siad Barre's army in Somalia.", "1990"
        )
        if res.actor is not None
    }
    assert "org:united-somali-congress" in found
    bare = {
        res.actor.id
        for _s, _e, res in default_resolver().find_mentions(
            "The USC football team won its match.", "1990"
        )
        if res.actor is not None
    }
    assert "org:united-somali-congress" not in bare


def test_the_splits_and_the_merger_are_dated_relations() -> None:
    kb = default_kb()
    rels = {(r.type, r.target) for r in kb.find("org:islamic-amal").relations}
    assert ("splinter_of", "org:amal") in rels
    rels = {(r.type, r.target) for r in kb.find("org:jund-al-islam").relations}
    assert ("merged_into", "org:ansar-al-islam") in rels
    rels = {(r.type, r.target) for r in kb.find("org:dhkp-c").relations}
    assert ("splinter_of", "org:dev-sol") in rels
    assert kb.canonical_id("org:levant-front") == "org:the-levantine-front"


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Terza Posizione", "org:third-position"),
        ("Ordine Nuovo", "org:new-order"),
        ("Avanguardia Nazionale", "org:national-vanguard"),
        ("Nuclei Armati Rivoluzionari", "org:armed-revolutionary-nuclei"),
        ("Revolutionäre Zellen", "org:revolutionary-cells"),
        ("Harakat Hezbollah al-Nujaba", "org:harakat-al-nujaba"),
        ("Tamil Makkal Viduthalai Pulikal", "org:colonel-karuna-faction"),
    ],
)
def test_an_mmp_group_by_its_own_language_name(name: str, want: str) -> None:
    assert _id(name, "1980") == want


def test_a_short_form_needs_the_groups_world() -> None:
    assert "org:armed-revolutionary-nuclei" in _found(
        "NAR gunmen shot a judge in Rome in 1980.", "1980"
    )
    assert "org:armed-revolutionary-nuclei" not in _found(
        "The NAR index rose by two points.", "1980"
    )
    assert "org:revolutionary-cells" in _found("The RZ bombed an office in Frankfurt.", "1980")
    assert "org:revolutionary-cells" not in _found("The RZ bombed an office.", "1980")
