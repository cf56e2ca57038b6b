"""Coordinated subjects acting together are one side, not each other's foes.

"X and Y fought together" and "X and Y jointly attacked Z" make X and Y partners; only
"X and Y fought (each other)" makes them foes. Invented sentences about real groups.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import named_events

AHRAR, NUSRA, JAI = "Ahrar al-Sham", "Nusra Front", "Jaysh al-Islam"


def events(text: str) -> set[tuple[str, str, str, str]]:
    """(source, type, target, modality) of every event coded in ``text``."""
    return named_events(text, "2015-05-02")


def between(found: set[tuple[str, str, str, str]], a: str, b: str) -> set[tuple[str, str]]:
    """(type, modality) of the events between a and b, either way."""
    return {(t, m) for s, t, g, m in found if {s, g} == {a, b}}


@pytest.mark.parametrize(
    "text",
    [
        "Ahrar al-Sham and the Nusra Front fought together to capture Idlib city in March.",
        "Ahrar al-Sham and the Nusra Front jointly attacked army positions near Jisr al-Shughur.",
        "In 2015 Ahrar al-Sham and the Nusra Front fought together against government forces.",
    ],
)
def test_partners_acting_together_are_not_coded_as_foes(text: str) -> None:
    pair = between(events(text), AHRAR, NUSRA)
    assert not {t for t, m in pair if m == "asserted"} & {"ASSAULT", "COERCE", "THREATEN"}
    assert ("COOPERATE", "asserted") in pair


@pytest.mark.parametrize(
    "text",
    [
        "Ahrar al-Sham and Jaysh al-Islam fought in Eastern Ghouta in April 2016.",
        "Ahrar al-Sham and Jaysh al-Islam fought each other in Eastern Ghouta in April 2016.",
    ],
)
def test_coordinated_parties_fighting_without_together_are_foes(text: str) -> None:
    assert ("ASSAULT", "asserted") in between(events(text), AHRAR, JAI)


@pytest.mark.parametrize(
    "text",
    [
        "Ahrar al-Sham and the Nusra Front never fought together.",
        "Ahrar al-Sham and the Nusra Front may have fought together near Idlib.",
    ],
)
def test_joint_fighting_denied_or_hedged_is_not_asserted(text: str) -> None:
    assert not {m for t, m in between(events(text), AHRAR, NUSRA) if m == "asserted"}
