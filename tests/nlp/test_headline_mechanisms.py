"""Headline recall mechanisms (issue 9: extraction of real headlines that generalises).

One test per class of construction, on invented headlines (none from a benchmark, a
development set or the labelled corpus): the reporter in a trailing source tag, the home
country of a named group for bare state nouns, short country forms before a group name,
noun-phrase headlines ("Killing of X by Y"), group names in modifiers ("IS-linked
militants"), operations aimed at a group ("raid targeting X", "anti-X offensive"), a group's
claim of an attack told in the same headline, "including X" inside an object, and clashes
told as an exchange of fire, a shootout or crossfire. Every construction also has a test that its
negated, hedged or future form is not asserted, and that unattributed "militants" and
"gunmen" stay outside the families.
"""

from __future__ import annotations

import pytest

from riftwatch.nlp.extract import extract_document

DATE = "2019-05-01"
TTP, PAK_ARMY, PAK_POLICE = "org:ttp", "org:pak-army", "org:pak-police"
STATE = ("org:pak-army", "org:pak-police", "org:pak-government", "org:ctd", "org:pak-fc")


def coded(text: str, date: str = DATE) -> list[tuple[str, str, str, str]]:
    """(source id, type, target id, modality) of every event of a one-line headline."""
    out = []
    for c in extract_document({"id": "t", "text": text, "date": date}):
        e = c.event
        out.append((e.source.org_id or e.source.id, e.event_type,
                    e.target.org_id or e.target.id, e.modality))  # fmt: skip
    return out


def asserted(text: str, date: str = DATE) -> set[tuple[str, str, str]]:
    return {(s, t, g) for s, t, g, m in coded(text, date) if m == "asserted"}


def state(ident: str) -> bool:
    return ident.startswith(("org:pak-", "country:pakistan")) or ident in STATE


def has(found: set[tuple[str, str, str]], source: str, etype: str, target: str) -> bool:
    """An event of ``etype`` from ``source`` to ``target`` ("PAK" = any Pakistani body)."""

    def match(ident: str, want: str) -> bool:
        return state(ident) if want == "PAK" else ident == want

    return any(match(s, source) and t == etype and match(g, target) for s, t, g in found)


def no_family_dyad(found: set[tuple[str, str, str]]) -> bool:
    """No asserted event between two named families (unidentified militants are none)."""
    return not any("unidentified" not in s + g and "collective" not in s + g for s, _t, g in found)


# -- the reporter in a trailing source tag -------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Suicide bomber kills 19 in NW Pakistan: officials",
        "Blast kills 7 at Quetta market - police",
        "Roadside bomb wounds 4 in Bannu: Pakistani army",
    ],
)
def test_a_source_tag_is_the_reporter_not_a_party(text: str) -> None:
    assert no_family_dyad(asserted(text)), coded(text)


def test_a_source_tag_keeps_the_event_it_reports() -> None:
    found = asserted("TTP militants kill 3 soldiers in Bannu - officials")
    assert has(found, TTP, "ASSAULT", "PAK"), found


# -- the home country of a named group ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Pakistani Taliban kill four soldiers",
        "TTP claims responsibility for attack on policemen",
        "TTP militants ambush security forces convoy",
    ],
)
def test_bare_state_nouns_take_the_home_country_of_the_named_group(text: str) -> None:
    assert has(asserted(text), TTP, "ASSAULT", "PAK"), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "IS claims attack on soldiers",  # a group of several countries: no country
        "Taliban kill two soldiers",  # a bare Taliban: Afghan or Pakistani by context only
        "Gunmen kill four soldiers",
    ],
)
def test_no_home_country_without_one_home_group(text: str) -> None:
    assert no_family_dyad(asserted(text)), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani Taliban did not kill the soldiers, spokesman says",
        "Pakistani Taliban may attack soldiers",
        "Pakistani Taliban vow to kill soldiers",
    ],
)
def test_home_country_events_keep_their_modality(text: str) -> None:
    assert not has(asserted(text), TTP, "ASSAULT", "PAK"), coded(text)


# -- short country forms before a group name -------------------------------------------------
def test_pak_taliban_is_the_ttp() -> None:
    found = asserted("Pak Taliban militants kill two policemen in Peshawar")
    assert has(found, TTP, "ASSAULT", "PAK"), found
    assert not any("afghan-taliban" in s + g for s, _t, g in found), found


def test_pak_taliban_denial_is_not_asserted() -> None:
    found = asserted("Pak Taliban deny killing two policemen in Peshawar")
    assert not has(found, TTP, "ASSAULT", "PAK"), found


# -- noun-phrase headlines: "Killing of X by Y" ------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Killing of three policemen by TTP militants in Bannu",
        "Bombing of police station by TTP militants in Bannu",
    ],
)
def test_noun_phrase_headline_with_a_by_agent(text: str) -> None:
    found = asserted(text)
    assert any(s == TTP and state(g) for s, _t, g in found), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Alleged killing of three policemen by TTP militants in Bannu",
        "Suspected killing of three policemen by TTP militants in Bannu",
        "No killing of policemen by TTP militants in Bannu, says spokesman",
    ],
)
def test_noun_phrase_headline_hedged_or_negated_is_not_asserted(text: str) -> None:
    assert not any(s == TTP and state(g) for s, _t, g in asserted(text)), coded(text)


def test_noun_phrase_headline_with_unnamed_militants_stays_outside() -> None:
    found = asserted("Killing of three policemen by militants in Bannu")
    assert no_family_dyad(found), found


# -- group names in modifiers: "IS-linked militants" ----------------------------------------
@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Security forces kill five IS militants in Mastung", "org:islamic-state"),
        ("Police arrest two TTP-affiliated militants in Swat", TTP),
    ],
)
def test_group_linked_members_are_the_group(text: str, group: str) -> None:
    found = asserted(text)
    assert any(state(s) and g == group for s, _t, g in found), coded(text)


def test_loosely_linked_members_are_not_the_group() -> None:
    """'IS-linked militants' read like 'militants linked to IS' (headline.yaml loose_ties,
    round 6: the two orders made consistent; the labelled corpus's call that a
    'Taliban-linked militant' is no Taliban)."""
    found = asserted("Security forces kill five IS-linked militants in Mastung")
    assert not any(g == "org:islamic-state" for _s, _t, g in found), found


def test_group_linked_members_keep_modality() -> None:
    found = asserted("Security forces may have killed five IS-linked militants in Mastung")
    assert not any(g == "org:islamic-state" for _s, _t, g in found), found


def test_militants_without_a_linked_group_stay_outside() -> None:
    found = asserted("Security forces kill five militants in Mastung")
    assert not any(g in (TTP, "org:islamic-state") for _s, _t, g in found), found


# -- operations aimed at a group --------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Pakistan army launches operation aimed at TTP in Khyber",
        "Two policemen killed in raid targeting TTP hideout in Bannu",
        "Pakistan army widens anti-TTP offensive in North Waziristan",
    ],
)
def test_operation_aimed_at_a_group(text: str) -> None:
    found = asserted(text)
    assert any(state(s) and g == TTP for s, _t, g in found), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan army plans anti-TTP offensive in North Waziristan",
        "Pakistan army may launch operation aimed at TTP in Khyber",
        "Pakistan army will not launch operation targeting TTP in Khyber",
    ],
)
def test_operation_aimed_at_a_group_planned_or_possible_is_not_asserted(text: str) -> None:
    assert not any(state(s) and g == TTP for s, _t, g in asserted(text)), coded(text)


def test_anti_group_militiamen_are_not_the_group() -> None:
    found = asserted("Police kill anti-TTP militiamen in Swat")
    assert not any(g == TTP for _s, _t, g in found), found


def test_raid_targeting_unnamed_militants_stays_outside() -> None:
    found = asserted("Police raid targeting militants in Karachi")
    assert no_family_dyad(found), found


# -- "including X" inside an object ---------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Security forces kill 12 militants, including three TTP commanders, in Bajaur",
        "Pakistani airstrikes kill nine, including TTP commander",
    ],
)
def test_including_names_the_group_of_the_unnamed(text: str) -> None:
    found = {(s, t, g) for s, t, g in asserted(text)}
    assert any(g == TTP for _s, _t, g in found), coded(text)


def test_including_keeps_negation_and_unnamed_stay_outside() -> None:
    found = asserted("Airstrikes kill nine in Pakistan, including TTP commander")
    assert not any(g == TTP for _s, _t, g in found), found  # a strike with no owner
    found = asserted("Security forces did not kill 12 militants, including three TTP commanders")
    assert not any(g == TTP for _s, _t, g in found), found
    found = asserted("Security forces kill 12 militants, including three foreigners, in Bajaur")
    assert not any(g == TTP for _s, _t, g in found), found


# -- a leading dateline is a place, not a party ----------------------------------------------
def test_a_leading_country_dateline_is_not_a_party() -> None:
    found = asserted("Pakistan: five members of al-Qaeda's local branch killed")
    assert not any(s.startswith("country:") or g.startswith("country:") for s, _t, g in found)


def test_a_dateline_keeps_the_event_after_it() -> None:
    found = asserted("Pakistan: TTP militants kill two soldiers in Bannu")
    assert has(found, TTP, "ASSAULT", "PAK"), found


# -- conditions set for talks are not talks held -----------------------------------------------
def test_preconditions_for_talks_are_not_talks() -> None:
    found = asserted("Pakistani Taliban set preconditions for talks with government")
    assert not any(t == "CONSULT" for _s, t, _g in found), found
    found = asserted("Pakistani Taliban hold talks with government in Islamabad")
    assert any(s == TTP and t == "CONSULT" for s, t, _g in found), found


# -- clashes told as shootouts, crossfire and exchanges of fire ------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Four TTP militants killed in crossfire with police in Mardan",
        "Four TTP militants killed in shootout with police in Mardan",
        "Four TTP militants killed in exchange of fire with police in Mardan",
        "TTP militants exchange fire with police in Mardan",
    ],
)
def test_fire_exchanges_are_clashes_both_ways(text: str) -> None:
    found = asserted(text)
    assert has(found, TTP, "ASSAULT", "PAK") and has(found, "PAK", "ASSAULT", TTP), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "TTP militants did not exchange fire with police in Mardan",
        "TTP militants may exchange fire with police in Mardan",
    ],
)
def test_fire_exchanges_negated_or_possible_are_not_asserted(text: str) -> None:
    assert not has(asserted(text), TTP, "ASSAULT", "PAK"), coded(text)


def test_fire_exchanges_with_unnamed_militants_stay_outside() -> None:
    found = asserted("Four militants killed in exchange of fire with police in Mardan")
    assert no_family_dyad(found), found


def test_prisoner_exchange_is_not_a_clash() -> None:
    found = coded("TTP and Pakistan exchanged prisoners in Swat")
    assert not any(t == "ASSAULT" for _s, t, _g, _m in found), found


# -- participles the tagger misreads: "nabbed", a leading "Wanted" ---------------------------
@pytest.mark.parametrize(
    "text",
    [
        "TTP terrorist nabbed in Swat",
        "Wanted TTP commander held in Karachi",
    ],
)
def test_arrest_participles_in_headlines(text: str) -> None:
    assert has(asserted(text), "PAK", "COERCE", TTP), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wanted TTP commander may be held in Karachi",
        "TTP terrorist not nabbed in Swat, police admit",
        "Wanted militant held in Karachi",
    ],
)
def test_arrest_participles_hedged_negated_or_unnamed(text: str) -> None:
    assert not has(asserted(text), "PAK", "COERCE", TTP), coded(text)


# -- the target of the attack a killing happened in ------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "TTP militants kill 9 in attack on police station in Bannu",
        "TTP gunmen kill 11 in Pakistan air force base attack",
    ],
)
def test_killing_in_an_attack_on_a_state_target(text: str) -> None:
    assert has(asserted(text), TTP, "ASSAULT", "PAK"), coded(text)


def test_killing_in_an_attack_negated_or_unnamed() -> None:
    found = asserted("TTP militants did not kill 9 in attack on police station in Bannu")
    assert not has(found, TTP, "ASSAULT", "PAK"), found
    found = asserted("Gunmen kill 9 in attack on police station in Bannu")
    assert no_family_dyad(found), found


# -- who raided: victims of a clash between others, forces killed in their own raid ----------
def test_people_killed_in_a_clash_between_others_are_no_party() -> None:
    found = asserted("Two tribesmen killed in shootout between TTP militants and police in Bannu")
    assert not any("tribe" in s + g or "local" in s + g for s, _t, g in found), found


def test_forces_killed_in_a_raid_on_a_group_made_the_raid() -> None:
    found = asserted("Three policemen killed in raid on TTP hideout in Bannu")
    assert has(found, "PAK", "ASSAULT", TTP), found
    assert not any(state(s) and state(g) for s, _t, g in found), found  # not killed by own side


def test_forces_killed_in_a_planned_raid_is_not_asserted() -> None:
    found = asserted("Three policemen killed while planning raid on TTP hideout in Bannu")
    assert not has(found, "PAK", "ASSAULT", TTP), found


# -- "X dead in Y's attack" -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "TTP chief dead in US drone strike in Afghanistan",
        "Pakistan confirms TTP commander dead in US drone strike",
    ],
)
def test_dead_in_an_owned_attack(text: str) -> None:
    found = asserted(text)
    assert any(s.startswith("org:us-") and g == TTP for s, _t, g in found), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "TTP commander believed dead in US drone strike",
        "TTP commander not dead in US drone strike, says spokesman",
        "TTP denies commander dead in US drone strike",
        "TTP commander dead in drone strike",  # no owner named
    ],
)
def test_dead_in_hedged_denied_or_unowned_is_not_asserted(text: str) -> None:
    found = asserted(text)
    assert not any(g == TTP for _s, _t, g in found), coded(text)


# -- a group's claim of the headline's own attack ---------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Gunmen kill two policemen in Quetta, TTP claims attack",
        "Gunmen kill two policemen in Quetta; TTP claims responsibility",
    ],
)
def test_a_claim_names_the_author_of_an_unattributed_attack(text: str) -> None:
    assert has(asserted(text), TTP, "ASSAULT", "PAK"), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen kill two policemen in Quetta, TTP denies claim of attack",
        "Gunmen kill two policemen in Quetta, TTP does not claim attack",
    ],
)
def test_a_denied_claim_names_no_author(text: str) -> None:
    assert not has(asserted(text), TTP, "ASSAULT", "PAK"), coded(text)


def test_a_claim_by_no_group_leaves_gunmen_unattributed() -> None:
    found = asserted("Gunmen kill two policemen in Quetta, officials claim")
    assert no_family_dyad(found), found


# -- a country adjective deep inside a state agent's noun phrase ----------------------------
def test_country_inside_the_phrase_of_a_state_agent() -> None:
    found = asserted("TTP gunmen kill senior Pakistani counter-terrorism officer in Quetta")
    assert has(found, TTP, "ASSAULT", "PAK"), found
    found = asserted("TTP gunmen may have killed senior Pakistani counter-terrorism officer")
    assert not has(found, TTP, "ASSAULT", "PAK"), found
    found = asserted("Gunmen kill senior Pakistani counter-terrorism officer in Quetta")
    assert no_family_dyad(found), found
