"""world22 mechanisms, on invented sentences with negated, hedged and look-alike twins.

Each case is a sentence nobody reported; the triples are (source, PLOVER type, target,
modality) of the events riftwatch extracts.
"""

from __future__ import annotations

import pytest

from riftwatch.api import extract


def _events(text: str) -> set[tuple[str, str, str, str]]:
    """(source name, type, target name, modality) of every event of one sentence."""
    return {
        (e["source"]["name"], e["event_type"], e["target"]["name"], e["modality"])
        for e in extract([{"id": "t", "text": text, "date": "2015-03-01"}])
    }


def _between(found: set[tuple[str, str, str, str]], one: str, other: str) -> set[tuple[str, str]]:
    """(type, modality) of the events between two parties, either way."""
    return {
        (t, m) for s, t, g, m in found if (one in s and other in g) or (other in s and one in g)
    }


# -- "on strike" after a verb of going or being: a labour strike (code._on_state) -------------


@pytest.mark.parametrize(
    "text",
    [
        "Nigerian workers went on strike against the Nigerian government.",
        "Nigerian dockers are on strike against the Nigerian government.",
        "Nigerian miners remained on strike against the Nigerian government on Monday.",
    ],
)
def test_on_strike_is_a_protest(text: str) -> None:
    pairs = _between(_events(text), "Nigerian", "Nigeria")
    assert ("PROTEST", "asserted") in pairs
    assert not any(t == "ASSAULT" for t, _m in pairs)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Nigerian workers did not go on strike against the Nigerian government.", "negated"),
        ("Nigerian workers may go on strike against the Nigerian government.", None),
        ("Nigerian workers threatened to go on strike against the Nigerian government.", None),
    ],
)
def test_on_strike_twins_not_asserted(text: str, modality: str | None) -> None:
    pairs = _between(_events(text), "Nigerian", "Nigeria")
    assert not any(m == "asserted" and t in ("PROTEST", "ASSAULT") for t, m in pairs)
    assert not any(t == "ASSAULT" for t, _m in pairs)
    if modality:
        assert ("PROTEST", modality) in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Hamas launched a strike on the Israeli army.",
        "The Israeli army carried out an air strike against Hamas.",
        "Israeli jets carried out a strike on Hamas positions.",
    ],
)
def test_strike_on_a_party_stays_an_attack(text: str) -> None:
    found = _events(text)
    assert any(t == "ASSAULT" and m == "asserted" for _s, t, _g, m in found)
    assert not any(t == "PROTEST" for _s, t, _g, _m in found)


# -- a protest in the "for" phrase of a verb of gathering (mechanisms._gathered_for) -----------


@pytest.mark.parametrize(
    "text",
    [
        "Ugandan students gathered for a demonstration to demand the resignation of the "
        "Ugandan government.",
        "Ugandan farmers assembled for a rally to demand the release of prisoners held by the "
        "Ugandan government.",
    ],
)
def test_gathered_for_a_protest_with_an_aim(text: str) -> None:
    pairs = _between(_events(text), "Ugandan", "Uganda")
    assert ("PROTEST", "asserted") in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Ugandan students did not gather for a demonstration to demand the resignation of the "
        "Ugandan government.",
        "Ugandan students may gather for a demonstration to demand the resignation of the "
        "Ugandan government.",
        "Ugandan students gathered for a meeting to discuss the resignation of the Ugandan "
        "government.",
    ],
)
def test_gathered_for_twins_not_asserted_protest(text: str) -> None:
    pairs = _between(_events(text), "Ugandan", "Uganda")
    assert ("PROTEST", "asserted") not in pairs
