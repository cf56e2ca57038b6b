"""Stance of requests, round peers26 (issue 9, the peers' gold dyads), on invented sentences.

CAMEO files a demand (root 10: demand, insist, press, order; "X said Y must ...") apart from an
appeal (root 02: urge, ask, appeal, call on; advice, "X said Y should ..."): a demand is verbal
conflict, an appeal has no stance. PLOVER joins both in REQUEST, so the coder gives a demand
the mode ``demand`` (``cameo_to_plover.csv`` root 10, ``SentenceCoder._request_mode``) and
``riftwatch.nlp.lexicon.stance`` reads the stance of a type and mode from PLOVER's quad classes
with that exception (``lexicon/stance.yaml``). A negated or hedged demand keeps its modality:
the mode never asserts anything. None of the sentences comes from a benchmark or a dev set.
"""

from __future__ import annotations

import pytest

from riftwatch.nlp.extract import extract_document
from riftwatch.nlp.lexicon import cameo
from riftwatch.nlp.lexicon.stance import stance_of, table


def requests(text: str) -> set[tuple[str, str, str | None, str]]:
    """(source, target, mode, modality) of every REQUEST event in ``text``."""
    return {
        (c.event.source.org_name or c.event.source.name,
         c.event.target.org_name or c.event.target.name, c.event.mode, c.event.modality)
        for c in extract_document({"id": "t", "text": text, "date": "2012-01-01"})
        if c.event.event_type == "REQUEST"
    }  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Kenya demanded that Uganda withdraw its soldiers from the border.",
        "Kenya insisted that Uganda must withdraw its soldiers.",
        "Kenya pressed Uganda to close the refugee camps.",
        "Kenya repeated its demand that Uganda close the refugee camps.",
        "The Kenyan foreign minister said Uganda must pay compensation.",
    ],
)
def test_a_demand_is_a_request_of_mode_demand(text: str) -> None:
    found = requests(text)
    assert any(m == "demand" and mod == "asserted" for _s, _t, m, mod in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya urged Uganda to withdraw its soldiers from the border.",
        "Kenya asked Uganda to hand over the suspects.",
        "Kenya called on Uganda to release the prisoners.",
        "The Kenyan foreign minister said Uganda should pay compensation.",
    ],
)
def test_an_appeal_is_a_request_with_no_demand_mode(text: str) -> None:
    found = requests(text)
    assert found and all(m != "demand" for _s, _t, m, _mod in found), found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Kenya did not demand that Uganda close the refugee camps.", "negated"),
        ("Kenya may demand that Uganda close the refugee camps.", "uncertain"),
        ("Kenya will demand that Uganda close the refugee camps.", "future"),
    ],
)
def test_a_negated_or_hedged_demand_is_not_asserted(text: str, modality: str) -> None:
    found = requests(text)
    assert found, text
    assert all(mod != "asserted" for _s, _t, _m, mod in found), found


def test_the_demand_mode_comes_from_the_cameo_root() -> None:
    assert cameo.mode_of("100") == "demand" and cameo.mode_of("1041") == "demand"
    assert cameo.mode_of("020") is None and cameo.plover_of("100") == "REQUEST"


def test_stance_follows_the_plover_quad_classes_but_for_requests() -> None:
    for kind in sorted(table()["types"]):
        if kind == "REQUEST":
            continue
        assert stance_of(kind) in ("coop", "conf"), kind
    assert stance_of("AID", "sanctuary") == "coop" and stance_of("COERCE", "arrest") == "conf"
    assert stance_of("RETREAT") == "coop" and stance_of("SANCTION") == "conf"
    assert stance_of("REQUEST", "demand") == "conf"
    assert stance_of("REQUEST") is None and stance_of("REQUEST", "meet") is None
    assert stance_of("unknown") is None
