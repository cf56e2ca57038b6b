"""Mechanisms for militant-relationship descriptions, fourth round (issue 9, mmp4).

Classes derived from the misses of the real MMP Af/Pak rows and of the invented mmp4 work
half (``tests/nlp/data/MMP4_WORLD.md``). Invented sentences about real or invented groups;
each mechanism has a negated, denied or hedged twin that must never be asserted.
"""

from __future__ import annotations

from functools import partial

import pytest
from tests.nlp.conftest import api_asserted_between, api_between, api_events, dated

COOP = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
CONF = {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
KNU = "org:knu"
KUF = "open:karen-unity-front"
SHABAAB = "org:al-shabaab"
KCF = "open:kenyan-coast-front"


_events = dated(api_events, "2012-06-01")
_between = partial(api_between, date="2012-06-01")
_asserted = partial(api_asserted_between, date="2012-06-01")


# -- an active verb coordinated after a passive one ------------------------------------------


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("The Karen Unity Front was founded in 1990 and attacked the Karen National Union.",
         {"ASSAULT"}),
        ("The Karen Unity Front was set up in 1987 with foreign money and fought beside the "
         "Karen National Union.", {"COOPERATE"}),
        ("The Karen Unity Front was formed in 1991 and later joined the Karen National Union.",
         {"COOPERATE", "SUPPORT"}),
    ],
)  # fmt: skip
def test_active_conjunct_after_a_passive_is_the_subjects_act(text: str, types: set) -> None:
    evs = [e for e in _asserted(text, KUF, KNU) if e["source"]["id"] == KUF]
    assert evs, text
    assert {e["event_type"] for e in evs} & types


def test_passive_conjunct_after_a_passive_stays_passive() -> None:
    # "burned" is a participle with its agent: the village is burned by the KNU
    text = "The Karen Unity Front's camp was captured and burned by the Karen National Union."
    assert not [e for e in _between(text, KUF, KNU) if e["source"]["id"] == KUF]


@pytest.mark.parametrize(
    "text",
    [
        "The Karen Unity Front was founded in 1990 and never attacked the Karen National Union.",
        "The Karen Unity Front was founded in 1990 and may have attacked the Karen National Union.",
        "The Karen Unity Front was founded in 1990 and denied attacking the Karen National Union.",
    ],
)
def test_active_conjunct_negated_or_hedged_is_not_asserted(text: str) -> None:
    assert not [e for e in _asserted(text, KUF, KNU) if e["event_type"] in CONF], text


# -- a founding announced by its founder -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Al Shabaab announced the creation of its new affiliate group in Kenya, the Kenyan "
        "Coast Front, in a video released in March 2007.",
        "Al Shabaab announced the formation of a new Al Shabaab affiliate group, the Kenyan "
        "Coast Front, in a video.",
        "In 2010 Al Shabaab declared the establishment of a new branch, the Kenyan Coast Front.",
    ],
)
def test_announced_founding_of_an_affiliate_ties_founder_and_group(text: str) -> None:
    evs = _asserted(text, SHABAAB, KCF)
    assert any(e["event_type"] in COOP for e in evs), text


@pytest.mark.parametrize(
    "text",
    [
        "Al Shabaab did not announce the creation of a new affiliate, the Kenyan Coast Front.",
        "Al Shabaab may announce the creation of a new affiliate, the Kenyan Coast Front.",
        "Al Shabaab denied the creation of a new affiliate, the Kenyan Coast Front.",
        "Al Shabaab never announced the formation of the Kenyan Coast Front.",
    ],
)
def test_announced_founding_negated_hedged_or_denied_asserts_nothing(text: str) -> None:
    assert not _asserted(text, SHABAAB, KCF), text


def test_announced_founding_of_a_place_is_no_group() -> None:
    text = "Al Shabaab announced the creation of a new base in Kenya, the Coast Camp."
    assert not [e for e in _events(text) if e["modality"] == "asserted"]


# -- denying a fact about a group refuses it nothing --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Al Shabaab denied the existence of the Kenyan Coast Front.",
        "Al Shabaab denied the formation of the Kenyan Coast Front.",
    ],
)
def test_denying_the_existence_of_a_group_is_no_rejection(text: str) -> None:
    assert not _asserted(text, SHABAAB, KCF), text


def test_denying_a_group_access_is_still_a_rejection() -> None:
    text = "Al Shabaab denied the Kenyan Coast Front access to its camps."
    assert any(e["event_type"] == "REJECT" for e in _asserted(text, SHABAAB, KCF))


# -- a group formed when others left a group ----------------------------------------------------

KAWF = "open:kawthoolei-unity-front"


@pytest.mark.parametrize(
    "text",
    [
        "The Kawthoolei Unity Front was formed when dissidents broke away from the KNU in 1995.",
        "The Kawthoolei Unity Front was created after several commanders left the KNU over the "
        "ceasefire.",
        "In 1995 the Kawthoolei Unity Front was set up when members of the KNU defected from it.",
    ],
)
def test_formed_when_people_left_a_group_is_a_split(text: str) -> None:
    evs = _asserted(text, KAWF, KNU)
    assert any(e["event_type"] == "REJECT" and e.get("mode") == "split" for e in evs), text


@pytest.mark.parametrize(
    "text",
    [
        "The Kawthoolei Unity Front was formed before dissidents broke away from the KNU.",
        "The Kawthoolei Unity Front may have been formed when dissidents broke away from the KNU.",
        "The Kawthoolei Unity Front was formed when dissidents refused to break away from the KNU.",
        "The Kawthoolei Unity Front was formed when dissidents did not break away from the KNU.",
        "The Kawthoolei Unity Front was not formed when dissidents broke away from the KNU.",
    ],
)
def test_formed_when_negated_hedged_or_before_asserts_no_split(text: str) -> None:
    assert not _asserted(text, KAWF, KNU), text


# -- a kind-of-group noun named by a passive participle of naming -------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The KNU formed a militia called the Kawthoolei Unity Front in 1990.", "COOPERATE"),
        ("The KNU established a militia named the Kawthoolei Unity Front.", "COOPERATE"),
        ("Former KNU commanders formed a new group called the Kawthoolei Unity Front in 1990.",
         "REJECT"),
        ("The KNU attacked a militia called the Kawthoolei Unity Front in 1990.", "ASSAULT"),
    ],
)  # fmt: skip
def test_group_noun_called_by_a_name_stands_for_it(text: str, want: str) -> None:
    assert any(e["event_type"] == want for e in _asserted(text, KAWF, KNU)), text


@pytest.mark.parametrize(
    "text",
    [
        "The KNU did not form a militia called the Kawthoolei Unity Front.",
        "The KNU may have formed a militia called the Kawthoolei Unity Front.",
        "The KNU denied forming a militia called the Kawthoolei Unity Front.",
    ],
)
def test_group_noun_called_by_a_name_negated_or_hedged(text: str) -> None:
    assert not _asserted(text, KAWF, KNU), text
