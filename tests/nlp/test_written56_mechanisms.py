"""Written reports, round 39 of the data (issue 9, helper written56): recall classes met over
the work halves of several rounds, each fixed as a mechanism that widens a whole family of
wordings, tested on invented sentences (none of them a labelled item) with negated, hedged or
conditional twins that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- an act judged a violation or a breach by a party (rounds 14, 19, 25, 28, 30 and 35 tell a
# state's protest so): "X called the American strike a violation of its sovereignty", "X said
# the Pakistani raids were a breach of Afghan sovereignty", "the strike was, X complained, a
# violation of ..." are X's protest against the act's author, as "X condemned the American
# strike as a violation" is (mechanisms.judged_acts)
@pytest.mark.parametrize(
    "text,judge,author",
    [
        ("Pakistani officials called the American drone strike in Kurram a violation of their "
         "country's sovereignty.", "Pakistan", "United States"),
        ("Islamabad termed the American helicopter raid an infringement of its sovereignty.",
         "Pakistan", "United States"),
        ("The Afghan government said the Pakistani shelling of Kunar was a breach of Afghan "
         "sovereignty.", "Afghan", "Pakistan"),
        ("The American raid in Tirah was, Pakistani officials complained, a violation of "
         "their airspace.", "Pakistan", "United States"),
        ("The Taliban's spokesman described the Pakistani air strikes in Paktika as a "
         "violation of international law.", "Taliban", "Pakistan"),
        ("The Pakistani air strikes on Khost were, the Afghan government said, an act of "
         "aggression.", "Afghan", "Pakistan"),
        ("The American helicopter raid near Angoor Adda, the Pakistani army maintained, was a "
         "breach of the border agreement.", "Pakistan", "United States"),
        # a party judged by the same reported copula
        ("Pakistani officials said the Afghan intelligence officers in Jalalabad were Indian "
         "agents.", "Pakistan", "Afghan"),
    ],
)  # fmt: skip
def test_an_act_judged_a_violation_is_a_protest_against_its_author(
    text: str, judge: str, author: str
) -> None:
    assert_events(named_events(text, "2016-01-01"), gives=[(judge, "ACCUSE", author)])


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani officials did not call the American drone strike in Kurram a violation of "
        "their country's sovereignty.",
        "Pakistani officials may call the American drone strike in Kurram a violation of their "
        "country's sovereignty.",
        "If the Afghan government says the Pakistani shelling of Kunar was a breach of Afghan "
        "sovereignty, Islamabad will recall its envoy.",
        "The Afghan government denied that the Pakistani shelling of Kunar was a breach of any "
        "agreement.",
        "Pakistani officials said the American drone strike in Kurram was not a violation of "
        "their country's sovereignty.",
        "The Pakistani air strikes on Khost were not, the Afghan government said, an act of "
        "aggression.",
        "Pakistani officials may say the American drone strike in Kurram was a violation of "
        "their country's sovereignty.",
    ],
)  # fmt: skip
def test_a_violation_negated_hedged_or_conditional_is_no_protest(text: str) -> None:
    assert_events(
        named_events(text, "2016-01-01"),
        gives_not=[("Pakistan", "ACCUSE", "United States"), ("Afghan", "ACCUSE", "Pakistan")],
    )


# -- an exchange of captives named by its noun (rounds 32, 35 and traps46 tell prisoner swaps
# so): "the prisoner exchange between X and Y", "X's prisoner swap with Y", "a swap of
# detainees between X and Y" are the release both ways the verbs "X and Y exchanged
# prisoners", "X swapped prisoners with Y" already give (code.SentenceCoder._captive_exchange;
# events.yaml nouns captive-swap)
@pytest.mark.parametrize(
    "text,one,other",
    [
        ("The prisoner exchange between the Pakistani army and the TTP took place in Orakzai "
         "on Sunday.", "Pakistan", "Tehrik"),
        ("The Afghan Taliban's prisoner swap with the Afghan government was completed in "
         "Bagram on Tuesday.", "Afghan Taliban", "Afghan government"),
        ("A detainee swap between Hurras al-Din and Hayat Tahrir al-Sham took place near "
         "Idlib, a local monitor said.", "Hurras", "Tahrir"),
        ("Both sides confirmed the hostage exchange between the Haqqani network and the Afghan "
         "government.", "Haqqani", "Afghan government"),
    ],
)  # fmt: skip
def test_a_captive_exchange_noun_is_a_release_both_ways(text: str, one: str, other: str) -> None:
    assert_events(
        named_events(text, "2019-01-01"),
        gives=[(one, "RETREAT", other), (other, "RETREAT", one)],
    )


@pytest.mark.parametrize(
    "text",
    [
        "The proposed prisoner exchange between the Pakistani army and the TTP never took "
        "place.",
        "The army denied that a prisoner swap with the TTP had taken place.",
        "A prisoner exchange between the Pakistani army and the TTP may be agreed next month.",
        "The army gave the TTP money in exchange for safe passage, officials said.",
        "An exchange of fire between the Pakistani army and the TTP lasted two hours.",
        "An exchange of letters between the Pakistani army and the TTP was reported.",
    ],
)  # fmt: skip
def test_an_exchange_not_made_or_not_of_captives_is_no_release(text: str) -> None:
    assert_events(
        named_events(text, "2019-01-01"),
        gives_not=[("Pakistan", "RETREAT", "Tehrik"), ("Tehrik", "RETREAT", "Pakistan")],
    )


# -- an armed movement that governs acts as a state in diplomacy (rounds 30, 33 and 35 tell the
# Taliban's government after 2021 so): "the Taliban government summoned Pakistan's envoy",
# "the Taliban's foreign ministry summoned the Pakistani ambassador" are a rebuke of Pakistan
# (ACCUSE), "the Taliban authorities received Pakistan's foreign minister" a meeting (CONSULT),
# as they are between two states (mechanisms.diplomatic_receptions; cues.yaml governing_nouns)
@pytest.mark.parametrize(
    "text,wanted",
    [
        ("The Taliban government summoned Pakistan's ambassador on Monday to protest the air "
         "strikes.", ("Taliban", "ACCUSE", "Pakistan")),
        ("The Taliban's foreign ministry summoned the Pakistani envoy in Kabul.",
         ("Taliban", "ACCUSE", "Pakistan")),
        ("The Taliban authorities received Pakistan's foreign minister in Kabul.",
         ("Taliban", "CONSULT", "Pakistan")),
        ("Pakistan summoned the Taliban government's envoy in Islamabad.",
         ("Pakistan", "ACCUSE", "Taliban")),
    ],
)  # fmt: skip
def test_a_governing_movement_is_a_state_in_diplomacy(text: str, wanted: tuple) -> None:
    assert_events(named_events(text, "2023-03-01"), gives=[wanted])


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban government did not summon Pakistan's ambassador after the air strikes.",
        "The Taliban government may summon Pakistan's ambassador over the air strikes.",
        "The Taliban's foreign ministry refused to receive Pakistan's foreign minister.",
        # a movement's fighters are no government: no diplomatic reading
        "Taliban fighters received the Pakistani envoy's convoy with gunfire.",
    ],
)  # fmt: skip
def test_a_governing_movement_negated_or_modal_is_no_diplomacy(text: str) -> None:
    assert_events(
        named_events(text, "2023-03-01"),
        gives_not=[("Taliban", ("ACCUSE", "CONSULT"), "Pakistan")],
    )


# -- a warning about another party's plot is a tip-off, not a threat (rounds 4, 9, 15, 26, 27
# and 36 tell tip-offs; "plot" was not read as the act warned of): "Saudi intelligence warned
# Washington about a bomb plot by AQAP", "the ISI warned the Americans of a TTP plot against
# their consulate" are help (AID, tip-off) from the warner to the warned, as "warned Y about
# a planned raid" is (code.SentenceCoder._warning; cues.yaml plot_nouns)
@pytest.mark.parametrize(
    "text,warner,warned",
    [
        ("Saudi intelligence warned Washington about a bomb plot by Al Qaeda in the Arabian "
         "Peninsula.", "Saudi", "U.S."),
        ("The ISI warned the Americans of a Pakistani Taliban plot against their consulate in "
         "Peshawar.", "Inter-Services", "United States"),
        ("Afghan intelligence warned the Pakistani army about a conspiracy to bomb its "
         "headquarters, officials said.", "Afghan", "Pakistan"),
    ],
)  # fmt: skip
def test_a_warning_about_a_plot_is_a_tip_off(text: str, warner: str, warned: str) -> None:
    assert_events(
        named_events(text, "2012-01-01"),
        gives=[(warner, "AID", warned)],
        gives_not=[(warner, "THREATEN", warned)],
    )


@pytest.mark.parametrize(
    "text,warner,warned",
    [
        ("Saudi intelligence did not warn Washington about the bomb plot.", "Saudi", "U.S."),
        ("Saudi intelligence may have warned Washington about the bomb plot.", "Saudi", "U.S."),
        ("Officials denied that the ISI had warned the Americans of a Pakistani Taliban plot.",
         "Inter-Services", "United States"),
    ],
)  # fmt: skip
def test_a_plot_warning_negated_or_hedged_is_no_tip_off(
    text: str, warner: str, warned: str
) -> None:
    assert_events(named_events(text, "2012-01-01"), gives_not=[(warner, "AID", warned)])
