"""A province of a group counts, visibly, for its parent (stop 38, from an analyst's own Lake
Chad files): the Islamic State's West Africa Province (ISWAP) is part of the Islamic State
since Boko Haram's pledge of 2015 (curated knowledge base), so the province's fights with the
Shekau faction after the 2016 split show up as a break between the Islamic State and Boko
Haram, each report marked "via" the province. Every sentence is invented for this file."""

from __future__ import annotations

import json
from pathlib import Path

from riftwatch import api

DOCS = [
    ("2015-03-09", "Boko Haram swore allegiance to the Islamic State in a video message."),
    ("2015-04-20", "Boko Haram fighters trained with Islamic State instructors in Borno."),
    ("2015-10-02", "Boko Haram sent envoys to the Islamic State to ask for funds."),
    ("2016-09-12", "Villagers said ISWAP fighters clashed with Boko Haram near Damasak."),
    ("2017-03-30", "ISWAP fighters attacked a Boko Haram camp near the Sambisa forest."),
    ("2018-05-14", "Boko Haram ambushed ISWAP fighters on the shores of Lake Chad."),
    ("2019-07-08", "ISWAP killed several Boko Haram commanders near Gwoza, residents said."),
]


def _corpus(tmp_path: Path, docs: list[tuple[str, str]]) -> Path:
    path = tmp_path / "docs.jsonl"
    rows = [{"id": f"d{i}", "date": d, "source_type": "wire", "reliability": "B",
             "credibility": 2, "text": t} for i, (d, t) in enumerate(docs)]  # fmt: skip
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_a_province_fighting_the_pledger_is_a_break_with_its_parent(tmp_path: Path) -> None:
    found = api.rifts(_corpus(tmp_path, DOCS))
    pairs = {frozenset(a["id"] for a in r["actors"]): r for r in found}
    key = frozenset(("org:islamic-state", "org:jamaatu-ahlis-sunna-liddaawati-wal-jihad"))
    assert key in pairs, [r["actors"] for r in found]
    rift = pairs[key]
    assert rift["onset"][:4] in ("2016", "2017"), rift["onset"]
    via = json.dumps(rift["evidence"])
    assert "org:iswap" in via  # the province's reports are marked as such


def test_no_break_while_the_province_and_the_pledger_cooperate(tmp_path: Path) -> None:
    calm = [
        *DOCS[:3],
        ("2016-09-12", "ISWAP fighters trained with Boko Haram near Damasak."),
        ("2017-03-30", "Boko Haram and ISWAP fighters jointly attacked an army base."),
    ]
    found = api.rifts(_corpus(tmp_path, calm))
    ids = [{a["id"] for a in r["actors"]} for r in found]
    assert {"org:islamic-state", "org:jamaatu-ahlis-sunna-liddaawati-wal-jihad"} not in ids
