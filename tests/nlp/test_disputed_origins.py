"""An offshoot born of a dispute (invented sentences).

"X emerged as an offshoot of Y after a dispute" was coded as a tie (COOPERATE from the noun
"offshoot"); the dispute makes it a split. An offshoot with no dispute stays a tie.
"""

from __future__ import annotations

import pytest

from riftwatch.nlp.extract import extract_document


def _events(text: str) -> list[tuple[str, str, str, str]]:
    doc = {"id": "t", "date": "2012-05-01", "text": text}
    return [
        (d["source"]["name"], d["event_type"], d["target"]["name"], d["modality"])
        for d in (c.to_dict() for c in extract_document(doc))
    ]


MNLA = "National Movement for the Liberation of Azawad"


@pytest.mark.parametrize(
    "text",
    [
        "Ansar Dine was formed in 2011 as an offshoot of the MNLA after disagreements over sharia.",
        "Ansar Dine emerged as a breakaway faction of the MNLA amid a dispute over leadership.",
    ],
)
def test_an_offshoot_after_a_dispute_is_a_split(text: str) -> None:
    events = _events(text)
    assert ("Ansar Dine", "REJECT", MNLA, "asserted") in events, events
    assert not [e for e in events if e[1] == "COOPERATE"], events


def test_an_offshoot_without_a_dispute_is_a_tie() -> None:
    events = _events("Ansar Dine was formed in 2011 as an offshoot of the MNLA.")
    assert ("Ansar Dine", "COOPERATE", MNLA, "asserted") in events, events
    assert not [e for e in events if e[1] == "REJECT"], events


def test_a_possible_offshoot_after_a_dispute_is_not_asserted() -> None:
    events = _events(
        "Ansar Dine may have been formed as an offshoot of the MNLA after a dispute over sharia."
    )
    assert not [e for e in events if e[1] == "REJECT" and e[3] == "asserted"], events
