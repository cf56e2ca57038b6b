"""An end denied is an act that went on (invented sentences).

"Iran did not stop funding Hezbollah" came out as funding negated: the negation of the
ending verb was read as the act's own. "X's funding of Y did not stop" gave only a negated
refusal. Both say the funding went on; a hedge or a future on the denial keeps it from
being asserted, and "did not refuse to" leaves open whether the act happened.
"""

from __future__ import annotations

import pytest

from riftwatch.nlp.extract import extract_document


def _aid(text: str) -> list[str]:
    doc = {"id": "t", "date": "2016-06-04", "text": text}
    out = []
    for coded in extract_document(doc):
        d = coded.to_dict()
        if d["event_type"] == "AID" and d["source"]["name"] == "Iran":
            out.append(d["modality"])
    return out


@pytest.mark.parametrize(
    "text",
    [
        "Iran did not stop funding Hezbollah after the sanctions.",
        "Iran never stopped arming Hezbollah.",
        "Iran has not ceased funding Hezbollah.",
    ],
)
def test_an_end_denied_asserts_the_act(text: str) -> None:
    assert _aid(text) == ["asserted"]


@pytest.mark.parametrize(
    "text",
    [
        "Iran may not have stopped funding Hezbollah.",
        "Iran will not stop funding Hezbollah.",
        "Iran did not refuse to fund Hezbollah.",
        "Officials doubt that Iran never stopped funding Hezbollah.",
    ],
)
def test_a_hedged_or_future_denial_of_the_end_asserts_nothing(text: str) -> None:
    assert "asserted" not in _aid(text)


def test_a_relation_noun_whose_end_is_denied_asserts_no_distancing() -> None:
    """ "X's funding of Y did not stop": no end asserted (the noun's own reading is left to
    the relation-noun rule, whose twins assert nothing either way)."""
    doc = {"id": "t", "date": "2016-06-04", "text": "Iran's funding of Hezbollah did not stop."}
    found = [(d["event_type"], d["modality"]) for d in (c.to_dict() for c in extract_document(doc))]
    assert ("REJECT", "asserted") not in found and ("AID", "negated") not in found, found


def test_an_end_asserted_still_negates_the_act() -> None:
    assert _aid("Iran stopped funding Hezbollah after the sanctions.") == ["negated"]


def _attacks(text: str) -> list[tuple[str, str, str]]:
    doc = {"id": "t", "date": "2011-03-01", "text": text}
    return [
        (d["source"]["name"], d["target"]["name"], d["modality"])
        for d in (c.to_dict() for c in extract_document(doc))
        if d["event_type"] == "ASSAULT"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The TTP has vowed to avenge the killing of its leader by the Pakistani army.",
        "The TTP may retaliate for the killing of its leader by the Pakistani army.",
    ],
)
def test_what_is_avenged_has_happened(text: str) -> None:
    """A vow or a possible reprisal does not make the avenged killing future or possible."""
    assert ("Pakistan Army", "Tehrik-i-Taliban Pakistan", "asserted") in _attacks(text)


def test_the_vowed_act_itself_stays_future() -> None:
    found = _attacks("The TTP vowed to attack the Pakistani army.")
    assert found and all(m != "asserted" for _s, _t, m in found), found
