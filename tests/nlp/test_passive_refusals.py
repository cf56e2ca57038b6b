"""Refusals told in the passive (invented sentences).

"Al Qaeda couriers were turned away by Taliban commanders" and "... were refused shelter by
the Taliban" gave nothing: the refusal's source is the passive agent and its target the
passive subject, as in the active "Taliban commanders turned away Al Qaeda couriers".
"""

from __future__ import annotations

import pytest

from riftwatch.nlp.extract import extract_document


def _rejects(text: str) -> list[tuple[str, str, str]]:
    doc = {"id": "t", "date": "2010-03-01", "text": text}
    out = []
    for coded in extract_document(doc):
        d = coded.to_dict()
        if d["event_type"] == "REJECT":
            out.append((d["source"]["name"], d["target"]["name"], d["modality"]))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "Al Qaeda couriers were turned away by Taliban commanders in Helmand.",
        "Al Qaeda operatives were refused shelter by the Taliban.",
        "Al Qaeda's envoys have been turned away by the Taliban.",
    ],
)
def test_a_passive_refusal_rejects_the_subject(text: str) -> None:
    assert ("Afghan Taliban", "Al Qaeda", "asserted") in _rejects(text), _rejects(text)


@pytest.mark.parametrize(
    "text",
    [
        "Al Qaeda couriers were not turned away by Taliban commanders.",
        "Al Qaeda operatives may have been refused shelter by the Taliban.",
        "Officials denied that Al Qaeda couriers were turned away by the Taliban.",
    ],
)
def test_a_negated_or_hedged_passive_refusal_is_not_asserted(text: str) -> None:
    assert all(m != "asserted" for _s, _t, m in _rejects(text)), _rejects(text)


def test_a_passive_refusal_without_an_agent_names_no_refuser() -> None:
    assert _rejects("Al Qaeda couriers were refused shelter in Helmand.") == []
