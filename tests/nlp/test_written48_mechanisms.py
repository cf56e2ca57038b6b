"""Written reports, round 33 of the data (issue 9, helper written48): recall classes met over
the work halves of several rounds, each fixed as a mechanism and tested on invented sentences
with negated, hedged, denied or look-alike twins that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- a speaker owns an attack the sentence told with no author --------------------------------
# ("..., and X said one of its members had carried out the bombing", "...; X said the attack
# was theirs"; written._owned_act, cues.yaml owning_pronouns and claimed_doing_verbs; rounds
# 15, 30, 32 and 33 tell an unowned attack and its claim in two clauses)
@pytest.mark.parametrize(
    "text,source,target",
    [
        ("Gunmen ambushed a convoy of Pakistani soldiers near Tank, and the TTP said two of "
         "its fighters had carried out the ambush.", "Tehrik", "Pakistan"),
        ("A car bomb killed six Afghan policemen outside Ghazni; the Taliban said the attack "
         "was theirs.", "Taliban", "Afghan"),
        ("Militants stormed a checkpoint of the Frontier Corps in Khyber, killing three "
         "guards, and the Islamic State said its men had staged the assault.",
         "Islamic State", "Frontier"),
        ("Gunmen shot dead four Afghan soldiers in Herat; the Taliban said the "
         "killing was its own.", "Taliban", "Afghan"),
    ],
)  # fmt: skip
def test_a_speaker_owning_an_unowned_attack_is_its_author(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2016-05-01")
    assert_events(found, gives=[(source, "ASSAULT", target)])


@pytest.mark.parametrize(
    "text,source,target",
    [
        # denied, negated, hedged or disowned: the attack keeps no author
        ("Gunmen ambushed a convoy of Pakistani soldiers near Tank, and the TTP denied that "
         "its fighters had carried out the ambush.", "Tehrik", "Pakistan"),
        ("A car bomb killed six Afghan policemen outside Ghazni; the Taliban said the attack "
         "was not theirs.", "Taliban", "Afghan"),
        ("Militants stormed a checkpoint of the Frontier Corps in Khyber, killing three "
         "guards, and the Islamic State said its men may have staged the assault.",
         "Islamic State", "Frontier"),
        ("Gunmen ambushed a convoy of Pakistani soldiers near Tank, and the TTP said its "
         "fighters had not carried out the ambush.", "Tehrik", "Pakistan"),
        # the doers are not the speaker's own: a statement about someone else
        ("Gunmen ambushed a convoy of Pakistani soldiers near Tank, and the TTP said "
         "foreign fighters had carried out the ambush.", "Tehrik", "Pakistan"),
    ],
)  # fmt: skip
def test_a_denied_hedged_or_foreign_doing_gives_the_attack_no_author(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2016-05-01")
    assert_events(found, gives_not=[(source, "ASSAULT", target)])


# -- sanctions read through the listed label and through the people whose assets are frozen ----
# ("listed X as a terrorist group": events.yaml list, needs_role designation; "froze the assets
# of N men who (it said) had financed Y": code.SentenceCoder target search and
# written.backed_by_sanctioned; rounds 22, 23, 30, 33 miss a sanction in these shapes)
@pytest.mark.parametrize(
    "text,source,target",
    [
        ("In 2017 the State Department listed Jamaat-ud-Dawa as a terrorist organisation.",
         "State Department", "Jamaat"),
        ("The U.S. Treasury froze the bank accounts of four traders who had funded the "
         "Haqqani network.", "Treasury", "Haqqani"),
        ("Riyadh froze the assets of nine men it said had financed Al Qaeda in the Arabian "
         "Peninsula.", "Saudi", "Al Qaeda"),
    ],
)  # fmt: skip
def test_a_listing_by_label_or_a_freeze_on_backers_sanctions_the_group(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2018-03-01")
    assert_events(found, gives=[(source, "SANCTION", target)])


@pytest.mark.parametrize(
    "text,source,target",
    [
        ("The State Department has not listed Jamaat-ud-Dawa as a terrorist organisation.",
         "State Department", "Jamaat"),
        ("The report listed Jamaat-ud-Dawa among the charities that sent aid to Kashmir.",
         "", "Jamaat"),
        ("The U.S. Treasury froze the bank accounts of four traders who had never funded the "
         "Haqqani network.", "Treasury", "Haqqani"),
        ("The U.S. Treasury may freeze the bank accounts of four traders who funded the "
         "Haqqani network.", "Treasury", "Haqqani"),
    ],
)  # fmt: skip
def test_a_negated_listing_or_unbacked_freeze_sanctions_no_group(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2018-03-01")
    assert_events(found, gives_not=[(source, "SANCTION", target)])


# -- a count of people struck, named by a partitive phrase after it ---------------------------
# ("killed fifteen people in Z, most of them members of the Frontier Corps", "a bombing that
# killed thirty people, many of them Afghan soldiers"; written.partitive_victims, cues.yaml
# partitive_people and partitive_quantifiers; rounds 1, 12, 21, 30 name victims or attackers
# by "N of them" / "several of the attackers")
@pytest.mark.parametrize(
    "text,source,target",
    [
        ("A Pakistani Taliban bomber killed eleven people in Bannu, most of them members of "
         "the Frontier Corps.", "Tehrik", "Frontier"),
        ("Gunmen of the Islamic State killed seven men near Herat, all of them Afghan "
         "policemen.", "Islamic State", "Afghan"),
        ("Al Shabaab claimed a bombing in Mogadishu that killed twenty people, "
         "several of them Somali soldiers.", "Shabaab", "Somali"),
    ],
)  # fmt: skip
def test_a_partitive_after_a_count_of_people_names_the_victims(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2015-08-06")
    assert_events(found, gives=[(source, "ASSAULT", target)])


@pytest.mark.parametrize(
    "text,source,target",
    [
        ("Gunmen of the Islamic State killed seven men near Herat, none of them Afghan "
         "policemen.", "Islamic State", "Afghan"),
        ("Gunmen of the Islamic State may have killed seven men near Herat, all of them "
         "Afghan policemen.", "Islamic State", "Afghan"),
        ("Gunmen of the Islamic State did not kill seven men near Herat, all of them Afghan "
         "policemen.", "Islamic State", "Afghan"),
    ],
)  # fmt: skip
def test_no_asserted_victims_by_none_of_them_or_a_hedged_or_negated_killing(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2015-08-06")
    assert_events(found, gives_not=[(source, "ASSAULT", target)])


# -- a sanctions list is no item of intelligence (precision, seen while testing listings) ------
# ("listed X on its sanctions list" read "its list" as X's intelligence acted on: an AID from
# X to the lister; written.acted_on_intelligence skips a record of sanctions)
def test_a_party_put_on_a_sanctions_list_gives_it_no_intelligence_role() -> None:
    found = named_events("Canada listed Jamaat-ud-Dawa on its terror list in 2012.", "2012-06-01")
    assert_events(
        found, gives=[("Canada", "SANCTION", "Jamaat")], gives_not=[("Jamaat", "AID", "Canada")]
    )


def test_a_list_from_a_party_is_still_its_intelligence() -> None:
    found = named_events(
        "Pakistani police, acting on a list from the CIA, arrested three Al Qaeda men.",
        "2012-06-01",
    )
    assert_events(found, gives=[("Central Intelligence", "AID", "Pakistan")])


# -- a claim the sentence says could not be checked or was shown false is not asserted --------
# ("..., a claim that could not be verified", "..., a claim the army showed to be false", "told
# X, in remarks that could not be verified, that ..."; written.unchecked_claim in modality;
# the two assertions on items without gold of round33_work: the apposition and phrase forms of
# what unverified_afterwards and trailing_denied_claim read as clauses)
@pytest.mark.parametrize(
    "text,source,target",
    [
        ("The TTP said its fighters had ambushed a Frontier Corps convoy in Khyber, a claim "
         "that could not be independently verified.", "Tehrik", "Frontier"),
        ("Al Qaeda said its men had killed two Saudi border guards, a claim the interior "
         "ministry showed to be false.", "Al Qaeda", "Saudi"),
        ("A Taliban commander in Zabul told a newspaper, in comments that could not be "
         "verified, that his fighters had received mortars from Pakistani intelligence.",
         "Inter-Services", "Taliban"),
    ],
)  # fmt: skip
def test_a_claim_left_unchecked_or_shown_false_is_not_asserted(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2014-03-01")
    assert_events(found, gives_not=[(source, None, target)])


@pytest.mark.parametrize(
    "text,source,target,etype",
    [
        # the twins: a claim checked and confirmed stays asserted
        ("The TTP said its fighters had ambushed a Frontier Corps convoy in Khyber, a claim "
         "that officials later confirmed.", "Tehrik", "Frontier", "ASSAULT"),
        ("A Taliban commander in Zabul told a newspaper, in comments that were later "
         "verified, that his fighters had received mortars from Pakistani intelligence.",
         "Inter-Services", "Taliban", "AID"),
    ],
)  # fmt: skip
def test_a_claim_confirmed_stays_asserted(text: str, source: str, target: str, etype: str) -> None:
    found = named_events(text, "2014-03-01")
    assert_events(found, gives=[(source, etype, target)])
