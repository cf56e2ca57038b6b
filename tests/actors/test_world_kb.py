"""The world's groups in the knowledge base (issue 9): UCDP non-state actors of every
country and PETRARCH-2 Phoenix militant groups, with precision guards, and the build's
second look at OFAC links it could not place when reading them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from riftwatch.actors import resolve_mention
from riftwatch.actors.kb import DATA_DIR, default_kb
from riftwatch.actors.resolve import default_resolver

REPO = Path(__file__).resolve().parents[2]
DATASETS = REPO.parent / "shared" / "datasets"


def _builder_module():
    spec = importlib.util.spec_from_file_location("build_actor_kb", REPO / "scripts" /
                                                  "build_actor_kb.py")  # fmt: skip
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules["build_actor_kb"] = module
    spec.loader.exec_module(module)
    return module


def _found(text: str, date: str = "2010") -> list[tuple[str, str]]:
    return [
        (text[s:e], res.actor.id)
        for s, e, res in default_resolver().find_mentions(text, date)
        if res.actor is not None
    ]


@pytest.mark.parametrize(
    ("name", "ident"),
    [("Hamas", "org:hamas"), ("Fatah", "org:fatah"), ("Amal", "org:amal"),
     ("Shining Path", None), ("Sendero Luminoso", None), ("NSCN-IM", "org:nscn-im")],
)  # fmt: skip
def test_groups_of_other_regions_resolve(name: str, ident: str | None) -> None:
    org = resolve_mention(name, "2010").get("organization") or {}
    assert org.get("id"), name
    if ident:
        assert org["id"] == ident


def test_the_generated_files_keep_their_attribution() -> None:
    ucdp = (DATA_DIR / "generated" / "ucdp.yaml").read_text("utf-8")
    assert "CC BY 4.0" in ucdp.splitlines()[0]
    phoenix = (DATA_DIR / "generated" / "phoenix_milnonstate.yaml").read_text("utf-8")
    assert "MIT" in phoenix.splitlines()[0] and "Open Event Data Alliance" in phoenix


def test_longest_name_wins_a_branch_is_not_its_parent() -> None:
    assert _found("Fighters left al-Qaeda in the Islamic Maghreb in 2012.") == [
        ("al-Qaeda in the Islamic Maghreb", "org:aqim")
    ]
    assert _found("Fighters never left al-Qaeda in 2012.") == [("al-Qaeda", "org:al-qaeda")]
    # a lower-case article does not let a lower-case name through
    assert all(i != "org:aqim" for _m, i in _found("the al qaeda in the islamic maghreb"))


@pytest.mark.parametrize(
    "text",
    [
        "Dinka herders and Nuer youths moved their cattle south.",  # communal groups
        "The outlaws and the highlanders met at the market.",  # ordinary words
        "Outlaws stole cattle in the north.",  # an ordinary word starting a sentence
    ],
)
def test_clan_and_ordinary_word_names_do_not_match_plain_text(text: str) -> None:
    assert _found(text) == []


def test_guarded_names_are_kept_for_context_only() -> None:
    kb = default_kb()
    dinka = [e for e in kb if e.name == "Dinka"]
    outlaws = [e for e in kb if e.name == "Outlaws"]
    raw = default_kb().raw
    assert dinka and all(raw[e.id].get("name_ambiguous") for e in dinka)
    assert outlaws and all(raw[e.id].get("name_ambiguous") for e in outlaws)


def test_ordinary_and_short_names_by_the_build_rule() -> None:
    builder = _builder_module().Builder(DATASETS)
    builder.vocabulary = {"black", "order", "outlaw", "islami", "jihad", "am", "path"}
    assert builder.common_name("Outlaws") and builder.common_name("KK")
    assert builder.common_name("Black Order") and builder.common_name("Al-Jihad al-Islami")
    assert not builder.common_name("Hamas") and not builder.common_name("NSCN-IM")
    assert not builder.common_name("Amal")  # "am" is a word; "Amal" is not its plural
    assert not builder.common_name("Revolutionary Armed Forces of Colombia")


def test_phoenix_blocks_skip_leaders_mixed_into_a_block() -> None:
    module = _builder_module()
    text = ("SHINING_PATH_ [PERREB] # x\n+SENDERO_LUMINOSO_\n\nHAMAS_  # y\n"
            "+KHALED_MESHAAL\n\t[PSEREBHMS]\n")  # fmt: skip
    assert module._phoenix_blocks(text) == [("SHINING_PATH_", "PERREB", ["SENDERO_LUMINOSO_"])]


def test_an_ofac_link_unmatched_by_name_is_resolved_by_spelling_or_reported() -> None:
    module = _builder_module()
    builder = module.Builder(DATASETS)
    veiled = builder.new_entity("Al Moulathamoun", "armed_group", "un-1267-2018", "QDe.140")
    builder.new_entity("Hamama Test", "person", "ofac-sdn-2024", "1")
    builder.pending_links += [
        ("person:hamama-test", "AL-MULATHAMUN BATTALION", True, "ofac-sdn-2024"),
        ("person:hamama-test", "NO SUCH TRADING DMCC", True, "ofac-sdn-2024"),
    ]
    left = builder.resolve_pending_links()
    rels = builder.generated["person:hamama-test"]["relations"]
    assert {"type": "member_of", "target": veiled, "role": "linked (OFAC)",
            "note": "OFAC Linked To"} in rels  # fmt: skip
    assert len(left) == 1 and "NO SUCH TRADING DMCC" in left[0]
    assert any("resolved by spelling skeleton" in n for n in builder.notes["ofac-sdn-2024"])


def test_list_names_keep_lower_case_after_an_apostrophe() -> None:
    """An all-capitals list name is shown as "People's", never "People'S"; "O'Neill" keeps
    its capital."""
    display = _builder_module().display
    assert display("SUDAN PEOPLE'S LIBERATION ARMY") == "Sudan People's Liberation Army"
    assert display("AL-GAMA'A AL-ISLAMIYYA") == "Al-Gama'a al-Islamiyya"
    assert display("PATRICK O'NEILL") == "Patrick O'Neill"
    # the converted dictionaries' names (a list that spells "Tali'A" itself keeps it)
    shown = [
        name
        for ent in default_kb().entities.values()
        for name in (ent.name, *(a.name for a in ent.aliases))
        if "People'S" in name or "Gama'A" in name
    ]
    assert not shown, shown[:10]


def test_the_houthis_are_yemens_ansarallah() -> None:
    found = dict(_found("Houthi fighters clashed with AQAP militants in Yemen.", "2016"))
    assert "org:ansarallah" in found.values(), found
