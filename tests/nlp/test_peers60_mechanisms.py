"""peers60 (issue 9): the type of world-news dyads that were found with a wrong type.

1. A party ready or willing to do a cooperative act named by the noun object of its verb
   ("X is prepared to lift the ban on Y") states an intent to cooperate, an AGREE (CAMEO 03,
   as "X is willing to help Y" already was). The AGREE was read on the noun, which the
   verb ends ("lift"), and so dropped; it is now read on the verb (intended, future).
2. An intent to do an act that a late pass codes ("X announced it will return the trucks
   seized from Y", mechanisms.returned_to_owner) is an AGREE too: announced_cooperation now
   also reads the acts coded after it ran.
3. "war games" are military exercises (COOPERATE, joint operations, as "exercises" and
   "drills" are), not a war: "war" that only modifies "games" codes no ASSAULT.

Every sentence here is invented for these tests; each positive has a negated or hedged twin
that must stay unasserted.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has, named_events

DATE = "2010-05-01"


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return named_events(text, DATE)


# -- 1 and 2. an intent to cooperate is an AGREE (intended: never asserted) -------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Uganda is prepared to lift the sanctions on Kenya.", "Uganda", "Kenya"),
        ("Tanzania said it is ready to lift the ban on Rwanda.", "Tanzania", "Rwanda"),
        ("Uganda announced it will return the trucks seized from Kenya.", "Uganda", "Kenya"),
        ("Tanzania said it will hand back the boats it had captured from Malawi.", "Tanzania",
         "Malawi"),
    ],
)  # fmt: skip
def test_intent_to_cooperate_is_an_agree(text: str, source: str, target: str) -> None:
    found = _events(text)
    assert has(found, source, "AGREE", target, modality="future")
    assert not asserted(found)  # the act and the intent are both only intended


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Uganda is not prepared to lift the sanctions on Kenya.", "Uganda", "Kenya"),
        ("Tanzania denied that it was ready to lift the ban on Rwanda.", "Tanzania", "Rwanda"),
        ("Uganda may return the trucks seized from Kenya.", "Uganda", "Kenya"),
        ("Tanzania said it would hand back the boats it had captured from Malawi if Malawi "
         "paid a fine.", "Tanzania", "Malawi"),
    ],
)  # fmt: skip
def test_intent_twins_not_asserted(text: str, source: str, target: str) -> None:
    found = _events(text)
    assert not {e for e in asserted(found) if e[1] in ("AGREE", "RETREAT")}
    assert not has(found, source, "AGREE", target, modality="asserted")


def test_a_refused_return_stays_a_refusal() -> None:
    """ "will not return" is a refusal made now (REJECT), and no intent to cooperate."""
    found = _events("Uganda announced it will not return the trucks seized from Kenya.")
    assert not has(found, "Uganda", "AGREE", "Kenya", modality=None)


def test_a_return_done_is_no_intent() -> None:
    """A return made is the act itself, asserted, with no AGREE of intent beside it."""
    found = _events("Uganda returned the trucks seized from Kenya.")
    assert has(found, "Uganda", "RETREAT", "Kenya")
    assert not has(found, "Uganda", "AGREE", "Kenya", modality=None)


# -- 3. war games are exercises ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kenyan and Ugandan warships launched ten days of war games on Monday.", "Kenya",
         "Uganda"),
        ("Tanzania held war games with Malawi near the lake.", "Tanzania", "Malawi"),
    ],
)  # fmt: skip
def test_war_games_are_joint_exercises(text: str, source: str, target: str) -> None:
    found = _events(text)
    assert has(found, source, "COOPERATE", target)
    assert not {e for e in found if e[1] == "ASSAULT"}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda did not hold war games this year.",
        "Tanzania may hold war games with Malawi next month.",
        "Tanzania denied holding war games with Malawi.",
    ],
)
def test_war_games_twins_not_asserted(text: str) -> None:
    found = _events(text)
    assert not asserted(found)
    assert not {e for e in found if e[1] == "ASSAULT"}


def test_games_alone_and_war_itself() -> None:
    """Only "war games" are exercises; a war waged is still an attack."""
    assert not {e for e in _events("Kenya and Uganda played games.") if e[1] == "COOPERATE"}
    assert has(_events("Tanzania waged war on Malawi."), "Tanzania", "ASSAULT", "Malawi")
