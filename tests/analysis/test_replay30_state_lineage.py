"""A state told by its army in one row and by its government in another is one side (issue
10, helper replay30; hierarchy-4).

A replayed history names a state in several ways across its rows: "the Chadian army" (the
country itself), "the Government of Chad" (the country's government body), "Pakistani
intelligence" (another national body). Until hierarchy-3 the bodies only rolled up to the
country, so the government's own pair held the government's claims alone: a row naming the
side "Government of Chad" found the hostile row and not the cooperative ones the army told,
and saw no break. Now a country and its national bodies (its ``bodies`` in the knowledge
base) are one lineage keyed by the country: every claim on the state lands on one pair, and
``dyad`` still prints, per claim, the body the text named. A denied attack still gives no
break.

Invented group and histories.
"""

from __future__ import annotations

from pathlib import Path

from claimkit import write_rows as _write

from riftwatch import api
from riftwatch.actors.api import resolve_mention
from riftwatch.analysis.hierarchy import KBHierarchy

G = "Qaran Brigade"


def _history(hostile: str) -> list[tuple[str, str, str]]:
    return [
        ("a", "2011-03", f"In March 2011 the Chadian army and the {G} fought together against "
         "rebels near Abeche."),
        ("b", "2012-05", f"In 2012 Chadian troops and the {G} jointly attacked rebel camps near "
         "the border."),
        ("c", "2014-06", hostile),
    ]  # fmt: skip


def _state_pairs(found: list[dict]) -> list[dict]:
    return [r for r in found
            if {a.get("lineage_id", a["id"]) for a in r["actors"]}
            == {"country:chad", "open:qaran-brigade"}]  # fmt: skip


def test_a_country_and_its_national_bodies_are_one_lineage_keyed_by_the_country() -> None:
    h = KBHierarchy()
    state = h.lineage("country:pakistan")
    assert state[-1] == "country:pakistan"
    for body in ("org:pak-government", "org:pak-army", "org:pak-isi", "org:pak-police"):
        assert h.lineage(body) == state
        assert h.parents(body, "2010-05") == []
    assert h.lineage("org:chad-government")[-1] == "country:chad"
    # a group is no state body: the lineages of groups are untouched
    assert "country:pakistan" not in h.lineage("org:ttp")


def test_the_break_told_by_army_then_government_is_one_pair(tmp_path: Path) -> None:
    hostile = (f"In June 2014 the Government of Chad expelled the {G} and its troops "
               "attacked the group's camps near Adre.")  # fmt: skip
    path = _write(tmp_path, _history(hostile))
    found = _state_pairs(api.rifts(path, min_probability=0.5))
    assert found and found[0]["onset"] == "2014-06", found
    # the row's name for the side opens the same pair, and each claim keeps its body
    out = api.dyad(path, "Government of Chad", G)
    named = {e[side]["id"] for m in out["months"] for e in m["evidence"]
             for side in ("source", "target")}  # fmt: skip
    assert {"country:chad", "org:chad-government"} <= named, named
    assert out["rift"] is not None and out["rift"]["onset"] == "2014-06"


def test_a_denied_attack_by_the_government_gives_no_break(tmp_path: Path) -> None:
    path = _write(tmp_path, _history(f"In June 2014 the Government of Chad denied that its "
                                     f"troops had attacked the {G} near Adre."))  # fmt: skip
    assert not _state_pairs(api.rifts(path, min_probability=0.5))


def test_a_states_pair_printed_under_a_body_keeps_the_countrys_name(tmp_path: Path) -> None:
    # the government body's many KB aliases must not crowd the country's name out of the
    # printed aliases (at most eight): a reader naming the side "Syria" finds the pair
    rows = [
        ("a", "2012-07", f"In July 2012 the Syrian army handed the town to the {G}, and the two "
         "forces kept a truce in Hasakah."),
        ("b", "2013-07", f"In 2013 the {G} fought alongside the Syrian Arab Army against the "
         "Islamic State near Hasakah."),
        ("c", "2016-08", f"In August 2016 Syrian government aircraft bombed {G} positions in "
         "Hasakah and the two sides fought for a week."),
    ]  # fmt: skip

    def syria(a: dict) -> bool:
        return a.get("lineage_id", a["id"]) == "country:syria"

    found = [r for r in api.rifts(_write(tmp_path, rows), min_probability=0.3)
             if any(syria(a) for a in r["actors"])]  # fmt: skip
    assert found, found
    state = next(a for a in found[0]["actors"] if syria(a))
    assert "Syria" in state["aliases"], state


def test_a_state_told_only_through_its_government_is_named_as_its_country(
    tmp_path: Path,
) -> None:
    # every report names the French government, none the country: the side is printed as
    # the government (the id `actors resolve "Government of France"` gives), the country its
    # lineage and among its aliases (replay32; lead50 printed "France")
    rows = [
        ("a", "2013-01", f"The French government and the {G} cooperated against rebels in "
         "the north."),
        ("b", "2014-02", f"The French government provided intelligence to the {G}."),
        ("c", "2015-05", f"The French government accused the {G} of sheltering jihadists."),
        ("d", "2015-05", f"The French government imposed sanctions on the {G} leaders and cut "
         f"ties with the {G}."),
    ]  # fmt: skip
    found = api.rifts(_write(tmp_path, rows), min_probability=0.5)
    (state,) = [a for r in found for a in r["actors"] if "France" in a["aliases"]]
    assert state["id"] == resolve_mention("Government of France")["organization"]["id"]
    assert state["lineage_id"] == "country:france"
    assert "Government of France" in state["aliases"] and "France" in state["aliases"]
