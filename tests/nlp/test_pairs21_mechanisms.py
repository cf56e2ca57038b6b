"""Relation constructions of group-profile histories (issue 10, helper pairs21): sheltering
and training "with" a party, service "for" a party, dismissal from a rank, reconciliation;
each tested on invented sentences with negated, hedged or denied twins that must not be
asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- "X sheltered with Y", "X hid among Y": Y's sanctuary for X -------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Hizbul Islam sheltered with Al Shabaab in its enclave.",
        "After the offensive, Hizbul Islam fighters hid among Al Shabaab units near the coast.",
        "For two years Hizbul Islam stayed with Al Shabaab in the southern forests.",
    ],
)
def test_staying_with_a_party_is_its_sanctuary(text: str) -> None:
    assert_events(
        named_events(text),
        gives=[("Shabaab", "AID", "Hizbul Islam")],
        gives_not=[("Hizbul Islam", None, "Shabaab")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hizbul Islam never sheltered with Al Shabaab.",
        "If Hizbul Islam hid among Al Shabaab fighters, the army would strike them.",
        "Hizbul Islam denied that it had sheltered with Al Shabaab.",
        "Hizbul Islam may have stayed with Al Shabaab during the winter.",
    ],
)
def test_negated_or_hedged_staying_is_no_sanctuary(text: str) -> None:
    assert_events(named_events(text), gives_not=[("Shabaab", None, "Hizbul Islam")])


def test_staying_with_a_thing_names_no_host() -> None:
    assert_events(
        named_events("Hizbul Islam stayed with its plan and Al Shabaab attacked it."),
        gives_not=[("Shabaab", "AID", "Hizbul Islam")],
    )


# -- "X trained with Y": a joint training ---------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Hizbul Islam trained with Al Shabaab fighters in the south.",
        "In 2008 the Hizbul Islam recruits trained with Al Shabaab near Kismayo.",
    ],
)
def test_training_with_a_party_is_cooperation(text: str) -> None:
    assert_events(named_events(text), gives=[("Hizbul Islam", "COOPERATE", "Shabaab")])


@pytest.mark.parametrize(
    "text",
    [
        "Hizbul Islam did not train with Al Shabaab fighters.",
        "Hizbul Islam may have trained with Al Shabaab fighters in the south.",
        "Hizbul Islam planned to train with Al Shabaab next year.",
    ],
)
def test_negated_or_hedged_training_with_is_not_asserted(text: str) -> None:
    assert_events(named_events(text), gives_not=[("Hizbul Islam", None, "Shabaab")])


def test_training_with_weapons_is_no_partner() -> None:
    assert_events(
        named_events("Hizbul Islam trained with new rifles in the south."),
        gives_not=[("", "COOPERATE", "", None)],
    )


# -- "X worked for Y", "X spied for Y": in Y's service --------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Hizbul Islam fighters worked for Al Shabaab in Kismayo.",
        "Hizbul Islam spied for Al Shabaab in the capital.",
        "Hezbollah fighters fought for the Amal Movement during the siege of the camps.",
    ],
)
def test_service_for_a_party_is_cooperation(text: str) -> None:
    found = named_events(text)
    assert any(g == "COOPERATE" and m == "asserted" for _s, g, _t, m in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Hizbul Islam fighters never worked for Al Shabaab.",
        "Hizbul Islam denied that its men worked for Al Shabaab.",
        "Hezbollah fighters did not fight for the Amal Movement during the siege.",
    ],
)
def test_negated_or_denied_service_is_not_asserted(text: str) -> None:
    assert_events(named_events(text), gives_not=[("", "COOPERATE", "")])


def test_working_for_an_aim_is_no_service() -> None:
    assert_events(
        named_events("Hizbul Islam worked for the defeat of Al Shabaab."),
        gives_not=[("", "COOPERATE", "")],
    )


# -- "X stripped P of his rank": a dismissal, a split ---------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Mullah Omar stripped Sirajuddin Haqqani of his rank.",
        "Sirajuddin Haqqani was stripped of his command by Mullah Omar in 2005.",
    ],
)
def test_stripping_of_a_rank_is_a_split(text: str) -> None:
    found = named_events(text)
    assert any(s == "Afghan Taliban" and g == "REJECT" and "Haqqani" in t and m == "asserted"
               for s, g, t, m in found), found  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Mullah Omar did not strip Sirajuddin Haqqani of his rank.",
        "Mullah Omar threatened to strip Sirajuddin Haqqani of his command.",
        "Mullah Omar may strip Sirajuddin Haqqani of his post.",
    ],
)
def test_negated_or_intended_stripping_is_not_asserted(text: str) -> None:
    found = named_events(text)
    assert not any(g == "REJECT" and "Haqqani" in t and m == "asserted"
                   for _s, g, t, m in found), found  # fmt: skip


def test_stripping_of_weapons_is_no_split() -> None:
    assert_events(
        named_events("Mullah Omar stripped Sirajuddin Haqqani of his weapons."),
        gives_not=[("", "REJECT", "", None)],
    )


# -- "X reconciled with Y": an agreement ----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Hizbul Islam reconciled with Al Shabaab in 2009.",
        "Hizbul Islam and Al Shabaab reconciled after months of fighting.",
    ],
)
def test_reconciling_is_an_agreement_both_ways(text: str) -> None:
    assert_events(
        named_events(text),
        gives=[("Hizbul Islam", "AGREE", "Shabaab"), ("Shabaab", "AGREE", "Hizbul Islam")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hizbul Islam refused to reconcile with Al Shabaab.",
        "Hizbul Islam and Al Shabaab never reconciled.",
        "Hizbul Islam might reconcile with Al Shabaab next year.",
    ],
)
def test_refused_or_hedged_reconciliation_is_no_agreement(text: str) -> None:
    assert_events(named_events(text), gives_not=[("", "AGREE", "")])


def test_a_reduced_relative_of_staying_tells_of_its_noun() -> None:
    assert_events(
        named_events(
            "Ahmed Godane's network, from which the Amniyat grew, sheltered with Hizbul Islam in "
            "its forest camps."
        ),
        gives=[("Hizbul Islam", "AID", "Shabaab")],
    )


# -- "P led X out of Y", "X took its fighters out of Y's command": a split ---------------------
@pytest.mark.parametrize(
    "text",
    [
        "Hasan Turki led Hizbul Islam out of Al Shabaab.",
        "Hasan Turki led Hizbul Islam out of the Islamic Courts Union in 2009.",
        "Hizbul Islam took its fighters out of the coalition led by Al Shabaab.",
        "Hizbul Islam took its Ogadeni fighters out of Al Shabaab's command.",
    ],
)
def test_leading_a_group_out_of_another_is_a_split(text: str) -> None:
    found = named_events(text)
    assert any("Hizbul Islam" in s and g == "REJECT" and m == "asserted"
               for s, g, _t, m in found), found  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Hasan Turki did not lead Hizbul Islam out of Al Shabaab.",
        "Hizbul Islam threatened to take its fighters out of the coalition led by Al Shabaab.",
        "Hasan Turki may lead Hizbul Islam out of Al Shabaab next year.",
    ],
)
def test_negated_or_intended_leading_out_is_not_asserted(text: str) -> None:
    assert_events(named_events(text), gives_not=[("", "REJECT", "")])


@pytest.mark.parametrize(
    "text",
    [
        "Hasan Turki led his men out of Kismayo.",
        "Hizbul Islam pulled its troops out of Somalia.",
    ],
)
def test_leading_out_of_a_place_is_no_split(text: str) -> None:
    assert_events(named_events(text), gives_not=[("", "REJECT", "", None)])


# -- "X was subsumed into Y", "X amalgamated with Y": a merger --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Hizbul Islam was subsumed into Al Shabaab in 2010.",
        "Hizbul Islam amalgamated with Al Shabaab in 2010.",
        "Hizbul Islam fused with Al Shabaab in 2010.",
    ],
)
def test_merger_verbs(text: str) -> None:
    assert_events(named_events(text), gives=[("Hizbul Islam", "COOPERATE", "Shabaab")])


@pytest.mark.parametrize(
    "text",
    [
        "Hizbul Islam was never subsumed into Al Shabaab.",
        "Hizbul Islam denied that it had amalgamated with Al Shabaab.",
    ],
)
def test_negated_or_denied_mergers_are_not_asserted(text: str) -> None:
    assert_events(named_events(text), gives_not=[("", "COOPERATE", "")])
