"""The CAMEO-to-PLOVER table and the scoring functions of benchmarks/extract_peers.py.

Tiny hand-made inputs only: nothing here runs the extractor or reads the gold sets.
"""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
HARNESS = REPO / "benchmarks" / "extract_peers.py"


@pytest.fixture(scope="module")
def peers():
    spec = importlib.util.spec_from_file_location("extract_peers", HARNESS)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("extract_peers", module)
    spec.loader.exec_module(module)
    return module


def _rows(peers) -> list[dict[str, str]]:
    with peers.CAMEO_MAP.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_benchmark_reads_the_one_shared_map_of_the_package(peers) -> None:
    from riftwatch.nlp.lexicon import cameo

    assert cameo.map_path() == peers.CAMEO_MAP
    assert peers.CAMEO_MAP.parent.name == "lexicon" and peers.CAMEO_MAP.is_file()
    assert not (REPO / "benchmarks" / "data" / "cameo_to_plover.csv").exists()
    assert peers.load_cameo_map() == {c: r.plover_type for c, r in cameo.load_map().items()}


def test_map_has_the_four_columns_and_no_duplicate_codes(peers) -> None:
    rows = _rows(peers)
    assert list(rows[0]) == ["cameo_root", "plover_type", "mode", "note"]
    codes = [r["cameo_root"] for r in rows]
    assert len(codes) == len(set(codes))
    assert all(r["note"].strip() for r in rows)


def test_map_covers_every_cameo_root_with_a_valid_plover_type(peers) -> None:
    rows = _rows(peers)
    roots = {r["cameo_root"]: r["plover_type"] for r in rows if len(r["cameo_root"]) == 2}
    assert sorted(roots) == [f"{i:02d}" for i in range(1, 21)]
    for root, plover in roots.items():
        if root == "01":  # make public statement: PLOVER dropped it
            assert plover == peers.NO_TYPE
        else:
            assert plover in peers.PLOVER_TYPES, (root, plover)
    every = {r["plover_type"] for r in rows}
    assert set(peers.PLOVER_TYPES) <= every  # RETREAT only through the 084-087 rows


def test_sub_code_exceptions_are_valid_and_sit_under_a_root(peers) -> None:
    for row in _rows(peers):
        code = row["cameo_root"]
        assert code.isdigit() and 2 <= len(code) <= 4
        if len(code) > 2:
            assert row["plover_type"] in peers.PLOVER_TYPES
            assert 1 <= int(code[:2]) <= 20


def test_cameo_codes_map_by_longest_prefix(peers) -> None:
    table = peers.load_cameo_map()
    to = peers.cameo_to_plover
    assert to("010", table) == "none"
    assert to("020", table) == "REQUEST"
    assert to("036", table) == "AGREE"
    assert to("042", table) == "CONSULT"
    assert to("081", table) == "CONCEDE"
    assert to("0841", table) == "RETREAT"
    assert to("0871", table) == "RETREAT"
    assert to("0813", table) == "RETREAT"
    assert to("112", table) == "ACCUSE"
    assert to("090", table) == "ACCUSE"
    assert to("100", table) == "REQUEST"
    assert to("160", table) == "SANCTION"
    assert to("163", table) == "COERCE"
    assert to("173", table) == "COERCE"
    assert to("1712", table) == "ASSAULT"
    assert to("192", table) == "COERCE"
    assert to("195", table) == "ASSAULT"
    assert to("202", table) == "ASSAULT"
    assert to("900", table) is None  # PETRARCH test-only verb code
    assert to('"INJURY TOLL"', table) is None
    assert to("", table) is None


def test_actor_matching_is_one_to_one_on_content_tokens(peers) -> None:
    assert peers.content_tokens("The Government of Pakistan's army") == {
        "government",
        "pakistan",
        "army",
    }
    assert peers.actor_matches(["Pakistan Army"], "Pakistani troops") is False
    assert peers.actor_matches(["the army", "Pakistan Army"], "Pakistan") is True
    assert peers.actor_matches(["the"], "The") is False
    preds = [["Haqqani network"], ["Haqqani Network"]]
    assert peers.match_actors(preds, ["the Haqqani network"]) == 1
    assert peers.match_actors(preds, ["Haqqanis", "Haqqani network"]) == 1
    assert (
        peers.match_actors([["Jordan"], ["United Kingdom", "Britain"]], ["Britain", "Jordan"]) == 2
    )


def test_prf_macro_f1_and_type_matching(peers) -> None:
    assert peers.prf(0, 0, 0) == (0.0, 0.0, 0.0)
    p, r, f = peers.prf(1, 2, 4)
    assert (p, r) == (0.5, 0.25) and f == pytest.approx(1 / 3)
    pairs = [(1, 1), (1, None), (2, 2), (2, 1)]
    # class 1: P 1/2, R 1/2 -> 0.5; class 2: P 1, R 1/2 -> 2/3
    assert peers.macro_f1(pairs, (1, 2)) == pytest.approx((0.5 + 2 / 3) / 2)
    assert peers.type_matches(["CONSULT"] * 6, ["CONSULT", "CONSULT"]) == (2, 0)
    assert peers.type_matches(["AGREE"], ["AGREE", "AGREE", "AID"]) == (1, 2)
    assert peers.type_matches([], ["ASSAULT"]) == (0, 1)


def test_top_event_prefers_asserted_then_confidence(peers) -> None:
    future = {"event_type": "ASSAULT", "modality": "future", "confidence": 0.9}
    threat = {"event_type": "THREATEN", "modality": "asserted", "confidence": 0.75}
    other = {"event_type": "ACCUSE", "modality": "asserted", "confidence": 0.75}
    assert peers.top_event([future, threat, other]) is threat
    assert peers.top_event([future]) is future
    assert peers.top_event([]) is None


def _event(source: str, kind: str, target: str, modality: str = "asserted") -> dict:
    return {
        "source": {"id": f"country:{source.lower()}", "name": source, "mention": source},
        "target": {"id": f"country:{target.lower()}", "name": target, "mention": target},
        "event_type": kind,
        "modality": modality,
        "confidence": 0.85,
    }


def test_score_gsr_on_hand_made_records(peers) -> None:
    records = [
        {"id": "a", "events": [{"code_current_plover": "ACCUSE",
                                "source": [{"actorText": "Pakistan"}],
                                "target": [{"actorText": "Afghan government"}]}]},
        {"id": "b", "events": [{"code_current_plover": "AGREE",
                                "source": [{"actorText": "Jordan"}, {"actorText": "Britain"}],
                                "target": None}]},
        {"id": "c", "events": [{"code_current_plover": "ASSAULT",
                                "source": [{"actorText": "gunmen"}], "target": ""}]},
    ]  # fmt: skip
    ours = {
        "a": [_event("Pakistan", "ACCUSE", "Afghanistan")],
        "b": [_event("Jordan", "CONSULT", "Britain")],
    }
    s = peers.score_gsr(records, ours, reason=lambda rec: "actors")
    assert (s["sentences"], s["covered"], s["type_ok"]) == (3, 2, 1)
    assert s["silent"] == {"actors": 1}
    assert (s["tp"], s["n_pred"], s["n_gold"]) == (3, 4, 5)
    assert (s["src_ok"], s["tgt_ok"]) == (2, 1)  # "Afghanistan" shares no token with the gold
    assert s["confusion"][("AGREE", "CONSULT")] == 1


def test_score_petrarch_maps_codes_and_splits_silence(peers) -> None:
    table = peers.load_cameo_map()
    records = [
        {"id": "1", "events": [{"code": "064"}, {"code": "190"}]},
        {"id": "2", "events": [{"code": "900"}]},
        {"id": "3", "events": [{"code": "010"}, {"code": "020"}]},
        {"id": "4", "events": [], "expect_no_events": True},
        {"id": "5", "events": [], "expected_error": ["dateline"]},
        {"id": "6", "events": [{"code": "112"}]},
    ]
    ours = {
        "1": [_event("Arnor", "COOPERATE", "Gondor")],
        "4": [_event("Arnor", "ASSAULT", "Gondor")],
    }
    reasons = {"3": "actors", "6": "pattern"}
    s = peers.score_petrarch(records, ours, table, reason=lambda rec: reasons[rec["id"]])
    assert (s["scorable"], s["covered"], s["top_ok"]) == (3, 1, 1)
    assert s["per_type"]["COOPERATE"] == [1, 1] and s["per_type"]["ASSAULT"] == [1, 0]
    assert (s["unmapped_events"], s["none_events"], s["appeal_events"]) == (1, 1, 1)
    assert s["silent"] == {"actors": 1, "pattern": 1}
    assert (s["no_event_records"], s["no_event_quiet"]) == (1, 0)
    assert (s["error_records"], s["error_quiet"]) == (1, 1)


def test_score_conflibert_quad_and_penta(peers) -> None:
    def row(i: str, label: str) -> dict:
        return {"id": i, "events": [{"code": label, "source": ["X"], "target": ["Y"]}]}

    records = [row("0", "0"), row("1", "1"), row("2", "3"), row("3", "4"), row("4", "2")]
    ours = {
        "1": [_event("X", "AGREE", "Y")],  # verbal cooperation: right
        "2": [_event("X", "REQUEST", "Y")],  # verbal conflict: right
        "3": [_event("X", "ACCUSE", "Y")],  # verbal for material conflict: wrong
    }
    s = peers.score_conflibert(records, ours, reason=lambda rec: "actors")
    assert (s["rows"], s["covered"]) == (5, 3)
    assert (s["quad_rows"], s["quad_ok"], s["quad_covered"]) == (4, 2, 3)
    assert s["penta_ok"] == 3  # row 0: silence counts as class 0
    assert s["silent"] == {"actors": 1}
    assert 0 < s["quad_macro"] < 1 and 0 < s["penta_macro"] < 1
    assert (s["tp"], s["n_pred"], s["n_gold"]) == (6, 6, 10)


def test_score_upgsr_recall_strict_and_extras(peers) -> None:
    table = peers.load_cameo_map()
    records = [
        {"id": "c", "events": [{"source": "USA", "target": "RUS", "code": "040"},
                               {"source": "RUS", "target": "USA", "code": "040"},
                               {"source": "USA", "target": "CHE", "code": "040"}]},
        {"id": "s", "events": [{"source": "USA", "target": "IGOUNO", "code": "010"},
                               {"source": "PAK", "target": "AFG", "code": "190"}]},
        {"id": "n", "events": [], "expect_no_events": True},
    ]  # fmt: skip
    ours = {
        "c": [_event("USA", "CONSULT", "RUS"), _event("RUS", "CONSULT", "USA")],
        "s": [_event("IND", "ASSAULT", "AFG")],
        "n": [_event("FRA", "ACCUSE", "RWA")],
    }
    country = {f"country:{c}": c.upper() for c in ("usa", "rus", "ind", "afg", "fra", "rwa")}
    s = peers.score_upgsr(
        records,
        ours,
        table,
        reason=lambda rec: "pattern",
        country_of=lambda actor: country.get((actor or {}).get("id")),
    )
    assert (s["gold_events"], s["mapped"], s["none_events"]) == (5, 4, 1)
    assert (s["hits"], s["strict"]) == (3, 2)  # the ASSAULT has the wrong source country
    assert s["extras"] == 1 and s["ours"] == 4
    assert (s["no_event_records"], s["no_event_quiet"]) == (1, 0)
    assert s["missed_by_type"] == {"CONSULT": 1}


def test_clean_date_and_write_section(peers, tmp_path: Path) -> None:
    assert peers.clean_date("2008-08-06") == "2008-08-06"
    assert peers.clean_date("121108") is None
    assert peers.clean_date(None) is None
    results = tmp_path / "results.md"
    results.write_text("# Benchmark results\n\n## ingest\n\nA\n\n## actors\n\nB\n", "utf-8")
    peers.write_section("extraction: peer gold", "## extraction: peer gold\n\nC\n", results)
    peers.write_section("ingest", "## ingest\n\nA2\n", results)
    peers.write_section("extraction: peer gold", "## extraction: peer gold\n\nC2\n", results)
    text = results.read_text("utf-8")
    assert text == (
        "# Benchmark results\n\n## ingest\n\nA2\n\n## actors\n\nB\n\n"
        "## extraction: peer gold\n\nC2\n"
    )
