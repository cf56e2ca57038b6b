"""A state named by its government is the state's side (issue 10, helper replay27).

A state's organs count for its country (hierarchy-2/3), so the relationship between a group
and the country holds every claim on the state: "the Malian government armed X" (rolled up)
and "Malian soldiers attacked X" (the country itself). The government's own pair holds only
the claims that named the government. A replayed row names the side "Government of Mali":
``riftwatch dyad`` took it for the government alone and missed the break that the country's
pair showed, and the ``rifts`` output printed that pair as "Mali" with no name a reader of
the row would look for. Now a country's printed aliases carry its government's names
(``naming._government_names``), so a reader matching the row's name "Government of Mali"
finds the country's pair (``dyad`` keeps opening each pair by the id and name it printed).
A negated attack still gives no break.

Invented group and history.
"""

from __future__ import annotations

from pathlib import Path

from claimkit import write_rows as _write

from riftwatch import api

G = "Tanuf Legion"


def _history(hostile: str) -> list[tuple[str, str, str]]:
    return [
        ("a", "2016-03", f"In March 2016 the Malian government armed the {G}, whose fighters "
         "guarded army convoys."),
        ("b", "2017-03", f"In 2017 the {G} fought alongside the Malian government against the "
         "rebels."),
        ("c", "2019-03", hostile),
    ]  # fmt: skip


def test_the_break_told_through_the_army_is_found_under_the_governments_name(
    tmp_path: Path,
) -> None:
    path = _write(tmp_path, _history(f"In March 2019 Malian soldiers attacked the {G} and "
                                     "killed dozens of its fighters."))  # fmt: skip
    found = [r for r in api.rifts(path, min_probability=0.5)
             if {a.get("lineage_id", a["id"]) for a in r["actors"]}
             == {"country:mali", "open:tanuf-legion"}]  # fmt: skip
    assert found and found[0]["onset"] == "2019-03"
    state = next(a for a in found[0]["actors"] if a.get("lineage_id", a["id"]) == "country:mali")
    assert "Government of Mali" in state["aliases"]


def test_a_negated_attack_gives_no_break(tmp_path: Path) -> None:
    path = _write(tmp_path, _history(f"In March 2019 Malian soldiers did not attack the {G}, "
                                     "officials said."))  # fmt: skip
    found = api.rifts(path, min_probability=0.5)
    ids = [{a.get("lineage_id", a["id"]) for a in r["actors"]} for r in found]
    assert not [pair for pair in ids if "country:mali" in pair]
