"""``api.rifts`` and ``api.dyad`` on a list of claims (as the store hands them in) and on files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from claimkit import alliance, claim

from riftwatch import api
from riftwatch.analysis.hierarchy import FlatHierarchy
from riftwatch.errors import AnalysisError

X, Y = "open:group-x", "open:group-y"


def _claims():  # type: ignore[no-untyped-def]
    out = alliance(X, Y, range(2008, 2015))
    for y in (2016, 2017):
        out.append(claim(X, Y, "ASSAULT", f"{y}-02", source_name="Group X"))
        out.append(claim(Y, X, "REJECT", f"{y}-06", mode="split", target_name="Group X"))
    return out


def test_rifts_on_a_list_of_claims() -> None:
    found = api.rifts(_claims())
    assert len(found) == 1 and found[0]["onset"].startswith("2016")
    assert api.rifts(_claims(), min_probability=1.0) == []
    assert api.rifts(_claims(), direction="improving") == []


def test_dyad_resolves_names_ids_and_kb_aliases() -> None:
    by_name = api.dyad(_claims(), "Group X", "group-y")
    assert by_name["actors"][0]["id"] == X and by_name["rift"]["probability"] > 0.5
    assert [r["month"] for r in by_name["series"]][0] == "2008-03"
    kb = [claim("org:haqqani-network", "org:al-qaeda", "AID", "2010-01", mode="training")]
    out = api.dyad(kb, "Haqqanis", "AQ")
    assert {a["id"] for a in out["actors"]} == {"org:haqqani-network", "org:al-qaeda"}
    assert out["months"][0]["evidence"][0]["channel"] == "training"


def test_injected_hierarchy_is_used() -> None:
    claims = [
        claim("org:nusra-front", "org:al-qaeda", "SUPPORT", "2013-04", mode="pledge"),
        claim("org:hts", "org:al-qaeda", "COERCE", "2017-11", mode="arrest"),
    ]
    merged = api.dyad(claims, "org:hts", "org:al-qaeda")
    assert len(merged["months"]) == 2
    flat = api.dyad(claims, "org:hts", "org:al-qaeda", hierarchy=FlatHierarchy())
    assert len(flat["months"]) == 1


def test_numbered_errors() -> None:
    with pytest.raises(AnalysisError) as e:
        api.rifts(42)
    assert e.value.code == "RW503"
    with pytest.raises(AnalysisError) as e:
        api.rifts(["not a claim"])
    assert e.value.code == "RW503"
    with pytest.raises(AnalysisError) as e:
        api.rifts(_claims(), direction="up")
    assert e.value.code == "RW502"
    with pytest.raises(AnalysisError) as e:
        api.rifts(_claims(), min_probability=2)
    assert e.value.code == "RW502"
    with pytest.raises(AnalysisError) as e:
        api.dyad(_claims(), "Group X", "no such group at all")
    assert e.value.code == "RW500"
    with pytest.raises(AnalysisError) as e:
        api.dyad(_claims(), "Group X", X)
    assert e.value.code == "RW501"


def test_rifts_on_a_file(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(
        json.dumps(
            {
                "id": "k1",
                "date": "2010-01-01",
                "reliability": "B",
                "credibility": 2,
                "text": "Al Qaeda operatives trained Haqqani fighters in Miram Shah.",
            }
        )
        + "\n"
    )
    assert api.rifts(path) == []
    out = api.dyad(str(path), "Al Qaeda", "Haqqani Network")
    assert out["months"][0]["evidence"][0]["doc_id"] == "k1"
