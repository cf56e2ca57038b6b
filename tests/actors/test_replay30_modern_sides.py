"""Modern sides the knowledge base split or lacked (issue 10, replay30;
``curated/modern_sides.yaml``).

A replayed history names one side in several ways across its rows: the Mahdi Army and its
2014 revival Saraya al-Salam (one lineage), the Popular Mobilization Forces and "the Hashd",
the CMA and its full name, the Houthis and "Ansar Allah", a state's army under its own name
("Syrian Arab Army", "FAMa", "Tatmadaw", "Somali National Army": the state's lineage), and
groups missing altogether (Yemen's Islah, Libya's Government of National Accord). Short
forms other bodies share resolve only in their world ("Islah", "PMF", "GNA", "Wagner").
Invented sentences.
"""

from __future__ import annotations

import pytest
from tests.actors.conftest import found_ids as _found
from tests.actors.conftest import resolver_id as _id

from riftwatch.actors.resolve import default_resolver
from riftwatch.analysis.hierarchy import KBHierarchy


@pytest.mark.parametrize(
    ("name", "date", "want"),
    [
        ("Saraya al-Salam", "2016", "org:saraya-al-salam"),
        ("Peace Companies", "2016", "org:saraya-al-salam"),
        ("Popular Mobilization Forces", "2016", "org:popular-mobilization-forces"),
        ("Popular Mobilisation Units", "2016", "org:popular-mobilization-forces"),
        ("al-Hashd al-Shaabi", "2016", "org:popular-mobilization-forces"),
        ("Coordination of Azawad Movements", "2016", "org:cma"),
        ("Government of National Accord", "2018", "org:government-of-national-accord"),
        ("Yemeni Congregation for Reform", "2015", "org:al-islah"),
    ],
)
def test_each_name_is_its_group(name: str, date: str, want: str) -> None:
    assert _id(name, date) == want


def test_the_revived_mahdi_army_is_one_lineage_with_it() -> None:
    h = KBHierarchy()
    assert h.lineage("org:mahdi-army") == h.lineage("org:saraya-al-salam")
    # the Promised Day Brigades stood beside the Mahdi Army: another organisation
    assert h.lineage("org:promised-day-brigades") != h.lineage("org:mahdi-army")


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Units of the Syrian Arab Army shelled the rebel-held villages near Hama.", "syria"),
        ("FAMa soldiers patrolled the road north of Mopti with the militia.", "mali"),
        ("The Tatmadaw shelled the rebel camps near the Chinese border.", "myanmar"),
        ("The Somali National Army retook the town from the insurgents.", "somalia"),
    ],
)
def test_a_states_army_by_its_own_name_is_the_state(text: str, state: str) -> None:
    h = KBHierarchy()
    keys = {h.lineage(i)[-1] for i in _found(text, "2017")}
    assert f"country:{state}" in keys, keys


def test_short_forms_resolve_in_their_world_only() -> None:
    assert "org:popular-mobilization-forces" in _found(
        "Shia fighters of the PMF entered the town east of Tikrit in Iraq.", "2015"
    )
    assert "org:popular-mobilization-forces" not in _found(
        "The PMF of the firm rose by four percent in the quarter.", "2015"
    )
    assert "org:al-islah" in _found("Islah's fighters held the hills above Taiz in Yemen.", "2016")
    assert "org:al-islah" not in _found("The Islah school opened in the village.", "2016")
    assert "org:ansarallah" in _found("Ansar Allah fighters entered Sanaa.", "2014")
    assert "org:wagner-group" in _found("Wagner mercenaries arrived in Mali.", "2022")
    assert "org:wagner-group" not in _found("Wagner wrote the opera in Bayreuth.", "1870")
    assert "org:government-of-national-accord" in _found(
        "The GNA asked Turkey for drones to defend Tripoli.", "2019"
    )


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        ("Khaled Meshal spoke for Hamas in Damascus.", "2010", "org:hamas"),
        ("Jadhran's guards held the oil terminals in Libya.", "2014",
         "org:petroleum-facilities-guard"),
        ("Gentil Duarte's fighters rejected the FARC accord.", "2018", "org:estado-mayor-central"),
        ("El Mencho's gunmen attacked the police in Jalisco.", "2015",
         "org:jalisco-cartel-new-generation"),
    ],
)  # fmt: skip
def test_a_leader_stands_for_his_group_during_his_post(text: str, date: str, want: str) -> None:
    res = [r for _s, _e, r in default_resolver().find_mentions(text, date) if r.actor is not None]
    groups = {r.organization.id if r.organization is not None else r.actor.id for r in res}
    assert want in groups, groups
