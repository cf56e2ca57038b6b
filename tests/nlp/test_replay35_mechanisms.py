"""States told by their seat or their office holders (issue 10, helper replay35).

Relationship descriptions of MMP's regions outside Afghanistan/Pakistan tell a state's side of
a relation by its seat of government or by the person holding office at the date: "the junta
in Niamey", "the government in Mogadishu", "Hadi's government", "Sheikh Hasina's cabinet",
"Abiy's negotiators". Three mechanisms, data in data files:

1. A state-body noun before "in" and a seat of government: "the government/junta/regime/
   administration/cabinet/rulers in CAPITAL" is that capital's government, as "officials in
   Kabul" already was (cues.yaml ``seat_officials``, read by ``extract._seat_officials`` and
   ``code``'s "in" phrase of a state noun). Before, "the government in Mogadishu" was read as
   the government of the sentence's other state. "An attack in Mogadishu", "fighting in Juba",
   "a bus near Naypyidaw" stay places.
2. An office holder's possessive before a noun of a government or its agents ("Hadi's
   government", "President Bazoum's administration", "Aquino's negotiators") is the
   government the person served at the date (``mentions.office_possessives``,
   cues.yaml ``office_bodies``). Only titles and initials may be left out of the name, so "Ian
   Smith's government" is not a namesake minister's; "Hadi's son" is not a government.
3. Seats and heads of state or government the knowledge base lacked
   (``actors/data/curated/seats_leaders_replay35.yaml``; capitals' context words now include
   "junta" and "regime", the family of "government" and "authorities").

The sentences are invented for these tests.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import id_events


def _asserted(text: str, date: str) -> set[tuple[str, str, str]]:
    return {(s, t, g) for s, t, g, m in id_events(text, date) if m == "asserted"}


def _sides(text: str, date: str) -> set[str]:
    return {x for s, _t, g, _m in id_events(text, date) for x in (s, g)}


# -- 1. "the government in CAPITAL" ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "government"),
    [
        (
            "Kenyan battalions fought the insurgents on behalf of the government in Mogadishu.",
            "2015-03-01",
            "org:somalia-government",
        ),
        (
            "The junta in Niamey tore up its security pact with Washington.",
            "2024-04-01",
            "org:niger-government",
        ),
        (
            "The SPLM-IO signed a truce with the government in Juba.",
            "2015-08-01",
            "org:south-sudan-government",
        ),
        (
            "The Karen rebels signed a ceasefire with the military regime in Rangoon.",
            "1995-01-01",
            "org:myanmar-government",
        ),
    ],
)
def test_state_body_in_its_seat_is_the_government(text: str, date: str, government: str) -> None:
    assert government in _sides(text, date)


def test_seat_government_is_not_the_other_state() -> None:
    found = _asserted(
        "Kenyan battalions fought the insurgents on behalf of the government in Mogadishu.",
        "2015-03-01",
    )
    assert ("country:kenya", "COOPERATE", "org:somalia-government") in found
    assert not any(t == "org:kenya-government" for _s, _g, t in found)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Gunmen stormed a hotel in Mogadishu and killed a dozen guests.", "2015-03-01"),
        ("Fighting in Juba killed scores of soldiers.", "2016-07-01"),
        ("A car bomb exploded in Naypyidaw, and police blamed the rebels.", "2022-01-01"),
    ],
)
def test_a_capital_as_a_place_stays_a_place(text: str, date: str) -> None:
    sides = _sides(text, date)
    assert not any(s.endswith("-government") and "somalia" in s for s in sides)
    assert "org:south-sudan-government" not in sides
    assert "org:myanmar-government" not in sides


def test_seat_partner_keeps_negation_and_hedges() -> None:
    for text in (
        "The SPLM-IO refused to sign a truce with the government in Juba.",
        "The SPLM-IO may sign a truce with the government in Juba.",
    ):
        found = _asserted(text, "2015-08-01")
        assert not any(
            "south-sudan-government" in s + g and t in ("AGREE", "SUPPORT", "COOPERATE")
            for s, t, g in found
        ), (text, found)


# -- 2. an office holder's possessive ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "government", "partner"),
    [
        (
            "Hadi's government signed a security pact with the Southern Transitional Council.",
            "2019-11-01",
            "org:yemen-government",
            "org:southern-transitional-council",
        ),
        (
            "Sheikh Hasina's government signed a peace accord with the PCJSS.",
            "2011-05-01",
            "org:bangladesh-government",
            "org:parbatya-chattagram-jana-sanghati-samity",
        ),
        (
            "Aquino's negotiators signed a framework agreement with the MILF.",
            "2012-10-01",
            "org:philippines-government",
            "org:moro-islamic-liberation-front",
        ),
        (
            "President Bazoum's government backed the ECOWAS mediation.",
            "2022-02-01",
            "org:niger-government",
            "org:ecowas",
        ),
    ],
)
def test_office_holder_possessive_is_the_government(
    text: str, date: str, government: str, partner: str
) -> None:
    found = _asserted(text, date)
    assert any(s == government and g == partner for s, _t, g in found), found


def test_office_holder_possessive_keeps_modality() -> None:
    for text in (
        "Hadi's government refused to sign a security pact with the Southern Transitional Council.",
        "Hadi's government may sign a security pact with the Southern Transitional Council.",
    ):
        found = _asserted(text, "2019-11-01")
        assert not any(
            s == "org:yemen-government" and t in ("AGREE", "SUPPORT", "COOPERATE")
            for s, t, _g in found
        ), (text, found)


def test_a_first_name_the_kb_lacks_is_no_namesake() -> None:
    # "Ian Smith" is nobody the knowledge base holds; another Smith's office is not his
    sides = _sides("ZANU and ZAPU agreed to face Ian Smith's government together.", "1976-10-01")
    assert not any(s.endswith("-government") for s in sides), sides


def test_a_leader_s_kin_or_things_are_not_the_government() -> None:
    sides = _sides("Hasina's son signed a deal with the PCJSS.", "2011-05-01")
    assert "org:bangladesh-government" not in sides


def test_office_holder_out_of_office_is_not_the_government() -> None:
    # Bazoum held office from April 2021 to July 2023
    sides = _sides("Bazoum's government signed a deal with ECOWAS.", "2015-01-01")
    assert "org:niger-government" not in sides


# -- 3. heads of state the knowledge base lacked ---------------------------------------------------


def test_new_heads_of_state() -> None:
    assert ("org:ethiopia-government", "AGREE", "country:eritrea") in _asserted(
        "Abiy Ahmed signed a peace agreement with Eritrea.", "2018-07-01"
    )
    assert ("org:burkina-faso-government", "COERCE", "country:france") in _asserted(
        "Captain Ibrahim Traore's junta gave French troops a month to leave.", "2023-01-01"
    )


# -- 4. side by side with a state's forces ---------------------------------------------------------
# "X fought side by side with Y" cooperated only when Y was a group; with a state's army as Y
# the bare "fought with Y" read it as the foe (ASSAULT), or nothing was coded. A together
# phrase now makes the "with" phrase comitative (code.Coder._together_with) and the partner
# may be a state's body (mechanisms: the side-by-side partners, _SIDE_TYPES).


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "In 2014 Kataib Hezbollah fighters fought side by side with the Iraqi army near "
            "Amerli, and the two forces broke the siege.",
            "org:kataib-hezbollah",
            "org:iraqi-government",
        ),
        (
            "Government troops fought side by side with Hezbollah near Qusayr in Syria.",
            "org:syrian-government",
            "org:hezbollah",
        ),
    ],
)
def test_side_by_side_with_a_state_is_cooperation(text: str, a: str, b: str) -> None:
    found = _asserted(text, "2015-03-01")
    assert (a, "COOPERATE", b) in found or (b, "COOPERATE", a) in found, found
    assert not any(t == "ASSAULT" and {s, g} == {a, b} for s, t, g in found), found


def test_side_by_side_with_a_state_keeps_modality() -> None:
    for text in (
        "Hezbollah did not fight side by side with the Syrian army near Qusayr.",
        "Hezbollah may fight side by side with the Syrian army near Qusayr.",
    ):
        found = _asserted(text, "2015-03-01")
        assert not any(
            {s, g} == {"org:hezbollah", "org:syrian-government"} for s, _t, g in found
        ), (text, found)
