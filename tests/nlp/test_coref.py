"""The shared resolver for group anaphors (coref49, issues 9 and 10): "the former" / "the
latter", two anaphors of one clause that the grammar keeps apart, an object pronoun that is
not its own verb's subject. All texts are invented; each positive has a twin that must stay
unresolved or unasserted (ambiguous antecedents, an adjective "former", negated or hedged
events)."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, named_events

from riftwatch.nlp import coref

DATE = "2014-06-01"


def found(text: str) -> set[tuple[str, str, str, str]]:
    return named_events(text, DATE)


# --- "the former" / "the latter" -------------------------------------------------------------


def test_former_and_latter_take_the_pair_named_before() -> None:
    text = (
        "Ansar Dine and AQIM met near Kidal in 2012. The former later sheltered the latter's "
        "fighters."
    )
    assert_events(found(text), gives=[("Ansar Dine", "AID", "Islamic Maghreb")])


def test_the_latter_as_subject_and_the_former_as_object() -> None:
    text = (
        "Hezbollah and Amal fought in Beirut in 1988. The latter later accused the former of "
        "killing its men."
    )
    assert_events(found(text), gives=[("Amal", "ACCUSE", "Hezbollah")])
    text = (
        "The PKK and the KDP signed a truce in 1995. A year later the latter attacked the "
        "former in Erbil."
    )
    assert_events(found(text), gives=[("Kurdistan Democratic", "ASSAULT", "Workers")])


def test_former_and_latter_do_not_carry_negation_away() -> None:
    text = (
        "Ansar Dine and AQIM met near Kidal in 2012. The former did not shelter the latter's "
        "fighters."
    )
    assert_events(found(text), gives_not=[("Ansar Dine", "AID", "Islamic Maghreb")])


def test_no_clear_pair_leaves_former_and_latter_unresolved() -> None:
    # four parties, none joined as a pair: which two are meant is unclear
    text = (
        "Hezbollah hosted Hamas envoys while Amal watched the PLO. The latter attacked the former."
    )
    assert_events(found(text), gives_not=[("", "ASSAULT", "")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The former commander of the front spoke.", []),
        ("The latter's men fled.", [(0, 10, "latter")]),
        ("They jailed the former in 2001.", [(12, 22, "former")]),
    ],
)
def test_former_latter_stand_alone_only(text: str, expected: list) -> None:
    assert coref.former_latter(text) == expected


# --- two anaphors of one clause ---------------------------------------------------------------


def test_subject_pronoun_and_description_take_different_groups() -> None:
    text = "Ahrar al-Sham took in the deserters from Jaysh al-Islam. It later attacked the group."
    assert_events(
        found(text),
        gives=[("Ahrar al-Sham", "ASSAULT", "Jaysh al-Islam")],
        gives_not=[("Jaysh al-Islam", "ASSAULT", "Ahrar al-Sham")],
    )


def test_hedged_twin_stays_unasserted() -> None:
    text = "Ahrar al-Sham took in the deserters from Jaysh al-Islam. It may later attack the group."
    assert_events(found(text), gives_not=[("Ahrar al-Sham", "ASSAULT", "Jaysh al-Islam")])


def test_description_named_by_its_noun_keeps_and_plural_pronoun_takes_the_members() -> None:
    text = (
        "The Islamic Movement of Uzbekistan hosted TTP commanders in Mir Ali. They later "
        "attacked the movement's camps."
    )
    assert_events(
        found(text),
        gives=[("Tehrik-i-Taliban", "ASSAULT", "Islamic Movement of Uzbekistan")],
    )


def test_two_equally_good_antecedents_resolve_to_nothing() -> None:
    text = (
        "Ahrar al-Sham and Jaysh al-Islam took in deserters from Faylaq al-Rahman. It later "
        "attacked the group."
    )
    assert_events(found(text), gives_not=[ANYTHING])


def test_speaker_pronoun_keeps_its_speakers() -> None:
    text = (
        "Jaish-e-Mohammed claimed the raid, and Indian officials said they had arrested dozens "
        "of the group's members."
    )
    assert_events(found(text), gives=[("India", "COERCE", "Jaish-e-Mohammed")])


# --- an object pronoun is not its own verb's subject ------------------------------------------


def test_object_pronoun_after_a_relative_clause() -> None:
    text = "Lashkar-e-Islam, which had sheltered Arab fighters for years, expelled them in 2009."
    assert_events(found(text), gives=[("Lashkar-e-Islam", "COERCE", "Arab fighters")])


def test_object_pronoun_under_refusal_is_not_asserted() -> None:
    text = "Lashkar-e-Islam, which had sheltered Arab fighters for years, refused to expel them."
    assert_events(found(text), gives_not=[("Lashkar-e-Islam", "COERCE", "")])


# --- the resolver's parts ---------------------------------------------------------------------


def test_choose_never_guesses_between_two_agreeing_groups() -> None:
    a = coref.Mention(coref._g("A Front"), 0, 10, 17, False, False)
    b = coref.Mention(coref._g("B Front"), 0, 30, 37, False, False)
    assert coref.choose("it", [a, b]) is None
    assert coref.choose("it", [a, b], exclude={"B Front"}).actor.name == "A Front"


def test_they_needs_a_plural_mention() -> None:
    a = coref.Mention(coref._g("A Front"), 0, 10, 17, True, False)
    assert coref.choose("they", [a]) is None
    assert coref.plural_mention("Arab fighters of the A Front", 21, 28) is False
    assert coref.plural_mention("A Front fighters left", 0, 7) is True


# --- a description is not a group its own clause names ----------------------------------------


def test_description_is_not_the_group_named_in_its_own_clause() -> None:
    text = (
        "Hurras al-Din accused HTS of betrayal in June, a charge HTS answered with raids on the "
        "group's depots near Idlib."
    )
    assert_events(found(text), gives=[("Tahrir al-Sham", "ASSAULT", "Hurras al-Din")])
    text = (
        "Ahrar al-Sham accused Jaysh al-Islam of theft in May, a claim Jaysh al-Islam answered "
        "by attacking the group's checkpoints."
    )
    assert_events(found(text), gives=[("Jaysh al-Islam", "ASSAULT", "Ahrar al-Sham")])


def test_threatened_raids_on_the_described_group_stay_unasserted() -> None:
    text = (
        "Hurras al-Din accused HTS of betrayal in June, a charge HTS answered with threats of "
        "raids on the group's depots near Idlib."
    )
    assert_events(found(text), gives_not=[("Tahrir al-Sham", "ASSAULT", "Hurras al-Din")])


def test_description_in_apposition_is_the_group_it_follows() -> None:
    text = "Al-Shabaab, the group behind the Westgate attack, praised AQAP."
    assert_events(found(text), gives=[("Al-Shabaab", "SUPPORT", "Arabian Peninsula")])


# --- "the" and a head noun of a group's name -------------------------------------------------


def test_head_noun_of_a_name_stands_for_that_group() -> None:
    text = (
        "The Kurdistan Workers' Party sheltered PJAK fighters in Qandil. Iran later shelled the "
        "party's camps."
    )
    assert_events(found(text), gives=[("Iran", "ASSAULT", "Kurdistan Workers")])


def test_head_noun_with_two_groups_so_named_resolves_to_nothing() -> None:
    text = (
        "The Kurdistan Workers' Party and the Kurdistan Democratic Party met in Erbil. Iran "
        "later shelled the party's camps."
    )
    assert_events(found(text), gives_not=[("Iran", "ASSAULT", "")])


def test_head_noun_under_negation_stays_negated() -> None:
    text = (
        "The Kurdistan Workers' Party sheltered PJAK fighters in Qandil. Iran did not shell the "
        "party's camps."
    )
    assert_events(found(text), gives_not=[("Iran", "ASSAULT", "Kurdistan Workers")])
