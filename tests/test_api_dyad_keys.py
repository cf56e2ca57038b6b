"""Every pair that ``rifts`` lists can be opened with ``dyad`` and briefed by ``report``.

``rifts`` also lists pairs of a parent actor that only appears through its sub-units'
events rolled up the hierarchy (the Quetta Shura's events count for the Afghan Taliban);
``dyad`` must accept the ids and names it printed, and the whole-field briefing, which
opens each listed pair, must not fail on them. (A state's bodies are no longer its
sub-units: since hierarchy-4 a country and its national bodies are one lineage.)
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from riftwatch import api

DOCS = [
    ("p1", "2011-03", "The Quetta Shura provided weapons to the TTP in Quetta."),
    ("p2", "2011-09", "The Quetta Shura sheltered fighters of the TTP near Quetta."),
    ("p3", "2012-05", "The Quetta Shura trained recruits of the TTP in Kurram."),
    ("p4", "2014-02", "The Quetta Shura attacked the TTP near Chaman."),
    ("p5", "2014-06", "The TTP attacked the Quetta Shura in Khyber."),
    ("p6", "2014-09", "The Quetta Shura clashed with the TTP in Kurram."),
    ("p7", "2015-01", "The TTP accused the Quetta Shura of betrayal."),
    ("p8", "2015-04", "The Quetta Shura attacked the TTP near Chaman, officials said."),
]


@pytest.fixture(scope="module")
def path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dyad-keys") / "docs.jsonl"
    rows = [
        {"id": i, "date": d, "text": t, "reliability": "B", "credibility": 2} for i, d, t in DOCS
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_dyad_opens_every_pair_rifts_lists(path: Path) -> None:
    found = api.rifts(path, min_probability=0.0)
    ids = {a["id"] for r in found for a in r["actors"]}
    assert "org:afghan-taliban" in ids  # the parent, through the Quetta Shura's events
    for rift in found:
        (a, b) = rift["actors"]
        for first, second in ((a["id"], b["id"]), (a["name"], b["name"])):
            timeline = api.dyad(path, first, second)
            assert {x["id"] for x in timeline["actors"]} == {a["id"], b["id"]}
            assert timeline["months"]


def test_the_whole_field_briefing_opens_the_parent_pairs(path: Path, db_url: str) -> None:
    api.ingest([path], db=db_url)
    api.extract_stored(db_url)
    page = api.report(db_url)
    assert isinstance(page, str) and "Afghan Taliban" in page


def test_a_word_of_a_name_opens_the_one_actor_of_the_claims_it_names(tmp_path: Path) -> None:
    """ "Hizbul" where the claims name Hizbul Islam: that group, not the knowledge base's
    closest spelling of another group (Hezbollah) that no claim mentions; a word several
    actors of the claims share falls back to the knowledge base."""
    rows = [
        {"id": "s1", "date": "2009-05", "text": "Al-Shabaab and Hizbul Islam shared weapons."},
        {"id": "s2", "date": "2010-10", "text": "Al-Shabaab attacked Hizbul Islam in Beledweyne."},
    ]
    path = tmp_path / "somalia.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    timeline = api.dyad(path, "Shabaab", "Hizbul")
    assert {x["id"] for x in timeline["actors"]} == {"org:al-shabaab", "org:hizbul-islam"}
    assert timeline["months"]
