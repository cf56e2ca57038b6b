"""A relation named as the subject of an ending verb is over.

"The alliance between X and Y ended" is an asserted REJECT (distancing) between them, never
an asserted cooperation; talks that end are not distancing. Invented sentences.
"""

from __future__ import annotations

import pytest

from riftwatch.nlp.extract import extract_document

DINE, AQIM = "Ansar Dine", "Al Qaeda in the Islamic Maghreb"


def between(text: str) -> set[tuple[str, str]]:
    """(type, modality) of the events between Ansar Dine and AQIM, either way."""
    return {
        (c.event.event_type, c.event.modality)
        for c in extract_document({"id": "t", "text": text, "date": "2014-01-01"})
        if {c.event.source.org_name or c.event.source.name,
            c.event.target.org_name or c.event.target.name} == {DINE, AQIM}
    }  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The alliance between Ansar Dine and AQIM ended in 2013.",
        "The partnership between Ansar Dine and AQIM dissolved after the French intervention.",
    ],
)
def test_an_ended_alliance_is_distancing_not_cooperation(text: str) -> None:
    found = between(text)
    assert ("REJECT", "asserted") in found
    assert not {t for t, m in found if m == "asserted"} & {"COOPERATE", "SUPPORT", "AID"}


@pytest.mark.parametrize(
    "text",
    [
        "The alliance between Ansar Dine and AQIM may have ended in 2013.",
        "The alliance between Ansar Dine and AQIM did not end in 2013.",
        "If the alliance between Ansar Dine and AQIM ends, the north will be divided.",
    ],
)
def test_an_ending_hedged_negated_or_conditional_asserts_nothing(text: str) -> None:
    assert not {m for _t, m in between(text)} & {"asserted"}


def test_talks_that_end_are_not_distancing() -> None:
    found = between("The talks between Ansar Dine and AQIM ended in Kidal on Monday.")
    assert ("REJECT", "asserted") not in found
