"""Classes found in stop 35's analyst walk (a small corpus of one's own on the Lake Chad
groups, ingested and coded on both stores), fixed as classes.

1. Unnamed armed men with a "from" phrase that names an armed group ("militants from X
   attacked Y") are X's men, as "militants of X" were; also when the parser hangs the
   phrase after a conjunct on the first conjunct ("X fighters and militants from Y jointly
   attacked ..."). A country or place in the phrase names no group ("fighters from
   Chechnya").
2. A person named in full earlier in the document and later by a name word that carries
   its Arabic article ("Abu Musab al-Barnawi ... al-Barnawi", or "Barnawi") is that person,
   as a surname without an article already was.
4. Headline: the victims of an attack that a group claims are no co-claimants ("Two
   soldiers martyred in blast; X claims responsibility" had coded the soldiers' forces and
   X cooperating); a state's forces never claim an attack with a group.
5. Denying an aid noun whose giver a modifier names (the subject's own side, or a country
   by its adjective: "Islamabad denies Pakistani support for Taliban") denies that help; it
   refuses nobody, where "denied shelter to Y" and "denied Y sanctuary" still refuse Y.
3. A name the model tags as an organisation before a noun of a landform ("the Sambisa
   forest") is a place, never a group that "its" could stand for.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


@pytest.mark.parametrize(
    ("text", "gives", "gives_not"),
    [
        (
            "Militants from Ansaru attacked a Boko Haram camp near Kano.",
            [("Ansaru", "ASSAULT", "Boko Haram")],
            [("unidentified", "", "")],
        ),
        (
            "Gunmen from the Haqqani network ambushed a Taliban convoy in Paktia.",
            [("Haqqani", "ASSAULT", "Taliban")],
            [],
        ),
        (  # the parser hangs "from Ansaru" on "fighters": it is the conjunct's
            "Boko Haram fighters and militants from Ansaru jointly attacked a base near Kano.",
            [("Boko Haram", "COOPERATE", "Ansaru"), ("Ansaru", "COOPERATE", "Boko Haram")],
            [("", "", "unidentified"), ("unidentified", "", "")],
        ),
        (  # negated: nothing asserted
            "Militants from Ansaru did not attack the Boko Haram camp near Kano.",
            [("Ansaru", "ASSAULT", "Boko Haram", "negated")],
            [("Ansaru", "ASSAULT", "Boko Haram", "asserted")],
        ),
        (  # hedged
            "Boko Haram fighters and militants from Ansaru may have jointly attacked the base.",
            [],
            [("Boko Haram", "COOPERATE", "Ansaru", "asserted")],
        ),
        (  # a place names no group: the men stay unnamed
            "Militants from Kunar attacked a Taliban checkpoint.",
            [],
            [("Kunar", "", "")],
        ),
    ],
)
def test_armed_men_from_a_group_are_its_men(text: str, gives: list, gives_not: list) -> None:
    assert_events(named_events(text, "2014-03-10"), gives, gives_not)


@pytest.mark.parametrize(
    ("text", "gives", "gives_not"),
    [
        (
            "Abubakar Shekau met Abu Musab al-Barnawi in 2015. Later Shekau accused"
            " al-Barnawi of plotting against him.",
            [("Boko Haram", "ACCUSE", "Islamic State West Africa")],
            [],
        ),
        (  # the name word without its article
            "Abubakar Shekau met Abu Musab al-Barnawi in 2015. Later Shekau accused Barnawi"
            " of plotting against him.",
            [("Boko Haram", "ACCUSE", "Islamic State West Africa")],
            [],
        ),
        (  # negated twin
            "Abubakar Shekau met Abu Musab al-Barnawi in 2015. Shekau never accused al-Barnawi"
            " of plotting against him.",
            [],
            [("Boko Haram", "ACCUSE", "Islamic State West Africa", "asserted")],
        ),
        (  # named by the article's word alone, never in full: nobody
            "Shekau later accused al-Barnawi of plotting against him.",
            [],
            [("", "ACCUSE", "")],
        ),
    ],
)
def test_a_person_named_before_by_a_name_word_with_its_article(
    text: str, gives: list, gives_not: list
) -> None:
    assert_events(named_events(text, "2016-08-04"), gives, gives_not)


@pytest.mark.parametrize(
    ("text", "gives", "gives_not"),
    [
        (
            "ISWAP fighters overran a Boko Haram camp in the Sambisa forest and seized its"
            " weapons.",
            [("Islamic State West Africa", "COERCE", "Boko Haram")],
            [("", "", "Sambisa"), ("Sambisa", "", "")],
        ),
        (
            "Rebels of the Zorvan Front shelled Sudanese troops in the Keira mountains.",
            [("Zorvan Front", "ASSAULT", "Sudan")],
            [("", "", "Keira"), ("Keira", "", "")],
        ),
        (  # negated twin
            "ISWAP fighters did not seize the weapons of the Boko Haram camp in the Sambisa"
            " forest.",
            [],
            [("", "", "Sambisa"), ("Islamic State West Africa", "COERCE", "", "asserted")],
        ),
    ],
)
def test_a_name_before_a_landform_is_a_place(text: str, gives: list, gives_not: list) -> None:
    assert_events(named_events(text, "2017-02-20"), gives, gives_not)


@pytest.mark.parametrize(
    ("text", "gives", "gives_not"),
    [
        (
            "Three policemen martyred in Quetta suicide attack, TTP claims responsibility",
            [("Tehrik-i-Taliban", "ASSAULT", "police")],
            [("", "COOPERATE", "")],
        ),
        (
            "Two soldiers martyred in Bajaur blast; TTP claims responsibility",
            [("Tehrik-i-Taliban", "ASSAULT", "Army")],
            [("", "COOPERATE", "")],
        ),
        (  # a group hit by the attack is no co-claimant either
            "Five Lashkar-e-Islam fighters killed in Khyber blast; TTP claims responsibility",
            [],
            [("", "COOPERATE", "")],
        ),
        (  # two groups claiming one attack jointly acted together (bugs37: said "jointly")
            "TTP and JuA jointly claim responsibility for Peshawar attack on police",
            [("Tehrik-i-Taliban", "COOPERATE", "Jamaat-ul-Ahrar")],
            [("police", "COOPERATE", ""), ("", "COOPERATE", "police")],
        ),
        (  # negated twin
            "TTP and JuA deny responsibility for Peshawar attack on police",
            [],
            [("Tehrik-i-Taliban", "COOPERATE", "Jamaat-ul-Ahrar", "asserted")],
        ),
    ],
)
def test_victims_of_a_claimed_attack_are_no_co_claimants(
    text: str, gives: list, gives_not: list
) -> None:
    assert_events(named_events(text, "2019-05-10"), gives, gives_not)


@pytest.mark.parametrize(
    ("text", "gives", "gives_not"),
    [
        (
            "Islamabad denies Pakistani support for Taliban",
            [],
            [("", "REJECT", "Taliban"), ("", "AID", "Taliban", "asserted")],
        ),
        (
            "Kabul denied Pakistani support for the Taliban.",
            [],
            [("", "REJECT", "Taliban"), ("", "AID", "Taliban", "asserted")],
        ),
        (
            "The ISI denied ISI funding for the Haqqani network.",
            [],
            [("", "REJECT", "Haqqani"), ("", "AID", "Haqqani", "asserted")],
        ),
        (  # a refusal stays a refusal
            "The Taliban denied shelter to Al Qaeda fighters.",
            [("Taliban", "REJECT", "Al Qaeda")],
            [],
        ),
        (
            "The Taliban denied Al Qaeda sanctuary.",
            [("Taliban", "REJECT", "Al Qaeda")],
            [],
        ),
    ],
)
def test_a_denied_aid_noun_with_its_giver_refuses_nobody(
    text: str, gives: list, gives_not: list
) -> None:
    assert_events(named_events(text, "2019-05-10"), gives, gives_not)
