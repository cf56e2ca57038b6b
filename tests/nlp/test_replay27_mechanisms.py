"""Replayed cooperative rows (issue 10, helper replay27): two constructions.

1. Breaking an obstacle of war is no split. "X and Y broke the siege of P (together)", "X
broke the enemy's blockade with Y", "X and Y broke through the lines" were read as the split
verb "break" said of two coordinated groups (``mechanisms.coordinated_parting``) or with a
partner ("with Y"): a REJECT (split) between two allies fighting side by side, the opposite of
what the sentence tells. "break" now has object nouns and a complement that undo it
(events.yaml ``not_with_object``: siege, blockade, lines, front...; ``not_with_complement``:
"through"), read by ``code._spared`` in both paths. "X broke with Y", "X broke away from Y",
"X and Y broke" (a parting) stay splits. Found on the development replay rows (a cooperative
row of the histories and of holdout 25 gave a split from the besieger).

2. Acting under another group's authority or orders, told with more words. The subordination
pass (``mechanisms.under_command``) read "under the command of Y" only on the verb and only
with Y as the noun's owner; relationship descriptions also write "continued its campaign
under the orders of Y leader P" (the phrase hung on the verb's object, the group in the
leader's title), "fought on in the mountains under Y's command" (hung on a place phrase),
"under the authority of Y's provisional government" (a body of Y; cues.yaml
``command_nouns`` gains "authority"). Found in cooperative rows of the retired holdouts 22-24
(an armed wing fighting under its party). A person or a state as the chief still gives
nothing, and the verb's modality holds.

3. Leaving "the alliance with Y". "X withdrew from its alliance with Y" was a REJECT
(renounce) through the possessive that names the party leaving; "X withdrew from the alliance
with Y", "X pulled out of the coalition with Y" gave nothing: no possessive, and the parser
hangs "with Y" on the verb. The verb that leaves the relation (``code._left_relation``) now
lends its "with" phrase as the other party and its subject as the party leaving
(``SentenceCoder._noun``). The verb's modality holds ("did not withdraw", "threatened to",
"may pull out", "denied that it had"); "withdrew from the town with Y" stays no event. A
joint body left ("X withdrew from the joint command with Y") was read as the joint body's
parties cooperating (``SentenceCoder._joint_noun``): now it is the subject's REJECT (renounce)
of its partners, and "X and Y formed a joint command" stays COOPERATE.

Invented sentences and groups only.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, dated, named_events

events = dated(named_events, "2014-06-01")

X = "Zagros Brigade"
Y = "Tanuf Legion"


@pytest.mark.parametrize(
    "text",
    [
        f"In 2014 the {X} and the {Y} broke the siege of Kamar.",
        f"In 2014 the {X} and the {Y} broke the army's blockade of Kamar together.",
        f"In 2014 the {X} and the {Y} broke through the army's lines together.",
        f"In 2014 the {X} broke the siege of Kamar with the {Y}.",
        f"In 2014 fighters of the {X} and the {Y} broke the encirclement of the town.",
    ],
)
def test_breaking_an_obstacle_is_no_split(text: str) -> None:
    assert_events(events(text), gives_not=[(X, "REJECT", Y), (Y, "REJECT", X)])


def test_breaking_a_siege_together_is_joint_action() -> None:
    found = events(f"In 2014 the {X} and the {Y} broke the army's blockade of Kamar together.")
    assert_events(found, gives=[(X, "COOPERATE", Y), (Y, "COOPERATE", X)])


@pytest.mark.parametrize(
    "text",
    [
        f"In 2014 the {X} broke with the {Y}.",
        f"In 2014 the {X} broke away from the {Y}.",
        f"In 2014 the {X} and the {Y} broke.",
    ],
)
def test_a_break_between_parties_stays_a_split(text: str) -> None:
    assert_events(events(text), gives=[(X, "REJECT", Y)])


@pytest.mark.parametrize(
    "text",
    [
        f"In 2014 {X} guerrillas fought on in the mountains under the {Y}'s command.",
        f"In 2014 the {X} continued its campaign under the orders of {Y} leader Omar Dahl.",
        f"In 2014 the {X} fought the army under the authority of the {Y}'s council.",
        f"In 2014 the {X} kept fighting under the authority of the {Y}.",
    ],
)
def test_acting_under_a_groups_authority_or_orders_is_cooperation(text: str) -> None:
    assert_events(events(text), gives=[(X, "COOPERATE", Y)], gives_not=[(Y, None, X)])


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (f"In 2014 the {X} did not fight under the authority of the {Y}.", "negated"),
        (f"In 2014 the {X} may have fought under the authority of the {Y}'s council.",
         "uncertain"),
        (f"The {X} denied that it had fought under the orders of {Y} leader Omar Dahl.",
         "denied"),
        (f"If the {X} fights under the authority of the {Y}, the truce will end.",
         "hypothetical"),
    ],
)  # fmt: skip
def test_the_modality_of_subordination_holds(text: str, modality: str) -> None:
    assert_events(
        events(text), gives=[(X, "COOPERATE", Y, modality)], gives_not=[(X, "COOPERATE", Y)]
    )


@pytest.mark.parametrize(
    "text",
    [
        f"In 2014 the {X} fought under the authority of the government.",
        f"In 2014 the {X} held the town under the authority of a local council.",
        f"In 2014 the {X} fought under the authority of Omar Dahl.",
    ],
)
def test_no_group_as_chief_gives_no_subordination(text: str) -> None:
    assert_events(events(text), gives_not=[(X, "COOPERATE", ""), ANYTHING])


@pytest.mark.parametrize(
    "text",
    [
        f"In 2014 the {X} withdrew from the alliance with the {Y}.",
        f"In 2014 the {X} pulled out of the alliance with the {Y}.",
        f"In 2014 the {X} withdrew from the coalition with the {Y}.",
    ],
)
def test_leaving_the_alliance_with_a_party_renounces_it(text: str) -> None:
    assert_events(events(text), gives=[(X, "REJECT", Y)], gives_not=[(Y, None, X)])


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (f"In 2014 the {X} did not withdraw from the alliance with the {Y}.", "negated"),
        (f"In 2014 the {X} threatened to withdraw from the alliance with the {Y}.", "future"),
        (f"In 2014 the {X} may pull out of the alliance with the {Y}.", "hypothetical"),
        (f"The {X} denied that it had pulled out of the alliance with the {Y}.", "denied"),
    ],
)
def test_the_modality_of_leaving_holds(text: str, modality: str) -> None:
    assert_events(events(text), gives=[(X, "REJECT", Y, modality)], gives_not=[ANYTHING])


def test_withdrawing_from_a_place_with_a_party_is_no_renouncing() -> None:
    assert_events(events(f"In 2014 the {X} withdrew from the town with the {Y}."),
                  gives_not=[(X, "REJECT", Y)])  # fmt: skip


def test_leaving_a_joint_body_is_no_cooperation() -> None:
    found = events(f"In 2014 the {X} withdrew from the joint command with the {Y}.")
    assert_events(found, gives=[(X, "REJECT", Y)], gives_not=[(X, "COOPERATE", Y),
                                                               (Y, "COOPERATE", X)])  # fmt: skip


def test_leaving_a_joint_body_keeps_its_modality() -> None:
    found = events(f"In 2014 the {X} may pull out of the joint command with the {Y}.")
    assert_events(found, gives=[(X, "REJECT", Y, "hypothetical")], gives_not=[ANYTHING])


def test_forming_a_joint_body_is_still_cooperation() -> None:
    found = events(f"In 2014 the {X} and the {Y} formed a joint command.")
    assert_events(found, gives=[(X, "COOPERATE", Y), (Y, "COOPERATE", X)])
