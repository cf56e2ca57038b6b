"""A denial of an act is no refusal of the party the act concerns (stop 61, issue 9).

"X denied any handover of Y's fighters to Z" denies that a handover happened; it refuses Y
nothing, so it must not become an asserted REJECT from X to Y (events.yaml ``deny``
``not_with_object``: nouns of acts and ties). A party in the dative is still refused: "X
denied Y shelter", "X denied Y entry" (``code._spared``).
"""

from __future__ import annotations

import pytest

from conftest import api_asserted_between


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "The Hizb-e-Islami commanders denied any handover of TTP fighters to the army.",
            "org:hig",
            "org:ttp",
        ),
        (
            "Hizb-e-Islami denied any transfer of TTP prisoners.",
            "org:hig",
            "org:ttp",
        ),
        (
            "The Afghan Taliban denied any meeting with Al Qaeda envoys in Quetta.",
            "org:afghan-taliban",
            "org:al-qaeda",
        ),
    ],
)
def test_a_denied_act_refuses_no_one(text: str, a: str, b: str) -> None:
    assert api_asserted_between(text, a, b) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Afghan Taliban denied the TTP shelter in Kunar.",
        "The Afghan Taliban denied the TTP entry to their camps.",
    ],
)
def test_a_party_denied_something_is_refused(text: str) -> None:
    found = api_asserted_between(text, "org:afghan-taliban", "org:ttp")
    assert [e["event_type"] for e in found] == ["REJECT"]
