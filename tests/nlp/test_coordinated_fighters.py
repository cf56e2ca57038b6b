"""Coordinated subjects of a hostile verb that names a party of its own fight that party side
by side, not each other (stop 26; noticed by replay17: "X and Y fought the junta" coded an
asserted ASSAULT between the two allies, both ways, whenever "the junta" was no actor)."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_between, named_events


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Front and the Kumasi Brigade fought the junta.",
        "The Volta Front and the Kumasi Brigade fought against the government in the 1990s.",
        "The Volta Front and the Kumasi Brigade attacked the occupiers in 2004.",
    ],
)
def test_allies_fighting_a_third_party_are_not_foes(text: str) -> None:
    found = named_events(text)
    assert not asserted_between(found, "Volta", "Kumasi"), found
    assert not asserted_between(found, "Kumasi", "Volta"), found


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Front and the Kumasi Brigade fought each other.",
        "The Volta Front and the Kumasi Brigade fought one another in 2004.",
        "The Volta Front and the Kumasi Brigade clashed in the hills.",
    ],
)
def test_parties_fighting_each_other_are_still_foes(text: str) -> None:
    found = named_events(text)
    assert any(e[1] == "ASSAULT" for e in asserted_between(found, "Volta", "Kumasi")), found
    assert any(e[1] == "ASSAULT" for e in asserted_between(found, "Kumasi", "Volta")), found


def test_reported_fighting_of_one_another_is_fighting_between_them() -> None:
    found = named_events(
        "Other sources report that the Taliban and the Islamic State are actively fighting one "
        "another.",
        "2015-05-01",
    )
    assert any(e[1] == "ASSAULT" for e in asserted_between(found, "Taliban", "Islamic State"))


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Front and the Kumasi Brigade exchanged fire near the border.",
        "The Volta Front and the Kumasi Brigade fought a battle near the border.",
    ],
)
def test_an_object_naming_the_act_is_no_third_party(text: str) -> None:
    found = named_events(text)
    assert any(e[1] == "ASSAULT" for e in asserted_between(found, "Volta", "Kumasi")), found
