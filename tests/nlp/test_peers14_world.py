"""World-news dyads, round peers14 (issue 9), on invented sentences.

Giving way to a demand through a preposition ("X gave in to Y's demands", "X bowed to
pressure from Y", "X complied with Y's ultimatum") is a concession, CONCEDE from X to the
demand's author (mechanisms.yielded_demands). Negated, refused and hedged twins keep their
modality; none is asserted. None of the sentences comes from a benchmark or a development
set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has, named_events


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
    found = named_events(text)
    assert has(found, source, "CONCEDE", target, "asserted"), found


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
    found = named_events(text)
    assert not any(e[1] == "CONCEDE" for e in asserted(found)), found


def test_demand_without_an_author_adds_nothing() -> None:
    assert not any(e[1] == "CONCEDE" for e in named_events("Chad bowed to the demands.")), (
        "no author"
    )


def test_giving_without_the_particle_is_no_concession() -> None:
    found = named_events("Chad gave money to Sudan in response to demands.")
    assert not any(e[1] == "CONCEDE" for e in found), found


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
    found = named_events(text)
    assert has(found, source, "CONSULT", target, "asserted"), found


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president did not receive a delegation from Uganda.",
        "The Kenyan president refused to receive a delegation from Uganda.",
        "The Kenyan president may receive a delegation from Uganda next week.",
    ],
)
def test_reception_twins_are_not_asserted_meetings(text: str) -> None:
    found = named_events(text)
    assert not any(e[1] == "CONSULT" for e in asserted(found)), found


def test_delegation_of_armed_men_is_no_state_meeting() -> None:
    found = named_events("Kenya received a delegation from the Shabaab.")
    assert not any(e[1] == "CONSULT" for e in found), found
