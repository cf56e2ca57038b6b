"""Classes left open by stop 33's analyst walk, fixed in stop 34.

1. A name that the knowledge base and the model's entities miss, said to be a group by a
   noun in apposition ("The ZDF, a Ugandan rebel group, attacked ..."; "Kessara, an Iraqi
   Shia militia, ..."): an open armed group, also where the knowledge base keeps the same
   initials for a group of another country under a rule whose context is absent ("ADF"),
   and the same group when a later sentence of the document names it again.
2. The past form of an event verb that the parser read as an adjective of the noun after
   it, leaving the sentence with no verb ("Hamas's military wing fired rockets at Israel",
   "X's armed wing, the Y Brigades, fired rockets at Z"): the verb is the sentence's, the
   name before it its subject.
3. An aid noun owned by a country adjective or a name before it, with an "of" phrase
   ("Iranian funding of Hezbollah rose"): the "of" phrase is the party helped, as after a
   possessive ("Iran's funding of Hezbollah"); and a short sentence whose past verb is no
   event verb ("Iranian support for Hezbollah grew after 2006") is not a headline's
   passive, so the noun before it is not re-read as a verb.
5. A definite noun that heads group names ("the brigade", "the front") stands for the
   nearest group named with that word, never for a place ("fighters at the front"); a
   definite kind noun ("the militia", "the rebels") stands for a group only the parse found
   in an earlier sentence, named before that noun ("The Zorvan militia was formed ... the
   militia attacked Y").
4. "May" or "might" with "still" ("a faction may still cooperate with Y") guesses at what
   is the case now: uncertain, not hypothetical; "could still attack" stays hypothetical.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, id_events, named_events


@pytest.mark.parametrize(
    ("text", "gives", "gives_not"),
    [
        (
            "The ZDF, a Ugandan rebel group, attacked Congolese troops near Beni.",
            [("ZDF", "ASSAULT", "Congo")],
            [],
        ),
        (  # the knowledge base's Cameroonian "ADF" needs Cameroonian context: here it is the
            # Ugandan group (in the knowledge base since stop 48, with Ugandan/Congolese context)
            "The ADF, a Ugandan rebel group, attacked Congolese troops near Beni.",
            [("Allied Democratic Forces", "ASSAULT", "Congo")],
            [("Ambazonia", "ASSAULT", "")],
        ),
        (  # a one-word foreign name the model takes for a person's
            "Kessara, an Iraqi Shia militia, attacked American troops in Basra.",
            [("Kessara", "ASSAULT", "")],
            [],
        ),
        (  # negated: nothing asserted
            "The ZDF, a Ugandan rebel group, did not attack Congolese troops near Beni.",
            [("ZDF", "ASSAULT", "Congo", "negated")],
            [("ZDF", "ASSAULT", "Congo", "asserted")],
        ),
        (  # hedged
            "The ZDF, a Ugandan rebel group, may have attacked Congolese troops near Beni.",
            [],
            [("ZDF", "ASSAULT", "Congo", "asserted")],
        ),
        (  # an apposition that says who a person is names no group
            "Kessel, a militia commander, attacked American troops in Basra.",
            [],
            [("Kessel", "ASSAULT", "")],
        ),
    ],
)
def test_name_in_apposition_with_a_group_noun(text, gives, gives_not):
    assert_events(named_events(text), gives, gives_not)


def test_a_name_opened_in_apposition_is_the_same_group_later_in_the_document():
    text = (
        "The ADF, a Ugandan rebel group, has camps in the forests near Beni. "
        "In 2019 the ADF attacked Congolese troops near the town."
    )
    events = id_events(text, "2019-06-01")
    # one group throughout: the Ugandan ADF the knowledge base knows since stop 48 (an open
    # actor "open:adf" before it)
    assert [e for e in events if e[1] == "ASSAULT" and e[0] == "org:allied-democratic-forces"], (
        events
    )
    assert not [e for e in events if "ambazonia" in e[0]], events


def test_a_phrase_that_opens_with_an_adverb_is_no_name():
    found = named_events("Later, a group of gunmen attacked Congolese troops near Beni.")
    assert not [e for e in found if "Later" in e[0] or "Later" in e[2]], found


@pytest.mark.parametrize(
    ("text", "gives", "gives_not"),
    [
        (
            "Hamas's military wing fired rockets at Israel.",
            [("Hamas", "ASSAULT", "Israel")],
            [],
        ),
        (
            "Hamas's armed wing, the Qassam Brigades, fired rockets at Israel.",
            [("Hamas", "ASSAULT", "Israel")],
            [],
        ),
        (
            "The Zorvan Front's armed wing shelled Kessel Brigades positions.",
            [("Zorvan Front", "ASSAULT", "Kessel Brigades")],
            [],
        ),
        (  # negated and hedged twins
            "Hamas's military wing did not fire rockets at Israel.",
            [],
            [("Hamas", "ASSAULT", "Israel", "asserted")],
        ),
        (
            "Hamas's military wing may have fired rockets at Israel.",
            [],
            [("Hamas", "ASSAULT", "Israel", "asserted")],
        ),
    ],
)
def test_a_past_verb_read_as_an_adjective_is_the_sentences_verb(text, gives, gives_not):
    assert_events(named_events(text), gives, gives_not)


@pytest.mark.parametrize(
    ("text", "gives", "gives_not"),
    [
        (
            "Iranian funding of Hezbollah rose sharply in 2006.",
            [("Iran", "AID", "Hezbollah")],
            [],
        ),
        (
            "Saudi financing of the Zorvan Front was documented in 2004.",
            [("Saudi Arabia", "AID", "Zorvan Front")],
            [],
        ),
        (
            "Iranian support for Hezbollah grew after 2006.",
            [("Iran", "AID", "Hezbollah")],
            [("Iran", "SUPPORT", "Hezbollah")],
        ),
        (
            "Syrian support for Hezbollah grew after 2012.",
            [("Syria", "AID", "Hezbollah")],
            [],
        ),
        (  # negated and hedged twins
            "Iranian funding of Hezbollah never materialised.",
            [],
            [("Iran", "AID", "Hezbollah", "asserted")],
        ),
        (
            "Iranian funding of Hezbollah may have risen in 2006.",
            [],
            [("Iran", "AID", "Hezbollah", "asserted")],
        ),
        (  # a participle before the noun says who backed it, not whose it is
            "U.S.-backed funding of the Zorvan Front rose in 2006.",
            [],
            [("United States", "AID", "Zorvan Front", "asserted")],
        ),
    ],
)
def test_aid_owned_by_a_modifier(text, gives, gives_not):
    assert_events(named_events(text), gives, gives_not)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (
            "A Nyatura faction may still cooperate with the Zorvan Front, a researcher said.",
            "uncertain",
        ),
        ("The Nyatura might still shelter Zorvan Front commanders.", "uncertain"),
        ("The Nyatura may cooperate with the Zorvan Front.", "hypothetical"),
        ("The Nyatura could still attack the Zorvan Front.", "hypothetical"),
    ],
)
def test_a_guess_at_what_still_goes_on_is_uncertain(text, modality):
    found = named_events(text)
    assert found, text
    assert {m for _s, _t, _o, m in found} == {modality}, found


@pytest.mark.parametrize(
    ("text", "gives", "gives_not"),
    [
        (
            "The Kessel Liberation Front and the Zorvan Brigade fought together until 2009. "
            "That year the brigade attacked the front.",
            [("Zorvan Brigade", "ASSAULT", "Kessel Liberation Front")],
            [],
        ),
        (
            "The Kessel Liberation Front and the Zorvan Brigade fought together until 2009. "
            "That year the brigade did not attack the front.",
            [],
            [("Zorvan Brigade", "ASSAULT", "Kessel Liberation Front", "asserted")],
        ),
        (  # a place: no group
            "The Zorvan Brigade sent fighters to the front in 2009 and attacked the Kessel "
            "Liberation Front.",
            [("Zorvan Brigade", "ASSAULT", "Kessel Liberation Front")],
            [("Zorvan Brigade", "", "Zorvan Brigade")],
        ),
        (
            "The Zorvan militia was formed in 2004 in the hills of Kessel. In 2008 the militia "
            "attacked the Kessel Liberation Front.",
            [("Zorvan", "ASSAULT", "Kessel Liberation Front")],
            [],
        ),
        (
            "Zorvan rebels set up camps in Kessel in 2004. In 2008 the rebels attacked the "
            "Kessel Liberation Front.",
            [("Zorvan", "ASSAULT", "Kessel Liberation Front")],
            [],
        ),
        (
            "The Zorvan militia was formed in 2004. In 2008 the militia may have attacked the "
            "Kessel Liberation Front.",
            [],
            [("Zorvan", "ASSAULT", "Kessel Liberation Front", "asserted")],
        ),
    ],
)
def test_kind_nouns_stand_for_the_group_named_with_them(text, gives, gives_not):
    assert_events(named_events(text), gives, gives_not)


@pytest.mark.parametrize(
    ("text", "gives", "gives_not"),
    [
        (
            "Dozens of Kessel Brigades fighters were killed in Nigerian raids.",
            [("Nigeria", "ASSAULT", "Kessel Brigades")],
            [("", "", "Dozens of")],
        ),
        (
            "Hundreds of Zorvan Front fighters joined the Kessel Brigades.",
            [("Zorvan Front", "SUPPORT", "Kessel Brigades")],
            [("Hundreds of", "", "")],
        ),
        (  # a name that opens with "All" is still a name
            "The All Zorvan Tiger Force attacked the Kessel Brigades.",
            [("All Zorvan Tiger Force", "ASSAULT", "Kessel Brigades")],
            [],
        ),
    ],
)
def test_a_word_of_quantity_opens_no_name(text, gives, gives_not):
    assert_events(named_events(text), gives, gives_not)
