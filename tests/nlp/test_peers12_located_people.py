"""World-news dyads, round peers12 (issue 9), on invented sentences.

"They" or "their" after people qualified by a place ("Rebels in Chad said they ...") stands
for those people, never for the place: the country named in the phrase is where they are,
not who acted. Negated and hedged twins keep their modality; none is asserted. None of the
sentences comes from a benchmark or a development set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has, named_events


@pytest.mark.parametrize(
    "text",
    [
        "Rebels in Chad said they had attacked the government of President Idriss Deby.",
        "Insurgents in Mali said they had ambushed the army of Niger.",
    ],
)
def test_they_after_located_people_is_not_the_place(text: str) -> None:
    found = named_events(text)
    # the country the people are in is not the attacker
    assert not any(
        s in ("Chad", "Mali") and g == "ASSAULT" and m == "asserted" for s, g, _t, m in found
    ), found


def test_they_is_the_located_people() -> None:
    found = named_events("Rebels in Chad said they had attacked the government of Niger.")
    assert has(found, "Rebels", "ASSAULT", "Niger"), found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Rebels in Chad said they had not attacked the government of Niger.", "negated"),
        ("Rebels in Chad said they might attack the government of Niger.", None),
    ],
)
def test_located_people_twins_are_not_asserted(text: str, modality: str | None) -> None:
    found = named_events(text)
    assert not asserted(found), found
    if modality:
        assert has(found, "Rebels", "ASSAULT", "Niger", modality), found


def test_it_and_a_country_subject_unchanged() -> None:
    # "its" may still be the country; a country subject's "they" is untouched
    found = named_events("Rebels in Chad condemned its government.")
    assert has(found, "Rebels", "ACCUSE", "Chad"), found
    assert not has(named_events("Chad said it had attacked the rebels."), "Rebels", "ASSAULT",
                   "Chad", None)  # fmt: skip
