"""How rift actors are named: an outside reader holding other lists of the same groups (a research
table's group names) finds our pairs by ``name``/``aliases`` or by the id ``actors resolve``
gives for its names."""

from __future__ import annotations

from claimkit import claim

from riftwatch import api
from riftwatch.actors.api import resolve_mention
from riftwatch.analysis.claims import Claim

TIGERS, FULL = "open:tigers", "open:zorblan-liberation-tigers-of-kestrel"
MILITIA = "open:kestrel-defence-militia"


def _broken(a: str, b: str, **names: str) -> list[Claim]:
    """Years of cooperation between ``a`` and ``b``, then a split and clashes."""
    out = []
    for y in range(2008, 2014):
        out.append(claim(a, b, "COOPERATE", f"{y}-03", mode="joint_operations", **names))
        out.append(claim(b, a, "AID", f"{y}-09", mode="sanctuary", **_swap(names)))
    for y in (2015, 2016):
        out.append(claim(a, b, "ASSAULT", f"{y}-02", **names))
        out.append(claim(b, a, "REJECT", f"{y}-06", mode="split", **_swap(names)))
    return out


def _swap(names: dict[str, str]) -> dict[str, str]:
    swap = {"source_name": "target_name", "target_name": "source_name",
            "source_mention": "target_mention", "target_mention": "source_mention"}  # fmt: skip
    return {swap[k]: v for k, v in names.items()}


def _pair(found: list[dict], *ids: str) -> dict:
    hits = [r for r in found if {a.get("lineage_id", a["id"]) for a in r["actors"]} == set(ids)]
    assert len(hits) == 1, found
    return hits[0]


def test_a_renamed_group_is_printed_with_the_id_its_name_resolves_to() -> None:
    names = {"source_name": "Nusra Front", "source_mention": "the Nusra Front",
             "target_name": "Al Qaeda", "target_mention": "al-Qaida"}  # fmt: skip
    found = api.rifts(_broken("org:nusra-front", "org:al-qaeda", **names))
    nusra = next(a for a in _pair(found, "org:hts", "org:al-qaeda")["actors"]
                 if a["name"] == "Nusra Front")  # fmt: skip
    # the lineage counts under its successor; the id printed is the one the name resolves to
    assert nusra["lineage_id"] == "org:hts"
    assert nusra["id"] == resolve_mention("Nusra Front")["organization"]["id"]
    # aliases: the names the corpus wrote, then the knowledge base's names
    assert nusra["aliases"][0] == "Nusra Front"
    assert "Jabhat al-Nusra" in nusra["aliases"] and len(nusra["aliases"]) <= 8
    qaeda = next(a for a in _pair(found, "org:hts", "org:al-qaeda")["actors"] if a is not nusra)
    assert qaeda["name"] == "Al Qaeda" and "al-Qaida" in qaeda["aliases"]  # canonical name kept


def test_a_short_open_name_counts_under_the_corpus_s_full_name() -> None:
    long = {
        "source_name": "Zorblan Liberation Tigers of Kestrel",
        "source_mention": "the Zorblan Liberation Tigers of Kestrel",
        "target_name": "Kestrel Defence Militia",
        "target_mention": "Kestrel Defence Militia",
    }
    short = {
        "source_name": "Tigers",
        "source_mention": "the Tigers",
        "target_name": "Kestrel Defence Militia",
        "target_mention": "the militia",
    }
    claims = _broken(FULL, MILITIA, **long)[:12] + _broken(TIGERS, MILITIA, **short)[12:]
    found = api.rifts(claims)
    tigers = next(a for a in _pair(found, FULL, MILITIA)["actors"] if a["id"] == FULL)
    assert tigers["name"] == "Zorblan Liberation Tigers of Kestrel"  # the fullest form
    assert set(tigers["aliases"]) == {"Zorblan Liberation Tigers of Kestrel", "Tigers"}
    militia = next(a for a in _pair(found, FULL, MILITIA)["actors"] if a["id"] == MILITIA)
    assert militia["aliases"] == ["Kestrel Defence Militia"]  # "the militia" names nothing


def test_a_short_name_two_corpus_names_end_with_stays_apart() -> None:
    other = "open:umbrian-tigers"
    claims = (
        _broken(FULL, MILITIA, source_name="Zorblan Liberation Tigers of Kestrel")
        + _broken(other, MILITIA, source_name="Umbrian Tigers")
        + _broken(TIGERS, MILITIA, source_name="Tigers")
    )
    keys = {a.get("lineage_id", a["id"]) for r in api.rifts(claims) for a in r["actors"]}
    assert TIGERS in keys


def test_dyad_names_the_pair_as_rifts_does() -> None:
    names = {"source_name": "Nusra Front", "target_name": "Al Qaeda"}
    claims = _broken("org:nusra-front", "org:al-qaeda", **names)
    (rift,) = api.rifts(claims)
    timeline = api.dyad(claims, "Nusra Front", "Al Qaeda")
    assert {a["id"] for a in timeline["actors"]} == {a["id"] for a in rift["actors"]}
    assert all(a["aliases"] for a in timeline["actors"])


def test_resolve_gives_an_unknown_group_name_its_open_id() -> None:
    out = resolve_mention("The Zorblan Liberation Front")
    assert out["unresolved"] is True and out["actor"] is None
    assert out["organization"] == {"id": "open:zorblan-liberation-front",
                                   "name": "Zorblan Liberation Front", "type": "open"}  # fmt: skip
    person = resolve_mention("Lionel Messi", date="2010")
    assert person["organization"] is None and person["unresolved"] is True


def test_ach_actors_carry_aliases(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    docs = [
        ("n1", "2005-03", "Lashkar-e-Taiba trained fighters of the JeM at its camps."),
        ("n2", "2009-05", "LeT militants attacked a convoy of Jaish-e-Mohammed near the border."),
    ]
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps({"id": i, "date": d, "text": t}) + "\n" for i, d, t in docs))
    matrix = api.ach_matrix(path, pair=["Lashkar-e-Taiba", "Jaish-e-Mohammed"])
    assert [a["id"] for a in matrix["pair"]] == ["org:let", "org:jem"]  # ids unchanged
    assert all(a["name"] in a["aliases"] for a in matrix["pair"])
    # a wedge ranking keeps {id, name}: the workbench reads only the claims between the two
    # sides, and aliases drawn from fewer claims would make its ranking differ from this one
    ranking = api.wedge_ranking(path, target="Jaish-e-Mohammed", within="Lashkar-e-Taiba")
    assert all(set(row["actor"]) == {"id", "name"} for row in ranking["ranking"])
