"""Wrong PLOVER type or stance (issue 9, helper types28): classes of the work halves of written
rounds 1-27 where a relation was found with the wrong type or stance, each fixed as a widened
mechanism and tested on invented sentences with negated, hedged, denied, conditional or
look-alike twins that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events

COOPERATIVE = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT")


# -- leaving talks or a deal: "walked out of the talks with Y", "backed out of the deal with Y" -
@pytest.mark.parametrize(
    "text",
    [
        "The Pakistani Taliban walked out of the talks with the government in March.",
        "In March the TTP stormed out of negotiations with the government.",
        "The TTP pulled out of the negotiations with the government after the raid.",
        "The TTP backed out of the deal with the government within a week.",
        "The TTP walked away from its agreement with the government.",
        "The TTP walked away from the ceasefire with the government in August.",
    ],
)  # fmt: skip
def test_leaving_talks_or_a_deal_is_a_rejection(text: str) -> None:
    found = named_events(text, "2014-03-01")
    assert_events(
        found,
        gives=[("Tehrik-i-Taliban", "REJECT", "Government of Pakistan")],
        gives_not=[
            ("Tehrik-i-Taliban", COOPERATIVE, "Government of Pakistan"),
            ("Government of Pakistan", COOPERATIVE, "Tehrik-i-Taliban"),
        ],
    )


@pytest.mark.parametrize(
    "text",
    [
        # negated, hedged, denied, conditional, future
        "The TTP did not walk out of the talks with the government.",
        "The TTP may pull out of the negotiations with the government.",
        "The TTP denied that it had backed out of the deal with the government.",
        "If the army attacks, the TTP will walk away from its agreement with the government.",
        "The TTP threatened to walk out of the talks with the government.",
    ],
)  # fmt: skip
def test_leaving_talks_not_asserted_is_no_rejection(text: str) -> None:
    found = named_events(text, "2014-03-01")
    assert_events(found, gives_not=[("Tehrik-i-Taliban", "REJECT", "Government of Pakistan")])


@pytest.mark.parametrize(
    "text",
    [
        # supporting a deal, and leaving a place with a party, are no rejection of it
        "The TTP backed the deal with the government.",
        "The TTP walked out of the village with the government's negotiators.",
    ],
)  # fmt: skip
def test_look_alikes_of_leaving_are_no_rejection(text: str) -> None:
    found = named_events(text, "2014-03-01")
    assert_events(found, gives_not=[("Tehrik-i-Taliban", "REJECT", "Government of Pakistan")])


# -- disavowal of membership: "X said it was not part / a branch / a member of Y" -------------
@pytest.mark.parametrize(
    "text, source, target",
    [
        ("HTS said it was not part of Al Qaeda.", "Tahrir", "Al Qaeda"),
        ("In a statement HTS said it had not been a member of Al Qaeda since 2016.", "Tahrir",
         "Al Qaeda"),
        ("Al Qaeda announced that the Islamic State was not its branch.", "Al Qaeda",
         "Islamic State"),
        ("The Haqqani network insisted that it was not a faction of the Taliban.", "Haqqani",
         "Taliban"),
    ],
)  # fmt: skip
def test_a_party_denying_membership_disavows(text: str, source: str, target: str) -> None:
    found = named_events(text, "2017-01-01")
    assert_events(
        found,
        gives=[(source, "REJECT", target)],
        gives_not=[(source, COOPERATIVE, target), (target, COOPERATIVE, source)],
    )


@pytest.mark.parametrize(
    "text",
    [
        # a third party's statement is a plain negation; hedged, negated and denied speech;
        # membership affirmed
        "U.S. officials said HTS was not part of Al Qaeda.",
        "HTS is not part of Al Qaeda.",
        "HTS may have said it was not part of Al Qaeda.",
        "HTS did not say that it was not part of Al Qaeda.",
        "HTS denied that it was part of Al Qaeda.",
        "HTS said it was part of Al Qaeda.",
    ],
)  # fmt: skip
def test_membership_denied_by_others_or_not_asserted_is_no_disavowal(text: str) -> None:
    found = named_events(text, "2017-01-01")
    assert_events(found, gives_not=[("Tahrir", "REJECT", "Al Qaeda")])


# -- surrender: "X's fighters gave themselves up to Y" is a surrender, not aid ------------------
@pytest.mark.parametrize(
    "text",
    [
        # with no count: counted members are individuals, no RETREAT of their group (gaps60)
        "Islamic State fighters gave themselves up to the Taliban in Jowzjan.",
        "The ISKP commander gave himself up to the Taliban after a week of fighting.",
    ],
)  # fmt: skip
def test_giving_oneself_up_is_a_surrender(text: str) -> None:
    found = named_events(text, "2018-08-01")
    assert_events(
        found,
        gives=[("Islamic State", "RETREAT", "Taliban")],
        gives_not=[("Islamic State", ("AID", "COOPERATE", "SUPPORT"), "Taliban", None)],
    )


@pytest.mark.parametrize(
    "text",
    [
        # negated, hedged, conditional; a refusal to surrender is no surrender
        "The ISKP commander did not give himself up to the Taliban.",
        "The ISKP commander may have given himself up to the Taliban.",
        "If surrounded, the ISKP fighters will give themselves up to the Taliban.",
        "The ISKP commander refused to give himself up to the Taliban.",
    ],
)  # fmt: skip
def test_surrender_not_asserted(text: str) -> None:
    found = named_events(text, "2018-08-01")
    assert_events(found, gives_not=[("Islamic State", "RETREAT", "Taliban")])


def test_giving_oneself_a_thing_is_no_surrender() -> None:
    found = named_events("The Taliban gave themselves a new name in 1996.", "1996-10-01")
    assert_events(found, gives_not=[("Taliban", "RETREAT", "")])
