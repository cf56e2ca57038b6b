"""The own labelled real-text corpus (tests/nlp/data/labelled): schema, splits and freeze."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data" / "labelled"
SPLITS = ("train", "dev", "test", "train2", "dev2", "test2", "train3", "dev3", "test3")
SPLITS += ("train4", "dev4", "test4", "train5", "dev5", "test5", "train6", "dev6", "test6")
SPLITS += ("train7", "dev7", "test7", "train8", "dev8", "test8")
FROZEN = ("test", "test2", "test3", "test4", "test5", "test6", "test7", "test8")
FAMILIES = {
    "IS", "NUSRA", "HURRAS", "HAQQANI", "TTP", "AQ", "TALIBAN", "LET", "LOCALS", "PAK", "AFG",
    "USA", "SAUDI",
    # gold-only aliases the shared scorer maps to families
    "ISKP", "ISIS", "PAK_MIL", "PAK_GOV", "ISI", "AFG_GOV", "AFG_MIL", "CIA", "TRIBES",
}  # fmt: skip
KEYS = {"id", "date", "text", "gold", "note"}


def rows(name: str) -> list[dict]:
    path = DATA / f"real_{name}.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("name", SPLITS)
def test_schema(name: str) -> None:
    split = rows(name)
    assert split, name
    for r in split:
        assert set(r) == KEYS, r["id"]
        assert re.fullmatch(r"l[pau]\d{3,4}", r["id"]), r["id"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]), r["id"]
        assert isinstance(r["text"], str) and r["text"].strip(), r["id"]
        assert isinstance(r["note"], str) and len(r["note"]) > 20, r["id"]
        assert "Source:" in r["note"], r["id"]
        if not r["id"].startswith("lu"):
            assert "UCDP sides:" in r["note"], r["id"]
        for triple in r["gold"]:
            assert len(triple) == 3, r["id"]
            source, target, stance = triple
            assert source in FAMILIES and target in FAMILIES, r["id"]
            assert source != target, r["id"]
            assert stance in ("coop", "conf"), r["id"]
        assert len({tuple(t) for t in r["gold"]}) == len(r["gold"]), r["id"]


def test_ids_unique_and_texts_in_one_split() -> None:
    ids: list[str] = []
    seen: dict[str, str] = {}
    for name in SPLITS:
        for r in rows(name):
            ids.append(r["id"])
            key = " ".join(r["text"].lower().split())
            assert key not in seen, f"{r['id']} in {name} repeats a text of {seen[key]}"
            seen[key] = name
    assert len(ids) == len(set(ids))


def test_every_split_has_gold_and_negatives() -> None:
    for name in SPLITS:
        split = rows(name)
        # rounds 7 and 8 hold no gold: the unused headlines name no family actor (README)
        assert any(r["gold"] for r in split) or name[-1] in "78", name
        assert any(not r["gold"] for r in split), name


@pytest.mark.parametrize("name", FROZEN)
def test_test_split_is_frozen(name: str) -> None:
    readme = (DATA / "README.md").read_text("utf-8")
    match = re.search(rf"real_{name}\.jsonl sha256: ([0-9a-f]{{64}})", readme)
    assert match, f"README.md must give real_{name}.jsonl's checksum"
    digest = hashlib.sha256((DATA / f"real_{name}.jsonl").read_bytes()).hexdigest()
    assert digest == match.group(1), f"real_{name}.jsonl changed: relabel on purpose, new checksum"


def test_round2_rows_are_pakistan_headlines_not_seen_before_labelling() -> None:
    listed = (DATA / "round2_seen.txt").read_text("utf-8")
    seen = {item for line in listed.splitlines() if not line.startswith("#")
            for item in line.split()}  # fmt: skip
    for name in ("train2", "dev2", "test2"):
        for r in rows(name):
            assert re.fullmatch(r"lp[12]\d\d", r["id"]) and int(r["id"][2:]) > 100, r["id"]
            event = re.search(r"id (\d+) headline (\d+)", r["note"])
            assert event, r["id"]
            assert f"{event.group(1)}:{event.group(2)}" not in seen, r["id"]


def test_round3_rows_are_new_pakistan_headlines_listed_as_seen() -> None:
    """Round 3 rows (lp301 on) were drawn outside the seen list, then added to it, so a later
    draw leaves them out."""
    listed = (DATA / "round2_seen.txt").read_text("utf-8")
    head, _, tail = listed.partition("# round 3")
    before = {item for line in head.splitlines() if not line.startswith("#")
              for item in line.split()}  # fmt: skip
    after = {item for line in tail.splitlines() if not line.startswith("#")
             for item in line.split()}  # fmt: skip
    for name in ("train3", "dev3", "test3"):
        for r in rows(name):
            assert re.fullmatch(r"lp[34]\d\d", r["id"]) and int(r["id"][2:]) > 300, r["id"]
            event = re.search(r"id (\d+) headline (\d+)", r["note"])
            assert event, r["id"]
            ref = f"{event.group(1)}:{event.group(2)}"
            assert ref not in before and ref in after, r["id"]


def test_round4_rows_are_outside_the_hidden_years() -> None:
    """Round 4 (lp501 / la501 on) never takes a headline dated 2017-2021, the period of the
    hidden real headlines."""
    for name in ("train4", "dev4", "test4"):
        for r in rows(name):
            assert re.fullmatch(r"l[pa][5-9]\d\d", r["id"]), r["id"]
            assert not 2017 <= int(r["date"][:4]) <= 2021, r["id"]
            assert re.search(r"Source: ucdp-ged-(pakistan|afghanistan-sample) id \d+", r["note"])


def test_round5_rows_are_new_and_never_pakistan_in_the_hidden_years() -> None:
    """Round 5 (lp701 / la701 on): Pakistan headlines before 2013 and Afghanistan sample
    headlines (2017-2018 first); never a Pakistan headline dated 2017-2021."""
    for name in ("train5", "dev5", "test5"):
        for r in rows(name):
            assert re.fullmatch(r"l[pa]7\d\d", r["id"]), r["id"]
            if r["id"].startswith("lp"):
                assert int(r["date"][:4]) < 2013, r["id"]
            assert re.search(r"Source: ucdp-ged-(pakistan|afghanistan-sample) id \d+", r["note"])


def test_round6_rows_are_new_and_outside_the_hidden_years() -> None:
    """Round 6 (lp801 / la801 on): UCDP Pakistan headlines of 2015-2016 and the last UCDP
    Afghanistan sample headlines naming a family actor; never a headline dated 2017-2021,
    and no row of an earlier round (the same event headline)."""
    earlier = {
        match.group(0)
        for name in SPLITS
        if not name.endswith(("6", "7"))
        for r in rows(name)
        if (match := re.search(r"id \d+( headline \d+)?", r["note"]))
    }
    for name in ("train6", "dev6", "test6"):
        for r in rows(name):
            assert re.fullmatch(r"lp(8\d\d|9[01]\d|920)|la8\d\d", r["id"]), r["id"]
            assert not 2017 <= int(r["date"][:4]) <= 2021, r["id"]
            source = r"Source: ucdp-ged-(pakistan|afghanistan-sample) (id \d+( headline \d+)?)"
            ref = re.search(source, r["note"])
            assert ref, r["id"]
            assert ref.group(2) not in earlier, r["id"]


def test_round7_rows_are_new_and_outside_the_hidden_years() -> None:
    """Round 7 (lp1001 / la1001 on): UCDP Pakistan headlines of 2014-2015 and the last unused
    UCDP Afghanistan sample headlines; never a headline dated 2017-2021, and no row of an
    earlier round (the same event headline)."""
    earlier = {
        match.group(0)
        for name in SPLITS
        if not name.endswith("7")
        for r in rows(name)
        if (match := re.search(r"id \d+( headline \d+)?", r["note"]))
    }
    for name in ("train7", "dev7", "test7"):
        for r in rows(name):
            assert re.fullmatch(r"l[pa]1\d\d\d", r["id"]), r["id"]
            assert not 2017 <= int(r["date"][:4]) <= 2021, r["id"]
            source = r"Source: ucdp-ged-(pakistan|afghanistan-sample) (id \d+( headline \d+)?)"
            ref = re.search(source, r["note"])
            assert ref, r["id"]
            assert ref.group(2) not in earlier, r["id"]


def test_round8_rows_are_new_and_outside_the_hidden_years() -> None:
    """Round 8 (lp1201 on): UCDP Pakistan headlines, two thirds on events whose two UCDP sides
    are family actors; never a headline dated 2017-2021, and no row of an earlier round."""
    earlier = {
        match.group(0)
        for name in SPLITS
        if not name.endswith("8")
        for r in rows(name)
        if (match := re.search(r"id \d+( headline \d+)?", r["note"]))
    }
    for name in ("train8", "dev8", "test8"):
        for r in rows(name):
            assert re.fullmatch(r"lp1[23]\d\d", r["id"]), r["id"]
            assert not 2017 <= int(r["date"][:4]) <= 2021, r["id"]
            ref = re.search(r"Source: ucdp-ged-pakistan (id \d+ headline \d+)", r["note"])
            assert ref, r["id"]
            assert ref.group(1) not in earlier, r["id"]


def test_no_overlap_with_shared_dev_sets() -> None:
    dev = Path(__file__).resolve().parents[2].parent / "shared" / "dev"
    if not dev.is_dir():
        dev = Path(__file__).resolve().parents[3].parent / "shared" / "dev"
    if not dev.is_dir():
        pytest.skip("../shared/dev is not here")
    blob = "\n".join(
        " ".join(json.loads(line).get("text", "").lower().split())
        for path in sorted(dev.glob("*.jsonl"))
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    )
    for name in SPLITS:
        for r in rows(name):
            assert " ".join(r["text"].lower().split()).rstrip(". ") not in blob, r["id"]
