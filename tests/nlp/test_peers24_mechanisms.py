"""peers24 mechanisms, on invented sentences with negated, hedged and refused twins.

Each case is a sentence nobody reported; the triples are (source, PLOVER type, target,
modality) of the events riftwatch extracts.
"""

from __future__ import annotations

import pytest

from riftwatch.api import extract


def _events(text: str) -> set[tuple[str, str, str, str]]:
    """(source name, type, target name, modality) of every event of one sentence."""
    return {
        (e["source"]["name"], e["event_type"], e["target"]["name"], e["modality"])
        for e in extract([{"id": "t", "text": text, "date": "2005-03-01"}])
    }


def _asserted(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, g) for s, t, g, m in _events(text) if m == "asserted"}


# -- a demand met, satisfied or granted is a concession (cues.yaml meeting_demand_verbs) ----


@pytest.mark.parametrize(
    "text",
    [
        "Kenya met Uganda's demands.",
        "Kenya met the demands of Uganda on Tuesday.",
        "Kenya fulfilled Uganda's demands for compensation.",
        "Kenya granted Uganda's request for fuel.",
        "Kenya met Uganda's conditions for a ceasefire.",
    ],
)
def test_demand_met_is_a_concession_to_its_author(text: str) -> None:
    assert ("Kenya", "CONCEDE", "Uganda") in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya met Uganda's demands.",
        "Kenya did not meet Uganda's demands.",
        "Kenya refused to meet Uganda's conditions.",
    ],
)
def test_demand_met_is_no_meeting(text: str) -> None:
    assert not any(t == "CONSULT" for _s, t, _g, _m in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not meet Uganda's demands.",
        "Kenya may meet Uganda's demands.",
        "Kenya said it would not meet Uganda's demands.",
        "Kenya refused to grant Uganda's request.",
    ],
)
def test_demand_not_met_is_no_asserted_concession(text: str) -> None:
    assert ("Kenya", "CONCEDE", "Uganda") not in _asserted(text)


def test_demand_refused_is_a_rejection() -> None:
    assert ("Kenya", "REJECT", "Uganda") in _asserted("Kenya refused to meet Uganda's demands.")


def test_meeting_a_party_is_still_a_meeting() -> None:
    assert ("Kenya", "CONSULT", "Government of Uganda") in _asserted(
        "Kenya met the Ugandan president on Monday."
    )
