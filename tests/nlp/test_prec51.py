"""False hostile or cooperative events between parties (prec51; invented sentences).

Air strikes that back a party ("X, backed by Y and Turkish air strikes, took Z") are the
backer's means, no blow against X. "X may clash with Y, the army warned" is a body's warning
about a possible clash, no threat between X and Y. A place a party holds after "alongside",
"beside" ("built a depot alongside Y's headquarters") is where the act was done, not with
whom.
"""

from __future__ import annotations

from tests.nlp.conftest import api_events


def _named(text: str) -> set[tuple[str, str, str, str]]:
    return {
        (e["source"]["name"], e["event_type"], e["target"]["name"], e["modality"])
        for e in api_events(text, "2015-06-01")
    }


def test_air_strikes_backing_a_party_are_no_assault_on_it() -> None:
    for participle in ("backed", "supported"):
        events = _named(
            f"The Zorvan Front, {participle} by Kessel Brigades fighters and Turkish air "
            "strikes, took the town from the Moro Army."
        )
        assert not [e for e in events if e[1] == "ASSAULT" and e[2] == "Zorvan Front"], events
        assert ("Turkey", "SUPPORT", "Zorvan Front", "asserted") in events, events
        assert ("Zorvan Front", "COERCE", "Moro Army", "asserted") in events, events


def test_air_strikes_a_party_suffered_still_hit_it() -> None:
    events = _named("The Zorvan Front suffered heavy losses in Turkish air strikes.")
    assert ("Turkey", "ASSAULT", "Zorvan Front", "asserted") in events, events


def test_a_bodys_warning_of_a_clash_is_no_threat_between_the_parties() -> None:
    for tail in ("the army warned", "the ministry cautioned", "officials warned"):
        events = _named(f"The Zorvan Front may clash with the Kessel Brigades, {tail}.")
        assert not [e for e in events if e[1] == "THREATEN"], events
        assert not [e for e in events if e[3] == "asserted"], events


def test_a_partys_own_warning_is_still_a_threat() -> None:
    events = _named("The Zorvan Front warned that it would attack the Kessel Brigades.")
    assert ("Zorvan Front", "THREATEN", "Kessel Brigades", "asserted") in events, events


def test_a_held_place_beside_the_act_is_no_partner() -> None:
    for text in (
        "The Zorvan Front built a depot alongside the Kessel Brigades' headquarters.",
        "The Zorvan Front built a checkpoint beside the Kessel Brigades' compound.",
        "The Zorvan Front set up a camp next to the Kessel Brigades' base.",
    ):
        events = _named(text)
        assert not [e for e in events if e[1] == "COOPERATE"], (text, events)


def test_a_party_alongside_is_still_a_partner() -> None:
    for text in (
        "The Zorvan Front built a depot alongside the Kessel Brigades.",
        "The Zorvan Front fought alongside the Kessel Brigades near the base.",
    ):
        events = _named(text)
        assert ("Zorvan Front", "COOPERATE", "Kessel Brigades", "asserted") in events, (
            text,
            events,
        )
