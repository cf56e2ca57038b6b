"""mmp41: two groups that fought each other "for" a place fought over it (no support for the
place or each other); a person's kind noun in apposition ("X, Ayo Kestrel's gang, ...") is
what a later "the gang" stands for; and groups of other regions the knowledge base lacked.

Each case is an invented sentence about real or invented groups (nobody reported it), with a
negated or hedged twin that asserts nothing; the events are (source id, PLOVER type, target
id) as the API prints them. The code is riftwatch.nlp.mechanisms.fought_for and
riftwatch.nlp.extract._APPOSED_OWNED_KIND; the groups are in
src/riftwatch/actors/data/curated/world_groups_mmp41.yaml.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_ids as _ids
from tests.nlp.conftest import api_types_directed as _between

from riftwatch.actors import resolve_mention

FNI = "org:fni"
UPC = "org:upc"
PCC = "org:primeiro-comando-da-capital"
SINDICATO = "org:sindicato-do-crime-do-rn"


def test_fighting_each_other_for_a_town_is_no_support() -> None:
    text = "In 2004 the FNI and the UPC battled one another for Mongbwalu and its gold mines."
    assert "ASSAULT" in _between(text, "2004-03-01", FNI, UPC)
    assert "ASSAULT" in _between(text, "2004-03-01", UPC, FNI)
    for a, b in ((FNI, UPC), (UPC, FNI)):
        assert "COOPERATE" not in _between(text, "2004-03-01", a, b)
    assert not any(i.startswith("open:mongbwalu") for i in _ids(text, "2004-03-01"))


def test_fighting_for_a_party_is_still_support() -> None:
    text = "In 2002 the FNI's men fought for the UPC near Aru."
    assert "COOPERATE" in _between(text, "2002-06-01", FNI, UPC)


def test_a_persons_kind_noun_in_apposition_introduces_the_group() -> None:
    text = (
        "The Sindicato do Crime, Ana Ribeiro's gang, runs two wings of the Natal jails. In "
        "2019 the gang attacked members of the Primeiro Comando da Capital in the prison yard."
    )
    twin = (
        "The Sindicato do Crime, Ana Ribeiro's gang, runs two wings of the Natal jails. In "
        "2019 the gang denied attacking members of the Primeiro Comando da Capital in the "
        "prison yard."
    )
    assert "ASSAULT" in _between(text, "2019-04-01", SINDICATO, PCC)
    assert "ASSAULT" not in _between(twin, "2019-04-01", SINDICATO, PCC)


def test_an_apposed_relative_introduces_no_group() -> None:
    """ "X, Ayo Kestrel's brother, ...": a person, no kind noun; "the gang" stays unnamed."""
    text = (
        "The Sindicato do Crime hired Tomas Lima, Ana Ribeiro's brother, in 2018. In 2019 the "
        "gang attacked members of the Primeiro Comando da Capital in the prison yard."
    )
    assert "ASSAULT" not in _between(text, "2019-04-01", "open:tomas-lima", PCC)


@pytest.mark.parametrize(
    ("name", "date", "ident"),
    [
        ("Zeravani", "2015-01-01", "org:zerevani"),
        ("Roj Peshmerga", "2017-01-01", "org:rojava-peshmerga"),
        ("Shingal Resistance Units", "2016-01-01", "org:sinjar-resistance-units"),
        ("Northern Sun Battalion", "2015-01-01", "org:shams-al-shamal-battalion"),
        ("Tihamah Resistance", "2019-01-01", "org:tihama-resistance"),
        ("Front Patriotique de Libération", "2024-01-01",
         "org:front-patriotique-de-liberation-niger"),
        ("Cooperative for the Development of Congo", "2021-01-01", "org:codeco"),
        ("Afrikaner Resistance Movement", "1993-01-01", "org:afrikaner-weerstandsbeweging"),
        ("HPC-D", "1998-01-01", "org:hmar-peoples-convention-democracy"),
        ("Pyatnashka Brigade", "2016-01-01", "org:pyatnashka"),
        ("Kraze Barye", "2024-01-01", "org:kraze-barye"),
        ("Union des Patriotes Congolais", "2003-01-01", UPC),
        ("Nationalist and Integrationist Front", "2003-01-01", FNI),
        ("Front de liberation du Quebec", "1969-01-01", "org:liberation-front-of-quebec"),
        ("Ejercito Revolucionario Guevarista", "1995-01-01",
         "org:guevarista-revolutionary-army"),
        ("Central Bolívar Bloc", "2003-01-01", "org:bloque-central-bolivar"),
        ("Kachin Defence Army", "1995-01-01", "org:kachin-defense-army"),
    ],
)  # fmt: skip
def test_curated_groups_resolve(name: str, date: str, ident: str) -> None:
    actor = resolve_mention(name, date).get("actor") or {}
    assert actor.get("id") == ident


@pytest.mark.parametrize(
    ("name", "date", "context", "ident"),
    [
        ("YBS", "2016-01-01", "Yazidi fighters of Sinjar", "org:sinjar-resistance-units"),
        ("FPL", "2024-01-01", "rebels in Niger demanding Bazoum's release",
         "org:front-patriotique-de-liberation-niger"),
        ("PCC", "2017-01-01", "a prison gang of Brazil", PCC),
    ],
)  # fmt: skip
def test_gated_names_need_their_words(name: str, date: str, context: str, ident: str) -> None:
    with_words = resolve_mention(name, date, context).get("actor") or {}
    alone = resolve_mention(name, date).get("actor") or {}
    assert with_words.get("id") == ident
    assert alone.get("id") != ident


def test_the_old_name_of_congo_stays_a_country_before_the_militia() -> None:
    actor = resolve_mention("Zaire", "1990-01-01", "Hema and Lendu of Ituri").get("actor") or {}
    assert actor.get("id") != "org:zaire-militia-ituri"
