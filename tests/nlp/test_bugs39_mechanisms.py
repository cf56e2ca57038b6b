"""Analyst probes, round bugs39 (issue 9), on invented sentences and headlines.

Classes of phrasing, not sentences: an offer of aid is the offer made (AGREE), never the aid
given (AID); a headline that joins two clauses by a semicolon, a spaced dash or a colon is
read clause by clause; a headline's toll ("kills 5 in Y") killed people, not the place. Each
class has twins that must not be asserted (negated, denied, hedged, planned). None of the
sentences comes from a benchmark, a dev set or a news file.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, named_events


# -- a. an offer is the offer made, not the thing given ---------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Haqqani network offered rifles and explosives to Al Qaeda last winter.",
        "The Haqqani network offered Al Qaeda safe haven in its valleys.",
        "The Haqqani network has offered Al Qaeda cash and guides, officials said.",
        "According to the report, the Haqqani network offered shelter to Al Qaeda's envoys.",
    ],
)
def test_a_an_offer_is_an_agree_and_no_aid(text: str) -> None:
    assert_events(
        named_events(text, "2011-03-01"),
        gives=[("Haqqani", "AGREE", "Al Qaeda")],
        gives_not=[("Haqqani", "AID", "Al Qaeda")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Haqqani network did not offer rifles to Al Qaeda.",
        "The Haqqani network never offered Al Qaeda safe haven.",
        "The Haqqani network denied offering Al Qaeda cash and guides.",
        "The Haqqani network may have offered shelter to Al Qaeda's envoys.",
        "The Haqqani network allegedly offered rifles to Al Qaeda.",
        "The Haqqani network is expected to offer Al Qaeda safe haven.",
    ],
)
def test_a_an_offer_negated_or_hedged_asserts_nothing(text: str) -> None:
    assert_events(named_events(text, "2011-03-01"), gives_not=[ANYTHING])


def test_a_aid_delivered_beside_an_offer_stays_aid() -> None:
    """The offer verb takes the aid back only from its own objects: aid given by another verb
    of the sentence is given."""
    assert_events(
        named_events("The Haqqani network supplied rifles to Al Qaeda.", "2011-03-01"),
        gives=[("Haqqani", "AID", "Al Qaeda")],
    )


# -- d. a headline of two clauses is read clause by clause ------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Militants raid bank in Quetta; Taliban ambush police convoy in Bannu", "Tehrik",
         "Pakistani police"),
        ("Gunmen storm hotel in Peshawar - Taliban attack police post in Lakki Marwat", "Tehrik",
         "Pakistani police"),
        ("Floods cut roads across Helmand province: Taliban seize army base in Kunduz", "Taliban",
         "Afghan"),
    ],
)  # fmt: skip
def test_d_the_second_clause_of_a_headline_is_read(text: str, source: str, target: str) -> None:
    assert_events(named_events(text, "2015-06-01"), gives=[(source, None, target)])


@pytest.mark.parametrize(
    "text",
    [
        "Militants raid bank in Quetta; Taliban deny plan to attack police in Bannu",
        "Gunmen storm hotel in Peshawar - Taliban may attack police post in Lakki Marwat",
        "Floods cut roads across Helmand province: Taliban did not seize army base in Kunduz",
    ],
)
def test_d_a_hedged_or_negated_second_clause_asserts_nothing(text: str) -> None:
    assert_events(named_events(text, "2015-06-01"), gives_not=[("Taliban", None, "")])


def test_d_a_source_tag_after_a_dash_is_no_clause() -> None:
    """ "... - police": the reporter, never a party, also beside a joint."""
    found = named_events("Taliban ambush Afghan army convoy in Zabul - police", "2015-06-01")
    assert_events(found, gives=[("Taliban", "ASSAULT", "Afghan")],
                  gives_not=[("", None, "police")])  # fmt: skip


def test_d_a_full_sentence_with_a_semicolon_is_read_whole() -> None:
    """Only a headline is cut at its joints: a sentence ending in a full stop keeps its
    clauses together, so the refusal still answers the request of the first clause."""
    text = "Kabul urged the Taliban to expel Al Qaeda envoys from Helmand; the Taliban refused."
    assert_events(named_events(text, "2012-05-01"),
                  gives=[("Taliban", "REJECT", "Afghan government")])  # fmt: skip


# -- d'. a headline's toll killed people, not the place -----------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Taliban kill 7 in Ghazni",
        "Al-Shabaab gunmen kill 12 in Baidoa",
        "Islamic State kills 9 in Jalalabad",
    ],
)
def test_d_a_toll_in_a_place_makes_no_place_a_target(text: str) -> None:
    found = named_events(text, "2019-04-01")
    assert_events(found, gives_not=[("", None, name) for name in ("Ghazni", "Baidoa", "Jalalabad")])


def test_d_a_thing_destroyed_in_a_place_still_hits_the_place() -> None:
    """The older reading of an act on things done in a city stays."""
    assert_events(
        named_events("Al-Shabaab blew up bridges in Baidoa.", "2019-04-01"),
        gives=[("Shabaab", None, "Baidoa")],
    )


# -- f. a hyphenated group name the tagger reads as an adjective is still the subject ----------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Jaish-e-Mohammad allies with Harkat-ul-Ansar", "Jaish", "Harak"),
        ("Ansar-ul-Islam allies with Islamic State", "Ansar", "Islamic State"),
        ("Tehreek-e-Labbaik allies with TTP", "Labbaik", "Tehrik"),
    ],
)
def test_f_a_hyphenated_name_before_its_verb_is_the_subject(
    text: str, source: str, target: str
) -> None:
    assert_events(named_events(text, "2016-05-01"), gives=[(source, "COOPERATE", target)])


@pytest.mark.parametrize(
    "text",
    [
        "Ansar-ul-Islam may ally with Islamic State",
        "Ansar-ul-Islam denies alliance with Islamic State",
        "Ansar-ul-Islam will not ally with Islamic State",
    ],
)
def test_f_a_hedged_or_denied_alliance_of_a_hyphenated_name_is_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2016-05-01"), gives_not=[("Ansar", "COOPERATE", "")])


def test_f_a_country_adjective_still_owns_the_noun_after_it() -> None:
    """ "Iranian aid to Y rises": the demonym is no subject (the older reading stays)."""
    assert_events(
        named_events("Iranian aid to Hezbollah rises", "2016-05-01"),
        gives_not=[("Iran", "COOPERATE", "Hezbollah")],
    )


# -- e. a Somali town or region gives the sentence its country ---------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab kills 6 soldiers in Beledweyne",
        "Al-Shabaab gunmen killed three policemen in Afgooye.",
        "Police arrest al-Shabaab suspects in Galkayo",
    ],
)
def test_e_a_somali_place_makes_bare_forces_somalias(text: str) -> None:
    found = named_events(text, "2019-03-01")
    assert any("Somalia" in s or "Somalia" in t for s, _g, t, m in found if m == "asserted"), found


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab did not kill any soldiers in Beledweyne.",
        "Al-Shabaab may have killed three policemen in Afgooye.",
        "Police plan to arrest al-Shabaab suspects in Galkayo.",
    ],
)
def test_e_negated_or_hedged_acts_in_a_somali_place_are_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2019-03-01"), gives_not=[ANYTHING])


def test_e_the_capital_speaking_is_still_the_government() -> None:
    """The town list adds places only: the capital beside a word of speech stays the state."""
    assert_events(
        named_events("Mogadishu accused Nairobi of arming a militia in Gedo.", "2019-03-01"),
        gives=[("Somalia", "ACCUSE", "Kenya")],
    )


# -- e'. an attack beaten back in a place was not done to the place ---------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Levies repel militant attack in Kalat",
        "Police repulsed a militant assault in Kismayo.",
    ],
)
def test_e_a_repelled_attack_makes_no_place_a_party(text: str) -> None:
    found = named_events(text, "2019-03-01")
    assert_events(found, gives_not=[("", None, place) for place in ("Kalat", "Kismayo")])
    assert_events(found, gives_not=[(place, None, "") for place in ("Kalat", "Kismayo")])


# -- g. a transnational group joined by a hyphen to a country is the group ---------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("IS-Somalia accused al-Shabaab of poaching its recruits.", "Islamic State", "Shabaab"),
        ("ISIS-Libya attacked the Libyan National Army near Sirte.", "Islamic State", "Libyan"),
        ("Al-Shabaab and IS-Somalia clash near Qandala", "Shabaab", "Islamic State"),
    ],
)
def test_g_a_group_hyphen_country_is_the_group(text: str, source: str, target: str) -> None:
    found = named_events(text, "2019-03-01")
    assert_events(found, gives=[(source, None, target)])
    # the country is no party (the group's Somali branch, a name of its own since stop 48,
    # holds the word "Somalia": the names are compared whole)
    parties = {name for s, _g, t, _m in found for name in (s, t)}
    assert not parties & {"Somalia", "Libya"}, found


@pytest.mark.parametrize(
    "text",
    [
        "IS-Somalia denied attacking al-Shabaab fighters near Qandala.",
        "IS-Somalia may have attacked al-Shabaab fighters near Qandala.",
    ],
)
def test_g_a_group_hyphen_country_hedged_or_denied_is_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2019-03-01"), gives_not=[ANYTHING])


def test_g_a_hyphen_between_two_parties_still_joins_two_parties() -> None:
    """Only a group with branches in several countries takes a country after a hyphen: the
    Taliban and Pakistan stay two parties."""
    found = named_events("Taliban-Pakistan talks collapsed in March.", "2019-03-01")
    assert any(t == "Pakistan" or "Pakistan" in s for s, _g, t, _m in found), found


# -- b. "its rival" is the rival the document named ------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab's rival, IS-Somalia, grew in Bari. Al-Shabaab later accused its rival of "
        "heresy.",
        "IS-Somalia, al-Shabaab's main rival, grew in Bari. Al-Shabaab accused its main rival "
        "of heresy.",
    ],
)
def test_b_its_rival_is_the_rival_named_before(text: str) -> None:
    assert_events(named_events(text, "2019-03-01"),
                  gives=[("Shabaab", "ACCUSE", "Islamic State")])  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # no rival told before: no guess
        "Al-Shabaab accused its rival of heresy.",
        # the rival told, but the accusation hedged or denied
        "Al-Shabaab's rival, IS-Somalia, grew in Bari. Al-Shabaab may have accused its rival "
        "of heresy.",
        "Al-Shabaab's rival, IS-Somalia, grew in Bari. Al-Shabaab denied accusing its rival "
        "of heresy.",
    ],
)
def test_b_its_rival_untold_or_hedged_asserts_no_accusation(text: str) -> None:
    assert_events(named_events(text, "2019-03-01"), gives_not=[("Shabaab", "ACCUSE", "")])


def test_b_a_name_in_apposition_after_its_rival_wins() -> None:
    """ "its rival, Z": the name says who, not the rival told before."""
    text = ("Al-Shabaab's rival, IS-Somalia, grew in Bari. Al-Shabaab accused its rival, "
            "Hizbul Islam, of heresy.")  # fmt: skip
    assert_events(named_events(text, "2019-03-01"),
                  gives_not=[("Shabaab", "ACCUSE", "Islamic State")])  # fmt: skip


# -- c. numbered units: the state's when it owns them, else an open group or nobody ------------
def test_c_a_numbered_brigade_with_no_owner_is_an_open_group() -> None:
    found = named_events("The 512 Brigade clashed with Islamic State fighters near Sirte.",
                         "2022-03-01")  # fmt: skip
    assert_events(found, gives=[("512 Brigade", "ASSAULT", "Islamic State")])


def test_c_a_numbered_unit_a_state_owns_is_the_state() -> None:
    found = named_events("Libya's 512 Brigade clashed with Islamic State fighters near Sirte.",
                         "2022-03-01")  # fmt: skip
    assert_events(found, gives=[("Libya", "ASSAULT", "Islamic State")],
                  gives_not=[("512", None, "")])  # fmt: skip


def test_c_an_ordinal_division_with_no_owner_is_no_group() -> None:
    """ "the 9th Division" is some army's part: no group of its own, and no guess whose."""
    found = named_events("The 9th Division clashed with Hayat Tahrir al-Sham near Idlib.",
                         "2022-03-01")  # fmt: skip
    assert_events(found, gives_not=[("Division", None, ""), ("", None, "Division")])


@pytest.mark.parametrize(
    "text",
    [
        "The 512 Brigade may have clashed with Islamic State fighters near Sirte.",
        "The 512 Brigade did not attack Islamic State fighters near Sirte.",
        "The 512 Brigade reportedly plans to attack Islamic State fighters near Sirte.",
    ],
)
def test_c_a_numbered_brigade_hedged_or_negated_is_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2022-03-01"), gives_not=[ANYTHING])


# -- e''. acts only people suffer are never done to the place ---------------------------------
def test_e_wounding_people_in_a_town_makes_no_town_a_target() -> None:
    found = named_events("Al-Shabaab killed 9 soldiers and wounded 4 officers near Jowhar.",
                         "2019-03-01")  # fmt: skip
    assert_events(found, gives_not=[("", None, "Jowhar")])


# -- g'. clan militias and clan elders are the tribal collective -------------------------------
def test_g_clan_militias_are_the_tribal_collective() -> None:
    found = named_events("Clan militias in Hiraan turned against al-Shabaab last year.",
                         "2019-03-01")  # fmt: skip
    assert_events(found, gives=[("tribal elders", "REJECT", "Shabaab")],
                  gives_not=[("Clan", None, "")])  # fmt: skip


def test_g_clan_militias_negated_fight_is_not_asserted() -> None:
    found = named_events("Clan militias did not fight al-Shabaab in Galguduud.", "2019-03-01")
    assert_events(found, gives_not=[ANYTHING])
