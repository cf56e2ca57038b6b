"""Classes found by using riftwatch as an analyst on a corpus of Colombia and Kashmir (stop 53).

1. "Officials accused the ISI of training and funding Y": the parser read "training" as a
   noun and hung "funding" on "accused" as its conjunct, so the officials' own government
   became Y's funder, asserted. A list of gerunds after "of"/"for"/"from"/"against", or as
   a verb's object ("denied training and funding Y"), is set right before coding
   (``clauses.gerund_list``), also in the re-parse that reads misread names.
2. "declared war on the EMC's 10th Front" coded a common front with the EMC: a capitalised
   noun numbered by an ordinal ("the 10th Front", "the Fifth Brigade") is a unit's name,
   never a trigger.
3. "X declared war on Y, and civilians were killed in the fighting" made X the killer, as if
   X announced the deaths: a clause joined to an announcement by "and" is not part of it.
4. "Y (ABC) was formed in 2017 by P. P pledged loyalty to Z" left P a person of no group:
   the founding tie "Y was formed by P" missed "formed", a year before "by", and the group's
   own initials in brackets between the name and the verb.
5. A name a PDF breaks over two lines ("People's Anti-Fascist\\nFront") was printed with its
   line break: an event prints an actor's name on one line, its mention as written.

The sentences are written for this file.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_events, api_named

from riftwatch.nlp import clauses
from riftwatch.nlp.parse import gerund_lemma, nlp


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Kabul accused the ISI of training and funding the Haqqani network.",
        "Officials in Kabul accused Pakistan's ISI of arming and funding the Haqqani network.",
        "Afghan officials accused the ISI of sheltering, and funding the Haqqani network.",
    ],
)
def test_the_accused_does_every_act_of_a_gerund_list(text: str) -> None:
    found = api_named(text, "2011-09-20")
    helpers = {s for s, e, t, _m in found if e == "AID" and t == "Haqqani Network"}
    assert helpers == {"Inter-Services Intelligence"}
    # an accusation is the accuser's word: the act is alleged, never asserted
    assert not any(e == "AID" and m == "asserted" for _s, e, _t, m in found)


def test_a_denied_gerund_list_stays_denied() -> None:
    found = api_named("Pakistani officials denied training and funding the Haqqani network.")
    aid = [(s, m) for s, e, t, m in found if e == "AID" and t == "Haqqani Network"]
    assert aid and all(m == "denied" for _s, m in aid)


def test_the_gerund_list_repair_sets_the_parse_right() -> None:
    doc = clauses.repaired(nlp()("Officials accused the ISI of training and funding the TTP."))
    training = next(t for t in doc if t.lower_ == "training")
    funding = next(t for t in doc if t.lower_ == "funding")
    assert (training.pos_, training.lemma_) == ("VERB", "train")
    assert funding.dep_ == "conj" and funding.head.i == training.i
    assert training.head.lower_ == "of" and training.head.head.lower_ == "accused"
    assert gerund_lemma("ceiling") is None


def test_a_noun_list_of_aid_is_left_as_parsed() -> None:
    # "provided training and funding to Y": two nouns the provider gives, no gerund list
    found = api_named("The Taliban provided training and funding to the TTP.", "2013-01-01")
    assert ("Afghan Taliban", "AID", "Tehrik-i-Taliban Pakistan", "asserted") in found


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban declared war on the TTP's 5th Front in the Tirah valley.",
        "The Haqqani network attacked the 33rd Front of the Taliban near Khost.",
    ],
)
def test_a_numbered_front_is_a_unit_not_a_common_front(text: str) -> None:
    found = api_named(text, "2014-01-01")
    assert not any(e == "COOPERATE" for _s, e, _t, _m in found)


def test_a_common_front_is_still_a_front() -> None:
    found = api_named("The TTP and Lashkar-e-Jhangvi formed a united front in 2012.", "2013-01-01")
    assert any(e == "COOPERATE" for _s, e, _t, _m in found)


def test_a_clause_joined_to_a_declaration_is_not_what_it_declares() -> None:
    found = api_named(
        "The TTP declared war on Lashkar-e-Islam, and dozens of villagers were killed in the"
        " fighting.",
        "2012-01-01",
    )
    assert not any(s == "Tehrik-i-Taliban Pakistan" and e == "ASSAULT" for s, e, _t, _m in found)
    # what a group announces is still its own claim
    found = api_named("The Taliban said 13 Afghan soldiers were killed in the raid.", "2015-01-01")
    assert ("Afghan Taliban", "ASSAULT", "Afghan National Army", "asserted") in found


def test_a_name_broken_over_lines_is_printed_on_one_line() -> None:
    events = api_events(
        "Officials accused the ISI of funding the Kashmir Lions\nFront in 2021.", "2021-12-20"
    )
    targets = [e["target"] for e in events if e["event_type"] == "AID"]
    assert targets and targets[0]["name"] == "Kashmir Lions Front"
    assert "\n" in targets[0]["mention"]  # the mention quotes the text as it is


@pytest.mark.parametrize(
    "opening",
    [
        "The Kestrel Front was formed by Abu Zorba in 2017.",
        "The Kestrel Front was founded in 2017 by Abu Zorba.",
        "The Kestrel Front (KF) was set up in March 2016 by Abu Zorba.",
    ],
)
def test_a_founder_named_after_the_year_or_the_initials_stands_for_his_group(
    opening: str,
) -> None:
    found = api_named(opening + " Abu Zorba pledged loyalty to Al Qaeda.", "2020-06-01")
    assert ("Kestrel Front", "SUPPORT", "Al Qaeda", "asserted") in found


def test_an_attacker_named_after_the_year_is_no_founder() -> None:
    found = api_named(
        "The Kestrel Front was attacked in 2017 by Abu Zorba. Abu Zorba pledged loyalty to Al"
        " Qaeda.",
        "2020-06-01",
    )
    assert not any(s == "Kestrel Front" and e == "SUPPORT" for s, e, _t, _m in found)


def test_a_cross_border_group_s_government_troops_are_the_state_it_fights() -> None:
    # Jaish-e-Mohammed is based in Pakistan and fights India (knowledge base fights_state)
    found = api_named("JeM militants attacked government troops.", "2019-03-01")
    assert ("Jaish-e-Mohammed", "ASSAULT", "Government of India", "asserted") in found
    # a home group still fights its own state
    found = api_named("The TTP attacked an army base.", "2014-01-01")
    assert ("Tehrik-i-Taliban Pakistan", "ASSAULT", "Pakistan Army", "asserted") in found


def test_sudan_s_jem_is_not_jaish_e_mohammed() -> None:
    events = api_events("JEM rebels attacked Sudanese troops in Darfur.", "2004-03-03")
    assert [e["source"]["id"] for e in events] == ["org:justice-and-equality-movement"]
    events = api_events("JEM claimed the attack on the Indian parliament.", "2001-12-20")
    assert events and events[0]["source"]["id"] == "org:jem"


@pytest.mark.parametrize(
    "text",
    [
        "The Kestrel Front attacked a police station in Cucuta.",
        "Kenyan troops attacked the group near Kismayo.",
        "The Kestrel Front stormed an army depot in Medellin.",
    ],
)
def test_a_place_is_not_the_target_of_an_act_on_a_party_or_a_post(text: str) -> None:
    events = api_events(text, "2020-01-01")
    assert not any(e["target"]["name"] in ("Cucuta", "Kismayo", "Medellin") for e in events)


def test_an_act_on_a_thing_in_a_place_still_hits_the_place() -> None:
    # the peers' coders code the location as the target of an act on things
    events = api_events("The Taliban blocked roads in Kunduz.", "2016-01-01")
    assert any(e["target"]["name"] == "Kunduz" for e in events), events
