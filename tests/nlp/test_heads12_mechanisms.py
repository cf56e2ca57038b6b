"""Headline classes of heads12 (issue 9, Pakistan wire headlines of 2017-2021).

- "X joined forces with Y", headline "X joins hands with Y": an alliance, COOPERATE with the
  partner after "with" (events.yaml ``object_idioms``), never a pledge to a place after "in".
- A price put on a party named right after "for" ("offers $5m reward for Y's chief") is
  coercion of that party (written.price_on_party), and the offering verb takes no partner
  from the price (it had been an asserted AID and AGREE to the wanted group).
- A money amount with a scale suffix ("$3m", "$5mn") parses as a number, so the noun after it
  stays the verb's object (headline._money_amounts).
- A bare "FO" in South Asian reporting is Pakistan's Foreign Office (cues.yaml
  ``default_referents``).

Every headline here is invented (none from a benchmark, a development set or the labelled
corpus). Each mechanism has twins that must not be asserted (negated, hedged, denied) and
forms it must leave alone.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_ids, dated, id_events

from riftwatch.nlp import headline

DATE = "2019-06-01"


asserted = dated(asserted_ids, DATE)


def modalities(text: str, source: str, target: str, date: str = DATE) -> set[str]:
    """The modalities of the events from ``source`` to ``target`` (organisation ids)."""
    return {m for s, _t, g, m in id_events(text, date) if s == source and g == target}


# -- joining forces / hands ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("AQIS joins hands with TTP in Afghanistan", "org:aqis", "org:ttp"),
        ("IS-K fighters join forces with TTP in Kunar", "org:iskp", "org:ttp"),
        (
            "The Haqqanis joined forces with al Qaeda in 2008.",
            "org:haqqani-network",
            "org:al-qaeda",
        ),
    ],
)
def test_joining_forces_or_hands_is_an_alliance(text: str, source: str, target: str) -> None:
    found = asserted(text)
    assert (source, "COOPERATE", target) in found, found
    # the place after "in" is never the partner
    assert not any(g.startswith("country:") for _s, _t, g in found)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("TTP did not join hands with IS-K, spokesman says", "negated"),
        ("TTP may join hands with IS-K", "hypothetical"),
        ("TTP denies joining hands with IS-K", "denied"),
        ("The TTP is believed to have joined forces with IS-K.", "uncertain"),
    ],
)
def test_a_negated_hedged_or_denied_alliance_is_not_asserted(text: str, modality: str) -> None:
    found = id_events(text, DATE)
    alliance = {m for s, t, g, m in found if t == "COOPERATE" and s == "org:ttp"}
    assert alliance == {modality}, found


def test_joining_hands_with_no_party_is_no_event() -> None:
    assert asserted("Villagers join hands to rebuild school in Swat") == set()


# -- a price on a party ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "US offers $5m reward for TTP chief",
        "US offers $5 million reward for TTP chief",
        "US announces bounty for TTP chief",
    ],
)
def test_a_price_for_the_party_itself_is_coercion(text: str) -> None:
    found = asserted(text)
    assert ("country:united-states", "COERCE", "org:ttp") in found, found
    # never a gift or a deal with the wanted group
    assert not any(t in ("AID", "AGREE", "SUPPORT") for _s, t, _g in found), found


def test_a_price_for_information_on_the_party_still_counts() -> None:
    found = asserted("US offers reward for information on TTP chief")
    assert ("country:united-states", "COERCE", "org:ttp") in found


@pytest.mark.parametrize(
    "text",
    ["US does not offer reward for TTP chief", "US may offer reward for TTP chief"],
)
def test_a_negated_or_hedged_price_is_not_asserted(text: str) -> None:
    assert asserted(text) == set()


def test_a_reward_for_a_partys_help_is_no_price_on_it() -> None:
    # the party's cooperation is rewarded: nobody is hunted
    found = asserted("US offers reward for Pakistan's cooperation")
    assert not any(t == "COERCE" for _s, t, _g in found)


# -- money amounts ---------------------------------------------------------------
def test_a_money_amount_with_a_suffix_keeps_the_noun_after_it() -> None:
    found = asserted("US announces $3m bounty on Jamaat-ul-Ahrar chief")
    assert any(s == "country:united-states" and t == "COERCE" for s, t, _g in found), found
    assert modalities("US may announce $3m bounty on TTP chief", "country:united-states",
                      "org:ttp") <= {"hypothetical"}  # fmt: skip


def test_money_amounts_form_is_same_length_and_leaves_plain_numbers() -> None:
    text = "US puts $5mn bounty on TTP chief; 3m people displaced"
    form, notes = headline._money_amounts(text)  # noqa: SLF001
    assert len(form) == len(text)
    assert form.startswith("US puts $500 bounty")
    assert form.endswith("3m people displaced")  # no currency sign: left alone
    assert notes


# -- "FO" ------------------------------------------------------------------------------------
def test_fo_in_south_asian_reporting_is_pakistans_foreign_office() -> None:
    found = asserted("FO summons Afghan envoy over border firing", "2018-05-09")
    assert ("org:pak-government", "ACCUSE", "org:afghan-government") in found, found


def test_fo_negated_statement_is_not_asserted() -> None:
    found = id_events("FO says Pakistan will not hold talks with TTP", "2018-05-09")
    assert not any(m == "asserted" and t == "CONSULT" for _s, t, _g, m in found), found


def test_fo_outside_south_asian_reporting_is_nobody() -> None:
    # no country of the region named: the initials stand for no Pakistani body
    found = id_events("FO summons Russian envoy over spy poisoning", "2018-03-14")
    assert not any("pak" in s for s, _t, _g, _m in found), found


# -- two listed parties before a verb --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "a", "b", "etype"),
    [
        ("US, Taliban sign deal in Doha", "country:united-states", "org:afghan-taliban", "AGREE"),
        (
            "Pakistan, Afghanistan trade fire in Chaman",
            "country:pakistan",
            "country:afghanistan",
            "ASSAULT",
        ),  # fmt: skip
        (
            "IS-K, Afghan Taliban fight for control of Tora Bora",
            "org:iskp",
            "org:afghan-taliban",
            "ASSAULT",
        ),  # fmt: skip
        ("Taliban, IS-K battle in Nangarhar", "org:afghan-taliban", "org:iskp", "ASSAULT"),
    ],
)
def test_two_listed_parties_before_a_verb_act_both_ways(text: str, a: str, b: str,
                                                        etype: str) -> None:  # fmt: skip
    found = asserted(text, "2018-05-30")
    assert (a, etype, b) in found, found
    assert (b, etype, a) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "US, Taliban do not sign deal in Doha",
        "US, Taliban may sign deal next week",
        "Pakistan, Afghanistan did not trade fire, officials say",
        "IS-K, Taliban may fight for Tora Bora",
    ],
)
def test_listed_parties_negated_or_hedged_assert_nothing(text: str) -> None:
    assert asserted(text, "2018-05-30") == set()


def test_trading_fire_with_a_party_is_a_clash_and_trade_alone_is_not() -> None:
    found = asserted("FC trades fire with Afghan forces in Kurram")
    assert any(t == "ASSAULT" and "afghan" in g for _s, t, g in found), found
    assert not any(t == "ASSAULT" for _s, t, _g in asserted("Pakistan, Afghanistan boost trade"))
    assert asserted("Pakistan and Afghanistan trade barbs over refugees") == set()


# -- two country adjectives sharing one noun -------------------------------------------------------
def test_two_listed_country_adjectives_share_the_noun() -> None:
    found = asserted("Pakistan blames Indian, Afghan spy agencies for bus attack", "2021-07-18")
    targets = {g for s, t, g in found if s == "country:pakistan" and t == "ACCUSE"}
    assert len(targets) == 2, found  # India's agency and Afghanistan's, not one of them


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan does not blame Indian, Afghan spy agencies for attack",
        "Pakistan may blame Indian, Afghan spy agencies for attack",
    ],
)
def test_shared_noun_negated_or_hedged_is_not_asserted(text: str) -> None:
    assert not any(t == "ACCUSE" for _s, t, _g in asserted(text, "2021-07-18"))


# -- a trailing toll after a clause whose verb was read as a noun ----------------------------------
def test_a_trailing_toll_leaves_the_clause_before_it() -> None:
    text = "Troops foil IS-K plot to bomb Peshawar church, three terrorists killed"
    found = asserted(text, "2019-03-01")
    assert ("org:pak-army", "COERCE", "org:iskp") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Troops fail to foil IS-K plot to bomb Peshawar church, three people killed",
        "Troops may foil IS-K plot, officials say",
    ],
)
def test_a_failed_or_hedged_foiling_is_not_asserted(text: str) -> None:
    assert not any(t == "COERCE" for _s, t, _g in asserted(text, "2019-03-01"))
