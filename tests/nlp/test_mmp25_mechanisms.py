"""mmp25 mechanisms, on invented sentences with negated, hedged and look-alike twins.

Each case is a sentence nobody reported; the events are (source, PLOVER type, target,
modality) by organisation name (:func:`tests.nlp.conftest.named_events`).
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_between, has, named_events

# -- a subject the parser hung on the phrase that opens the sentence (clauses.fronted_subject)


@pytest.mark.parametrize(
    ("text", "a", "etype", "b"),
    [
        (
            "During the 2016 siege of Aleppo city, Ahrar al-Sham and the Nusra Front set up a "
            "joint command.",
            "Ahrar",
            "COOPERATE",
            "Nusra",
        ),
        (
            "In the fighting for Gao, the MNLA and MUJAO fought each other.",
            "Azawad",
            "ASSAULT",
            "Oneness",
        ),
        (
            "After the fall of Menaka in 2018, GATIA and the MNLA ran a joint patrol force.",
            "Imghad",
            "COOPERATE",
            "Azawad",
        ),
    ],
)
def test_fronted_phrase_keeps_the_coordinated_subject(text: str, a: str, etype: str, b: str):
    found = named_events(text)
    assert has(found, a, etype, b) and has(found, b, etype, a), found


@pytest.mark.parametrize(
    "text",
    [
        "In the fighting for Gao, the MNLA and MUJAO did not fight each other.",
        "During the 2016 siege of Aleppo city, Ahrar al-Sham and the Nusra Front may have set "
        "up a joint command.",
        "After the fall of Menaka in 2018, GATIA and the MNLA planned to run a joint patrol force.",
    ],
)
def test_fronted_phrase_twins_stay_unasserted(text: str):
    found = named_events(text)
    assert not asserted_between(found, "", ""), found


def test_fronted_list_of_groups_is_left_to_the_parse():
    # the fronted phrase names groups of its own: its list is not read as the subject
    found = named_events("After talks with Ansar Dine, AQIM and MUJAO attacked the MNLA.")
    assert not has(found, "Ansar", "ASSAULT", "Azawad"), found


def test_siege_of_a_town_is_not_an_attack_on_the_partners():
    found = named_events(
        "During the siege of Sirte, Ansar Dine and AQIM coordinated their attacks."
    )
    assert has(found, "Ansar", "COOPERATE", "Maghreb"), found
    assert not has(found, "Ansar", "ASSAULT", "Maghreb", None), found


# -- members of every group of a coordinated 'of' phrase (code._member_noun, SentenceCoder._subject)


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of Ansar Dine and ISWAP clashed near Monguno in 2019.",
        "Militants of the MNLA and of MUJAO fought repeated battles near Gao in 2012.",
    ],
)
def test_members_of_two_groups_fight_each_other(text: str):
    found = named_events(text)
    assert len({e for e in found if e[1] == "ASSAULT" and e[3] == "asserted"}) >= 2, found
    (a, _t, b, _m) = next(e for e in found if e[1] == "ASSAULT" and e[3] == "asserted")
    assert has(found, b, "ASSAULT", a), found


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of Ansar Dine and ISWAP did not clash near Monguno in 2019.",
        "Militants of the MNLA and of MUJAO may have fought near Gao in 2012.",
    ],
)
def test_members_of_two_groups_twins_stay_unasserted(text: str):
    found = named_events(text)
    assert not any(e[3] == "asserted" for e in found), found


def test_members_of_two_groups_attack_a_third():
    found = named_events("Fighters of Ansar Dine and ISWAP attacked the MNLA near Gao.")
    assert has(found, "Ansar", "ASSAULT", "Azawad"), found
    assert has(found, "West Africa", "ASSAULT", "Azawad"), found


# -- a split told through the founders' leader (mechanisms.founded_after_leaving;
#    events.yaml founders_leader_preps)


def test_founders_under_a_leader_who_broke_away():
    found = named_events(
        "The Kestrel Brigade was set up in 2011 by gunmen under Omar Zaidi who had broken away "
        "from Ansar Dine."
    )
    assert has(found, "Kestrel", "REJECT", "Ansar"), found


@pytest.mark.parametrize(
    "text",
    [
        "The Kestrel Brigade was set up in 2011 by gunmen under Omar Zaidi who never left "
        "Ansar Dine.",
        "The Kestrel Brigade may have been set up in 2011 by gunmen under Omar Zaidi who had "
        "broken away from Ansar Dine.",
    ],
)
def test_founders_under_a_leader_twins(text: str):
    found = named_events(text)
    assert not has(found, "Kestrel", "REJECT", "Ansar"), found


# -- a group named in the 'of' phrase of an armed noun (mentions._name_after;
#    group_words.yaml of_phrase_member_nouns)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("In 2021 the ELN ambushed fighters of the Segunda Kestrel near Cucuta.", "Segunda"),
        ("In 2019 Ansar Dine attacked dissidents of the Kestrel Nights near Gao.", "Kestrel"),
    ],
)
def test_name_in_an_armed_nouns_of_phrase_is_a_group(text: str, group: str):
    found = named_events(text)
    assert any(e[1] == "ASSAULT" and group in e[2] and e[3] == "asserted" for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 Ansar Dine did not attack dissidents of the Kestrel Nights near Gao.",
        "In 2019 members of Parliament condemned the Kestrel Nights.",
    ],
)
def test_name_in_an_of_phrase_twins(text: str):
    found = named_events(text)
    assert not any(e[3] == "asserted" and "Parliament" in e[0] for e in found), found
    assert not any(e[1] == "ASSAULT" and e[3] == "asserted" for e in found), found


# -- a group told with its leader after 'of' (extract._leader_tail)


def test_group_of_its_leader_is_the_group():
    found = named_events("In 2015 the Zorbla Front of Omar Kestrel attacked Ansar Dine near Gao.")
    assert has(found, "Zorbla Front", "ASSAULT", "Ansar"), found
    assert not any("Kestrel" in e[0] for e in found if e[1] == "ASSAULT"), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a place after 'of' stays in the name
        ("In 2015 the Liberation Front of Zorbla attacked Ansar Dine near Gao.", "of Zorbla"),
        # a group word after 'of' stays in the name
        ("In 2015 the Brigades of Omar Kestrel Battalion attacked Ansar Dine.", "Battalion"),
    ],
)
def test_of_tail_that_is_no_person_stays(text: str, name: str):
    found = named_events(text)
    assert any(name in e[0] for e in found if e[1] == "ASSAULT"), found


def test_group_of_its_leader_negated_twin():
    found = named_events("In 2015 the Zorbla Front of Omar Kestrel did not attack Ansar Dine.")
    assert not any(e[3] == "asserted" for e in found), found


# -- the main verb after a non-restrictive relative clause (clauses.verb_after_relative)


def test_main_verb_after_a_whose_clause():
    found = named_events(
        "Zorbi Kalam, whose gunmen burned schools in 2010, operated as the Malian arm of AQIM."
    )
    assert has(found, "Zorbi Kalam", "COOPERATE", "Maghreb"), found


def test_main_verb_after_a_whose_clause_hedged_twin():
    found = named_events(
        "Zorbi Kalam, whose gunmen burned schools in 2010, may have operated as the Malian arm "
        "of AQIM."
    )
    assert not has(found, "Zorbi Kalam", "COOPERATE", "Maghreb"), found
