"""Written reports, round 31 of the data (issue 9, helper written32): classes met over the
work halves of at least three rounds, each fixed in an existing path and tested on invented
sentences with negated, hedged, denied, conditional or look-alike twins that must not be
asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- an order to another party to leave is an expulsion (COERCE), as "forced Y out" is --------
# (cues.yaml ordering_verbs with departure_verbs; written.forced_departure; rounds 28, 30, 31)
@pytest.mark.parametrize(
    "text,source,target",
    [
        ("After the border clash the government in Islamabad ordered the U.S. military to "
         "vacate the Jacobabad air base within a month.", "Pakistan", "U.S."),
        ("Mullah Omar's council ordered Al Qaeda's Arab trainers to leave Kandahar in the "
         "spring of 1999, a former aide told investigators.", "Taliban", "Al Qaeda"),
        ("The Pakistani army, angered by the kidnappings, ordered the Haqqani network out of "
         "its Kurram guesthouses in 2012.", "Pakistan", "Haqqani"),
        ("In June 2020 HTS ordered Hurras al-Din's fighters to quit the old quarter of "
         "Idlib.", "Tahrir", "Hurras"),
    ],
)  # fmt: skip
def test_an_order_to_leave_expels_the_party(text: str, source: str, target: str) -> None:
    found = named_events(text, "2015-01-01")
    assert_events(found, gives=[(source, "COERCE", target)])


@pytest.mark.parametrize(
    "text,source,target",
    [
        # negated, hedged, conditional, denied, demanded: no expulsion is asserted
        ("The government in Islamabad did not order the U.S. military to vacate the "
         "Jacobabad air base.", "Pakistan", "U.S."),
        ("Mullah Omar's council may have ordered Al Qaeda's Arab trainers to leave Kandahar "
         "in 1999.", "Taliban", "Al Qaeda"),
        ("The Pakistani army would order the Haqqani network out of Kurram if the "
         "kidnappings continued.", "Pakistan", "Haqqani"),
        ("Pakistani officials denied that the army had ordered the Haqqani network to leave "
         "Kurram.", "Pakistan", "Haqqani"),
        ("American senators urged Islamabad to order the Haqqani network out of North "
         "Waziristan.", "Pakistan", "Haqqani"),
    ],
)  # fmt: skip
def test_an_order_to_leave_not_asserted_expels_nobody(text: str, source: str, target: str) -> None:
    found = named_events(text, "2015-01-01")
    assert_events(found, gives_not=[(source, "COERCE", target)])


@pytest.mark.parametrize(
    "text,source,verb_type,target",
    [
        # look-alikes: an order to do something else stays a demand, a request stays one
        ("The Taliban ordered the TTP to attack the border posts.", "Taliban", "REQUEST",
         "Tehrik"),
        ("Islamabad asked the U.S. military to vacate the Jacobabad air base.", "Pakistan",
         "REQUEST", "U.S."),
    ],
)  # fmt: skip
def test_other_orders_and_requests_stay_demands(
    text: str, source: str, verb_type: str, target: str
) -> None:
    found = named_events(text, "2015-01-01")
    assert_events(found, gives=[(source, verb_type, target)],
                  gives_not=[(source, "COERCE", target)])  # fmt: skip


# -- a past participle with its agent set off by a comma describes the clause's subject -------
# ("Y fought on, helped by X"; "Y in the valley, paid by X, guided ..."; written.
# trailing_agent_participle, place_aside_host; rounds 26, traps44, traps45)
@pytest.mark.parametrize(
    "text,source,target",
    [
        ("The Haqqani network held its ground in Kurram through 2012, helped by the ISI, "
         "according to a leaked assessment.", "Inter-Services", "Haqqani"),
        ("The TTP regrouped in Kunar after the 2014 offensive, sheltered by the Afghan "
         "Taliban, Pakistani officials said.", "Taliban", "Tehrik"),
        ("Tribesmen in the Shahikot valley, paid by the CIA, guided the raiding party to the "
         "caves in 2002.", "Central Intelligence", "tribal"),
    ],
)  # fmt: skip
def test_a_participle_with_its_agent_after_a_comma_helps_the_subject(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2015-01-01")
    assert_events(found, gives=[(source, "AID", target)])


@pytest.mark.parametrize(
    "text,source,target",
    [
        # hedged, conditional, denied, negated: the help is not asserted
        ("The TTP regrouped in Kunar after the offensive, possibly sheltered by the Afghan "
         "Taliban.", "Taliban", "Tehrik"),
        ("If the TTP regrouped in Kunar, sheltered by the Afghan Taliban, the army would "
         "strike.", "Taliban", "Tehrik"),
        ("Pakistani officials denied that the TTP had regrouped in Kunar, sheltered by the "
         "Afghan Taliban.", "Taliban", "Tehrik"),
        ("Tribesmen in the Shahikot valley, allegedly paid by the CIA, guided the raiding "
         "party.", "Central Intelligence", "tribal"),
        ("The TTP fought on in Tirah, never helped by the Afghan Taliban.", "Taliban",
         "Tehrik"),
    ],
)  # fmt: skip
def test_a_participle_not_asserted_helps_nobody(text: str, source: str, target: str) -> None:
    found = named_events(text, "2015-01-01")
    assert_events(found, gives_not=[(source, "AID", target)])


# -- a person the knowledge base does not know stands for the group his post names, also by a
# possessive ("P, X's deputy leader,", "X's emir P"; mechanisms.appositive_role_group; actor
# not found in rounds 17, 20 and 30)
@pytest.mark.parametrize(
    "text,source,etype,target",
    [
        ("The Taliban's intelligence service executed Abu Zarar Ghori, the Islamic State's "
         "emir for Kunar, in Jalalabad in 2022.", "Taliban", "ASSAULT", "Islamic State"),
        ("Abu Harith al-Tunisi, Al Qaeda's deputy leader in Syria, praised Jabhat Fateh "
         "al-Sham's break in a message of 2016.", "Al Qaeda", "SUPPORT", "Fateh"),
        ("Jabhat Fateh al-Sham merged with four factions to form HTS in 2017, a step Al "
         "Qaeda's deputy leader Abu Layth al-Libi denounced.", "Al Qaeda", None, "Fateh"),
    ],
)  # fmt: skip
def test_a_post_in_a_group_stands_for_the_group(
    text: str, source: str, etype: str | None, target: str
) -> None:
    found = named_events(text, "2022-06-01")
    assert_events(found, gives=[(source, etype, target)])


@pytest.mark.parametrize(
    "text,source,target",
    [
        # a former post, a post of someone else, a negated or hedged act
        ("The Taliban's intelligence service executed Abu Zarar Ghori, the Islamic State's "
         "former emir for Kunar, in Jalalabad in 2022.", "Taliban", "Islamic State"),
        ("Abu Harith al-Tunisi, a cousin of Al Qaeda's deputy leader, praised Jabhat Fateh "
         "al-Sham's break in 2016.", "Al Qaeda", "Fateh"),
        ("Abu Harith al-Tunisi, Al Qaeda's deputy leader in Syria, did not praise Jabhat Fateh "
         "al-Sham's break in 2016.", "Al Qaeda", "Fateh"),
        ("Abu Harith al-Tunisi, Al Qaeda's deputy leader in Syria, may have praised Jabhat "
         "Fateh al-Sham's break in 2016.", "Al Qaeda", "Fateh"),
    ],
)  # fmt: skip
def test_no_current_post_or_no_act_gives_the_group_nothing(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2016-06-01")
    assert_events(found, gives_not=[(source, None, target)])
