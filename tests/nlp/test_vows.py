"""A vow states an intention: 'vowed to attack X' is a future threat, not an asserted one.

The labelling conventions (../shared/dev/LABELLING.md) count "vowed to" with the future and
intended acts; a threat made ("threatened to attack X", "warned X of attacks") stays asserted.
Invented sentences.
"""

from __future__ import annotations

import pytest

from riftwatch.nlp.extract import extract_document


def coded(text: str) -> set[tuple[str, str, str]]:
    """(type, modality, quote) of the events between the TTP and Pakistan's army."""
    return {
        (c.event.event_type, c.event.modality, c.event.quote)
        for c in extract_document({"id": "t", "text": text, "date": "2014-06-20"})
        if {c.event.source.org_name or c.event.source.name,
            c.event.target.org_name or c.event.target.name}
        == {"Tehrik-i-Taliban Pakistan", "Pakistan Army"}
    }  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The TTP vowed to attack the Pakistani army.",
        "The Pakistani Taliban vowed revenge against the Pakistani army after the raid.",
        "TTP vows to attack Pakistani army",
        "A TTP spokesman said the group had vowed to attack the Pakistani army.",
    ],
)
def test_a_vow_is_a_future_threat(text: str) -> None:
    found = coded(text)
    assert any(t == "THREATEN" for t, _m, _q in found), found
    assert not {m for _t, m, _q in found} & {"asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "The TTP threatened to attack the Pakistani army.",
        "The TTP threatened the Pakistani army with more attacks.",
    ],
)
def test_a_threat_made_stays_asserted(text: str) -> None:
    assert ("THREATEN", "asserted") in {(t, m) for t, m, _q in coded(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The TTP did not vow to attack the Pakistani army.",
        "The TTP denied that it had vowed to attack the Pakistani army.",
    ],
)
def test_a_vow_negated_or_denied_is_not_asserted_nor_a_future_threat(text: str) -> None:
    found = coded(text)
    assert not {m for _t, m, _q in found} & {"asserted"}
    assert not {m for t, m, _q in found if t == "THREATEN"} & {"future"}
