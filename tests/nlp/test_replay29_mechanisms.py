"""Sides told through a head of state or a group's leader (issue 10, helper replay29).

Relationship descriptions of the modern militant groups outside Afghanistan/Pakistan tell a
government through its president or prime minister ("Duterte ordered the army", "Uribe's
government signed", "Farmaajo's government fought") and a group through its leader
("Haftar's forces", "gunmen sent by Guzman"). The knowledge base lacked these persons, or
held them without the post (a Phoenix record with no tenure), or lacked the names reports use
("Arellano Felix brothers", "ULFA"), so the side was an open actor of its own and the pair
never met. ``actors/data/curated/state_leaders.yaml`` adds heads of state and government of
the Philippines, Syria, Iraq, Libya, Mali, Nigeria, Somalia, Colombia, Mexico and Lebanon and
leaders of Hamas, the Houthis, the LNA, the Sinaloa cartel and the UDA, each with a dated
post: a person counts for the body they held a post in at the document's date, and a surname
alone needs one of the person's context words. The verb's modality holds ("may order",
"denied", "threatened to"); before or after the tenure the person stands for no government.

Invented sentences only.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, named_events

PHL = "Government of Philippines"
COL = "Government of Colombia"
SOM = "Government of Somalia"
IRQ = "Iraqi government"


def _pairs(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str]]:
    return {(s, t) for s, _e, t, _m in found}


@pytest.mark.parametrize(
    ("text", "date", "side", "other"),
    [
        (
            "In 2017 Duterte's troops stormed the Maute Group's positions near Lake Lanao.",
            "2017-06-01",
            PHL,
            "Maute Group",
        ),
        (
            "In 2019 President Duterte's government signed a ceasefire with the MILF in Cotabato.",
            "2019-03-01",
            PHL,
            "Moro Islamic Liberation Front",
        ),
        (
            "In 2004 Uribe's government signed a disarmament pact with the AUC paramilitaries.",
            "2004-07-01",
            COL,
            "United Self-Defense Forces of Colombia",
        ),
        (
            "In 2018 Farmaajo's government attacked al-Shabaab bases near Baidoa.",
            "2018-04-01",
            SOM,
            "Al-Shabaab",
        ),
        (
            "In 2021 Kadhimi's government arrested commanders of Kata'ib Hezbollah in Baghdad.",
            "2021-05-01",
            IRQ,
            "Kata'ib Hezbollah",
        ),
        (
            "In 2015 Haftar's forces shelled the Shura Council fighters in Derna.",
            "2015-09-01",
            "Libyan National Army",
            None,
        ),
        (
            "In 1994 gunmen sent by Guzman ambushed the Arellano Felix brothers in Guadalajara.",
            "1994-02-01",
            "Sinaloa Cartel",
            "Tijuana Cartel",
        ),
        (
            "In 1999 ULFA cadres ambushed NDFB fighters in the hills of Assam.",
            "1999-03-01",
            "United Liberation Front of Assam",
            None,
        ),
    ],
)
def test_side_told_through_its_leader(text: str, date: str, side: str, other: str | None) -> None:
    found = asserted(named_events(text, date))
    names = {n for pair in _pairs(found) for n in pair}
    assert side in names, found
    if other is not None:
        assert any(side in pair and other in pair for pair in _pairs(found)), found


@pytest.mark.parametrize(
    ("text", "date", "side", "etype"),
    [
        (
            "In 2017 Duterte's troops may storm the Maute Group's positions near Lake Lanao.",
            "2017-06-01",
            PHL,
            "ASSAULT",
        ),
        (
            "In 2017 Duterte denied that his troops had stormed the Maute Group's positions.",
            "2017-06-01",
            PHL,
            "ASSAULT",
        ),
        (
            "In 2018 Farmaajo's government threatened to attack al-Shabaab bases near Baidoa.",
            "2018-04-01",
            SOM,
            "ASSAULT",
        ),
        (
            "In 2004 Uribe's government refused to sign a disarmament pact with the AUC.",
            "2004-07-01",
            COL,
            "AGREE",
        ),
    ],
)
def test_hedged_or_negated_twins_stay_unasserted(
    text: str, date: str, side: str, etype: str
) -> None:
    """The side is recognised, and the act the verb hedges, denies or refuses is not asserted
    (a threat or a refusal may be, as itself)."""
    found = named_events(text, date)
    assert {e for e in found if side in (e[0], e[2])}, found
    assert not {e for e in asserted(found) if e[1] == etype}, found


def test_a_president_outside_his_tenure_is_no_government() -> None:
    """Duterte was mayor of Davao before 2016: "Duterte's men" then are not the state."""
    found = named_events("In 2005 Duterte's men attacked NPA guerrillas near Davao.", "2005-06-01")
    assert not {e for e in found if PHL in (e[0], e[2])}, found


# 2. A joint act's partner told by a "with" phrase hung off the joint noun (code.SentenceCoder
# ._joint_partner_tokens): on the verb whose object the joint noun is, or on the act's target.
# "X conducted joint operations against Z with Y" was X's ASSAULT on Y (the base dictionary's
# "conduct ... operation" took the "with" object as its target): the opposite of the sentence.


@pytest.mark.parametrize(
    "text",
    [
        "Ahrar al-Sham conducted joint operations against the regime with the Nusra Front.",
        "Ahrar al-Sham carried out joint raids on government checkpoints with the Nusra Front.",
        "Ahrar al-Sham staged joint attacks on army posts near Hama with Nusra Front gunmen.",
    ],
)
def test_joint_act_with_partner_hung_off_the_noun(text: str) -> None:
    found = named_events(text, "2016-03-01")
    pair = {"Ahrar al-Sham", "Nusra Front"}
    assert any({s, t} == pair and e == "COOPERATE" for s, e, t, _m in asserted(found)), found
    assert not any({s, t} == pair and e == "ASSAULT" for s, e, t, _m in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Ahrar al-Sham may conduct joint operations against the regime with the Nusra Front.",
        "Ahrar al-Sham did not carry out joint raids on army posts with Nusra fighters.",
        "Ahrar al-Sham denied conducting joint operations against the regime with the Nusra Front.",
        "Ahrar al-Sham conducted joint operations against the regime with Turkish backing.",
    ],
)
def test_joint_act_twins_stay_unasserted(text: str) -> None:
    found = named_events(text, "2016-03-01")
    pair = {"Ahrar al-Sham", "Nusra Front"}
    assert not any({s, t} == pair for s, _e, t, _m in asserted(found)), found
    assert not any("Turkey" in (s, t) and e == "COOPERATE" for s, e, t, _m in found), found


# 3. Receiving or winning posts in another party's government is taking them
# (mechanisms.seats_in_bodies; cues.yaml seat_taking_verbs gains receive, get, win, gain,
# secure, obtain): "X received two ministries in the government of Y" joins Y.

MNLA = "National Movement for the Liberation of Azawad"
MALI = "Government of Mali"


@pytest.mark.parametrize(
    "text",
    [
        "In 2016 the MNLA received two ministries in the government of Mali.",
        "In 2016 the MNLA secured three posts in the Malian cabinet.",
    ],
)
def test_received_posts_join_the_government(text: str) -> None:
    found = asserted(named_events(text, "2016-03-01"))
    assert (MNLA, "SUPPORT", MALI, "asserted") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "In 2016 the MNLA may receive two ministries in the government of Mali.",
        "In 2016 the MNLA did not receive any ministries in the government of Mali.",
        "In 2016 the MNLA won two seats in parliament.",
    ],
)
def test_received_posts_twins_stay_unasserted(text: str) -> None:
    found = asserted(named_events(text, "2016-03-01"))
    assert not any(MNLA in (s, t) and e == "SUPPORT" for s, e, t, _m in found), found
