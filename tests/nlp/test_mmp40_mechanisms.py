"""mmp40: a group introduced by a copular predicate ("Y was a messianic sect", "Y is a unit of
volunteers") is what a later "the sect", "the unit's fighters" stands for, and groups of other
regions the knowledge base lacked.

Each case is an invented sentence about real or invented groups (nobody reported it), with a
negated or hedged twin that asserts nothing; the events are (source id, PLOVER type, target
id) as the API prints them. The nouns are in src/riftwatch/nlp/lexicon/coref.yaml
(``introduced_nouns``); the groups in src/riftwatch/actors/data/curated/world_groups_mmp40.yaml.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_events
from tests.nlp.conftest import api_types_directed as _between
from tests.nlp.conftest import resolved_id as _org

HEZBOLLAH = "org:hezbollah"
AMAL = "org:amal"


CASES = [
    (  # "the sect's gunmen" after "Y was a ... sect": Y, the one so introduced
        "The Soldiers of Heaven were a small apocalyptic sect of southern Iraq. In 2007 the "
        "sect's gunmen ambushed Iraqi police near Karbala.",
        "The Soldiers of Heaven were a small apocalyptic sect of southern Iraq. In 2007 the "
        "sect's gunmen were said to be planning an ambush on Iraqi police near Karbala.",
        "2007-01-15",
        "org:soldiers-of-heaven",
        "country:iraq",
        "ASSAULT",
    ),
    (  # "the unit's soldiers" after "Y is a ... unit"
        "The Aidar Battalion is a volunteer unit raised in 2014. That autumn the unit's "
        "soldiers shelled positions of the Luhansk People's Republic near Shchastia.",
        "The Aidar Battalion is a volunteer unit raised in 2014. That autumn the unit's "
        "soldiers denied shelling positions of the Luhansk People's Republic near Shchastia.",
        "2014-10-01",
        "org:aidar-battalion",
        "org:luhansk-people-republic",
        "ASSAULT",
    ),
    (  # "the coalition's men" after "Y is a coalition of ...", fighting beside an army
        "The Collectif des Mouvements pour le Changement is a coalition of Hutu militias of "
        "North Kivu. In 2023 the coalition's men fought alongside the Congolese army near "
        "Kitshanga.",
        "The Collectif des Mouvements pour le Changement is a coalition of Hutu militias of "
        "North Kivu. In 2023 the coalition's men refused to fight alongside the Congolese "
        "army near Kitshanga.",
        "2023-02-01",
        "org:collectif-des-mouvements-pour-le-changement",
        "country:democratic-republic-of-the-congo",
        "COOPERATE",
    ),
]


@pytest.mark.parametrize(("text", "twin", "date", "a", "b", "kind"), CASES)
def test_asserted_pair_and_its_twin(
    text: str, twin: str, date: str, a: str, b: str, kind: str
) -> None:
    """The asserted sentence codes the act; its twin asserts nothing of that kind."""
    assert kind in _between(text, date, a, b), api_events(text, date)
    assert kind not in _between(twin, date, a, b), api_events(twin, date)


def test_an_alliance_not_so_introduced_stands_for_none() -> None:
    """With no group introduced as "an alliance", "the alliance" is nobody's: a relation noun
    ("the alliance between X and Y", "the alliance's collapse") names no party."""
    text = ("Amal fought Hezbollah in Beirut in 1988. The alliance's gunmen later attacked a "
            "checkpoint of the Lebanese army.")  # fmt: skip
    events = api_events(text, "1988-06-01")
    assert not [e for e in events if e["event_type"] == "ASSAULT"
                and e["source"]["id"] in (AMAL, HEZBOLLAH)
                and "checkpoint" in e["sentence"]], events  # fmt: skip


def test_a_predicate_of_another_kind_introduces_nothing() -> None:
    """ "Y was a sect" makes Y "the sect", not "the unit": another noun finds no group."""
    text = ("The Soldiers of Heaven were a sect of southern Iraq. In 2007 the unit's gunmen "
            "ambushed Iraqi police near Karbala.")  # fmt: skip
    assert not _between(text, "2007-01-15", "org:soldiers-of-heaven", "country:iraq")


def test_curated_groups_resolve() -> None:
    """The mmp40 groups by their names and the spellings reports use."""
    assert _org("Army of Heaven", "2007-01-01", "Najaf") == "org:soldiers-of-heaven"
    assert _org("Jund al-Sham", "2007-01-01", "Ain al-Hilweh") != "org:soldiers-of-heaven"
    assert _org("Quwat al-Nimr", "2016-01-01", "Aleppo") == "org:tiger-forces"
    assert _org("Kastuś Kalinoŭski Regiment", "2023-01-01", "Ukraine") == (
        "org:kastus-kalinouski-regiment"
    )
    assert _org("Ejército del Pueblo Paraguayo", "2015-01-01", "Concepción") == (
        "org:paraguayan-people-army"
    )
    assert _org("Mouvement des Nigériens pour la Justice", "2008-01-01", "Agadez") == (
        "org:niger-movement-for-justice"
    )
    assert _org("Carteles Unidos", "2022-01-01", "Michoacán") == "org:carteles-unidos"
    assert _org("Oodua People's Congress", "2001-01-01", "Lagos") == "org:odua-peoples-congress"
    assert _org("Montoneros", "1975-01-01", "Buenos Aires") == "org:montonero-peronist-movement"
    assert _org("Devrimci Yol", "1979-01-01", "Istanbul") == "org:devrimci-yol"


def test_gated_names_need_their_words() -> None:
    """The bare "Green Berets", "Kraken", "Aidar" and "EPP" only with their country's words:
    the American special forces, a sea monster, a river and a European party stay out."""
    for short, ident, near, far, date in (
        ("Green Berets", "org:green-berets-bosnia", "Bosniak fighters in Sarajevo",
         "American special forces in Vietnam", "1992-06-01"),
        ("Kraken", "org:kraken-unit", "Ukrainian volunteers near Kharkiv",
         "a legend of Norwegian sailors", "2022-06-01"),
        ("Aidar", "org:aidar-battalion", "a volunteer battalion in Ukraine",
         "a village well in Kazakhstan", "2014-09-01"),
        ("EPP", "org:paraguayan-people-army", "guerrillas in Concepción, Paraguay",
         "the group of parties in the European Parliament", "2015-01-01"),
    ):  # fmt: skip
        assert _org(short, date, near) == ident, short
        assert _org(short, date, far) != ident, short
