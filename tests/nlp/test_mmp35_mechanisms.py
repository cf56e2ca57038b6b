"""mmp35: groups the knowledge base lacked, a leader named after his group's title, a leader
leading "his" group, and a 'by' agent shared by coordinated participles.

Each case is an invented sentence about real groups (nobody reported it), with a negated or
hedged twin that asserts nothing; the events are (source id, PLOVER type, target id) as the API
prints them. The groups live in src/riftwatch/actors/data/curated/world_groups_mmp35.yaml; the
ties in src/riftwatch/nlp/ties.py; the shared agent in src/riftwatch/nlp/code.py.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_events
from tests.nlp.conftest import api_types_between as _between

IRGC = "org:irgc"
ZAINEBIYOUN = "org:liwa-zainebiyoun"
MAGHAWIR = "org:maghawir-al-thawra"
US = "org:us-military"
KADYROVTSY = "org:kadyrovtsy"
ICHKERIA = "org:chechen-republic-of-ichkeria"
ERITREA = "country:eritrea"
ETHIOPIA = "country:ethiopia"
VENEZUELA = "country:venezuela"
CHAD = "country:chad"
FACT = "org:front-for-change-and-concord-in-chad"
SLM_A = "org:slm-a"
RENAMO = "org:renamo"
MOZAMBIQUE = "org:mozambique-government"


# -- each asserted case names the pair that must be linked; its twin (negated, hedged,
# denied or conditional) must assert nothing between the same pair

CASES = [
    (  # a 'by' agent shared by the participles coordinated before it
        "The Zainebiyoun brigade was recruited, paid and commanded by Iran's Revolutionary Guards.",
        "The Zainebiyoun brigade was never recruited, paid or commanded by Iran's Revolutionary "
        "Guards, officials said.",
        "2016-03-01",
        IRGC,
        ZAINEBIYOUN,
    ),
    (
        "Maghawir al-Thawra, a rebel faction of al-Tanf, was recruited, paid and advised by "
        "American special forces.",
        "Maghawir al-Thawra, a rebel faction of al-Tanf, may have been recruited, paid and "
        "advised by American special forces.",
        "2018-05-01",
        US,
        MAGHAWIR,
    ),
    (  # the group's title before the person: the parse takes "leader" into the group's name
        "RENAMO leader Ossufo Momade and President Filipe Nyusi signed a truce in Gorongosa.",
        "RENAMO leader Ossufo Momade and President Filipe Nyusi did not sign a truce in Gorongosa.",
        "2019-08-01",
        RENAMO,
        MOZAMBIQUE,
    ),
    (  # new groups and armies under their own names
        "The Kadyrovtsy ambushed Ichkerian fighters in the hills south of Grozny.",
        "The Kadyrovtsy denied ambushing Ichkerian fighters in the hills south of Grozny.",
        "2002-05-01",
        KADYROVTSY,
        ICHKERIA,
    ),
    (
        "The Eritrean Defence Forces fought alongside the Ethiopian National Defense Force "
        "near Shire.",
        "The Eritrean Defence Forces might fight alongside the Ethiopian National Defense "
        "Force near Shire if talks fail.",
        "2021-01-01",
        ERITREA,
        ETHIOPIA,
    ),
    (
        "The Chadian National Army clashed with FACT rebels near Nokou.",
        "The Chadian National Army said it had not clashed with FACT rebels near Nokou.",
        "2021-04-01",
        CHAD,
        FACT,
    ),
    (
        "Fighters of the Sudan Liberation Army joined the Sudanese army against the RSF.",
        "Fighters of the Sudan Liberation Army did not join the Sudanese army against the RSF.",
        "2024-01-01",
        SLM_A,
        "country:sudan",
    ),
]


@pytest.mark.parametrize(("text", "twin", "date", "a", "b"), CASES, ids=[c[3] for c in CASES])
def test_asserted_pair_and_its_twin(text: str, twin: str, date: str, a: str, b: str) -> None:
    """The asserted sentence links the pair; its twin asserts nothing between them."""
    assert _between(text, date, a, b), api_events(text, date)
    assert not _between(twin, date, a, b), api_events(twin, date)


def test_bolivarian_armed_forces_are_venezuela() -> None:
    """Venezuela's army under its own name (and FANB beside words of the border) is the
    state; a denied clash asserts nothing."""
    text = "The Bolivarian National Armed Forces fought FARC dissidents in Apure."
    assert any(e["source"]["id"] == VENEZUELA for e in api_events(text, "2021-03-01"))
    text = "Colombia said the FANB was shielding ELN camps in Apure; Caracas denied it."
    assert not [
        e for e in api_events(text, "2021-03-01")
        if e["source"]["id"] == VENEZUELA and e["modality"] == "asserted"
        and e["target"]["id"] == "org:national-liberation-army-colombia"
    ]  # fmt: skip


def test_a_leader_leads_his_own_group() -> None:
    """ "P led his Y alongside Z": the person stands for his group; negated, no event."""
    text = "Zeljko Raznatovic led his Serb Volunteer Guard alongside the army into the town."
    events = api_events(text, "1991-11-01")
    assert any(
        e["source"]["id"] == "open:serb-volunteer-guard" and e["modality"] == "asserted"
        for e in events
    ), events
    twin = "Zeljko Raznatovic never led his Serb Volunteer Guard alongside the army."
    assert not [e for e in api_events(twin, "1991-11-01") if e["modality"] == "asserted"]


def test_fifth_corps_needs_words_of_syria() -> None:
    """The Syrian Fifth Corps and its Eighth Brigade only with words of Syria near: another
    army's Fifth Corps stays unnamed."""
    from riftwatch.actors import resolve_mention

    syria = resolve_mention("Fifth Corps", "2019-01-01", "Russian officers in Daraa, Syria")
    assert (syria.get("organization") or {}).get("id") == "org:syrian-fifth-corps"
    other = resolve_mention("Fifth Corps", "1944-06-01", "Normandy beaches, British")
    assert (other.get("organization") or {}).get("id") != "org:syrian-fifth-corps"


def test_peoples_defence_force_beside_the_karen() -> None:
    """Myanmar's People's Defence Force is named beside words of the Karen alone (its units
    fight beside the KNLA); the PKK's People's Defence Forces keep their own words."""
    from riftwatch.actors import resolve_mention

    karen = resolve_mention(
        "People's Defence Force", "2021-11-01", "young people who fled to Karen territory"
    )
    assert (karen.get("organization") or {}).get("id") == "org:peoples-defence-force-myanmar"
    pkk = resolve_mention("People's Defence Force", "2015-08-01", "PKK fighters near Turkey")
    assert (pkk.get("organization") or {}).get("id") != "org:peoples-defence-force-myanmar"
