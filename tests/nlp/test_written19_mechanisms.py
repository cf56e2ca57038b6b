"""Written reports, round 19 (issue 9, helper written19): mechanisms found on round19_work
and the misses of the earlier work halves, each tested on invented sentences with negated,
hedged, denied or otherwise unasserted twins that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- a passive participle clause of its own: "Y fled, having been driven out by X" -----------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Hurras al-Din fighters fled towards the Turkish border, having been driven from their "
         "bases by HTS.", "Tahrir al-Sham", "COERCE", "Hurras"),
        ("AQAP militants withdrew into the desert of Shabwa, having been attacked by Saudi "
         "forces near the coast.", "Saudi", "ASSAULT", "Al Qaeda"),
        ("The Haqqani network's new cadres, having been trained by the ISI, crossed into "
         "Paktika.", "Inter-Services", "AID", "Haqqani"),
    ],
)  # fmt: skip
def test_a_passive_participle_clause_suffers_what_it_tells(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(named_events(text, "2019-01-01"), gives=[(source, etype, target)])


@pytest.mark.parametrize(
    "text",
    [
        "Hurras al-Din fighters fled towards the Turkish border, having possibly been driven "
        "from their bases by HTS.",
        "Hurras al-Din fighters fled towards the Turkish border without having been driven "
        "from their bases by HTS.",
        "AQAP militants withdrew into the desert of Shabwa, fearing that they would be "
        "attacked by Saudi forces near the coast.",
    ],
)  # fmt: skip
def test_a_hedged_or_negated_participle_clause_is_not_asserted(text: str) -> None:
    found = named_events(text, "2019-01-01")
    assert_events(found, gives_not=[("Tahrir al-Sham", "COERCE", "Hurras"),
                                    ("Saudi", "ASSAULT", "Al Qaeda")])  # fmt: skip


def test_a_possessive_in_the_participle_clause_is_the_sufferers() -> None:
    # "their strongholds" are the Islamic State's, not the Afghan forces' named nearer: the
    # "from" phrase names a place, so the driving is an expulsion of the Islamic State
    found = named_events(
        "Some 300 Islamic State fighters surrendered to Afghan government forces in Kunar, "
        "having been driven from their strongholds by the Taliban.",
        "2019-01-01",
    )
    assert_events(found, gives=[("Taliban", "COERCE", "Islamic State")])


# -- the passive of "drove Y from its strongholds" expels Y ------------------------------------
def test_driven_from_a_place_in_the_passive_is_an_expulsion() -> None:
    found = named_events("Nusra Front fighters were driven from their positions east of Raqqa "
                         "by the Islamic State.", "2014-01-01")  # fmt: skip
    assert_events(found, gives=[("Islamic State", "COERCE", "Nusra")])


@pytest.mark.parametrize(
    "text",
    [
        "Nusra Front fighters were not driven from their positions east of Raqqa by the "
        "Islamic State.",
        "Nusra Front fighters may have been driven from their positions east of Raqqa by the "
        "Islamic State.",
        "Monitors denied that Nusra Front fighters had been driven from their positions east "
        "of Raqqa by the Islamic State.",
    ],
)  # fmt: skip
def test_an_unasserted_passive_driving_is_no_expulsion(text: str) -> None:
    assert_events(named_events(text, "2014-01-01"),
                  gives_not=[("Islamic State", "COERCE", "Nusra")])  # fmt: skip


# -- "him": one man named by his group and his role -----------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("A Nusra Front commander told researchers that the Islamic State had sheltered him in "
         "Raqqa for a year.", "Islamic State", "AID", "Nusra"),
        ("A detained Hurras al-Din courier told investigators that HTS had arrested him twice "
         "before 2020.", "Tahrir al-Sham", "COERCE", "Hurras"),
    ],
)  # fmt: skip
def test_him_points_back_to_a_group_member_named_by_his_role(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(named_events(text, "2020-06-01"), gives=[(source, etype, target)])


@pytest.mark.parametrize(
    "text",
    [
        # denied, hedged, and a body noun (no one man) before "him"
        "A Nusra Front commander denied that the Islamic State had sheltered him in Raqqa.",
        "A Nusra Front commander told researchers that the Islamic State might have sheltered "
        "him in Raqqa.",
        "A Nusra Front unit told researchers that the Islamic State had sheltered him in Raqqa.",
    ],
)  # fmt: skip
def test_him_after_an_unasserted_act_or_a_body_noun_gives_no_shelter(text: str) -> None:
    assert_events(named_events(text, "2020-06-01"),
                  gives_not=[("Islamic State", "AID", "Nusra")])  # fmt: skip


# -- a bare "Taliban" in Afghanistan after the TTP was named earlier ---------------------------
def test_a_bare_taliban_placed_in_afghanistan_is_the_afghan_taliban() -> None:
    found = named_events(
        "The new Islamic State branch was founded by former TTP commanders. Within a year its "
        "fighters had attacked the Taliban in Kunar.",
        "2016-01-01",
    )
    assert_events(found, gives=[("Islamic State", "ASSAULT", "Afghan Taliban")],
                  gives_not=[("Islamic State", "ASSAULT", "Tehrik")])  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # a place in Pakistan, or the Pakistani state a party: the TTP as before
        "The TTP lost several commanders in 2014. Soon afterwards the Taliban attacked an "
        "army post in Bajaur.",
        "The TTP lost several commanders in 2014. Soon afterwards the Taliban attacked "
        "Pakistani troops from bases in Kunar.",
    ],
)  # fmt: skip
def test_a_bare_taliban_fighting_pakistan_stays_the_ttp(text: str) -> None:
    assert_events(named_events(text, "2015-01-01"), gives=[("Tehrik", "ASSAULT", "Pakistan")])


# -- a participle of judging after the verb of saying is the speaker's own act ---------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Five Nusra Front commanders were killed in American air strikes near Idlib, Hurras "
         "al-Din said, condemning the strikes.", "Hurras", "United States"),
        ("Dozens of AQAP militants died in Saudi air raids on Marib, the Islamic State said, "
         "denouncing the raids as a crusader campaign.", "Islamic State", "Saudi"),
    ],
)  # fmt: skip
def test_a_judging_participle_after_said_is_the_speakers(
    text: str, source: str, target: str
) -> None:
    assert_events(named_events(text, "2019-01-01"), gives=[(source, "ACCUSE", target)])


@pytest.mark.parametrize(
    "text",
    [
        "Five Nusra Front commanders were killed in American air strikes near Idlib, Hurras "
        "al-Din said, without condemning the strikes.",
        "Five Nusra Front commanders were killed in American air strikes near Idlib, Hurras "
        "al-Din may have said, condemning the strikes.",
    ],
)  # fmt: skip
def test_an_unasserted_judging_participle_accuses_nobody(text: str) -> None:
    assert_events(named_events(text, "2019-01-01"),
                  gives_not=[("Hurras", "ACCUSE", "United States")])  # fmt: skip


def test_a_participle_of_force_after_said_stays_the_reported_clauses() -> None:
    # "killing ..." after an interposed attribution is the reported attackers' act, never the
    # speaker's: the Islamic State did not kill anyone here
    found = named_events(
        "Hurras al-Din fighters stormed an HTS checkpoint, the Islamic State said, killing "
        "three guards.",
        "2019-01-01",
    )
    assert_events(found, gives_not=[("Islamic State", "ASSAULT", "")])


# -- a capitalised word of quantity opening the sentence begins no group's name ---------------
@pytest.mark.parametrize("opener", ["Several", "Some", "Dozens of", "Two"])
def test_a_quantity_opener_spells_no_acronym(opener: str) -> None:
    # "Several Nusra Front" had been read as the initials "SNF", a group of the UCDP data
    found = named_events(f"{opener} Nusra Front commanders were killed in American air strikes.",
                         "2019-01-01")  # fmt: skip
    assert_events(found, gives=[("United States", "ASSAULT", "Nusra Front")])


# -- a country or fallen government is the body that governed it that day --------------------
@pytest.mark.parametrize(
    ("text", "date", "source", "etype"),
    [
        ("Pakistan's foreign office accused Afghanistan of sheltering TTP commanders in Kunar.",
         "2023-03-01", "Pakistan", "ACCUSE"),
        ("Islamabad accused the Afghan government of letting TTP fighters regroup in Kunar.",
         "2022-11-01", "Pakistan", "ACCUSE"),
        ("American forces invaded Afghanistan in October 2001.", "2001-10-08", "U.S.", "ASSAULT"),
    ],
)  # fmt: skip
def test_a_state_party_on_a_day_a_group_governed_is_that_group(
    text: str, date: str, source: str, etype: str
) -> None:
    found = named_events(text, date)
    assert_events(found, gives=[(source, etype, "Afghan Taliban")],
                  gives_not=[(source, etype, "Afghanistan"),
                             (source, etype, "Afghan government")])  # fmt: skip


@pytest.mark.parametrize(
    ("text", "date", "source", "etype", "target"),
    [
        # the republic's years: the country and its government stay themselves
        ("Pakistan's foreign office accused Afghanistan of sheltering TTP commanders in Kunar.",
         "2015-03-01", "Pakistan", "ACCUSE", "Afghanistan"),
        ("Islamabad accused the Afghan government of letting TTP fighters regroup in Kunar.",
         "2012-11-01", "Pakistan", "ACCUSE", "Afghan government"),
        # a government named before its own start is the one its name stood for then
        ("The Taliban seized Kabul and abolished the Afghan interim government.", "1996-09-28",
         "Afghan Taliban", "", "Afghan government"),
    ],
)  # fmt: skip
def test_a_state_party_in_its_own_years_stays(
    text: str, date: str, source: str, etype: str, target: str
) -> None:
    found = named_events(text, date)
    assert any(source in s and (not etype or g == etype) and t == target and m == "asserted"
               for s, g, t, m in found), found  # fmt: skip


def test_a_hedged_invasion_asserts_no_attack_on_the_ruler() -> None:
    found = named_events("American forces may invade Afghanistan within weeks.", "2001-09-20")
    assert_events(found, gives_not=[("U.S.", "ASSAULT", ""), ("United States", "ASSAULT", "")])
