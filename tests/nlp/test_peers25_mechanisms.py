"""peers25 mechanisms, on invented sentences with negated, hedged and refused twins.

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


# -- what a party is shielded from is not the shielder's act (cues.yaml shielding_verbs) ----


@pytest.mark.parametrize(
    "text",
    [
        "Kenya defended Uganda against criticism of its elections.",
        "Kenya shielded Uganda from attacks on its border.",
        "Kenya protected Uganda against condemnation of its new laws.",
        "Kenya rescued Ugandan hostages from an attack on their convoy.",
        "Kenya guarded Uganda from accusations over its elections.",
    ],
)
def test_shielded_from_is_not_the_shielders_hostile_act(text: str) -> None:
    hostile = {"ACCUSE", "ASSAULT", "COERCE", "THREATEN", "SANCTION", "PROTEST"}
    assert not any(s == "Kenya" and t in hostile for s, t, _g, _m in _events(text)), _events(text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Kenya defended Uganda against criticism of its elections.", "SUPPORT"),
        ("Kenya shielded Uganda from attacks on its border.", "AID"),
    ],
)
def test_shielding_verb_keeps_its_own_cooperation(text: str, etype: str) -> None:
    assert ("Kenya", etype, "Uganda") in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not defend Uganda against criticism of its elections.",
        "Kenya may shield Uganda from attacks on its border.",
        "Kenya refused to defend Uganda against criticism of its elections.",
    ],
)
def test_shielding_twins_assert_no_cooperation(text: str) -> None:
    got = _asserted(text)
    assert ("Kenya", "SUPPORT", "Uganda") not in got
    assert ("Kenya", "AID", "Uganda") not in got
    assert not any(s == "Kenya" and t in ("ACCUSE", "ASSAULT") for s, t, _g in got)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya launched attacks on Uganda from Tanzania.",
        "Kenya voiced criticism of Uganda's elections.",
    ],
)
def test_own_hostile_acts_are_still_read(text: str) -> None:
    """Only the shielding verbs' against/from phrase is set aside: an attack launched
    from a place, or criticism voiced, is still the subject's own act."""
    assert any(
        s == "Kenya" and g == "Uganda" and t in ("ASSAULT", "ACCUSE") for s, t, g in _asserted(text)
    )
