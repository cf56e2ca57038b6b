"""Sides the mention finder did not recognise (issue 10, sides24).

- a country word before an agent word that modifies a noun of no actor ("Somali rebel
  positions", "Chadian militant camps") names the rebels of that country, never its state;
  a country word before a state noun stays the state;
- a name that needs context words, or that several groups share, is settled by the countries
  of every actor the sentence names, wherever it stands ("the ARS ... Ras Kamboni"), and of
  the places the document named; a name several groups share goes to the one group of those
  countries, and stays open where the text is about another country or none;
- the knowledge base gives the groups of the Stanford MMP list their home countries
  (``curated/mmp_countries.yaml``), so that their partners settle such names.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Ethiopian troops shelled Somali rebel positions near the border.", "Somali rebels"),
        ("Kenyan jets bombed Somali militant camps near the coast.", "Somali militants"),
        ("Chadian helicopters struck Sudanese rebel bases in the east.", "Sudanese rebel"),
    ],
)
def test_rebels_of_a_country_before_a_noun_of_no_actor(text: str, side: str) -> None:
    found = named_events(text, "2008-05-01")
    assert_events(found, gives=[("", "ASSAULT", side)], gives_not=[("", None, "Government")])
    assert not [e for e in found if e[2] in ("Somalia", "Sudan")], found  # never the state


def test_denied_and_hedged_shelling_of_rebel_positions_is_not_asserted() -> None:
    for text in (
        "Ethiopian troops did not shell Somali rebel positions near the border.",
        "Ethiopian troops may have shelled Somali rebel positions near the border.",
        "Ethiopia denied that its troops shelled Somali rebel positions.",
    ):
        assert_events(named_events(text, "2008-05-01"), gives_not=[("", "ASSAULT", "rebels")])


def test_a_country_word_before_a_state_noun_stays_the_state() -> None:
    found = named_events("Ethiopian troops shelled Somali army positions near the border.",
                         "2008-05-01")  # fmt: skip
    assert_events(found, gives=[("Ethiopia", "ASSAULT", "Somalia")],
                  gives_not=[("", "ASSAULT", "rebels")])  # fmt: skip
    jets = named_events("Israeli fighter jets bombed the camps of the Zorbist Front.", "2008")
    assert_events(jets, gives=[("Israel", "ASSAULT", "Zorbist Front")])


def test_militant_leaders_of_a_country_are_not_its_government() -> None:
    found = named_events("Somali militant leaders met Kenyan officials in Nairobi.", "2008")
    assert_events(
        found,
        gives=[("Somali militant leaders", "CONSULT", "Kenya")],
        gives_not=[("Government of Somalia", None, "")],
    )


def test_rebel_fighters_of_a_country_are_a_side() -> None:
    found = named_events("Somali rebel fighters attacked Ethiopian troops.", "2008")
    assert_events(found, gives=[("Somali rebel fighters", "ASSAULT", "Ethiopia")])
    plain = named_events("Syrian fighters attacked Turkish troops.", "2016")
    assert_events(plain, gives_not=[("Syrian fighters", "ASSAULT", "")])


def test_a_short_form_is_settled_by_a_group_named_later_in_its_sentence() -> None:
    found = named_events(
        "The Asmara wing of the ARS joined Ras Kamboni to fight the government.", "2009-02-01"
    )
    # (the ARS's Asmara wing is its own actor since stop 51's kb52: the wing of the short form)
    assert_events(found, gives=[("ARS-Asmara", None, "Ras Kamboni")])
    hedged = named_events(
        "The Asmara wing of the ARS may have joined Ras Kamboni to fight the government.",
        "2009-02-01",
    )
    assert_events(
        hedged,
        gives_not=[
            ("ARS", None, "Ras Kamboni"),
            ("Alliance for the Re-liberation", None, "Ras Kamboni"),
        ],
    )


def test_a_shared_name_goes_to_the_one_group_of_the_sentences_countries() -> None:
    # Ennahda is a Tunisian party: of the groups called Ansar al-Sharia, the Tunisian one
    found = named_events("Ennahda accused Ansar al-Sharia of attacking the embassy.", "2012-10")
    assert_events(found, gives=[("Nahda", "ACCUSE", "Tunisia")],
                  gives_not=[("", None, "Libya"), ("", None, "Arabian Peninsula")])  # fmt: skip
    libya = named_events("Ansar al-Sharia fighters attacked Libyan troops in 2014.", "2014-10")
    assert_events(libya, gives=[("Ansar al-Shariah (Libya)", "ASSAULT", "Libya")])


def test_a_shared_name_in_a_text_about_another_country_stays_open() -> None:
    for text in (
        "Ansar al-Sharia fighters attacked the Zorbist Front.",
        "Ansar al-Sharia fighters attacked the Zorbist Front in Mombasa, Kenya.",
    ):
        found = named_events(text, "2014-10")
        assert_events(
            found,
            gives=[("Ansar al-Sharia", "ASSAULT", "")],
            gives_not=[("Tunisia", None, ""), ("(Libya)", None, ""), ("Arabian", None, "")],
        )


def test_a_negated_attack_by_a_settled_name_is_not_asserted() -> None:
    said = named_events("Ennahda said Ansar al-Sharia attacked the Zorbist Front.", "2012-10")
    assert_events(said, gives=[("Tunisia", "ASSAULT", "Zorbist Front")])
    found = named_events(
        "Ennahda said Ansar al-Sharia never attacked the Zorbist Front.", "2012-10"
    )
    assert_events(found, gives_not=[("Tunisia", "ASSAULT", "")])


def test_a_surname_the_tagger_takes_for_an_organisation_is_no_group() -> None:
    found = named_events(
        "Giovanni Zorzetti founded a new cell; Zorzetti's followers attacked the Kestrel Front.",
        "1994",
    )
    assert_events(found, gives_not=[("Zorzetti", None, "")])
    # the person's tie still makes his men his group's
    tied = named_events(
        "Dario Zorzetti founded the Zorbist Front in 1990. "
        "In 1994 Zorzetti's followers attacked the Kestrel Army.",
        "1994",
    )
    assert_events(tied, gives=[("Zorbist Front", "ASSAULT", "Kestrel Army")])
    # initials stay a group's name
    joint = named_events("UNITA and the FNLA proclaimed a joint government in Huambo.", "1975")
    assert_events(
        joint,
        gives=[("National Union for the Total Independence of Angola", "COOPERATE",
                "National Front for the Liberation of Angola")],
    )  # fmt: skip


def test_british_and_american_spellings_of_a_name_are_one_group() -> None:
    found = named_events(
        "The Eelam Revolutionary Organisation of Students kept working with the Tigers.", "1995"
    )
    assert_events(
        found,
        gives=[("Eelam Revolutionary Organization of Students", "COOPERATE", "Liberation Tigers")],
    )
    # a short form of no country the sentence names stays open
    alone = named_events("The Zorbist Front fought the Tigers.", "1995")
    assert_events(alone, gives=[("Zorbist Front", "ASSAULT", "Tigers")],
                  gives_not=[("", None, "Liberation Tigers")])  # fmt: skip


def test_a_known_name_of_a_region_of_its_own_country_is_that_group() -> None:
    found = named_events("The Gamaa Islamiya of Upper Egypt attacked the Zorbist Front.", "1990")
    assert_events(found, gives=[("Gama'a al-Islamiyya", "ASSAULT", "Zorbist Front")])
    denied = named_events(
        "The Gamaa Islamiya of Upper Egypt denied that it attacked the Zorbist Front.", "1990"
    )
    assert_events(denied, gives_not=[("Gama'a al-Islamiyya", "ASSAULT", "Zorbist Front")])
