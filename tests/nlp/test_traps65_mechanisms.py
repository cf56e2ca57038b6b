"""Precision mechanisms of helper traps65 (issue 9): relations a sentence names but does not
assert, in classes the survey of the work halves and traps48_work found (tests/nlp/data/
written/README.md, traps48).

Every sentence here is invented for the test (other groups, places and words than the
labelled items), and every mechanism has an asserted twin that must stay asserted.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import has, named_events

DATE = "2016-05-01"


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return named_events(text, DATE)


# -- a. an infinitive of purpose whose plan a later contrast clause drops, or whose thing
# never moved ("set up a depot to fund Y, though the scheme was shelved"; "opened a bureau to
# pass arms to Y, but it was raided before any arms moved"): written.purpose_undone
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Iran's Quds Force set up a depot in Sanaa in 2015 to funnel money to the Houthis, a "
         "defector claimed, though he said the scheme was shelved within weeks.",
         "Quds", "AID", "Ansarallah"),
        ("Qatar opened a bureau in Gaziantep in 2014 to pass weapons to the Nusra Front, but the "
         "bureau was raided before any weapons moved.", "Qatar", "AID", "Nusra"),
        ("Qatar opened a bureau in Gaziantep in 2014 to pass weapons to the Nusra Front, a "
         "former diplomat claimed; but the project was abandoned in its first month.",
         "Qatar", "AID", "Nusra"),
    ],
)  # fmt: skip
def test_a_purpose_called_off_later_is_not_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    found = _events(text)
    assert not has(found, source, etype, target)


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        # the help is the main clause's, not a purpose: a later raid undoes nothing
        ("Qatar passed weapons to the Nusra Front through a bureau in Gaziantep in 2014, but "
         "the bureau was raided in 2016.", "Qatar", "AID", "Nusra"),
    ],
)  # fmt: skip
def test_help_carried_out_stays_asserted(text: str, source: str, etype: str, target: str) -> None:
    assert has(_events(text), source, etype, target)


def test_a_plan_dropped_by_another_word_than_the_purposes_own_keeps_its_reading() -> None:
    # "after the weapons moved": the purpose was carried out before the raid; no negation
    found = _events(
        "Qatar opened a bureau in Gaziantep in 2014 to pass weapons to the Nusra Front, but "
        "the bureau was raided after the weapons moved."
    )
    assert not has(found, "Qatar", "AID", "Nusra", "negated")


# -- b. a view told and then found baseless by those who would know ("but diplomats say they
# have seen nothing to support that theory"): written._report_found_baseless, finding_verbs
def test_a_view_nobody_has_seen_support_for_is_not_asserted() -> None:
    found = _events(
        "A few bloggers argue that al-Shabaab has quietly split from AQAP, but diplomats in "
        "Nairobi say they have seen nothing to support that theory."
    )
    assert not has(found, "Shabaab", "REJECT", "Arabian Peninsula")
    assert has(found, "Shabaab", "REJECT", "Arabian Peninsula", "uncertain")


def test_a_view_backed_by_what_was_seen_stays_asserted() -> None:
    found = _events(
        "A few bloggers argue that al-Shabaab has split from AQAP, and diplomats in Nairobi say "
        "they have seen letters that support that theory."
    )
    assert has(found, "Shabaab", "REJECT", "Arabian Peninsula")


# -- c. an offer the same sentence turns down is no cooperation; the refusal is a REJECT
# (written.refused_offer, cues.yaml refused_offer_verbs)
@pytest.mark.parametrize(
    ("text", "offerer", "offeree"),
    [
        ("The Syrian government offered Hezbollah a base in Homs, but Hezbollah turned the "
         "offer down.", "Syrian government", "Hezbollah"),
        ("Turkey offered HTS weapons in exchange for a truce, an offer HTS declined.",
         "Turkey", "Tahrir"),
    ],
)  # fmt: skip
def test_a_refused_offer_is_no_cooperation(text: str, offerer: str, offeree: str) -> None:
    found = _events(text)
    assert not has(found, offerer, "AGREE", offeree)
    assert not has(found, offerer, "AID", offeree)
    assert has(found, offeree, "REJECT", offerer)


def test_an_accepted_offer_stays_an_agreement() -> None:
    found = _events("Turkey offered HTS weapons, and HTS accepted the offer.")
    assert has(found, "Turkey", "AGREE", "Tahrir")


# -- d. help told in a relative clause on what a reversing verb cuts ("suspended the stipend
# it paid Y") is the cut, not the help (mechanisms.ended_relative_help)
def test_help_in_a_relative_clause_on_a_thing_cut_off_is_the_cut() -> None:
    found = _events("Qatar suspended the stipend it paid Hamas leaders in 2017.")
    assert not has(found, "Qatar", "AID", "Hamas")
    assert has(found, "Qatar", "SANCTION", "Hamas")


def test_help_whose_ending_is_negated_stays_help() -> None:
    found = _events("Qatar never suspended the stipend it paid Hamas leaders.")
    assert has(found, "Qatar", "AID", "Hamas")
    assert not has(found, "Qatar", "SANCTION", "Hamas")


def test_a_pact_made_in_a_relative_clause_on_a_thing_ended_stays_made() -> None:
    # only help given is cut; "ending the truce it had agreed with Y" leaves the agreement
    found = _events("Al-Shabaab said it was ending the truce it had agreed with the Somali army.")
    assert not has(found, "Shabaab", "SANCTION", "Somali")
