"""Cooperative relationship rows the replay's pairs lost to the parse (issue 10, helper replay36).

Relationship descriptions open with a date and no comma, then name two groups as the joint
subject of a cooperative verb: "In August 2014 X fighters and Y fighters broke the siege
together". The parser read the first group as the object of the date's "In" and the verb's
subject as the second group alone, so the joint action ("together", "side by side") had no
pair and the row gave no cooperative claim. The date phrase ends at its year, so a noun after
the year taken as the preposition's object is always a misparse: the sentence is parsed with a
comma after the year (``headline._fronted_date_name_comma``, ``_date_object_after_year``), as
it already was when the verb was left with no subject at all. Negated, hedged and refused
twins keep their modality.

The sentences are invented for these tests.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import id_events

KDP = "org:kurdish-democratic-party"
BADR = "org:badr-organization-of-reconstruction-and-development"
JOINT = (
    "In May 2016 KDP peshmerga and Badr fighters {verb} the Islamic State out of Bashir together."
)


def _coop(text: str, date: str = "2016-05-01") -> set[tuple[str, str, str]]:
    """(source, target, modality) of every COOPERATE event."""
    return {(s, g, m) for s, t, g, m in id_events(text, date) if t == "COOPERATE"}


def test_fronted_date_joint_subject_cooperates() -> None:
    """Both groups of the joint subject after an uncommaed date cooperate, both ways (before,
    the first group was the date's object and only the second one acted)."""
    coop = _coop(JOINT.format(verb="drove"))
    assert (KDP, BADR, "asserted") in coop
    assert (BADR, KDP, "asserted") in coop


@pytest.mark.parametrize(
    ("verb", "modality"),
    [("did not drive", "negated"), ("may have driven", "uncertain")],
)
def test_fronted_date_joint_subject_twins_not_asserted(verb: str, modality: str) -> None:
    """The negated and hedged twins give the pair with their modality, never asserted."""
    coop = _coop(JOINT.format(verb=verb))
    assert (KDP, BADR, modality) in coop
    assert not any(m == "asserted" for _s, _g, m in coop)


def test_fronted_date_single_subject_gives_no_pair() -> None:
    """A date before a single subject acting alone gives no cooperation."""
    assert not _coop("In May 2016 KDP peshmerga drove the Islamic State out of Sinjar.")


# -- 2. the act charged by a verb of blame is the accused's -------------------------------------

HAMAS, IS, AOI = "org:hamas", "org:islamic-state", "org:army-of-islam-gaza"


@pytest.mark.parametrize(
    "text",
    [
        "Hamas accused the smugglers of close ties to the Islamic State.",
        "Hamas accused the smugglers' leaders of secret contacts with the Islamic State.",
    ],
)
def test_accuser_never_holds_the_charged_tie(text: str) -> None:
    """'X accused <unknown people> of ties to Z': no tie of X's with Z, in any modality (before,
    the accuser held the ties, hedged, or asserted once a fronted date was repaired)."""
    assert not any(s == HAMAS and g == IS for s, g, _m in _coop(text))


def test_accused_group_holds_the_charged_tie_hedged() -> None:
    """A known accused holds the charged tie, as an allegation only, never asserted."""
    coop = _coop("Hamas accused the Army of Islam of close ties to the Islamic State.")
    assert (AOI, IS, "uncertain") in coop
    assert not any(m == "asserted" for _s, _g, m in coop)
