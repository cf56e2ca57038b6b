"""Defections (invented sentences): "X's commanders defected to Y" joins Y.

It came out as a split from Y (X REJECT Y), the very opposite: the "to" party is joined and
only a "from" party is left.
"""

from __future__ import annotations

import pytest

from riftwatch.nlp.extract import extract_document


def _events(text: str) -> list[tuple[str, str, str, str]]:
    doc = {"id": "t", "date": "2018-05-01", "text": text}
    return [
        (d["source"]["name"], d["event_type"], d["target"]["name"], d["modality"])
        for d in (c.to_dict() for c in extract_document(doc))
    ]


@pytest.mark.parametrize(
    "text",
    ["Several TTP commanders defected to the Islamic State.", "TTP commanders defect to Daesh"],
)
def test_defecting_to_a_group_joins_it(text: str) -> None:
    # prec52: the commanders who defect are no longer the TTP's; the TTP loses them and joins
    # nobody, so no TTP SUPPORT IS (a whole group defecting still joins: test_prec52). What
    # this test was written for stays: the defection is no split from the Islamic State.
    events = _events(text)
    assert ("Tehrik-i-Taliban Pakistan", "SUPPORT", "Islamic State", "asserted") not in events
    assert not [e for e in events if e[1] == "REJECT" and e[2] == "Islamic State"], events


def test_defecting_from_a_group_splits_from_it() -> None:
    events = _events("Hafiz Saeed Khan defected from the TTP to the Islamic State in 2014.")
    assert any(e[1] == "REJECT" and e[2] == "Tehrik-i-Taliban Pakistan" for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "TTP commanders did not defect to the Islamic State.",
        "TTP commanders may defect to the Islamic State.",
    ],
)
def test_a_denied_or_possible_defection_is_not_asserted(text: str) -> None:
    events = _events(text)
    assert not [e for e in events if e[2] == "Islamic State" and e[3] == "asserted"], events
