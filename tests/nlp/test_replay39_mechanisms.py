"""replay39: cooperative rows before documented breaks (issue 10), each fixed as a class.

Every sentence here is invented for these tests. Each positive has a twin that must not be
asserted (negated, hedged, refused, denied) or must give nothing.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_named, assert_events

KIA = "Kachin Independence Army"
WHEN = "2011-06-01"

# -- 1. a truce told without an agreement noun --------------------------------------------------
# "X and Y stopped fighting each other" only negated the fighting; the parties' de facto
# truce is an AGREE both ways, as "X and Y observed a truce" is, with the ceasing verb's
# modality. One side's halt ("X stopped fighting Y") and an ended joint fight ("stopped
# fighting together") are no truce.


@pytest.mark.parametrize(
    "text",
    [
        "The Kachin Independence Army and the Shan State Army-South stopped fighting each other "
        "in 2011.",
        "The Kachin Independence Army and the Shan State Army-South ceased attacking one another "
        "in 2011.",
    ],
)
def test_parties_that_stopped_fighting_each_other_agree_both_ways(text: str) -> None:
    found = api_named(text, WHEN)
    assert_events(
        found,
        gives=[(KIA, "AGREE", "RCSS", "asserted"), ("RCSS", "AGREE", KIA, "asserted")],
        gives_not=[("", "ASSAULT", "", "asserted")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Kachin Independence Army and the Shan State Army-South did not stop fighting each "
        "other in 2011.",
        "The Kachin Independence Army and the Shan State Army-South may stop fighting each other "
        "soon.",
        "The Kachin Independence Army and the Shan State Army-South refused to stop fighting each "
        "other in 2011.",
        "If the Kachin Independence Army and the Shan State Army-South stop fighting each other, "
        "talks can begin.",
    ],
)
def test_a_negated_hedged_or_refused_ceasing_is_no_asserted_truce(text: str) -> None:
    assert_events(api_named(text, WHEN), gives_not=[("", "AGREE", "", "asserted")])


@pytest.mark.parametrize(
    "text",
    [
        "The Kachin Independence Army stopped fighting the Shan State Army-South in 2011.",
        "The Kachin Independence Army and the Shan State Army-South stopped fighting together "
        "in 2011.",
        "The Kachin Independence Army and the Shan State Army-South stopped fighting the army "
        "in 2011.",
    ],
)
def test_one_sides_halt_or_an_ended_joint_fight_is_no_truce(text: str) -> None:
    assert_events(api_named(text, WHEN), gives_not=[("", "AGREE", "", None)])


def test_a_lull_between_two_parties_is_a_truce() -> None:
    found = api_named("A lull between Hamas and Fatah held through 2012.", "2012-06-01")
    assert_events(
        found,
        gives=[("Hamas", "AGREE", "Fatah", "asserted"), ("Fatah", "AGREE", "Hamas", "asserted")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "No lull between Hamas and Fatah held in 2012.",
        "A lull between Hamas and Fatah may hold in 2012.",
    ],
)
def test_a_negated_or_hedged_lull_is_not_asserted(text: str) -> None:
    assert_events(api_named(text, "2012-06-01"), gives_not=[("", "AGREE", "", "asserted")])


# -- 2. a companion named on the subject or on the object ---------------------------------------
# "X, alongside Y, attacked Z" (the parser hangs "alongside Y" on the subject) and "X attacked
# Z's positions in tandem with Y" (the phrase hung on the object) name X's partner in the act,
# as "X attacked Z alongside Y" already did.


@pytest.mark.parametrize(
    "text",
    [
        "Hamas, alongside Hezbollah, attacked Israeli positions in 2011.",
        "Hamas attacked Israeli positions in tandem with Hezbollah in 2011.",
    ],
)
def test_a_companion_on_the_subject_or_the_object_cooperates(text: str) -> None:
    assert_events(api_named(text, WHEN), gives=[("Hamas", "COOPERATE", "Hezbollah", "asserted")])


@pytest.mark.parametrize(
    "text",
    [
        "Hamas did not attack Israeli positions in tandem with Hezbollah in 2011.",
        "Hamas, alongside Hezbollah, may have attacked Israeli positions in 2011.",
        "Hamas, alongside Hezbollah, denied attacking Israeli positions in 2011.",
    ],
)
def test_a_negated_hedged_or_denied_companion_act_is_not_asserted(text: str) -> None:
    assert_events(api_named(text, WHEN), gives_not=[("", "COOPERATE", "", "asserted")])


# -- 3. serving in another party's ranks ---------------------------------------------------------
# "X's fighters served in Y's ranks", "X fought in the ranks of Y": X is part of Y's force,
# a cooperation from X to Y. Other verbs on the ranks ("sowed discord in Y's ranks") are none.


@pytest.mark.parametrize(
    "text",
    [
        "Hamas fighters served in Hezbollah's ranks in the south.",
        "Hamas fought in the ranks of Hezbollah during the war.",
    ],
)
def test_serving_in_another_partys_ranks_cooperates(text: str) -> None:
    assert_events(api_named(text, WHEN), gives=[("Hamas", "COOPERATE", "Hezbollah", "asserted")])


@pytest.mark.parametrize(
    "text",
    [
        "Hamas fighters did not serve in Hezbollah's ranks.",
        "Hamas fighters may have served in Hezbollah's ranks.",
        "Hamas denied that its fighters served in Hezbollah's ranks.",
    ],
)
def test_negated_hedged_or_denied_service_is_not_asserted(text: str) -> None:
    assert_events(api_named(text, WHEN), gives_not=[("", "COOPERATE", "", "asserted")])


def test_discord_sown_in_anothers_ranks_is_no_service() -> None:
    found = api_named("Hamas sowed discord in Hezbollah's ranks.", WHEN)
    assert_events(found, gives_not=[("Hamas", "COOPERATE", "Hezbollah", None)])


# -- 4. joining a named body whose apposition names its leader -----------------------------------
# "X joined the Z Front, a coalition led by Y": X joins Y's coalition too (SUPPORT from X to
# Y beside the one to Z); a backer in the apposition ("a coalition backed by Y") leads nothing.


@pytest.mark.parametrize(
    "text",
    [
        "Hamas joined the Resistance Front, a coalition led by Hezbollah, in 2006.",
        "Hamas joined the Resistance Front, the joint command headed by Hassan Nasrallah of "
        "Hezbollah, in 2006.",
    ],
)
def test_joining_a_body_led_by_another_party_supports_the_leader(text: str) -> None:
    assert_events(
        api_named(text, "2006-06-01"), gives=[("Hamas", "SUPPORT", "Hezbollah", "asserted")]
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hamas refused to join the Resistance Front, a coalition led by Hezbollah, in 2006.",
        "Hamas may join the Resistance Front, a coalition led by Hezbollah.",
        "Hamas did not join the Resistance Front, a coalition led by Hezbollah, in 2006.",
    ],
)
def test_a_refused_hedged_or_negated_joining_supports_no_leader(text: str) -> None:
    assert_events(
        api_named(text, "2006-06-01"), gives_not=[("Hamas", "SUPPORT", "Hezbollah", "asserted")]
    )


def test_a_backer_in_the_apposition_is_no_leader_joined() -> None:
    found = api_named(
        "Hamas joined the Resistance Front, a coalition backed by Hezbollah, in 2006.", "2006-06-01"
    )
    assert_events(found, gives_not=[("Hamas", "SUPPORT", "Hezbollah", None)])
