"""Written reports, round 21 (issue 9, helper written21): mechanisms found on round21_work,
each tested on invented sentences with negated, hedged, denied or otherwise unasserted twins
that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, named_events


# -- the copula with an infinitive is a scheduled act: "were to send a delegation" --------
@pytest.mark.parametrize(
    "text",
    [
        "The raid came a week before ISI officers were to hold talks with Haqqani envoys in "
        "Peshawar.",
        "The army chief is to meet tribal elders from Bajaur next week, his office said.",
        "Taliban negotiators were to sign an accord with Afghan officials in Doha on Friday.",
    ],
)  # fmt: skip
def test_a_scheduled_act_is_not_asserted(text: str) -> None:
    found = named_events(text, "2015-01-01")
    assert_events(found, gives_not=[ANYTHING])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("ISI officers held talks with Haqqani envoys in Peshawar.", "Inter-Services",
         "CONSULT", "Haqqani"),
        ("The army chief was quick to meet tribal elders from Bajaur, his office said.",
         "Pakistan", "CONSULT", "tribal"),
    ],
)  # fmt: skip
def test_a_held_act_and_an_adjective_with_an_infinitive_stay_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    found = named_events(text, "2015-01-01")
    assert_events(found, gives=[(source, etype, target)])


# -- a pledge of allegiance accepted: coop from the pledgee to the pledger ------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Haqqani network accepted the pledge of Al Qaeda's new commander in Khost, an "
        "intercept summary said.",
        "Al Qaeda sent a pledge of allegiance to the Haqqani network, which accepted it within "
        "a week.",
        "Al Qaeda renewed its oath to the Haqqani network's leaders, who accepted it at a "
        "meeting in Miranshah.",
    ],
)  # fmt: skip
def test_an_accepted_pledge_is_cooperation_of_the_pledgee(text: str) -> None:
    found = named_events(text, "2016-01-01")
    assert_events(found, gives=[("Haqqani", "AGREE", "Qaeda")])


@pytest.mark.parametrize(
    "text",
    [
        "The Haqqani network never accepted the pledge of Al Qaeda's new commander in Khost.",
        "Al Qaeda sent a pledge of allegiance to the Haqqani network, which may have accepted "
        "it within a week.",
        "Al Qaeda renewed its oath to the Haqqani network's leaders, who refused to accept it.",
        "Al Qaeda sent a pledge to the Haqqani network, which will accept it next month.",
    ],
)  # fmt: skip
def test_a_pledge_not_accepted_or_hedged_is_not_cooperation(text: str) -> None:
    found = named_events(text, "2016-01-01")
    assert_events(found, gives_not=[("Haqqani", ("AGREE", "SUPPORT"), "Qaeda")])


def test_an_it_with_no_pledge_before_it_is_no_acceptance() -> None:
    found = named_events("The Islamic State seized Mosul, and the Haqqani network accepted it "
                         "as a fact.", "2016-01-01")  # fmt: skip
    assert_events(found, gives_not=[("Haqqani", "AGREE", "")])


# -- orders taken "from" a party: the subject's own possessive gives no orders --------------
@pytest.mark.parametrize(
    ("text", "taker", "giver"),
    [
        ("Hurras al-Din takes its orders from Al Qaeda's general command, a UN report said.",
         "Hurras", "Qaeda"),
        ("The Haqqani network, Afghan officials said, took its instructions from the Quetta "
         "shura's leadership.", "Haqqani", "Shura"),
        ("Lashkar-e-Taiba's commanders in Kunar took their orders from the leadership of the "
         "Haqqani network.", "Lashkar", "Haqqani"),
    ],
)  # fmt: skip
def test_orders_taken_from_a_party_or_its_body(text: str, taker: str, giver: str) -> None:
    found = named_events(text, "2019-01-01")
    wrong = [("", "COOPERATE", "United Nations"), ("", "COOPERATE", "Afghan")]
    assert_events(found, gives=[(taker, "COOPERATE", giver)], gives_not=wrong)


@pytest.mark.parametrize(
    "text",
    [
        "Hurras al-Din does not take its orders from Al Qaeda's general command, a UN report "
        "said.",
        "Hurras al-Din may take its orders from Al Qaeda's general command.",
        "Hurras al-Din denied that it took its orders from Al Qaeda's general command.",
    ],
)  # fmt: skip
def test_orders_not_taken_or_hedged_are_not_asserted(text: str) -> None:
    found = named_events(text, "2019-01-01")
    assert_events(found, gives_not=[("Hurras", "COOPERATE", "")])


# -- relied on a party for safe houses, hideouts or guides: the party shelters or escorts ---
@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State of Iraq relied on Sunni tribesmen near Fallujah for safe houses, a "
        "captured ledger showed.",
        "According to a detainee, AQAP depended on the tribes of Marib for guides across the "
        "desert.",
        "For years Al Qaeda's couriers relied on tribal elders in Bajaur for hideouts.",
    ],
)  # fmt: skip
def test_relying_on_a_party_for_places_or_guides_is_its_help(text: str) -> None:
    found = named_events(text, "2010-01-01")
    assert_events(found, gives=[("trib", "AID", "")])


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State of Iraq may have relied on Sunni tribesmen near Fallujah for safe "
        "houses.",
        "AQAP did not depend on the tribes of Marib for guides across the desert.",
        "Al Qaeda's couriers relied on tribal elders in Bajaur for their safety advice.",
    ],
)  # fmt: skip
def test_relying_hedged_negated_or_for_no_help_is_not_aid(text: str) -> None:
    found = named_events(text, "2010-01-01")
    assert_events(found, gives_not=[("trib", "AID", "")])


# -- tribal sheikhs are the tribes' leaders; a bare "sheikhs" only beside a word of tribes ---
def test_sheikhs_beside_tribes_are_tribal_elders() -> None:
    found = named_events("The Islamic State of Iraq relied on Sunni tribesmen in Anbar until "
                         "the sheikhs turned against it in 2006.", "2007-01-01")  # fmt: skip
    assert_events(found, gives=[("tribal", "REJECT", "Iraq")])
    found = named_events("Tribal sheikhs in Deir ez-Zor condemned the Nusra Front.", "2014-01-01")
    assert_events(found, gives=[("tribal", None, "Nusra")])


def test_sheikhs_with_no_word_of_tribes_are_nobody() -> None:
    found = named_events("Wealthy sheikhs in the Gulf funded the Nusra Front.", "2014-01-01")
    assert_events(found, gives_not=[("", "AID", "Nusra")])
    found = named_events("The tribal sheikhs said they would never turn against the Islamic "
                         "State of Iraq.", "2007-01-01")  # fmt: skip
    assert_events(found, gives_not=[("tribal", "REJECT", "")])


# -- "Zarqawi's network" is the group he led at the date: JTJ before his pledge, then AQI ---
@pytest.mark.parametrize(
    ("date", "group"),
    [("2003-06-01", "Tawhid"), ("2005-06-01", "Qaeda in Iraq"), ("2012-06-01", "Qaeda in Iraq")],
)
def test_zarqawis_network_is_the_group_of_the_date(date: str, group: str) -> None:
    found = named_events("Zarqawi's network attacked Sunni tribesmen near Ramadi.", date)
    assert_events(found, gives=[(group, "ASSAULT", "trib")])


# -- a price put on finding a party: "offered a reward for information on Y" ---------------
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The State Department offered a reward of up to five million dollars for information "
         "on Sirajuddin Haqqani.", "Haqqani"),
        ("Washington announced a reward for information leading to the capture of Hafiz "
         "Saeed.", "Lashkar"),
        ("Riyadh offered a bounty for information about the whereabouts of AQAP's leader.",
         "Arabian"),
    ],
)  # fmt: skip
def test_a_reward_for_finding_a_party_coerces_it(text: str, target: str) -> None:
    found = named_events(text, "2012-06-01")
    assert_events(found, gives=[("", "COERCE", target)])


@pytest.mark.parametrize(
    "text",
    [
        "The State Department considered offering a reward for information on Sirajuddin "
        "Haqqani.",
        "Washington has not offered a reward for information on Hafiz Saeed.",
        "The Haqqani network offered a reward to its fighters for their bravery.",
    ],
)  # fmt: skip
def test_a_reward_not_offered_or_for_no_party_coerces_nobody(text: str) -> None:
    found = named_events(text, "2012-06-01")
    assert_events(found, gives_not=[("", "COERCE", "")])


# -- a body of another party done away with in the passive: "a Y cell was dismantled by X" --
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("A Haqqani network cell in Kabul was dismantled by the Afghan intelligence service, "
         "officials said, weeks after it had bombed a hotel.", "Afghan", "Haqqani"),
        ("An AQAP cell in Jeddah was dismantled by Saudi security forces in a dawn raid.",
         "Saudi", "Arabian"),
        ("Pakistani police busted a TTP cell in Karachi, a spokesman said.", "Pakistan",
         "Tehrik"),
    ],
)  # fmt: skip
def test_a_cell_dismantled_by_a_party_is_its_coercion(text: str, source: str, target: str) -> None:
    found = named_events(text, "2016-05-01")
    assert_events(found, gives=[(source, "COERCE", target)])


@pytest.mark.parametrize(
    "text",
    [
        "A Haqqani network cell in Kabul was not dismantled by the Afghan intelligence service.",
        "A Haqqani network cell in Kabul was reportedly dismantled last week.",
        "An AQAP cell in Jeddah may have been dismantled by Saudi security forces.",
    ],
)  # fmt: skip
def test_a_cell_not_dismantled_or_with_no_agent_is_not_coerced(text: str) -> None:
    found = named_events(text, "2016-05-01")
    assert_events(found, gives_not=[("", "COERCE", "")])


# -- a guest of a party is sheltered by it: "P lived as the Haqqanis' guest" ---------------
@pytest.mark.parametrize(
    ("text", "host", "guest"),
    [
        ("An Al Qaeda trainer lived in Paktika for two years as a guest of the Haqqani network, a "
         "UN monitoring report said.", "Haqqani", "Qaeda"),
        ("The Lashkar-e-Taiba commander was killed while staying, police said, as a guest of "
         "the Pakistani Taliban in Orakzai.", "Tehrik", "Lashkar"),
        ("Zawahiri was for years a guest of the Taliban's southern commanders.", "Taliban",
         "Qaeda"),
    ],
)  # fmt: skip
def test_a_guest_of_a_party_is_sheltered_by_it(text: str, host: str, guest: str) -> None:
    found = named_events(text, "2019-01-01")
    assert_events(found, gives=[(host, "AID", guest)])


@pytest.mark.parametrize(
    "text",
    [
        "An Al Qaeda trainer may have lived in Paktika as a guest of the Haqqani network.",
        "Zawahiri was never a guest of the Taliban's southern commanders.",
        "The Haqqani network denied that an Al Qaeda trainer had lived in Paktika as its guest.",
        "Hundreds of guests attended the wedding of a Haqqani network commander.",
    ],
)  # fmt: skip
def test_a_guest_hedged_negated_denied_or_of_no_party_is_not_sheltered(text: str) -> None:
    found = named_events(text, "2019-01-01")
    assert_events(found, gives_not=[("", "AID", "")])
