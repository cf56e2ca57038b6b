"""replay41: hostile rows after documented breaks (issue 10), each fixed as a class.

Every sentence here is invented for these tests. Each positive has a twin that must not be
asserted (negated, hedged, denied, hypothetical) or that is no war at all.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_named, assert_events

VOLTA = "Volta Front"
KUMASI = "Kumasi Brigade"

# -- 1. going back into a war is entering it again -----------------------------------------------
# "X went back to war with Y", "X returned to war against Y", "X and Y slid back into war": the
# parser hangs 'to'/'into' on the adverb 'back', so the entered state had no verb and nothing
# was coded; 'return' was no verb of entering. The phrase of an adverb of going back counts as
# the verb's own (`mechanisms.phrase_verb`, events.yaml relation_stance `resumption_adverbs`),
# 'return' opens a state (`opening_verbs`), and an entered war names its enemy with 'against'
# as well as 'with'.


@pytest.mark.parametrize(
    "text",
    [
        f"In 1974 the {VOLTA} went back to war with the {KUMASI}.",
        f"In 1974 the {VOLTA} returned to war against the {KUMASI}.",
        f"In 1974 the {VOLTA} returned to war with the {KUMASI}.",
        f"In 1974 the {VOLTA} slid back into war with the {KUMASI}.",
        f"In 1974 the {VOLTA} and the {KUMASI} went back to war.",
        f"In 1974 the {VOLTA} went to war against the {KUMASI}.",
    ],
)
def test_going_back_to_war_is_war_both_ways(text: str) -> None:
    found = api_named(text, "1974-06-01")
    assert_events(
        found,
        gives=[(VOLTA, "ASSAULT", KUMASI, "asserted"), (KUMASI, "ASSAULT", VOLTA, "asserted")],
    )


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (f"In 1974 the {VOLTA} did not go back to war with the {KUMASI}.", "negated"),
        (f"The {VOLTA} never returned to war against the {KUMASI}.", "negated"),
        (f"If the talks fail, the {VOLTA} will go back to war with the {KUMASI}.",
         "hypothetical"),
        (f"The {VOLTA} may return to war with the {KUMASI}.", "hypothetical"),
        (f"The {VOLTA} denied that it had gone back to war with the {KUMASI}.", "denied"),
    ],
)  # fmt: skip
def test_a_war_not_resumed_is_not_asserted(text: str, modality: str) -> None:
    found = api_named(text, "1974-06-01")
    assert_events(
        found,
        gives=[(VOLTA, "ASSAULT", KUMASI, modality)],
        gives_not=[(VOLTA, "ASSAULT", KUMASI, "asserted"), (KUMASI, "ASSAULT", VOLTA, "asserted")],
    )


def test_a_threat_to_go_back_to_war_is_a_threat_only() -> None:
    found = api_named(f"The {VOLTA} threatened to go back to war with the {KUMASI}.", "1974-06-01")
    assert_events(
        found,
        gives=[(VOLTA, "THREATEN", KUMASI, "asserted")],
        gives_not=[(VOLTA, "ASSAULT", KUMASI, "asserted"), (KUMASI, "ASSAULT", VOLTA, "asserted")],
    )


@pytest.mark.parametrize(
    "text",
    [
        f"In 1974 the {VOLTA} went back to the hills with the {KUMASI}.",
        f"In 1974 the {VOLTA} returned to the capital with the {KUMASI}.",
        f"In 1974 the {VOLTA} went back to its farms with the {KUMASI}.",
    ],
)
def test_going_back_to_a_place_is_no_war(text: str) -> None:
    found = api_named(text, "1974-06-01")
    assert_events(
        found,
        gives_not=[(VOLTA, "ASSAULT", KUMASI, "asserted"), (KUMASI, "ASSAULT", VOLTA, "asserted")],
    )
