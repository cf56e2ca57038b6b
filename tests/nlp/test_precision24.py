"""Right parties and right modality for written reports and headlines (precision24, invented
sentences).

Each class below is one construction that asserted a relation the text does not assert, with
the twin that must keep its reading:

- a denied act the tagger reads as a noun ("denied writing to Y", "denied training Y's
  recruits") is a denied event of its own type, never a rejection of Y (code.rules.v94);
- an act only asked for, planned or supposed places no bare "Taliban" in Pakistan's war: an
  arrest Pakistan is urged or expected to make leaves the Afghan Taliban (context.rules.v19);
- a reported clause that ends at its object ("Officials said X sheltered Y leaders.") is
  parsed as a clause (headline.rules.v20);
- a party taken off a list or register is neither expelled, split from nor struck
  (events.yaml ``record_nouns``, code.rules.v94);
- a country word before a rebel or militant noun names the rebels' country, not its state
  ("Somali rebel positions"; code.rules.v94).
"""

from __future__ import annotations

import pytest

from riftwatch.nlp.extract import extract_document


def _events(text: str, date: str = "2012-05-01") -> set[tuple[str, str, str, str]]:
    """(source, PLOVER type, target, modality) of every event of ``text``, by group name."""
    return {
        (c.event.source.org_name or c.event.source.name, c.event.event_type,
         c.event.target.org_name or c.event.target.name, c.event.modality)
        for c in extract_document({"id": "t", "date": date, "text": text})
    }  # fmt: skip


def _asserted(text: str, date: str = "2012-05-01") -> set[tuple[str, str, str]]:
    """(source, PLOVER type, target) of the events ``text`` asserts."""
    return {(s, t, o) for s, t, o, m in _events(text, date) if m == "asserted"}


# -- a denied act rejects nobody ------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Taliban denied writing to Baghdadi.",
        "The Zorvan Front denied writing to the Kessel Brigades.",
        "The Haqqani network denied talking to Islamic State commanders.",
        "Al Qaeda denied training Lashkar-e-Taiba recruits.",
    ],
)
def test_a_denied_gerund_act_is_no_rejection(text: str) -> None:
    found = _events(text)
    assert not [e for e in found if e[3] == "asserted"], found


def test_a_denied_talk_is_a_denied_contact() -> None:
    found = _events("The Haqqani network denied talking to Islamic State commanders.")
    assert ("Haqqani Network", "CONSULT", "Islamic State", "denied") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban denied sanctuary to Islamic State fighters.",
        "The Taliban denied al-Qaeda sanctuary.",
    ],
)
def test_a_refused_party_is_still_rejected(text: str) -> None:
    found = _asserted(text)
    assert any(t == "REJECT" and "Taliban" in s for s, t, _o in found), found


# -- only asserted acts place a bare Taliban in Pakistan's war --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Karzai called on Pakistan to arrest Taliban leaders in Quetta.",
        "Kabul urged Islamabad to arrest Taliban commanders in Quetta.",
        "Pakistan may arrest Taliban leaders in Quetta.",
        "Islamabad plans to arrest Taliban leaders in Quetta.",
    ],
)
def test_a_requested_or_planned_arrest_leaves_the_afghan_taliban(text: str) -> None:
    found = _events(text)
    names = {n for s, _t, o, _m in found for n in (s, o)}
    assert "Tehrik-i-Taliban Pakistan" not in names, found
    assert "Afghan Taliban" in names, found
    assert not [e for e in found if e[1] == "COERCE" and e[3] == "asserted"], found


def test_an_asserted_arrest_in_pakistan_still_places_the_taliban() -> None:
    found = _asserted("Pakistani police arrested Taliban leaders in Quetta.")
    assert any(t == "COERCE" and o == "Tehrik-i-Taliban Pakistan" for _s, t, o in found), found


# -- a reported clause ending at its object --------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Officials said the Taliban sheltered al-Qaeda leaders.", "Afghan Taliban", "Al Qaeda"),
        ("Officials said the Haqqani network hosted al-Qaeda leaders.", "Haqqani Network",
         "Al Qaeda"),
        ("Analysts said the Taliban trained Lashkar-e-Taiba recruits.", "Afghan Taliban",
         "Lashkar-e-Taiba"),
        ("Officials said the Taliban sheltered al-Qaeda leaders in Helmand.", "Afghan Taliban",
         "Al Qaeda"),
    ],
)  # fmt: skip
def test_a_reported_clause_ending_at_its_object_is_coded(text: str, source: str,
                                                         target: str) -> None:  # fmt: skip
    found = _asserted(text)
    assert (source, "AID", target) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the Taliban never sheltered al-Qaeda leaders.",
        "Officials said the Taliban may have sheltered al-Qaeda leaders.",
        "Officials denied the Taliban sheltered al-Qaeda leaders.",
    ],
)
def test_a_reported_clause_negated_or_hedged_is_not_asserted(text: str) -> None:
    found = _events(text)
    assert not [e for e in found if e[1] == "AID" and e[3] == "asserted"], found


# -- taken off a list ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A UN committee cleared two Taliban envoys from its sanctions list.",
        "Washington struck the Haqqani network off its list of terrorist groups.",
        "The State Department removed Lashkar-e-Taiba commanders from its watchlist.",
    ],
)
def test_a_party_taken_off_a_list_is_not_struck_or_expelled(text: str) -> None:
    found = _asserted(text)
    assert not [e for e in found if e[1] in ("COERCE", "ASSAULT")], found


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban expelled Haqqani commanders from its ranks.",
        "Pakistani troops cleared TTP fighters from the heights.",
    ],
)
def test_an_expulsion_from_ranks_or_places_stays(text: str) -> None:
    found = _asserted(text)
    assert any(t == "COERCE" for _s, t, _o in found), found


# -- a country word before a rebel noun --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Ethiopian troops shelled Somali rebel positions.", "Somalia"),
        ("Kenyan jets bombed Somali militant camps.", "Somalia"),
        ("Ugandan gunships shelled Congolese rebel bases.", "Democratic Republic of the Congo"),
    ],
)
def test_a_country_word_before_rebels_is_not_the_state(text: str, state: str) -> None:
    found = _asserted(text)
    assert not [e for e in found if e[2] == state], found


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Ethiopian troops shelled Somali army positions.", "Somalia"),
        ("Ugandan gunships shelled Congolese army bases.", "Democratic Republic of the Congo"),
    ],
)
def test_a_country_word_before_state_property_is_the_state(text: str, state: str) -> None:
    found = _asserted(text)
    assert any(t == "ASSAULT" and o == state for _s, t, o in found), found
