"""coref50: a plural pronoun after a coordinated subject stands for both parties, and a
subject pronoun opening a coordinated clause carries on that clause's subject, never a nearer
object when the subject is no named actor. All texts are invented; each positive has a twin
that must stay unresolved or unasserted."""

from __future__ import annotations

from tests.nlp.conftest import ANYTHING, assert_events, named_events

from riftwatch.nlp import coref

DATE = "2019-06-01"


def found(text: str) -> set[tuple[str, str, str, str]]:
    return named_events(text, DATE)


# --- "they" / "their" after "X and Y ..." ------------------------------------------------------


def test_their_relation_noun_after_a_coordinated_subject_takes_both() -> None:
    text = (
        "Ahrar al-Sham and Jaysh al-Islam held one front line for years. Their merger with "
        "Faylaq al-Rahman came in 2019."
    )
    assert_events(
        found(text),
        gives=[
            ("Ahrar al-Sham", "COOPERATE", "Faylaq al-Rahman"),
            ("Jaysh al-Islam", "COOPERATE", "Faylaq al-Rahman"),
        ],
    )


def test_they_after_a_coordinated_subject_takes_both() -> None:
    text = (
        "Ahrar al-Sham and Jaysh al-Islam held one front line for years. In 2019 they attacked "
        "Faylaq al-Rahman."
    )
    assert_events(
        found(text),
        gives=[
            ("Ahrar al-Sham", "ASSAULT", "Faylaq al-Rahman"),
            ("Jaysh al-Islam", "ASSAULT", "Faylaq al-Rahman"),
        ],
    )


def test_negated_twin_of_the_pair_stays_unasserted() -> None:
    text = (
        "Ahrar al-Sham and Jaysh al-Islam held one front line for years. In 2019 they did not "
        "attack Faylaq al-Rahman."
    )
    assert_events(
        found(text),
        gives_not=[
            ("Ahrar al-Sham", "ASSAULT", "Faylaq al-Rahman"),
            ("Jaysh al-Islam", "ASSAULT", "Faylaq al-Rahman"),
        ],
    )


def test_a_pair_beside_a_plural_party_is_no_clear_antecedent() -> None:
    a = coref.Mention(coref._g("A Front"), 0, 0, 7, True, False, "A Front and B Army hit C men.")
    b = coref.Mention(coref._g("B Army"), 0, 12, 18, False, False, a.text)
    c = coref.Mention(coref._g("C Party"), 0, 23, 24, False, True, a.text)
    assert coref.coordinated_subject([a, b, c], 1) is None
    assert [m.actor.name for m in coref.coordinated_subject([a, b], 1)] == ["A Front", "B Army"]


def test_a_pair_joined_by_with_is_no_plural_subject() -> None:
    text = "A Front met with B Army."
    a = coref.Mention(coref._g("A Front"), 0, 0, 7, True, False, text)
    b = coref.Mention(coref._g("B Army"), 0, 17, 23, False, False, text)
    assert coref.coordinated_subject([a, b], 1) is None


# --- a subject pronoun of a coordinated clause -------------------------------------------------


def test_it_opening_a_coordinated_clause_is_the_named_subject() -> None:
    text = (
        "In 2017 Ahrar al-Sham shelled the depots of Jaysh al-Islam, and in March 2018 it joined "
        "the offensive of Hayat Tahrir al-Sham."
    )
    assert_events(
        found(text),
        gives=[("Ahrar al-Sham", "SUPPORT", "Tahrir al-Sham")],
        gives_not=[("Jaysh al-Islam", "SUPPORT", "Tahrir al-Sham")],
    )


def test_it_after_an_unnamed_subject_stands_for_no_nearer_object() -> None:
    # the subject (a brigade no text names) is no actor: "it" is not the GNA, whoever it is
    text = (
        "In May 2018 the 9th Brigade shelled the depots of the GNA, and in March 2019 it joined "
        "Khalifa Haftar's offensive."
    )
    assert_events(found(text), gives_not=[ANYTHING])


def test_it_after_a_named_place_subject_twin_keeps_a_group() -> None:
    # a hedged twin: whatever "it" stands for, nothing hedged is asserted
    text = (
        "In 2017 Ahrar al-Sham shelled the depots of Jaysh al-Islam, and in 2018 it may have "
        "joined Hayat Tahrir al-Sham."
    )
    assert_events(found(text), gives_not=[("Ahrar al-Sham", "SUPPORT", "Tahrir al-Sham")])


def test_opens_coordinated_clause() -> None:
    t = "X shelled Y, and in 2019 it joined Z."
    assert coref.opens_coordinated_clause(t, t.index("it joined"))
    t = "X shelled Y, and Z said it joined W."
    assert not coref.opens_coordinated_clause(t, t.index("it joined"))


# --- "the new group" after a formation ----------------------------------------------------------


def test_the_new_group_is_the_group_the_formation_named() -> None:
    text = (
        "Ahrar al-Sham merged with Jaysh al-Islam in 2017 to form Tahrir al-Sham. The new group "
        "attacked the Free Syrian Army in 2018."
    )
    assert_events(found(text), gives=[("Tahrir al-Sham", "ASSAULT", "Free Syrian Army")])


def test_the_new_group_of_an_unnamed_formation_stands_for_nothing() -> None:
    text = (
        "Ahrar al-Sham and Jaysh al-Islam merged in 2017. The new group attacked the Free Syrian "
        "Army in 2018."
    )
    assert_events(found(text), gives_not=[("", "ASSAULT", "Free Syrian Army")])


def test_the_new_group_with_no_formation_told_stands_for_nothing() -> None:
    text = "Ahrar al-Sham attacked Jaysh al-Islam in 2017. The new group attacked Faylaq al-Rahman."
    assert_events(found(text), gives_not=[("", "ASSAULT", "Faylaq al-Rahman")])


def test_the_merged_group_under_negation_stays_negated() -> None:
    text = (
        "Ahrar al-Sham and Jaysh al-Islam merged into Faylaq al-Rahman in 2017. In 2018 the "
        "merged organisation did not attack the Free Syrian Army."
    )
    assert_events(found(text), gives_not=[("Faylaq al-Rahman", "ASSAULT", "Free Syrian Army")])


# --- a reduced relative clause on the subject ----------------------------------------------------


def test_deployed_alongside_in_a_reduced_relative_is_cooperation() -> None:
    text = "Hezbollah fighters deployed alongside the Syrian army fought Jabhat al-Nusra near Homs."
    assert_events(
        found(text),
        gives=[("Hezbollah", "COOPERATE", "Syria"), ("Hezbollah", "ASSAULT", "Nusra")],
    )


def test_killed_alongside_in_a_reduced_relative_is_no_cooperation() -> None:
    text = (
        "Lashkar-e-Taiba militants killed alongside Haqqani Network fighters were buried in "
        "Miranshah."
    )
    assert_events(found(text), gives_not=[("Lashkar-e-Taiba", "COOPERATE", "Haqqani")])


# --- an object pronoun is not the understood subject of its own infinitive ----------------------


def test_object_pronoun_of_an_infinitive_is_not_its_subject() -> None:
    # "it" is Faylaq al-Rahman (Jaysh al-Islam joining itself would be "itself"); the join is
    # only urged, so it stays unasserted
    events = found("Faylaq al-Rahman persuaded Jaysh al-Islam to join it near Douma.")
    assert any(
        s.startswith("Jaysh al-Islam") and t.startswith("Faylaq al-Rahman") and m != "asserted"
        for s, _x, t, m in events
    )
    assert not any(s == t for s, _x, t, _m in events)


def test_object_pronoun_after_a_prepositional_name_keeps_it() -> None:
    text = "Ahrar al-Sham sent fighters to Jaysh al-Islam in 2016 to help it hold Douma."
    assert coref.controlled_object(text, (31, 45), text.index("it hold")) is False


def test_controlled_object_never_asserts_what_was_refused() -> None:
    text = "Faylaq al-Rahman urged Jaysh al-Islam to attack it, but the group refused."
    assert_events(found(text), gives_not=[("Jaysh al-Islam", "ASSAULT", "Faylaq al-Rahman")])


# --- "their" / "they" in a clause after "X and Y ..., and ..." ----------------------------------


def test_their_after_a_coordinated_subject_in_the_same_sentence_takes_both() -> None:
    text = (
        "Ahrar al-Sham and Jaysh al-Islam declared war on Faylaq al-Rahman, and their fighters "
        "attacked Jaish al-Umma in May."
    )
    assert_events(
        found(text),
        gives=[("Ahrar al-Sham", "ASSAULT", "Jaish al-Umma"), ("Jaysh al-Islam", "ASSAULT", "")],
        gives_not=[("Faylaq al-Rahman", "ASSAULT", "Jaish al-Umma")],
    )


def test_negated_twin_in_the_same_sentence_stays_negated() -> None:
    text = (
        "Ahrar al-Sham and Jaysh al-Islam declared war on Faylaq al-Rahman, and they did not "
        "attack Jaish al-Umma."
    )
    events = found(text)
    assert not any(t == "ASSAULT" and m == "asserted" for _s, t, _x, m in events)
