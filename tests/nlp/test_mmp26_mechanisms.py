"""mmp26 mechanisms, on invented sentences with negated, hedged and look-alike twins.

Each case is a sentence nobody reported; the events are (source, PLOVER type, target,
modality) by organisation name (:func:`tests.nlp.conftest.named_events`).
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_between, has, named_events

# -- a group that came out of another whose people broke with it (mechanisms.emerged_then_broke)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "The Sons of the Valley grew out of cadres of the Mountain Brigade who broke with its "
            "leadership in 2009.",
            "Sons of the Valley",
            "Mountain Brigade",
        ),
        (
            "The Sons of the Valley began as a faction of the Mountain Brigade, which quit the "
            "brigade in 2003.",
            "Sons of the Valley",
            "Mountain Brigade",
        ),
        (
            "The Sons of the Valley emerged in 2004 from the northern core of the Mountain "
            "Brigade, whose officers broke from the rest of the organisation.",
            "Sons of the Valley",
            "Mountain Brigade",
        ),
        (
            "The Sons of the Valley grew out of fighters of the Mountain Brigade who moved to "
            "the coast in 2001 and broke away from its command.",
            "Sons of the Valley",
            "Mountain Brigade",
        ),
    ],
)
def test_emerged_from_a_group_whose_people_broke_with_it_is_a_split(text: str, a: str, b: str):
    found = named_events(text)
    assert has(found, a, "REJECT", b), found
    # the emergence is no tie in good standing any more
    assert not has(found, a, "COOPERATE", b), found


@pytest.mark.parametrize(
    "text",
    [
        # the break is negated
        "The Sons of the Valley emerged in 2004 from the northern core of the Mountain Brigade, "
        "whose officers never broke from the rest of the organisation.",
        "The Sons of the Valley began as a faction of the Mountain Brigade, which never quit the "
        "brigade.",
        # what was left is a place, not the group
        "The Sons of the Valley grew out of cadres of the Mountain Brigade who left Peru for "
        "Bolivia in 2001.",
        # a clause of no leaving
        "The Sons of the Valley grew out of cadres of the Mountain Brigade who had studied in "
        "Moscow.",
    ],
)
def test_emerged_without_a_break_is_no_split(text: str):
    found = named_events(text)
    assert not has(found, "Sons of the Valley", "REJECT", "Mountain Brigade", None), found


@pytest.mark.parametrize(
    "text",
    [
        "The Sons of the Valley may have grown out of cadres of the Mountain Brigade who broke "
        "with its leadership.",
        "The Sons of the Valley did not grow out of cadres of the Mountain Brigade who broke "
        "with its leadership.",
    ],
)
def test_emerged_then_broke_twins_stay_unasserted(text: str):
    found = named_events(text)
    assert not asserted_between(found, "Sons of the Valley", "Mountain Brigade"), found


# -- a feud waged against a party (events.yaml nouns: feud takes 'against' as vendetta does)


def test_feud_waged_against_a_group_is_a_rivalry_both_ways():
    found = named_events("In 2010 the Red Hand Commando waged a bloody feud against the UDA.")
    assert has(found, "Red Hand Commando", "REJECT", "Ulster Defence") and has(
        found, "Ulster Defence", "REJECT", "Red Hand Commando"
    ), found


@pytest.mark.parametrize(
    "text",
    [
        "In 2010 the Red Hand Commando denied waging a feud against the UDA.",
        "The Red Hand Commando threatened to wage a feud against the UDA.",
    ],
)
def test_feud_twins_stay_unasserted(text: str):
    # (the threat itself is an asserted THREATEN; the feud is not waged)
    found = named_events(text)
    assert not has(found, "Red Hand Commando", "REJECT", "Ulster Defence"), found
    assert not has(found, "Ulster Defence", "REJECT", "Red Hand Commando"), found


# -- modern groups of other regions and their short forms (actors/data/curated/
#    modern_world_groups.yaml): a short form resolves only in its own world


@pytest.mark.parametrize(
    ("text", "date", "a", "etype", "b"),
    [
        (
            "JAD cells in Surabaya sent money to the Mujahidin Indonesia Timur.",
            "2017-03-01",
            "Jamaah Ansharut Daulah",
            "AID",
            "Mujahidin",
        ),
        (
            "Near Beni, ADF fighters ambushed Congolese soldiers and killed nine of them.",
            "2019-05-01",
            "Allied Democratic Forces",
            "ASSAULT",
            "",
        ),
        (
            "In 2021 the Gulf Clan attacked an ELN camp in Choco.",
            "2021-03-01",
            "Clan del Golfo",
            "ASSAULT",
            "National Liberation Army",
        ),
        (
            "The CJNG ambushed Sinaloa Cartel gunmen in Zacatecas in 2022.",
            "2022-06-01",
            "Jalisco",
            "ASSAULT",
            "Sinaloa",
        ),
        (
            "Barrio 18 gunmen shot three MS-13 members in San Salvador.",
            "2015-06-01",
            "Barrio 18",
            "ASSAULT",
            "Mara Salvatrucha",
        ),
        (
            "Haftar's LNA shelled Shura Council positions in Benghazi in 2015.",
            "2015-06-01",
            "Libyan National Army",
            "ASSAULT",
            "",
        ),
    ],
)
def test_modern_groups_and_short_forms_resolve(text: str, date: str, a: str, etype: str, b: str):
    found = named_events(text, date)
    assert has(found, a, etype, b), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a short form outside its world stays whatever else it is
        ("Somali troops and the SNA attacked al-Shabaab near Afgoye.", "Syrian National Army"),
        ("The ADF said its budget would grow next year.", "Allied Democratic Forces"),
        ("The STC approved the new timetable for the trains.", "Southern Transitional Council"),
    ],
)
def test_short_forms_stay_in_their_world(text: str, name: str):
    found = named_events(text, "2018-01-01")
    assert not any(name in s or name in t for s, _g, t, _m in found), found


def test_modern_group_twin_stays_unasserted():
    found = named_events(
        "Officials said JAD cells in Surabaya may have sent money to the Mujahidin Indonesia "
        "Timur.",
        "2017-03-01",
    )
    assert not asserted_between(found, "Jamaah Ansharut Daulah", "Mujahidin"), found


# -- founders whose relative clause tells they left their group
#    (mechanisms.founded_after_leaving: a leaving with nothing named leaves the group the
#    founders' role noun names; a leaving coordinated inside the clause counts)


@pytest.mark.parametrize(
    "text",
    [
        "The Valley Front was formed in 2010 by Mountain Brigade members who walked out in "
        "protest at the truce.",
        "The Valley Front was set up in 2010 by Tomas Reyes, a Mountain Brigade commander who "
        "opposed the truce and left it.",
    ],
)
def test_founders_who_left_their_group_found_a_split(text: str):
    found = named_events(text)
    assert has(found, "Valley Front", "REJECT", "Mountain Brigade"), found


@pytest.mark.parametrize(
    "text",
    [
        "The Valley Front was formed in 2010 by Mountain Brigade members who never walked out.",
        "The Valley Front was formed in 2010 by Mountain Brigade members who had studied abroad.",
        "The Valley Front was set up in 2010 by Tomas Reyes, a Mountain Brigade commander who "
        "opposed the truce but did not leave it.",
        "The Valley Front may have been formed by Mountain Brigade members who walked out in "
        "protest.",
    ],
)
def test_founders_without_a_leaving_twins_stay_unasserted(text: str):
    found = named_events(text)
    assert not asserted_between(found, "Valley Front", "Mountain Brigade"), found


@pytest.mark.parametrize(
    ("text", "date", "a", "etype", "b"),
    [
        (
            "In 2015 Ansar al-Sharia fighters ambushed LNA soldiers outside Derna.",
            "2015-05-01",
            "Ansar al-Shariah (Libya)",
            "ASSAULT",
            "Libyan National Army",
        ),
        (
            "Officials in Dhaka said JMB gunmen were trained by HuJI-B instructors in 2003.",
            "2004-05-01",
            "Harkat-ul-Jihad",
            "AID",
            "Jamaat-ul-Mujahideen",
        ),
    ],
)
def test_world_words_choose_the_namesake(text: str, date: str, a: str, etype: str, b: str):
    found = named_events(text, date)
    assert has(found, a, etype, b), found


def test_namesake_outside_its_world_is_not_chosen():
    found = named_events("Ansar al-Sharia attacked a police post in Kairouan.", "2013-06-01")
    assert not any("Libya" in s or "Libya" in t for s, _g, t, _m in found), found
