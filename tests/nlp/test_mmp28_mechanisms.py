"""mmp28 mechanisms, on invented sentences with negated, hedged and look-alike twins.

Each case is a sentence nobody reported; the events are (source, PLOVER type, target,
modality) by organisation name (:func:`tests.nlp.conftest.named_events`).
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_between, has, named_events

# -- a list the parser hung on an inner word of a long name (code.SentenceCoder._name_conjuncts)


@pytest.mark.parametrize(
    ("text", "one", "other", "etype"),
    [
        (
            "Fighters of Harakat al-Nujaba and Kata'ib Hezbollah guarded the shrine side by side "
            "in 2016.",
            "Nujaba",
            "Kata'ib Hezbollah",
            "COOPERATE",
        ),
        (
            "The Democratic Party of Iranian Kurdistan and the Zorblan Front fought each other "
            "near the border in 1986.",
            "Democratic Party of Iranian Kurdistan",
            "Zorblan Front",
            "ASSAULT",
        ),
    ],
)
def test_a_partner_hung_inside_a_long_name_is_the_names(text, one, other, etype):
    found = named_events(text)
    assert has(found, one, etype, other) and has(found, other, etype, one), found


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of Harakat al-Nujaba and Kata'ib Hezbollah did not guard the shrine side by "
        "side in 2016.",
        "The Democratic Party of Iranian Kurdistan and the Zorblan Front may have fought each "
        "other near the border in 1986.",
    ],
)
def test_a_partner_hung_inside_a_long_name_keeps_modality(text):
    found = named_events(text)
    assert not {e for e in found if e[3] == "asserted" and e[1] in ("COOPERATE", "ASSAULT")}, found


# -- "X and Y waged war": a war between the two (nominals.yaml war, frame symmetric)


def test_two_groups_that_waged_war_fought_each_other():
    found = named_events(
        "The Volta Army and the Zorblan Front waged open war in the hills in 1999."
    )
    assert has(found, "Volta Army", "ASSAULT", "Zorblan Front"), found
    assert has(found, "Zorblan Front", "ASSAULT", "Volta Army"), found


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Army and the Zorblan Front never waged war in the hills.",
        "The Volta Army and the Zorblan Front might wage war in the hills next year.",
    ],
)
def test_war_not_waged_is_not_asserted(text):
    assert not asserted_between(named_events(text), "Volta", "Zorblan"), named_events(text)


def test_allies_waging_war_on_a_third_are_not_foes():
    found = named_events(
        "The Volta Army and the Zorblan Front waged war on the Kelso Militia in 1999."
    )
    assert not {e for e in found if e[1] == "ASSAULT" and "Volta" in e[0] and "Zorblan" in e[2]}


# -- ground taken from a party (mechanisms.ground_taken_from; cues.yaml ground_taking_verbs)


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Army took the town of Brenmar from the Zorblan Front in 2003.",
        "The Volta Army took control of the valley from the Zorblan Front in 2003.",
        "In 2003 the Volta Army took Brenmar from the Zorblan Front after a week of fighting.",
        "The town was taken from the Zorblan Front by the Volta Army in 2003.",
    ],
)
def test_ground_taken_from_a_group_is_a_seizure(text):
    found = named_events(text, "2003-12-31")
    assert has(found, "Volta Army", "COERCE", "Zorblan Front"), found


@pytest.mark.parametrize(
    "text",
    [
        # negated, hedged, intended
        "The Volta Army did not take the town of Brenmar from the Zorblan Front in 2003.",
        "The Volta Army may have taken the town from the Zorblan Front in 2003.",
        "The Volta Army hoped to take the town from the Zorblan Front.",
        # look-alikes: no ground taken
        "The Volta Army took part in talks with the Zorblan Front in 2003.",
        "The Volta Army took the town of Brenmar from its mayor in 2003.",
    ],
)
def test_ground_not_taken_from_a_group_is_no_asserted_seizure(text):
    found = named_events(text, "2003-12-31")
    assert not has(found, "Volta Army", "COERCE", "Zorblan Front"), found


# -- a subject the parser read into a fronted date (code.SentenceCoder._subject_in_date)


def test_a_subject_read_into_a_fronted_date_is_the_subject():
    found = named_events(
        "In the winter of 2017 MNLA fighters, backed by French drones, raided MUJAO camps near "
        "Gao.",
        "2017-12-31",
    )
    assert has(found, "National Movement for the Liberation of Azawad", "ASSAULT", "Oneness"), found


@pytest.mark.parametrize(
    "text",
    [
        "In the winter of 2017 MNLA fighters, backed by French drones, did not raid MUJAO camps "
        "near Gao.",
        "In the winter of 2017 MNLA fighters, backed by French drones, may have raided MUJAO "
        "camps near Gao.",
    ],
)
def test_a_subject_read_into_a_fronted_date_keeps_modality(text):
    found = named_events(text, "2017-12-31")
    assert not has(found, "National Movement for the Liberation of Azawad", "ASSAULT", "Oneness"), (
        found
    )


# -- a first name the parser made the root, its partner the verb's only subject
# -- (code.SentenceCoder._stranded_first_conjunct)


@pytest.mark.parametrize(
    "text",
    [
        "Nusra and Jaish al-Muhajireen wal-Ansar stormed the Kuweires air base together in 2014.",
        "Nusra and Jaish al-Muhajireen wal-Ansar stormed a prison near Hama together in 2014.",
    ],
)
def test_a_stranded_first_name_is_a_subject_too(text):
    found = named_events(text, "2014-12-31")
    assert has(found, "Nusra", "COOPERATE", "Emigrants"), found
    assert has(found, "Emigrants", "COOPERATE", "Nusra"), found


def test_a_stranded_first_name_keeps_modality():
    found = named_events(
        "Nusra and Jaish al-Muhajireen wal-Ansar may have stormed the Kuweires air base together "
        "in 2014.",
        "2014-12-31",
    )
    assert not asserted_between(found, "Nusra", "Emigrants"), found
    assert not asserted_between(found, "Emigrants", "Nusra"), found


# -- a comitative phrase hung on the verb's object (code.SentenceCoder._comitative_on_object)


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        (
            "Ahrar al-Sham sent its fighters into the Army of Conquest operations room alongside "
            "the Nusra Front in 2015.",
            "Ahrar al-Sham",
            "Nusra",
        ),
        (
            "Jaysh al-Islam moved its units into the Fatah Halab operations room alongside Ahrar "
            "al-Sham in 2015.",
            "Jaysh al-Islam",
            "Ahrar al-Sham",
        ),
    ],
)
def test_alongside_on_the_verbs_object_is_a_joint_act(text, one, other):
    found = named_events(text, "2015-12-31")
    assert has(found, one, "COOPERATE", other), found


@pytest.mark.parametrize(
    "text",
    [
        "Jaysh al-Islam never moved its units into the Fatah Halab operations room alongside "
        "Ahrar al-Sham.",
        "Jaysh al-Islam reportedly planned to move its units into the Fatah Halab operations room "
        "alongside Ahrar al-Sham.",
    ],
)
def test_alongside_on_the_verbs_object_keeps_modality(text):
    assert not asserted_between(named_events(text, "2015-12-31"), "Jaysh al-Islam", "Ahrar")


def test_a_place_alongside_is_no_partner():
    found = named_events("The Volta Army camped in the valley alongside the river in 2015.")
    assert not {e for e in found if e[1] == "COOPERATE"}, found


# -- a message speaks for whoever issued it, not for whoever reacted to it
# -- (written.message_issuer; cues.yaml message_issuing_verbs)


def test_an_issued_statement_praising_a_group_is_the_issuers_praise():
    found = named_events(
        "The Volta Army issued a statement praising the Zorblan Front in 2016.", "2016-12-31"
    )
    assert has(found, "Volta Army", "SUPPORT", "Zorblan Front"), found


@pytest.mark.parametrize(
    "text",
    [
        "AQAP condemned a statement praising the Islamic State in 2016.",
        "The Volta Army rejected a statement praising the Zorblan Front in 2016.",
    ],
)
def test_a_condemned_statement_is_no_praise_by_its_critic(text):
    found = named_events(text, "2016-12-31")
    assert not {e for e in found if e[1] == "SUPPORT"}, found
