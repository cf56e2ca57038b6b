"""A capital left or headed for is a place, not its government acting (names24).

A capital that acts stands for its government ("Khartoum armed the rebels"); one a party
leaves ("after the PLO left Beirut") or moves towards ("fought its way towards Kinshasa")
is where they went, and no party of the sentence. Sentences invented.
"""

from __future__ import annotations

from typing import Any

from tests.nlp.conftest import actor_ids as _parties

from riftwatch import api


def _events(text: str, date: str = "1998-08") -> list[dict[str, Any]]:
    return list(api.extract([{"id": "d", "date": date, "text": text}]))


def test_a_capital_left_is_no_government_attacked_or_attacking() -> None:
    events = _events("After the Kesh Front left Beirut, its fighters attacked the Zorani Front.")
    assert "org:lebanon-government" not in _parties(events)
    assert any(e["source"]["id"] == "open:kesh-front" and e["event_type"] == "ASSAULT"
               for e in events)  # fmt: skip


def _role_of(text: str, word: str) -> bool:
    from riftwatch.nlp.mentions import _acting_role
    from riftwatch.nlp.parse import nlp

    doc = nlp()(text)
    return _acting_role(next(t for t in doc if t.text == word))


def test_a_capital_moved_towards_is_no_party() -> None:
    assert not _role_of("The Kesh Front fought its way towards Kinshasa.", "Kinshasa")
    assert not _role_of("The rebels advanced towards Kinshasa.", "Kinshasa")
    # turning towards a capital is taking its side: the government stays a party
    assert _role_of("The junta turned towards Moscow for arms.", "Moscow")
    assert _role_of("Hostility towards Tehran grew among the rebels.", "Tehran")


def test_a_capital_acting_or_turned_to_still_stands_for_its_government() -> None:
    armed = _events("Khartoum armed the Kesh Front.")
    assert any(e["source"]["id"] == "org:sudan-government" and e["event_type"] == "AID"
               for e in armed)  # fmt: skip
    attacked = _events("The Kesh Front attacked Kinshasa's forces.")
    assert "org:democratic-republic-of-the-congo-government" in _parties(attacked) or any(
        "congo" in p for p in _parties(attacked)
    )
