"""World-news recall and precision, eighth round (issue 9, the peers' gold sets), on
invented sentences.

Broad mechanisms rather than phrases: a bare surname of the one office holder of that name
at the document's date, a wire dateline that names no party, a capital named as the place
an act is done in, and "reportedly" read as attribution. Each test has the negated or hedged
forms that must not be asserted. None of the sentences comes from a benchmark or a
development set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has, named_events

from riftwatch.actors.resolve import Resolver
from riftwatch.nlp.extract import extract_document


def events(text: str, date: str = "2010-05-14") -> set[tuple[str, str, str, str]]:
    """(source, type, target, modality) of every event in ``text``."""
    return named_events(text, date)


# -- bare surnames of office holders (actors/resolve.py, _sole_office_holder) ---------------
@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("On Tuesday Obama met Putin in Geneva.", "U.S.", "Russia"),
        ("Karzai held talks with Zardari.", "Afghan", "Pakistan"),
    ],
)
def test_bare_surnames_of_office_holders_meet(text: str, a: str, b: str) -> None:
    found = events(text)
    assert has(found, a, "CONSULT", b) and has(found, b, "CONSULT", a), found


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday Obama did not meet Putin in Geneva.",
        "Next week Obama may meet Putin in Geneva.",
        "Karzai refused to say whether he would hold talks with Zardari.",
    ],
)
def test_bare_surnames_negated_or_hedged_are_not_asserted(text: str) -> None:
    found = events(text)
    assert not {e for e in asserted(found) if e[1] == "CONSULT"}, found


def test_a_surname_resolves_only_while_its_bearer_holds_office() -> None:
    resolver = Resolver()
    assert resolver.resolve("Putin", date="2010-05-01").actor.name == "Vladimir Putin"
    assert resolver.resolve("Putin", date="1990-05-01").unresolved  # not yet in office
    # no date: the one office holder who bears the surname (peers23); a surname two office
    # holders bear (Tony Blair, Dennis C. Blair) stays unresolved without a date
    assert resolver.resolve("Putin").actor.name == "Vladimir Putin"
    assert resolver.resolve("Blair").unresolved


@pytest.mark.parametrize(
    "text",
    [
        "Taliban fighters attacked a police post in Wardak on Monday.",
        "Taliban fighters attacked a police post in Wardak province on Monday.",
    ],
)
def test_a_surname_used_as_a_place_is_no_person(text: str) -> None:
    found = events(text)
    assert not any("Afghan" in s for s, *_r in found), found


# -- wire datelines (headline.wire_dateline_end) ---------------------------------------------
def test_a_wire_dateline_names_no_party() -> None:
    found = events("KABUL, March 3 (Reuters) - Pakistani troops killed five Taliban fighters.")
    assert has(found, "Pakistan", "ASSAULT", "Taliban"), found
    assert not any("Afghan" in s for s, *_r in found), found
    found = events("GAZA CITY, Palestinian Territories: Israeli troops arrested two Hamas men.")
    assert not any("Palestin" in s for s, *_r in found), found


def test_a_wire_dateline_before_a_negated_event_asserts_nothing() -> None:
    found = events("KABUL, March 3 (Reuters) - Pakistani troops did not attack Taliban fighters.")
    assert not asserted(found), found


# -- a capital named as the place an act is done in (mechanisms.locus_party) -----------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Uganda imposed a curfew in Nairobi.", "Uganda", "COERCE", "Kenya"),
        ("Sri Lanka opened an embassy in Tehran.", "Sri Lanka", "SUPPORT", "Iran"),
    ],
)
def test_an_act_in_a_capital_is_done_to_its_country(
    text: str, source: str, etype: str, target: str
) -> None:
    found = events(text)
    assert has(found, source, etype, target), found


@pytest.mark.parametrize(
    "text",
    [
        "Uganda may impose a curfew in Nairobi.",
        "Uganda did not impose a curfew in Nairobi.",
        "Sri Lanka plans to open an embassy in Tehran.",
    ],
)
def test_an_act_in_a_capital_negated_or_hedged_is_not_asserted(text: str) -> None:
    found = events(text)
    assert not asserted(found), found


def test_an_act_in_the_doers_own_capital_has_no_other_party() -> None:
    # never the doer's own state; since peers8 the city itself is the measure's party (an
    # actor of type place, tests/nlp/test_peer_round10.py)
    found = events("Kenya imposed a curfew in Nairobi.")
    assert not any("Kenya" in t for _s, _g, t, _m in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police arrested an opposition leader in Kampala.",  # a charging verb
        "Kenyan police dispersed protesters in Kampala.",  # the people there are the patients
        "The Red Cross suspended aid deliveries in Kampala.",  # no state's act
    ],
)
def test_a_capital_is_only_a_place_for_acts_on_its_people_or_by_non_states(text: str) -> None:
    found = events(text)
    assert not any("Uganda" in t for _s, _g, t, _m in found), found


def test_a_states_own_forces_sent_into_a_capital_are_its_means() -> None:
    found = events("Uganda deployed soldiers in Nairobi.")
    assert has(found, "Uganda", "MOBILIZE", "Kenya"), found


# -- a surname inside a longer name is not the office holder of that surname ------------------
def test_a_surname_after_a_name_particle_belongs_to_the_longer_name() -> None:
    found = events("Abu Tariq al-Shami rejected Baghdadi's demands.", "2014-01-01")
    assert not any("Lebanon" in s or "Lebanon" in t for s, _g, t, _m in found), found
    assert has(found, "Abu Tariq al-Shami", "REJECT", "Islamic State"), found


# -- "reportedly" attributes, it does not hedge (LABELLING.md: attributed is asserted) -------
def test_reportedly_is_asserted_and_a_hedge_beside_it_is_not() -> None:
    found = events("Al Qaeda envoys reportedly met Taliban leaders in Quetta.")
    assert has(found, "Qaeda", "CONSULT", "Taliban"), found
    found = events("Al Qaeda envoys reportedly may have met Taliban leaders in Quetta.")
    assert not asserted(found), found
    found = events("Al Qaeda envoys allegedly met Taliban leaders in Quetta.")
    assert has(found, "Qaeda", "CONSULT", "Taliban", "uncertain"), found


# -- acts exchanged: the object noun names the act (events.yaml object_names_event) ----------
def test_exchanged_visits_are_talks_both_ways_and_prisoners_stay_a_swap() -> None:
    found = events("Ghana and Togo exchanged visits last year.")
    assert has(found, "Ghana", "CONSULT", "Togo") and has(found, "Togo", "CONSULT", "Ghana")
    assert not any(e[1] == "RETREAT" for e in found), found
    found = events("Ghana and Togo exchanged prisoners.")
    assert has(found, "Ghana", "RETREAT", "Togo"), found


@pytest.mark.parametrize(
    "text",
    ["Ghana and Togo did not exchange visits last year.", "Ghana and Togo may exchange visits."],
)
def test_exchanged_visits_negated_or_hedged_are_not_asserted(text: str) -> None:
    assert not asserted(events(text)), events(text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The ISI is reportedly funding the Haqqani network.", "AID"),  # progressive
        ("Reportedly, the ISI funded the Haqqani network.", "AID"),  # sentence adverb
        ("The ISI funded the Haqqani network, reportedly.", "AID"),  # trailing
        ("ISI reportedly funds Haqqanis", "AID"),  # headline
        ("The Haqqani network was reportedly attacked by the TTP.", "ASSAULT"),  # passive
        ("The TTP reportedly carried out an attack on the Haqqani network.", "ASSAULT"),  # noun
    ],
)
def test_reportedly_is_asserted_on_every_coding_path(text: str, etype: str) -> None:
    found = events(text, "2015-09-01")
    assert any(e[1] == etype and e[3] == "asserted" for e in found), found
    coded = extract_document({"id": "t", "text": text, "date": "2015-09-01"})
    said = [c.attributed_to for c in coded if c.event.event_type == etype]
    assert said and all(s and s["name"] == "unnamed reports" for s in said), said


def test_a_named_speaker_wins_over_reportedly() -> None:
    text = "Officials said the ISI reportedly funded the Haqqani network."
    coded = extract_document({"id": "t", "text": text, "date": "2015-09-01"})
    assert coded and all(c.attributed_to and c.attributed_to["name"] == "Officials" for c in coded)
    plain = extract_document({"id": "t", "text": "The ISI funded the Haqqani network.",
                              "date": "2015-09-01"})  # fmt: skip
    assert plain and all(c.attributed_to is None for c in plain)


# -- the speaker of a speech verb coordinated with another verb (modality.attribution_of) ----
def test_the_speaker_of_a_coordinated_speech_verb_is_the_first_verbs_subject() -> None:
    text = "U.S. officials were skeptical and said Nusra still cooperated with Al Qaeda in Idlib."
    coded = extract_document({"id": "t", "text": text, "date": "2016-08-02"})
    said = [c.attributed_to for c in coded if c.event.event_type == "COOPERATE"]
    assert said and all(s and s["name"] == "U.S. officials" for s in said), said
    assert all(s.get("skeptical") == "skeptical" for s in said), said
