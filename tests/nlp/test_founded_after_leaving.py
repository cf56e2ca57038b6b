"""Founders who left another group: the group they founded split from it.

"Commanders left Y and founded X", "X was founded by P, who defected from Y": X REJECT
(split) Y, with the founding verb's modality. Invented sentences about real groups.
"""

from __future__ import annotations

import pytest

from riftwatch.nlp.extract import extract_document


def splits(text: str) -> set[tuple[str, str, str]]:
    """(founded, left, modality) of the split events coded in ``text``."""
    return {
        (c.event.source.org_name or c.event.source.name,
         c.event.target.org_name or c.event.target.name, c.event.modality)
        for c in extract_document({"id": "t", "text": text, "date": "2016-12-31"})
        if c.event.event_type == "REJECT" and c.event.mode == "split"
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "founded", "left"),
    [
        ("In 2012 a group of commanders left Boko Haram and founded Ansaru.", "Ansaru",
         "Boko Haram"),
        ("Dissatisfied commanders quit the Tehrik-i-Taliban Pakistan and formed "
         "Jamaat-ul-Ahrar in 2014.", "Jamaat-ul-Ahrar", "Tehrik-i-Taliban Pakistan"),
        ("The Islamic State in the Greater Sahara was founded in 2015 by Adnan Abu Walid "
         "al-Sahrawi, who defected from Al-Mourabitoun.", "Islamic State in the Greater Sahara",
         "Al-Mourabitoun"),
    ],
)  # fmt: skip
def test_a_group_founded_by_those_who_left_another_split_from_it(
    text: str, founded: str, left: str
) -> None:
    assert (founded, left, "asserted") in splits(text)


@pytest.mark.parametrize(
    "text",
    [
        "In 2012 a group of commanders may have left Boko Haram and founded Ansaru.",
        "Nigerian officials denied that commanders had left Boko Haram and founded Ansaru.",
        "In 2012 a group of commanders left Boko Haram but did not found Ansaru.",
        "If commanders leave Boko Haram and found a new group, Ansaru could grow.",
    ],
)
def test_a_founding_negated_hedged_or_conditional_is_not_asserted(text: str) -> None:
    assert not {s for s in splits(text) if s[:2] == ("Ansaru", "Boko Haram") and s[2] == "asserted"}
