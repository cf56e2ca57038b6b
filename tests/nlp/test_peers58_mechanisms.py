"""peers58 (issue 9): two world-news classes.

1. "Parliament" after "European" names no country's legislature, so the body that condemns,
   calls on and is turned down in world news was no actor at all. It now resolves to the
   European Union, as the Commission and the Council of the EU already did.
2. Ending a hostile measure ("X ended its boycott of Y", "ended the blockade of Y") is an
   easing (RETREAT) that the ending verb asserts; it was read as negated by that same verb.
   The easing, and the cut of a cooperation ("cut its aid to Y"), now take the verb's own
   modality, so "refused to end / lift / cut" is not asserted either (it was, for "lift"
   and "cut").

Every sentence here is invented for these tests; each positive has a negated or hedged twin
that must stay unasserted.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has, named_events

DATE = "2015-06-01"


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return named_events(text, DATE)


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The European Parliament condemned the Kenyan government.", "European Union",
         "ACCUSE", "Kenya"),
        ("The Chadian government rejected the call of the European Parliament.", "Chad",
         "REJECT", "European Union"),
        ("The EU Parliament praised Tunisia for its new constitution.", "European Union",
         "SUPPORT", "Tunisia"),
    ],
)  # fmt: skip
def test_european_parliament_is_an_actor(text: str, source: str, etype: str, target: str) -> None:
    assert has(_events(text), source, etype, target)


@pytest.mark.parametrize(
    "text",
    [
        "The European Parliament did not condemn the Kenyan government.",
        "The European Parliament may condemn the Kenyan government next week.",
        "The Chadian government denied that it had rejected the call of the European Parliament.",
        "The EU Parliament will praise Tunisia if the vote is held.",
    ],
)
def test_european_parliament_twins_not_asserted(text: str) -> None:
    assert not {e for e in asserted(_events(text)) if "European Union" in (e[0] + e[2])}


def test_a_country_parliament_stays_its_own() -> None:
    """A country's legislature is still that country's party, not the Union's."""
    found = _events("The Lebanese parliament condemned the Kenyan government.")
    assert has(found, "Leban", "ACCUSE", "Kenya")
    assert not any("European Union" in e[0] for e in found)


# -- 2. ending a hostile measure is an asserted easing ----------------------------------------


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Kenya ended its boycott of Uganda.", "RETREAT"),
        ("Kenya ended the blockade of Uganda on Monday.", "RETREAT"),
        ("Kenya ended its sanctions against Uganda.", "RETREAT"),
        ("Kenya reportedly ended its embargo on Uganda.", "RETREAT"),
        ("Kenya lifted its sanctions on Uganda.", "RETREAT"),
        ("Kenya cut its aid to Uganda.", "SANCTION"),
    ],
)
def test_ending_a_measure_is_asserted(text: str, etype: str) -> None:
    assert has(_events(text), "Kenya", etype, "Uganda")


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Kenya did not end its boycott of Uganda.", "RETREAT"),
        ("Kenya may end the blockade of Uganda.", "RETREAT"),
        ("Kenya refused to end its sanctions against Uganda.", "RETREAT"),
        ("Kenya refused to lift its sanctions on Uganda.", "RETREAT"),
        ("Kenya vowed to end its embargo on Uganda.", "RETREAT"),
        ("Kenya denied that it had ended the blockade of Uganda.", "RETREAT"),
        ("Kenya refused to cut its aid to Uganda.", "SANCTION"),
        ("Kenya threatened to cut its aid to Uganda.", "SANCTION"),
    ],
)
def test_ending_a_measure_twins_not_asserted(text: str, etype: str) -> None:
    assert not has(_events(text), "Kenya", etype, "Uganda")
