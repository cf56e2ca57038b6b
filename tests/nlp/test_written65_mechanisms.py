"""Written reports, round 48 of the data (issue 9, helper written65): think-tank analyses,
court records, sanctions designation narratives, parliamentary testimony and translated local
press. Classes met over the work half, each fixed as a mechanism for its family of wordings
and tested on invented sentences (none of them a labelled item) with asserted twins, and
negated, hedged or look-alike twins that must keep their reading."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- a) a clause the parser hangs before a verb as its complement (two clauses joined by a
# semicolon or a comma) is no "allowed X to operate" complement: its subject is not the
# verb's object ("a strike killed Y; X had sheltered him" is no shelter given to the striker;
# code.Coder's complement-subject fallback reads only complements after the verb)
@pytest.mark.parametrize(
    "text",
    [
        "An American missile killed the Islamic State's emir near Idlib; Hurras al-Din had "
        "hidden him in a farmhouse for a year, villagers told a local paper.",
        "A Saudi air strike killed AQAP's deputy in Shabwa; Bayda's tribesmen had protected him "
        "for months, an Aden weekly said.",
    ],
)  # fmt: skip
def test_clause_before_the_verb_gives_no_object(text: str) -> None:
    found = named_events(text, "2020-05-01")
    assert_events(found, gives_not=[("", "AID", "United States"), ("", "AID", "Saudi")])


@pytest.mark.parametrize(
    ("text", "giver", "taker"),
    [
        ("Pakistan allowed the Haqqani network to run madrassas in Miranshah, a retired "
         "general told a Senate panel.", "Pakistan", "Haqqani"),
        ("The Afghan Taliban let Lashkar-e-Taiba keep a training camp in Kunar, according to "
         "a think-tank study.", "Taliban", "Lashkar"),
    ],
)  # fmt: skip
def test_complement_after_the_verb_still_names_the_party(text: str, giver: str, taker: str) -> None:
    found = named_events(text, "2015-05-01")
    assert_events(found, gives=[(giver, ("CONCEDE", "AID", "COOPERATE"), taker)])


# -- b) "X's leader", "X's emir", "X's envoy": one man of X (cues.yaml one_member_nouns after
# a possessive), so an object "him" later in the sentence stands for X, as "an X courier"
# did (extract._one_member)
@pytest.mark.parametrize(
    ("text", "giver", "group"),
    [
        ("An American missile killed the Islamic State's emir near Idlib; Hurras al-Din had "
         "hidden him in a farmhouse for a year, villagers told a local paper.",
         "Hurras", "Islamic State"),
        ("Jordanian jets killed Al Qaeda's envoy near Harem in 2019; the Nusra Front had "
         "sheltered him since the spring, a court in Amman heard.", "Nusra", "Qaeda"),
    ],
)  # fmt: skip
def test_possessed_leader_is_the_groups_man(text: str, giver: str, group: str) -> None:
    assert_events(named_events(text, "2020-05-01"), gives=[(giver, "AID", group)])


@pytest.mark.parametrize(
    "text",
    [
        "Jordanian jets killed Al Qaeda's envoy near Harem in 2019; the Nusra Front had not "
        "sheltered him, its spokesman insisted.",
        "Jordanian jets killed Al Qaeda's envoy near Harem in 2019; the Nusra Front may have "
        "sheltered him, some analysts believe.",
    ],
)  # fmt: skip
def test_possessed_leader_keeps_the_modality(text: str) -> None:
    found = named_events(text, "2020-05-01")
    assert_events(found, gives_not=[("Nusra", "AID", "")])


def test_plural_possessed_noun_is_no_one_man() -> None:
    """'X's fighters' are no one man: 'him' after them finds no person of X."""
    found = named_events(
        "Al Qaeda's fighters left the valley in 2019; the Nusra Front later sheltered him.",
        "2020-05-01",
    )
    assert_events(found, gives_not=[("Nusra", "AID", "Qaeda")])


# -- c) the bare "Treasury" of a sanctions narrative is the U.S. department (weak alias of
# org:us-treasury in actors/data/curated/united_states.yaml, context: designating words);
# Britain's is not
@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The Treasury blacklisted a Haqqani network fundraiser in 2019, saying he had moved "
         "money from the Gulf.", "Haqqani"),
        ("In 2017 the Treasury designated three Hurras al-Din recruiters operating in Idlib.",
         "Hurras"),
    ],
)  # fmt: skip
def test_bare_treasury_designating_is_washington(text: str, group: str) -> None:
    assert_events(named_events(text, "2019-05-01"), gives=[("U.S.", "SANCTION", group)])


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury was weighing whether to designate the Haqqani network's fundraisers, a "
        "congressional aide said.",
        "HM Treasury designated two Hurras al-Din recruiters, the Chancellor told MPs.",
    ],
)  # fmt: skip
def test_treasury_without_an_asserted_us_listing(text: str) -> None:
    assert_events(named_events(text, "2019-05-01"), gives_not=[("U.S.", "SANCTION", "")])


# -- d) a report that a verb of naming calls false or wishful, in the two shapes the object
# test missed: the report as the passive subject ("reports that X funded Y were described by
# the ministry as fabrications", "... were branded enemy propaganda") and a plural report word
# after "as <label>" ("the ministry described as fabrications reports that ..."); what it
# told is denied (modality._labelled_false_report)
@pytest.mark.parametrize(
    "text",
    [
        "Reports that Al Qaeda had paid the Haqqani network's commanders were described by the "
        "interior ministry as fabrications.",
        "Stories that Lashkar-e-Taiba had armed the Afghan Taliban in Kunar were described as "
        "lies by a Pakistani minister.",
        "The foreign office described as fabrications reports that Riyadh had funded the "
        "Pakistani Taliban.",
        "Rumours that Hayat Tahrir al-Sham had met Islamic State envoys were branded enemy "
        "propaganda by its media office.",
    ],
)  # fmt: skip
def test_report_labelled_false_is_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2019-05-01"), gives_not=[("", ("AID", "CONSULT"), "")])


@pytest.mark.parametrize(
    ("text", "giver", "taker"),
    [
        ("Reports that Al Qaeda had paid the Haqqani network's commanders were described by "
         "the interior ministry as a fair summary.", "Qaeda", "Haqqani"),
        ("Reports that Lashkar-e-Taiba had armed the Afghan Taliban were confirmed by two "
         "Afghan generals.", "Lashkar", "Taliban"),
    ],
)  # fmt: skip
def test_report_described_otherwise_keeps_its_act(text: str, giver: str, taker: str) -> None:
    assert_events(named_events(text, "2019-05-01"), gives=[(giver, "AID", taker)])


def test_a_clause_before_a_verb_with_a_noun_object_still_gives_its_party() -> None:
    """Only a pronoun object cuts the clause before the verb off: "P swore an oath to Y; X
    disowned the pledge" is X's renunciation of P, a split the rift model must see."""
    from riftwatch import api

    doc = {
        "id": "w65-pledge",
        "date": "2016-03",
        "text": (
            "Abu Zorba announced an oath to the Islamic State in the name of the Kestrel "
            "Brigade; Al Qaeda disowned the pledge and Abu Zorba left with his men."
        ),
    }
    got = {
        ((e.get("source") or {}).get("id"), e.get("event_type"), e.get("modality"))
        for e in api.extract([doc])
    }
    assert ("org:al-qaeda", "REJECT", "asserted") in got
