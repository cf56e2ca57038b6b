"""The cooperation-conflict scale: scores, channels, modality, grades."""

from __future__ import annotations

import pytest

from riftwatch.analysis.scale import CHANNELS, NEUTRAL, Scale

PLOVER = (
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
    "PROTEST SANCTION MOBILIZE COERCE ASSAULT"
).split()


@pytest.fixture(scope="module")
def scale() -> Scale:
    return Scale.load()


def test_every_plover_type_has_a_score_with_goldsteins_sign(scale: Scale) -> None:
    for t in PLOVER:
        r = scale.rate(t, None, "asserted")
        assert -1.0 <= r.score <= 1.0 and r.channel in CHANNELS
        g = scale.goldstein(t)
        assert g is not None
        if abs(r.score) >= NEUTRAL:
            assert (r.score > 0) == (g > 0), t
    assert scale.rate("REQUEST", None, "asserted").stance == 0
    assert (
        scale.rate("ASSAULT", None, "asserted").score < scale.rate("ACCUSE", None, "asserted").score
    )


def test_modes_refine_score_and_channel(scale: Scale) -> None:
    split = scale.rate("REJECT", "split", "asserted")
    assert (
        split.channel == "allegiance" and split.score < scale.rate("REJECT", None, "asserted").score
    )
    assert scale.rate("SUPPORT", "pledge", "asserted").channel == "allegiance"
    assert scale.rate("AID", "finance", "asserted").channel == "finance"
    assert scale.rate("COOPERATE", "joint_operations", "asserted").channel == "joint_operations"
    assert scale.rate("COERCE", "arrest", "asserted").channel == "arrests_targeting"


def test_quote_words_name_the_channel_when_the_mode_does_not(scale: Scale) -> None:
    assert scale.rate("AID", None, "asserted", "sheltered the fighters").channel == "sanctuary"
    assert scale.rate("AID", None, "asserted", "paid stipends and funds").channel == "finance"
    assert scale.rate("AID", None, "asserted", "trained recruits").channel == "training"
    assert (
        scale.rate("COOPERATE", None, "asserted", "fought alongside").channel == "joint_operations"
    )
    assert scale.rate("ASSAULT", None, "asserted", "clashed").channel == "violence"


def test_the_types_own_channel_wins_when_its_words_are_in_the_quote(scale: Scale) -> None:
    # "camp" is a training word and "weapons" a facilitation word, but an attack on a camp is
    # violence and an arrest of a courier is an arrest (scale-6)
    assert scale.rate("ASSAULT", None, "asserted", "attacked a rebel camp").channel == "violence"
    assert (
        scale.rate("COERCE", None, "asserted", "arrested a weapons courier").channel
        == "arrests_targeting"
    )
    assert scale.rate("ASSAULT", None, "asserted", "shelled a training camp").channel == (
        "violence"
    )
    # other types keep the table's order: money before a camp, a recruit trained is training
    assert scale.rate("AID", None, "asserted", "sent money to a training camp").channel == (
        "finance"
    )
    assert scale.rate("AID", None, "asserted", "trained recruits").channel == "training"


def test_modality_weights(scale: Scale) -> None:
    asserted = scale.rate("AID", None, "asserted").modality_weight
    uncertain = scale.rate("AID", None, "uncertain").modality_weight
    assert asserted == 1.0 and 0 < uncertain < asserted
    assert scale.rate("AID", None, "hypothetical").stance == 0
    assert scale.rate("AID", None, "future").stance == 0


def test_denied_or_negated_cooperation_is_weak_distancing(scale: Scale) -> None:
    denied = scale.rate("COOPERATE", None, "denied", "denied any links")
    negated = scale.rate("COOPERATE", None, "negated", "did not cooperate")
    assert denied.distancing and denied.stance == -1 and negated.stance == -1
    # a party's own denial is weaker evidence than a reporter's negation, and both are
    # weaker than an asserted hostile act
    assert denied.modality_weight < negated.modality_weight < 1.0
    assert abs(denied.score) < abs(scale.rate("ASSAULT", None, "asserted").score)
    # "did not attack" asserts no cooperation
    assert scale.rate("ASSAULT", None, "negated", "did not attack").stance == 0


def test_grades_weigh_reports(scale: Scale) -> None:
    w = scale.grade_weight
    assert w("A", 1) > w("B", 2) > w("C", 3) > w("D", 4) > w("E", 5)
    # "cannot be judged" is unknown, not bad: an average source
    assert w("D", 4) < w("F", 6) == w("C", 3)
