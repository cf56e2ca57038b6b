"""lead48: what an analyst's walk on a Somalia corpus found, on invented sentences."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_named, assert_events, dated

_named = dated(api_named, "2019-03-01")


@pytest.mark.parametrize(
    ("text", "doer", "other"),
    [
        (
            "The TTP's leadership declared war on the army in Swat and ordered its fighters "
            "to attack checkpoints.",
            "Tehrik",
            "Army",
        ),
        (
            "Al-Shabaab's emir declared war on the Islamic State in Somalia and ordered its "
            "fighters to kill defectors.",
            "Shabaab",
            "",
        ),
    ],
)
def test_a_partys_leadership_orders_its_own_fighters(text: str, doer: str, other: str) -> None:
    """'X's leadership did A and ordered its fighters to ...': its = X, whose own men are no
    party X demands anything of; the nearer object or place ('the army', 'Somalia') is not
    the owner of the fighters."""
    found = _named(text)
    assert_events(found, gives=[(doer, "REJECT", other)], gives_not=[(doer, "REQUEST", "")])


def test_a_partys_leader_fights_alongside_its_own_allies() -> None:
    """'X's emir attacked Y alongside its allies': the allies are X's, so X and Y do not
    cooperate (the attacked party is not the owner of the companions)."""
    found = _named("Al-Shabaab's emir attacked AMISOM bases alongside its allies.")
    assert_events(
        found,
        gives=[("Shabaab", "ASSAULT", "African Union")],
        gives_not=[("Shabaab", "COOPERATE", ""), ("African Union", "COOPERATE", "")],
    )


def test_an_order_to_another_partys_fighters_is_still_a_demand() -> None:
    """The possessive names a party of its own ('ordered the army's soldiers'): a demand of
    that party stays, as before."""
    found = _named("The TTP's emir ordered the army's soldiers to leave Swat.")
    assert_events(found, gives=[("Tehrik", ("REQUEST", "COERCE"), "Army", None)])


@pytest.mark.parametrize(
    "text",
    [
        "ISS fighters attacked al-Shabaab checkpoints near Bosaso.",
        "Al-Shabaab's leadership declared war on the Islamic State in Somalia.",
        "The Islamic State Somalia Province claimed an attack on Shabaab positions in Puntland.",
    ],
)
def test_the_islamic_states_somali_group_is_a_party_of_its_own(text: str) -> None:
    """The Islamic State's group in Somalia is named as itself (part of the Islamic State in
    the knowledge base), under its short form too where the text is about Somalia."""
    found = _named(text)
    assert any("Islamic State in Somalia" in (s, t) for s, _g, t, _m in found), found


def test_iss_outside_somalia_is_no_armed_group() -> None:
    """'ISS' with nothing Somali about it is not the Islamic State's Somali group."""
    found = _named("The ISS crew docked with the station after the launch.")
    assert not any("Islamic State" in s or "Islamic State" in t for s, _g, t, _m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan troops, with Somali soldiers alongside them, stormed the town and fought "
        "al-Shabaab fighters in its streets.",
        "The Taliban, with Al Qaeda fighters beside them, attacked the district centre.",
    ],
)
def test_companions_at_the_subjects_side_fight_too(text: str) -> None:
    """'X, with Y alongside them, fought Z': Y fights Z too, and X fights beside Y."""
    found = _named(text)
    pairs = [("Kenya", "Somali", "Shabaab"), ("Taliban", "Qaeda", "")]
    x, y, z = next(p for p in pairs if p[0] in text)
    assert_events(found, gives=[(x, "COOPERATE", y)])
    if z:
        assert_events(found, gives=[(y, "ASSAULT", z), (x, "ASSAULT", z)])


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban, with Al Qaeda fighters beside them, did not attack the district centre.",
        "The Taliban, with Al Qaeda fighters beside them, may attack the district centre.",
        "The Taliban, with their families beside them, fled to Quetta.",
    ],
)
def test_companions_at_the_side_of_an_act_not_done_are_not_asserted(text: str) -> None:
    """The companions share the verb's modality; a family at one's side is no party."""
    found = _named(text)
    assert_events(found, gives_not=[("", "COOPERATE", "")])
