"""ACH and wedges through the API and the real program, on files and on stores (SQLite and
PostgreSQL): stored questions, analysts' ratings with history, added hypotheses, errors."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from clirun import riftwatch
from riftwatch import api
from riftwatch.errors import JudgementError

DOCS = [
    ("t1", "2013-04-10", "B", 2, "Nusra Front leader Abu Mohammad al-Jolani pledged allegiance "
     "to Al Qaeda leader Ayman al-Zawahiri in a video."),
    ("t2", "2015-01-05", "B", 2, "Al Qaeda sent senior trainers to advise the Nusra Front's "
     "fighters in Aleppo."),
    ("t3", "2017-12-01", "B", 2, "Hayat Tahrir al-Sham arrested several Al Qaeda loyalists in "
     "Idlib."),
    ("t4", "2018-01-10", "C", 3, "In an audio message Zawahiri accused Hayat Tahrir al-Sham of "
     "breaking its pledge."),
    ("t5", "2012-09-07", None, None, "Al Qaeda and the Haqqani network jointly run training "
     "camps in North Waziristan, according to a U.S. intelligence assessment."),
    ("t6", "2020-05-27", None, None, "Haqqani network leaders held meetings with Al Qaeda "
     "members in early 2020, the UN monitoring team reported."),
    ("t7", "2010-03-01", None, None, "The apprehension about continuing cooperation with Al "
     "Qaeda is especially strong among members of the Quetta shura, the council of Afghan "
     "Taliban leaders."),
    ("t8", "2010-03-01", None, None, "The Haqqani group continues to cooperate with Al Qaeda "
     "despite heavy losses in drone strikes, officials said."),
    ("t9", "2010-03-01", None, None, "Some Taliban commanders are refusing to shelter Al Qaeda "
     "fighters, officials said."),
]  # fmt: skip

NUSRA = ["Nusra Front", "Al Qaeda"]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    rows = []
    for ref, date, rel, cred, text in DOCS:
        row = {"id": ref, "date": date, "text": text}
        if rel:
            row.update(reliability=rel, credibility=cred)
        rows.append(json.dumps(row))
    path.write_text("\n".join(rows) + "\n")
    return path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return riftwatch(*args, columns=200)


@pytest.fixture
def stored(db_url: str, corpus: Path) -> str:
    api.ingest([corpus], db=db_url)
    api.extract_stored(db_url)
    return db_url


def test_stored_question_ratings_history_and_hypotheses(stored: str, corpus: Path) -> None:
    first = api.ach_matrix(pair=NUSRA, as_of="2018-12-31", db=stored, analyst="ann")
    stateless = api.ach_matrix(corpus, pair=NUSRA, as_of="2018-12-31")
    assert first["hypotheses"][0]["id"] == "lasting_rupture"
    assert [h["id"] for h in first["hypotheses"]] == [h["id"] for h in stateless["hypotheses"]]
    qid = first["question"]
    again = api.ach_matrix(pair=NUSRA, as_of="2018-12-31", db=stored, analyst="bob")
    assert again["question"] == qid and again["question_created_by"] == "ann"

    arrest = next(i for i, e in enumerate(first["evidence"], 1) if e["event_type"] == "COERCE")
    key = first["evidence"][arrest - 1]["item"]
    api.ach_rate(
        qid, str(arrest), "lasting_rupture", "i", analyst="bob", note="tactical?", db=stored
    )
    api.ach_rate(qid, key, "lasting_rupture", "CC", analyst="ann", db=stored)
    api.ach_rate(qid, key, "enduring_alliance", "I", analyst="ann", db=stored)
    api.ach_rate(qid, key, "enduring_alliance", "II", analyst="ann", db=stored)
    why = "Turkey's demands drove the split"
    added = api.ach_add_hypothesis(qid, "patron_pressure", "Patron pressure", analyst="bob",
                                   description=why, db=stored)  # fmt: skip
    assert added["id"] == "patron_pressure"

    hist = api.ach_history(qid, db=stored)
    assert [(r["analyst"], r["rating"]) for r in hist["ratings"]] == [
        ("bob", "I"), ("ann", "CC"), ("ann", "I"), ("ann", "II")]  # fmt: skip
    assert hist["ratings"][0]["note"] == "tactical?" and hist["ratings"][0]["item"] == key
    assert hist["hypotheses"][0]["id"] == "patron_pressure"

    m = api.ach_matrix(pair=NUSRA, as_of="2018-12-31", db=stored)
    row = next(e for e in m["evidence"] if e["item"] == key)
    assert row["disagreement"] == {"lasting_rupture": ["CC", "I"]}
    assert row["ratings"]["lasting_rupture"] == "I"
    assert row["ratings"]["enduring_alliance"] == "II"  # ann's latest, the earlier kept
    assert row["analysts"]["enduring_alliance"]["ann"]["rating"] == "II"
    assert m["hypotheses"][-1]["id"] == "patron_pressure"
    assert api.ach_questions(db=stored)[0]["id"] == qid

    for call, code in (
        (lambda: api.ach_rate(qid, key, "lasting_rupture", "X", analyst="a", db=stored), "RW543"),
        (lambda: api.ach_rate(999, key, "lasting_rupture", "I", analyst="a", db=stored), "RW544"),
        (lambda: api.ach_rate(qid, "nope", "lasting_rupture", "I", analyst="a", db=stored),
         "RW545"),
        (lambda: api.ach_rate(qid, key, "nope", "I", analyst="a", db=stored), "RW546"),
        (lambda: api.ach_rate(qid, key, "lasting_rupture", "I", analyst=" ", db=stored), "RW549"),
        (lambda: api.ach_add_hypothesis(qid, "Bad Id", "x", analyst="a", db=stored), "RW547"),
        (lambda: api.ach_add_hypothesis(qid, "deception", "x", analyst="a", db=stored), "RW548"),
        (lambda: api.ach_matrix(pair=["Al Qaeda"], db=stored), "RW542"),
    ):  # fmt: skip
        with pytest.raises(JudgementError) as exc:
            call()
        assert exc.value.code == code
    assert len(api.ach_history(qid, db=stored)["ratings"]) == 4  # nothing stored by errors


def test_stored_wedges_and_network(stored: str) -> None:
    out = api.wedge_ranking(target="Al Qaeda", within="Taliban", db=stored)
    order = [r["actor"]["name"] for r in out["ranking"]]
    assert order.index("Quetta Shura") < order.index("Haqqani Network")
    assert order.index("Afghan Taliban commanders") < order.index("Haqqani Network")
    assert out["network"]["brokers"][0]["name"] == "Al Qaeda"


def test_cli_on_a_store(stored: str) -> None:
    shown = run("--db", stored, "ach", "--pair", "Nusra Front", "--pair", "Al Qaeda",
                "--as-of", "2018-12-31", "--analyst", "ann", "--format", "json")  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    m = json.loads(shown.stdout)
    assert m["hypotheses"][0]["id"] == "lasting_rupture"
    qid = str(m["question"])
    rated = run("--db", stored, "ach", "rate", qid, "1", "lasting_rupture", "N",
                "--analyst", "bob", "--note", "[red]x[/red]")  # fmt: skip
    assert rated.returncode == 0, rated.stderr
    added = run("--db", stored, "ach", "hypothesis", "add", qid, "other", "--name", "Other",
                "--analyst", "bob")  # fmt: skip
    assert added.returncode == 0, added.stderr
    hist = run("--db", stored, "ach", "history", qid)
    assert hist.returncode == 0 and "[red]x[/red]" in hist.stdout  # markup shown as text
    hist_json = json.loads(run("--db", stored, "ach", "history", qid, "--format", "json").stdout)
    assert hist_json["ratings"][0]["analyst"] == "bob"
    bad = run("--db", stored, "ach", "rate", qid, "1", "lasting_rupture", "ZZ", "--analyst", "b")
    assert bad.returncode == 2 and "RW543" in bad.stderr
    table = run("--db", stored, "ach", "--pair", "Nusra Front", "--pair", "Al Qaeda",
                "--as-of", "2018-12-31")  # fmt: skip
    assert table.returncode == 0 and "Lasting rupture" in table.stdout and "other" in table.stdout


def test_cli_on_files(corpus: Path, tmp_path: Path) -> None:
    out = run("ach", str(corpus), "--pair", "Haqqani network", "--pair", "Al Qaeda",
              "--as-of", "2022-12-31", "--format", "json")  # fmt: skip
    assert out.returncode == 0, out.stderr
    m = json.loads(out.stdout)
    assert m["hypotheses"][0]["id"] == "enduring_alliance"
    first = m["pair"][0]
    assert {k: first[k] for k in ("id", "name")} == {"id": "org:haqqani-network",
                                                     "name": "Haqqani Network"}  # fmt: skip
    assert "Haqqani Network" in first["aliases"]  # what a reader holding other names matches
    assert set(m) >= {"pair", "as_of", "hypotheses", "evidence", "conclusion", "sensitivity"}
    assert all(set(e) >= {"doc_id", "quote", "grade", "diagnosticity", "ratings"}
               for e in m["evidence"])  # fmt: skip

    bad = tmp_path / "bad.jsonl"
    bad.write_text(corpus.read_text() + "{not json\n")
    partial = run("wedges", str(bad), "--target", "Al Qaeda", "--within", "Taliban",
                  "--format", "json")  # fmt: skip
    assert partial.returncode == 1 and "line 10" in partial.stderr
    ranking = json.loads(partial.stdout)
    names = [r["actor"]["name"] for r in ranking]
    assert names.index("Quetta Shura") < names.index("Haqqani Network")
    assert all(set(r) >= {"actor", "score", "cooperative", "hostile", "evidence"} for r in ranking)

    wrong = run("ach", str(corpus), "--pair", "Al Qaeda", "--as-of", "2018-02-30")
    assert wrong.returncode == 2 and ("RW542" in wrong.stderr or "RW541" in wrong.stderr)
    table = run("wedges", str(corpus), "--target", "Al Qaeda", "--within", "Taliban")
    assert table.returncode == 0 and "Quetta Shura" in table.stdout


# -- the open development cases (../shared/dev beside the checkout or its worktree folder) --
def _dev() -> Path | None:
    repo = Path(__file__).resolve().parents[2]
    for base in (repo.parent, repo.parent.parent):
        if (base / "shared" / "dev" / "rift_timeline.jsonl").exists():
            return base / "shared" / "dev"
    return None


DEV = _dev()


@pytest.mark.skipif(DEV is None, reason="../shared/dev is not beside this checkout")
def test_development_cases_through_the_program() -> None:
    assert DEV is not None
    timeline = str(DEV / "rift_timeline.jsonl")
    for a, b, as_of, want in (
        ("Nusra Front", "Al Qaeda", "2018-12-31", "lasting_rupture"),
        ("Haqqani network", "Al Qaeda", "2022-12-31", "enduring_alliance"),
    ):
        done = run("ach", timeline, "--pair", a, "--pair", b, "--as-of", as_of, "--format", "json")
        assert done.returncode == 0, done.stderr
        m = json.loads(done.stdout)
        assert m["hypotheses"][0]["id"] == want, m["conclusion"]
        assert all(e["date"] <= as_of for e in m["evidence"])
    done = run("wedges", str(DEV / "relations.jsonl"), "--target", "Al Qaeda",
               "--within", "Taliban", "--format", "json")  # fmt: skip
    assert done.returncode == 0, done.stderr
    names = [r["actor"]["name"] for r in json.loads(done.stdout)]
    haqqani = names.index("Haqqani Network")
    assert "Quetta Shura" in names[:haqqani]
    assert any("Taliban" in n for n in names[:haqqani])  # the refusing militants / factions


def test_pressures_on_a_store_and_a_file(stored: str, corpus: Path) -> None:
    stored_out = api.pressures(pair=["Haqqani network", "Al Qaeda"], db=stored)
    file_out = api.pressures(corpus, pair=["Haqqani network", "Al Qaeda"])
    assert stored_out["pair"] == file_out["pair"]
    assert stored_out["distancing"] == file_out["distancing"]
    assert set(stored_out) >= {"pressure", "third_parties", "numbers", "association"}
    done = run("pressures", str(corpus), "--pair", "Taliban", "--pair", "Al Qaeda")
    assert done.returncode == 0, done.stderr
    assert "caveat" in done.stdout


WIRE = (
    "Haqqani network fighters arrested several Al Qaeda commanders in North Waziristan {when} "
    "after a dispute over money and weapons, according to two tribal elders who spoke on "
    "condition of anonymity because they feared reprisals from both groups in the area."
)
COOPERATION = [
    ("c1", "2012-03-01", "Al Qaeda operatives trained Haqqani fighters to build suicide vests "
     "in Miram Shah."),
    ("c2", "2013-05-01", "The Haqqani network continues to cooperate with Al Qaeda despite "
     "heavy losses, officials said."),
    ("c3", "2014-02-01", "Al Qaeda and the Haqqani network jointly run training camps in North "
     "Waziristan, according to a U.S. intelligence assessment."),
]  # fmt: skip


def _sens_file(tmp_path: Path, hostile: list[tuple[str, str, str]]) -> Path:
    path = tmp_path / "sens.jsonl"
    rows = [
        {"id": ref, "date": date, "text": text, "reliability": "B", "credibility": 2}
        for ref, date, text in [*COOPERATION, *hostile]
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return path


def test_a_reprinted_report_is_one_origin_and_the_output_says_it_carried_the_ranking(
    tmp_path: Path,
) -> None:
    args = ["--pair", "Haqqani network", "--pair", "Al Qaeda", "--as-of", "2015-12-31",
            "--format", "json"]  # fmt: skip
    first = ("w1", "2015-06-10", WIRE.format(when="last week"))
    reprint = _sens_file(tmp_path, [first, ("w2", "2015-06-11", WIRE.format(when="on Tuesday"))])
    m = json.loads(run("ach", str(reprint), *args).stdout)
    assert m["hypotheses"][0]["id"] == "lasting_rupture"
    assert m["sensitivity"]["carried_by"] == ["doc:w1"]  # w2 is a reprint of w1
    assert "rests on origin(s) doc:w1 (documents w1, w2)" in m["conclusion"]
    by_origin = {r["origin"]: r for r in m["sensitivity"]["by_origin"]}
    assert by_origin["doc:w1"]["top"] == "enduring_alliance"
    assert not any(r["top_changed"] for o, r in by_origin.items() if o != "doc:w1")

    other = ("Haqqani commanders detained Al Qaeda fighters in Miram Shah in July, a Pakistani "
             "intelligence official said.")  # fmt: skip
    independent = _sens_file(tmp_path, [first, ("w3", "2015-07-20", other)])
    m = json.loads(run("ach", str(independent), *args).stdout)
    assert m["hypotheses"][0]["id"] == "lasting_rupture"
    assert m["sensitivity"]["carried_by"] == []
    assert "without any single origin" in m["conclusion"]
