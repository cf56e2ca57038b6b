"""Written reports, round 24 (issue 9, helper written24): mechanisms found on round24_work,
each tested on invented sentences with negated, hedged, denied or otherwise unasserted twins
that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- imminence the parser hides: "was due to open talks", "on the point of opening talks" ------
@pytest.mark.parametrize(
    "text",
    [
        "The Pakistani government was due to open talks with the TTP in Peshawar on Monday.",
        "Officials said the Pakistani government had been on the point of opening "
        "negotiations with the TTP when the bombing happened.",
        "The provincial government was due to sign a truce with the TTP this week.",
    ],
)  # fmt: skip
def test_a_scheduled_or_imminent_meeting_is_not_held(text: str) -> None:
    found = named_events(text, "2013-10-01")
    assert_events(found, gives_not=[("Pakistan", None, "Tehrik"), ("Tehrik", None, "Pakistan")])


@pytest.mark.parametrize(
    "text",
    [
        "The Pakistani government opened talks with the TTP in Peshawar on Monday.",
        "The Pakistani government held negotiations with the TTP after the bombing.",
    ],
)  # fmt: skip
def test_talks_opened_or_held_are_asserted(text: str) -> None:
    found = named_events(text, "2013-10-01")
    assert_events(found, gives=[("Pakistan", "CONSULT", "Tehrik")])


def test_due_to_before_a_cause_noun_is_no_imminence() -> None:
    """ "due to" with a noun of cause ("due to heavy fighting") leaves the act as it is."""
    found = named_events("The army attacked the TTP in Orakzai due to heavy fighting nearby.")
    assert_events(found, gives=[("Pakistan", "ASSAULT", "Tehrik")])


# -- people who left a group: "AQIM defectors", "TTP deserters" --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A cell of AQIM defectors in the hills pledged allegiance to the Islamic State.",
        "TTP deserters joined the Islamic State's Khorasan province in Orakzai.",
        "A group of Haqqani network renegades attacked a Taliban checkpoint in Khost.",
    ],
)  # fmt: skip
def test_what_a_groups_defectors_do_is_not_the_groups(text: str) -> None:
    found = named_events(text, "2015-06-01")
    assert_events(found, gives_not=[("Qaeda", None, ""), ("Tehrik", None, ""),
                                    ("Haqqani", None, "")])  # fmt: skip


@pytest.mark.parametrize(
    "text,source",
    [
        ("A cell of AQIM commanders in the hills pledged allegiance to the Islamic State.",
         "Qaeda"),
        ("TTP commanders joined the Islamic State's Khorasan province in Orakzai.", "Tehrik"),
    ],
)  # fmt: skip
def test_what_a_groups_commanders_do_stays_the_groups(text: str, source: str) -> None:
    found = named_events(text, "2015-06-01")
    assert_events(found, gives=[(source, "SUPPORT", "Islamic State")])


# -- a warning of a third party's raids passed on, "to Y" hung on the raids --------------------
@pytest.mark.parametrize(
    "text",
    [
        "Two ISI officers passed warnings of impending American raids to Haqqani commanders in "
        "Miranshah.",
        "A police officer relayed warnings of imminent American raids to the Haqqani network.",
    ],
)  # fmt: skip
def test_warnings_of_a_third_partys_raids_passed_on_are_a_tip_off(text: str) -> None:
    found = named_events(text, "2011-06-01")
    assert_events(found, gives=[("", "AID", "Haqqani")])


@pytest.mark.parametrize(
    "text",
    [
        "Two ISI officers may have passed warnings of impending American raids to Haqqani "
        "commanders in Miranshah.",
        "The inquiry found no sign that ISI officers passed warnings of imminent American raids "
        "to the Haqqani network.",
        "Afghan officials alleged that ISI officers had relayed warnings of impending American "
        "raids to the Haqqani network.",
    ],
)  # fmt: skip
def test_hedged_or_negated_warnings_passed_on_are_not_asserted(text: str) -> None:
    found = named_events(text, "2011-06-01")
    assert_events(found, gives_not=[("", "AID", "Haqqani")])


def test_a_warning_of_the_givers_own_offensive_is_no_tip_off() -> None:
    found = named_events(
        "The army sent a warning of its coming offensive to the TTP.", "2014-01-01"
    )
    assert_events(found, gives_not=[("", "AID", "Tehrik")])


# -- a relation under inquiry or debate is not established ------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Links between the ISI and the Haqqani network have been studied for years.",
        "A parliamentary commission is investigating ties between the ISI and Lashkar-e-Taiba.",
        "Analysts have long debated the Haqqani network's relationship with Al Qaeda.",
        "Investigators are examining the ISI's contacts with the Haqqani network.",
    ],
)  # fmt: skip
def test_a_relation_under_inquiry_is_not_asserted(text: str) -> None:
    found = named_events(text, "2012-01-01")
    assert_events(found, gives_not=[("Inter-Services", None, ""), ("Haqqani", None, "")])


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("The commission found that the ISI had funded Lashkar-e-Taiba for years.",
         ("Inter-Services", "AID", "Lashkar")),
        ("After studying the intercepts, investigators concluded that the ISI funded the "
         "Haqqani network.", ("Inter-Services", "AID", "Haqqani")),
    ],
)  # fmt: skip
def test_a_finding_reported_after_an_inquiry_stays_asserted(
    text: str, wanted: tuple[str, str, str]
) -> None:
    found = named_events(text, "2012-01-01")
    assert_events(found, gives=[wanted])


# -- a claim taken back in the same sentence ---------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The TTP claimed the ambush on the Frontier Corps convoy in Kurram, then withdrew the "
        "claim.",
        "A TTP spokesman took responsibility for the raid on the police post in Lakki Marwat, "
        "but retracted the statement the next morning.",
        "ISKP claimed the killing of a Taliban district chief in Kunar but later retracted it.",
    ],
)  # fmt: skip
def test_a_claim_taken_back_asserts_no_attack(text: str) -> None:
    found = named_events(text, "2016-04-01")
    assert_events(found, gives_not=[("", "ASSAULT", "")])


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("The TTP claimed the ambush on the Frontier Corps convoy in Kurram, then repeated the "
         "claim.", ("Tehrik", "ASSAULT", "Frontier Corps")),
        ("ISKP claimed the killing of a Taliban district chief in Kunar and later withdrew its "
         "fighters from the valley.", ("Khorasan", "ASSAULT", "Taliban")),
    ],
)  # fmt: skip
def test_a_claim_kept_asserts_the_attack(text: str, wanted: tuple[str, str, str]) -> None:
    found = named_events(text, "2016-04-01")
    assert_events(found, gives=[wanted])


# -- a group's newspaper, agency or website speaks for it -------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State's weekly Dabiq accused the Taliban of selling out the jihad.",
        "Dabiq, the Islamic State's weekly, accused the Taliban of selling out the jihad.",
    ],
)  # fmt: skip
def test_a_groups_outlet_speaks_for_the_group(text: str) -> None:
    found = named_events(text, "2019-03-01")
    assert_events(found, gives=[("Islamic State", "ACCUSE", "Taliban")])


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State's weekly Dabiq did not accuse the Taliban of selling out the jihad.",
        "The Islamic State's weekly Dabiq may accuse the Taliban of selling out the jihad.",
        "Pakistan's daily Mashriq accused the TTP of extortion in Peshawar.",
    ],
)  # fmt: skip
def test_an_outlet_negated_hedged_or_a_countrys_paper_asserts_no_groups_accusation(
    text: str,
) -> None:
    found = named_events(text, "2019-03-01")
    assert_events(found, gives_not=[("Islamic State", "ACCUSE", ""), ("Pakistan", "ACCUSE", "")])


# -- a party's people moved for it: an escort --------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Haqqani network drivers ferried Al Qaeda's Arab recruits from Miranshah to the camps "
        "in Shawal.",
        "Haqqani network couriers transported Al Qaeda fighters across the border to Paktika.",
    ],
)  # fmt: skip
def test_a_partys_people_ferried_or_transported_are_escorted(text: str) -> None:
    found = named_events(text, "2010-05-01")
    assert_events(found, gives=[("Haqqani", "AID", "Qaeda")])


@pytest.mark.parametrize(
    "text",
    [
        "Haqqani network drivers may have ferried Al Qaeda's Arab recruits from Miranshah to "
        "the camps in Shawal.",
        "Haqqani network couriers denied that they had transported Al Qaeda fighters across "
        "the border.",
        "The army transported TTP prisoners to the central jail in Peshawar.",
    ],
)  # fmt: skip
def test_people_moved_under_a_hedge_or_as_captives_are_no_escort(text: str) -> None:
    found = named_events(text, "2010-05-01")
    assert_events(found, gives_not=[("", "AID", "Qaeda"), ("", "AID", "Tehrik")])


# -- a sanction on a party's backers strikes the party ------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The U.S. Treasury designated four financiers who, it said, had raised money for "
        "Lashkar-e-Taiba in the Gulf.",
        "The State Department sanctioned two brothers who had funded Lashkar-e-Taiba's "
        "seminaries.",
    ],
)  # fmt: skip
def test_a_sanction_on_a_partys_backers_strikes_the_party(text: str) -> None:
    found = named_events(text, "2012-06-01")
    assert_events(found, gives=[("U.S.", "SANCTION", "Lashkar")])


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. Treasury may designate four financiers who, it said, had raised money for "
        "Lashkar-e-Taiba in the Gulf.",
        "The State Department sanctioned two brothers who had never funded Lashkar-e-Taiba.",
        "Britain's Treasury froze the accounts of two financiers of Lashkar-e-Taiba.",
        "The State Department sanctioned two brothers who had met Lashkar-e-Taiba's leaders.",
    ],
)  # fmt: skip
def test_a_hedged_or_foreign_sanction_or_no_backing_gives_no_us_sanction(text: str) -> None:
    found = named_events(text, "2012-06-01")
    assert_events(found, gives_not=[("U.S.", "SANCTION", "Lashkar")])


# -- no share in an act; an act reported by one side and denied by another --------------------
@pytest.mark.parametrize(
    "text",
    [
        "Officials in Niamey now say the Islamic State in the Greater Sahara played no part in "
        "the ambush on the American convoy.",
        "The Islamic State in the Greater Sahara took no part in the ambush on the American "
        "convoy, the UN panel found.",
        "An American drone strike on AQIM near Sebha was reported by local radio but denied by "
        "the Pentagon.",
    ],
)  # fmt: skip
def test_no_share_in_an_act_or_a_coordinated_denial_asserts_no_attack(text: str) -> None:
    found = named_events(text, "2018-02-01")
    assert_events(found, gives_not=[("", "ASSAULT", "")])


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("The Islamic State in the Greater Sahara played a leading part in the ambush on the "
         "American convoy.", ("Islamic State", "ASSAULT", "")),
        ("An American drone strike on AQIM near Sebha was reported by local radio and "
         "confirmed by the Pentagon.", ("", "ASSAULT", "Islamic Maghreb")),
    ],
)  # fmt: skip
def test_a_share_in_an_act_or_a_confirmed_report_asserts_it(
    text: str, wanted: tuple[str, str, str]
) -> None:
    found = named_events(text, "2018-02-01")
    assert_events(found, gives=[wanted])
