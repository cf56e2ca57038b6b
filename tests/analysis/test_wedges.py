"""Wedge analysis: signed network, balance, brokers, and the faction ranking."""

from __future__ import annotations

from typing import Any

from riftwatch.analysis.claims import Claim
from riftwatch.analysis.wedges import betweenness, signed_network, structural_balance, wedges

_N = iter(range(10_000))


def ev(
    source: tuple[str, str],
    target: tuple[str, str],
    event_type: str,
    date: str,
    sentence: str,
    *,
    mode: str | None = None,
    modality: str = "asserted",
    origin: str | None = None,
) -> Claim:
    n = next(_N)
    return Claim.from_event(
        {
            "id": n,
            "doc_id": f"d{n}",
            "source": {"id": source[0], "name": source[1]},
            "target": {"id": target[0], "name": target[1]},
            "event_type": event_type,
            "mode": mode,
            "modality": modality,
            "date": date,
            "confidence": 0.9,
            "sentence": sentence,
            "quote": event_type.lower(),
            "reliability": "B",
            "credibility": 2,
        },
        origin=origin or f"doc:d{n}",
    )


AQ = ("org:al-qaeda", "Al Qaeda")
TAL = ("org:afghan-taliban", "Afghan Taliban")
HQN = ("org:haqqani-network", "Haqqani Network")
QS = ("org:quetta-shura", "Quetta Shura")


def names(out: dict[str, Any]) -> list[str]:
    return [r["actor"]["name"] for r in out["ranking"]]


def test_factions_that_refuse_the_target_rank_above_the_faction_that_cooperates() -> None:
    claims = [
        ev(HQN, AQ, "COOPERATE", "2010-03", "The Haqqani network still cooperates with AQ."),
        ev(AQ, HQN, "AID", "2011-05", "Al Qaeda trained Haqqani fighters.", mode="training"),
        ev(QS, AQ, "REJECT", "2010-03", "The Quetta shura is wary of Al Qaeda.", mode="shunning"),
        ev(
            TAL,
            AQ,
            "REJECT",
            "2010-04",
            "Some Taliban commanders refuse to shelter Al Qaeda fighters.",
            mode="shunning",
        ),  # fmt: skip
        ev(TAL, AQ, "COOPERATE", "2010-04", "The Taliban and Al Qaeda fought together."),
    ]
    out = wedges(claims, "Al Qaeda", "Taliban")
    order = names(out)
    assert order.index("Quetta Shura") < order.index("Haqqani Network")
    assert order.index("Afghan Taliban commanders") < order.index("Haqqani Network")
    assert "Afghan Taliban" not in order  # the group itself is not its own faction
    hqn = out["ranking"][order.index("Haqqani Network")]
    assert (hqn["cooperative"], hqn["hostile"]) == (2, 0)
    assert {e["doc_id"] for e in hqn["evidence"]} == {claims[0].doc_id, claims[1].doc_id}
    assert all(set(r) >= {"actor", "score", "cooperative", "hostile", "evidence"}
               for r in out["ranking"])  # fmt: skip
    assert out["confidence"] in ("low", "moderate", "high")
    assert {"id": "org:peshawar-shura", "name": "Peshawar Shura"} in out["no_evidence"]


def test_recent_deterioration_raises_a_faction() -> None:
    steady = [
        ev(QS, AQ, "COOPERATE", "2008-01", "x"),
        ev(QS, AQ, "REJECT", "2008-02", "x"),
        ev(QS, AQ, "COOPERATE", "2010-01", "x"),
        ev(QS, AQ, "REJECT", "2010-02", "x"),
    ]
    turning = [
        ev(HQN, AQ, "COOPERATE", "2008-01", "x"),
        ev(HQN, AQ, "COOPERATE", "2008-02", "x"),
        ev(HQN, AQ, "REJECT", "2010-01", "x"),
        ev(HQN, AQ, "REJECT", "2010-02", "x"),
    ]
    out = wedges([*steady, *turning], "Al Qaeda", "Taliban", as_of="2010-12-31")
    assert names(out)[0] == "Haqqani Network"
    assert out["ranking"][0]["trend"] > 0


def test_a_plain_mention_of_the_group_is_not_a_faction() -> None:
    claims = [
        ev(
            TAL,
            AQ,
            "REJECT",
            "2010-04",
            "Taliban fighters will not help Al Qaeda.",
            mode="shunning",
        ),  # fmt: skip
        ev(
            TAL,
            AQ,
            "REJECT",
            "2010-04",
            "Taliban fighters who fear drone strikes shun Al Qaeda.",
            mode="shunning",
        ),  # fmt: skip
    ]
    out = wedges(claims, "Al Qaeda", "Taliban")
    assert len(names(out)) == 1
    assert names(out)[0].startswith("Afghan Taliban fighters who fear drone strikes")


def test_signed_network_balance_and_brokers() -> None:
    claims = [
        ev(("a", "A"), ("b", "B"), "COOPERATE", "2010", "x"),
        ev(("b", "B"), ("c", "C"), "COOPERATE", "2010", "x"),
        ev(("a", "A"), ("c", "C"), "ASSAULT", "2010", "x"),
        ev(("c", "C"), ("d", "D"), "AID", "2010", "x"),
        ev(("a", "A"), ("d", "D"), "AID", "2010", "x", modality="denied"),  # not asserted
    ]
    net = signed_network(claims)
    assert net["balance"]["triads"] == 1 and net["balance"]["unbalanced"] == 1
    assert net["balance"]["unbalanced_triads"] == [["A", "B", "C"]]
    assert net["brokers"][0]["id"] == "c"
    edge = next(e for e in net["edges"] if [x["id"] for x in e["actors"]] == ["a", "c"])
    assert edge["sign"] == -1 and edge["n_hostile"] == 1
    assert len(net["edges"]) == 4


def test_balance_and_betweenness_by_hand() -> None:
    signs = {("a", "b"): -1, ("b", "c"): -1, ("a", "c"): 1}
    assert structural_balance(signs)["balanced"] == 1
    star = {("h", "x"): 1, ("h", "y"): 1, ("h", "z"): 1}
    bc = betweenness(star)
    assert bc["h"] == 1.0 and bc["x"] == 0.0


def test_one_faction_whichever_name_of_its_group_the_text_used() -> None:
    """The demo listed "Taliban commanders" and "Afghan Taliban commanders" as two factions
    (stop 26): the same sub-group, named under two of the group's names."""
    claims = [
        ev(TAL, AQ, "REJECT", "2010-04", "Some Taliban commanders refuse to shelter Al Qaeda.",
           mode="shunning"),
        ev(TAL, AQ, "REJECT", "2010-06", "Afghan Taliban commanders refused Al Qaeda money.",
           mode="assist"),
        ev(HQN, AQ, "COOPERATE", "2010-03", "The Haqqani network still cooperates with AQ."),
    ]  # fmt: skip
    out = wedges(claims, "Al Qaeda", "Taliban")
    commanders = [r for r in out["ranking"] if r["actor"]["name"].endswith("Taliban commanders")]
    assert len(commanders) == 1, names(out)
    assert commanders[0]["actor"]["name"] == "Afghan Taliban commanders"
    assert commanders[0]["hostile"] == 2
    assert commanders[0]["actor"]["id"] == "org:afghan-taliban#afghan-taliban-commanders"
