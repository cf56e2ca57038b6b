"""mmp42: what a verb of searching is "for" is not found ("police looked for ties between X
and Y"); the core of a coalition told by a noun ("X was the largest bloc of Y"); a singular
unit noun in a verb's "as" phrase ("X fought as a local battalion of Y"); "the division" and
"the legion" standing for the group whose name holds them; and groups of other regions the
knowledge base lacked or knew by one name only.

Each case is an invented sentence about real or invented groups (nobody reported it), with a
negated or hedged twin that asserts nothing where one applies; the events are (source id,
PLOVER type, target id) as the API prints them. The code is riftwatch.nlp.modality.
_searched_for (cues.yaml ``searching_verbs``), events.yaml ``membership_nouns``,
riftwatch.nlp.mechanisms._unit_noun and cues.yaml ``name_kind_nouns``; the groups are in
src/riftwatch/actors/data/curated/world_groups_mmp42.yaml.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_events
from tests.nlp.conftest import api_types_directed as _between

from riftwatch.actors import resolve_mention

HAMZA = "org:hamza-division"
SNA = "org:syrian-national-army"
HEZBOLLAH = "org:hezbollah"
HAMAS = "org:hamas"


def test_ties_looked_for_are_not_asserted() -> None:
    text = "Lebanese prosecutors searched for links between Hezbollah and Hamas but found none."
    assert _between(text, "2016-05-01", HEZBOLLAH, HAMAS) == []
    assert _between(text, "2016-05-01", HAMAS, HEZBOLLAH) == []


def test_ties_found_are_still_asserted() -> None:
    text = "Lebanese prosecutors said that Hezbollah had cooperated with Hamas in 2016."
    assert "COOPERATE" in _between(text, "2016-05-01", HEZBOLLAH, HAMAS)


@pytest.mark.parametrize("noun", ["largest bloc", "core", "backbone"])
def test_a_coalitions_core_is_its_member(noun: str) -> None:
    text = f"In 2019 the Hamza Division was the {noun} of the Syrian National Army."
    assert "COOPERATE" in _between(text, "2019-06-01", HAMZA, SNA)


def test_a_former_core_is_no_member_now() -> None:
    text = "In 2023 the Hamza Division, the former core of the Syrian National Army, stood apart."
    assert "COOPERATE" not in _between(text, "2023-06-01", HAMZA, SNA)


def test_a_unit_noun_in_an_as_phrase_is_membership() -> None:
    text = "In 2019 the Hamza Division fought as a northern brigade of the Syrian National Army."
    assert "COOPERATE" in _between(text, "2019-06-01", HAMZA, SNA)


def test_the_division_stands_for_the_group_named_with_it() -> None:
    text = (
        "The Hamza Division is a Turkish-backed faction of Aleppo. In 2016 the division "
        "attacked the Islamic State near al-Bab."
    )
    twin = (
        "The Hamza Division is a Turkish-backed faction of Aleppo. In 2016 the division "
        "denied attacking the Islamic State near al-Bab."
    )
    assert "ASSAULT" in _between(text, "2016-10-01", HAMZA, "org:islamic-state")
    assert "ASSAULT" not in _between(twin, "2016-10-01", HAMZA, "org:islamic-state")


@pytest.mark.parametrize(
    ("name", "date", "ident"),
    [
        ("Forces Armées du Peuple Congolais", "2004-01-01",
         "org:armed-forces-of-the-congolese-people"),
        ("Amhara regional special forces", "2021-01-01", "org:amhara-special-forces"),
        ("Brigada Blanca", "1978-01-01", "org:brigada-blanca"),
        ("Liga Comunista 23 de Septiembre", "1975-01-01",
         "org:23rd-of-september-communist-league"),
        ("Ação Libertadora Nacional", "1969-01-01", "org:alianca-libertadora-nacional"),
        ("MR-8", "1969-01-01", "org:revolutionary-movement-of-october-8"),
        ("Oplot brigade", "2015-01-01", "org:oplot-battalion"),
        ("Turaifie group", "2018-01-01", "org:dawlah-islamiyah-turaifie"),
        ("Front de libération de l'Aïr et de l'Azawad", "1992-01-01",
         "org:front-for-the-liberation-of-air-and-azawad"),
        ("Sanadid Forces", "2016-01-01", "org:jaysh-al-sanadeed"),
        ("South Sudan Liberation Army", "2011-06-01", "org:south-sudan-liberation-army"),
        ("Sudanese Awakening Revolutionary Council", "2016-01-01",
         "org:sudanese-awakening-revolutionary-council"),
    ],
)  # fmt: skip
def test_curated_groups_resolve(name: str, date: str, ident: str) -> None:
    actor = resolve_mention(name, date).get("actor") or {}
    assert actor.get("id") == ident


@pytest.mark.parametrize(
    ("name", "date", "context", "ident"),
    [
        ("FAPC", "2004-01-01", "a militia of Ituri in the Congo",
         "org:armed-forces-of-the-congolese-people"),
        ("ALN", "1969-01-01", "guerrillas of Brazil under the military regime",
         "org:alianca-libertadora-nacional"),
        ("Oplot", "2014-08-01", "separatists of the Donetsk region", "org:oplot-battalion"),
        ("FLAA", "1992-01-01", "Tuareg rebels of northern Niger",
         "org:front-for-the-liberation-of-air-and-azawad"),
        ("SSLA", "2011-06-01", "rebels of Unity state in South Sudan",
         "org:south-sudan-liberation-army"),
    ],
)  # fmt: skip
def test_gated_names_need_their_words(name: str, date: str, context: str, ident: str) -> None:
    with_words = resolve_mention(name, date, context).get("actor") or {}
    alone = resolve_mention(name, date).get("actor") or {}
    assert with_words.get("id") == ident
    assert alone.get("id") != ident


def test_a_leaders_men_are_his_groups() -> None:
    text = (
        "Musa Hilal refused to hand over his weapons to Khartoum. In 2017 his men clashed "
        "with the Rapid Support Forces near Kutum."
    )
    events = [(e["source"]["id"], e["target"]["id"]) for e in api_events(text, "2017-10-01")
              if e["modality"] == "asserted"]  # fmt: skip
    assert ("org:sudanese-awakening-revolutionary-council", "org:rapid-support-forces") in events
