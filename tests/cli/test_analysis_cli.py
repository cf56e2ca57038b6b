"""The real ``riftwatch rifts`` and ``riftwatch dyad`` programs in a subprocess, on real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli.test_events import run as run_program

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(
    os.environ.get("RIFTWATCH_SHARED")
    or next(
        (str(b / "shared") for b in (REPO.parent, REPO.parent.parent) if (b / "shared").is_dir()),
        str(REPO.parent / "shared"),
    )
)

DOCS = [
    (
        "a1",
        "2009-03-02",
        "B2",
        "Lashkar-e-Taiba fighters trained Jaish-e-Mohammad recruits at a "
        "camp in Muzaffarabad, officials said.",
    ),
    (
        "a2",
        "2010-06-10",
        "B2",
        "Jaish-e-Mohammad and Lashkar-e-Taiba carried out a joint attack "
        "on an army post in Kupwara.",
    ),
    (
        "a3",
        "2011-09-14",
        "B2",
        "Lashkar-e-Taiba provided shelter to Jaish-e-Mohammad commanders in Bahawalpur.",
    ),
    (
        "a4",
        "2013-02-11",
        "B2",
        "Jaish-e-Mohammad fighters attacked a Lashkar-e-Taiba office in "
        "Muridke, killing two guards.",
    ),
    (
        "a5",
        "2013-05-20",
        "A2",
        "Lashkar-e-Taiba accused Jaish-e-Mohammad of betraying the jihad in Kashmir.",
    ),
    (
        "a6",
        "2013-09-03",
        "B1",
        "Jaish-e-Mohammad gunmen clashed with Lashkar-e-Taiba militants in Kotli.",
    ),
    (
        "a7",
        "2013-11-28",
        "B2",
        "A Lashkar-e-Taiba spokesman said the group would never shelter "
        "Jaish-e-Mohammad men again.",
    ),
    (
        "h1",
        "2009-04-01",
        "B2",
        "Al Qaeda operatives trained Haqqani fighters to build bombs in Miram Shah.",
    ),
    (
        "h2",
        "2012-07-01",
        "B2",
        "The Haqqani network continues to cooperate with Al Qaeda, officials said.",
    ),
    (
        "h3",
        "2014-01-05",
        "E5",
        "A Taliban website claimed that the Haqqani network had attacked Al Qaeda fighters.",
    ),
    (
        "h4",
        "2015-07-01",
        "B2",
        "The Haqqani network and Al Qaeda jointly run training camps in North Waziristan.",
    ),
]


def write_docs(path: Path, extra_lines: list[str] = ()) -> Path:  # type: ignore[assignment]
    lines = [
        json.dumps({"id": i, "date": d, "text": t, "reliability": g[0], "credibility": int(g[1])})
        for i, d, g, t in DOCS
    ]
    path.write_text("\n".join([*lines, *extra_lines]) + "\n", encoding="utf-8")
    return path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """``riftwatch ARGS`` in a subprocess (as ``events`` tests run it), 220 columns wide."""
    return run_program(*args, columns=220)


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_docs(tmp_path_factory.mktemp("rifts") / "docs.jsonl")


def test_rifts_json_flags_the_broken_pair_only(docs: Path) -> None:
    res = run("rifts", str(docs), "--format", "json")
    assert res.returncode == 0, res.stderr
    found = json.loads(res.stdout)
    assert len(found) == 1
    r = found[0]
    assert {a["name"] for a in r["actors"]} == {"Lashkar-e-Taiba", "Jaish-e-Mohammed"}
    assert r["direction"] == "deteriorating" and r["onset"].startswith("2013")
    assert r["kind"] in ("rift", "friction") and 0.5 <= r["probability"] <= 1
    for key in ("doc_id", "quote", "event_type", "grade"):
        assert all(key in e for e in r["evidence"] + r["counter_evidence"])
    assert {e["doc_id"] for e in r["evidence"]} >= {"a4", "a6"}
    assert "a3" in {e["doc_id"] for e in r["counter_evidence"]}


def test_rifts_table_and_jsonl(docs: Path) -> None:
    table = run("rifts", str(docs))
    assert table.returncode == 0, table.stderr
    assert "Lashkar-e-Taiba" in table.stdout and "attacked a Lashkar-e-Taiba office" in table.stdout
    # the counts say what they count: independent origins, not the report lines listed below
    assert "origins for" in table.stdout and "independent origins" in table.stdout
    jl = run("rifts", str(docs), "--format", "jsonl", "--min-probability", "0")
    rows = [json.loads(x) for x in jl.stdout.splitlines()]
    assert len(rows) >= 2  # every pair with a possible break, the weak one far below 0.5
    weak = [r for r in rows if {a["name"] for a in r["actors"]} == {"Al Qaeda", "Haqqani Network"}]
    assert weak and weak[0]["probability"] < 0.5
    assert any(e["attributed_to"] for e in weak[0]["evidence"])


def test_dyad_table_and_json(docs: Path) -> None:
    res = run("dyad", "LeT", "Jaish-e-Mohammad", str(docs), "--format", "json")
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    months = [m["month"] for m in data["months"]]
    assert months[0] == "2009-03" and "2013-09" in months
    first, last = data["months"][0], data["months"][-1]
    assert first["score"] > 0 and last["score"] < 0 and first["broken"] < last["broken"]
    assert "training" in data["channels"] and "violence" in data["channels"]
    assert data["rift"]["onset"].startswith("2013")
    table = run("dyad", "org:let", "org:jem", str(docs))
    assert table.returncode == 0 and "P(broken)" in table.stdout and "joint attack" in table.stdout
    # one sentence's reciprocal event (both directions) is one line of evidence
    assert table.stdout.count("joint attack") == 1, table.stdout


def test_evidence_says_which_words_stood_for_a_group(tmp_path: Path) -> None:
    # a leader named alone in a later document stands for the group another document tied
    # him to: the rift's evidence says so, in the table and in the JSON
    rows = [
        ("t1", "2003-05-01", "Zorvan Malek, the founder of the Crimson Dawn Front, signed an "
         "alliance with the Northern Salvation Army in May 2003."),
        ("t2", "2005-03-01", "In March 2005 Malek's fighters clashed with the Northern "
         "Salvation Army, and Malek broke with the group, accusing it of betrayal."),
        ("t3", "2005-06-01", "Malek's men attacked Northern Salvation Army positions again."),
    ]  # fmt: skip
    path = tmp_path / "malek.jsonl"
    path.write_text("".join(json.dumps({"id": i, "date": d, "text": t}) + "\n"
                            for i, d, t in rows))  # fmt: skip
    res = run("rifts", str(path), "--format", "json")
    assert res.returncode == 0, res.stderr
    [rift] = json.loads(res.stdout)
    sides = [side for e in rift["evidence"] for side in (e["source"], e["target"])]
    malek = [s for s in sides if s.get("as") == "Malek"]
    assert malek and all(s["name"] == "Crimson Dawn Front" for s in malek)
    assert {s["resolved_by"] for s in malek} == {"person tied to Crimson Dawn Front in document t1"}
    # a group named by its own name carries no "as"
    assert all("as" not in s for s in sides if s["name"] == "Northern Salvation Army"
               and s.get("resolved_by") is None)  # fmt: skip
    table = run("rifts", str(path))
    said = '[as "Malek" = Crimson Dawn Front (person tied to Crimson Dawn Front in document t1)'
    assert said in table.stdout


def test_as_of_leaves_out_what_came_later(docs: Path) -> None:
    # before the 2013 fighting the alliance stood; by the end of 2013 it had broken
    before = run("rifts", str(docs), "--format", "json", "--as-of", "2012-12")
    assert before.returncode == 0, before.stderr
    pair = {"Lashkar-e-Taiba", "Jaish-e-Mohammed"}
    assert not [r for r in json.loads(before.stdout) if {a["name"] for a in r["actors"]} == pair]
    after = run("rifts", str(docs), "--format", "json", "--as-of", "2013")
    assert after.returncode == 0, after.stderr
    assert any(r["onset"].startswith("2013") for r in json.loads(after.stdout))
    dyad = run("dyad", "LeT", "Jaish-e-Mohammad", str(docs), "--format", "json",
               "--as-of", "2012-12-31")  # fmt: skip
    assert dyad.returncode == 0, dyad.stderr
    months = [m["month"] for m in json.loads(dyad.stdout)["months"]]
    assert months and max(months) <= "2012-12", months
    bad = run("rifts", str(docs), "--as-of", "2013-13")
    assert bad.returncode == 2 and "RW541" in bad.stderr


def test_bad_lines_are_named_and_the_rest_analysed(tmp_path: Path) -> None:
    path = write_docs(tmp_path / "bad.jsonl", ["{not json", json.dumps({"id": "x9"})])
    res = run("rifts", str(path), "--format", "json")
    assert res.returncode == 1
    assert "RW203" in res.stderr and "line 12" in res.stderr and "line 13" in res.stderr
    assert len(json.loads(res.stdout)) == 1


def test_unknown_actor_and_bad_options(docs: Path) -> None:
    res = run("dyad", "Nobody Such Group", "LeT", str(docs))
    assert res.returncode == 2 and "RW500" in res.stderr
    same = run("dyad", "LeT", "Lashkar-e-Taiba", str(docs))
    assert same.returncode == 2 and "RW501" in same.stderr
    bad = run("rifts", str(docs), "--direction", "sideways")
    assert bad.returncode == 2 and "RW502" in bad.stderr
    missing = run("rifts", str(docs.parent / "nope.jsonl"))
    assert missing.returncode != 0 and "RW1" in missing.stderr


@pytest.mark.skipif(not (SHARED / "dev" / "score.py").exists(), reason="no ../shared dev cases")
def test_dev_timeline_passes_the_shared_scorer(tmp_path: Path) -> None:
    res = run("rifts", str(SHARED / "dev" / "rift_timeline.jsonl"), "--format", "json")
    assert res.returncode == 0, res.stderr
    out = tmp_path / "r.json"
    out.write_text(res.stdout, encoding="utf-8")
    score = subprocess.run(
        [
            sys.executable,
            str(SHARED / "dev" / "score.py"),
            "rifts",
            str(out),
            "expect=NUSRA:AQ:2016-2017",
            "forbid=HAQQANI:AQ",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert score.returncode == 0, score.stdout
    assert "PASS" in score.stdout
