"""A verb of giving whose object is words (a message, orders, a speech) is no aid
(cues.yaml ``message_nouns``); goods and people sent still are."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import has, named_events


@pytest.mark.parametrize(
    "text",
    [
        "Al Qaeda sent a message to the Taliban.",
        "Al Qaeda sent orders to the Taliban.",
        "Al Qaeda gave the Taliban orders.",
        "The ISI gave a speech to the army.",
    ],
)
def test_words_passed_on_are_no_aid(text: str) -> None:
    found = named_events(text)
    assert not any(e[1] == "AID" for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Al Qaeda gave money to the Taliban.",
        "Al Qaeda sent fighters to the Taliban.",
    ],
)
def test_goods_and_people_sent_are_aid(text: str) -> None:
    assert has(named_events(text), "Al Qaeda", "AID", "Taliban"), named_events(text)


def test_an_event_noun_among_the_words_is_still_coded() -> None:
    assert has(
        named_events("Al Qaeda sent an ultimatum to the Taliban."),
        "Al Qaeda",
        "THREATEN",
        "Taliban",
    )
