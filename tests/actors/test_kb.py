"""The knowledge-base data files: schema, references, alias rules, coverage, build, loader."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from riftwatch.actors.errors import ActorError
from riftwatch.actors.kb import (
    ALIAS_KINDS,
    DATA_DIR,
    PROVENANCE,
    RELATION_TYPES,
    TYPES,
    data_files,
    default_kb,
    load_kb,
    read_file,
    validate_documents,
)
from riftwatch.actors.normalize import to_day

REPO = Path(__file__).resolve().parents[2]
DATASETS = REPO.parent / "shared" / "datasets"


@pytest.fixture(scope="module")
def kb():  # type: ignore[no-untyped-def]
    return default_kb()


@pytest.mark.parametrize("path", data_files(), ids=lambda p: p.name)
def test_every_data_file_is_valid_on_its_own_schema(path: Path) -> None:
    doc = read_file(path)
    problems = [
        p
        for p in validate_documents([(path.name, doc)])
        if "not defined" not in p and "unknown id" not in p and "bodies." not in p
    ]
    assert problems == []


def test_all_files_together_are_valid() -> None:
    docs = [(p.name, read_file(p)) for p in data_files()]
    assert validate_documents(docs) == []


def test_both_curated_and_generated_files_exist() -> None:
    names = {p.parent.name for p in data_files()}
    assert names == {"curated", "generated"}
    assert (DATA_DIR / "README.md").exists()


def test_no_dangling_relation_ids(kb) -> None:  # type: ignore[no-untyped-def]
    for ent in kb:
        for rel in ent.relations:
            assert rel.target in kb.entities, (ent.id, rel.type, rel.target)
            assert rel.type in RELATION_TYPES
        for body in ent.bodies.values():
            assert body in kb.entities


def test_no_alias_maps_to_two_entities_without_a_rule(kb) -> None:  # type: ignore[no-untyped-def]
    owners: dict[tuple[bool, str], dict[str, bool]] = {}
    for alias in kb.aliases():
        key = (alias.case_sensitive, alias.compact if alias.case_sensitive else alias.norm)
        ruled = bool(alias.when or alias.ambiguous)
        entities = owners.setdefault(key, {})
        entities[alias.entity_id] = entities.get(alias.entity_id, True) and ruled
    clashes = {k: v for k, v in owners.items() if sum(1 for r in v.values() if not r) > 1}
    assert clashes == {}


def test_every_alias_has_a_kind_and_provenance(kb) -> None:  # type: ignore[no-untyped-def]
    for alias in kb.aliases():
        assert alias.kind in ALIAS_KINDS
        assert alias.source in PROVENANCE, alias
    sources = kb.stats()["aliases_by_source"]
    for expected in ("curated", "un-1267-2018", "ofac-sdn-2024", "ucdp", "mmp-facts"):
        assert sources.get(expected, 0) > 0, expected


def test_types_and_id_prefixes(kb) -> None:  # type: ignore[no-untyped-def]
    for ent in kb:
        assert ent.type in TYPES
        prefix = ent.id.split(":", 1)[0]
        if ent.type == "person":
            assert prefix == "person"
        elif ent.type in ("country", "place", "collective"):
            assert prefix == ent.type
        else:
            assert prefix == "org"


CANONICAL = {
    "org:al-qaeda": "Al Qaeda",
    "org:afghan-taliban": "Afghan Taliban",
    "org:quetta-shura": "Quetta Shura",
    "org:haqqani-network": "Haqqani Network",
    "org:ttp": "Tehrik-i-Taliban Pakistan",
    "org:islamic-state": "Islamic State",
    "org:iskp": "Islamic State Khorasan Province",
    "org:let": "Lashkar-e-Taiba",
    "org:pak-army": "Pakistan Army",
    "org:pak-isi": "Inter-Services Intelligence",
    "org:afghan-army": "Afghan National Army",
    "org:afghan-nds": "Afghan National Directorate of Security",
    "org:us-cia": "U.S. Central Intelligence Agency",
    "org:us-military": "U.S. military",
    "org:us-government": "U.S. government",
    "country:saudi-arabia": "Saudi Arabia",
    "person:ayman-al-zawahiri": "Ayman al-Zawahiri",
}


def test_canonical_names(kb) -> None:  # type: ignore[no-untyped-def]
    for ident, name in CANONICAL.items():
        assert kb.get(ident).name == name


def test_state_body_names_show_their_owner(kb) -> None:  # type: ignore[no-untyped-def]
    state_types = {"government", "military", "intelligence", "police"}
    known_names = {
        "Inter-Services Intelligence",
        "International Security Assistance Force",
        "Resolute Support Mission",
        "Islamic Revolutionary Guard Corps",
        "IRGC Quds Force",
    }
    owners = {"USA": "U.S.", "AFG": "Afghan", "PAK": "Pakistan"}
    for ent in kb:
        if ent.type in state_types and ent.country in owners and ent.name not in known_names:
            assert owners[ent.country].lower() in ent.name.lower(), ent.name


REQUIRED = [
    # Af/Pak and the global jihadist field
    "org:afghan-taliban",
    "org:quetta-shura",
    "org:taliban-military-commission",
    "org:taliban-political-commission",
    "org:haqqani-network",
    "org:ttp",
    "org:jamaat-ul-ahrar",
    "org:lashkar-e-islam",
    "org:al-qaeda",
    "org:aqap",
    "org:aqim",
    "org:aqis",
    "org:al-shabaab",
    "org:aqi",
    "org:islamic-state-of-iraq",
    "org:islamic-state",
    "org:iskp",
    "org:nusra-front",
    "org:jabhat-fateh-al-sham",
    "org:hts",
    "org:let",
    "org:jud",
    "org:jem",
    "org:lej",
    "org:imu",
    "org:hig",
    "org:pak-army",
    "org:pak-isi",
    "org:pak-police",
    "org:afghan-army",
    "org:afghan-police",
    "org:afghan-nds",
    "org:us-cia",
    "org:us-military",
    "org:us-government",
    "org:un",
    "org:nato",
    "org:isaf",
    "country:saudi-arabia",
    "org:wazir-tribe",
    "org:mehsud-tribe",
    # main leaders
    "person:mullah-omar",
    "person:akhtar-mansour",
    "person:haibatullah-akhundzada",
    "person:jalaluddin-haqqani",
    "person:sirajuddin-haqqani",
    "person:baitullah-mehsud",
    "person:hakimullah-mehsud",
    "person:fazlullah",
    "person:noor-wali-mehsud",
    "person:osama-bin-laden",
    "person:ayman-al-zawahiri",
    "person:abu-musab-al-zarqawi",
    "person:abu-bakr-al-baghdadi",
    "person:hafiz-saeed",
    "person:hafiz-saeed-khan",
    "person:masood-azhar",
    "person:gulbuddin-hekmatyar",
    "person:tahir-yuldashev",
]


def test_required_coverage(kb) -> None:  # type: ignore[no-untyped-def]
    missing = [i for i in REQUIRED if i not in kb.entities]
    assert missing == []
    assert len(kb) > 1000


def test_hierarchy_and_lineage(kb) -> None:  # type: ignore[no-untyped-def]
    assert [e.id for e in kb.ancestors("org:quetta-shura")] == ["org:afghan-taliban"]
    assert [e.id for e in kb.ancestors("org:iskp")] == ["org:islamic-state"]
    assert [e.id for e in kb.ancestors("org:aqis")] == ["org:al-qaeda"]
    haqqani = [r for r in kb.get("org:haqqani-network").relations if r.type == "part_of"]
    assert haqqani[0].target == "org:afghan-taliban" and haqqani[0].autonomy == "semi"
    lineage = ["org:jtj", "org:aqi", "org:islamic-state-of-iraq", "org:islamic-state"]
    assert kb.current_form("org:jtj", to_day("2020")).id == lineage[-1]
    assert kb.current_form("org:aqi", to_day("2008")).id == "org:islamic-state-of-iraq"
    assert kb.current_form("org:nusra-front", to_day("2017-06")).id == "org:hts"


def test_person_tenures(kb) -> None:  # type: ignore[no-untyped-def]
    assert kb.organization_at("person:baitullah-mehsud", "2008").id == "org:ttp"
    assert kb.organization_at("person:hafiz-saeed-khan", "2012").id == "org:ttp"
    assert kb.organization_at("person:hafiz-saeed-khan", "2016").id == "org:iskp"
    assert kb.organization_at("person:abu-bakr-al-baghdadi", "2011").id == (
        "org:islamic-state-of-iraq"
    )
    assert kb.organization_at("person:barack-obama", "2012").id == "org:us-government"
    assert kb.organization_at("place:islamabad").id == "org:pak-government"


def test_an_undated_membership_holds_only_while_its_body_existed(tmp_path: Path) -> None:
    """A person's undated membership (as a sanctions list gives it) of a group that was
    dissolved yields, on a later day, to a dated post of his that is nearer in time; while
    the group existed, the membership holds (stop 48: a 2013 report read a man as a member
    of a group dissolved in 2005)."""
    path = tmp_path / "kb.yaml"
    path.write_text(
        "kb_version: 1\nentities:\n"
        "  - {id: 'org:old', name: Old Front, type: armed_group, start: '1985', end: '2004'}\n"
        "  - {id: 'org:mid', name: Middle Party, type: armed_group, start: '2007'}\n"
        "  - {id: 'org:new', name: New Movement, type: armed_group}\n"
        "  - id: 'person:p'\n    name: Piet Q\n    type: person\n    relations:\n"
        "      - {type: member_of, target: 'org:old'}\n"
        "      - {type: leader_of, target: 'org:mid', start: '2007', end: '2010'}\n",
        encoding="utf-8",
    )
    small = load_kb([path], use_cache=False)
    assert small.organization_at("person:p", "1999").id == "org:old"
    assert small.organization_at("person:p", "2008").id == "org:mid"
    assert small.organization_at("person:p", "2013").id == "org:mid"  # 2010 is nearer than 2004
    # with no dated post at all, the one membership is still his, whatever the day
    path.write_text(
        "kb_version: 1\nentities:\n"
        "  - {id: 'org:old', name: Old Front, type: armed_group, start: '1985', end: '2004'}\n"
        "  - id: 'person:p'\n    name: Piet Q\n    type: person\n    relations:\n"
        "      - {type: member_of, target: 'org:old'}\n",
        encoding="utf-8",
    )
    assert load_kb([path], use_cache=False).organization_at("person:p", "2013").id == "org:old"


def test_a_sanctioned_leader_at_the_date_of_a_report(kb) -> None:  # type: ignore[no-untyped-def]
    """The bundled knowledge base: a Somali leader listed as a member of a group of the 1990s
    stands for it in 1998, and for his later posts after it was gone."""
    aweys = "person:hassan-dahir-aweys"
    assert kb.organization_at(aweys, "1998").id == "org:al-itihaad-al-islamiya"
    assert kb.organization_at(aweys, "2006-06").id == "org:islamic-courts-union"
    assert kb.organization_at(aweys, "2013-06").id != "org:al-itihaad-al-islamiya"


def test_validation_reports_problems() -> None:
    bad = {
        "kb_version": 1,
        "entities": [
            {
                "id": "org:a",
                "name": "A",
                "type": "armed_group",
                "relations": [{"type": "part_of", "target": "org:missing"}],
            },
            {"id": "org:b", "name": "B", "type": "militia"},
            {"id": "person:c", "name": "C", "type": "person", "start": "June 2010"},
            {"id": "org:d", "name": "Dup", "type": "armed_group", "aliases": ["Shared"]},
            {"id": "org:e", "name": "E", "type": "armed_group", "aliases": ["Shared"]},
            {
                "id": "org:f",
                "name": "F",
                "type": "armed_group",
                "aliases": [{"name": "Shared", "kind": "weak", "when": {"context_any": ["x"]}}],
            },
        ],
    }
    problems = validate_documents([("bad.yaml", bad)])
    text = "\n".join(problems)
    assert "militia" in text and "June 2010" in text
    bad["entities"] = [e for e in bad["entities"] if e["id"] not in ("org:b", "person:c")]
    problems = validate_documents([("bad.yaml", bad)])
    text = "\n".join(problems)
    assert "unknown id org:missing" in text
    assert "'shared'" in text and "org:f" not in text.split("'shared'")[1].split("\n")[0]


def test_load_errors_are_numbered(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("kb_version: 1\nentities:\n  - {id: bad id, name: X, type: armed_group}\n")
    with pytest.raises(ActorError) as info:
        load_kb([path], use_cache=False)
    assert info.value.code == "RW400"


def test_disk_cache_and_exclusion(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RIFTWATCH_CACHE_DIR", str(tmp_path))
    first = load_kb()
    assert list(tmp_path.glob("actor-kb-*.pickle"))
    second = load_kb()
    assert second.version == first.version and len(second) == len(first)
    without_ucdp = load_kb(exclude_sources=["ucdp"])
    assert without_ucdp.version != first.version
    assert all(a.source != "ucdp" for a in without_ucdp.aliases())
    assert "org:ttp-mr-ucdp" not in without_ucdp.entities


@pytest.mark.skipif(not DATASETS.exists(), reason="../shared/datasets is not available")
def test_generated_files_are_reproducible() -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(REPO / "scripts" / "build_actor_kb.py"),
            "--check",
            "--datasets",
            str(DATASETS),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_mmp_facts_copy_no_description_text() -> None:
    import csv

    text = (DATA_DIR / "generated" / "mmp_facts.yaml").read_text("utf-8")
    path = DATASETS / "mmp-militant-relationships" / "relationships.csv"
    if not path.exists():
        pytest.skip("MMP data not available")
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            snippet = row["description"][:40]
            if len(snippet) >= 30:
                assert snippet not in text
