"""gaps53: precision and recognition gaps found by analysts' walks (issues 9 and 10).

Every sentence here is invented for these tests. Each class has its positives and twins that
must stay as they were (asserted where the text asserts, unasserted where it does not).
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_named, coded_dicts

from riftwatch.nlp import clauses
from riftwatch.nlp.parse import nlp, verb_lemma

HAQQANI = "Haqqani Network"
TTP = "Tehrik-i-Taliban Pakistan"
AQ = "Al Qaeda"
TALIBAN = "Afghan Taliban"
ISI = "Inter-Services Intelligence"


def _asserted(text: str, date: str = "2012-03-01") -> set[tuple[str, str, str]]:
    return {(s, t, g) for s, t, g, m in api_named(text, date) if m == "asserted"}


def _verbs_reaching(text: str, source: str, target: str, date: str = "2012-03-01") -> set[str]:
    """The verbs of ``text`` that make an asserted event from ``source`` to ``target``: each
    event's trigger and the verbs merged into it (one event per pair and type)."""
    out: set[str] = set()
    for e in coded_dicts(text, date):
        names = (e["source"].get("org_name") or e["source"]["name"],
                 e["target"].get("org_name") or e["target"]["name"])  # fmt: skip
        if names != (source, target) or e["modality"] != "asserted":
            continue
        out.add(e["trigger"].split()[-1].lower())
        out |= {w[7:-1].lower() for w in e["why"] if w.startswith("also: '")}
    return out


# -- 1. a list of verbs sharing one object ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target", "verbs"),
    [
        ("The ISI financed, trained and armed the Haqqani network.", ISI, HAQQANI,
         {"financed", "trained", "armed"}),
        ("Pakistan armed, trained and sheltered the Haqqani network.", "Pakistan", HAQQANI,
         {"armed", "trained", "sheltered"}),
        ("Al Qaeda recruited, sheltered and equipped the Pakistani Taliban.", AQ, TTP,
         {"sheltered", "equipped"}),
        ("Pakistan had trained, funded and armed the Pakistani Taliban.", "Pakistan", TTP,
         {"trained", "funded", "armed"}),
        ("Al Qaeda supplied and armed Haqqani fighters.", AQ, HAQQANI, {"supplied", "armed"}),
    ],
)  # fmt: skip
def test_every_verb_of_a_list_reaches_the_shared_object(
    text: str, source: str, target: str, verbs: set[str]
) -> None:
    assert verbs <= _verbs_reaching(text, source, target)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("The Pakistani Taliban hailed, funded and armed the Haqqani network.",
         {(TTP, "SUPPORT", HAQQANI), (TTP, "AID", HAQQANI)}),
        ("The Pakistani Taliban welcomed, hosted and armed the Haqqani network.",
         {(TTP, "SUPPORT", HAQQANI), (TTP, "AID", HAQQANI)}),
        ("Al Qaeda abandoned, denounced and attacked the Haqqani network.",
         {(AQ, "REJECT", HAQQANI), (AQ, "ACCUSE", HAQQANI), (AQ, "ASSAULT", HAQQANI)}),
        ("The Pakistani Taliban denounced, threatened and later kidnapped Haqqani commanders.",
         {(TTP, "ACCUSE", HAQQANI), (TTP, "THREATEN", HAQQANI), (TTP, "ASSAULT", HAQQANI)}),
    ],
)  # fmt: skip
def test_verbs_of_different_types_in_a_list_each_make_their_event(
    text: str, wanted: set[tuple[str, str, str]]
) -> None:
    assert wanted <= _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan never funded, trained or armed the Haqqani network.",
        "Pakistan denied that it had funded, trained and armed the Haqqani network.",
        "Officials said Pakistan may have funded, trained and armed the Haqqani network.",
        "If Pakistan funded, trained and armed the Haqqani network, the talks would fail.",
    ],
)
def test_a_list_of_verbs_negated_or_hedged_stays_unasserted(text: str) -> None:
    assert not {t for t in _asserted(text) if t[0] == "Pakistan"}


def test_adjectives_opening_no_clause_stay_adjectives() -> None:
    doc = clauses.repaired(nlp()("The Haqqani fighters were tired, hungry and armed."))
    assert next(t for t in doc if t.text == "armed").pos_ == "ADJ"
    doc = clauses.repaired(nlp()("Militants trained and armed by Pakistan attacked the post."))
    assert [t.dep_ for t in doc][:5] == [t.dep_ for t in nlp()(doc.text)][:5]


def test_a_list_read_right_by_the_parser_is_left_alone() -> None:
    text = "The army raided, searched and burned the villages."
    parsed = nlp()(text)
    before = [(t.head.i, t.dep_, t.pos_) for t in parsed]
    assert clauses.verb_list(parsed, verb_lemma) == []
    assert [(t.head.i, t.dep_, t.pos_) for t in parsed] == before


def test_a_phrase_before_the_verb_does_not_stop_the_shared_object() -> None:
    text = "According to a report, the ISI paid and armed the Haqqani network."
    assert {"paid", "armed"} <= _verbs_reaching(text, ISI, HAQQANI)


# -- 2. a deadline given is a demand (or an ultimatum), never a gift -----------------------


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Taliban gave the Haqqani network a week to respond.", "REQUEST"),
        ("The Taliban issued the Haqqani network a 48-hour deadline to hand over the killers.",
         "REQUEST"),
        ("The Pakistani Taliban granted the Haqqani network 48 hours to vacate the town.",
         "COERCE"),
        ("The Taliban set the Haqqani network a deadline to leave Khost.", "COERCE"),
    ],
)  # fmt: skip
def test_a_deadline_given_is_a_demand_not_aid(text: str, etype: str) -> None:
    found = {(s, t, g) for s, t, g in _asserted(text) if {s, g} & {HAQQANI}}
    assert any(t == etype for _s, t, _g in found), found
    assert not any(t == "AID" for _s, t, _g in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Pakistani Taliban gave Haqqani commanders three days to hand over their weapons "
        "or face attack.",
        "The Taliban gave the Haqqani network a week to leave Khost or face attack.",
    ],
)
def test_a_deadline_with_a_penalty_is_a_threat(text: str) -> None:
    found = _asserted(text)
    assert any(t == "THREATEN" and g == HAQQANI for _s, t, g in found), found
    assert not any(t == "AID" for _s, t, _g in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban gave the Haqqani network weapons and money.",
        "The Taliban granted the Haqqani network refuge in Kandahar.",
        "The Taliban gave the Haqqani network time to regroup.",
    ],
)
def test_a_real_gift_stays_aid(text: str) -> None:
    assert (TALIBAN, "AID", HAQQANI) in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban did not give the Haqqani network a week to respond.",
        "The Taliban may give the Haqqani network a week to respond.",
    ],
)
def test_a_deadline_negated_or_hedged_is_not_asserted(text: str) -> None:
    assert not {t for t in _asserted(text) if HAQQANI in t}


# -- 3. an origin among dissenters is a split; a plain origin stays lineage ----------------

JUA = "Jamaat-ul-Ahrar"


@pytest.mark.parametrize(
    ("text", "founded", "origin"),
    [
        ("Jamaat-ul-Ahrar grew out of TTP cells that rejected the TTP's leader.", JUA, TTP),
        ("The Pakistani Taliban emerged from Haqqani cells that rejected Sirajuddin Haqqani.",
         TTP, HAQQANI),
        ("The Pakistani Taliban grew out of a Haqqani faction that opposed the network's "
         "leader.", TTP, HAQQANI),
        ("Jamaat-ul-Ahrar emerged from dissident TTP factions.", JUA, TTP),
        ("Jamaat-ul-Ahrar, which grew out of TTP cells that defied the TTP's leadership, "
         "attacked the army.", JUA, TTP),
        ("The Pakistani Taliban was formed by members of the Haqqani network who opposed its "
         "leadership.", TTP, HAQQANI),
        ("Members of the Haqqani network who opposed its leadership formed the Pakistani "
         "Taliban.", TTP, HAQQANI),
    ],
)  # fmt: skip
def test_an_origin_among_dissenters_is_a_split(text: str, founded: str, origin: str) -> None:
    found = _asserted(text, "2015-03-01")
    assert (founded, "REJECT", origin) in found, found
    assert (founded, "COOPERATE", origin) not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Jamaat-ul-Ahrar grew out of the TTP.",
        "Jamaat-ul-Ahrar grew out of TTP cells in Mohmand.",
        "Jamaat-ul-Ahrar grew out of TTP cells that never rejected the TTP's leader.",
        "Jamaat-ul-Ahrar grew out of TTP cells that rejected the Afghan government.",
    ],
)
def test_an_origin_without_dissent_against_the_group_stays_lineage(text: str) -> None:
    found = _asserted(text, "2015-03-01")
    assert (JUA, "COOPERATE", TTP) in found, found
    assert (JUA, "REJECT", TTP) not in found, found


def test_a_dissenting_origin_hedged_is_not_asserted() -> None:
    text = "Jamaat-ul-Ahrar may have grown out of TTP cells that rejected the TTP's leader."
    assert (JUA, "REJECT", TTP) not in _asserted(text, "2015-03-01")


# -- 4. a rift that worsens is there ---------------------------------------------------------

IS = "Islamic State"


def _between(text: str, a: str, b: str, date: str = "2015-03-01") -> set[tuple[str, str]]:
    """(type, modality) of the events from ``a`` to ``b``."""
    return {(t, m) for s, t, g, m in api_named(text, date) if (s, g) == (a, b)}


@pytest.mark.parametrize(
    "text",
    [
        "The rift between Al Qaeda and the Islamic State will deepen.",
        "Officials said the split between Al Qaeda and the Islamic State would widen.",
        "The feud between Al Qaeda and the Islamic State would worsen over the next decade.",
        "The rift between Al Qaeda and the Islamic State is expected to widen.",
        "The rift between Al Qaeda and the Islamic State is set to deepen.",
        "The falling out between Al Qaeda and the Islamic State deepened.",
        "Al Qaeda and the Islamic State had a falling out in the spring.",
    ],
)
def test_a_worsening_rift_is_an_asserted_hostile_relation(text: str) -> None:
    assert ("REJECT", "asserted") in _between(text, AQ, IS)


@pytest.mark.parametrize(
    "text",
    [
        "The rift between Al Qaeda and the Islamic State may deepen.",
        "The rift between Al Qaeda and the Islamic State is likely to widen.",
        "The rift between Al Qaeda and the Islamic State would deepen if Baghdadi declared a "
        "caliphate.",
        "A rift between Al Qaeda and the Islamic State will emerge.",
        "The falling out between Al Qaeda and the Islamic State never happened.",
        "There was no rift between Al Qaeda and the Islamic State.",
    ],
)
def test_a_rift_hedged_conditional_or_to_come_stays_unasserted(text: str) -> None:
    assert ("REJECT", "asserted") not in _between(text, AQ, IS)


def test_a_tie_that_will_deepen_stays_future() -> None:
    text = "The alliance between Al Qaeda and the Islamic State will deepen."
    assert not {t for t in _between(text, AQ, IS) if t[1] == "asserted"}


# -- 6. a state's border and customs men are the state ----------------------------------------


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Afghan border officers arrested Haqqani commanders.", "Afghan National Police"),
        ("Afghan border officials detained two TTP fighters.", "Afghan National Police"),
        ("Afghan customs officials arrested Haqqani commanders.", "Afghan government"),
    ],
)
def test_border_and_customs_men_with_a_country_are_its_state(text: str, state: str) -> None:
    assert any(s == state and t == "COERCE" for s, t, _g in _asserted(text, "2014-03-01"))


def test_border_officers_negated_stay_negated() -> None:
    text = "Pakistani border officers did not arrest Haqqani commanders."
    assert not _asserted(text, "2014-03-01")
