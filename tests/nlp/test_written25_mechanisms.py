"""Written reports, round 25 (issue 9, helper written25): mechanisms found on round25_work and
on the lead's leftover classes, each tested on invented sentences with negated, hedged or
look-alike twins that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, named_events


# -- what was given is "no" thing: "gave no money to Y", "passed no information to Y" ---------
@pytest.mark.parametrize(
    "text",
    [
        "The Taliban gave no money to Al Qaeda in 2012.",
        "The Taliban gave Al Qaeda no money in 2012.",
        "Tribal elders in Bajaur had passed no information to the Frontier Corps.",
        "The ISI provided the Haqqani network with no weapons that year.",
        "The ISI provided not a single rifle to the Haqqani network.",
        "The Taliban sent no fighters to help Al Qaeda in Kunar.",
        "Officials said the Taliban had given nothing to Al Qaeda.",
    ],
)  # fmt: skip
def test_giving_no_thing_gives_nothing(text: str) -> None:
    found = named_events(text, "2012-06-01")
    assert_events(found, gives_not=[ANYTHING])


@pytest.mark.parametrize(
    "text,source,target",
    [
        ("The Taliban gave money to Al Qaeda in 2012.", "Taliban", "Qaeda"),
        ("The Taliban gave Al Qaeda money in 2012.", "Taliban", "Qaeda"),
        ("The ISI provided the Haqqani network with weapons that year.", "Inter", "Haqqani"),
        ("The Taliban sent fighters to help Al Qaeda in Kunar.", "Taliban", "Qaeda"),
    ],
)  # fmt: skip
def test_giving_a_thing_is_still_aid(text: str, source: str, target: str) -> None:
    found = named_events(text, "2012-06-01")
    assert_events(found, gives=[(source, "AID", target)])


def test_no_fewer_than_is_a_number_not_a_negation() -> None:
    found = named_events("The army killed no fewer than twenty TTP fighters in Orakzai.")
    assert_events(found, gives=[("Pakistan", "ASSAULT", "Tehrik")])


# -- "said it had not been part of Y since 2016": negated membership, nothing asserted --------
# (the earlier rounds label a negated perfect with "since" as negated, not as an ended tie:
# a mechanism that read it as a withdrawal (REJECT) was tried and dropped in this round)
@pytest.mark.parametrize(
    "text",
    [
        # a third party's statement; the party's own ("HTS said it had not been part of Al
        # Qaeda since 2016") is a disavowal (types28, written.declared_no_ties)
        "U.S. officials said HTS had not been part of Al Qaeda since 2016.",
        "The Haqqani network has not sheltered Al Qaeda since 2012.",
        "The TTP has not attacked the Pakistani army since 2016.",
    ],
)  # fmt: skip
def test_not_since_a_time_asserts_nothing(text: str) -> None:
    found = named_events(text, "2019-03-01")
    assert_events(found, gives_not=[ANYTHING])


def test_membership_said_plainly_is_asserted() -> None:
    found = named_events("HTS said in 2015 that it was part of Al Qaeda.", "2015-03-01")
    assert_events(found, gives=[("Hay", None, "Qaeda")])


# -- "the suspicion is that ...": a noun of conjecture over a that-clause -----------------------
@pytest.mark.parametrize(
    "text",
    [
        "The suspicion among Afghan investigators is that ISI officers armed the Haqqanis.",
        "The belief in Kabul was that the ISI funded the Haqqani network.",
        "The working assumption among diplomats is that the ISI still shelters Haqqani "
        "commanders.",
    ],
)  # fmt: skip
def test_a_suspicion_or_belief_is_not_asserted(text: str) -> None:
    found = named_events(text, "2014-08-10")
    assert_events(found, gives=[("Inter", "AID", "Haqqani", "uncertain")],
                  gives_not=[ANYTHING])  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The finding of the inquiry is that ISI officers armed the Haqqanis.",
        "The fact is that the ISI funded the Haqqani network.",
    ],
)  # fmt: skip
def test_a_finding_or_fact_is_reported(text: str) -> None:
    found = named_events(text, "2014-08-10")
    assert_events(found, gives=[("Inter", "AID", "Haqqani")])


# -- "P led a faction out of Y and joined it with Z": a split from Y, never a pledge to Y -----
@pytest.mark.parametrize(
    "text",
    [
        "Abu Omar led a faction out of the Nusra Front and joined it with the Islamic State.",
        "Abu Omar led a faction out of the Nusra Front and merged the faction with the Islamic "
        "State.",
        "Abu Omar took a unit out of the Nusra Front and brought it into the Islamic State.",
    ],
)  # fmt: skip
def test_a_splinter_led_out_of_a_group_is_not_the_group(text: str) -> None:
    found = named_events(text, "2013-06-01")
    assert_events(found, gives=[("Abu Omar", "REJECT", "Nusra")],
                  gives_not=[("", ("SUPPORT", "COOPERATE", "AID"), "Nusra", None)])  # fmt: skip


def test_a_merged_splinter_joins_the_other_group() -> None:
    found = named_events("Abu Omar led a faction out of the Nusra Front and merged the faction "
                         "with the Islamic State.", "2013-06-01")  # fmt: skip
    assert_events(found, gives=[("Abu Omar", "COOPERATE", "Islamic State")])


@pytest.mark.parametrize(
    "text",
    [
        "Jolani may have led a faction out of the Islamic State of Iraq in 2013.",
        "Jolani denied that he had led a faction out of the Islamic State of Iraq.",
        "Jolani led a column out of Raqqa in 2013.",  # a town is no group
    ],
)  # fmt: skip
def test_a_hedged_denied_or_placed_lead_out_is_no_split(text: str) -> None:
    found = named_events(text, "2013-06-01")
    assert_events(found, gives_not=[("", "REJECT", "")])


def test_an_it_after_a_lead_of_an_attack_still_finds_its_group() -> None:
    """Only a body of men led out of a group is the splinter; 'led an attack on Y' is not."""
    found = named_events("Abu Omar led an attack on the Nusra Front in Idlib.", "2013-06-01")
    assert_events(found, gives=[("Abu Omar", "ASSAULT", "Nusra")])


# -- "was investigating the American claim": the statement is probed, not its author ----------
@pytest.mark.parametrize(
    "text",
    [
        "The Taliban's interior ministry was investigating the American claim.",
        "The Taliban were investigating the Pakistani allegations, a spokesman said.",
    ],
)  # fmt: skip
def test_investigating_a_claim_accuses_no_claimant(text: str) -> None:
    found = named_events(text, "2022-08-03")
    assert_events(found, gives_not=[("", "ACCUSE", "")])


@pytest.mark.parametrize(
    "text,target",
    [
        ("The Taliban were investigating the ISI's role in the attack.", "Inter"),
        ("The Taliban condemned the Pakistani allegations.", "Pakistan"),
    ],
)  # fmt: skip
def test_a_party_probed_or_a_claim_condemned_keeps_its_target(text: str, target: str) -> None:
    found = named_events(text, "2022-08-03")
    assert_events(found, gives=[("Taliban", "ACCUSE", target)])


# -- the round's labelled halves do not change after the first run -----------------------------
_WRITTEN = __import__("pathlib").Path(__file__).parent / "data" / "written"
_ROUND25_SHA256 = {
    "round25_work.jsonl": "d3dbd45765e7118857a80143c4bc75f04f09450b6e19bf43e1880d8b15a0763e",
    "round25_frozen.jsonl": "4cf20dbec4eacec07c33309c44253010be56196a685569aa68b7c763ea981ebd",
}
_CODES = {"IS", "NUSRA", "HURRAS", "HAQQANI", "TTP", "AQ", "TALIBAN", "LET", "LOCALS", "PAK",
          "AFG", "USA", "SAUDI"}  # fmt: skip


@pytest.mark.parametrize("name", sorted(_ROUND25_SHA256))
def test_round25_halves_are_unchanged(name: str) -> None:
    import hashlib

    data = (_WRITTEN / name).read_bytes()
    assert hashlib.sha256(data).hexdigest() == _ROUND25_SHA256[name]


@pytest.mark.parametrize("name", sorted(_ROUND25_SHA256))
def test_round25_rows_use_the_family_codes(name: str) -> None:
    import json

    for line in (_WRITTEN / name).read_text().splitlines():
        row = json.loads(line)
        assert row["note"], row["id"]
        for source, target, stance in row["gold"]:
            assert {source, target} <= _CODES and source != target, row["id"]
            assert stance in ("coop", "conf"), row["id"]


def test_an_attack_with_no_warning_is_still_an_attack() -> None:
    """A "with no" phrase negates only what a verb of giving gives."""
    found = named_events("The Taliban attacked the Islamic State with no warning.", "2016-01-01")
    assert_events(found, gives=[("Taliban", "ASSAULT", "Islamic State")])
