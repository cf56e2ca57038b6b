"""World-news constructions of issue 9, round 16 (peers16), on invented sentences.

A plan stated with its attribution after it ("X will help Y, the minister said"): the
parser hangs the statement on the verb of saying, whose subject is not the party that
plans; the plan is read as if the sentence stood alone, an AGREE from X to Y (CAMEO 03,
PLOVER AGREE covers promises), future like the act itself. Negated, hedged or conditional
twins give no AGREE, and nothing here is asserted. None of the sentences comes from a
benchmark or a development set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, asserted, has, named_events


def events(text: str) -> set[tuple[str, str, str, str]]:
    return named_events(text, "2006-03-14")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Norway will give Kenya a grant of 5 million dollars, the ministry said.",
         "Norway", "Kenya"),
        ("Spain will support Morocco's bid to join the union, the Spanish president said.",
         "Spain", "Morocco"),
        ("The Chilean foreign minister will visit Peru in May, the embassy said on Monday.",
         "Chile", "Peru"),
        ("Ghana will send food aid to Togo next month, officials said.", "Ghana", "Togo"),
    ],
)  # fmt: skip
def test_a_plan_with_a_trailing_attribution_is_a_future_agree(
    text: str, source: str, target: str
) -> None:
    found = events(text)
    assert has(found, source, "AGREE", target, modality="future"), found
    assert not any(e[1] == "AGREE" for e in asserted(found)), found


@pytest.mark.parametrize(
    "text",
    [
        "Norway will not give Kenya a grant, the ministry said.",
        "Norway may give Kenya a grant of 5 million dollars, the ministry said.",
        "Norway would give Kenya a grant if it asked for one, the ministry said.",
        "Norway will never support Kenya's bid to join the union, the minister said.",
        "Ghana will not send food aid to Togo, officials said.",
    ],
)
def test_a_negated_or_hedged_plan_gives_no_agree(text: str) -> None:
    found = events(text)
    assert not any(e[1] == "AGREE" for e in found), found
    assert not asserted(found), found


def test_a_plan_the_attribution_precedes_keeps_its_speaker_reading() -> None:
    found = events("The ministry said Norway will give Kenya a grant of 5 million dollars.")
    assert not any(e[1] == "AGREE" for e in asserted(found)), found


# -- a state's invasion of a country (events.yaml `state_targets`) -------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Tanzania invaded Uganda on Tuesday.", "Tanzania", "Uganda"),
        ("Tanzania launched an invasion of Uganda on Tuesday.", "Tanzania", "Uganda"),
        ("Ethiopian troops invaded Eritrea at dawn.", "Ethiopia", "Eritrea"),
    ],
)  # fmt: skip
def test_a_state_invading_a_country_attacks_it(text: str, source: str, target: str) -> None:
    assert_events(events(text), gives=[(source, "ASSAULT", target)])


@pytest.mark.parametrize(
    "text",
    [
        "Tanzania did not invade Uganda.",
        "Tanzania denied that it had invaded Uganda.",
        "Tanzania may invade Uganda if the raids go on.",
        "Tanzania threatened to invade Uganda.",
        "Tanzania has no plans to invade Uganda.",
    ],
)
def test_a_negated_or_hedged_invasion_is_not_asserted(text: str) -> None:
    found = events(text)
    assert not any(e[1] == "ASSAULT" and e[3] == "asserted" for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "After the Tanzanian invasion of Uganda in 1979, the rebels regrouped in the north.",
        "Since the invasion of Uganda by Tanzania, the exiles have lived in Nairobi.",
        "The rebels invaded Uganda from their bases in the Congo.",
        "The Tanzanian invasion of Uganda led to the fall of the regime.",
        "After Tanzania invaded Uganda in 1979, the rebels regrouped in the north.",
    ],
)
def test_a_background_invasion_or_a_group_moving_in_makes_no_country_a_party(text: str) -> None:
    found = events(text)
    assert not any(e[2] == "Uganda" and e[1] == "ASSAULT" for e in found), found


# -- an envoy summoned with a purpose verb (Phoenix "AMBASSADOR_TO" no agent noun) ----------


@pytest.mark.parametrize(
    "text",
    [
        "Kenya summoned the Ugandan ambassador to complain of his remarks.",
        "Kenya summoned the Ugandan ambassador to protest against the border raids.",
    ],
)
def test_an_envoy_summoned_to_hear_a_complaint_is_a_rebuke(text: str) -> None:
    assert_events(events(text), gives=[("Kenya", "ACCUSE", "Uganda")])


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Kenya did not summon the Ugandan ambassador to complain of his remarks.", "negated"),
        ("Kenya may summon the Ugandan ambassador to protest against the raids.", "hypothetical"),
    ],
)
def test_a_negated_or_hedged_summons_is_not_asserted(text: str, modality: str) -> None:
    found = events(text)
    assert not asserted(found), found
    assert has(found, "Kenya", "ACCUSE", "Uganda", modality=modality), found


def test_an_ambassador_to_a_country_is_still_its_envoy() -> None:
    assert_events(
        events("The Ugandan ambassador to Kenya met the Kenyan president on Monday."),
        gives=[("Uganda", "CONSULT", "Kenya")],
    )


# -- the other party on a light verb's participle on the event noun -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan government has lifted sanctions imposed on Sudan.",
        "Kenya lifted the sanctions it had imposed on Sudan.",
        "Kenya eased the restrictions imposed on Sudan last year.",
    ],
)
def test_an_easing_of_measures_imposed_on_a_party_is_a_retreat_to_it(text: str) -> None:
    assert_events(events(text), gives=[("Kenya", "RETREAT", "Sudan")])


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Kenya did not lift the sanctions imposed on Sudan.", "negated"),
        ("Kenya may lift the sanctions imposed on Sudan next year.", "hypothetical"),
    ],
)
def test_a_negated_or_hedged_easing_is_not_asserted(text: str, modality: str) -> None:
    found = events(text)
    assert not asserted(found), found
    assert has(found, "Kenya", "RETREAT", "Sudan", modality=modality), found


def test_an_opinion_of_measures_imposed_by_others_makes_no_easing() -> None:
    found = events("Kenya criticised the sanctions imposed on Sudan.")
    assert not any(e[1] == "RETREAT" for e in found), found


def test_a_relation_forged_between_parties_takes_no_partner_from_the_participle() -> None:
    # only the prepositions of a measure laid on a party (on, upon, against) count
    found = events("The ties forged between the Shabaab and Boko Haram in the camps survived.")
    assert not found, found
