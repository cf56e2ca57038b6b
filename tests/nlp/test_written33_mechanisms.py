"""Written reports, helper written33 (issue 9): classes earlier helpers saw and left, each
fixed as a class and tested on invented sentences with negated, hedged or look-alike twins
that must not change."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- 1. "cut a deal with Y" makes an agreement; "cut ties with Y" ends one ------------------------
@pytest.mark.parametrize(
    "text,source,target",
    [
        ("The ISI cut secret deals with the Haqqani network in 2008.", "Inter-Services",
         "Haqqani"),
        ("In 2006 Pakistani officials cut a deal with the Taliban in North Waziristan.",
         "Pakistan", "Taliban"),
        ("Baitullah Mehsud's commanders cut a bargain with the Frontier Corps.", "Tehrik",
         "Frontier"),
    ],
)  # fmt: skip
def test_cutting_a_deal_is_an_agreement(text: str, source: str, target: str) -> None:
    found = named_events(text, "2008-06-01")
    assert_events(
        found,
        gives=[(source, "AGREE", target)],
        gives_not=[
            (source, ("REJECT", "SANCTION"), target),
            (source, ("REJECT", "SANCTION"), target, None),
        ],
    )


def test_a_negated_deal_cut_is_no_agreement_and_no_break() -> None:
    found = named_events("The ISI did not cut a deal with the Haqqani network.", "2008-06-01")
    assert_events(
        found,
        gives=[("Inter-Services", "AGREE", "Haqqani", "negated")],
        gives_not=[("", "AGREE", ""), ("", ("REJECT", "SANCTION"), "", None)],
    )


def test_a_hedged_deal_cut_stays_uncertain() -> None:
    found = named_events("The ISI may have cut a deal with the Haqqani network.", "2008-06-01")
    assert_events(found, gives=[("Inter-Services", "AGREE", "Haqqani", "uncertain")],
                  gives_not=[("", None, "")])  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The ISI cut ties with the Haqqani network in 2008.",
        "The ISI cut its links with the Haqqani network in 2008.",
    ],
)
def test_cutting_ties_stays_a_break(text: str) -> None:
    found = named_events(text, "2008-06-01")
    assert_events(found, gives=[("Inter-Services", "REJECT", "Haqqani")],
                  gives_not=[("", "AGREE", "")])  # fmt: skip


# -- 4. "a press investigation found": the news media, not the request cue "pressed" -------------
@pytest.mark.parametrize(
    "text",
    [
        "A press investigation found that the ISI funded the Haqqani network.",
        "A press inquiry showed that the ISI had funded the Haqqani network.",
    ],
)
def test_a_press_compound_is_no_request(text: str) -> None:
    found = named_events(text, "2010-01-01")
    assert_events(found, gives=[("Inter-Services", "AID", "Haqqani")],
                  gives_not=[("", "AID", "", "hypothetical")])  # fmt: skip


@pytest.mark.parametrize(
    "text,modality",
    [
        ("The United States pressed the ISI to fund the Afghan army.", "hypothetical"),
        ("A press investigation found that the ISI did not fund the Haqqani network.",
         "negated"),
        ("A press investigation found that the ISI may have funded the Haqqani network.",
         "uncertain"),
    ],
)  # fmt: skip
def test_pressing_and_hedged_findings_keep_their_modality(text: str, modality: str) -> None:
    found = named_events(text, "2010-01-01")
    assert_events(found, gives=[("Inter-Services", "AID", "", modality)],
                  gives_not=[("Inter-Services", "AID", "")])  # fmt: skip


# -- 5. "claimed, implausibly, to have killed": the writer doubts the claim ----------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Taliban claimed, implausibly, to have killed ten Pakistani soldiers.",
        "The TTP claimed, without evidence, to have killed ten Pakistani soldiers.",
        "The TTP dubiously claimed to have killed ten Pakistani soldiers.",
        "The TTP claimed, implausibly, that it had killed ten Pakistani soldiers.",
    ],
)
def test_a_doubted_claim_is_uncertain(text: str) -> None:
    found = named_events(text, "2013-01-01")
    assert_events(found, gives=[("", "ASSAULT", "Pakistan", "uncertain")],
                  gives_not=[("", "ASSAULT", "Pakistan")])  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The TTP claimed to have killed ten Pakistani soldiers.",
        "The TTP claimed, in a statement, to have killed ten Pakistani soldiers.",
    ],
)
def test_a_groups_own_claim_stays_asserted(text: str) -> None:
    found = named_events(text, "2013-01-01")
    assert_events(found, gives=[("Tehrik", "ASSAULT", "Pakistan")])


def test_a_falsely_made_claim_stays_denied() -> None:
    found = named_events("The TTP falsely claimed to have killed ten Pakistani soldiers.",
                         "2013-01-01")  # fmt: skip
    assert_events(found, gives_not=[("", "ASSAULT", "Pakistan")])


# -- 2. "warned Y ahead of the raids": a tip-off about someone else's coming act -----------------
@pytest.mark.parametrize(
    "text",
    [
        "The ISI warned the Haqqani network ahead of the raids.",
        "ISI officers warned Haqqani commanders before the American raid.",
        "The ISI alerted the Haqqanis in advance of the operation.",
        "Pakistani intelligence officers warned the Haqqanis prior to the drone strikes.",
    ],
)
def test_a_warning_ahead_of_a_raid_is_a_tip_off(text: str) -> None:
    found = named_events(text, "2010-01-01")
    assert_events(found, gives=[("", "AID", "Haqqani")],
                  gives_not=[("", "THREATEN", "Haqqani", None)])  # fmt: skip


def test_a_warning_ahead_of_a_raid_not_given_is_negated() -> None:
    found = named_events("The ISI did not warn the Haqqani network ahead of the raids.",
                         "2010-01-01")  # fmt: skip
    assert_events(found, gives=[("Inter-Services", "AID", "Haqqani", "negated")],
                  gives_not=[("", None, "")])  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The ISI warned the Haqqani network that it would attack.",
        "The ISI warned the Haqqani network ahead of the talks.",
        # the act may be the warner's own: a militant group, or a state's operation
        "The TTP warned the Pakistani army before the attack.",
        "The Pakistani army warned the TTP ahead of the operation.",
    ],
)
def test_other_warnings_stay_threats(text: str) -> None:
    found = named_events(text, "2010-01-01")
    assert_events(found, gives=[("", "THREATEN", "")], gives_not=[("", "AID", "", None)])


# -- 3. a group leader's kin named through his possessive stand for his group --------------------
@pytest.mark.parametrize(
    "text,date,source,target",
    [
        ("Jalaluddin Haqqani's sons attacked Afghan army posts in Khost.", "2009-05-01",
         "Haqqani", "Afghan"),
        ("Mullah Omar's brothers met Al Qaeda envoys in Quetta.", "2005-05-01", "Taliban",
         "Al Qaeda"),
        ("Osama bin Laden's son Hamza praised the Taliban in a message.", "2015-05-01",
         "Al Qaeda", "Taliban"),
    ],
)  # fmt: skip
def test_a_leaders_kin_stand_for_his_group(text: str, date: str, source: str, target: str
                                           ) -> None:  # fmt: skip
    assert_events(named_events(text, date), gives=[(source, None, target)])


@pytest.mark.parametrize(
    "text,date",
    [
        # one son with no name, a kin's possession, a person who led no group: no party
        ("Jalaluddin Haqqani's son attacked Afghan army posts in Khost.", "2009-05-01"),
        ("Mullah Omar's son's wedding was attended by Al Qaeda envoys.", "2005-05-01"),
        ("Abdul Rauf Zakir's sons attacked Afghan army posts in Khost.", "2009-05-01"),
        # the leader's own death or speech names no kin
        ("Mullah Omar's death was announced by the Taliban.", "2015-08-01"),
    ],
)
def test_other_possessives_make_no_party(text: str, date: str) -> None:
    assert_events(named_events(text, date), gives_not=[("", None, "")])


def test_a_leaders_sons_keep_a_negation() -> None:
    found = named_events("Jalaluddin Haqqani's sons did not attack Afghan army posts.",
                         "2009-05-01")  # fmt: skip
    assert_events(found, gives=[("Haqqani", "ASSAULT", "Afghan", "negated")],
                  gives_not=[("", None, "")])  # fmt: skip
