"""Written reports, round 29 (issue 9, helper written29): precision and modality classes left
by earlier rounds, each tested on invented sentences with look-alike twins."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, has, named_events


# -- 1. an authored act whose own truth is doubted, unconfirmed, conditional or denied ------
@pytest.mark.parametrize(
    "text,modality",
    [
        ("The ISI's arrest of Baradar was never confirmed.", "uncertain"),
        ("The ISI's arrest of Baradar has not been verified.", "uncertain"),
        ("The ISI's arrest of Baradar remains unconfirmed.", "uncertain"),
        ("The ISI's arrest of Baradar has yet to be confirmed.", "uncertain"),
        ("The ISI's arrest of Baradar may never be confirmed.", "uncertain"),
        ("Officials could not confirm the ISI's arrest of Baradar.", "uncertain"),
        ("Several analysts doubt the ISI's arrest of Baradar.", "uncertain"),
        ("The ISI's arrest of Baradar has been questioned by several analysts.", "uncertain"),
        ("Officials doubt that the ISI's arrest of Baradar took place.", "uncertain"),
        ("Whether the ISI's arrest of Baradar took place is unclear.", "uncertain"),
        ("If the ISI's arrest of Baradar is confirmed, talks with the movement will stall.",
         "hypothetical"),
        ("Unless the ISI's arrest of Baradar is confirmed, the talks will go ahead.",
         "hypothetical"),
        ("If officials confirm the ISI's arrest of Baradar, the talks will stall.",
         "hypothetical"),
        ("The ISI's arrest of Baradar never happened, a spokesman for the movement said.",
         "negated"),
    ],
)  # fmt: skip
def test_the_truth_of_an_authored_act_in_question_wins(text: str, modality: str) -> None:
    found = named_events(text, "2010-02-20")
    assert_events(
        found,
        gives=[("Inter-Services", "COERCE", "Taliban", modality)],
        gives_not=[("Inter-Services", "COERCE", "Taliban")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "American officials welcomed the ISI's arrest of Baradar.",
        "The ISI's arrest of Baradar was confirmed by officials in Islamabad.",
        "Officials confirmed the ISI's arrest of Baradar.",
        "The ISI's arrest of Baradar took place in Karachi.",
        "Nobody doubts the ISI's arrest of Baradar.",
        # doubt about something else than whether the act happened: still presupposed
        "The ISI's arrest of Baradar may have been ordered by the army chief.",
        "If the ISI's arrest of Baradar was meant to end the talks, it succeeded.",
    ],
)
def test_an_authored_act_stays_asserted_when_its_truth_is_not_in_question(text: str) -> None:
    found = named_events(text, "2010-02-20")
    assert has(found, "Inter-Services", "COERCE", "Taliban"), found


@pytest.mark.parametrize(
    "text,modality",
    [
        ("The army's raid on the TTP compound has not been confirmed.", "uncertain"),
        ("If the army's raid on the TTP compound is confirmed, the jirga will break up.",
         "hypothetical"),
        ("The army's raid on the TTP compound did not take place.", "negated"),
    ],
)  # fmt: skip
def test_an_authored_raid_in_question(text: str, modality: str) -> None:
    found = named_events(text)
    assert_events(
        found,
        gives=[("Pakistan", "ASSAULT", "Tehrik", modality)],
        gives_not=[("Pakistan", "ASSAULT", "Tehrik")],
    )


def test_an_authored_raid_confirmed_stays_asserted() -> None:
    found = named_events("The army's raid on the TTP compound was confirmed by residents.")
    assert has(found, "Pakistan", "ASSAULT", "Tehrik"), found


# -- 2. naming: a post appoints, a label or a list sanctions, an identification is nothing ---
@pytest.mark.parametrize(
    "text",
    [
        "Pakistan protested against the Haqqani commanders named by Washington.",
        "The report named two Haqqani commanders among the organisers of the attack.",
        "Washington named two Haqqani commanders in its statement.",
    ],
)
def test_naming_without_a_role_is_no_support(text: str) -> None:
    found = named_events(text)
    assert_events(found, gives_not=[("U.S.", "SUPPORT", "Haqqani", None)])


@pytest.mark.parametrize(
    "text,source",
    [
        ("Washington named three Haqqani commanders as terrorists.", "U.S."),
        ("The United States named the Haqqani network a terrorist organization.", "United States"),
        ("Washington named two Haqqani commanders in a new sanctions list.", "U.S."),
    ],
)
def test_naming_as_terrorists_or_on_a_list_is_a_sanction(text: str, source: str) -> None:
    found = named_events(text)
    assert_events(
        found,
        gives=[(source, "SANCTION", "Haqqani")],
        gives_not=[(source, "SUPPORT", "Haqqani", None)],
    )


@pytest.mark.parametrize(
    "text,source,target",
    [
        ("The Taliban named Sirajuddin Haqqani its deputy leader.", "Taliban", "Haqqani"),
        ("The Taliban named Sirajuddin Haqqani as their deputy leader.", "Taliban", "Haqqani"),
        ("Al Qaeda named a TTP commander to head its new branch.", "Qaeda", "Tehrik"),
    ],
)
def test_naming_to_a_post_stays_an_appointment(text: str, source: str, target: str) -> None:
    found = named_events(text, "2015-07-30")
    assert_events(
        found,
        gives=[(source, "SUPPORT", target)],
        gives_not=[(source, "SANCTION", target, None)],
    )


# -- 3a. a conjunct hung on a relative clause belongs to the main clause --------------------
@pytest.mark.parametrize(
    "text,source,etype,target,wrong",
    [
        ("The army raided a house where TTP commanders met and arrested four of them.",
         "Pakistan", "COERCE", "Tehrik", "Tehrik"),
        ("Police raided a compound where Lashkar-e-Taiba members were hiding and detained six "
         "of them.", "police", "COERCE", "Lashkar", "Lashkar"),
        ("The Afghan Taliban overran a district that the ISKP had held and executed its "
         "commanders.", "Taliban", "ASSAULT", "Khorasan", "Khorasan"),
    ],
)  # fmt: skip
def test_a_conjunct_after_a_relative_clause_takes_the_main_subject(
    text: str, source: str, etype: str, target: str, wrong: str
) -> None:
    found = named_events(text, "2016-01-01" if "ISKP" in text else "2012-01-01")
    assert_events(found, gives=[(source, etype, target)], gives_not=[(wrong, etype, "")])


@pytest.mark.parametrize(
    "text,gives,gives_not",
    [
        # the conjunct shares the relative clause's subject: its own act
        ("Police raided a house where TTP commanders met and planned attacks on the army.",
         [], [("police", ("COERCE", "ASSAULT"), "Tehrik", None)]),
        ("The army attacked TTP fighters who had ambushed a convoy and killed six soldiers.",
         [("Tehrik", "ASSAULT", "Pakistan Army")],
         [("Pakistan Army", "ASSAULT", "Pakistan Army", None)]),
    ],
)  # fmt: skip
def test_a_conjunct_inside_the_relative_clause_keeps_its_subject(
    text: str, gives: list, gives_not: list
) -> None:
    assert_events(named_events(text), gives=gives, gives_not=gives_not)


# -- 3b. "shot dead" when the parser hangs the victim on "dead" -----------------------------
@pytest.mark.parametrize(
    "text,modality",
    [
        ("The Taliban shot dead the ISKP's deputy governor.", "asserted"),
        ("The Taliban said they had shot dead the ISKP's deputy governor.", "asserted"),
        ("The Taliban shot dead an ISKP commander.", "asserted"),
        ("The Taliban did not shoot dead the ISKP's deputy governor.", "negated"),
    ],
)
def test_shot_dead_with_the_victim_on_dead(text: str, modality: str) -> None:
    found = named_events(text, "2016-01-01")
    assert_events(found, gives=[("Taliban", "ASSAULT", "Khorasan", modality)])
    if modality != "asserted":
        assert_events(found, gives_not=[("Taliban", "ASSAULT", "Khorasan")])


def test_dead_that_names_no_victim_codes_no_attack() -> None:
    found = named_events("The Taliban left the ISKP's deputy governor for dead.", "2016-01-01")
    assert_events(found, gives_not=[("Khorasan", "ASSAULT", "Taliban", None)])


# -- 4. a coded act noun as the passive subject of a dictionary verb -----------------------
def test_an_act_confirmed_by_a_party_is_not_that_partys_act() -> None:
    found = named_events("The ISI's arrest of Baradar was later confirmed by the Taliban.",
                         "2010-02-20")  # fmt: skip
    assert_events(
        found,
        gives=[("Inter-Services", "COERCE", "Taliban")],
        gives_not=[("Taliban", "COERCE", "Inter-Services", None)],
    )
