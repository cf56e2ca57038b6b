"""World-news dyads, round peers14 (issue 9), on invented sentences.

Giving way to a demand through a preposition ("X gave in to Y's demands", "X bowed to
pressure from Y", "X complied with Y's ultimatum") is a concession, CONCEDE from X to the
demand's author (mechanisms.yielded_demands). Negated, refused and hedged twins keep their
modality; none is asserted. None of the sentences comes from a benchmark or a development
set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, has, named_events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Mali gave in to demands from Algeria.", "Mali", "Algeria"),
        ("Mali caved in to the demands of Algeria.", "Mali", "Algeria"),
        ("Mali bowed to Algerian pressure.", "Mali", "Algeria"),
        ("Chad complied with Sudan's demands.", "Chad", "Sudan"),
        ("Chad yielded to Sudan's ultimatum on Friday.", "Chad", "Sudan"),
        ("The Angolan government conceded to demands from Zambia.", "Angola", "Zambia"),
        ("Angola's government bowed to pressure from Zambia and Namibia.", "Angola", "Namibia"),
    ],
)
def test_demand_given_way_to_is_a_concession(text: str, source: str, target: str) -> None:
    assert_events(named_events(text), gives=[(source, "CONCEDE", target)])


@pytest.mark.parametrize(
    "text",
    [
        "Mali did not give in to demands from Algeria.",
        "Mali refused to give in to demands from Algeria.",
        "Mali may bow to Algerian pressure.",
        "Mali will never bow to Algerian pressure.",
        "Chad has not complied with Sudan's demands.",
        "If Chad yields to Sudan's ultimatum, the talks will resume.",
        "Chad denied that it had bowed to Sudanese pressure.",
    ],
)
def test_twins_are_not_asserted_concessions(text: str) -> None:
    assert_events(named_events(text), gives_not=[("", "CONCEDE", "")])


def test_demand_without_an_author_adds_nothing() -> None:
    assert not any(e[1] == "CONCEDE" for e in named_events("Chad bowed to the demands.")), (
        "no author"
    )


def test_giving_without_the_particle_is_no_concession() -> None:
    assert_events(
        named_events("Chad gave money to Sudan in response to demands."),
        gives_not=[("", "CONCEDE", "", None)],
    )


# -- a received delegation's sender (mechanisms.diplomatic_receptions, _sent_from) ----------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Kenyan president received a delegation from Uganda.", "Kenya", "Uganda"),
        ("Kenya received a team from Uganda on Monday.", "Kenya", "Uganda"),
        ("The Chilean foreign minister greeted a delegation from Peru.", "Chile", "Peru"),
    ],
)
def test_received_delegation_meets_its_sender(text: str, source: str, target: str) -> None:
    assert_events(named_events(text), gives=[(source, "CONSULT", target)])


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president did not receive a delegation from Uganda.",
        "The Kenyan president refused to receive a delegation from Uganda.",
        "The Kenyan president may receive a delegation from Uganda next week.",
    ],
)
def test_reception_twins_are_not_asserted_meetings(text: str) -> None:
    assert_events(named_events(text), gives_not=[("", "CONSULT", "")])


def test_delegation_of_armed_men_is_no_state_meeting() -> None:
    assert_events(
        named_events("Kenya received a delegation from the Shabaab."),
        gives_not=[("", "CONSULT", "", None)],
    )


# -- officers of an intergovernmental organisation (mentions._title_tokens) ------------------


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("U.N. mediator Tomas Velorin met Kenyan rebel leaders.", "United Nations", "CONSULT",
         "Kenyan rebel leaders"),
        ("EU envoy Tomas Velorin met the Kenyan president.", "European Union", "CONSULT",
         "Kenya"),
        ("NATO Secretary-General Tomas Velorin criticized Serbia.", "NATO", "ACCUSE", "Serbia"),
        ("Arab League Secretary-General Tomas Velorin praised Kenya.", "Arab League", "SUPPORT",
         "Kenya"),
        ("Tomas Velorin, the African Union envoy, met the Kenyan president.", "African Union",
         "CONSULT", "Kenya"),
    ],
)  # fmt: skip
def test_officer_of_an_igo_stands_for_it(text: str, source: str, etype: str, target: str) -> None:
    assert_events(named_events(text), gives=[(source, etype, target)])


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not meet U.N. mediator Tomas Velorin.",
        "Kenya may meet U.N. mediator Tomas Velorin next week.",
        "Kenya denied that it had met EU envoy Tomas Velorin.",
    ],
)
def test_igo_officer_twins_are_not_asserted(text: str) -> None:
    assert_events(named_events(text), gives_not=[("", "CONSULT", "")])


def test_igo_name_without_a_title_is_no_owner() -> None:
    # no title between the organisation and the name: the person is not its officer
    found = named_events("U.N. Tomas Velorin met Kenya.")
    assert not any("United Nations" in e[0] or "United Nations" in e[2] for e in found), found
    assert_events(
        named_events("Arab League Tomas Velorin praised Kenya."),
        gives_not=[("Arab League", None, "", None)],
    )


# -- a title in apposition (mentions._appositive_title) --------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Tomas Velorin, the Kenyan foreign minister, accused Uganda.", "Kenya", "ACCUSE",
         "Uganda"),
        ("Tomas Velorin, the United Nations relief coordinator, urged Kenya to open its "
         "borders.", "United Nations", "REQUEST", "Kenya"),
    ],
)  # fmt: skip
def test_person_with_title_in_apposition(text: str, source: str, etype: str, target: str) -> None:
    assert_events(named_events(text), gives=[(source, etype, target)])


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Velorin, the Kenyan foreign minister, did not accuse Uganda.",
        "Tomas Velorin, the Kenyan foreign minister, denied accusing Uganda.",
        "Tomas Velorin, the Kenyan foreign minister, may accuse Uganda.",
    ],
)
def test_appositive_twins_are_not_asserted(text: str) -> None:
    assert_events(named_events(text), gives_not=[("", "ACCUSE", "")])


def test_group_commander_in_apposition_is_not_the_state() -> None:
    found = named_events(
        "Tomas Velorin, an Afghan Taliban commander, attacked Pakistani troops.", "2010-01-01"
    )
    assert not any("Afghan government" in e[0] or "Afghanistan" in e[0] for e in found), found
    assert has(found, "Taliban", "ASSAULT", "Pakistan"), found


def test_citizen_in_apposition_is_no_office() -> None:
    assert_events(
        named_events("Tomas Velorin, a Kenyan citizen, accused Uganda."),
        gives_not=[("Kenya", None, "", None)],
    )


# -- armed men of a country the generic fighters do not cover (mentions.open_actors) ---------


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Kenyan police confiscated weapons from Somali militias.", "Kenya", "COERCE",
         "Somali militias"),
        ("Kenyan police clashed with Somali militiamen.", "Kenya", "ASSAULT",
         "Somali militiamen"),
        ("Kenyan police arrested Somali extremists in Nairobi.", "Kenya", "COERCE",
         "Somali extremists"),
    ],
)  # fmt: skip
def test_country_armed_men_are_their_own_actor(
    text: str, source: str, etype: str, target: str
) -> None:
    found = named_events(text)
    assert has(found, source, etype, target, "asserted"), found
    assert not any(e[2] in ("Somalia", "Government of Somalia") for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police did not clash with Somali militias.",
        "Kenyan police may have clashed with Somali militias.",
        "Kenyan police denied clashing with Somali militias.",
    ],
)
def test_country_armed_men_twins_are_not_asserted(text: str) -> None:
    assert_events(named_events(text), gives_not=[ANYTHING])


# -- "their" relation of coordinated subjects (code.SentenceCoder._noun) ----------------------


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Estonia and Latvia strengthened their ties.", "COOPERATE"),
        ("Estonia and Latvia improved their relations.", "COOPERATE"),
        ("Estonia and Latvia held their first talks in Riga.", "CONSULT"),
    ],
)
def test_their_relation_holds_between_coordinated_subjects(text: str, etype: str) -> None:
    assert_events(
        named_events(text), gives=[("Estonia", etype, "Latvia"), ("Latvia", etype, "Estonia")]
    )


@pytest.mark.parametrize(
    "text",
    [
        "Estonia and Latvia did not improve their relations.",
        "Estonia and Latvia denied that they had strengthened their ties.",
        "Estonia and Latvia may hold their first talks in Riga.",
        "Estonia and Latvia cut their ties.",
    ],
)
def test_their_relation_twins_are_not_asserted_cooperation(text: str) -> None:
    assert_events(named_events(text), gives_not=[("", ("COOPERATE", "CONSULT"), "")])


# -- coordinated country adjectives before one agent noun (code.SentenceCoder.actors) -------


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Kenyan and Ugandan troops held talks.", "CONSULT"),
        ("Kenyan and Ugandan troops met near the border.", "CONSULT"),
    ],
)
def test_coordinated_demonyms_are_each_a_party(text: str, etype: str) -> None:
    assert_events(
        named_events(text), gives=[("Kenya", etype, "Uganda"), ("Uganda", etype, "Kenya")]
    )


def test_coordinated_demonyms_both_act_on_a_third_party() -> None:
    assert_events(
        named_events("Kenyan and Ugandan troops attacked Somali militias."),
        gives=[("Kenya", "ASSAULT", "Somali militias"), ("Uganda", "ASSAULT", "Somali militias")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan and Ugandan troops did not hold talks.",
        "Kenyan and Ugandan troops may meet near the border.",
        "Kenyan and Ugandan troops denied holding talks.",
    ],
)
def test_coordinated_demonym_twins_are_not_asserted(text: str) -> None:
    assert_events(named_events(text), gives_not=[("", "CONSULT", "")])
