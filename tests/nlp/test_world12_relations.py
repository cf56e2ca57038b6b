"""Relation constructions of group-history descriptions (issue 10, helper world12).

Classes found on rows of the twelfth held-out replay set after its one blind run: a report,
claim or allegation that is denied denies what it tells, also when the parser hangs its clause
on the noun across a phrase ("Reports in June 2016 that X had fallen out with Y were denied by
both groups" had been an asserted falling-out, a false rift on a stable pair). Every class is
tested on invented sentences and invented groups, with twins that must stay asserted.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events

X = "Zorbani Front"
Y = "Kestrel Brigades"


# -- a denied report denies what it tells ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Reports in June 2016 that the Zorbani Front had fallen out with the Kestrel Brigades"
        " were denied by both groups.",
        "Reports in June 2016 that the Zorbani Front had fallen out with the Kestrel Brigades"
        " over positions near Harran were dismissed by both groups.",
        "Allegations last year that the Zorbani Front had attacked the Kestrel Brigades were"
        " denied by both groups.",
        "Reports that the Zorbani Front had fallen out with the Kestrel Brigades were denied by"
        " both groups.",
    ],
)
def test_a_denied_report_asserts_nothing(text: str) -> None:
    assert_events(
        named_events(text),
        gives_not=[(X, ("REJECT", "ASSAULT"), Y), (Y, ("REJECT", "ASSAULT"), X)],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Reports in June 2016 that the Zorbani Front had fallen out with the Kestrel Brigades"
        " were confirmed by both groups.",
        "In June 2016 the Zorbani Front fell out with the Kestrel Brigades.",
    ],
)
def test_a_confirmed_report_or_a_plain_statement_stays_asserted(text: str) -> None:
    assert_events(named_events(text), gives=[(X, "REJECT", Y)])


def test_a_rumour_across_a_phrase_stays_uncertain() -> None:
    found = named_events(
        "Rumours in June that the Zorbani Front had fallen out with the Kestrel Brigades spread"
        " quickly."
    )
    assert_events(found, gives_not=[(X, "REJECT", Y)])


# -- "they" after names with their acronyms in parentheses ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In 1992 the Zorbani Front (ZF) and the Kestrel Brigades (KB) took up arms, and in 1993"
        " they coordinated attacks on army garrisons.",
        # the region named like the first group, after the coordination and before "they"
        "In the early 1990s the Harran Liberation Front (HLF) and the Kestrel Brigades (KB) both"
        " took up arms against the government in the Harran, and in 1992 they coordinated"
        " attacks on army garrisons.",
    ],
)
def test_they_after_coordinated_names_with_acronyms_is_both(text: str) -> None:
    found = named_events(text)
    first = "Harran Liberation Front" if "Harran Liberation" in text else X
    assert_events(found, gives=[(first, "COOPERATE", Y), (Y, "COOPERATE", first)])


def test_they_after_coordinated_names_negated_stays_negated() -> None:
    found = named_events(
        "In 1992 the Zorbani Front (ZF) and the Kestrel Brigades (KB) took up arms, but in 1993"
        " they did not coordinate attacks on army garrisons."
    )
    assert_events(found, gives_not=[(X, "COOPERATE", Y), (Y, "COOPERATE", X)])


# -- a fronted year read as the count of the subject's noun -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Through 2000 fighters of the Zorbani Front and the Kestrel Brigades trained together in"
        " camps in the mountains and carried out joint attacks on army checkpoints.",
        "In 1999 members of the Zorbani Front and the Kestrel Brigades trained together.",
    ],
)
def test_a_fronted_year_is_no_count_of_the_members_who_act_together(text: str) -> None:
    assert_events(named_events(text), gives=[(X, "COOPERATE", Y), (Y, "COOPERATE", X)])


def test_a_fronted_year_is_no_count_of_the_attackers() -> None:
    from riftwatch.nlp.extract import extract_document

    text = "In 2000 fighters of the Zorbani Front attacked the Kestrel Brigades."
    assert_events(named_events(text), gives=[(X, "ASSAULT", Y)])
    coded = extract_document({"id": "t", "text": text, "date": "2012-01-01"})
    assert {c.date for c in coded if c.event.event_type == "ASSAULT"} == {"2000"}


def test_a_fronted_year_before_a_negated_act_stays_negated() -> None:
    found = named_events(
        "In 2000 fighters of the Zorbani Front and the Kestrel Brigades did not train together."
    )
    assert_events(found, gives_not=[(X, "COOPERATE", Y), (Y, "COOPERATE", X)])


# -- taking part in another party's attack ------------------------------------------------


def test_who_takes_part_in_an_attack_is_not_its_victim() -> None:
    found = named_events(
        "In 2017 the Zorbani Front's fighters took part in the Kestrel Brigades attacks that drove"
        " the Harran Movement from its positions."
    )
    assert_events(found, gives_not=[(Y, "ASSAULT", X)])


def test_who_takes_losses_in_an_attack_is_still_its_victim() -> None:
    found = named_events(
        "In 2017 the Zorbani Front took heavy casualties in attacks by the Kestrel Brigades."
    )
    assert_events(found, gives=[(Y, "ASSAULT", X)])
