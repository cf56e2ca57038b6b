"""A reported clause the parser reads as one noun phrase (headline.rules.v17).

"Officials said the Taliban sheltered al-Qaeda leaders": the small parser takes "the Taliban
sheltered al-Qaeda leaders" for the object of "said", "sheltered" an adjective of "leaders"
and the subject a modifier, so the sentence coded nothing, while the same clause without
its speaker was coded. Parsed again as "said that it sheltered ...", the clause is the
speaker's report, attributed to the speaker. Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import named_events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Officials said the Zorvan Front sheltered Kessel Brigades leaders in the hills.",
         "Zorvan", "Kessel"),
        ("Officials said the Taliban sheltered al-Qaeda leaders in Helmand.", "Taliban", "Qaeda"),
        ("Tribal elders said the Haqqani network sheltered al-Qaeda trainers.", "Haqqani",
         "Qaeda"),
        ("Officials said the Taliban sheltered Al Qaeda leaders in Helmand.", "Taliban", "Qaeda"),
    ],
)  # fmt: skip
def test_a_reported_clause_is_coded(text: str, source: str, target: str) -> None:
    found = named_events(text)
    assert any(
        e[1] == "AID" and e[3] == "asserted" and source in e[0] and target in e[2] for e in found
    ), found


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the Taliban never sheltered al-Qaeda leaders in Helmand.",
        "Officials said the Taliban may have sheltered al-Qaeda leaders in Helmand.",
        "Officials denied the Taliban sheltered al-Qaeda leaders in Helmand.",
    ],
)
def test_a_reported_clause_keeps_its_negation_or_hedge(text: str) -> None:
    found = named_events(text)
    assert not [e for e in found if e[3] == "asserted"], found
