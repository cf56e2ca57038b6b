"""Corpus memory: a person's tie or an acronym one document tells serves the others of the
same corpus (a file given to ``riftwatch extract``/``rifts``), by date, with provenance.
All names are invented."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from riftwatch import api


def _doc(ident: str, date: str, text: str) -> dict[str, str]:
    return {"id": ident, "date": date, "text": text}


def _events(docs: list[dict[str, str]]) -> list[dict[str, Any]]:
    return list(api.extract(docs))


def _of(events: list[dict[str, Any]], doc_id: str) -> list[dict[str, Any]]:
    return [e for e in events if e["doc_id"] == doc_id]


def _sources(events: list[dict[str, Any]], doc_id: str) -> set[str]:
    return {e["source"]["name"] for e in _of(events, doc_id)}


FOUNDER = _doc(
    "a1",
    "2004-03-01",
    "Kwabena Drasko, the founder of the Velmoran Liberation Army, signed an alliance with "
    "the Ostrava People's Front.",
)
CLASH = _doc("a2", "2009-05-01", "Drasko's men clashed with the Ostrava People's Front.")


def test_a_leader_tied_in_one_document_stands_for_his_group_in_another() -> None:
    events = _events([FOUNDER, CLASH])
    clash = [e for e in _of(events, "a2") if e["source"]["name"] == "Velmoran Liberation Army"]
    assert clash, _of(events, "a2")
    # provenance: the evidence says which document told the tie
    assert "in document a1" in clash[0]["source"]["resolved_by"]
    assert clash[0]["source"]["person"] == "Drasko"


def test_the_result_does_not_depend_on_the_order_of_the_documents() -> None:
    def key(e: dict[str, Any]) -> tuple:
        return (e["doc_id"], e["source"]["name"], e["event_type"], e["target"]["name"])

    forward = sorted(map(key, _events([FOUNDER, CLASH])))
    backward = sorted(map(key, _events([CLASH, FOUNDER])))
    assert forward == backward


def test_a_person_no_document_ties_stays_a_person() -> None:
    lone = _doc("a3", "2009-05-01", "Pelle Umbrisk's men clashed with the Ostrava People's Front.")
    events = _events([FOUNDER, lone])
    assert "Velmoran Liberation Army" not in _sources(events, "a3")


def test_a_negated_tie_ties_nothing() -> None:
    denial = _doc("b1", "2004-03-01", "Tomas Vrell never led the Karst Brigade.")
    fight = _doc("b2", "2006-01-01", "Vrell's men attacked the Ostrava People's Front.")
    hedged = _doc("b3", "2004-05-01", "Ilse Worrin may have founded the Karst Brigade.")
    fight2 = _doc("b4", "2006-01-01", "Worrin's men attacked the Ostrava People's Front.")
    events = _events([denial, fight, hedged, fight2])
    assert "Karst Brigade" not in _sources(events, "b2")
    assert "Karst Brigade" not in _sources(events, "b4")


def test_a_surname_two_persons_share_is_nobody_but_full_names_are() -> None:
    docs = [
        _doc("c1", "2001-01-01", "Kofi Marek, the leader of the Yellow Dune Front, spoke."),
        _doc("c2", "2001-01-01", "Yaw Marek, the commander of the Zuberan Army, spoke."),
        _doc("c3", "2003-01-01", "Marek's men attacked the Ostrava People's Front."),
        _doc("c4", "2003-01-01", "Kofi Marek's men attacked the Ostrava People's Front."),
    ]
    events = _events(docs)
    assert not {"Yellow Dune Front", "Zuberan Army"} & _sources(events, "c3")
    assert "Yellow Dune Front" in _sources(events, "c4")


def test_a_splinter_leader_is_tied_by_date() -> None:
    docs = [
        _doc("d1", "2001-01-01", "Jonas Kalev, the leader of the Red Sickle Army, spoke."),
        _doc(
            "d2",
            "2006-01-01",
            "Jonas Kalev broke away from the Red Sickle Army and formed the Dawn Brigade.",
        ),
        _doc("d3", "2008-01-01", "Kalev's men attacked the Ostrava People's Front."),
        _doc("d4", "2003-01-01", "Kalev's men attacked the Ostrava People's Front."),
        _doc("d5", "1999-01-01", "Kalev's men attacked the Ostrava People's Front."),
    ]
    events = _events(docs)
    assert "Dawn Brigade" in _sources(events, "d3")
    assert "Red Sickle Army" in _sources(events, "d4")
    assert "Red Sickle Army" in _sources(events, "d5")  # none before: the earliest after


def test_ties_of_the_same_date_to_two_groups_tie_nothing() -> None:
    docs = [
        _doc("e1", "2001-01-01", "Anton Quell, the leader of the Grey Heron Front, spoke."),
        _doc("e2", "2001-01-01", "Anton Quell, the leader of the Blue Marsh Army, spoke."),
        _doc("e3", "2004-01-01", "Quell's men attacked the Ostrava People's Front."),
    ]
    events = _events(docs)
    assert not {"Grey Heron Front", "Blue Marsh Army"} & _sources(events, "e3")


def test_a_documents_own_tie_wins() -> None:
    docs = [
        _doc("f1", "2001-01-01", "Ruben Tasso, the leader of the Grey Heron Front, spoke."),
        _doc(
            "f2",
            "2002-01-01",
            "Ruben Tasso, the leader of the Blue Marsh Army, said Tasso's men attacked the "
            "Ostrava People's Front.",
        ),
    ]
    events = _events(docs)
    assert "Grey Heron Front" not in _sources(events, "f2")


def test_an_acronym_defined_in_one_document_serves_another() -> None:
    docs = [
        _doc("g1", "2003-01-01",
             "The Front for the Renewal of Kaltovia (FRK) allied with the Ostrava People's Front."),
        _doc("g2", "2010-01-01", "The FRK attacked the Ostrava People's Front."),
    ]  # fmt: skip
    events = _events(docs)
    hits = [e for e in _of(events, "g2")
            if e["source"]["name"] == "Front for the Renewal of Kaltovia"]  # fmt: skip
    assert hits, _of(events, "g2")
    assert "in document g1" in hits[0]["source"]["resolved_by"]


def test_an_acronym_defined_two_ways_is_not_remembered() -> None:
    docs = [
        _doc("h1", "2003-01-01",
             "The National Liberation Front of Zarnia (NLFZ) allied with the Ostrava People's "
             "Front."),
        _doc("h2", "2004-01-01",
             "The Northern Lakes Free Zone (NLFZ) allied with the Ostrava People's Front."),
        _doc("h3", "2010-01-01", "The NLFZ attacked the Ostrava People's Front."),
    ]  # fmt: skip
    events = _events(docs)
    names = _sources(events, "h3")
    assert not {"National Liberation Front of Zarnia", "Northern Lakes Free Zone"} & names


def test_rifts_on_a_file_uses_the_corpus(tmp_path: Path) -> None:
    # the break is told through the leader: the cooperative row names the group, the hostile
    # ones name only its founder; one file is one corpus
    rows = [
        _doc("r1", "2004-01-01",
             "Kwabena Drasko, the founder of the Velmoran Liberation Army, signed an alliance "
             "with the Ostrava People's Front."),
        _doc("r2", "2005-01-01",
             "The Velmoran Liberation Army fought alongside the Ostrava People's Front."),
        _doc("r3", "2009-01-01", "Drasko's men clashed with the Ostrava People's Front."),
        _doc("r4", "2009-03-01", "Drasko's fighters attacked the Ostrava People's Front."),
        _doc("r5", "2009-06-01", "Drasko's men ambushed the Ostrava People's Front."),
    ]  # fmt: skip
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    from typer.testing import CliRunner

    from riftwatch.cli import app

    out = CliRunner().invoke(app, ["rifts", str(path), "--format", "json"])
    assert out.exit_code == 0, out.output
    found = json.loads(out.output)
    found = found.get("rifts", found) if isinstance(found, dict) else found
    pairs = [{a["name"] for a in r["actors"]} for r in found if r["probability"] >= 0.5]
    assert {"Velmoran Liberation Army", "Ostrava People's Front"} in pairs, out.output


@pytest.mark.parametrize("workers", [1, 2])
def test_a_pool_learns_the_same(workers: int) -> None:
    assert _events([FOUNDER, CLASH]) == list(api.extract([FOUNDER, CLASH], workers=workers))


def test_a_name_told_alone_serves_the_one_full_name_of_the_corpus() -> None:
    docs = [
        _doc("i1", "2016-01-01",
             "Aldo Ferrant, a field commander, signed a truce with the Ostrava People's Front."),
        _doc("i2", "2018-01-01",
             "Ferrant, dismissed in 2017, went on to lead the Southern Tide Council."),
    ]  # fmt: skip
    events = _events(docs)
    assert "Southern Tide Council" in _sources(events, "i1"), _of(events, "i1")


def test_a_name_two_full_names_share_serves_neither() -> None:
    docs = [
        _doc("j1", "2016-01-01",
             "Aldo Ferrant, a field commander, signed a truce with the Ostrava People's Front."),
        _doc("j2", "2016-01-01",
             "Bruno Ferrant, a field commander, signed a truce with the Ostrava People's Front."),
        _doc("j3", "2018-01-01",
             "Ferrant, dismissed in 2017, went on to lead the Southern Tide Council."),
    ]  # fmt: skip
    events = _events(docs)
    assert "Southern Tide Council" not in _sources(events, "j1") | _sources(events, "j2")


@pytest.mark.parametrize(
    ("text", "tied"),
    [
        ("Kobus Trell, sacked in 2012, went on to lead the Dorvan Liberation Front.", True),
        ("Kobus Trell never went on to lead the Dorvan Liberation Front.", False),
        ("Kobus Trell hoped to go on to lead the Dorvan Liberation Front.", False),
        ("Kobus Trell, whose brother went on to lead the Dorvan Liberation Front, spoke.", False),
    ],
)
def test_went_on_to_lead_ties_the_person(text: str, tied: bool) -> None:
    doc = _doc("k1", "2015-01-01", f"{text} Trell's men attacked the Ostrava People's Front.")
    assert ("Dorvan Liberation Front" in _sources(_events([doc]), "k1")) is tied


def test_coding_once_and_again_where_the_memory_matters_equals_learning_first() -> None:
    # api.extract codes every document once, then again only those the memory concerns;
    # the store codes after a first pass over all of them: the two give the same events
    from riftwatch.nlp.batch import batched, code_corpus, learn, map_batches

    docs = [FOUNDER, CLASH,
            _doc("l1", "2003-01-01",
                 "The Front for the Renewal of Kaltovia (FRK) allied with the Ostrava People's "
                 "Front."),
            _doc("l2", "2010-01-01", "The FRK attacked the Ostrava People's Front."),
            _doc("l3", "2010-01-01", "Rain fell on the Ostrava People's Front camp.")]  # fmt: skip
    memory = learn(batched(docs))
    first = [pair for results in map_batches(batched(docs), 1, memory) for pair in results]
    assert first == [pair for results in code_corpus(docs) for pair in results]
