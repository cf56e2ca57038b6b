"""A state's side of a rift is printed as the body its reports named (replay32).

A research table names a state's side "Government of X" (or "X", or "X's army"); a reader
resolves that name with ``actors resolve`` and looks for the id among the rifts. The side is
keyed by the country (the roll-up an analyst reads, kept in ``lineage_id``); its printed id
is now the member the pair's reports named most, as for any lineage (replay31): the
government body when the break was told of the government or its capital, the country when
it was told of the country or its troops. ``riftwatch dyad`` prints the pair as ``rifts``
does. Invented histories with an invented brigade (an open actor)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from riftwatch import api
from riftwatch.actors.api import resolve_mention
from riftwatch.analysis.naming import most_named

B = "Veskor Hills Brigade"


def _write(tmp_path: Path, rows: list[tuple[str, str]]) -> Path:
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps({"id": f"r{n}", "date": d, "text": t}) + "\n"
                            for n, (d, t) in enumerate(rows)), encoding="utf-8")  # fmt: skip
    return path


def _state_side(found: list[dict], country: str) -> dict:
    (rift,) = [r for r in found
               if {a.get("lineage_id", a["id"]) for a in r["actors"]}
               == {country, "open:veskor-hills-brigade"}]  # fmt: skip
    return next(a for a in rift["actors"] if a.get("lineage_id", a["id"]) == country)


GOVERNMENT_TOLD = [
    ("2013-02", f"In February 2013 the Yemeni government and the {B} agreed to fight "
     "al-Qaeda together in Abyan."),
    ("2014-04", f"In April 2014 the Yemeni government armed the {B} and paid its fighters."),
    ("2016-05", f"In May 2016 the Yemeni government accused the {B} of smuggling weapons, and "
     f"government aircraft bombed {B} positions."),
    ("2016-09", f"In September 2016 the Yemeni government cut all ties with the {B}."),
]  # fmt: skip

COUNTRY_TOLD = [
    ("2013-02", f"In February 2013 Yemeni troops and the {B} fought al-Qaeda together in "
     "Abyan."),
    ("2014-04", f"In April 2014 Yemeni soldiers and the {B} jointly attacked al-Qaeda camps."),
    ("2016-05", f"In May 2016 Yemeni troops attacked {B} positions near Zinjibar."),
    ("2016-09", f"In September 2016 Yemeni troops clashed with the {B} again."),
]  # fmt: skip


def test_a_break_told_of_the_government_prints_the_government(tmp_path: Path) -> None:
    found = api.rifts(_write(tmp_path, GOVERNMENT_TOLD), min_probability=0.0)
    side = _state_side(found, "country:yemen")
    # what a reader resolving the table's "Government of Yemen" gets
    assert side["id"] == resolve_mention("Government of Yemen")["organization"]["id"], side
    assert side["lineage_id"] == "country:yemen"  # the roll-up is kept
    assert "Yemen" in side["aliases"] and "Government of Yemen" in side["aliases"]


def test_a_break_told_of_the_country_keeps_the_country(tmp_path: Path) -> None:
    found = api.rifts(_write(tmp_path, COUNTRY_TOLD), min_probability=0.0)
    side = _state_side(found, "country:yemen")
    assert side["id"] == "country:yemen" == resolve_mention("Yemen")["organization"]["id"]
    assert "lineage_id" not in side
    assert "Government of Yemen" in side["aliases"]


def test_dyad_prints_the_pair_as_rifts_does(tmp_path: Path) -> None:
    path = _write(tmp_path, GOVERNMENT_TOLD)
    rift_side = _state_side(api.rifts(path, min_probability=0.0), "country:yemen")
    for name in ("Yemen", "Government of Yemen"):
        out = api.dyad(path, name, B)
        (side,) = [a for a in out["actors"] if a.get("lineage_id", a["id"]) == "country:yemen"]
        assert side["id"] == rift_side["id"] and side["name"] == rift_side["name"]


def test_a_tie_keeps_the_country() -> None:
    counts = Counter({"org:yemen-government": 2, "country:yemen": 2})
    assert most_named(counts, "country:yemen", "country:yemen") == "country:yemen"
