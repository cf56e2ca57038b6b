"""World-news recall and stance, seventh round (issue 9, the peers' gold sets), on invented
sentences.

One test per class of constructions, each with its positive forms and the negated or hedged
forms that must not be asserted. None of the sentences comes from a benchmark or a
development set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has, named_events


def events(text: str, date: str = "2010-05-14") -> set[tuple[str, str, str, str]]:
    """(source, type, target, modality) of every event in ``text``."""
    return named_events(text, date)


# -- feelings of disapproval or approval voiced about another party (nominals.yaml) ---------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Ghana expressed concern over Togo's arms purchases.", "Ghana", "ACCUSE", "Togo"),
        ("Peru voiced dismay at the Chilean decision.", "Peru", "ACCUSE", "Chile"),
        ("Nepal expressed outrage over the Indian raids.", "Nepal", "ACCUSE", "India"),
        ("Bolivia expressed solidarity with Ecuador.", "Bolivia", "SUPPORT", "Ecuador"),
        ("Mali conveyed its gratitude to Senegal.", "Mali", "SUPPORT", "Senegal"),
    ],
)
def test_voiced_feeling_about_a_party(text: str, source: str, etype: str, target: str) -> None:
    found = events(text)
    assert has(found, source, etype, target), found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Ghana did not express concern over Togo's arms purchases.", "negated"),
        ("Ghana may express concern over Togo's arms purchases.", "hypothetical"),
    ],
)
def test_negated_or_hedged_feeling_is_not_asserted(text: str, modality: str) -> None:
    found = events(text)
    assert has(found, "Ghana", "ACCUSE", "Togo", modality), found
    assert not asserted(found), found


def test_concern_for_a_party_is_no_accusation() -> None:
    # concern *for* someone's safety is sympathy, not disapproval
    found = events("Ghana expressed concern for the safety of Togolese refugees.")
    assert not any(g == "ACCUSE" for _s, g, _t, _m in found), found


# -- a warning against an act is a threat to the one warned, not a tip-off --------------------
@pytest.mark.parametrize(
    "text",
    [
        "Greece warned Turkey against further incursions.",
        "Greece warned Turkey against violating its airspace.",
    ],
)
def test_warning_against_is_a_threat(text: str) -> None:
    found = events(text)
    assert has(found, "Greece", "THREATEN", "Turkey"), found
    assert not any(g == "AID" for _s, g, _t, _m in found), found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Greece did not warn Turkey against further incursions.", "negated"),
        ("Greece might warn Turkey against further incursions.", "hypothetical"),
    ],
)
def test_negated_or_hedged_warning_is_not_asserted(text: str, modality: str) -> None:
    found = events(text)
    assert has(found, "Greece", "THREATEN", "Turkey", modality), found
    assert not asserted(found), found


# -- verbal conflict addressed to a party: "protested to Y" (dictionary.yaml) ----------------
@pytest.mark.parametrize(
    "text",
    [
        "Laos protested to Thailand over the shooting of its fishermen.",
        "Laos objected to Thailand over the border incident.",
    ],
)
def test_protest_addressed_to_a_party(text: str) -> None:
    found = events(text)
    assert any(s == "Laos" and t == "Thailand" and m == "asserted"
               and g in ("PROTEST", "ACCUSE", "REJECT") for s, g, t, m in found), found  # fmt: skip


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Laos did not protest to Thailand over the shooting.", "negated"),
        ("Laos may protest to Thailand over the shooting.", "hypothetical"),
    ],
)
def test_negated_or_hedged_protest_is_not_asserted(text: str, modality: str) -> None:
    found = events(text)
    assert any(s == "Laos" and t == "Thailand" and m == modality
               and g in ("PROTEST", "ACCUSE") for s, g, t, m in found), found  # fmt: skip
    assert not asserted(found), found


def test_movement_to_a_place_is_no_protest() -> None:
    assert not events("Thousands of refugees fled to Kenya.")


# -- receptions and summonses of another state's envoys (mechanisms.diplomatic_receptions) ---
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The Chilean foreign ministry summoned the Bolivian ambassador.", "Chile", "ACCUSE",
         "Bolivia"),
        ("Chile summoned Bolivia's envoy on Tuesday.", "Chile", "ACCUSE", "Bolivia"),
        ("The Bolivian ambassador was summoned by the Chilean foreign ministry.", "Chile",
         "ACCUSE", "Bolivia"),
        ("The Ugandan president received the Kenyan foreign minister.", "Uganda", "CONSULT",
         "Kenya"),
    ],
)  # fmt: skip
def test_reception_or_summons(text: str, source: str, etype: str, target: str) -> None:
    found = events(text)
    assert has(found, source, etype, target), found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Chile did not summon the Bolivian ambassador.", "negated"),
        ("Chile may summon the Bolivian ambassador.", "hypothetical"),
    ],
)
def test_negated_or_hedged_summons_is_not_asserted(text: str, modality: str) -> None:
    found = events(text)
    assert has(found, "Chile", "ACCUSE", "Bolivia", modality), found
    assert not asserted(found), found


def test_hedged_reception_is_not_asserted() -> None:
    found = events("The Ugandan president is expected to receive the Kenyan foreign minister.")
    assert has(found, "Uganda", "CONSULT", "Kenya", None), found
    assert not asserted(found), found


@pytest.mark.parametrize(
    "text",
    [
        "The court summoned the minister.",  # no envoy of another state
        "Chile received weapons from a private dealer.",  # a thing, not a guest
    ],
)
def test_no_reception_without_two_states(text: str) -> None:
    found = events(text)
    assert not any(g in ("CONSULT", "ACCUSE") for _s, g, _t, _m in found), found


# -- an armed group's attack on a state's posts, patrols, vessels (security_property_nouns) ----
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Hezbollah fighters attacked an Israeli patrol.", "Hezbollah", "Israel"),
        ("Hamas militants shelled an Israeli army post.", "Hamas", "Israel"),
        ("Kurdish rebels ambushed a Turkish military convoy.", "Kurdish rebels", "Turkey"),
    ],
)
def test_group_attack_on_state_property(text: str, source: str, target: str) -> None:
    found = events(text)
    assert has(found, source, "ASSAULT", target), found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Hezbollah fighters did not attack an Israeli patrol.", "negated"),
        ("Hezbollah fighters may have attacked an Israeli patrol.", "uncertain"),
    ],
)
def test_negated_or_hedged_attack_on_property_is_not_asserted(text: str, modality: str) -> None:
    found = events(text)
    assert has(found, "Hezbollah", "ASSAULT", "Israel", modality), found
    assert not asserted(found), found


def test_group_attack_on_a_village_names_no_state() -> None:
    # a village is a place, not the state's property: no party of the country
    found = events("Hezbollah fighters attacked an Israeli village.")
    assert not any(t == "Israel" for _s, _g, t, _m in found), found


# -- a state's leader or envoy arriving in another country visits it (arrival_visits) --------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Iraqi president arrived in Amman on Wednesday.", "Iraq", "Jordan"),
        ("The Chinese premier flew to Nairobi for talks.", "Chinese government", "Kenya"),
        ("The Kenyan foreign minister arrived in Uganda on a two-day visit.", "Kenya",
         "Uganda"),
    ],
)  # fmt: skip
def test_arrival_of_an_official_is_a_visit(text: str, source: str, target: str) -> None:
    found = events(text)
    assert any(source in s and g == "CONSULT" and target in t and m == "asserted"
               for s, g, t, m in found), found  # fmt: skip


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The Iraqi president did not arrive in Amman on Wednesday.", "negated"),
        ("The Iraqi president is expected to arrive in Amman on Wednesday.", "future"),
    ],
)
def test_negated_or_expected_arrival_is_not_asserted(text: str, modality: str) -> None:
    found = events(text)
    assert any("Iraq" in s and g == "CONSULT" and "Jordan" in t and m == modality
               for s, g, t, m in found), found  # fmt: skip
    assert not asserted(found), found


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of refugees arrived in Kenya.",  # people, not a state
        "The Kenyan president arrived in Mombasa.",  # his own country
    ],
)
def test_arrival_that_is_no_visit(text: str) -> None:
    found = events(text)
    assert not any(g == "CONSULT" for _s, g, _t, _m in found), found


# -- courtesies given or paid: the noun codes, not a payment (courtesy_objects) --------------
@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        ("The Kenyan president paid a visit to Uganda.", "CONSULT", "Kenya", "Uganda"),
        ("France gave a warm welcome to the Gabonese president.", "SUPPORT", "France", "Gabon"),
        ("Britain paid tribute to the Polish government.", "SUPPORT", "United Kingdom",
         "Poland"),
    ],
)  # fmt: skip
def test_courtesy_is_no_aid(text: str, etype: str, source: str, target: str) -> None:
    found = events(text)
    assert has(found, source, etype, target), found
    assert not any(g == "AID" for _s, g, _t, _m in found), found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The Kenyan president did not pay a visit to Uganda.", "negated"),
        ("The Kenyan president may pay a visit to Uganda.", "hypothetical"),
    ],
)
def test_negated_or_hedged_visit_is_not_asserted(text: str, modality: str) -> None:
    found = events(text)
    assert has(found, "Kenya", "CONSULT", "Uganda", modality), found
    assert not asserted(found), found


def test_material_gift_stays_aid() -> None:
    assert has(events("Iran gave weapons to Hezbollah."), "Iran", "AID", "Hezbollah")


# -- military exercises held together are cooperation (nominals.yaml) -----------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Peru and Chile held joint military exercises.", "Peru", "Chile"),
        ("Peru held naval drills with Chile.", "Peru", "Chile"),
    ],
)
def test_exercises_held_together(text: str, source: str, target: str) -> None:
    found = events(text)
    assert has(found, source, "COOPERATE", target), found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Peru and Chile did not hold joint exercises.", "negated"),
        ("Peru and Chile may hold joint exercises next year.", "hypothetical"),
    ],
)
def test_negated_or_hedged_exercises_are_not_asserted(text: str, modality: str) -> None:
    found = events(text)
    assert has(found, "Peru", "COOPERATE", "Chile", modality), found
    assert not asserted(found), found


def test_exercises_near_a_border_name_no_partner() -> None:
    assert not events("Peru held military exercises near the Chilean border.")
