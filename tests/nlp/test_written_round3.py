"""Written-report modality, third round (issue 9): acts stopped short of, put off or set
aside, negating subjects, doubted sources, inability to confirm, refusals to remark, and
relations that are only possible.

Every sentence here is invented for this file (none comes from a development set, a
benchmark or tests/nlp/data/written); each positive has negated, hedged or denied twins that
must not be asserted.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_between, named_events


def events(text: str, date: str = "2013-05-06") -> set[tuple[str, str, str, str]]:
    """(source, type, target, modality) of every event in ``text``."""
    return named_events(text, date)


def asserted_types(found: set[tuple[str, str, str, str]], a: str, b: str) -> set[str]:
    return {e[1] for e in asserted_between(found, a, b)}


# --- 1. "stopped short of": no cessation, no refusal, and the act did not happen -----------


def test_stopping_an_act_is_a_withdrawal() -> None:
    found = events("The ISI stopped funding the Haqqani network in 2014.")
    assert "REJECT" in asserted_types(found, "Inter-Services", "Haqqani"), found


@pytest.mark.parametrize(
    "text",
    [
        "The ISI stopped short of cutting its ties with the Haqqani network.",
        "Washington stopped short of designating the Haqqani network a terrorist group.",
        "The TTP stopped short of declaring war on the Islamic State.",
        "The Afghan government fell short of accusing the ISI of arming the Taliban.",
    ],
)
def test_stopping_short_asserts_nothing(text: str) -> None:
    found = events(text)
    assert not {e for e in found if e[3] == "asserted" and e[1] != "REQUEST"}, found


def test_stopping_short_keeps_the_rest_of_the_sentence() -> None:
    found = events(
        "The TTP condemned the Islamic State's attacks but stopped short of declaring war on "
        "the group."
    )
    assert asserted_types(found, "Tehrik", "Islamic State") == {"ACCUSE"}, found
    assert not asserted_between(found, "Islamic State", "Tehrik"), found


# --- 2. events put off or called off ---------------------------------------------------


def test_launched_offensive_is_asserted() -> None:
    found = events("The army launched its offensive against the TTP in North Waziristan.")
    assert "ASSAULT" in asserted_types(found, "Army", "Tehrik"), found


@pytest.mark.parametrize(
    "text",
    [
        "The army postponed its offensive against the TTP in North Waziristan.",
        "The army delayed its offensive against the TTP until after the elections.",
        "The army called off its offensive against the TTP in North Waziristan.",
        "The army cancelled its planned offensive against the TTP.",
        "The postponed offensive against the TTP was a relief to the tribes.",
    ],
)
def test_put_off_offensive_is_not_asserted(text: str) -> None:
    found = events(text)
    assert "ASSAULT" not in asserted_types(found, "Army", "Tehrik"), found


def test_talks_held_are_asserted_both_ways() -> None:
    found = events("Talks between the Pakistani government and the TTP were held in Kabul.")
    assert "CONSULT" in asserted_types(found, "Pakistan", "Tehrik"), found
    assert "CONSULT" in asserted_types(found, "Tehrik", "Pakistan"), found


@pytest.mark.parametrize(
    "text",
    [
        "Talks between the Pakistani government and the TTP were postponed.",
        "Talks between the Pakistani government and the TTP were put off until June.",
        "The Pakistani government postponed its talks with the TTP.",
    ],
)
def test_postponed_talks_are_not_asserted(text: str) -> None:
    found = events(text)
    assert "CONSULT" not in asserted_types(found, "Pakistan", "Tehrik"), found
    assert "CONSULT" not in asserted_types(found, "Tehrik", "Pakistan"), found


def test_cancelling_talks_is_still_the_canceller_s_act() -> None:
    # the cancellation is coded from the talks noun (a conflictual act): it stays asserted
    found = events("The United States cancelled its talks with the Taliban.")
    assert asserted_types(found, "United States", "Taliban") & {"SANCTION", "REJECT"}, found
    assert "CONSULT" not in asserted_types(found, "United States", "Taliban"), found


# --- 3. acts set aside: "rather than", "instead of" ------------------------------------


def test_the_act_chosen_is_asserted() -> None:
    found = events("Rather than fight the TTP, the tribes struck a deal with it.")
    assert "AGREE" in asserted_types(found, "tribes", "Tehrik"), found
    assert "ASSAULT" not in asserted_types(found, "tribes", "Tehrik"), found


@pytest.mark.parametrize(
    ("text", "source", "target", "etype"),
    [
        ("Rather than fight the TTP, the tribes struck a deal with it.",
         "tribes", "Tehrik", "ASSAULT"),
        ("Rather than an offensive against the TTP, the army chose talks with the group.",
         "Army", "Tehrik", "ASSAULT"),
        ("Instead of sheltering Al Qaeda, the tribes expelled its fighters.",
         "tribes", "Al Qaeda", "AID"),
    ],
)  # fmt: skip
def test_the_act_set_aside_is_not_asserted(text: str, source: str, target: str, etype: str
                                           ) -> None:  # fmt: skip
    found = events(text)
    assert etype not in asserted_types(found, source, target), found


def test_instead_of_leaves_the_main_act_asserted() -> None:
    found = events("Instead of sheltering Al Qaeda, the tribes expelled its fighters.")
    assert "COERCE" in asserted_types(found, "tribes", "Al Qaeda"), found


# --- 4. negating subjects ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("A Taliban leader met Al Qaeda envoys in Quetta.", "Taliban", "Al Qaeda"),
        ("Two of the Haqqani commanders attacked Pakistani troops.", "Haqqani", "Army"),
    ],
)
def test_subject_events_are_asserted(text: str, source: str, target: str) -> None:
    assert asserted_between(events(text), source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("No Taliban leader has met Al Qaeda envoys since 2015, officials said.",
         "Taliban", "Al Qaeda"),
        ("None of the Haqqani commanders attacked Pakistani troops.", "Haqqani", "Army"),
        ("No Haqqani commander has met ISI officials in years, a former officer said.",
         "Haqqani", "Inter-Services"),
    ],
)  # fmt: skip
def test_negating_subjects_assert_nothing(text: str, source: str, target: str) -> None:
    found = events(text)
    assert not asserted_between(found, source, target), found
    assert not asserted_between(found, target, source), found


# --- 5. doubted sources and inability to confirm ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "According to U.S. officials, the ISI armed the Haqqani network.",
        "Officials said the ISI had armed the Haqqani network.",
        "Officials confirmed that the ISI had armed the Haqqani network.",
    ],
)
def test_attributed_reports_are_asserted(text: str) -> None:
    assert "AID" in asserted_types(events(text), "Inter-Services", "Haqqani")


@pytest.mark.parametrize(
    "text",
    [
        "According to unverified accounts, the ISI armed the Haqqani network.",
        "Unconfirmed reports said the ISI had armed the Haqqani network.",
        "Rumours say the ISI armed the Haqqani network.",
        "Officials were unable to confirm that the ISI had armed the Haqqani network.",
        "Officials could not confirm that the ISI had armed the Haqqani network.",
    ],
)
def test_doubted_or_unconfirmed_reports_are_not_asserted(text: str) -> None:
    found = events(text)
    assert not asserted_between(found, "Inter-Services", "Haqqani"), found
    hedged = {e[3] for e in found if "Inter-Services" in e[0] and "Haqqani" in e[2]}
    assert hedged == {"uncertain"}, found


def test_unable_to_act_is_not_asserted() -> None:
    assert asserted_between(events("The army attacked the TTP in Tirah."), "Army", "Tehrik")
    found = events("The army was unable to attack the TTP in Tirah.")
    assert not asserted_between(found, "Army", "Tehrik"), found


# --- 6. refusals to remark -------------------------------------------------------------


def test_refusing_to_meet_is_a_rejection() -> None:
    found = events("The Haqqani network declined to meet ISI officers in Miranshah.")
    assert "REJECT" in asserted_types(found, "Haqqani", "Inter-Services"), found


@pytest.mark.parametrize(
    "text",
    [
        "The Haqqani network declined to say whether ISI officers had visited Miranshah.",
        "The Haqqani network refused to comment on its contacts with the ISI.",
        "Pakistan's foreign office declined to say whether the army would act against the "
        "Haqqani network.",
    ],
)
def test_refusing_to_remark_rejects_nobody(text: str) -> None:
    found = events(text)
    assert not {e for e in found if e[1] == "REJECT" and e[3] == "asserted"}, found


# --- 7. relations that are only possible -----------------------------------------------


def test_an_alliance_named_as_a_fact_is_asserted() -> None:
    found = events("The alliance between the Haqqani network and Al Qaeda worries officials.")
    assert "COOPERATE" in asserted_types(found, "Haqqani", "Al Qaeda"), found


@pytest.mark.parametrize(
    "text",
    [
        "A potential alliance between the Haqqani network and Al Qaeda worries officials.",
        "A possible alliance between the Haqqani network and Al Qaeda worries officials.",
        "A prospective alliance between the Haqqani network and Al Qaeda worries officials.",
    ],
)
def test_a_potential_alliance_is_not_asserted(text: str) -> None:
    found = events(text)
    assert not asserted_between(found, "Haqqani", "Al Qaeda"), found


def test_an_alliance_that_collapsed_is_a_rejection() -> None:
    found = events("The alliance between the TTP and Jamaat-ul-Ahrar collapsed in 2014.")
    assert "REJECT" in asserted_types(found, "Tehrik", "Jamaat-ul-Ahrar"), found


def test_a_proposed_merger_that_collapsed_asserts_nothing() -> None:
    found = events("The proposed merger between the TTP and Jamaat-ul-Ahrar collapsed in 2014.")
    assert not asserted_between(found, "Tehrik", "Jamaat-ul-Ahrar"), found
    assert not asserted_between(found, "Jamaat-ul-Ahrar", "Tehrik"), found


# --- 8. imminent acts, acts rarely done, hostile acts avoided ------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("ISI officers met Taliban envoys in Dubai.", "Inter-Services", "Taliban"),
        ("Pakistan and the TTP signed a ceasefire agreement.", "Pakistan", "Tehrik"),
        ("The Taliban reached a deal with the United States.", "Taliban", "United States"),
    ],
)
def test_acts_done_are_asserted(text: str, source: str, target: str) -> None:
    assert asserted_between(events(text), source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("ISI officers were due to meet Taliban envoys in Dubai.", "Inter-Services", "Taliban"),
        ("Pakistan and the TTP are set to sign a ceasefire agreement.", "Pakistan", "Tehrik"),
        ("The Taliban were on the verge of a deal with the United States.",
         "Taliban", "United States"),
        ("The army and the TTP were close to an agreement, officials said.", "Army", "Tehrik"),
        ("The TTP is about to attack the army in Swat.", "Tehrik", "Army"),
    ],
)  # fmt: skip
def test_imminent_acts_are_not_asserted(text: str, source: str, target: str) -> None:
    found = events(text)
    assert not asserted_between(found, source, target), found
    assert {e[3] for e in found if source in e[0] and target in e[2]} == {"future"}, found


def test_rarely_and_seldom_assert_nothing() -> None:
    assert asserted_between(events("The Afghan Taliban attacked Pakistani forces."),
                            "Taliban", "Army")  # fmt: skip
    for text in (
        "The Afghan Taliban have rarely attacked Pakistani forces.",
        "The Afghan Taliban seldom attacked Pakistani forces.",
    ):
        found = events(text)
        assert not asserted_between(found, "Taliban", "Army"), found


def test_avoiding_a_hostile_act_rejects_nobody() -> None:
    found = events("The TTP has so far avoided attacking Haqqani fighters.")
    assert not asserted_between(found, "Tehrik", "Haqqani"), found
    found = events("The TTP has avoided the Haqqani network since 2012.")
    assert "REJECT" in asserted_types(found, "Tehrik", "Haqqani"), found


def test_talks_called_off_are_a_discontinuation() -> None:
    found = events("The Pakistani government called off its talks with the TTP.")
    assert "SANCTION" in asserted_types(found, "Pakistan", "Tehrik"), found
    assert "CONSULT" not in asserted_types(found, "Pakistan", "Tehrik"), found
    found = events("The Pakistani government postponed its talks with the TTP.")
    assert not asserted_between(found, "Pakistan", "Tehrik"), found


# --- 9. yes/no questions, dismissed claims, orders to meet ---------------------------


def test_yes_no_questions_are_not_asserted() -> None:
    assert "REJECT" in asserted_types(
        events("The Taliban broke with Al Qaeda after 2015."), "Taliban", "Al Qaeda"
    )
    for text in (
        "Did the Taliban break with Al Qaeda after 2015? U.S. officials are not sure.",
        "Has the ISI stopped funding the Haqqani network?",
        "Will the Haqqani network attack Pakistani troops?",
    ):
        found = events(text)
        assert not {e for e in found if e[3] == "asserted" and e[1] != "REQUEST"}, found


def test_a_wh_question_presupposes_its_event() -> None:
    found = events("Why did the Haqqani network attack the Pakistani army in 2014?")
    assert "ASSAULT" in asserted_types(found, "Haqqani", "Army"), found


def test_a_dismissed_claim_is_not_asserted() -> None:
    claim = "The Taliban claimed that its fighters had killed twenty Afghan soldiers."
    assert "ASSAULT" in asserted_types(events(claim), "Taliban", "Afghan"), claim
    for text in (
        "Officials dismissed as propaganda a Taliban claim that its fighters had killed "
        "twenty Afghan soldiers.",
        "Officials denied a Taliban claim that its fighters had killed twenty Afghan soldiers.",
    ):
        found = events(text)
        assert not asserted_between(found, "Taliban", "Afghan"), found


def test_an_order_to_meet_is_no_rejection() -> None:
    found = events("The Taliban leadership forbade its commanders from meeting ISI officers.")
    assert "REJECT" in asserted_types(found, "Taliban", "Inter-Services"), found
    found = events("The Taliban leadership ordered its commanders to meet ISI officers.")
    assert not {e for e in found if e[3] == "asserted" and e[1] != "REQUEST"}, found


# --- 10. prospects, failures and refusals named as nouns ------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Talks between the TTP and the Pakistani government alarmed the army.",
         "Tehrik", "Pakistan"),
        ("A Taliban offensive against the Afghan government began after the Doha deal.",
         "Taliban", "Afghan"),
        ("A U.S. strike on Haqqani bases forced the group to move.", "United States", "Haqqani"),
    ],
)  # fmt: skip
def test_events_named_as_facts_are_asserted(text: str, source: str, target: str) -> None:
    assert asserted_between(events(text), source, target), events(text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The prospect of talks between the TTP and the Pakistani government alarmed the army.",
         "Tehrik", "Pakistan"),
        ("Fears of a Taliban offensive against the Afghan government grew after the Doha deal.",
         "Taliban", "Afghan"),
        ("The threat of a U.S. strike on Haqqani bases forced the group to move.",
         "United States", "Haqqani"),
        ("Talk of an alliance between the TTP and ISKP is premature, officials said.",
         "Tehrik", "Islamic State"),
    ],
)  # fmt: skip
def test_events_only_foreseen_are_not_asserted(text: str, source: str, target: str) -> None:
    found = events(text)
    assert not asserted_between(found, source, target), found


def test_failures_and_refusals_named_as_nouns() -> None:
    assert asserted_types(
        events("Al Qaeda's support for the TTP cost it allies."), "Al Qaeda", "Tehrik"
    ) & {"SUPPORT", "AID"}
    found = events("Al Qaeda's failure to support the TTP cost it allies.")
    assert not asserted_between(found, "Al Qaeda", "Tehrik"), found
    found = events("The Taliban's refusal to break with Al Qaeda angered Washington.")
    assert "REJECT" not in asserted_types(found, "Taliban", "Al Qaeda"), found


# --- 11. parenthetical denials and suspicions --------------------------------------------


def test_parenthetical_reporting() -> None:
    found = events("The ISI, officials say, funded the Haqqani network.")
    assert "AID" in asserted_types(found, "Inter-Services", "Haqqani"), found
    for text, value in (
        ("The ISI, officials deny, has funded the Haqqani network.", "denied"),
        ("The ISI, officials suspect, funded the Haqqani network.", "uncertain"),
    ):
        found = events(text)
        assert {e[3] for e in found if "Inter-Services" in e[0]} == {value}, found


# --- 12. not yet done; acts through an alleged or denied event ---------------------------


def test_yet_to_is_not_done() -> None:
    found = events("The Taliban broke with Al Qaeda, a UN report says.")
    assert "REJECT" in asserted_types(found, "Taliban", "Al Qaeda"), found
    found = events("The Taliban have yet to break with Al Qaeda, a UN report says.")
    assert not asserted_between(found, "Taliban", "Al Qaeda"), found


def test_an_act_through_an_alleged_or_denied_event() -> None:
    found = events("The TTP's attack on the Frontier Corps camp killed six soldiers.")
    assert asserted_between(found, "Tehrik", "Frontier Corps"), found
    for text in (
        "The TTP's alleged attack on the Frontier Corps camp killed six soldiers.",
        "The TTP attack on the Frontier Corps camp, which the group denied, killed six soldiers.",
    ):
        found = events(text)
        assert not {e for e in found if e[3] == "asserted" and "Tehrik" in e[0]}, found
