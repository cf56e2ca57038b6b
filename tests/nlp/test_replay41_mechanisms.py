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


# -- 2. a creed before a state's body names no people and no place -------------------------------
# "the Islamist government in Khartoum", "the Ba'athist government in Damascus", "the Marxist
# government in Luanda": the creed word (name_cues.yaml `descriptor_words`, or a faith of the
# agents data) was read as a people (spaCy NORP) or an unknown place before "government", so
# the state became an open actor ("Ba'athist government") under an id of its own, and its ties
# fell on another pair than the state's other reports (`mentions._creed`,
# `mentions._people_of`, `mentions._unknown_place`).

FATAH = "Fatah"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (f"In 1967 the Ba'athist government in Damascus gave {FATAH} rifles.", "Syria"),
        (f"In 1967 the Baathist regime in Baghdad gave {FATAH} rifles.", "Iraq"),
        (f"In 1967 the Islamist government in Khartoum gave {FATAH} a training camp.", "Sudan"),
        (f"In 1980 the Marxist government in Luanda gave {FATAH} rifles.", "Angola"),
    ],
)
def test_a_creed_before_a_government_keeps_the_state(text: str, state: str) -> None:
    found = api_named(text, "1967-06-01")
    assert any(
        state in src and kind == "AID" and tgt == FATAH and mod == "asserted"
        for src, kind, tgt, mod in found
    ), found
    assert not any("ist government" in src or "ist regime" in src for src, *_ in found), found


def test_a_creed_before_a_government_does_not_assert_what_is_negated() -> None:
    found = api_named(
        f"In 1967 the Ba'athist government in Damascus did not give {FATAH} rifles.", "1967-06-01"
    )
    assert not any(kind == "AID" and mod == "asserted" for _s, kind, _t, mod in found), found
    assert any(
        "Syria" in src and kind == "AID" and mod == "negated" for src, kind, _t, mod in found
    )


@pytest.mark.parametrize(
    "text",
    [
        f"In 1967 Marxist rebels attacked {FATAH}.",  # armed men of no named group: unchanged
        f"In 1967 Islamic fundamentalists attacked {FATAH}.",  # a collective, no state
    ],
)
def test_a_creed_before_other_nouns_is_no_state(text: str) -> None:
    found = api_named(text, "1967-06-01")
    assert any(kind == "ASSAULT" and tgt == FATAH for _s, kind, tgt, _m in found), found
    assert not any(src in ("Syria", "Iraq", "Sudan") or "Government" in src for src, *_ in found), (
        found
    )


# -- 3. a group listed with the place that locates a subject is a co-subject --------------------
# "the government in Baghdad and the Volta Front signed an accord": the parser hangs the Front
# on "Baghdad" (a conj of the place), so the accord had one party and nothing was coded. A place,
# or a capital read as its government, is no group: a group listed with it is listed with the
# subject (`code.Coder._listed_after_place`).


@pytest.mark.parametrize(
    "text",
    [
        f"In 1976 the regime in Damascus and the {VOLTA} signed a pact.",
        f"In 1976 the government in Baghdad and Colonel Asante's {VOLTA} signed an accord.",
    ],
)
def test_a_group_listed_after_the_subjects_place_is_a_party(text: str) -> None:
    found = api_named(text, "1976-06-01")
    assert any(
        kind == "AGREE" and tgt == VOLTA and mod == "asserted" for _s, kind, tgt, mod in found
    )
    assert any(
        kind == "AGREE" and src == VOLTA and mod == "asserted" for src, kind, _t, mod in found
    )


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (f"In 1976 the regime in Damascus and the {VOLTA} never signed a pact.", "negated"),
        (f"In 1976 the regime in Damascus and the {VOLTA} may sign a pact.", "hypothetical"),
    ],
)
def test_a_pact_not_signed_by_the_listed_parties_is_not_asserted(text: str, modality: str) -> None:
    found = api_named(text, "1976-06-01")
    assert any(kind == "AGREE" and tgt == VOLTA and mod == modality for _s, kind, tgt, mod in found)
    assert not any(kind == "AGREE" and mod == "asserted" for _s, kind, _t, mod in found), found


def test_a_place_listed_after_the_subjects_place_stays_a_place() -> None:
    found = api_named(
        f"In 1976 the regime in Damascus and Homs signed a pact with the {VOLTA}.", "1976-06-01"
    )
    assert not any("Homs" in src or "Homs" in tgt for src, _k, tgt, _m in found), found
