"""Analyst probes, round bugs38 (issue 9), on invented sentences.

Classes of phrasing, not sentences: a verb of leaving whose "from" phrase is a part of another
party named by its possessor ("broke away from Y's wing", "withdrew from Y's branch") leaves
that party. Each class has twins that must not be asserted (negated, denied, hedged, planned).
None of the sentences comes from a benchmark, a dev set or a news file.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- f. leaving a party's wing or branch is leaving the party ---------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Jamaat-ul-Ahrar broke away from the TTP's wing in Bajaur last spring.",
        "Jamaat-ul-Ahrar withdrew from the TTP's branch in Orakzai.",
        "In 2014 Jamaat-ul-Ahrar broke away from the TTP's northern wing.",
        "Jamaat-ul-Ahrar reportedly broke away from the TTP's branch in Khyber.",
    ],
)
def test_f_leaving_a_partys_part_is_leaving_the_party(text: str) -> None:
    assert_events(
        named_events(text, "2014-09-01"),
        gives=[("Jamaat-ul-Ahrar", "REJECT", "Tehrik")],
        gives_not=[("Jamaat-ul-Ahrar", "COOPERATE", "Tehrik")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Jamaat-ul-Ahrar did not break away from the TTP's wing in Bajaur.",
        "Jamaat-ul-Ahrar never withdrew from the TTP's branch in Orakzai.",
        "Jamaat-ul-Ahrar denied breaking away from the TTP's branch in Khyber.",
        "Jamaat-ul-Ahrar allegedly withdrew from the TTP's northern wing.",
        "Jamaat-ul-Ahrar may break away from the TTP's wing in Bajaur.",
        "Jamaat-ul-Ahrar plans to withdraw from the TTP's branch in Orakzai.",
    ],
)
def test_f_a_leaving_negated_or_hedged_is_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2014-09-01"), gives_not=[("", "REJECT", "")])


def test_f_the_alliance_noun_still_ends_with_its_partner() -> None:
    """The older reading of a relation noun left ("broke away from its alliance with Y")."""
    assert_events(
        named_events("Jamaat-ul-Ahrar broke away from its alliance with the TTP.", "2014-09-01"),
        gives=[("Jamaat-ul-Ahrar", "REJECT", "Tehrik")],
    )


# -- h. "the Treasury" after "the U.S. Treasury Department": the body named before -----------
@pytest.mark.parametrize(
    "text",
    [
        "The U.S. Treasury Department froze the assets of two Taliban donors. Last week the "
        "Treasury also designated Lashkar-e-Taiba.",
        "In May the U.S. Treasury Department acted against Taliban fundraisers. The Treasury "
        "then designated Lashkar-e-Taiba as a terrorist group.",
    ],
)
def test_h_one_word_of_a_body_named_before_is_that_body(text: str) -> None:
    assert_events(
        named_events(text, "2012-06-01"),
        gives=[("Treasury Department", "SANCTION", "Lashkar")],
        gives_not=[("", "SANCTION", "Treasury")],
    )


def test_h_the_body_word_keeps_the_verbs_modality() -> None:
    found = named_events(
        "The U.S. Treasury Department froze the assets of two Taliban donors. The Treasury did "
        "not designate Lashkar-e-Taiba.",
        "2012-06-01",
    )
    assert_events(
        found,
        gives=[("Treasury Department", "SANCTION", "Lashkar", "negated")],
        gives_not=[("", "SANCTION", "Lashkar")],
    )


def test_h_without_the_body_named_before_the_word_is_no_such_body() -> None:
    """Nothing in the document names the department or tells of a listing: "the Treasury" is
    no U.S. body. Since stop 60 (written65) a bare "the Treasury" that designates or
    sanctions is the U.S. department, the way armed-group reports tell Washington's
    listings; a British treasury's words (the Chancellor, HM) keep it apart."""
    found = named_events("The Treasury criticised Lashkar-e-Taiba.", "2012-06-01")
    assert_events(found, gives_not=[("Treasury Department", None, "")])
    found = named_events(
        "The Chancellor said the Treasury had designated Lashkar-e-Taiba.", "2012-06-01"
    )
    assert_events(found, gives_not=[("Treasury Department", None, "")])


# -- i. a headline's third-person verb that is also a plural noun ("allies", "arms") ---------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("JeM allies with Lashkar-e-Taiba after split", "Jaish", "COOPERATE", "Lashkar"),
        ("Haqqanis ally with Al Qaeda in Paktika", "Haqqani", "COOPERATE", "Qaeda"),
        ("TTP arms Lashkar-e-Jhangvi cells in Karachi", "Tehrik", "AID", "Lashkar-e-Jhangvi"),
    ],
)
def test_i_a_headline_verb_read_as_a_plural_noun_is_the_verb(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(named_events(text, "2016-05-01"), gives=[(source, etype, target)])


def test_i_a_one_sided_alliance_headline_runs_one_way() -> None:
    """ "X allies with Y" tells X's move; nothing says Y allied with X."""
    found = named_events("JeM allies with Lashkar-e-Taiba after split", "2016-05-01")
    assert_events(found, gives_not=[("Lashkar", "COOPERATE", "Jaish")])


@pytest.mark.parametrize(
    "text",
    [
        "Jaish-e-Mohammad denies it allies with Lashkar-e-Taiba",
        "Jaish-e-Mohammad may ally with Lashkar-e-Taiba, say officials",
        "Jaish-e-Mohammad not to ally with Lashkar-e-Taiba",
        "TTP denies it arms Lashkar-e-Jhangvi",
    ],
)
def test_i_a_denied_or_hedged_headline_alliance_is_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2016-05-01"), gives_not=[("", ("COOPERATE", "AID"), "")])


def test_i_the_quote_shows_the_headlines_own_word() -> None:
    """The repair parses "allies" as "ally"; the event still quotes the headline's word."""
    from riftwatch import api

    events = api.explain("JeM allies with Lashkar-e-Taiba after split", date="2016-05-01")["events"]
    assert [e["quote"] for e in events if e["event_type"] == "COOPERATE"] == ["allies"]


# -- b. receiving from a party's men; "his unit" of a man named by his group and role ---------
@pytest.mark.parametrize(
    "text",
    [
        "An Ahrar al-Sham commander said his unit had received fuel from Hezbollah operatives.",
        "An Ahrar al-Sham commander told reporters that his brigade received provisions from "
        "Hezbollah.",
        "Hezbollah sent fuel and rations to Ahrar al-Sham fighters near Homs.",
    ],
)
def test_b_receiving_from_a_partys_men_is_aid_to_the_receivers_party(text: str) -> None:
    assert_events(named_events(text, "2015-02-01"), gives=[("Hezbollah", "AID", "Ahrar")])


@pytest.mark.parametrize(
    "text",
    [
        "An Ahrar al-Sham commander denied that his unit had received fuel from Hezbollah.",
        "An Ahrar al-Sham commander said his unit may have received fuel from Hezbollah.",
        "An Ahrar al-Sham commander said his unit never received provisions from Hezbollah.",
    ],
)
def test_b_receiving_denied_or_hedged_is_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2015-02-01"), gives_not=[("", "AID", "")])


def test_b_no_longer_receiving_is_a_break_from_the_former_helper() -> None:
    """LABELLING: "no longer" receiving help is conf from the former helper to the other."""
    found = named_events("Ahrar al-Sham no longer received fuel from Hezbollah.", "2015-02-01")
    assert_events(
        found,
        gives=[("Hezbollah", "REJECT", "Ahrar")],
        gives_not=[("Hezbollah", "AID", "Ahrar")],
    )


def test_b_his_unit_without_a_man_named_has_no_owner() -> None:
    """Nobody named is "his": the unit is no party, so nothing is given to anyone."""
    found = named_events("Officials said his unit received fuel from Hezbollah.", "2015-02-01")
    assert_events(found, gives_not=[("Hezbollah", "AID", "")])


def test_h_a_body_word_opening_a_name_of_its_own_is_left_alone() -> None:
    """ "the Department of ..." names another department, not the one named before."""
    from riftwatch.nlp import shortforms
    from riftwatch.nlp.code import Actor

    dept = Actor(id="org:t", name="Zorbia Treasury Department", type="government",
                 mention="Zorbia Treasury Department", org_id="org:t")  # fmt: skip
    text = "Later the Department of Fisheries and the Department said Y paid."
    found = shortforms.body_words(text, [dept], lambda s, e: True, lambda n: None, [-1])
    assert [text[s:e] for s, e, _a in found] == ["Department"]
    assert found[0][0] == text.rindex("Department")
