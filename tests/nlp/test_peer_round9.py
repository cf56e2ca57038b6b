"""World-news recall and precision, ninth round (issue 9, the peers' gold sets), on
invented sentences.

A bare surname that opens its sentence: its capital letter is the sentence's, so it is a
name only when a verb of speech or meeting follows it and it is no common English word
(actors/resolve.py, ``capital_of_sentence``). Each test has the negated or hedged forms
that must not be asserted. None of the sentences comes from a benchmark or a development
set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has, named_events

from riftwatch.actors.resolve import Resolver, capital_of_sentence, opens_sentence


def events(text: str, date: str = "2010-05-14") -> set[tuple[str, str, str, str]]:
    """(source, type, target, modality) of every event in ``text``."""
    return named_events(text, date)


# -- a surname opening its sentence (actors/resolve.py, capital_of_sentence) -----------------
@pytest.mark.parametrize(
    "text",
    [
        "Putin met Obama on Monday.",
        '"Putin met Obama on Monday," an aide said.',
        "Putin also met Obama in Prague.",
    ],
)
def test_a_surname_opening_the_sentence_before_a_verb_of_meeting_resolves(text: str) -> None:
    found = events(text)
    assert has(found, "Russia", "CONSULT", "U.S."), found


@pytest.mark.parametrize(
    "text",
    [
        "Putin did not meet Obama on Monday.",
        "Putin may meet Obama next week.",
        "Putin refused to say whether he would meet Obama.",
    ],
)
def test_an_opening_surname_negated_or_hedged_is_not_asserted(text: str) -> None:
    found = events(text)
    assert not {e for e in asserted(found) if e[1] == "CONSULT"}, found


def test_a_common_word_opening_the_sentence_is_no_name() -> None:
    resolver = Resolver()
    # "Rice" is also a common English word: at the sentence's start its capital proves nothing
    assert resolver.resolve("Rice", "2006", "Rice was mentioned.").actor is None
    assert resolver.resolve("Rice", "2006", "Rice said the talks failed.").actor is None
    # the same surname inside the sentence is the one office holder of that name
    said = resolver.resolve("Rice", "2006", "On Monday Rice said the talks failed.")
    assert said.actor is not None and said.actor.name == "Condoleezza Rice"
    # a rare surname opening the sentence: only before a verb of speech or meeting
    assert resolver.resolve("Putin", "2010", "Putin met Obama on Monday.").actor is not None
    assert resolver.resolve("Putin", "2010", "Putin was mentioned.").actor is None


def test_one_rule_says_what_opens_a_sentence() -> None:
    text = '("Putin met Obama," she said.)'
    start = text.index("Putin")
    assert opens_sentence(text, start)
    assert not capital_of_sentence(text, start, start + len("Putin"))
    assert capital_of_sentence("Rice was mentioned.", 0, 4)
    # find_mentions (offsets) and resolve (a mention in its context) agree
    resolver = Resolver()
    by_offset = {text[s:e]: r.actor for s, e, r in resolver.find_mentions(text, "2010")}
    assert by_offset.get("Putin") is not None
    assert resolver.resolve("Putin", "2010", text).actor is not None


# -- street protest aimed at a party (lexicon/dictionary.yaml, protest_groups) ---------------
@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Kenyan students demonstrated against Ethiopia on Tuesday.", "Kenyan", "Ethiopia"),
        ("Somali refugees rioted in Kenya on Monday.", "Somali", "Kenya"),
    ],
)
def test_a_protest_aimed_at_a_party_is_coded(text: str, a: str, b: str) -> None:
    assert has(events(text, "2008"), a, "PROTEST", b), events(text, "2008")


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan students did not demonstrate against Ethiopia on Tuesday.",
        "Kenyan students may demonstrate against Ethiopia on Tuesday.",
        "Somali refugees threatened to riot in Kenya.",
    ],
)
def test_a_protest_negated_or_hedged_is_not_asserted(text: str) -> None:
    found = events(text, "2008")
    assert not {e for e in asserted(found) if e[1] == "PROTEST"}, found


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan scientists demonstrated a new vaccine in Ethiopia.",  # showed: no protest
        "Kenyan students demonstrated in Nairobi on Monday.",  # their own capital: no party
        "Ethiopian troops marched to the Somali border.",  # going somewhere
    ],
)
def test_demonstrating_or_marching_without_a_party_is_no_protest(text: str) -> None:
    found = events(text, "2008")
    assert not {e for e in found if e[1] == "PROTEST"}, found


# -- the speaker's own pronoun (clauses.speaker_pronouns) -------------------------------------
@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Kenya's foreign minister said he would meet Ethiopian officials on Monday.", None),
        ("A spokesman for the Kenyan army said it had attacked al-Shabaab.", "asserted"),
    ],
)
def test_a_pronoun_in_reported_speech_is_its_speaker(text: str, modality: str | None) -> None:
    found = events(text, "2008")
    assert any(
        "Kenya" in s and t in ("CONSULT", "ASSAULT") and (modality is None or m == modality)
        for s, t, _g, m in found
    ), found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's foreign minister said he would not meet Ethiopian officials.",
        "Kenya's foreign minister said she might meet Ethiopian officials.",
        "A spokesman for the Kenyan army denied it had attacked al-Shabaab.",
    ],
)
def test_a_speakers_pronoun_negated_or_hedged_is_not_asserted(text: str) -> None:
    found = events(text, "2008")
    assert not {e for e in asserted(found) if e[1] in ("CONSULT", "ASSAULT")}, found


# -- refusing to take part (nominals.yaml reversing_verbs: boycott, shun, snub) --------------
def test_boycotted_talks_are_no_talks() -> None:
    found = events("Kenya boycotted the talks with Ethiopia.", "2008")
    assert not {e for e in found if e[1] == "CONSULT"}, found
    assert has(found, "Kenya", "SANCTION", "Ethiopia"), found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not boycott the talks with Ethiopia.",
        "Kenya may boycott the talks with Ethiopia.",
    ],
)
def test_a_boycott_negated_or_hedged_is_not_asserted(text: str) -> None:
    found = events(text, "2008")
    assert not {e for e in asserted(found) if e[1] in ("SANCTION", "CONSULT")}, found


# -- crowd control and beatings (events.yaml: disperse, tear-gas, "beat up") -----------------
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Ethiopian police used tear gas to disperse Somali demonstrators.", "COERCE"),
        ("Ethiopian police dispersed Somali demonstrators in Addis Ababa.", "COERCE"),
        ("Kenyan soldiers beat up Somali detainees.", "ASSAULT"),
    ],
)
def test_crowd_control_and_beatings_are_coded(text: str, etype: str) -> None:
    found = events(text, "2008")
    assert has(found, "Ethiopia" if "Ethiopian" in text else "Kenya", etype, "Somali"), found


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopian police refused to disperse Somali demonstrators.",
        "Kenyan soldiers did not beat up Somali detainees.",
        "Kenyan soldiers allegedly beat up Somali detainees.",
    ],
)
def test_crowd_control_negated_or_hedged_is_not_asserted(text: str) -> None:
    found = events(text, "2008")
    assert not {e for e in asserted(found) if e[1] in ("COERCE", "ASSAULT")}, found


def test_beating_a_rival_in_a_match_is_no_attack() -> None:
    assert not events("Kenya beat Somalia in the final on Sunday.", "2008")


# -- a cooperative presence withdrawn (events.yaml withdraw: presence_nouns) -----------------
@pytest.mark.parametrize(
    "text",
    [
        "Kenya withdrew its peacekeepers from Somalia on Monday.",
        "The UN withdrew its weapons inspectors from Somalia.",
    ],
)
def test_withdrawing_a_cooperative_presence_is_a_sanction(text: str) -> None:
    found = events(text, "2008")
    assert any(t == "SANCTION" and "Somalia" in g and m == "asserted" for _s, t, g, m in found)
    assert not {e for e in found if e[1] == "RETREAT"}, found


def test_withdrawing_troops_stays_a_retreat() -> None:
    found = events("Kenya withdrew its troops from Somalia on Monday.", "2008")
    assert has(found, "Kenya", "RETREAT", "Somalia"), found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not withdraw its peacekeepers from Somalia.",
        "Kenya may withdraw its peacekeepers from Somalia.",
        "Kenya denied that it would withdraw its peacekeepers from Somalia.",
    ],
)
def test_a_withdrawal_negated_or_hedged_is_not_asserted(text: str) -> None:
    found = events(text, "2008")
    assert not {e for e in asserted(found) if e[1] in ("SANCTION", "RETREAT")}, found


def test_two_surnames_opening_the_sentence_before_a_verb_of_meeting_resolve() -> None:
    found = events("Putin and Obama met in Prague on Monday.")
    assert has(found, "Russia", "CONSULT", "U.S.") and has(found, "U.S.", "CONSULT", "Russia")
    hedged = events("Putin and Obama may meet in Prague on Monday.")
    assert not {e for e in asserted(hedged) if e[1] == "CONSULT"}, hedged


# -- rebels "throughout" a country (mentions._country_in) -------------------------------------
def test_rebels_throughout_a_country_are_its_rebels() -> None:
    found = events("Rebels throughout Somalia attacked Ethiopian troops on Monday.", "2008")
    assert any(s == "Rebels in Somalia" and t == "ASSAULT" for s, t, _g, _m in found), found
    negated = events("Rebels throughout Somalia did not attack Ethiopian troops.", "2008")
    assert not {e for e in asserted(negated) if e[1] == "ASSAULT"}, negated


# -- "the government of President X" (extract._OF_OWNER, mentions._state_of_person) ----------
def test_the_government_of_a_president_is_his_states() -> None:
    found = events("The government of President Kibaki expelled two Ethiopian diplomats.", "2008")
    # expelled diplomats reduce relations: SANCTION (peers24; it was COERCE)
    assert has(found, "Kenya", "SANCTION", "Ethiopia"), found
    negated = events(
        "The government of President Kibaki did not expel Ethiopian diplomats.", "2008"
    )
    assert not {e for e in asserted(negated) if e[1] == "SANCTION"}, negated


def test_the_army_of_a_group_leader_is_no_states() -> None:
    found = events("The army of Mullah Omar attacked Pakistani troops.", "2008")
    assert not {e for e in found if "Afghanistan" in e[0] or "Pakistan" in e[0]}, found
