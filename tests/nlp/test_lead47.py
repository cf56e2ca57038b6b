"""lead47: what an analyst's walk on a Sahel corpus found, on invented sentences."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, api_events, api_named, assert_events, dated

_named = dated(api_named, "2021-02-10")


@pytest.mark.parametrize(
    "text",
    [
        "The government was open to talks with the Taliban and the Haqqani network.",
        "Officials said the cabinet had held talks with Ansar Dine and the MNLA in Algiers.",
        "The envoy's talks with al-Shabaab and Hizbul Islam were held in Nairobi.",
    ],
)
def test_parties_named_after_with_are_not_each_others_partners(text: str) -> None:
    """'talks with X and Y': X and Y each face the subject, never each other."""
    found = _named(text)
    names = [{s, t} for s, _g, t, _m in found]
    pairs = [
        ("Taliban", "Haqqani"),
        ("Ansar Dine", "Azawad"),
        ("Shabaab", "Hizbul"),
    ]
    for a, b in pairs:
        assert not any(any(a in n for n in both) and any(b in n for n in both) for both in names), (
            found
        )


def test_talks_with_two_parties_go_to_the_speakers_government() -> None:
    text = (
        "Malian officials said the government was open to talks with Iyad Ag Ghaly and "
        "Amadou Koufa."
    )
    assert_events(
        _named(text),
        gives=[
            ("Mali", "CONSULT", "Nusrat", "hypothetical"),
            ("Mali", "CONSULT", "Macina", "hypothetical"),
        ],
        gives_not=[ANYTHING],
    )


def test_talks_between_two_parties_still_join_them() -> None:
    assert_events(
        _named("Talks between the Taliban and the Haqqani network resumed in Miranshah."),
        gives=[("Taliban", "CONSULT", "Haqqani"), ("Haqqani", "CONSULT", "Taliban")],
    )


def test_a_row_opening_with_a_year_and_month_is_dated_by_it() -> None:
    """A table row or log line "2019-07<tab>X attacked Y" happened then, not at the report's
    date; "2011-12" stays a two-year range."""
    row = api_events("2019-07\tISGS fighters attacked a JNIM camp near Boulikessi.", "2020-06-15")
    assert [(e["event_type"], e["date"]) for e in row] == [("ASSAULT", "2019-07")]
    spanned = api_events("In 2011-12 the Taliban attacked TTP camps.", "2020-06-15")
    assert {e["date"] for e in spanned} == {"2011/2012"}


def test_a_bare_the_two_after_an_adverb_or_closing_between_stands_for_the_pair() -> None:
    """ "the two reportedly carried out ...", "a split between the two was ...": the two groups
    named last, as "the two groups" is."""
    named = _named(
        "JNIM and ISGS kept apart for years. In 2018 the two reportedly carried out joint "
        "attacks near the Niger border."
    )
    assert_events(named, gives=[("Nusrat", "COOPERATE", "Greater Sahara")])
    doubted = _named(
        "Since 2019 JNIM and ISGS have clashed. A diplomat said talk of a lasting split "
        "between the two was wishful thinking."
    )
    assert_events(doubted, gives=[("Nusrat", "REJECT", "Greater Sahara", "uncertain")])
    assert_events(
        _named("JNIM and ISGS were close. Relations between the two men soured in 2019."),
        gives_not=[("Nusrat", None, "Greater Sahara")],
    )


def test_the_group_in_a_later_clause_is_the_group_named_in_the_clause_before() -> None:
    """ "X pledged to IS on behalf of Y, but Z said the group remained loyal to AQ": Y, named in
    the clause before, not the subject of the sentence before (the pair that merged)."""
    text = (
        "On 2 March 2017 Ansar Dine and al-Mourabitoun merged into a new coalition. In May 2015 "
        "Adnan Abu Walid al-Sahrawi pledged allegiance to the Islamic State on behalf of "
        "al-Mourabitoun, but Mokhtar Belmokhtar rejected the pledge and said the group "
        "remained loyal to Al Qaeda."
    )
    assert_events(
        api_named(text, "2017-04-20"),
        gives=[("Mourabitoun", "SUPPORT", "Al Qaeda")],
        gives_not=[("Ansar Dine", "SUPPORT", "Al Qaeda")],
    )


def test_a_person_who_speaks_of_the_group_may_mean_his_own() -> None:
    """ "Z rejected the pledge and said the group remained loyal to AQ": the group named in the
    clause before (al-Mourabitoun), never the Islamic State named first."""
    found = api_named(
        "In May 2015 Adnan Abu Walid al-Sahrawi pledged allegiance to the Islamic State on "
        "behalf of al-Mourabitoun, but Mokhtar Belmokhtar rejected the pledge and said the "
        "group remained loyal to Al Qaeda.",
        "2015-06-20",
    )
    assert_events(
        found,
        gives=[("Mourabitoun", "SUPPORT", "Al Qaeda")],
        gives_not=[("Islamic State", "SUPPORT", "Al Qaeda")],
    )


def test_a_person_acted_on_is_no_speaker_of_the_group() -> None:
    """ "Zawahiri welcomed the group": the group is the one named before, not his."""
    found = _named(
        "Al-Shabaab announced that it had joined Al Qaeda, and Zawahiri welcomed the group into "
        "the organisation in a video."
    )
    assert_events(found, gives=[("Al Qaeda", "SUPPORT", "Shabaab")])


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Gunmen sent by Mokhtar Belmokhtar attacked MNLA positions near Kidal.", "Mourabitoun"),
        ("Men commanded by Iyad Ag Ghaly ambushed MNLA fighters near Aguelhok.", "Ansar Dine"),
        ("Fighters led by the Pakistani Taliban attacked a police post in Swat.", "Tehrik"),
    ],
)
def test_men_sent_led_or_commanded_by_a_leader_are_his_groups(text: str, group: str) -> None:
    """'gunmen sent by P', 'men commanded by P': the men of P's group do the act."""
    found = api_named(text, "2015-05-01")
    assert_events(found, gives=[(group, "ASSAULT", "")])
    assert not any(s == "unidentified militants" for s, _g, _t, _m in found), found


def test_men_sent_by_a_state_are_no_group_of_it_and_a_negated_act_stays_negated() -> None:
    assert_events(
        api_named("Militants sent by Pakistan attacked Afghan border posts.", "2015-05-01"),
        gives_not=[("Pakistan", "ASSAULT", "")],
    )
    assert_events(
        api_named("Gunmen sent by Mokhtar Belmokhtar did not attack the MNLA.", "2015-05-01"),
        gives=[("Mourabitoun", "ASSAULT", "Azawad", "negated")],
        gives_not=[ANYTHING],
    )
