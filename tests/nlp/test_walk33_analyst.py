"""Classes found by using riftwatch as an analyst on an invented Sahel corpus (stop 33).

1. An act told through a raising verb ("P is believed (said, reported) to have authorized
   talks with Y, a move that W denounced"), re-described by an apposition that a third party
   judges: the judge accuses (or backs) the act's author, the subject the raising verb
   lends the act; it named no author, so the judgement was lost.
2. A country adjective before a noun of a group's branch ("the PKK and its Syrian offshoot,
   the PYD", "al-Qaeda's Yemeni branch, AQAP", "praised its Nigerian affiliate") places the
   branch; it made the state the possessor's branch or the object's owner. The name in
   apposition is the branch and does what the phrase does.
3. A sentence whose verb the parser hung on its subject after an apposition ("The UVF and
   the UDA, rival loyalist paramilitaries, feuded throughout 2000"): a verb that cannot be a
   passive participle there (one with an object, or one of two parties acting together) is
   the sentence's own verb, and its subject acts; a headline's "X, a veteran, killed in a
   clash" stays passive.
4. Help or ties that shrink ("X's support for Y declined after 2010", "cooperation between X
   and Y has faded", "X's funding of Y dwindled"): distancing (an asserted REJECT), never an
   asserted cooperation; "has not declined" keeps the cooperation, "may have waned" asserts
   nothing.
5. A group founded by dissidents named by what they opposed ("X was formed by dissidents who
   opposed Y's ceasefire"): X split from Y; founders whose clause of leaving is negated
   ("commanders who never left Y") split from nothing (it was asserted).
6. A capitalised word before a member noun stands for a group named after a person only when
   the name is written as the group's ("Nazir fighters"): "Later the militia attacked Y" read
   "Later ... militia" as the Chilean "Lautaro Faction" by a loose spelling match.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import Wanted, assert_events, named_events


@pytest.mark.parametrize(
    ("text", "gives", "gives_not"),
    [
        (
            "The Zorvan Front is believed to have authorized talks with Kenya, a move that the "
            "Kessel Brigades denounced as treason.",
            [("Kessel Brigades", "ACCUSE", "Zorvan Front")],
            [("Kessel Brigades", "ACCUSE", "Kenya")],
        ),
        (
            "The Zorvan Front is said to have resumed contacts with Kenya, a step the Kessel "
            "Brigades condemned.",
            [("Kessel Brigades", "ACCUSE", "Zorvan Front")],
            [("Kessel Brigades", "ACCUSE", "Kenya")],
        ),
        (
            "Hamas is reported to have accepted Egyptian mediation, a decision that Islamic "
            "Jihad welcomed.",
            [("Islamic Jihad", "SUPPORT", "Hamas")],
            [("Islamic Jihad", "SUPPORT", "Egypt")],
        ),
        (  # the judgement negated: nothing asserted between judge and author
            "The Zorvan Front is said to have resumed contacts with Kenya, a step the Kessel "
            "Brigades did not condemn.",
            [("Kessel Brigades", "ACCUSE", "Zorvan Front", "negated")],
            [("Kessel Brigades", None, "")],
        ),
        (  # the raised subject of a verb of opinion is not the act's author when the act has
            # a subject of its own
            "The Zorvan Front is believed to have said that Kenya opened talks with Uganda, a "
            "move the Kessel Brigades condemned.",
            [],
            [("Kessel Brigades", "ACCUSE", "Zorvan Front")],
        ),
    ],
)
def test_a_judged_act_told_through_a_raising_verb_has_its_author(
    text: str, gives: list[Wanted], gives_not: list[Wanted]
) -> None:
    assert_events(named_events(text), gives, gives_not)


@pytest.mark.parametrize(
    ("text", "gives", "gives_not"),
    [
        (
            "The Zorvan Front and its Kenyan offshoot, the Kessel Brigades, share commanders.",
            [("Kessel Brigades", "COOPERATE", "Zorvan Front")],
            [("Kenya", None, ""), ("", None, "Kenya")],
        ),
        (
            "The Zorvan Front's Ugandan branch, the Kessel Brigades, sent money to the Amber "
            "Legion.",
            [
                ("Kessel Brigades", "AID", "Amber Legion"),
                ("Kessel Brigades", "COOPERATE", "Zorvan Front"),
            ],
            [("Zorvan Front", "AID", "Amber Legion"), ("Uganda", None, "")],
        ),
        (
            "The Zorvan Front's Tanzanian proxy, the Kessel Brigades, attacked Kenyan positions.",
            [("Kessel Brigades", "ASSAULT", "Kenya")],
            [("Tanzania", None, "")],
        ),
        (
            "The Zorvan Front praised its Nigerian affiliate for the raid.",
            [],
            [("Zorvan Front", None, "Nigeria")],
        ),
        (  # a branch named by its place alone is no party: the owner's hostility only
            "The Zorvan Front has been openly hostile to the Kessel Brigades' Kenyan branch "
            "since 2018.",
            [("Zorvan Front", "REJECT", "Kessel Brigades")],
            [("Zorvan Front", "COOPERATE", ""), ("Kenya", None, "")],
        ),
        (  # "armed" before the possessor's noun is an adjective, not the verb "arm"
            "The Zorvan Front's armed wing, the Kessel Brigades, fired rockets at a Kenyan town.",
            [],
            [("Zorvan Front", "AID", "Kessel Brigades")],
        ),
        (  # an ally may be a state: the demonym stays the party
            "Iran and its Syrian ally fought the rebels.",
            [("Syria", "COOPERATE", "Iran")],
            [],
        ),
        (  # a state's own body keeps its state
            "The Zorvan Front condemned the Pakistani army for the raid.",
            [("Zorvan Front", "ACCUSE", "Pakistan")],
            [],
        ),
        (  # a thing owned by a state keeps its owner
            "The Zorvan Front praised Iranian support for its fighters.",
            [("Zorvan Front", "SUPPORT", "Iran")],
            [],
        ),
    ],
)
def test_a_country_adjective_places_a_branch(
    text: str, gives: list[Wanted], gives_not: list[Wanted]
) -> None:
    assert_events(named_events(text), gives, gives_not)


@pytest.mark.parametrize(
    ("text", "gives", "gives_not"),
    [
        (
            "The Zorvan Front and the Kessel Brigades, rival militias of the north, feuded "
            "throughout 2004, leaving dozens dead.",
            [
                ("Zorvan Front", "REJECT", "Kessel Brigades"),
                ("Kessel Brigades", "REJECT", "Zorvan Front"),
            ],
            [],
        ),
        (  # negated: nothing asserted
            "The Zorvan Front and the Kessel Brigades, rival militias of the north, never "
            "feuded openly.",
            [("Zorvan Front", "REJECT", "Kessel Brigades", "negated")],
            [("Zorvan Front", None, "Kessel Brigades")],
        ),
        (  # a passive participle keeps its passive reading: the front did not kill
            "Zorvan Front leader, a veteran of the war, killed in clash with the Kessel Brigades.",
            [("Kessel Brigades", "ASSAULT", "Zorvan Front")],
            [],
        ),
    ],
)
def test_a_verb_hung_on_its_subject_after_an_apposition_is_the_sentences(
    text: str, gives: list[Wanted], gives_not: list[Wanted]
) -> None:
    assert_events(named_events(text), gives, gives_not)


@pytest.mark.parametrize(
    ("text", "gives", "gives_not"),
    [
        (
            "The Zorvan Front's support for the Kessel Brigades declined after 2010.",
            [("Zorvan Front", "REJECT", "Kessel Brigades")],
            [("Zorvan Front", "AID", "Kessel Brigades")],
        ),
        (
            "Cooperation between the Zorvan Front and the Kessel Brigades has faded.",
            [
                ("Zorvan Front", "REJECT", "Kessel Brigades"),
                ("Kessel Brigades", "REJECT", "Zorvan Front"),
            ],
            [("Zorvan Front", "COOPERATE", "Kessel Brigades")],
        ),
        (
            "The Zorvan Front's funding of the Kessel Brigades dwindled in 2013.",
            [("Zorvan Front", "REJECT", "Kessel Brigades")],
            [("Zorvan Front", "AID", "Kessel Brigades")],
        ),
        (  # not shrunk: the help goes on
            "The Zorvan Front's support for the Kessel Brigades has not declined.",
            [],
            [("Zorvan Front", "REJECT", "Kessel Brigades")],
        ),
        (  # a possible waning asserts nothing
            "The Zorvan Front's support for the Kessel Brigades may have waned.",
            [],
            [("Zorvan Front", None, "Kessel Brigades")],
        ),
        (  # hostility that shrinks is no distancing
            "Fighting between the Zorvan Front and the Kessel Brigades declined in 2015.",
            [],
            [("Zorvan Front", "REJECT", "Kessel Brigades")],
        ),
    ],
)
def test_help_that_shrinks_is_distancing(
    text: str, gives: list[Wanted], gives_not: list[Wanted]
) -> None:
    assert_events(named_events(text), gives, gives_not)


@pytest.mark.parametrize(
    ("text", "gives", "gives_not"),
    [
        (
            "The Kessel Brigades were formed in 2004 by dissidents who opposed the Zorvan "
            "Front's ceasefire.",
            [("Kessel Brigades", "REJECT", "Zorvan Front")],
            [],
        ),
        (
            "The Kessel Brigades were set up by defectors who rejected the Zorvan Front's "
            "leadership.",
            [("Kessel Brigades", "REJECT", "Zorvan Front")],
            [],
        ),
        (  # a state opposed is no group left
            "The Kessel Brigades were formed in 2004 by dissidents who opposed the Kenyan "
            "government.",
            [],
            [("Kessel Brigades", "REJECT", "Kenya")],
        ),
        (  # they never left: no split
            "The Kessel Brigades were founded in 2009 by commanders who never left the Zorvan "
            "Front.",
            [],
            [("Kessel Brigades", "REJECT", "Zorvan Front")],
        ),
        (  # a relative clause of leaving still splits
            "The Kessel Brigades were founded in 2009 by commanders who left the Zorvan Front.",
            [("Kessel Brigades", "REJECT", "Zorvan Front")],
            [],
        ),
    ],
)
def test_founders_named_by_what_they_opposed_split(
    text: str, gives: list[Wanted], gives_not: list[Wanted]
) -> None:
    assert_events(named_events(text), gives, gives_not)


@pytest.mark.parametrize(
    "text",
    [
        "The Zorvan militia clashed with the Kenyan army. Later the militia attacked the Kessel "
        "Brigades.",
        "Later the fighters attacked the Kessel Brigades.",
    ],
)
def test_a_sentence_opening_word_is_no_eponym(text: str) -> None:
    assert_events(named_events(text), gives_not=[("Lautaro", None, "", None)])


def test_an_eponym_written_as_the_groups_still_stands_for_it() -> None:
    assert_events(
        named_events("Nazir fighters drove out Uzbek militants."),
        gives=[("Nazir", "COERCE", "Uzbekistan")],
    )
