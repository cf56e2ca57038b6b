"""Duplicate actors: the merge rule, its false-merge guards, and merged ids that still resolve.

The rule tests use invented names (so they test the mechanism, not the bundled data);
the KB tests check the built files: no duplicate left, every merged id redirecting.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import yaml

from clirun import riftwatch
from riftwatch.actors.dedupe import (
    Candidate,
    Context,
    Review,
    Rules,
    candidate_pairs,
    candidates_of,
    decide,
    find_duplicates,
    parse,
    survivor,
)
from riftwatch.actors.kb import default_kb, load_kb, validate_documents

REPO = Path(__file__).resolve().parents[2]


@cache
def _ctx() -> Context:
    """Country names and demonyms of the bundled KB (the rule's qualifier words)."""
    _, ctx = candidates_of(default_kb())
    return Context(countries=ctx.countries)


def _decide(a: Candidate, b: Candidate, rules: Rules | None = None) -> bool:
    return decide(a, b, rules or Rules.load(), _ctx()).same


def g(ident: str, name: str, source: str, country: str | None = None, **kw: object) -> Candidate:
    return Candidate(f"org:{ident}", name, "armed_group", country, source=source, **kw)  # type: ignore[arg-type]


# -- the rule merges spelling variants --------------------------------------------------
@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Liwa Qabdat al-Haqq", "Liwa Qabdhat al-Haq"),  # transliteration
        ("Al-Nasr Salahuddin Brigades", "Nasr Salahuddin Brigade"),  # al- prefix, plural
        ("Jama'at Ansar al-Furqan Qaradagh", "Jamaat Ansar Furqan Qaradagh"),  # Jama'at/Jamaat
        ("Kurdish Freedom Falcons (KFF)", "Kurdish Freedom Falcons"),  # parenthetical acronym
        ("Qaradagh Sabotage Battalion", "Qaradagh Sabotage Brigade"),  # designator class
        ("Those Who Guard the Mountain Passes", "The Those Who Guard the Mountain Passes Brigade"),
    ],
)
def test_spelling_variants_of_one_group_merge(left: str, right: str) -> None:
    a = g("a", left, "un-1267-2018")
    b = g("b", right, "mmp-facts")
    assert _decide(a, b)


def test_a_qualifier_country_corroborates_a_short_name() -> None:
    a = g("a", "Ansar al-Hisba in Tunisia", "un-1267-2018", "TUN")
    b = g("b", "Ansar al-Hisba (Tunisia)", "mmp-facts")
    assert _decide(a, b)
    elsewhere = g("c", "Ansar al-Hisba (Libya)", "mmp-facts")
    assert not _decide(a, elsewhere)


def test_names_qualified_by_two_countries_do_not_meet() -> None:
    a = g("a", "Saraya Qaradagh", "un-1267-2018", names=["Qaradagh Sabotage Brigades in Egypt"])
    b = g("b", "Qaradagh Sabotage Brigades in Iraq", "mmp-facts")
    a.neighbours = b.neighbours = {"org:small-ally"}
    decision = decide(a, b, Rules.load(), _ctx())
    assert decision.level == "none" and not decision.same
    b.name = "Qaradagh Sabotage Brigades in Egypt"
    assert _decide(a, b)


def test_front_and_movement_need_more_than_the_country() -> None:
    a = g("a", "Patani Qaradagh Liberation Front", "un-1267-2018", "THA")
    b = g("b", "Patani Qaradagh Liberation Movement", "mmp-facts", "THA")
    assert not _decide(a, b)
    a.neighbours = {"org:small-ally"}
    b.neighbours = {"org:small-ally"}
    assert _decide(a, b)


def test_a_generic_name_needs_corroboration() -> None:
    # only generic militant words: a shared skeleton alone is no evidence
    a = g("a", "Jund al-Khilafah", "un-1267-2018")
    b = g("b", "Jund al-Khilafa", "mmp-facts")
    assert not _decide(a, b)
    a.abbreviations, b.names = ["JAK"], ["Jund al-Khilafah Kazakhstan"]
    a.neighbours = b.neighbours = {"org:small-ally"}
    assert _decide(a, b)


def test_hub_partners_are_no_evidence() -> None:
    rules = Rules.load()
    ctx = Context(countries=_ctx().countries, degree={"org:hub": 40, "org:small": 2})
    a = g("a", "Jund al-Khilafah", "un-1267-2018", neighbours={"org:hub"})
    b = g("b", "Jund al-Khilafa", "mmp-facts", neighbours={"org:hub"})
    assert not decide(a, b, rules, ctx).same
    a.neighbours = b.neighbours = {"org:small"}
    assert decide(a, b, rules, ctx).same


# -- false-merge guards -----------------------------------------------------------------
def test_distinct_jaish_groups_stay_apart() -> None:
    jem = g("jem", "Jaish-e-Mohammed", "un-1267-2018", "PAK")
    iraqi = g("jm", "Jaish Muhammad", "mmp-facts")
    assert not _decide(jem, iraqi)  # one skeleton, only generic words, no corroboration
    assert not _decide(jem, g("jm2", "Jaish Muhammad", "mmp-facts", "IRQ"))
    assert not _decide(g("adl", "Jaish al-Adl", "mmp-facts"), g("isl", "Jaish al-Islam", "ucdp"))
    assert not _decide(
        g("mahdi", "Jaish al-Mahdi", "mmp-facts"), g("mj", "Jaysh al-Mujahidin", "ucdp")
    )


@pytest.mark.parametrize(
    ("left", "lc", "right", "rc"),
    [
        ("Islamic State Sinai Province", None, "Islamic State Khorasan Province", None),
        ("Islamic State Khorasan Province", "AFG", "Islamic State Pakistan Province", "PAK"),
        ("Islamic State in Libya", None, "Islamic State", "IRQ"),
        ("Islamic State West Africa Province", None, "Islamic State Central Africa Province", None),
        ("Islamic State", None, "Movement for an Islamic State", None),
    ],
)
def test_islamic_state_provinces_stay_apart(
    left: str, lc: str | None, right: str, rc: str | None
) -> None:
    assert not _decide(g("a", left, "mmp-facts", lc), g("b", right, "un-1267-2018", rc))


@pytest.mark.parametrize(
    ("left", "lc", "right", "rc"),
    [
        ("Tehrik-i-Taliban Pakistan", "PAK", "Taliban", "AFG"),
        ("Pakistani Taliban", None, "Afghan Taliban", None),
        ("Taliban Movement of Pakistan", None, "Taliban Movement", "AFG"),
        ("Tehreek-e-Taliban Pakistan", None, "Taliban", None),
    ],
)
def test_pakistani_and_afghan_taliban_stay_apart(
    left: str, lc: str | None, right: str, rc: str | None
) -> None:
    assert not _decide(g("a", left, "mmp-facts", lc), g("b", right, "un-1267-2018", rc))


def test_blockers() -> None:
    a = g("a", "Liwa Qabdat al-Haqq", "mmp-facts")
    b = g("b", "Liwa Qabdhat al-Haq", "mmp-facts")
    assert not _decide(a, b)  # two MMP ids: MMP itself says two groups
    b.source = "un-1267-2018"
    assert _decide(a, b)
    b.country, a.country = "IRQ", "SYR"
    assert not _decide(a, b)  # countries differ
    a.country = None
    ctx = Context(countries=_ctx().countries, related={frozenset((a.id, b.id))})
    assert not decide(a, b, Rules.load(), ctx).same  # a splinter or a front: two actors
    a.curated = b.curated = True
    assert not _decide(a, b)  # hand-curated ids are decided by hand
    a.curated = b.curated = False
    a.name_ambiguous = True
    assert not _decide(a, b)
    a.name_ambiguous = False
    a.type = "tribe"
    assert not _decide(a, b)


def test_reviewed_decisions_override_the_rule_both_ways() -> None:
    base = Rules.load()
    a = g("a", "Liwa Qabdat al-Haqq", "mmp-facts")
    b = g("b", "Liwa Qabdhat al-Haq", "un-1267-2018")
    c = g("c", "Saraya Qaradagh", "ofac-sdn-2024")
    different = Rules(**{**base.__dict__, "reviewed": [Review("org:a", "org:b", "different", "x")]})
    assert _decide(a, b) and not _decide(a, b, different)
    same = Rules(**{**base.__dict__, "reviewed": [Review("org:c", "org:a", "same", "x")]})
    assert not _decide(a, c) and _decide(a, c, same)
    assert survivor(a, c, same)[0].id == "org:c"  # a reviewed `same` names the survivor


def test_reviewed_file_entries_have_reasons() -> None:
    doc = yaml.safe_load((REPO / "src/riftwatch/actors/data/dedupe.yaml").read_text("utf-8"))
    assert doc["reviewed"]
    decisions = {item["decision"] for item in doc["reviewed"]}
    assert decisions == {"same", "different"}
    for item in doc["reviewed"]:
        assert len(item["ids"]) == 2 and len(item["reason"].split()) >= 8


def test_survivor_prefers_curated_then_official_lists() -> None:
    un = g("u", "X", "un-1267-2018")
    mmp = g("m", "X", "mmp-facts")
    cur = g("c", "X", "curated", curated=True)
    assert survivor(mmp, un)[0] is un
    assert survivor(un, cur)[0] is cur


def test_parse_sets_designators_qualifiers_and_acronyms_aside() -> None:
    p = parse("Harakat Qaradagh Brigades of Iraq (HQB)", Rules.load(), _ctx().countries)
    assert p.core() == ("krdg",)
    assert p.countries == {"IRQ"} and p.acronyms == ("HQB",)
    assert set(p.designators()) == {"<movement>", "<unit>"}


def test_candidate_pairs_find_fuzzy_spellings() -> None:
    rules = Rules.load()
    a = g("a", "Qaradaghi Humanitarian Organisation", "un-1267-2018")
    b = g("b", "Qaradaghi Humaniatarian Organization", "mmp-facts")
    c = g("c", "Unrelated Name Entirely", "ucdp")
    ctx = Context(countries=_ctx().countries)
    pairs = candidate_pairs([a, b, c], ctx, rules)
    assert [(x.id, y.id) for x, y in pairs] == [("org:a", "org:b")]


# -- the built KB ----------------------------------------------------------------------
MERGED = {
    "org:ummah-tamir-e-nau": "org:ummah-tameer-e-nau",
    "org:al-qaeda-kurdish-battalions": "org:al-qaida-kurdish-battalions",
    "org:jaish-al-muhajireen-wal-ansar": "org:army-of-emigrants-and-supporters",
    "org:ansar-al-shariah-tunisia": "org:ansar-al-sharia-in-tunisia",
}


def test_no_duplicate_is_left_in_the_built_kb() -> None:
    left = [(k.id, o.id, d.summary()) for k, o, d in find_duplicates(default_kb()) if d.same]
    assert left == []


@pytest.mark.parametrize(("old", "new"), sorted(MERGED.items()))
def test_merged_ids_still_resolve(old: str, new: str) -> None:
    kb = default_kb()
    assert old not in kb.entities and old in kb
    assert kb.canonical_id(old) == new and kb.get(old).id == new and kb.find(old).id == new
    assert any(m["id"] == old for m in kb.get(new).merged)


def test_merged_actor_keeps_every_source_alias_relation_and_id() -> None:
    kb = default_kb()
    ent = kb.get("org:ummah-tameer-e-nau")
    by_source = {(a.name, a.source) for a in ent.aliases}
    assert ("Ummah Tameer e-Nau", "un-1267-2018") in by_source
    assert ("Ummah Tamir-e-Nau", "mmp-facts") in by_source
    assert ent.external["un"] == ["QDe.068"] and ent.external["mmp"] == [145]
    sources = {r.source for r in ent.relations} | {
        r.source for r in kb.incoming[ent.id]
    }  # MMP's affiliation and the UN's member now meet on one id
    assert {"mmp-facts", "un-1267-2018"} <= sources
    for other in kb:
        for rel in other.relations:
            assert rel.target not in kb.redirects, (other.id, rel.target)


def test_curated_pairs_stay_apart_in_the_kb() -> None:
    kb = default_kb()
    for ident in ("org:ttp", "org:afghan-taliban", "org:iskp", "org:islamic-state", "org:jem"):
        assert ident in kb.entities and ident not in kb.redirects
    assert kb.get("org:islamic-state-sinai-province").id == "org:islamic-state-sinai-province"


def test_merged_entries_are_validated(tmp_path: Path) -> None:
    doc = {
        "kb_version": 1,
        "source": "curated",
        "entities": [
            {"id": "org:new", "name": "New Name", "type": "armed_group",
             "merged": [{"id": "org:old", "name": "Old Name"}]},
            {"id": "org:friend", "name": "Friend Group", "type": "armed_group",
             "relations": [{"type": "allied_with", "target": "org:old"}]},
        ],
    }  # fmt: skip
    assert validate_documents([("a.yaml", doc)]) == []
    path = tmp_path / "a.yaml"
    path.write_text(yaml.safe_dump(doc), "utf-8")
    kb = load_kb([path], use_cache=False)
    assert kb.get("org:old").id == "org:new"
    assert kb.get("org:friend").relations[0].target == "org:new"  # old targets follow
    still = dict(
        doc, entities=[*doc["entities"], {"id": "org:old", "name": "O", "type": "armed_group"}]
    )
    assert any("still defined" in p for p in validate_documents([("a.yaml", still)]))
    twice = dict(doc)
    twice["entities"] = [*doc["entities"], {
        "id": "org:third", "name": "Third", "type": "armed_group", "merged": [{"id": "org:old"}]
    }]  # fmt: skip
    assert any("merged into both" in p for p in validate_documents([("a.yaml", twice)]))


# -- the CLI, as an analyst uses it ------------------------------------------------------
_cli = riftwatch


SPELLINGS = ["Ummah Tamir-e-Nau", "Ummah Tameer e-Nau", "UTN", "ummah tameer-e-nau"]


@pytest.mark.parametrize("spelling", SPELLINGS[:2])
def test_cli_resolves_each_source_spelling_to_the_merged_actor(spelling: str) -> None:
    run = _cli("actors", "resolve", spelling, "--format", "json")
    assert run.returncode == 0, run.stderr
    data = yaml.safe_load(run.stdout)
    assert data["actor"]["id"] == "org:ummah-tameer-e-nau"
    assert data["organization"]["id"] == "org:ummah-tameer-e-nau"


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_api_resolves_every_spelling_to_the_merged_actor(spelling: str) -> None:
    from riftwatch.actors import api

    assert api.resolve_mention(spelling)["actor"]["id"] == "org:ummah-tameer-e-nau"


def test_cli_show_and_list_find_the_merged_actor_by_its_old_id_and_names() -> None:
    run = _cli("actors", "show", "org:ummah-tamir-e-nau")
    assert run.returncode == 0, run.stderr
    assert "org:ummah-tameer-e-nau" in run.stdout
    assert "org:ummah-tamir-e-nau was merged into this actor" in run.stdout
    assert "mmp-facts" in run.stdout and "un-1267-2018" in run.stdout
    shown = yaml.safe_load(
        _cli("actors", "show", "org:ummah-tamir-e-nau", "--format", "json").stdout
    )
    assert shown["redirected_from"] == "org:ummah-tamir-e-nau"
    assert shown["merged"][0]["id"] == "org:ummah-tamir-e-nau"
    listed = _cli("actors", "list", "--query", "Tamir-e-Nau", "--format", "json")
    assert [r["id"] for r in yaml.safe_load(listed.stdout)] == ["org:ummah-tameer-e-nau"]


# -- a store (SQLite and PostgreSQL) ---------------------------------------------------
def test_store_judgements_on_a_merged_id_land_on_the_survivor(store) -> None:  # type: ignore[no-untyped-def]
    from riftwatch.actors import api

    api.alias(store, "org:ummah-tamir-e-nau", "Qaradagh Reconstruction Trust")
    res = api.resolve_mention("Qaradagh Reconstruction Trust", db=store)
    assert res["actor"]["id"] == "org:ummah-tameer-e-nau"
    shown = api.show_actor("org:ummah-tamir-e-nau", db=store)
    assert shown["id"] == "org:ummah-tameer-e-nau"
    assert shown["redirected_from"] == "org:ummah-tamir-e-nau"
    assert "Qaradagh Reconstruction Trust" in {a["name"] for a in shown["aliases"]}


# -- an entry named only by initials (branch rift4) --------------------------------------
def _pairs_and_decisions(actors: list[Candidate]) -> list[tuple[str, str, bool]]:
    rules = Rules.load()
    ctx = Context(countries=_ctx().countries)
    return [
        (*sorted((a.id, b.id)), decide(a, b, rules, ctx).same)
        for a, b in candidate_pairs(actors, ctx, rules)
    ]


def test_an_initials_only_entry_merges_with_the_one_name_spelling_them_out() -> None:
    short = g("qlf", "QLF", "ucdp", "IRQ")
    long = g("qaradagh-liberation-front", "Qaradagh Liberation Front", "mmp-facts")
    other = g("unrelated", "Unrelated Name Entirely", "ucdp")
    assert _pairs_and_decisions([short, long, other]) == [
        ("org:qaradagh-liberation-front", "org:qlf", True)
    ]


def test_initials_shared_by_two_spelled_names_merge_with_neither() -> None:
    short = g("qlf", "QLF", "ucdp")
    one = g("qaradagh-liberation-front", "Qaradagh Liberation Front", "mmp-facts")
    two = g("qandil-liberation-force", "Qandil Liberation Force", "phoenix")
    assert not [x for x in _pairs_and_decisions([short, one, two]) if x[2]]


def test_initials_of_another_country_or_one_source_stay_apart() -> None:
    short = g("qlf", "QLF", "ucdp", "IRQ")
    long = g("qaradagh-liberation-front", "Qaradagh Liberation Front", "mmp-facts", "SYR")
    assert _pairs_and_decisions([short, long]) == [
        ("org:qaradagh-liberation-front", "org:qlf", False)
    ]
    same_source = g("qaradagh-liberation-front", "Qaradagh Liberation Front", "ucdp")
    assert not [x for x in _pairs_and_decisions([g("qlf", "QLF", "ucdp"), same_source]) if x[2]]


@pytest.mark.parametrize(
    ("spelling", "initials"),
    [
        ("National Patriotic Front of Liberia", "NPFL"),
        ("Eelam People's Revolutionary Liberation Front", "EPRLF"),
    ],
)
def test_initials_and_spelled_name_resolve_to_one_actor(spelling: str, initials: str) -> None:
    from riftwatch.actors import api

    spelled = api.resolve_mention(spelling)["actor"]["id"]
    assert spelled == api.resolve_mention(initials)["actor"]["id"]
    merged = default_kb().get(spelled).merged
    assert any("initials" in m["evidence"] for m in merged)
