"""Co-members of a coalition through the real program on stores (SQLite and PostgreSQL) and on
a file: the derived cooperation is shown where it came from, and the break after it is a rift."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from clirun import riftwatch
from riftwatch import api

LTTE, TELO = "org:liberation-tigers-of-tamil-elam", "org:tamil-eelam-liberation-organization"
DOCS = [
    ("c1", "1985-04-15", "B", 2, "The LTTE and TELO joined the Eelam National Liberation Front, "
     "a coalition of Tamil militant groups."),
    ("c2", "1986-04-20", "B", 2, "The LTTE attacked TELO camps across the Jaffna peninsula."),
    ("c3", "1986-05-02", "A", 2, "LTTE fighters killed hundreds of TELO cadres in Jaffna, "
     "witnesses said."),
]  # fmt: skip


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "coalition.jsonl"
    rows = [
        json.dumps({"id": i, "date": d, "reliability": r, "credibility": c, "text": t})
        for i, d, r, c, t in DOCS
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


run = riftwatch


def _check(rifts_out: subprocess.CompletedProcess[str], dyad_out: subprocess.CompletedProcess[str]):  # type: ignore[no-untyped-def]
    assert rifts_out.returncode == 0, rifts_out.stderr
    found = json.loads(rifts_out.stdout)
    found = found.get("rifts", found) if isinstance(found, dict) else found
    pair = [r for r in found if {a["id"] for a in r["actors"]} == {LTTE, TELO}]
    assert len(pair) == 1 and pair[0]["onset"] == "1986-04"
    assert dyad_out.returncode == 0, dyad_out.stderr
    months = json.loads(dyad_out.stdout)["months"]
    first = months[0]
    assert first["month"] == "1985-04" and first["coop"] > 0
    derived = [e for e in first["evidence"] if e.get("derived_via")]
    assert derived and all(e["grade"] == "B2" for e in derived)
    return pair[0]["probability"]


def test_co_members_on_a_store_and_on_a_file(db_url: str, corpus: Path) -> None:
    api.ingest([corpus], db=db_url)
    api.extract_stored(db_url)
    on_store = _check(
        run("--db", db_url, "rifts", "--format", "json"),
        run("--db", db_url, "dyad", LTTE, TELO, "--format", "json"),
    )
    on_file = _check(
        run("rifts", str(corpus), "--format", "json"),
        run("dyad", LTTE, TELO, str(corpus), "--format", "json"),
    )
    assert on_store == pytest.approx(on_file, abs=0.01)


FACTION_DOCS = [
    ("h1", "2006-03-10", "Al Qaeda and the Haqqani Network launched joint operations in Khost."),
    ("h2", "2008-05-12", "The Haqqani Network sheltered Al Qaeda fighters in North Waziristan."),
    ("h3", "2010-06-03", "Al Qaeda and the Haqqani Network ran training camps together."),
    ("h4", "2012-02-21", "The Haqqani Network provided safe haven to Al Qaeda leaders."),
    ("h5", "2014-09-15", "Al Qaeda trainers trained Haqqani Network fighters in Miranshah."),
    ("h6", "2016-04-08", "The Haqqani Network and Al Qaeda fought together in Paktika."),
]


def test_a_factions_reports_count_once_in_the_rates_chosen_from_a_store(
    db_url: str, tmp_path: Path
) -> None:
    from riftwatch.analysis.hierarchy import FlatHierarchy, KBHierarchy
    from riftwatch.analysis.rift import evidence, for_corpus
    from riftwatch.analysis.timeline import prepare

    path = tmp_path / "faction.jsonl"
    rows = [json.dumps({"id": i, "date": d, "reliability": "B", "credibility": 2, "text": t})
            for i, d, t in FACTION_DOCS]  # fmt: skip
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    api.ingest([path], db=db_url)
    api.extract_stored(db_url)
    claims = api.load_claims(db_url)
    rolled = prepare(claims, hierarchy=KBHierarchy())
    # the Haqqani Network's reports also count for the Taliban, its parent
    assert rolled.rollup.any() and len(rolled.dyads) > 1
    assert len(set(rolled.month[~rolled.rollup].tolist())) == len(FACTION_DOCS)
    # but the corpus's choice of rates reads each report once, as without the hierarchy
    flat = prepare(claims, hierarchy=FlatHierarchy())
    assert for_corpus(evidence(rolled)) == for_corpus(evidence(flat))
