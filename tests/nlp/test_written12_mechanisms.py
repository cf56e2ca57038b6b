"""Written reports, round 12 (issue 9, helper written12): mechanisms found on round12_work,
each tested on invented sentences with negated, hedged or denied twins that must not be
asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, asserted_between, has, named_events


# -- "X surrendered Y's men to Z": a handover, as "handed over" ------------------------------
def test_people_surrendered_to_a_party_are_handed_over() -> None:
    found = named_events("Waziri elders surrendered four Al Qaeda fighters to the Frontier Corps.")
    assert has(found, "tribes", "COERCE", "Al Qaeda") or any(
        g == "COERCE" and "Al Qaeda" in t and m == "asserted" for _s, g, t, m in found
    ), found
    assert not any(g == "RETREAT" for _s, g, _t, _m in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban refused to surrender the Al Qaeda leaders to Pakistan.",
        "The Taliban council declined to surrender the Arab commanders of Al Qaeda to the "
        "Americans.",
    ],
)
def test_a_refused_surrender_rejects_the_receiver_not_the_people(text: str) -> None:
    found = named_events(text)
    assert not asserted_between(found, "Taliban", "Al Qaeda"), found
    assert any("Taliban" in s and g == "REJECT" and m == "asserted"
               for s, g, _t, m in found), found  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban did not surrender the Al Qaeda men to Pakistan.",
        "The Taliban may surrender the Al Qaeda men to Pakistani officials.",
        "Officials denied that the Taliban had surrendered Al Qaeda fighters to Pakistan.",
    ],
)
def test_a_negated_or_hedged_surrender_hands_nobody_over(text: str) -> None:
    assert_events(
        named_events(text), gives_not=[("Taliban", None, "Al Qaeda"), ("Taliban", None, "Pakistan")]
    )


# -- materiel named by kind: "received explosives from X" ------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Intercepts show TTP commanders receiving explosives and cash from Al Qaeda.",
         "Al Qaeda", "Tehrik"),
        ("Al Qaeda couriers delivered ammunition to the Haqqani network in 2008.", "Al Qaeda",
         "Haqqani"),
        ("The Haqqani network received munitions from the Afghan Taliban.", "Taliban",
         "Haqqani"),
    ],
)  # fmt: skip
def test_materiel_given_is_aid(text: str, source: str, target: str) -> None:
    assert_events(named_events(text), gives=[(source, "AID", target)])


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("TTP commanders may have received explosives from Al Qaeda.", "Al Qaeda", "Tehrik"),
        ("There is no evidence that Al Qaeda supplied ammunition to the Haqqani network.",
         "Al Qaeda", "Haqqani"),
        ("The TTP planted explosives near a Pakistani army convoy.", "Pakistan", "Tehrik"),
    ],
)  # fmt: skip
def test_materiel_negated_hedged_or_used_is_no_aid(text: str, source: str, target: str) -> None:
    assert_events(named_events(text), gives_not=[("", "AID", "")])


# -- "X and Y remain intertwined": a tie both ways -------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "UN monitors reported that the Taliban and Al Qaeda remained closely intertwined.",
        "The Taliban and Al Qaeda are deeply enmeshed, a UN report said.",
    ],
)
def test_intertwined_groups_cooperate_both_ways(text: str) -> None:
    assert_events(
        named_events(text, "2020-06-01"),
        gives=[("Taliban", "COOPERATE", "Al Qaeda"), ("Al Qaeda", "COOPERATE", "Taliban")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Officials doubt that the Taliban and Al Qaeda remain intertwined.",
        "The Taliban and Al Qaeda may still be intertwined.",
        "The monitors could not say whether the Taliban and Al Qaeda remain intertwined.",
    ],
)
def test_intertwined_doubted_or_hedged_is_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2020-06-01"), gives_not=[("", "COOPERATE", "")])


# -- a bare "the two" before a verb: the two groups named last -------------------------------
def test_the_two_before_a_verb_stands_for_the_two_groups_named_last() -> None:
    assert_events(
        named_events(
            "The deal required the Taliban to restrain Al Qaeda, but UN monitors said the two "
            "remained closely aligned.",
            "2020-06-01",
        ),
        gives=[("Taliban", "COOPERATE", "Al Qaeda"), ("Al Qaeda", "COOPERATE", "Taliban")],
    )


def test_the_two_hedged_is_not_asserted() -> None:
    assert_events(
        named_events(
            "The deal required the Taliban to restrain Al Qaeda, but the two may remain aligned.",
            "2020-06-01",
        ),
        gives_not=[("Taliban", None, "Al Qaeda"), ("Al Qaeda", None, "Taliban")],
    )


# -- "X sits on Y and funds Z": the misread second predicate's subject -----------------------
def test_a_misread_second_predicate_takes_the_first_predicates_subject() -> None:
    assert_events(
        named_events(
            "A think-tank paper argued that the ISI sits on the Quetta shura and funds Taliban "
            "field units.",
            "2010-06-13",
        ),
        gives=[("Inter-Services", "AID", "Taliban")],
    )


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Pakistani officials denied that the ISI sits on the Quetta shura and funds Taliban "
         "field units.", "denied"),
        ("The paper suggested that the ISI sits on the shura and funds Taliban units.",
         "uncertain"),
    ],
)  # fmt: skip
def test_a_misread_second_predicate_keeps_the_clause_modality(text: str, modality: str) -> None:
    assert_events(named_events(text, "2010-06-13"), gives_not=[("Inter-Services", None, "Taliban")])


# -- an obligation laid on a party: "the accord required X to expel Y" -----------------------
@pytest.mark.parametrize(
    "text",
    [
        "The accord required the Taliban to restrain Al Qaeda.",
        "The 2020 agreement obliged the Taliban to expel Al Qaeda fighters.",
        "The deal obligated the Haqqani network to stop sheltering Al Qaeda operatives.",
    ],
)
def test_an_obligation_is_not_the_act(text: str) -> None:
    assert_events(
        named_events(text, "2020-06-01"),
        gives_not=[("Taliban", None, "Al Qaeda"), ("Haqqani", None, "Al Qaeda")],
    )


def test_an_act_done_beside_an_obligation_stays_asserted() -> None:
    assert_events(
        named_events(
            "The accord required the Taliban to restrain Al Qaeda, but the Taliban hosted "
            "Al Qaeda's leader in Kabul.",
            "2022-08-01",
        ),
        gives=[("Taliban", "AID", "Al Qaeda")],
    )


# -- an attack attempted was made: "X tried to storm Y's post" -------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("TTP militants attempted to storm a Frontier Corps post in Khyber.", "Tehrik",
         "Frontier"),
        ("Islamic State Khorasan gunmen tried to kill a Taliban governor in Kunar.", "Islamic",
         "Taliban"),
    ],
)  # fmt: skip
def test_an_attempted_attack_is_asserted(text: str, source: str, target: str) -> None:
    found = named_events(text, "2016-01-01")
    assert asserted_between(found, source, target), found


@pytest.mark.parametrize(
    "text",
    [
        "TTP militants may have tried to storm a Frontier Corps post.",
        "TTP militants did not try to storm the Frontier Corps post.",
        "Officials said TTP militants would try to storm Frontier Corps posts.",
        "Officials denied that TTP militants had attempted to storm the Frontier Corps post.",
    ],
)
def test_an_attempted_attack_negated_or_hedged_is_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2016-01-01"), gives_not=[("Tehrik", None, "Frontier")])


def test_an_attempt_at_cooperation_stays_intended() -> None:
    found = named_events("The Haqqani network tried to broker a truce between the TTP and "
                         "the Pakistani army.")  # fmt: skip
    assert not any(g in ("COOPERATE", "AGREE") and m == "asserted"
                   for _s, g, _t, m in found), found  # fmt: skip


# -- "X confronted Y with evidence that ...": an accusation of Y ------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("American officials confronted the ISI with evidence that its officers had warned "
         "the Haqqanis.", "U.S.", "Inter-Services"),
        ("Kabul presented Islamabad with a dossier on militant camps in Waziristan.",
         "Afghan", "Pakistan"),
    ],
)  # fmt: skip
def test_confronting_with_evidence_accuses(text: str, source: str, target: str) -> None:
    assert_events(named_events(text, "2008-08-01"), gives=[(source, "ACCUSE", target)])


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("American officials never confronted the ISI with evidence of its role.", "U.S.",
         "Inter-Services"),
        ("American officials may confront the ISI with evidence of its role.", "U.S.",
         "Inter-Services"),
        ("Afghan troops confronted Taliban fighters in Helmand.", "Afghan", "Taliban"),
    ],
)  # fmt: skip
def test_confronting_without_charges_or_negated_accuses_nobody(
    text: str, source: str, target: str
) -> None:
    assert_events(named_events(text, "2008-08-01"), gives_not=[("", "ACCUSE", "")])


# -- "X drove Y from their strongholds": an expulsion, as "drove Y out of" --------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Tribal lashkars drove TTP fighters from their hilltop bases in Bajaur.", "tribes",
         "Tehrik"),
        ("The army pushed TTP militants from Swat in 2009.", "Pakistan", "Tehrik"),
    ],
)  # fmt: skip
def test_driven_from_a_place_is_expelled(text: str, source: str, target: str) -> None:
    found = named_events(text, "2009-06-01")
    assert any(source.lower() in s.lower() and g == "COERCE" and target in t
               and m == "asserted" for s, g, t, m in found), found  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The army may have pushed TTP militants from Swat.",
        "The army did not drive TTP militants from Swat.",
    ],
)
def test_driven_from_a_place_hedged_or_negated_is_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2009-06-01"), gives_not=[("Pakistan", None, "Tehrik")])


# -- "X cut ties with Y, which approved the move": Y supports the act's author ---------------
@pytest.mark.parametrize(
    "text",
    [
        "The Nusra Front cut its ties with Al Qaeda, which approved the decision.",
        "Jolani said his group had cut its ties with Al Qaeda, which had given its blessing "
        "to the move.",
    ],
)
def test_a_relative_clause_approving_the_main_act_supports_its_author(text: str) -> None:
    found = named_events(text, "2016-08-01")  # the group is Nusra or, by then, its new name
    assert has(found, "Al Qaeda", "SUPPORT", "Nusra") or has(
        found, "Al Qaeda", "SUPPORT", "Fateh"
    ), found


@pytest.mark.parametrize(
    "text",
    [
        "The Nusra Front cut its ties with Al Qaeda, which may have approved the decision.",
        "The Nusra Front cut its ties with Al Qaeda, which never approved the decision.",
        "The Nusra Front cut its ties with Al Qaeda, which condemned the move.",
    ],
)
def test_an_approval_hedged_negated_or_refused_supports_nobody(text: str) -> None:
    assert_events(named_events(text, "2016-08-01"), gives_not=[("", "SUPPORT", "")])
