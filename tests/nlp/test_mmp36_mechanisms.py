"""mmp36: a body "made a unit of" another, and groups and state forces the knowledge base
lacked or knew only by a dataset label (Republika Srpska's and Serbian Krajina's armies,
Puntland and Somaliland, Chad's UFDD, MEND, the AFDL by its full name).

Each case is an invented sentence about real groups (nobody reported it), with a negated,
hedged or denied twin that asserts nothing; the events are (source id, PLOVER type, target id)
as the API prints them. The groups live in
src/riftwatch/actors/data/curated/world_groups_mmp36.yaml; the making verb in
src/riftwatch/nlp/lexicon/events.yaml (``making_verbs``) and
src/riftwatch/nlp/mechanisms.py (``_holders``).
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_events
from tests.nlp.conftest import api_types_between as _between

UKRAINE = "country:ukraine"
GEORGIAN_LEGION = "open:georgian-legion"
VRS = "org:serbian-republic-of-bosnia-herzegovina"
SVK = "org:serbian-republic-of-krajina"
PUNTLAND = "org:puntland-state-of-somalia"
SOMALILAND = "org:republic-of-somaliland"
ISLAMIC_STATE = "org:islamic-state"
UFDD = "org:ufdd"
CHAD = "country:chad"
MEND = "org:movement-for-the-emancipation-of-the-niger-delta"
NIGERIA = "country:nigeria"
AFDL = "org:afdl"
RWANDA = "country:rwanda"


# -- each asserted case names the pair that must be linked; its twin (negated, hedged,
# denied or conditional) must assert nothing between the same pair

CASES = [
    (  # a body made a unit of another, in the passive
        "In 2017 the Georgian Legion was made a unit of the Ukrainian army.",
        "The Georgian Legion was not made a unit of the Ukrainian army.",
        "2017-05-01",
        GEORGIAN_LEGION,
        UKRAINE,
    ),
    (  # ... and in the active, where the parser gives the noun a clause of its own
        "In 2017 Kyiv made the Georgian Legion a unit of the Ukrainian army.",
        "Kyiv might make the Georgian Legion a unit of the Ukrainian army next year.",
        "2017-05-01",
        GEORGIAN_LEGION,
        UKRAINE,
    ),
    (  # Republika Srpska's army under its own name
        "The Army of Republika Srpska shelled Bosnian government positions near Gorazde.",
        "The Army of Republika Srpska denied shelling Bosnian government positions near Gorazde.",
        "1994-04-01",
        VRS,
        "org:bosnia-and-herzegovina-government",
    ),
    (  # the Krajina Serbs' army under its own name
        "Croatian troops overran the Army of the Republic of Serbian Krajina near Knin.",
        "Croatian troops did not attack the Army of the Republic of Serbian Krajina near Knin.",
        "1995-08-01",
        SVK,
        "country:croatia",
    ),
    (  # Puntland's forces as a party
        "Puntland's forces attacked Islamic State fighters in the Cal Miskaad hills of Bari.",
        "Puntland's forces may attack Islamic State fighters in the Cal Miskaad hills of Bari "
        "if the talks fail.",
        "2024-12-01",
        PUNTLAND,
        ISLAMIC_STATE,
    ),
    (  # Somaliland and Puntland as parties to a border war
        "Somaliland's army clashed with Puntland forces near Las Anod in Sool.",
        "Somaliland's army has not clashed with Puntland forces near Las Anod in Sool.",
        "2018-05-01",
        SOMALILAND,
        PUNTLAND,
    ),
    (  # Chad's UFDD
        "UFDD rebels attacked Chadian army positions near Abeche, in eastern Chad.",
        "UFDD rebels denied attacking Chadian army positions near Abeche, in eastern Chad.",
        "2007-11-01",
        UFDD,
        CHAD,
    ),
    (  # MEND by its abbreviation beside words of the Niger Delta
        "MEND fighters blew up a Nigerian army checkpoint in the creeks of the Niger Delta.",
        "MEND fighters may have blown up a Nigerian army checkpoint in the creeks of the "
        "Niger Delta, officials said.",
        "2008-09-01",
        MEND,
        NIGERIA,
    ),
    (  # the AFDL under its full name
        "Rwanda armed the Alliance of Democratic Forces for the Liberation of Congo-Zaire.",
        "Rwanda denied arming the Alliance of Democratic Forces for the Liberation of Congo-Zaire.",
        "1996-11-01",
        RWANDA,
        AFDL,
    ),
]


@pytest.mark.parametrize(
    ("text", "twin", "date", "a", "b"), CASES, ids=[f"{c[3]}-{c[4]}" for c in CASES]
)
def test_asserted_pair_and_its_twin(text: str, twin: str, date: str, a: str, b: str) -> None:
    """The asserted sentence links the pair; its twin asserts nothing between them."""
    assert _between(text, date, a, b), api_events(text, date)
    assert not _between(twin, date, a, b), api_events(twin, date)


def test_made_a_unit_is_cooperation_from_the_part() -> None:
    """ "X was made a unit of Y": a cooperation from the part to the whole, one way."""
    events = api_events("In 2017 the Georgian Legion was made a unit of the Ukrainian army.",
                        "2017-05-01")  # fmt: skip
    pairs = {(e["source"]["id"], e["event_type"], e["target"]["id"]) for e in events
             if e["modality"] == "asserted"}  # fmt: skip
    assert (GEORGIAN_LEGION, "COOPERATE", UKRAINE) in pairs, events
    assert not any(s == UKRAINE and t == GEORGIAN_LEGION for s, _, t in pairs), events


def test_made_something_else_is_no_membership() -> None:
    """ "made X a present of Y", "made Y a promise": no part of a whole, no event."""
    events = api_events("Kyiv made the Georgian Legion a present of rifles.", "2017-05-01")
    assert not [e for e in events if e["modality"] == "asserted"], events


def test_gated_names_need_their_words() -> None:
    """MEND, the Joint Task Force, the VRS, the SVK and a bare "Territorial Defence" only
    with words of their country near: elsewhere they name no one (or another body)."""
    from riftwatch.actors import resolve_mention

    def org(mention: str, date: str, context: str | None) -> str | None:
        return (resolve_mention(mention, date, context).get("actor") or {}).get("id")

    assert org("MEND", "2008-01-01", "oil pipelines in the Niger Delta") == MEND
    assert org("MEND", "2008-01-01", None) is None
    assert org("Joint Task Force", "2009-05-01", "creeks of the Niger Delta") == NIGERIA
    assert org("Joint Task Force", "2009-05-01", "a naval exercise in the Pacific") is None
    assert org("VRS", "1995-07-01", "Mladic's troops near Srebrenica") == VRS
    assert org("VRS", "1995-07-01", None) is None
    assert org("Territorial Defence", "1991-06-28", "Ljubljana, Slovenia") == (
        "org:slovenian-territorial-defence"
    )
    assert org("Territorial Defence", "2022-03-01", "Kyiv, Ukraine") != (
        "org:slovenian-territorial-defence"
    )
