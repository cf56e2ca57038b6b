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
    """Nothing in the document names the department: "the Treasury" is no U.S. body."""
    found = named_events("The Treasury designated Lashkar-e-Taiba.", "2012-06-01")
    assert_events(found, gives_not=[("Treasury Department", None, "")])
