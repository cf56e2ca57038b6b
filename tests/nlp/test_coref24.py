"""Coreference by kind (issue 9, helper coref24): a definite kind noun ("the militia", "the
network", "the militants") and an object "him" pointing back to a party named earlier, on
invented sentences, each with a twin that must not be asserted or must stay unresolved."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has, named_events


# -- "the militia" for the party named by its kind ("raised a lashkar") -----------------------
def test_militia_is_the_party_that_raised_a_lashkar() -> None:
    found = named_events(
        "Tribal elders in Dalbar raised a lashkar after the Zorb Liberation Front seized the "
        "valley. The militia has since received arms from the Frontier Corps.",
        "2011-05-01",
    )
    assert has(found, "Frontier Corps", "AID", "tribal elders"), found
    assert not has(found, "Frontier Corps", "AID", "Zorb", None), found


def test_militia_negated_twin_is_not_asserted() -> None:
    found = named_events(
        "Tribal elders in Dalbar raised a lashkar after the Zorb Liberation Front seized the "
        "valley. The militia has never received arms from the Frontier Corps.",
        "2011-05-01",
    )
    assert not [e for e in asserted(found) if e[1] == "AID"], found


def test_militia_takes_the_nearest_party_of_its_kind() -> None:
    found = named_events(
        "Tribal elders in Dalbar raised a lashkar in 2009. In 2011 the Harun Militia broke "
        "away from the Zorb Liberation Front. The militia then received arms from the "
        "Frontier Corps.",
        "2011-05-01",
    )
    assert has(found, "Frontier Corps", "AID", "Harun Militia"), found
    assert not has(found, "Frontier Corps", "AID", "tribal elders", None), found


def test_militia_is_never_the_state_force_that_armed_it() -> None:
    found = named_events(
        "The Frontier Corps armed tribal elders in Dalbar, who raised a lashkar. The militia "
        "then attacked Zorb Liberation Front posts.",
        "2011-05-01",
    )
    assert has(found, "tribal elders", "ASSAULT", "Zorb"), found
    assert not has(found, "Frontier Corps", "ASSAULT", "Zorb", None), found


# -- "the network" for the group of a person named before ------------------------------------
def test_network_is_the_group_of_a_person_whose_group_is_a_network() -> None:
    found = named_events(
        "The compound in Miran Shah was rented by a cousin of Sirajuddin Haqqani, and "
        "officials said the network had hidden the Al Qaeda commander there.",
        "2015-03-01",
    )
    assert has(found, "Haqqani", "AID", "Al Qaeda"), found


def test_network_denied_twin_is_not_asserted() -> None:
    found = named_events(
        "The compound in Miran Shah was rented by a cousin of Sirajuddin Haqqani, but "
        "officials said the network had not hidden the Al Qaeda commander.",
        "2015-03-01",
    )
    assert not has(found, "Haqqani", "AID", "Al Qaeda"), found


# -- "the militants" for the one armed group named before -----------------------------------
def test_militants_are_the_one_armed_group_named() -> None:
    found = named_events(
        "Negotiators met envoys of the Zorb Liberation Front in March, but weeks later the "
        "militants attacked a Pakistani army convoy in Dalbar.",
        "2014-05-01",
    )
    assert has(found, "Zorb", "ASSAULT", "Pakistan"), found


def test_militants_with_two_groups_named_stay_unnamed() -> None:
    found = named_events(
        "The Zorb Liberation Front and the Harun Brigade held talks in March, and weeks later "
        "the militants attacked a Pakistani army convoy in Dalbar.",
        "2014-05-01",
    )
    assert not [e for e in asserted(found) if e[1] == "ASSAULT" and "Pakistan" in e[2]
                and ("Zorb" in e[0] or "Harun" in e[0])], found  # fmt: skip


def test_militants_denied_twin_is_not_asserted() -> None:
    found = named_events(
        "Negotiators met envoys of the Zorb Liberation Front in March, but weeks later the "
        "militants denied attacking a Pakistani army convoy in Dalbar.",
        "2014-05-01",
    )
    assert not has(found, "Zorb", "ASSAULT", "Pakistan"), found


# -- an object "him": the person named last, not its own verb's subject ----------------------
@pytest.mark.parametrize(
    "text",
    [
        "Zarqawi was killed by a U.S. strike near Hibhib, and Al Qaeda's emir praised him days "
        "later.",
        "Bin Laden received Zarqawi in Kandahar in 1999, and later Al Qaeda's chief praised "
        "him in a message.",
    ],
)  # fmt: skip
def test_him_is_the_person_named_last_not_the_subjects(text: str) -> None:
    found = named_events(text, "2006-07-01")
    assert has(found, "Al Qaeda", "SUPPORT", "Al Qaeda in Iraq"), found


def test_him_negated_twin_is_not_asserted() -> None:
    found = named_events(
        "Zarqawi was killed by a U.S. strike near Hibhib, and Al Qaeda's emir never praised him.",
        "2006-07-01",
    )
    assert not has(found, "Al Qaeda", "SUPPORT", "Al Qaeda in Iraq"), found


def test_its_after_the_militia_is_the_militias() -> None:
    found = named_events(
        "Tribal elders in Dalbar raised a lashkar against the Zorb Liberation Front. The "
        "militia has since cleared three villages near Kot, and its leaders say it "
        "gets rifles from the Frontier Corps.",
        "2011-05-01",
    )
    assert has(found, "Frontier Corps", "AID", "tribal elders"), found
    assert not has(found, "Frontier Corps", "AID", "Zorb", None), found


def test_its_after_the_militia_hedged_twin_is_not_asserted() -> None:
    found = named_events(
        "Tribal elders in Dalbar raised a lashkar against the Zorb Liberation Front. The "
        "militia has since cleared three villages near Kot, and its leaders deny "
        "that it gets rifles from the Frontier Corps.",
        "2011-05-01",
    )
    assert not [e for e in asserted(found) if e[1] == "AID"], found
