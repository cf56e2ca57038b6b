"""'The ISI funds Y': a name and a present-tense event verb the parser reads as one noun
phrase ("the ISI funds", the object an apposition). The name is parsed as "it" to find the
verb, in written sentences as in headlines; the reparse is kept only when the word becomes
the pronoun's verb, so "ISI funds cut for Y" stays a noun phrase. Sentences are invented.
"""

from __future__ import annotations

import pytest
from coded import group_events


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Indian officials claimed that the ISI funds Hizbul Mujahideen.", "asserted"),
        ("The ISI funds Hizbul Mujahideen, Indian officials say.", "asserted"),
        ("Pakistani officials denied that the ISI funds Hizbul Mujahideen.", "denied"),
        ("Officials doubt that the ISI funds Hizbul Mujahideen.", "uncertain"),
    ],
)
def test_a_present_tense_verb_after_a_name_is_the_names_act(text: str, modality: str) -> None:
    events = group_events(text, "2018-01-15")
    aid = {(src, tgt, mod) for src, etype, _mode, tgt, mod in events if etype == "AID"}
    assert aid == {("Inter-Services Intelligence", "Hizbul Mujahideen", modality)}, events


@pytest.mark.parametrize(
    "text",
    [
        "ISI funds cut for Hizbul Mujahideen",
        "Al Qaeda funds reached the Taliban through couriers.",
    ],
)
def test_a_real_noun_phrase_stays_a_noun_phrase(text: str) -> None:
    events = group_events(text, "2018-01-15")
    assert not [e for e in events if e[1] == "AID"], events


@pytest.mark.parametrize(
    "text",
    [
        "Indian officials claimed that the ISI funds Hizbul Mujahideen, but Pakistani officials "
        "denied that the ISI funded the group.",
        "Indian officials said that the ISI funded Hizbul Mujahideen, while Pakistani officials "
        "denied that the ISI funded the group.",
    ],
)
def test_a_claim_and_its_denial_in_one_sentence_stay_two_events(text: str) -> None:
    # one event per dyad and type in a sentence, unless the two triggers read differently:
    # merged, the denial would be lost (or the claim read as denied)
    events = group_events(text, "2018-01-15")
    aid = {mod for src, etype, _mode, tgt, mod in events
           if etype == "AID" and src == "Inter-Services Intelligence"
           and tgt == "Hizbul Mujahideen"}  # fmt: skip
    assert aid == {"asserted", "denied"}, events


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The Quetta shura rebuffed overtures from Al Qaeda.", "asserted"),
        (
            "Pakistani officials said the Quetta shura rebuffed overtures from Al Qaeda.",
            "asserted",
        ),  # fmt: skip
        ("The Quetta shura never rebuffed overtures from Al Qaeda.", "negated"),
        ("The Quetta shura may have rebuffed overtures from Al Qaeda.", "uncertain"),
    ],
)
def test_a_past_form_read_as_an_adjective_is_the_names_act(text: str, modality: str) -> None:
    # "rebuffed overtures": the tagger takes the verb for an adjective of its object and the
    # sentence is left with no verb; the name read as "it" gives the verb back
    events = group_events(text, "2010-05-01")
    rejects = {(s, t, m) for s, etype, _mode, t, m in events if etype == "REJECT"}
    assert rejects == {("Quetta Shura", "Al Qaeda", modality)}, events


def test_an_adjective_that_is_one_stays_one() -> None:
    events = group_events(
        "Rebuffed envoys of Al Qaeda waited outside the Quetta shura's camp.", "2010-05-01"
    )
    assert not [e for e in events if e[1] == "REJECT"], events


@pytest.mark.parametrize(
    "text",
    ["Islamabad banned the TTP's allies.", "Pakistan condemned Al Qaeda's proxies."],
)
def test_a_groups_allies_or_proxies_are_not_the_group(text: str) -> None:
    # the owner of a counterpart noun is the other side of that relation, not its members
    events = group_events(text, "2012-01-01")
    assert not [e for e in events if e[0] in ("Government of Pakistan", "Pakistan")], events


def test_a_groups_own_things_still_stand_for_it() -> None:
    events = group_events("Islamabad banned the TTP's newspapers.", "2012-01-01")
    assert ("Government of Pakistan", "SANCTION", "discontinue", "Tehrik-i-Taliban Pakistan",
            "asserted") in events, events  # fmt: skip
