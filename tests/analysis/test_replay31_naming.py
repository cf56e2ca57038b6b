"""A rift's side is printed as the organisation the pair's own reports named (replay31).

A lineage (a group and its renamed successors) counts as one side, keyed by its latest id;
the side used to be printed as the member whose name the lineage bore at the onset. A reader
holding a research table names the group as the reports of that pair did ("Nusra Front"
quarrelling with a brigade in reports of 2018), and resolves that name with ``actors
resolve``: the printed id is now the member the pair's claims named most (the lineage key
stays in ``lineage_id``, the roll-up an analyst reads), the onset member on a tie; a state's
side too since replay32 (lead50 kept the country; tests/analysis/test_replay32_state_side.py)."""

from __future__ import annotations

from collections import Counter

from claimkit import claim

from riftwatch import api
from riftwatch.actors.api import resolve_mention
from riftwatch.analysis.claims import Claim
from riftwatch.analysis.naming import member_counts, most_named

BRIGADE = "open:qarvel-hills-brigade"
NAMES = {"source_name": "Nusra Front", "target_name": "Qarvel Hills Brigade"}


def _history(member: str, years: tuple[int, ...] = (2016, 2017), **names: str) -> list[Claim]:
    """The brigade and ``member`` cooperate, then clash in 2018-2019."""
    out = []
    for y in years:
        out.append(claim(member, BRIGADE, "COOPERATE", f"{y}-03", mode="joint_operations",
                         **names))  # fmt: skip
        out.append(claim(member, BRIGADE, "AID", f"{y}-09", mode="military", **names))
    for y in (2018, 2019):
        out.append(claim(member, BRIGADE, "ASSAULT", f"{y}-02", **names))
        out.append(claim(member, BRIGADE, "ASSAULT", f"{y}-07", **names))
    return out


def _side(found: list[dict], key: str) -> dict:
    def keys(r: dict) -> set[str]:
        return {a.get("lineage_id", a["id"]) for a in r["actors"]}

    (rift,) = [r for r in found if keys(r) == {key, BRIGADE}]
    return next(a for a in rift["actors"] if a.get("lineage_id", a["id"]) == key)


def test_the_side_is_the_member_its_reports_named_not_the_name_at_the_onset() -> None:
    # every report of this pair names the Nusra Front, though by 2018 the lineage is HTS
    found = api.rifts(_history("org:nusra-front", **NAMES), min_probability=0.0)
    side = _side(found, "org:hts")
    assert side["id"] == resolve_mention("Nusra Front")["organization"]["id"]
    assert side["name"] == "Nusra Front" and side["lineage_id"] == "org:hts"
    assert "Hay'at Tahrir al-Sham" in side["aliases"]  # the lineage's name is still there


def test_the_count_is_per_pair() -> None:
    # the same lineage, named HTS in other reports from just before this pair's onset (so
    # the lineage's name at the onset is HTS), keeps the name this pair's reports gave it
    other = [claim("org:hts", "open:merrow-valley-front", "ASSAULT", month,
                   source_name="Hay'at Tahrir al-Sham", target_name="Merrow Valley Front")
             for month in ("2017-11", "2017-12", "2018-01")]  # fmt: skip
    found = api.rifts(_history("org:nusra-front", **NAMES) + other, min_probability=0.0)
    assert _side(found, "org:hts")["id"] == "org:nusra-front"


def test_dyad_prints_the_same_member_as_rifts() -> None:
    claims = _history("org:nusra-front", **NAMES)
    rift = next(r for r in api.rifts(claims, min_probability=0.0)
                if BRIGADE in {a["id"] for a in r["actors"]})  # fmt: skip
    timeline = api.dyad(claims, "Nusra Front", "Qarvel Hills Brigade")
    assert {a["id"] for a in timeline["actors"]} == {a["id"] for a in rift["actors"]}
    assert "org:nusra-front" in {a["id"] for a in timeline["actors"]}


def test_a_tie_keeps_the_member_named_at_the_onset() -> None:
    counts = Counter({"org:nusra-front": 2, "org:jabhat-fateh-al-sham": 2})
    assert most_named(counts, "org:hts", "org:jabhat-fateh-al-sham") == ("org:jabhat-fateh-al-sham")
    assert most_named(counts, "org:hts", "org:hts") == "org:jabhat-fateh-al-sham"  # sorted
    assert most_named(Counter({"org:nusra-front": 3, "org:hts": 1}), "org:hts", "org:hts") == (
        "org:nusra-front"
    )
    assert most_named(None, "org:hts", "org:hts") == "org:hts"


def test_a_state_is_printed_as_the_body_the_reports_named() -> None:
    # replay32: a state's side is no exception (lead50 kept the country here)
    counts = Counter({"org:syrian-government": 5, "country:syria": 1})
    assert most_named(counts, "country:syria", "country:syria") == "org:syrian-government"


def test_the_side_is_named_by_the_reports_of_the_break_not_of_its_whole_history() -> None:
    # years of reports name the group's first incarnation; the quarrel is told of its
    # renamed successor: the side of the break is the successor, the id a table's row for
    # the split resolves to
    early = [claim("org:jtj", BRIGADE, "COOPERATE", f"{y}-0{m}", mode="joint_operations",
                   source_name="Tawhid wal-Jihad", target_name="Qarvel Hills Brigade")
             for y in (2003, 2004, 2005) for m in (2, 5, 8)]  # fmt: skip
    late = [claim("org:islamic-state-of-iraq", BRIGADE, "ASSAULT", f"{y}-0{m}",
                  source_name="Islamic State of Iraq", target_name="Qarvel Hills Brigade")
            for y in (2007, 2008) for m in (3, 6)]  # fmt: skip
    found = api.rifts(early + late, min_probability=0.0)
    side = _side(found, "org:islamic-state")
    assert side["id"] == "org:islamic-state-of-iraq", side
    assert member_counts([(1, "org:jtj"), (2, "org:jtj")], None) == Counter({"org:jtj": 2})


def test_a_research_table_s_name_for_the_group_is_always_among_the_aliases() -> None:
    # the knowledge base holds MMP's name of the Zenki movement among ten others; the printed
    # aliases (at most eight) keep it, and drop the collective forms ("Zenki family") first
    zenki = "org:harakat-nour-al-din-al-zenki"
    claims = _history(zenki, source_name="Zenki", target_name="Qarvel Hills Brigade")
    side = _side(api.rifts(claims, min_probability=0.0), zenki)
    assert "Harakat Nour al-Din al-Zenki" in side["aliases"], side
    assert len(side["aliases"]) <= 8
    assert "Zenki family" not in side["aliases"]


def test_a_renamed_group_keeps_the_table_s_name_of_its_lineage() -> None:
    found = api.rifts(_history("org:nusra-front", **NAMES), min_probability=0.0)
    side = _side(found, "org:hts")
    assert "Hay'at Tahrir al-Sham (Formerly Jabhat al-Nusra)" in side["aliases"], side


def test_a_state_side_carries_the_tables_government_of_form() -> None:
    # reports name the Syrian government; a table names the side "Government of Syria"
    claims = _history(
        "org:syrian-government", source_name="Syrian government",
        target_name="Qarvel Hills Brigade",
    )  # fmt: skip
    side = _side(api.rifts(claims, min_probability=0.0), "country:syria")
    # the reports named the government: printed as it, the country its lineage (replay32)
    assert (side["id"], side["lineage_id"]) == ("org:syrian-government", "country:syria")
    assert "Government of Syria" in side["aliases"], side
    assert side["aliases"].count("Syrian government") == 1
