"""Ultimatums of world news (issue 9, round 18: peers18), on invented sentences.

CAMEO 139 "give ultimatum" is PLOVER THREATEN, more forceful than a plain demand (REQUEST):

- a demand with a penalty for not meeting it ("X demanded that Y withdraw or face military
  action", "X said Y must disarm or risk sanctions") is a THREATEN from X to Y beside the
  REQUEST;
- an ultimatum or a deadline given to a party through the verb's indirect object ("X gave
  Y an ultimatum", "X set Y a deadline", "a deadline for Y to ...") is a THREATEN from X to Y;
- what the ultimatum asks ("an ultimatum to withdraw its troops") is the addressee's act,
  not yet done, and never the giver's (it had read as the giver's asserted withdrawal).

Each has negated, hedged or denied twins that must not come out asserted. None of the
sentences comes from a benchmark or a development set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, asserted, has, named_events


def events(text: str) -> set[tuple[str, str, str, str]]:
    return named_events(text, "2006-05-10")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Ghana demanded that Togo release the detained traders within a week or face "
         "sanctions.", "Ghana", "Togo"),
        ("Peru said Chile must return the seized fishing boats or face the consequences.",
         "Peru", "Chile"),
        ("Kenya urged Uganda to withdraw its troops from the border or risk a trade embargo.",
         "Kenya", "Uganda"),
    ],
)  # fmt: skip
def test_a_demand_with_a_penalty_is_a_threat_beside_the_request(
    text: str, source: str, target: str
) -> None:
    assert_events(events(text), gives=[(source, "REQUEST", target), (source, "THREATEN", target)])


@pytest.mark.parametrize(
    "text",
    [
        "Ghana did not demand that Togo release the detained traders or face sanctions.",
        "Ghana denied demanding that Togo release the detained traders or face sanctions.",
        "Ghana may demand that Togo release the detained traders or face sanctions.",
        "Ghana would never demand that Togo release the traders or face sanctions.",
    ],
)
def test_a_negated_or_hedged_ultimatum_is_not_asserted(text: str) -> None:
    assert_events(events(text), gives_not=[("Ghana", "THREATEN", "Togo")])


def test_a_demand_with_a_second_demand_is_no_threat() -> None:
    assert_events(
        events("Ghana demanded that Togo release the traders or explain why it held them."),
        gives=[("Ghana", "REQUEST", "Togo")],
        gives_not=[("Ghana", "THREATEN", "Togo", None)],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia gave Eritrea an ultimatum to withdraw its troops from the border.",
        "Ethiopia gave Eritrea a deadline to pull its troops back from the border.",
        "Ethiopia set a deadline for Eritrea to withdraw its troops from the border.",
        "Ethiopia issued an ultimatum to Eritrea to withdraw its troops from the border.",
    ],
)
def test_an_ultimatum_given_to_a_party_threatens_it(text: str) -> None:
    found = events(text)
    assert has(found, "Ethiopia", "THREATEN", "Eritrea"), found
    # what the ultimatum asks is Eritrea's act, not done; the giver neither withdraws nor
    # gives aid
    assert not any(e[0].startswith("Ethiopia") and e[1] in ("RETREAT", "AID")
                   for e in asserted(found)), found  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia did not give Eritrea an ultimatum to withdraw its troops.",
        "Ethiopia may give Eritrea an ultimatum to withdraw its troops.",
        "Ethiopia denied giving Eritrea a deadline to withdraw its troops.",
        "Ethiopia did not set a deadline for Eritrea to withdraw its troops.",
    ],
)
def test_a_denied_or_possible_ultimatum_is_not_asserted(text: str) -> None:
    assert_events(events(text), gives_not=[ANYTHING])
