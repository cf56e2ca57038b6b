"""mmp32 mechanisms, on invented sentences with negated, hedged and look-alike twins.

Each case is a sentence nobody reported, about invented groups; the events are (source id,
PLOVER type, target id, modality) as the API prints them.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_events
from tests.nlp.conftest import api_id_events as _events

from riftwatch.actors.open import open_id
from riftwatch.nlp.acronyms import _connector_initials

TARVAN = open_id("Tarvan Brigades")
ORLEK = open_id("Orlek Front")


def _between(text: str, a: str, b: str) -> list:
    return [e for e in _events(text) if {e[0], e[2]} == {a, b} and e[3] == "asserted"]


def _split(text: str, splinter: str, parent: str) -> bool:
    events = api_events(text, "2019-01-01")
    return any(e["source"]["id"] == splinter and e["target"]["id"] == parent
               and e["event_type"] == "REJECT" and e.get("mode") == "split"
               and e["modality"] == "asserted" for e in events)  # fmt: skip


# -- a name the apposition calls a group runs on through its own 'of' phrase: "the Falcons of
# the Dawn, the militia of Y," is one name, not "Falcons" (mentions._of_name_tail), also when
# the appositive follows the phrase ("the Lions of the Kestrel Valley, a local militia,":
# extract._apposed_name_pattern); a people's noun before 'of' names no group ("Fighters of
# the Kestrel Front, a militia": the front)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Falcons of the Dawn, the militia of the Orlek Front, fought alongside the "
            "Tarvan Brigades in 2014.",
            "Falcons of the Dawn",
        ),
        (
            "The Lions of the Kestrel Valley, a local militia, fought beside the Tarvan "
            "Brigades in 2011.",
            "Lions of the Kestrel Valley",
        ),
        (
            "Fighters of the Kestrel Front, a local militia, fought beside the Tarvan Brigades "
            "in 2011.",
            "Kestrel Front",
        ),
    ],
)
def test_apposed_name_with_its_of_phrase(text: str, name: str) -> None:
    assert any(e[1] == "COOPERATE" for e in _between(text, open_id(name), TARVAN))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Falcons of the Dawn, the militia of the Orlek Front, never fought alongside "
            "the Tarvan Brigades.",
            "Falcons of the Dawn",
        ),
        (
            "Officials suspected that the Lions of the Kestrel Valley, a local militia, had "
            "fought beside the Tarvan Brigades, but this was never proven.",
            "Lions of the Kestrel Valley",
        ),
    ],
)
def test_apposed_name_negated_or_hedged_stays_unasserted(text: str, name: str) -> None:
    assert not _between(text, open_id(name), TARVAN)


# -- founders who broke away from a person (an unknown leader) leave the group of their own
# 'of' phrase: "commanders of Y broke away from P and formed X" is X's split from Y
# (mechanisms._person_left_for_group, _named_person); soldiers are founders like fighters
# ("soldiers of Y broke away and formed X"; events.yaml founder_nouns)


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 commanders of the Orlek Front broke away from Jamal Kestrel and formed the "
        "Tarvan Brigades.",
        "In 2019 fighters of the Orlek Front broke away from Ivan Sorbek and founded the Tarvan "
        "Brigades.",
        "Young soldiers of the Orlek Front broke away in 2003 and formed the Tarvan Brigades.",
    ],
)
def test_founders_split_from_their_own_group(text: str) -> None:
    assert _split(text, TARVAN, ORLEK)
    assert not _split(text, TARVAN, open_id("Jamal Kestrel"))


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 commanders of the Orlek Front were said to be planning to break away from "
        "Jamal Kestrel and form the Tarvan Brigades.",
        "In 2019 commanders of the Orlek Front did not break away from Jamal Kestrel to form "
        "the Tarvan Brigades.",
        "Soldiers of the Orlek Front were rumoured to have broken away in 2003 to form the "
        "Tarvan Brigades.",
    ],
)
def test_founders_split_negated_or_hedged_stays_unasserted(text: str) -> None:
    assert not _split(text, TARVAN, ORLEK)


# -- an acronym defined after a name may spell a Romance connector's letter ("the Irmandade
# do Sertao (IDS)"): the whole name is one open group and the acronym stands for it
# (acronyms._connector_initials; initialisms.yaml connectors "do", "dos", "das")


def test_acronym_spelling_a_connector() -> None:
    text = (
        "The Irmandade do Sertao (IDS) fought the Comando da Serra in 2018. In 2019 the IDS "
        "attacked the Orlek Front."
    )
    ids = open_id("Irmandade do Sertao")
    assert (ids, "ASSAULT", ORLEK, "asserted") in _events(text)
    negated = "The Irmandade do Sertao (IDS) did not fight the Comando da Serra in 2018."
    assert not _between(negated, ids, open_id("Comando da Serra"))


def test_connector_initials_keep_english_connectors_silent() -> None:
    assert "FDN" in _connector_initials("Familia do Norte")
    assert _connector_initials("Front of the South") == {"FS"}


# -- a knowledge-base group whose name is a common word (marked ambiguous: "Anole") is meant
# when a group noun follows the name ("the Anole militia"; mentions._ambiguous_group_name);
# the word alone, or before a member noun, stays unresolved


def test_ambiguous_group_name_before_a_group_noun() -> None:
    text = "The Anole militia fought beside the Orlek Front near Kismayo in 2010."
    assert any(e[1] == "COOPERATE" for e in _between(text, "org:anole", ORLEK))
    negated = "The Anole militia never fought beside the Orlek Front near Kismayo."
    assert not _between(negated, "org:anole", ORLEK)


def test_ambiguous_name_without_a_group_noun_stays_unknown() -> None:
    text = "An anole lizard sat on the wall of the Orlek Front's base in 2010."
    assert all("org:anole" not in (e[0], e[2]) for e in _events(text))


# -- "set up by former Y commanders under P": the parser may hang "former" on the first word
# of Y's name rather than on the founders' noun; the founders are still former members of Y
# (mechanisms._left_group: the adjective opening the noun's phrase)


def test_former_founders_with_the_adjective_on_the_name() -> None:
    text = (
        "Kata'ib Zorvan was set up in 2019 by former Kata'ib Hezbollah commanders under Abu "
        "Tarek al-Sorbi."
    )
    assert _split(text, open_id("Kata'ib Zorvan"), "org:kataib-hezbollah")


@pytest.mark.parametrize(
    "text",
    [
        "Kata'ib Zorvan was not set up by former Kata'ib Hezbollah commanders under Abu Tarek "
        "al-Sorbi.",
        "Kata'ib Zorvan may have been set up by former Kata'ib Hezbollah commanders under Abu "
        "Tarek al-Sorbi.",
    ],
)
def test_former_founders_negated_or_hedged_stays_unasserted(text: str) -> None:
    assert not _split(text, open_id("Kata'ib Zorvan"), "org:kataib-hezbollah")


# -- "and" joins two words of a cause inside one name: "Concord" and "Cooperation" are such
# words ("the Kestrel Front for Change and Concord"; name_cues.yaml cause_words)


def test_cause_pair_with_concord_is_one_name() -> None:
    name = open_id("Kestrel Front for Change and Concord")
    text = "In 2016 the Kestrel Front for Change and Concord attacked the Orlek Brigades."
    assert (name, "ASSAULT", open_id("Orlek Brigades"), "asserted") in _events(text)
    negated = "In 2016 the Kestrel Front for Change and Concord did not attack the Orlek Brigades."
    assert not _between(negated, name, open_id("Orlek Brigades"))
