"""The base verb dictionary: conversion from PETRARCH-2, layering under events.yaml, coding.

The conversion is tested on a small dictionary written here in PETRARCH's format and on
the committed file; coding on invented sentences whose verbs only the dictionary knows.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from riftwatch.errors import NLPError
from riftwatch.nlp import lexicon
from riftwatch.nlp.extract import extract_document
from riftwatch.nlp.lexicon import cameo, dictionary

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "build_verb_lexicon.py"
SHARED = next(
    (p / "shared" for p in (REPO.parent, REPO.parent.parent) if (p / "shared").is_dir()),
    REPO.parent / "shared",
)
CAMEO_TXT = SHARED / "dictionaries" / "petrarch2" / "CAMEO.2.0.txt"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_verb_lexicon", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def data() -> dict:
    text = resources.files("riftwatch.nlp.lexicon").joinpath("cameo_verbs.json").read_text()
    return json.loads(text)


def events(text: str, date: str = "2010-03-01", lex=None) -> list[tuple[str, str, str, str]]:
    """(source, type, target, modality) of each event, with the default lexicon or ``lex``."""
    doc = {"id": "t", "text": text, "date": date}
    return [
        (c.event.source.org_name or c.event.source.name, c.event.event_type,
         c.event.target.org_name or c.event.target.name, c.event.modality)
        for c in extract_document(doc, lex=lex)
    ]  # fmt: skip


def coded(text: str) -> list:
    return extract_document({"id": "t", "text": text, "date": "2010-03-01"})


# -- conversion ---------------------------------------------------------------------------
MINI = """\
# a made-up dictionary in PETRARCH-2's format
&ARMS
+ROCKET
+MORTAR_SHELL

---  HARASS_GROUP   [140]  ---
+SHOOT_AT {+SHOOTS_AT +SHOT_AT +SHOOTING_AT} [193]
HECKLE
PESTER {PESTERS PESTERED PESTERING}
WIRE_+TAP
+KILLED_AND {}
- * &ARMS                                   [194]         # PESTER
- * {BORDER POST}                           [192]         # HECKLE , PESTERED
- * (WITH +)                                [046:046]     # PESTER
- * CRITICISM                               [:111]        # HECKLE
- * OFF                                     [---]         # PESTER
- $ * (AGAINST +)                           [190]         # PESTER
- * ASSERT CLOSE RELATION                   [050]         # PESTER
~ a (a b HECKLE) SAY = a b 015

---  CHAT   [---]  ---
CHAT
- * (ABOUT SANCTIONS)                       [010]         # CHAT
"""


def test_a_small_dictionary_converts_with_lemmas_codes_and_provenance(build) -> None:
    doc = build.convert(build.read_dictionary(MINI), "sha")
    assert doc["source"] == "petrarch2" and doc["license"] == "MIT"
    assert "Open Event Data Alliance" in doc["notice"]
    verbs = doc["verbs"]
    # base forms, inflections listed in {...} are not lemmas
    assert {"heckle", "pester", "shoot", "chat"} <= set(verbs)
    assert "pestered" not in verbs and "tap" not in verbs and "killed" not in verbs
    shoot = verbs["shoot"][0]
    assert shoot["with"] == ["at"] and shoot["cameo"] == "193"
    assert (shoot["type"], shoot["mode"]) == ("ASSAULT", "firearms")
    assert verbs["heckle"][0]["cameo"] == "140" and verbs["heckle"][0]["type"] == "PROTEST"
    assert verbs["chat"][0]["cameo"] == "---" and "type" not in verbs["chat"][0]
    assert all(e["line"] > 0 and e["group"] for es in verbs.values() for e in es)
    assert doc["synsets"]["&ARMS"] == [{"head": "rocket"}, {"head": "shell", "mods": ["mortar"]}]
    patterns = {p["text"]: p for p in doc["groups"]["HARASS_GROUP"]["patterns"]}
    assert patterns["- * &ARMS"]["obj"] == {"head": "&ARMS"}
    assert patterns["- * &ARMS"]["verbs"] == ["pester"]  # from the comment
    assert patterns["- * {BORDER POST}"]["verbs"] == ["heckle", "pester"]  # PESTERED -> pester
    assert patterns["- * {BORDER POST}"]["obj"] == {"head": "post", "mods": ["border"]}
    talks = patterns["- * (WITH +)"]
    assert talks["preps"] == [{"prep": ["with"], "target": True}]
    assert (talks["type"], talks["reverse_type"]) == ("CONSULT", "CONSULT")
    reverse = patterns["- * CRITICISM"]
    assert reverse["cameo"] == "---" and reverse["reverse_type"] == "ACCUSE"
    assert patterns["- * OFF"]["prt"] == "off" and "type" not in patterns["- * OFF"]
    # left out and counted: the source marker, the old word sequence, the transformation
    assert "- $ * (AGAINST +)" not in patterns and "- * ASSERT CLOSE RELATION" not in patterns
    skipped = doc["stats"]["skipped"]
    assert skipped["pattern: actor marker"] == 1 and skipped["pattern: word sequence"] == 1
    assert skipped["transformation"] == 1 and skipped["verb: multi-word form not converted"] == 2
    # 010 (a statement) has no PLOVER type
    assert doc["groups"]["CHAT"]["patterns"][0]["type"] is None


def test_codes_and_patterns_parse(build) -> None:
    assert build.parse_code("042:043") == ("042", "043")
    assert build.parse_code(":110") == (None, "110")
    assert build.parse_code("---") == (None, None)
    assert build.parse_pattern("GUNMEN *") == {"subj": {"head": "gunmen"}}
    assert build.parse_pattern("* (BY/WITH &WEAPON)") == {
        "preps": [{"prep": ["by", "with"], "noun": {"head": "&WEAPON"}}]
    }
    with pytest.raises(build.Skip):
        build.parse_pattern("* WHEN A SMALL &AIRCRAFT CRASHED")


def test_the_committed_file_knows_verbs_by_their_cameo_code_and_plover_type(data) -> None:
    def first(lemma: str) -> dict:
        return next(e for e in data["verbs"][lemma] if not e.get("with"))

    expected = {
        "massacre": ("202", "ASSAULT", "cleansing"),
        "abduct": ("181", "ASSAULT", "abduct"),
        "assassinate": ("186", "ASSAULT", "targeted"),
        "denounce": ("111", "ACCUSE", "disapprove"),
        "accuse": ("112", "ACCUSE", "allege"),
        "thank": ("051", "SUPPORT", None),
        "extradite": ("063", "COOPERATE", None),
        "arrest": ("173", "COERCE", "arrest"),
        "besiege": ("191", "COERCE", "restrict"),
        "release": ("084", "RETREAT", "release"),
    }
    for lemma, (code, kind, mode) in expected.items():
        entry = first(lemma)
        assert (entry["cameo"], entry["type"], entry.get("mode")) == (code, kind, mode), lemma
    visit = first("visit")
    assert (visit["cameo"], visit["reverse_cameo"]) == ("042", "043")
    assert (visit["mode"], visit["reverse_mode"]) == ("visit", "host")
    assert first("say")["type"] is None  # 010: PLOVER dropped statements
    assert data["source"] == "petrarch2" and "MIT" in data["notice"]
    assert data["stats"]["verb_lemmas"] > 1500 and data["stats"]["patterns"] > 4000


def test_every_type_in_the_file_comes_from_the_shared_map(data) -> None:
    table = cameo.load_map()
    items = [e for es in data["verbs"].values() for e in es]
    items += [p for g in data["groups"].values() for p in g["patterns"]]
    assert len(items) > 6000
    for item in items:
        code = item["cameo"]
        want = cameo.plover_of(code, table) if code != "---" else None
        if want == cameo.NO_TYPE:
            assert item["type"] is None
        elif want is not None:
            assert item["type"] == want and item.get("mode") == cameo.mode_of(code, table)
        else:
            assert "type" not in item
        if item.get("reverse_cameo"):
            assert item.get("reverse_type") in (None, cameo.plover_of(item["reverse_cameo"]))


def test_the_map_is_one_file_in_the_package(build) -> None:
    assert cameo.map_path().parent == Path(lexicon.__file__).parent
    assert build.cameo.map_path() == cameo.map_path()
    bad = "cameo_root,plover_type,note\n19,ASSAULT,x\n"
    with pytest.raises(NLPError) as info:
        cameo.read_map(bad)
    assert info.value.code == "RW201"


@pytest.mark.skipif(not CAMEO_TXT.is_file(), reason="../shared/dictionaries is not beside this")
def test_the_committed_file_is_a_current_build_of_the_source() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    done = subprocess.run([sys.executable, str(SCRIPT), "--input", str(CAMEO_TXT), "--check"],
                          capture_output=True, text=True, env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr


# -- layering ---------------------------------------------------------------------------------
def test_every_entry_says_where_it_came_from_and_own_entries_win() -> None:
    lex = lexicon.load()
    assert {e["source"] for e in lex.verbs.values()} == {"riftwatch"}
    assert {e["source"] for e in lex.nouns.values()} == {
        "riftwatch",
        "petrarch2",
        "riftwatch nominals",
    }
    # "host" is CAMEO 043 (CONSULT, host) in the dictionary, AID (sanctuary) in events.yaml
    assert lex.base.entry("host")["type"] == "CONSULT"
    host = lex.verb_entry("host")
    assert (host["type"], host["mode"], host["source"]) == ("AID", "sanctuary", "riftwatch")
    rebuke = lex.verb_entry("rebuke")
    assert (rebuke["source"], rebuke["cameo"], rebuke["type"]) == ("petrarch2", "111", "ACCUSE")
    assert lex.nouns["attack"]["source"] == "riftwatch"
    incursion = lex.nouns["incursion"]  # an own noun ("raid") would win over the dictionary
    assert (incursion["source"], incursion["type"], incursion["cameo"]) == (
        "petrarch2",
        "ASSAULT",
        "190",
    )
    assert "petrarch2" in lex.version
    assert lexicon.load(base=False).base is None
    assert "petrarch2" not in lexicon.load(base=False).version


def test_an_own_verb_is_never_coded_from_the_dictionary() -> None:
    from riftwatch.nlp.parse import nlp

    sdoc = nlp()("The Afghan Taliban rebuked the ISI.")
    verb = next(t for t in sdoc if t.lemma_ == "rebuke")
    assert dictionary.load_dictionary().match(verb).type == "ACCUSE"
    assert dictionary.load_dictionary(own_verbs=frozenset({"rebuke"})).match(verb) is None
    found = events("The Afghan Taliban rebuked the ISI.")
    assert ("Afghan Taliban", "ACCUSE", "Inter-Services Intelligence", "asserted") in found


def test_own_entries_decide_when_both_layers_know_the_verb() -> None:
    found = events("The Haqqani network hosted Al Qaeda fighters in Miranshah.")
    assert ("Haqqani Network", "AID", "Al Qaeda", "asserted") in found
    assert not any(kind == "CONSULT" for _s, kind, _t, _m in found)


def test_a_policy_naming_an_unknown_group_is_refused() -> None:
    data = json.loads(
        resources.files("riftwatch.nlp.lexicon").joinpath("cameo_verbs.json").read_text()
    )
    with pytest.raises(NLPError) as info:
        dictionary.VerbDictionary(data, {"roots": ["19"], "off_groups": ["NO_SUCH_GROUP"]})
    assert info.value.code == "RW201" and "NO_SUCH_GROUP" in info.value.detail


# -- coding with verbs only the dictionary knows ------------------------------------------
def test_a_dictionary_verb_codes_between_two_actors_with_its_provenance() -> None:
    (event,) = coded("The Pakistani army encircled the TTP in South Waziristan.")
    e = event.event
    assert (e.source.org_name, e.event_type, e.target.org_name, e.modality) == (
        "Pakistan Army", "ASSAULT", "Tehrik-i-Taliban Pakistan", "asserted")  # fmt: skip
    assert "petrarch2" in event.why[0] and "CAMEO 190" in event.why[0]
    assert "CAMEO.2.0.txt line" in event.why[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Afghan Taliban rebuked the ISI.",
         ("Afghan Taliban", "ACCUSE", "Inter-Services Intelligence")),
        ("The TTP thanked Al Qaeda for its help.",
         ("Tehrik-i-Taliban Pakistan", "SUPPORT", "Al Qaeda")),
        ("Lashkar-e-Taiba apologized to the ISI.",
         ("Lashkar-e-Taiba", "SUPPORT", "Inter-Services Intelligence")),
        ("The Pakistani government outlawed Lashkar-e-Taiba.",
         ("Government of Pakistan", "COERCE", "Lashkar-e-Taiba")),
        ("Pakistani forces cracked down on the TTP in Swat.",
         ("Pakistan Army", "COERCE", "Tehrik-i-Taliban Pakistan")),
        ("The TTP was encircled by the Pakistani army.",
         ("Pakistan Army", "ASSAULT", "Tehrik-i-Taliban Pakistan")),
        ("The Haqqani network granted sanctuary to Al Qaeda.",
         ("Haqqani Network", "AID", "Al Qaeda")),
        ("The Haqqani network staged a raid on the Pakistani army.",
         ("Haqqani Network", "ASSAULT", "Pakistan Army")),
    ],
)  # fmt: skip
def test_verbs_and_nouns_only_the_dictionary_knows(text: str, expected: tuple) -> None:
    assert (*expected, "asserted") in events(text)


def test_a_pattern_gives_a_more_specific_code_than_the_verb() -> None:
    # DEFEND is 074 (AID); "- * (AGAINST CRITICISM)" is 052, verbal support
    (event,) = coded("The ISI defended the Haqqani network against American criticism.")
    assert event.event.event_type == "SUPPORT"
    assert "(AGAINST CRITICISM)" in event.why[0]
    # "granted sanctuary" is the &ASYLUM pattern of GRANT (075, AID sanctuary)
    (event,) = coded("The Haqqani network granted sanctuary to Al Qaeda.")
    assert (event.event.event_type, event.event.mode) == ("AID", "sanctuary")


def test_reciprocal_dictionary_verbs_run_both_ways() -> None:
    found = events("Al Qaeda fighters and the TTP scuffled in Miranshah.")
    assert ("Al Qaeda", "ASSAULT", "Tehrik-i-Taliban Pakistan", "asserted") in found
    assert ("Tehrik-i-Taliban Pakistan", "ASSAULT", "Al Qaeda", "asserted") in found


def test_modality_applies_to_dictionary_events() -> None:
    found = events("The ISI did not sponsor the Haqqani network.")
    assert found and all(m == "negated" for _s, _k, _t, m in found)
    found = events("Pakistan may indict Lashkar-e-Taiba leaders.")
    assert found and all(m != "asserted" for _s, _k, _t, m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan said the TTP was weak.",  # 010: a statement
        "The TTP told Al Qaeda that it would stay.",  # generic verb, statement
        "The TTP faced the Pakistani army in Swat.",  # CAMEO 040, but no consultation
        "Al Qaeda went to Pakistan.",  # CAMEO 040 (go somewhere): no visit between them
        "The Haqqani network made the TTP an offer.",  # generic verb
        "The ISI considered the Haqqani network carefully.",  # CAMEO 040 (consider)
        "The TTP intended to help Al Qaeda's leaders.",  # 030: intent, and "help" is own
    ],
)
def test_generic_verbs_statements_and_appeals_give_nothing_from_the_dictionary(text) -> None:
    assert not any("petrarch2" in " ".join(c.why) for c in coded(text))


def test_appeals_are_requests_and_what_they_ask_for_is_not_asserted() -> None:
    # policy 2: CAMEO 02 (appeals) and 10 (demands) are PLOVER REQUEST events (policy 1 left
    # them out, and this sentence was then expected to give nothing from the dictionary)
    found = events("The TTP implored Al Qaeda to attack the Pakistani army.")
    assert ("Tehrik-i-Taliban Pakistan", "REQUEST", "Al Qaeda", "asserted") in found, found
    assert not any(k == "ASSAULT" and m == "asserted" for _s, k, _t, m in found), found


def test_explain_shows_where_each_trigger_came_from() -> None:
    from riftwatch.api import explain

    out = explain("The Afghan Taliban rebuked the ISI. The Haqqani network sheltered Al Qaeda.")
    reasons = [" ".join(e["why"]) for e in out["events"]]
    assert any("petrarch2" in r and "CAMEO 111" in r for r in reasons)
    assert any("entry: riftwatch (events.yaml 'shelter')" in r for r in reasons)
    assert "petrarch2" in out["lexicon"]


def test_the_dictionary_alone_can_be_loaded_for_ablation() -> None:
    lex = lexicon.load(own=False)
    assert not lex.verbs and lex.base is not None
    assert all(e["source"] == "petrarch2" for e in lex.nouns.values())
    found = events("The Pakistani army attacked the TTP in Swat.", lex=lex)
    assert ("Pakistan Army", "ASSAULT", "Tehrik-i-Taliban Pakistan", "asserted") in found
