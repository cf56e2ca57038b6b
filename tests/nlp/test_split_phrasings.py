"""Relationship descriptions that tell a split, a rivalry or an alliance (issue 10, replay).

Classes of construction, each with negated and hedged twins that must never be asserted:
a faction or the commanders of a group who broke away found a new group (a split, not a
merger); "broke away from Y ... and founded X" with the parser's 'away from'; phrasal
leaving ("walked out of Y"); fighting that "broke out between X and Y"; "cut ties" read as a
noun compound; "X and Y were both members of Z". Invented sentences about real groups.
"""

from __future__ import annotations

import pytest

from riftwatch.nlp.extract import extract_document

BH, ANSARU = "Boko Haram", "Ansaru"
TTP, JUA = "Tehrik-i-Taliban Pakistan", "Jamaat-ul-Ahrar"


def events(text: str) -> set[tuple[str, str, str | None, str, str]]:
    """(source, type, mode, target, modality) of every event coded in ``text``."""
    return {
        (c.event.source.org_name or c.event.source.name, c.event.event_type, c.event.mode,
         c.event.target.org_name or c.event.target.name, c.event.modality)
        for c in extract_document({"id": "t", "text": text, "date": "2016-12-31"})
    }  # fmt: skip


def pair(evs: set, a: str, b: str) -> set[tuple[str, str | None, str]]:
    """(type, mode, modality) of the events between ``a`` and ``b``, either way."""
    return {(t, m, mod) for s, t, m, o, mod in evs if {s, o} == {a, b}}


def asserted_split(evs: set, a: str, b: str) -> bool:
    return ("REJECT", "split", "asserted") in pair(evs, a, b)


# -- a split told through its founders ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("A faction of Boko Haram formed Ansaru in 2012.", BH, ANSARU),
        ("Commanders of Boko Haram broke away and formed Ansaru.", BH, ANSARU),
        ("Dissidents walked out of Boko Haram and formed Ansaru.", BH, ANSARU),
        ("Hattab broke away from the Armed Islamic Group in protest at its massacres and "
         "founded the Salafist Group for Preaching and Combat.", "Armed Islamic Group",
         "Salafist Group for Preaching and Combat"),
    ],
)  # fmt: skip
def test_founders_who_broke_away_make_a_split_not_a_merger(text: str, a: str, b: str) -> None:
    evs = events(text)
    assert asserted_split(evs, a, b)
    assert not any(t == "COOPERATE" and mod == "asserted" for t, _m, mod in pair(evs, a, b))


@pytest.mark.parametrize(
    "text",
    [
        "A faction of Boko Haram did not form Ansaru.",
        "Officials denied that a faction of Boko Haram formed Ansaru.",
        "A faction of Boko Haram may form Ansaru.",
        "Commanders of Boko Haram did not break away and form Ansaru.",
        "Commanders of Boko Haram may have broken away and formed Ansaru.",
        "Dissidents did not walk out of Boko Haram and form Ansaru.",
        "If dissidents walk out of Boko Haram and form Ansaru, the group will weaken.",
    ],
)
def test_negated_or_hedged_founding_splits_are_not_asserted(text: str) -> None:
    evs = events(text)
    assert not any(mod == "asserted" for _t, _m, mod in pair(evs, BH, ANSARU)), evs


def test_a_group_founding_another_without_leaving_it_is_no_split() -> None:
    evs = events("Boko Haram and Ansaru formed a coalition.")
    assert not asserted_split(evs, BH, ANSARU)


# -- phrasal leaving ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Jamaat-ul-Ahrar walked out of the Tehrik-i-Taliban Pakistan in 2014.",
        "Jamaat-ul-Ahrar pulled out of the Tehrik-i-Taliban Pakistan.",
        "Jamaat-ul-Ahrar walked away from the Tehrik-i-Taliban Pakistan.",
    ],
)
def test_walking_or_pulling_out_of_a_group_is_a_split(text: str) -> None:
    assert asserted_split(events(text), JUA, TTP)


@pytest.mark.parametrize(
    "text",
    [
        "Jamaat-ul-Ahrar did not walk out of the Tehrik-i-Taliban Pakistan.",
        "Jamaat-ul-Ahrar threatened to walk out of the Tehrik-i-Taliban Pakistan.",
        "Jamaat-ul-Ahrar may pull out of the Tehrik-i-Taliban Pakistan.",
    ],
)
def test_negated_or_hedged_walkouts_are_not_asserted(text: str) -> None:
    assert not any(mod == "asserted" for _t, _m, mod in pair(events(text), JUA, TTP))


def test_pulling_out_of_a_country_is_no_split() -> None:
    evs = events("The Tehrik-i-Taliban Pakistan pulled out of Afghanistan.")
    assert not any(t == "REJECT" for _s, t, _m, _o, _mod in evs)


# -- fighting that breaks out between two groups -------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Fighting broke out between Jamaat-ul-Ahrar and the Tehrik-i-Taliban Pakistan.",
        "Clashes erupted between Jamaat-ul-Ahrar and the Tehrik-i-Taliban Pakistan in 2015.",
    ],
)
def test_fighting_breaking_out_between_two_groups_is_an_assault_both_ways(text: str) -> None:
    evs = events(text)
    assert (JUA, "ASSAULT", None, TTP, "asserted") in evs
    assert (TTP, "ASSAULT", None, JUA, "asserted") in evs


@pytest.mark.parametrize(
    "text",
    [
        "No fighting broke out between Jamaat-ul-Ahrar and the Tehrik-i-Taliban Pakistan.",
        "Fighting could break out between Jamaat-ul-Ahrar and the Tehrik-i-Taliban Pakistan.",
        "Talks broke down between Jamaat-ul-Ahrar and the Tehrik-i-Taliban Pakistan.",
    ],
)
def test_fighting_that_did_not_or_may_break_out_is_not_asserted(text: str) -> None:
    assert not any(t == "ASSAULT" and mod == "asserted" for _s, t, _m, _o, mod in events(text))


# -- ties cut, read as a noun compound ----------------------------------------------------
def test_cut_ties_after_a_hyphenated_name_end_the_relation() -> None:
    evs = events("Jamaat-ul-Ahrar cut ties with the Tehrik-i-Taliban Pakistan.")
    got = pair(evs, JUA, TTP)
    assert ("REJECT", "renounce", "asserted") in got
    assert not any(t == "COOPERATE" and mod == "asserted" for t, _m, mod in got)


@pytest.mark.parametrize(
    "text",
    [
        "Jamaat-ul-Ahrar never cut ties with the Tehrik-i-Taliban Pakistan.",
        "Jamaat-ul-Ahrar may cut ties with the Tehrik-i-Taliban Pakistan.",
    ],
)
def test_ties_not_cut_or_maybe_cut_are_not_asserted(text: str) -> None:
    assert not any(mod == "asserted" for _t, _m, mod in pair(events(text), JUA, TTP))


# -- co-members named by the plural ---------------------------------------------------------
def test_groups_that_were_both_members_of_a_front_cooperate() -> None:
    evs = events("The EPRLF and the LTTE were both members of the Eelam National Liberation Front.")
    names = {(s, o) for s, t, _m, o, mod in evs if t == "COOPERATE" and mod == "asserted"}
    assert any({"EPRLF", "Liberation Tigers of Tamil Eelam"} == {s, o} for s, o in names)


@pytest.mark.parametrize(
    "text",
    [
        "The EPRLF and the LTTE were never members of the Eelam National Liberation Front.",
        "The EPRLF and the LTTE may have been members of the Eelam National Liberation Front.",
    ],
)
def test_membership_denied_or_hedged_is_not_asserted(text: str) -> None:
    assert not any(mod == "asserted" for _s, _t, _m, _o, mod in events(text))


def test_plural_parts_of_a_country_are_no_membership() -> None:
    evs = events(
        "The Haqqani Network controls Northwestern Pakistan and the southeastern parts of "
        "Afghanistan."
    )
    assert not any(t == "COOPERATE" for _s, t, _m, _o, _mod in evs)


# -- dissenting founders; plain members found no merger -------------------------------------
OIRA, INLA = "Official Irish Republican Army", "Irish National Liberation Army"


@pytest.mark.parametrize(
    "text",
    [
        "Disaffected members of the Official IRA formed the INLA in 1974.",
        "Members of the Official IRA who opposed the ceasefire formed the INLA.",
        "Members expelled from the Official IRA formed the INLA.",
    ],
)
def test_dissenting_members_who_found_a_group_split_from_theirs(text: str) -> None:
    evs = events(text)
    assert asserted_split(evs, OIRA, INLA)
    assert not any(t == "COOPERATE" for t, _m, _mod in pair(evs, OIRA, INLA))


@pytest.mark.parametrize(
    "text",
    [
        "Members of the Official IRA who did not oppose the ceasefire formed the INLA.",
        "Disaffected members of the Official IRA may have formed the INLA.",
        "Members of the Official IRA formed the INLA.",
    ],
)
def test_undissenting_or_hedged_members_found_neither_split_nor_merger(text: str) -> None:
    evs = events(text)
    assert not any(mod == "asserted" for _t, _m, mod in pair(evs, OIRA, INLA)), evs


# -- parting told of coordinated groups ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("The Official IRA and the INLA split in 1974.", "split"),
        ("The Official IRA and the INLA fell out in 1974.", "falling_out"),  # mmp7
        ("The Official IRA and the INLA feuded throughout 1975.", "rivalry"),
        ("The INLA and the Official IRA were locked in a bloody feud.", "rivalry"),
        ("The Official IRA and the INLA became enemies.", "rivalry"),
        ("The INLA split from the Official IRA in 1974.", "split"),
    ],
)
def test_coordinated_groups_that_part_reject_each_other(text: str, mode: str) -> None:
    assert ("REJECT", mode, "asserted") in pair(events(text), OIRA, INLA)


@pytest.mark.parametrize(
    "text",
    [
        "The Official IRA and the INLA never split.",
        "The Official IRA and the INLA could split.",
        "The Official IRA and the INLA were never enemies.",
        "The INLA and the Official IRA were not locked in a feud.",
        "The INLA did not split from the Official IRA in 1974.",
        "The INLA may split from the Official IRA.",
    ],
)
def test_parting_denied_or_hedged_is_not_asserted(text: str) -> None:
    assert not any(mod == "asserted" for _t, _m, mod in pair(events(text), OIRA, INLA))


def test_falling_out_with_a_country_is_no_coordinated_parting() -> None:
    evs = events("Hamas and Fatah fell out with Israel.")
    assert not pair(evs, "Hamas", "Fatah")


# -- a split named by a noun; a standing conflict ----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ansaru emerged out of a split in Boko Haram.",
        "Ansaru was formed after a split within Boko Haram in 2012.",
        "Ansaru announced its separation from Boko Haram in 2012.",
    ],
)
def test_a_group_born_of_a_split_in_another_split_from_it(text: str) -> None:
    assert asserted_split(events(text), ANSARU, BH)


@pytest.mark.parametrize(
    "text",
    [
        "Ansaru may have emerged from a split in Boko Haram.",
        "Ansaru did not emerge from a split in Boko Haram.",
        "Ansaru denied its separation from Boko Haram.",
    ],
)
def test_a_split_origin_denied_or_hedged_is_not_asserted(text: str) -> None:
    assert not any(mod == "asserted" for _t, _m, mod in pair(events(text), ANSARU, BH))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Ansaru has been in conflict with Boko Haram since 2012.", "REJECT"),
        ("Ansaru and Boko Haram were at odds over strategy.", "REJECT"),
        ("Ansaru was at war with Boko Haram in 2013.", "ASSAULT"),
    ],
)
def test_a_standing_conflict_is_hostile_both_ways(text: str, etype: str) -> None:
    evs = events(text)
    assert any(s == ANSARU and t == etype and o == BH and mod == "asserted"
               for s, t, _m, o, mod in evs)  # fmt: skip
    assert any(s == BH and t == etype and o == ANSARU and mod == "asserted"
               for s, t, _m, o, mod in evs)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Ansaru was never in conflict with Boko Haram.",
        "Ansaru and Boko Haram were not at odds.",
        "Ansaru is in Nigeria with Boko Haram.",
    ],
)
def test_a_conflict_denied_or_no_conflict_is_not_asserted(text: str) -> None:
    evs = events(text)
    assert not any(t in ("REJECT", "ASSAULT") and mod == "asserted"
                   for t, _m, mod in pair(evs, ANSARU, BH))  # fmt: skip


# -- cooperation that ended in a split at a stated date --------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Jamaat-ul-Ahrar worked with the Tehrik-i-Taliban Pakistan until 2014, when it broke away.",
        "Jamaat-ul-Ahrar cooperated with the Tehrik-i-Taliban Pakistan until August 2014, when "
        "the two groups split.",
    ],
)
def test_cooperation_until_a_split_ends_in_that_split(text: str) -> None:
    got = {
        (c.event.event_type, c.event.modality, c.date)
        for c in extract_document({"id": "t", "text": text, "date": "2016-05-01"})
        if {c.event.source.org_name, c.event.target.org_name} == {JUA, TTP}
    }
    assert any(t == "REJECT" and mod == "asserted" and (d or "").startswith("2014")
               for t, mod, d in got), got  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Jamaat-ul-Ahrar worked with the Tehrik-i-Taliban Pakistan until 2014, when it may have "
        "broken away.",
        "Jamaat-ul-Ahrar worked with the Tehrik-i-Taliban Pakistan until 2014, when it did not "
        "break away.",
        "Jamaat-ul-Ahrar worked with the Tehrik-i-Taliban Pakistan until 2014, when Ansaru split "
        "from Boko Haram.",
        "Jamaat-ul-Ahrar worked with the Tehrik-i-Taliban Pakistan until 2014, when it moved to "
        "Afghanistan.",
    ],
)
def test_an_end_hedged_denied_or_about_others_is_no_asserted_split(text: str) -> None:
    evs = events(text)
    assert not any(t == "REJECT" and mod == "asserted" for t, _m, mod in pair(evs, JUA, TTP))
