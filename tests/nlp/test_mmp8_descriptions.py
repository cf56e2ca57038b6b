"""Hostile relationship wording that gave no hostile claim (issue 10, mmp8).

Invented sentences about real groups of other regions, one class of construction each:
"X turned on Y" (the parser reads 'on' as a particle holding Y); a hostile verb with a
reciprocal object ("X and Y accused each other"); "... pitted X against Y"; "X feuded with
Y", "X rebelled against Y"; hostile state nouns ("hostilities", "a power struggle");
relations that broke down, fell apart or soured (the last misparsed as a clause on the
partner); "X went to war with Y" and "X and Y became embroiled in ..."; a string, wave or
campaign of attacks as the verb's own acts; assassination nouns; "a split in Y produced X";
"X declared its independence from Y". Each has a negated, hedged
or denied twin that must not be asserted.
"""

from __future__ import annotations

from functools import partial

import pytest
from coded import group_events

HOSTILE = {"REJECT", "ASSAULT", "COERCE", "THREATEN", "ACCUSE", "SANCTION"}


_events = partial(group_events, date="2015-06")


def _on_pair(found: set, a: str, b: str) -> set:
    return {e for e in found if (a in e[0] and b in e[3]) or (b in e[0] and a in e[3])}


def _hostile_asserted(text: str, a: str, b: str) -> bool:
    return any(
        g in HOSTILE and m == "asserted" for _s, g, _mo, _t, m in _on_pair(_events(text), a, b)
    )


def _nothing_asserted(text: str, a: str, b: str) -> bool:
    return not any(m == "asserted" for *_rest, m in _on_pair(_events(text), a, b))


CASES = [
    # (hostile sentence, its negated / hedged / denied twin, a, b)
    ("In 2015 the Sinaloa Cartel turned on Los Zetas.",
     "In 2015 the Sinaloa Cartel did not turn on Los Zetas.", "Sinaloa", "Zetas"),
    ("The Gulf Cartel and Los Zetas accused each other of treachery in 2015.",
     "The Gulf Cartel and Los Zetas did not accuse each other of treachery.", "Gulf", "Zetas"),
    ("Fighting over smuggling routes pitted the Sinaloa Cartel against Los Zetas in 2015.",
     "The dispute never pitted the Sinaloa Cartel against Los Zetas.", "Sinaloa", "Zetas"),
    ("The Sinaloa Cartel feuded with Los Zetas over the kidnapping trade.",
     "The Sinaloa Cartel did not feud with Los Zetas.", "Sinaloa", "Zetas"),
    ("Hostilities between the Mahdi Army and the Badr Organization resumed in 2015.",
     "Hostilities between the Mahdi Army and the Badr Organization may resume.", "Mahdi", "Badr"),
    ("A power struggle between Hamas and Fatah erupted in 2015.",
     "A power struggle between Hamas and Fatah could erupt.", "Hamas", "Fatah"),
    ("Ahrar al-Sham and Jund al-Aqsa became embroiled in a power struggle.",
     "Ahrar al-Sham and Jund al-Aqsa were never embroiled in a power struggle.", "Ahrar",
     "Aqsa"),
    ("The Sinaloa Cartel went to war with the Juarez Cartel for control of the city.",
     "The Sinaloa Cartel never went to war with the Juarez Cartel.", "Sinaloa", "Juarez"),
    ("Boko Haram carried out a string of attacks on Ansaru in 2015.",
     "Boko Haram did not carry out a string of attacks on Ansaru.", "Boko", "Ansaru"),
    ("The MILF launched a campaign of assassinations against MNLF commanders.",
     "The MILF denied that it had launched a campaign of assassinations against MNLF "
     "commanders.", "Moro Islamic", "Moro National"),
    ("A split in the Mahdi Army produced Asa'ib Ahl al-Haq in 2012.",
     "A split in the Mahdi Army may have produced Asa'ib Ahl al-Haq.", "Asa'ib", "Mahdi"),
    ("In 2012 the ELN declared its independence from the FARC.",
     "The ELN did not declare its independence from the FARC.", "National Liberation Army",
     "Revolutionary Armed Forces"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "twin", "a", "b"), CASES)
def test_hostile_wording_gives_a_hostile_claim_and_its_twin_none(
    text: str, twin: str, a: str, b: str
) -> None:
    assert _hostile_asserted(text, a, b)
    assert _nothing_asserted(twin, a, b)


ENDED = [
    # a relation that broke down, fell apart or soured ends: no asserted cooperation left
    ("Relations between the FARC and the ELN soured in 2015.",
     "Relations between the FARC and the ELN may have soured in 2015."),
    ("Ties between the MILF and the MNLF broke down in 2015.",
     "Ties between the MILF and the MNLF did not break down."),
    ("The MILF's alliance with the MNLF fell apart in 2015.",
     "The MILF denied that its alliance with the MNLF had fallen apart."),
]  # fmt: skip


def _names(text: str) -> tuple[str, str]:
    return ("Revolutionary Armed Forces", "National Liberation Army") if "FARC" in text else (
        "Moro Islamic", "Moro National")  # fmt: skip


@pytest.mark.parametrize(("text", "twin"), ENDED)
def test_a_relation_that_broke_down_or_soured_ends_and_its_twin_asserts_nothing(
    text: str, twin: str
) -> None:
    a, b = _names(text)
    found = _on_pair(_events(text), a, b)
    assert any(g == "REJECT" and m == "asserted" for _s, g, _mo, _t, m in found)
    assert not any(g == "COOPERATE" and m == "asserted" for _s, g, _mo, _t, m in found)
    assert _nothing_asserted(twin, a, b)


def test_relations_that_improved_stay_cooperative() -> None:
    found = _on_pair(
        _events("Relations between the FARC and the ELN improved in 2015."),
        "Revolutionary Armed Forces", "National Liberation Army",
    )  # fmt: skip
    assert any(g == "COOPERATE" and m == "asserted" for _s, g, _mo, _t, m in found)
    assert not any(g in HOSTILE for _s, g, _mo, _t, _m in found)


def test_turned_on_each_other_and_rebelled_against_are_hostile() -> None:
    assert _hostile_asserted("In 2015 Hamas and Fatah turned on each other.", "Hamas", "Fatah")
    assert _hostile_asserted(
        "In 1994 the Ulster Volunteer Force rebelled against the Ulster Defence Association.",
        "Ulster Volunteer", "Ulster Defence",
    )  # fmt: skip


def test_pitting_names_its_parties_not_its_subject() -> None:
    found = _events("Al Shabaab pitted Hizbul Islam against Ras Kamboni in 2010.")
    assert not any(s.endswith("Shabaab") and g in HOSTILE for s, g, _mo, _t, _m in found)


def test_a_count_of_attacks_on_a_victim_described_by_a_group_is_still_the_victim() -> None:
    # the quantity noun frees the verb's own acts; a victim described by its group stays
    # the victim ("killed the leader of a string of Ansaru cells")
    found = _events("Boko Haram killed the leader of a string of Ansaru cells.")
    assert any(s == "Boko Haram" and g == "ASSAULT" and "Ansaru" in t for s, g, _mo, t, _m in found)


def test_cooperation_until_its_relation_collapsed_ends_in_a_rejection() -> None:
    text = "Ansaru and Boko Haram cooperated until 2015, when their alliance collapsed."
    found = _on_pair(_events(text), "Ansaru", "Boko")
    assert any(g == "REJECT" and m == "asserted" for _s, g, _mo, _t, m in found)
    hedged = "Ansaru and Boko Haram cooperated until 2015, when their alliance may have collapsed."
    assert not any(
        g == "REJECT" and m == "asserted"
        for _s, g, _mo, _t, m in _on_pair(_events(hedged), "Ansaru", "Boko")
    )
    # talks that ended are no relation that ended
    talks = "Ansaru and Boko Haram cooperated until 2015, when their talks ended."
    assert not any(g == "REJECT" for _s, g, *_r in _on_pair(_events(talks), "Ansaru", "Boko"))
