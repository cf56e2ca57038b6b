"""Hostile relationship descriptions that gave no hostile claim (issue 10, mmp7).

Invented sentences about real groups of other regions, one class of construction each: a
group expelled from another group's ranks, network or alliance (a split, a tie that ends);
"X fell out with Y" (its own mode, falling_out, which tells of an earlier tie); a relation
noun that names its group by apposition or by an 'in' phrase ("abandoned its former allies
in Y", "its patron, Y"); a party pronounced apostates or traitors. Each has a negated,
hedged or denied twin that must not be asserted.
"""

from __future__ import annotations

import pytest

from conftest import asserted_between, has, named_events
from riftwatch.analysis.rift import Params
from riftwatch.nlp.extract import extract_document

AQIM = "Islamic Maghreb"
DINE = "Ansar Dine"
SHABAAB = "Shabaab"
HIZBUL = "Hizbul Islam"


def _modes(text: str, date: str) -> set[tuple[str, str, str | None, str, str]]:
    return {
        (c.event.source.org_name or c.event.source.name, c.event.event_type, c.event.mode,
         c.event.target.org_name or c.event.target.name, c.event.modality)
        for c in extract_document({"id": "t", "text": text, "date": date})
    }  # fmt: skip


def _split_between(found: set, a: str, b: str) -> bool:
    return any(
        m == "split" and mod == "asserted" and ((a in s and b in t) or (b in s and a in t))
        for s, _g, m, t, mod in found
    )


def _none_asserted(found: set, a: str, b: str) -> bool:
    return not any(
        mod == "asserted" and ((a in s and b in t) or (b in s and a in t))
        for s, _g, _m, t, mod in found
    )


# 1. expelled from a group, its ranks, its network or its alliance: a split ----------------
@pytest.mark.parametrize(
    "text",
    [
        "In 2013 Ansar Dine was expelled from the coalition led by Al Qaeda in the Islamic "
        "Maghreb.",
        "Ansar Dine was expelled from Al Qaeda in the Islamic Maghreb's network in 2013.",
        "Al Qaeda in the Islamic Maghreb expelled Ansar Dine from its ranks in 2013.",
        "Ansar Dine was thrown out of Al Qaeda in the Islamic Maghreb in 2013.",
    ],
)
def test_a_group_expelled_from_a_group_or_its_ranks_split_from_it(text: str) -> None:
    assert _split_between(_modes(text, "2013-06"), AQIM, DINE)


@pytest.mark.parametrize(
    "text",
    [
        "Ansar Dine was not expelled from the coalition led by Al Qaeda in the Islamic Maghreb.",
        "Ansar Dine may have been expelled from Al Qaeda in the Islamic Maghreb's network.",
        "Ansar Dine denied that it had been expelled from the coalition led by Al Qaeda in the "
        "Islamic Maghreb.",
        "Al Qaeda in the Islamic Maghreb threatened to expel Ansar Dine from its ranks.",
    ],
)
def test_an_expulsion_negated_hedged_denied_or_threatened_is_no_split(text: str) -> None:
    assert not _split_between(_modes(text, "2013-06"), AQIM, DINE)


def test_an_expulsion_from_a_country_stays_an_expulsion() -> None:
    found = _modes("Al Qaeda in the Islamic Maghreb expelled Ansar Dine from Mali.", "2013-06")
    assert any(m == "expulsion" for _s, _g, m, _t, _mod in found)
    assert not _split_between(found, AQIM, DINE)


# 2. "fell out with": its own mode, a statement that tells of an earlier tie -----------------
def test_falling_out_is_its_own_mode_that_presupposes_a_tie() -> None:
    found = _modes("Ansar Dine fell out with Al Qaeda in the Islamic Maghreb in 2014.", "2014-01")
    assert (DINE, "REJECT", "falling_out", "Al Qaeda in the Islamic Maghreb", "asserted") in found
    assert "falling_out" in Params.load().presupposes_tie


def test_two_groups_that_fell_out_are_hostile_both_ways() -> None:
    found = named_events(
        "Ansar Dine and Al Qaeda in the Islamic Maghreb fell out in 2014.", "2014-01"
    )
    assert has(found, DINE, "REJECT", AQIM) and has(found, AQIM, "REJECT", DINE)


@pytest.mark.parametrize(
    "text",
    [
        "Ansar Dine did not fall out with Al Qaeda in the Islamic Maghreb.",
        "Ansar Dine may have fallen out with Al Qaeda in the Islamic Maghreb.",
        "Ansar Dine denied that it had fallen out with its patron, Al Qaeda in the Islamic "
        "Maghreb.",
    ],
)
def test_a_falling_out_negated_hedged_or_denied_is_not_asserted(text: str) -> None:
    assert _none_asserted(_modes(text, "2014-01"), DINE, AQIM)


# 3. relation nouns that name their group ---------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "In 2014 Ansar Dine abandoned its former allies in Al Qaeda in the Islamic Maghreb.",
        "Ansar Dine abandoned its former patron, Al Qaeda in the Islamic Maghreb.",
        "Ansar Dine fell out with its former patron, Al Qaeda in the Islamic Maghreb.",
    ],
)
def test_a_relation_noun_stands_for_the_group_it_names(text: str) -> None:
    found = named_events(text, "2014-01")
    assert has(found, DINE, "REJECT", AQIM)


@pytest.mark.parametrize(
    "text",
    [
        "Ansar Dine did not abandon its former allies in Al Qaeda in the Islamic Maghreb.",
        "Ansar Dine might abandon its patron, Al Qaeda in the Islamic Maghreb.",
    ],
)
def test_abandoning_allies_negated_or_hedged_is_not_asserted(text: str) -> None:
    assert not asserted_between(named_events(text, "2014-01"), DINE, AQIM)


def test_allies_in_a_place_are_not_the_place() -> None:
    found = named_events("Ansar Dine abandoned its allies in Mali.", "2014-01")
    assert not any(t == "Mali" for _s, _g, t, _m in found)


# 4. a party pronounced apostates, infidels or traitors -------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Al Shabaab declared Hizbul Islam apostates in 2010.",
        "Al Shabaab branded Hizbul Islam traitors.",
        "Al Shabaab declared that Hizbul Islam were apostates.",
        "Al Shabaab denounced Hizbul Islam as infidels.",
    ],
)
def test_a_party_pronounced_apostates_is_condemned(text: str) -> None:
    assert has(named_events(text, "2010-03"), SHABAAB, "ACCUSE", HIZBUL)


@pytest.mark.parametrize(
    "text",
    [
        "Al Shabaab never declared Hizbul Islam apostates.",
        "Al Shabaab might declare Hizbul Islam apostates.",
        "Al Shabaab denied that it had declared Hizbul Islam apostates.",
    ],
)
def test_a_condemnation_negated_hedged_or_denied_is_not_asserted(text: str) -> None:
    assert not asserted_between(named_events(text, "2010-03"), SHABAAB, HIZBUL)


def test_a_party_pronounced_brothers_is_not_condemned() -> None:
    found = named_events("Al Shabaab declared Hizbul Islam its brothers.", "2010-03")
    assert not has(found, SHABAAB, "ACCUSE", HIZBUL)


# 5. "the two groups", "both sides": the two groups named last ------------------------------
@pytest.mark.parametrize(
    "second",
    [
        "The two groups later competed for recruits in Gaza.",
        "Both sides clashed in Gaza in 2007.",
        "The two groups fought each other in 2007.",
    ],
)
def test_the_two_groups_are_the_two_named_last(second: str) -> None:
    text = f"Hamas and Fatah shared a cabinet in 2006. {second}"
    found = named_events(text, "2007-06")
    assert asserted_between(found, "Hamas", "Fatah") and asserted_between(found, "Fatah", "Hamas")


@pytest.mark.parametrize(
    "second",
    ["The two groups did not fight each other.", "The two groups may compete for recruits."],
)
def test_the_two_groups_negated_or_hedged_are_not_asserted(second: str) -> None:
    found = named_events(f"Hamas and Fatah shared a cabinet in 2006. {second}", "2007-06")
    assert not asserted_between(found, "Hamas", "Fatah")
    assert not asserted_between(found, "Fatah", "Hamas")


def test_the_two_groups_need_two_groups_named_before() -> None:
    found = named_events("Hamas attacked Israel in 2006. The two groups then talked.", "2007-06")
    assert not any("Hamas" in s and "Hamas" in t for s, _g, t, _m in found)


# 6. "turned (their guns) on each other" ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Hamas and Fatah turned on each other in 2007.",
        "Hamas and Fatah turned their guns on each other in 2007.",
    ],
)
def test_groups_that_turned_on_each_other_are_hostile_both_ways(text: str) -> None:
    found = named_events(text, "2007-06")
    assert has(found, "Hamas", "REJECT", "Fatah") and has(found, "Fatah", "REJECT", "Hamas")


@pytest.mark.parametrize(
    "text",
    [
        "Hamas and Fatah did not turn on each other in 2007.",
        "Hamas and Fatah may turn on each other.",
        "Hamas and Fatah denied that they had turned their guns on each other.",
    ],
)
def test_turning_on_each_other_negated_hedged_or_denied_is_not_asserted(text: str) -> None:
    found = named_events(text, "2007-06")
    assert not asserted_between(found, "Hamas", "Fatah")
    assert not asserted_between(found, "Fatah", "Hamas")


# 7. long names the name finder used to cut ---------------------------------------------------
def test_a_long_name_with_for_the_is_one_group() -> None:
    text = (
        "The Democratic Forces for the Liberation of Rwanda clashed with the National Congress "
        "for the Defence of the People in 2008."
    )
    found = named_events(text, "2008-06")
    # (the knowledge base names the CNDP by its initials, UCDP's name, since stop 51's kb52
    # gave it its full name as an alias; the FDLR likewise since mmp33)
    assert has(found, "FDLR", "ASSAULT", "CNDP")
    assert not any(t.endswith(" in") or s.endswith(" in") for s, _g, t, _m in found)


def test_a_commander_of_a_front_is_not_part_of_its_name() -> None:
    from riftwatch.actors.names import candidate_spans

    text = "Commander Qari Zia of the Tora Bora Front attacked."
    assert [text[s:e] for s, e, _k, _c in candidate_spans(text)][-1] == "Tora Bora Front"


# 8. two groups that end the tie between them; a coalition named by its leader ---------------
@pytest.mark.parametrize(
    "text",
    [
        "Hamas and Fatah cut ties in 2007.",
        "Hamas and Fatah dissolved their alliance in 2007.",
    ],
)
def test_coordinated_groups_that_end_their_tie_reject_each_other(text: str) -> None:
    found = named_events(text, "2007-06")
    assert has(found, "Hamas", "REJECT", "Fatah") and has(found, "Fatah", "REJECT", "Hamas")


@pytest.mark.parametrize(
    "text",
    ["Hamas and Fatah did not cut ties in 2007.", "Hamas and Fatah may dissolve their alliance."],
)
def test_ending_a_tie_negated_or_hedged_is_not_asserted(text: str) -> None:
    found = named_events(text, "2007-06")
    assert not asserted_between(found, "Hamas", "Fatah")


def test_two_groups_that_cut_ties_with_a_third_keep_theirs() -> None:
    found = named_events("Hamas and Fatah cut ties with Israel.", "2007-06")
    assert has(found, "Hamas", "REJECT", "Israel")
    assert not asserted_between(found, "Hamas", "Fatah")


def test_a_coalition_led_by_a_group_stands_for_it() -> None:
    text = "Ansar Dine left the coalition led by Al Qaeda in the Islamic Maghreb."
    assert _split_between(_modes(text, "2014-01"), DINE, AQIM)


@pytest.mark.parametrize(
    ("text", "asserted"),
    [
        ("Ansar Dine publicly disavowed Al Qaeda in the Islamic Maghreb.", True),
        ("Ansar Dine never disavowed Al Qaeda in the Islamic Maghreb.", False),
    ],
)
def test_a_disavowal_of_a_group_renounces_it(text: str, asserted: bool) -> None:
    assert has(named_events(text, "2014-01"), DINE, "REJECT", AQIM) is asserted


def test_territory_seized_from_a_group_is_coercion_of_it() -> None:
    assert has(
        named_events("Hamas seized territory from Fatah.", "2007-06"), "Hamas", "COERCE", "Fatah"
    )


# 9. "the group" is not a group its own sentence names otherwise ------------------------------
@pytest.mark.parametrize(
    "second",
    [
        "In 2014 the group broke with Al Qaeda in the Islamic Maghreb.",
        "Three years later Al Qaeda in the Islamic Maghreb expelled the group from its network.",
    ],
)
def test_the_group_is_the_other_group_of_the_document(second: str) -> None:
    text = f"Al Qaeda in the Islamic Maghreb trained Ansar Dine fighters in 2011. {second}"
    found = _modes(text, "2014-01")
    assert _split_between(found, DINE, AQIM)


def test_the_group_that_did_not_break_away_is_not_asserted() -> None:
    text = (
        "Al Qaeda in the Islamic Maghreb trained Ansar Dine fighters in 2011. In 2014 the group "
        "did not break with Al Qaeda in the Islamic Maghreb."
    )
    assert not _split_between(_modes(text, "2014-01"), DINE, AQIM)


def test_the_group_still_follows_the_subject_named_before() -> None:
    text = "Al Shabaab allied with Hizbul Islam. Two years later the group attacked Hizbul Islam."
    assert has(named_events(text, "2010-01"), SHABAAB, "ASSAULT", HIZBUL)


# 10. a sentence that ties a person to a group, with no other party, is still read ------------
def test_a_founder_named_in_a_sentence_of_one_group_stands_for_it_later() -> None:
    text = (
        "Iyad Ag Ghaly founded Ansar Dine. Ghaly's fighters later attacked Al Qaeda in the "
        "Islamic Maghreb."
    )
    assert has(named_events(text, "2014-01"), DINE, "ASSAULT", AQIM)


@pytest.mark.parametrize(
    "text",
    [
        "Iyad Ag Ghaly never led Ansar Dine. Ghaly's fighters later attacked Al Qaeda in the "
        "Islamic Maghreb.",
        "Iyad Ag Ghaly founded Ansar Dine. Ghaly's fighters may later have attacked Al Qaeda in "
        "the Islamic Maghreb.",
    ],
)
def test_an_untied_or_hedged_founder_gives_no_asserted_group_event(text: str) -> None:
    assert not asserted_between(named_events(text, "2014-01"), DINE, AQIM)


# 11. a group's claim pronounced illegitimate; members hunted down ----------------------------
@pytest.mark.parametrize(
    ("text", "asserted"),
    [
        ("Al Shabaab declared the Islamic State's caliphate illegitimate.", True),
        ("Al Shabaab did not declare the Islamic State's caliphate illegitimate.", False),
        ("Al Shabaab declared the Islamic State's caliphate legitimate.", False),
    ],
)
def test_a_claim_pronounced_illegitimate_condemns_its_owner(text: str, asserted: bool) -> None:
    assert has(named_events(text, "2015-10"), SHABAAB, "ACCUSE", "Islamic State") is asserted


def test_members_hunted_down_are_attacked() -> None:
    text = "Al Shabaab hunted down members of the Islamic State in Puntland."
    assert has(named_events(text, "2015-10"), SHABAAB, "ASSAULT", "Islamic State")
    hedged = "Al Shabaab may hunt down members of the Islamic State in Puntland."
    assert not asserted_between(named_events(hedged, "2015-10"), SHABAAB, "Islamic State")
