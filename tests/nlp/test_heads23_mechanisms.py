"""Headline classes of heads23 (issue 9, wire headlines in the texture of the Pakistani and
Afghan press; misses found on the heads23 work half).

- "peace lashkar chief shot dead by TTP": the village defence militias of the northwest by
  the English and plural forms of "aman lashkar" (curated/tribes_collectives.yaml, the tribal
  collective), never the "Lashkar" of LeT's name.
- "Sirajuddin Haqqani named Taliban deputy chief", "Haqqani network chief named Taliban
  deputy": a headline's appointing participle that dropped its "was", with the post's owner as
  a name before the post (written._headline_appointed, written._post_owners): the owner backs
  the appointee's group.
- "CTD holds 5 TTP facilitators": the present of "hold" with a counted party as its object is
  an arrest in a headline (events.yaml ``hold: headline_counted_object``;
  code.SentenceCoder._counted_captives); "holds talks", "holds Y responsible" are not.
- "CTD holds 5 LeJ, TTP facilitators": a group's support men by their job (facilitators,
  financiers, couriers, recruiters) are its members (agents ``members``), so a listed second
  name keeps its noun and is an object too.
- "3 FC men martyred as TTP militants storm check post": a toll that names its dead, then an
  "as" clause whose attack verb the tagger read as a noun (headline._misread_toll_verb): the
  clause is read as the attack it is.

Every headline here is invented (none from a benchmark, a development set or the labelled
corpus). Each mechanism has twins that must not fire.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_ids, dated, id_events
from tests.nlp.conftest import types_between as _between

DATE = "2019-05-14"
TALIBAN = "org:afghan-taliban"
HAQQANI = "org:haqqani-network"
TTP = ("org:ttp", "org:jamaat-ul-ahrar")
LET = ("org:let", "org:jud")
LOCALS = ("collective:tribal-elders",)
PAK = ("org:pak", "org:pak-army", "org:pak-police", "org:frontier-corps", "org:levies")

asserted = dated(asserted_ids, DATE)
events = dated(id_events, DATE)


# -- peace lashkars ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Bannu: TTP gunmen kill two peace lashkar volunteers",
        "Aman lashkars' leader shot dead by TTP in Buner",
    ],
)
def test_peace_lashkar_is_the_tribal_collective(text: str) -> None:
    found = asserted(text)
    assert "ASSAULT" in _between(found, TTP, LOCALS)
    assert not _between(found, TTP, LET)


def test_peace_lashkar_denied_killing_stays_unasserted() -> None:
    found = asserted("TTP denies killing peace lashkar volunteers in Bannu")
    assert not _between(found, TTP, LOCALS)


# -- a headline's appointing participle --------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Haqqani network chief named Taliban deputy",
        "Senior Haqqani leader named Taliban governor for Paktia",
    ],
)
def test_headline_appointment_backs_the_appointee(text: str) -> None:
    assert "SUPPORT" in _between(asserted(text), (TALIBAN,), (HAQQANI,))


@pytest.mark.parametrize(
    "text",
    [
        "Haqqani network chief named Taliban deputy?",
        "Haqqani network chief may be named Taliban deputy leader",
        "Haqqani network chief named in Taliban deputy row",
    ],
)
def test_headline_appointment_twins_assert_nothing(text: str) -> None:
    assert not _between(asserted(text), (TALIBAN,), (HAQQANI,))


# -- counted captives --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Rangers hold three JuD men in Karachi", LET),
        ("Turbat: CTD holds 4 TTP couriers", TTP),
    ],
)
def test_headline_hold_of_counted_party_is_an_arrest(text: str, target: tuple[str, ...]) -> None:
    assert "COERCE" in _between(asserted(text), PAK, target)


@pytest.mark.parametrize(
    "text",
    [
        "Govt holds two rounds of talks with TTP in Kabul",
        "Govt holds TTP responsible for Peshawar blast",
        "CTD to hold 5 TTP suspects?",
    ],
)
def test_headline_hold_without_captives_is_no_arrest(text: str) -> None:
    found = [e for e in events(text) if e[1] == "COERCE" and e[3] == "asserted"]
    assert not found


# -- support men listed after a verb -----------------------------------------------------------
def test_listed_support_men_are_both_objects() -> None:
    found = asserted("Police arrest 3 LeJ, JuD financiers in Lahore")
    assert "COERCE" in _between(found, PAK, LET)


# -- a toll's attack verb read as a noun -------------------------------------------------------
def test_named_toll_with_misread_attack_verb() -> None:
    found = asserted("Four Levies men martyred as JuA fighters storm check post in Mohmand")
    assert "ASSAULT" in _between(found, TTP, PAK)


@pytest.mark.parametrize(
    "text",
    [
        "Did four Levies men die as JuA fighters storm check post?",
        "Four Levies men injured as JuA fighters may storm check post",
    ],
)
def test_named_toll_with_misread_verb_keeps_modality(text: str) -> None:
    assert not _between(asserted(text), TTP, PAK)
