"""Classes found in stop 38's analyst walk (a small corpus of one's own on the Lake Chad
factions, ingested and coded on SQLite and PostgreSQL) and one labelling convention
settled, each fixed as a class.

1. A hostile act a party says it will do ("X said it would strike Y") is a stated
   intention: the THREATEN is kept as evidence with the modality "future" (the labelling
   conventions read "will" and "vowed to" so, as announced cooperative acts are an AGREE
   intended); a condition on the target ("unless Y withdraws") makes it a threat made,
   asserted; "X threatened to strike Y" stays asserted.
2. "Residents said fighters loyal to X clashed with Y": the parser splits "fighters loyal to
   X" off as a clause of its own; the armed noun is still the verb's subject and X's.
3. "X, the splinter that left Y in 2012, ...": a noun of a kind of armed body in apposition
   (splinter, faction, offshoot, militia, movement) stands for the name before it, so its
   relative clause is X's act. Nouns of a relation to another party (affiliate, branch) are
   not read so.
4. A party's act an earlier sentence told, named again by a definite act noun and answered
   by another party ("X pledged allegiance to Y. Y welcomed the pledge"; "Y named P
   governor. X rejected the appointment"), is aimed at the act's author.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, named_events


# -- 1. announced hostile acts: intentions, unless conditioned on the target -----------------
@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab said it would attack the Islamic State's camps in Puntland.",
        "Al-Shabaab announced that it will punish the Islamic State's fighters in Puntland.",
        "The Houthis declared that they would strike Saudi Arabia.",
    ],
)
def test_an_announced_hostile_act_is_a_threat_intended(text: str) -> None:
    found = named_events(text, "2018-05-01")
    assert any(g == "THREATEN" and m == "future" for _s, g, _t, m in found), found
    assert_events(found, gives_not=[("", ("THREATEN", "ASSAULT", "COERCE"), "")])


def test_a_threat_conditioned_on_the_target_is_asserted() -> None:
    found = named_events(
        "Al-Shabaab said it would attack the Islamic State's camps unless its fighters left"
        " Puntland.",
        "2018-05-01",
    )
    assert_events(found, gives=[("Al-Shabaab", "THREATEN", "Islamic State")])


def test_a_threat_made_is_asserted_and_a_negated_one_not() -> None:
    found = named_events("Al-Shabaab threatened to attack the Islamic State's camps.", "2018-05-01")
    assert_events(found, gives=[("Al-Shabaab", "THREATEN", "Islamic State")])
    found = named_events(
        "Al-Shabaab said it would not attack the Islamic State's camps.", "2018-05-01"
    )
    assert_events(found, gives_not=[("", "THREATEN", "", None), ("", "ASSAULT", "")])


# -- 2. armed men tied to a party, split off by the parse ------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Villagers said fighters loyal to al-Shabaab clashed with the Islamic State near Qandala.",
        "Elders said gunmen loyal to al-Shabaab ambushed Islamic State fighters near Qandala.",
    ],
)
def test_armed_men_loyal_to_a_party_under_a_verb_of_saying(text: str) -> None:
    found = named_events(text, "2018-05-01")
    assert_events(found, gives=[("Al-Shabaab", "ASSAULT", "Islamic State")])


@pytest.mark.parametrize(
    ("text", "gives_not"),
    [
        (  # negated: the tie read, the act not asserted
            "Villagers said fighters loyal to al-Shabaab did not clash with the Islamic State.",
            [("", "ASSAULT", "")],
        ),
        (  # a tie that is over: not the party's men now
            "Villagers said fighters once loyal to al-Shabaab attacked the Islamic State.",
            [("Al-Shabaab", "ASSAULT", "Islamic State", None)],
        ),
        (  # officials close to a party are no armed men of it
            "Villagers said officials close to al-Shabaab met Islamic State envoys.",
            [("Al-Shabaab", "", "Islamic State", None)],
        ),
    ],
)
def test_armed_men_split_off_negated_past_or_not_armed(text: str, gives_not: list) -> None:
    assert_events(named_events(text, "2018-05-01"), gives_not=gives_not)


# -- 3. a kind of armed body in apposition stands for the name --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ansar al-Sharia, the splinter that left al-Qaeda in 2014, later courted bandits.",
        "Jund al-Khilafah, a faction that broke away from AQIM in 2014, later courted bandits.",
        "Jaish al-Adl, a militia that attacked Iran in 2014, later courted smugglers.",
    ],
)
def test_an_apposed_kind_of_armed_body_stands_for_the_name(text: str) -> None:
    found = named_events(text, "2016-01-01")
    assert any(g in ("REJECT", "ASSAULT") and m == "asserted" and s != t for s, g, t, m in found), (
        found
    )
    assert_events(found, gives_not=[("Qaeda", "", "Qaeda"), ("AQIM", "", "AQIM")])


@pytest.mark.parametrize(
    "text",
    [
        "Jund al-Khilafah, a faction that never left AQIM, later courted bandits.",
        "Jund al-Khilafah, a faction that may have left AQIM in 2014, later courted bandits.",
        "Jund al-Khilafah, a faction that denied leaving AQIM, later courted bandits.",
    ],
)
def test_an_apposed_body_negated_or_hedged_act_is_not_asserted(text: str) -> None:
    found = named_events(text, "2016-01-01")
    assert_events(found, gives_not=[("", "REJECT", "AQIM")])


# -- 4. an act told before, named again and answered -----------------------------------------
@pytest.mark.parametrize(
    ("text", "gives"),
    [
        (
            "Al-Shabaab pledged allegiance to al-Qaeda in 2012. Al-Qaeda accepted the pledge"
            " weeks later.",
            [("Al Qaeda", "AGREE", "Al-Shabaab")],
        ),
        (
            "Ansar Bait al-Maqdis pledged allegiance to the Islamic State. A spokesman for the"
            " Islamic State welcomed the pledge days later.",
            [("Islamic State", "SUPPORT", "Sinai")],  # the KB's name of the pledging group
        ),
        (
            "Al-Qaeda appointed the Nusra Front's leader as its deputy in Syria. The Islamic"
            " State rejected the appointment.",
            [("Islamic State", "REJECT", "Qaeda")],
        ),
        (
            "Al-Qaeda named a commander of AQAP as its general manager. The Islamic State"
            " condemned the appointment.",
            [("Islamic State", "ACCUSE", "Qaeda")],
        ),
        (
            "The Houthis offered talks to Saudi Arabia. Saudi Arabia rebuffed the offer.",
            [("Saudi Arabia", "REJECT", "Ansarallah")],
        ),
    ],
)
def test_an_answer_to_an_act_told_before_is_aimed_at_its_author(text: str, gives: list) -> None:
    assert_events(named_events(text, "2016-01-01"), gives=gives)


@pytest.mark.parametrize(
    ("text", "gives_not"),
    [
        (  # negated and hedged answers are not asserted
            "Al-Shabaab pledged allegiance to al-Qaeda. Al-Qaeda did not accept the pledge.",
            [("Al Qaeda", "AGREE", "Al-Shabaab")],
        ),
        (
            "Al-Shabaab pledged allegiance to al-Qaeda. Al-Qaeda may accept the pledge.",
            [("Al Qaeda", "AGREE", "Al-Shabaab")],
        ),
        (  # one's own act withdrawn answers nobody
            "The Houthis offered talks to Saudi Arabia. The Houthis later withdrew the offer.",
            [("Ansarallah", "REJECT", ""), ("Ansarallah", "ACCUSE", "")],
        ),
        (  # the noun names its own author: not the act told before
            "The Houthis offered talks to Saudi Arabia. Iran denounced the offer made by Oman.",
            [("Iran", "", "Ansarallah", None)],
        ),
    ],
)
def test_answers_negated_hedged_own_or_owned_are_not_aimed(text: str, gives_not: list) -> None:
    assert_events(named_events(text, "2016-01-01"), gives_not=gives_not)


def test_an_answer_with_no_act_told_before_names_nobody() -> None:
    found = named_events("The Afghan Taliban rejected the offer.", "2016-01-01")
    assert_events(found, gives_not=[ANYTHING])


# -- 5. former members counted by a word of quantity have left their group -------------------
@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of former Boko Haram fighters have pledged allegiance to ISWAP.",
        "Dozens of ex-Taliban commanders have joined the Islamic State in Kunar.",
        "Two hundred former Taliban fighters attacked the Islamic State in Kunar.",
    ],
)
def test_former_members_after_a_quantity_do_not_act_for_the_group(text: str) -> None:
    found = named_events(text, "2021-07-15")
    assert_events(found, gives_not=[("Boko Haram", "", ""), ("Taliban", "", "")])


def test_members_after_a_quantity_still_act_and_are_still_struck() -> None:
    found = named_events("Hundreds of Boko Haram fighters have pledged allegiance to ISWAP.",
                         "2021-07-15")  # fmt: skip
    assert_events(found, gives=[("Boko Haram", "SUPPORT", "West Africa")])
    found = named_events("ISWAP killed dozens of former Boko Haram fighters.", "2021-07-15")
    assert_events(found, gives=[("West Africa", "ASSAULT", "Boko Haram")])


def test_an_opening_participle_before_a_reported_clause_is_read_without_error() -> None:
    # the opening participle hangs on a reported clause that is no adjective of affiliation:
    # the split-subject repair must not look for one before it (it had raised on such text)
    found = named_events(
        "Angered by the killing of villagers, Mokhtar Belmokhtar broke with AQIM and formed a"
        " new brigade in 2012; AQIM declared his men traitors and attacked them.",
        "2013-01-01",
    )
    assert_events(found, gives_not=[("", "ASSAULT", "", "negated")])
