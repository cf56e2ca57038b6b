"""Known misreadings fixed as classes (gaps64, issue 9), on invented sentences.

- A name read as a group (a kunya the knowledge base holds as a group's name, or an open name
  continuing one) with a post in apposition ("Abu P al-Q, X's commander in Z,") is a person
  who acts for X (``mechanisms.kunya_or_open_name`` in ``code.SentenceCoder._actor``).
- A demonym before a title only some states hold ("the Uzbek emir", agents/curated.yaml
  ``office_states``) names a man of that origin, never that state's government
  (``resolve._office_of``; ``mentions`` opens an actor of the people).
- A verb of naming with an "as" phrase of an act or of guilt ("X was named by Y as having
  carried out attacks", "Y named X as the group behind Z") is Y's accusation of X
  (ACCUSE), never an appointment (SUPPORT), and the act is Y's charge (uncertain)
  (``written.culprit_as``, cues.yaml ``culprit_naming_verbs``, ``culprit_words``).
- Freeing or rescuing people from a place a party holds strikes the holder (ASSAULT raid),
  never aids it: a jail or prison a demonym qualifies is that state's (cues.yaml
  ``state_held_places``, ``code._state_of_place``), and a held-place noun the parser reads
  as an adverb after the party still names the party's place (``code._held_from``).
- A saying infinitive framed by a negated noun of falsity ("it is not a lie / no lie to say
  X backs Y") asserts its content; unnegated ("it is a lie to say") denies it
  (``modality._lie_to_say``).
- Parties that avoid each other (a reciprocal object of "avoid") shun no one: mutual
  avoidance of combat is no event (events.yaml ``not_with_reciprocal_object``,
  ``code._spared``); "X avoided contact with Y" still shuns Y.
- The topic of talks told with a possessive pronoun ("X held talks with Y over its dispute
  with Z") is the subject's matter: the rivalry is X's with Z, never the partner Y's
  (``mechanisms.talks_topic_owner`` in ``code.SentenceCoder._modifier_owner``).
"""

from __future__ import annotations

import pytest
from coded import group_events


def _asserted(text: str, date: str = "2012-05-01") -> set[tuple[str, str, str | None, str]]:
    return {e[:4] for e in group_events(text, date) if e[4] == "asserted"}


def _pairs(events: set[tuple[str, str, str | None, str]], etype: str) -> set[tuple[str, str]]:
    return {(e[0], e[3]) for e in events if e[1] == etype}


# 1. a post in apposition makes a kunya's bearer act for his group
@pytest.mark.parametrize(
    ("text", "group", "other", "etype"),
    [
        ("Abu Hafs al-Libi, Al Qaeda's commander in Paktika, met Taliban envoys in Quetta.",
         "Al Qaeda", "Afghan Taliban", "CONSULT"),
        ("Abu Talha al-Tunisi, the Islamic State's emir for Nangarhar, ambushed Taliban fighters.",
         "Islamic State", "Afghan Taliban", "ASSAULT"),
        ("Abu Talha, Hamas's deputy commander in Rafah, held talks with Fatah officials.",
         "Hamas", "Fatah", "CONSULT"),
    ],
)  # fmt: skip
def test_kunya_with_a_post_in_apposition_acts_for_the_group(
    text: str, group: str, other: str, etype: str
) -> None:
    events = _asserted(text)
    assert (group, other) in _pairs(events, etype), events
    assert not [e for e in events if e[0].startswith("Abu")], events


def test_former_post_in_apposition_gives_no_group() -> None:
    events = _asserted(
        "Abu Hafs al-Libi, Al Qaeda's former commander in Paktika, met Taliban envoys."
    )
    assert not [e for e in events if e[0] == "Al Qaeda"], events


# 2. a demonym before an office the state has not is an origin
@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The Kazakh emir's pledge of allegiance to the Islamic State was accepted.", "Kazakhstan"),
        ("A Turkmen emir met Taliban commanders in Herat.", "Turkmenistan"),
        ("The Kyrgyz emir's men attacked Afghan police in Kunduz.", "Kyrgyzstan"),
    ],
)
def test_demonym_before_an_emir_is_no_state(text: str, state: str) -> None:
    events = {e for e in group_events(text, "2016-03-01")}
    assert events, events
    assert not [e for e in events if state in e[0] or state in e[3]], events


def test_emir_of_an_emirate_is_still_its_state() -> None:
    events = _asserted("The Kuwaiti emir met Hamas leaders.", "2016-03-01")
    assert [e for e in events if "Kuwait" in e[0] and e[3] == "Hamas"], events


# 3. naming as the culprit is an accusation
@pytest.mark.parametrize(
    ("text", "namer", "named"),
    [
        ("Lashkar-e-Taiba and the Haqqani network were named by Afghanistan as having "
         "planned the hotel siege in Kabul.", "Afghanistan", "Haqqani Network"),
        ("Hezbollah, the Lebanese movement, was named by Israel as having fired the rockets.",
         "Israel", "Hezbollah"),
        ("Kabul named the Haqqani network as the group behind the embassy bombing.",
         "Afghan", "Haqqani Network"),
    ],
)  # fmt: skip
def test_named_as_the_doer_is_an_accusation(text: str, namer: str, named: str) -> None:
    events = group_events(text, "2011-09-01")
    asserted = {e[:4] for e in events if e[4] == "asserted"}
    assert not _pairs(asserted, "SUPPORT"), events
    assert [e for e in asserted if e[1] == "ACCUSE" and namer in e[0] and e[3] == named], events
    assert not [e for e in asserted if e[1] == "ASSAULT"], events


def test_named_as_an_envoy_is_still_an_appointment() -> None:
    events = _asserted(
        "Al Qaeda named a Taliban commander as its envoy to Waziristan.", "2009-01-01"
    )
    assert ("Al Qaeda", "Afghan Taliban") in _pairs(events, "SUPPORT"), events


# 4-5. freeing people from a held place strikes its holder
@pytest.mark.parametrize(
    ("text", "doer", "holder"),
    [
        ("Taliban fighters freed 250 inmates from an Afghan prison in Herat.",
         "Afghan Taliban", "Afghanistan"),
        ("TTP free detainees from Pakistani jail", "Tehrik-i-Taliban Pakistan", "Pakistan"),
        ("Afghan troops rescue engineer from Taliban hideout", "Afghan National Army",
         "Afghan Taliban"),
    ],
)  # fmt: skip
def test_freeing_from_a_held_place_strikes_the_holder(text: str, doer: str, holder: str) -> None:
    events = _asserted(text, "2013-06-01")
    assert (doer, holder) in _pairs(events, "ASSAULT"), events
    assert not [e for e in events if e[1] in ("AID", "SUPPORT", "COOPERATE")], events


def test_freeing_captives_without_a_place_is_still_a_release() -> None:
    events = _asserted("The Taliban freed 12 Afghan policemen.", "2013-06-01")
    assert not _pairs(events, "ASSAULT"), events


# 8. "it is no lie to say" asserts what is said
@pytest.mark.parametrize(
    "text",
    [
        "It is not a lie to say that Qatar funds Hamas.",
        "It is no lie to say Saudi Arabia supports the Syrian rebels.",
        "It is no lie to say Iran backs Hezbollah.",
    ],
)
def test_negated_lie_frame_asserts_its_content(text: str) -> None:
    events = group_events(text, "2015-01-01")
    assert events and all(e[4] == "asserted" for e in events), events


def test_lie_frame_denies_and_inner_negation_holds() -> None:
    denied = group_events("It is a lie to say that Qatar funds Hamas.", "2015-01-01")
    assert denied and all(e[4] == "denied" for e in denied), denied
    inner = group_events("It is no lie to say that Qatar does not fund Hamas.", "2015-01-01")
    assert inner and all(e[4] == "negated" for e in inner), inner


# 9. avoiding each other is no shunning
@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah and the Nusra Front avoided each other along the border for a year.",
        "In Helmand the Taliban and Islamic State fighters have largely avoided one another.",
    ],
)
def test_mutual_avoidance_is_no_rejection(text: str) -> None:
    events = group_events(text, "2016-01-01")
    assert not [e for e in events if e[1] == "REJECT"], events


def test_avoiding_contact_with_a_party_still_shuns_it() -> None:
    events = _asserted("Hamas avoided contact with the Islamic State.", "2016-01-01")
    assert ("Hamas", "Islamic State") in _pairs(events, "REJECT"), events


# 6. the topic of talks belongs to the subject's side
@pytest.mark.parametrize(
    ("text", "owner", "rival", "partner"),
    [
        ("The Houthis held talks with Oman over their dispute with the Yemeni government.",
         "Ansarallah", "Yemen", "Oman"),
        ("Fatah opened talks with Jordan about its rivalry with Hamas.", "Fatah", "Hamas",
         "Jordan"),
    ],
)  # fmt: skip
def test_topic_of_talks_is_the_subjects_matter(
    text: str, owner: str, rival: str, partner: str
) -> None:
    events = _asserted(text, "2017-01-01")
    rivals = _pairs(events, "REJECT")
    assert any(owner in a and rival in b for a, b in rivals), events
    assert not any(partner in a or partner in b for a, b in rivals), events


def test_known_group_read_from_a_kunya_keeps_its_own_group() -> None:
    events = _asserted(
        "Abu Bakr al-Baghdadi, Al Qaeda's emir in Iraq, was killed by US forces.", "2019-10-27"
    )
    assert not [e for e in events if e[3] == "Al Qaeda"], events
