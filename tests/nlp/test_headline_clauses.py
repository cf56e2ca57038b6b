"""Clause-level headline readings (issue 9, headlines round 3): the speaker's own agents in
reported speech, a later clause that restates an event as foiled or denied, and a place in a
dateline that is no actor.

Every headline here is invented (none from a benchmark, a development set or the labelled
corpus). Each mechanism has twins: the form it must change and forms it must leave alone
(a named country on the victim, an attack "repulsed" that did happen, a dateline that names
a group, hedged and negated forms that stay unasserted).
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import id_events

from riftwatch.nlp.headline import dateline_end, outside_dateline

DATE = "2019-05-01"


def events(text: str, date: str = DATE) -> list[tuple[str, str, str, str]]:
    """(source id, type, target id, modality) of every event of a one-line headline."""
    return id_events(text, date)


def country_of(ident: str) -> str:
    """'PAK', 'IND', 'AFG' for a state id, else the id."""
    for key, iso in (("pak", "PAK"), ("india", "IND"), ("afghan", "AFG")):
        if ident.startswith(("org:", "country:")) and key in ident:
            return iso
    return ident


# -- reported speech: the speaker's own soldiers ------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Pakistani military says India kills three soldiers near frontier", "IND", "PAK"),
        ("India killed four soldiers on the frontier, Pakistani military says", "IND", "PAK"),
        ("Indian army says Pakistan kills two soldiers in shelling", "PAK", "IND"),
        ("Afghan officials say Pakistan killed six policemen in border firing", "PAK", "AFG"),
    ],
)
def test_bare_victims_of_a_state_are_the_speakers_own(text: str, source: str, target: str) -> None:
    found = [(country_of(s), country_of(g)) for s, t, g, m in events(text) if t == "ASSAULT"]
    assert (source, target) in found, events(text)
    assert all(s != g for s, g in found), found  # never a state against its own soldiers


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the victim's country is named: nothing to move
        ("Pakistani military says India kills three Pakistani soldiers", "IND", "PAK"),
        # no speaker, one state: the bare soldiers stay the text's country
        ("Taliban kill three soldiers in Pakistan's northwest", "org:ttp", "PAK"),
    ],
)
def test_named_or_unreported_victims_stay(text: str, source: str, target: str) -> None:
    found = [(country_of(s), country_of(g)) for s, t, g, m in events(text) if t == "ASSAULT"]
    assert (source, target) in found, events(text)


def test_reported_speech_twin_hedged_is_not_asserted() -> None:
    """The same frame with a hedge: the target moves, the event stays unasserted."""
    found = events("Pakistani military says India may have killed three soldiers")
    assert found, found
    assert all(m != "asserted" for _s, _t, _g, m in found), found
    assert all(country_of(s) != country_of(g) for s, _t, g, _m in found), found


# -- a later clause that restates the event as foiled or denied ---------------------------
@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Taliban attack police post in Bannu, police say attack foiled", "negated"),
        ("TTP fighters attack army camp in Bannu, army says attack thwarted", "negated"),
        ("TTP attacks police post in Bannu, police deny the attack", "denied"),
    ],
)
def test_restated_as_foiled_or_denied(text: str, modality: str) -> None:
    found = [(s, t, g, m) for s, t, g, m in events(text) if t == "ASSAULT"]
    assert found, events(text)
    assert all(m == modality for *_rest, m in found), found


@pytest.mark.parametrize(
    "text",
    [
        # repulsed: the attack took place and was beaten back
        "Taliban attack police post in Bannu, police say attack repulsed",
        # another event, not a restatement
        "Taliban attack police post in Bannu, police say second attack foiled",
        # the undoing verb is itself negated
        "Taliban attack police post in Bannu, police say attack was not foiled",
    ],
)
def test_restatement_twins_stay_asserted(text: str) -> None:
    found = [(s, g, m) for s, t, g, m in events(text) if t == "ASSAULT"]
    assert any(m == "asserted" and s == "org:ttp" for s, _g, m in found), found


# -- a place in a dateline -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Chaman: troops fire", "troops fire"),
        ("Sara Khel, Pakistan: troops fire", "troops fire"),
        ("Wana, May 3 (Reuters) - troops fire", "troops fire"),
        ("Miranshah (AFP) - troops fire", "troops fire"),
        ("Lakki, 5 June: troops fire", "troops fire"),
    ],
)
def test_dateline_forms(text: str, rest: str) -> None:
    assert text[dateline_end(text) :] == rest


@pytest.mark.parametrize("text", ["Taliban attack post in Swat", "Pakistan army kills 5 in Swat"])
def test_no_dateline(text: str) -> None:
    assert dateline_end(text) == 0


def test_dateline_place_is_not_the_actor() -> None:
    found = events("Sorobi: Afghan forces fire mortars at Pakistani troops")
    assert all("sorobi" not in s + g for s, _t, g, _m in found), found
    assert any(
        country_of(s) == "AFG" and country_of(g) == "PAK" and m == "asserted"
        for s, _t, g, m in found
    ), found


def test_dateline_twin_negated_stays_unasserted() -> None:
    found = events("Sorobi: Afghan forces did not fire at Pakistani troops, officials say")
    assert all("sorobi" not in s + g for s, _t, g, _m in found), found
    assert all(m != "asserted" for *_r, m in found), found


def test_dateline_keeps_a_named_group() -> None:
    """A group with a group word ahead of the colon is a speaker or party, not a place."""

    class _Actor:
        def __init__(self, type_: str, how: str) -> None:
            self.type, self.how = type_, how

    text = "Tora Front: we attacked the post"
    group = (0, 10, _Actor("armed_group", "open: name with a group word"))
    place = (0, 10, _Actor("place", "kb"))
    entity = (0, 10, _Actor("armed_group", "open: spaCy ORG"))
    assert outside_dateline([group], text) == [group]
    assert outside_dateline([place, entity], text) == []


# -- a reported clause the parser hangs on the reporting verb -----------------------------
def test_reported_clause_subject_is_not_the_speaker() -> None:
    """'Army says militants ... attack post, kill 2 soldiers': the militants kill, and the
    soldiers are the army's own (the headline leads with the Pakistan Army)."""
    text = "Pakistan army says militants from Afghanistan raid border post, kill 3 soldiers"
    found = events(text)
    assert not any(country_of(s) == "PAK" and t == "ASSAULT" for s, t, _g, _m in found), found
    assert not any(country_of(g) == "AFG" for _s, _t, g, _m in found), found
    assert any(country_of(g) == "PAK" and t == "ASSAULT" for _s, t, g, _m in found), found


def test_reported_clause_twin_claimed_attack_keeps_its_author() -> None:
    """A verb by which a party owns the act ('claims') still gives the clause its author."""
    found = events("TTP claims attack on check post in Bannu, killing 3 soldiers")
    assert all(country_of(s) != "PAK" for s, _t, _g, _m in found), found


def test_reported_clause_twin_denied() -> None:
    found = events("Pakistan army denies militants from Afghanistan killed 3 soldiers")
    assert all(m != "asserted" or country_of(s) != "PAK" for s, _t, _g, m in found), found


# -- people of a country are never its state -----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "TTP gunmen kill two Afghan nationals in Quetta",
        "IS fighters kill Afghan students near Jalalabad",
        "Taliban abduct Pakistani citizens in Kunar",
    ],
)
def test_people_of_a_country_are_not_the_state(text: str) -> None:
    found = events(text)
    assert found, found
    for _s, _t, g, _m in found:
        assert not g.startswith("country:") and not g.startswith(("org:pak", "org:afghan-")), g


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a state body of the country stays the state
        ("TTP gunmen kill two Afghan soldiers in Kunar", "AFG"),
        ("IS fighters kill Pakistani policemen in Quetta", "PAK"),
    ],
)
def test_state_agents_of_a_country_stay_the_state(text: str, target: str) -> None:
    found = events(text)
    assert any(country_of(g) == target and m == "asserted" for _s, _t, g, m in found), found


def test_people_twin_negated_stays_unasserted() -> None:
    found = events("TTP denies killing Afghan nationals in Quetta")
    assert all(m != "asserted" for *_r, m in found), found


# -- what is agreed or decided on has not happened yet -------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Government and TTP agree to resume talks",
        "Pakistan decides to hold talks with TTP",
        "Kabul and Islamabad resolve to hold joint patrols with tribal elders",
    ],
)
def test_agreed_or_decided_acts_are_not_asserted(text: str) -> None:
    found = [(s, t, g, m) for s, t, g, m in events(text) if t in ("CONSULT", "COOPERATE")]
    assert found, events(text)
    assert all(m == "future" for *_r, m in found), found


def test_agreed_twin_past_talks_stay_asserted() -> None:
    """Talks that were held are asserted; only the agreed-on future act is not."""
    found = events("Government held talks with TTP in Islamabad, officials said.")
    assert any(t == "CONSULT" and m == "asserted" for _s, t, _g, m in found), found


# -- generic security staff and the posts a force holds ------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Security personnel kill three TTP fighters in Khyber", "PAK", "org:ttp"),
        ("TTP gunmen kill two securitymen in Bannu", "org:ttp", "PAK"),
        ("Counter-terrorism personnel arrest TTP commander in Pakistan", "PAK", "org:ttp"),
        ("TTP claims attack on checkpost in Pakistan's Bannu district", "org:ttp", "PAK"),
        ("TTP fighters storm airbase in Pakistan", "org:ttp", "PAK"),
    ],
)
def test_security_staff_and_posts_are_the_state(text: str, source: str, target: str) -> None:
    found = [(country_of(s), country_of(g), m) for s, t, g, m in events(text)]
    assert (source, target, "asserted") in found, events(text)


@pytest.mark.parametrize(
    "text",
    [
        # a post only as the place of an event is no party
        "Bomb kills five civilians near check post in Bannu",
        # a post of a named group is that group's
        "IS fighters attack Taliban checkpoint in Nangarhar",
    ],
)
def test_posts_as_places_or_of_a_group(text: str) -> None:
    found = events(text)
    assert not any(country_of(g) == "PAK" for _s, _t, g, _m in found), found


@pytest.mark.parametrize(
    "text",
    [
        "TTP denies attack on checkpost in Bannu",
        "TTP may have attacked checkpost in Bannu",
        "Security personnel did not kill TTP fighters in Khyber, officials say",
    ],
)
def test_security_staff_and_posts_twins_unasserted(text: str) -> None:
    found = events(text)
    assert all(m != "asserted" for *_r, m in found), found


# -- what talks are about -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["Pakistan and Afghan Taliban discuss TTP threat", "Pakistan, Afghan Taliban discuss IS issue"],
)
def test_group_in_the_topic_of_talks_is_no_party(text: str) -> None:
    found = events(text)
    pairs = {(country_of(s), g) for s, t, g, m in found if t == "CONSULT" and m == "asserted"}
    assert ("PAK", "org:afghan-taliban") in pairs, found
    assert all(g not in ("org:ttp", "org:islamic-state") for _s, _t, g, _m in found), found


def test_topic_twin_partner_with_with_stays() -> None:
    found = events("Pakistan discusses border security with Afghan Taliban")
    assert any(g == "org:afghan-taliban" and m == "asserted" for _s, _t, g, m in found), found


# -- coordinated demonyms sharing one agent noun ------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["Afghan and Pakistani troops clash at Torkham", "Pakistani and Afghan forces exchange fire"],
)
def test_coordinated_demonyms_share_the_agent_noun(text: str) -> None:
    found = {(country_of(s), country_of(g)) for s, t, g, m in events(text) if m == "asserted"}
    assert {("PAK", "AFG"), ("AFG", "PAK")} <= found, events(text)
    assert all(not s.startswith("country:") for s, *_r in events(text))


def test_coordinated_demonyms_twin_denied() -> None:
    found = events("Pakistan denies Afghan and Pakistani troops clashed at Torkham")
    assert all(m != "asserted" for *_r, m in found), found


# -- members named by whom they work for; branches named by a country -----------------------
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Pakistan police arrest four militants working for TTP", "org:ttp"),
        ("Pakistan police arrest four militants working for al-Qaeda India", "org:al-qaeda"),
    ],
)
def test_members_working_for_a_group(text: str, target: str) -> None:
    found = events(text)
    assert any(g == target and m == "asserted" for _s, _t, g, m in found), found
    assert all(not g.startswith("country:") for _s, _t, g, _m in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan police arrest four men working for a charity",  # no group: no party
        "Pakistan police did not arrest militants working for TTP",  # negated twin
    ],
)
def test_members_working_for_twins(text: str) -> None:
    found = events(text)
    assert all(m != "asserted" or g != "org:ttp" for _s, _t, g, m in found), found
