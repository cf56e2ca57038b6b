"""The rift model: what raises an alarm, what does not, onset, evidence, kind, factions."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from claimkit import alliance, claim

from riftwatch.analysis.claims import Judgement
from riftwatch.analysis.hierarchy import FlatHierarchy
from riftwatch.analysis.rift import (
    Params,
    assess,
    evidence,
    fit,
    for_corpus,
    for_pairs,
    params_of,
    series,
)
from riftwatch.analysis.timeline import prepare

X, Y = "open:group-x", "open:group-y"


def _rifts(claims, **kw):  # type: ignore[no-untyped-def]
    return assess(prepare(claims, hierarchy=kw.pop("hierarchy", FlatHierarchy())), **kw)


def _break(years=range(2015, 2018), grade="B2", origins=None):  # type: ignore[no-untyped-def]
    """Several independent, well-graded hostile reports in the months after 2018-01."""
    out = []
    for y in years:
        out.append(claim(X, Y, "ASSAULT", f"{y}-02", grade=grade, origin=origins or None))
        out.append(
            claim(Y, X, "REJECT", f"{y}-06", mode="split", grade=grade, origin=origins or None)
        )
        out.append(
            claim(X, Y, "COERCE", f"{y}-10", mode="arrest", grade=grade, origin=origins or None)
        )
    return out


def test_the_onset_is_a_month_with_hostile_evidence_not_a_weak_cooperative_one() -> None:
    # a long alliance, one weak cooperative report, then a break: the break first shows in
    # the hostile reports, never in the month of the weak cooperative one (rift-12)
    claims = alliance(X, Y, range(2008, 2015))
    claims.append(claim(X, Y, "COOPERATE", "2015-11", mode="joint_operations", grade="C4"))
    claims += _break(range(2016, 2018))
    found = _rifts(claims)
    assert len(found) == 1
    assert found[0]["onset"] == "2016-02", found[0]["onset"]


def test_a_reciprocal_event_of_one_sentence_is_one_item_of_evidence() -> None:
    claims = alliance(X, Y, range(2008, 2015))
    for y in (2016, 2017):
        for a, b in ((X, Y), (Y, X)):  # "X and Y clashed": coded both ways, one sentence
            claims.append(claim(a, b, "ASSAULT", f"{y}-03", doc=f"clash{y}", quote="clashed"))
        claims.append(claim(Y, X, "REJECT", f"{y}-07", mode="split", doc=f"split{y}"))
    found = _rifts(claims)
    assert len(found) == 1
    items = [(e["doc_id"], e["quote"]) for e in found[0]["evidence"]]
    assert len(items) == len(set(items)), items
    assert ("clash2016", "clashed") in items and ("clash2017", "clashed") in items


def test_a_stable_alliance_raises_no_alarm() -> None:
    assert _rifts(alliance(X, Y, range(2005, 2020))) == []


def test_one_weak_report_does_not_alarm() -> None:
    claims = alliance(X, Y, range(2005, 2015))
    claims.append(claim(X, Y, "ASSAULT", "2016-04", grade="E5"))
    assert _rifts(claims) == []
    # nor does a weak formal split after a long silence
    claims.append(claim(Y, X, "REJECT", "2019-04", mode="split", grade="D4"))
    assert _rifts(claims) == []


def test_sparse_months_do_not_alarm() -> None:
    claims = [claim(X, Y, "COOPERATE", "2001-01"), claim(X, Y, "ACCUSE", "2012-01", grade="C3")]
    assert _rifts(claims) == []


def test_several_independent_well_graded_reports_alarm_with_the_right_onset() -> None:
    claims = alliance(X, Y, range(2008, 2015)) + _break(range(2016, 2018))
    found = _rifts(claims)
    assert len(found) == 1
    r = found[0]
    assert r["direction"] == "deteriorating" and r["probability"] >= 0.8
    assert r["onset"][:4] == "2016"
    lo, hi = r["onset_interval"]
    assert lo <= r["onset"] <= hi and lo >= "2014-01"
    assert {a["id"] for a in r["actors"]} == {X, Y}
    assert r["kind"] == "rift" and len(r["channels"]) >= 2
    assert r["versions"]["rift"] == "rift-15"


def test_reprints_of_one_story_count_once() -> None:
    base = alliance(X, Y, range(2008, 2015))
    one_story = [claim(X, Y, "ASSAULT", "2016-02", grade="C3", origin="wire-1") for _ in range(12)]
    assert _rifts(base + one_story) == []
    independent = [
        claim(X, Y, "ASSAULT", f"2016-{m:02d}", grade="C3") for m in range(2, 14, 1) if m <= 12
    ]
    assert len(_rifts(base + independent)) == 1


def test_a_rejected_claim_drops_everywhere() -> None:
    claims = alliance(X, Y, range(2008, 2015)) + _break(range(2016, 2018))
    for c in claims:
        if c.event_type in ("ASSAULT", "REJECT", "COERCE"):
            c.judgement = Judgement("reject", "ana", "2024-01-01")
    assert _rifts(claims) == []


def test_counter_evidence_is_listed_with_attribution_and_grades() -> None:
    claims = alliance(X, Y, range(2008, 2015)) + _break(range(2016, 2018))
    skeptic = claim(
        X,
        Y,
        "COOPERATE",
        "2016-08",
        grade="C3",
        doc="skeptic",
        attributed_to={"id": "open:us-official", "name": "a U.S. official"},
    )
    r = _rifts([*claims, skeptic])[0]
    against = [e for e in r["counter_evidence"] if e["doc_id"] == "skeptic"]
    assert against and against[0]["attributed_to"]["name"] == "a U.S. official"
    assert against[0]["grade"] == "C3" and against[0]["event_type"] == "COOPERATE"
    assert all(e["score"] < 0 for e in r["evidence"])
    assert r["origins"]["against"] >= 1
    # the evidence that moved it says by how much
    assert any(e["influence"] > 0 for e in r["evidence"])


def test_friction_in_one_channel_at_low_level() -> None:
    # hostile rhetoric only, between factions rolled up to their parents
    from riftwatch.analysis.hierarchy import KBHierarchy

    base = alliance("org:afghan-taliban", "org:al-qaeda", range(2008, 2015))
    friction = [
        claim("org:quetta-shura", "org:al-qaeda", "ACCUSE", f"{y}-{m:02d}", grade="B2")
        for y in (2016, 2017)
        for m in (2, 5, 8, 11)
    ]
    found = _rifts(base + friction, hierarchy=KBHierarchy())
    pair = [
        r for r in found if {a["id"] for a in r["actors"]} == {"org:afghan-taliban", "org:al-qaeda"}
    ]
    assert pair and pair[0]["kind"] == "friction" and pair[0]["channels"] == ["rhetoric"]
    assert pair[0]["leadership"] is False
    assert all(e["rollup"] for e in pair[0]["evidence"])


def test_faction_drill_down_names_who_moved_first() -> None:
    from riftwatch.analysis.hierarchy import KBHierarchy

    base = alliance("org:afghan-taliban", "org:al-qaeda", range(2008, 2015))
    first = [
        claim("org:quetta-shura", "org:al-qaeda", "ACCUSE", "2015-06"),
        claim("org:quetta-shura", "org:al-qaeda", "REJECT", "2015-09", mode="split"),
    ]
    later = [
        claim("org:afghan-taliban", "org:al-qaeda", "REJECT", f"2016-{m:02d}", mode="split")
        for m in (3, 7)
    ] + [claim("org:afghan-taliban", "org:al-qaeda", "ASSAULT", "2016-10")]
    found = _rifts(base + first + later, hierarchy=KBHierarchy())
    r = next(
        r for r in found if {a["id"] for a in r["actors"]} == {"org:afghan-taliban", "org:al-qaeda"}
    )
    movers = [f for f in r["factions"] if f["moving"] > 0]
    assert movers[0]["id"] in ("org:quetta-shura", "org:al-qaeda")
    assert any(f["id"] == "org:quetta-shura" and f["faction"] for f in movers)
    qs = next(f for f in movers if f["id"] == "org:quetta-shura")
    ta = next(f for f in movers if f["id"] == "org:afghan-taliban")
    assert qs["first_moved"] < ta["first_moved"]


def test_rivals_from_the_start_are_no_rift_and_improvement_is_the_mirror() -> None:
    rivals = [claim(X, Y, "ASSAULT", f"{y}-05") for y in range(2005, 2012)]
    assert _rifts(rivals) == []
    reconcile = rivals + alliance(X, Y, range(2013, 2016))
    up = _rifts(reconcile, direction="improving")
    assert len(up) == 1 and up[0]["direction"] == "improving" and up[0]["onset"][:4] == "2013"
    assert _rifts(reconcile, direction="deteriorating") == []


def test_actors_outside_the_kb_work_and_series_rises_after_the_break() -> None:
    claims = alliance(X, Y, range(2008, 2015)) + _break(range(2016, 2018))
    p = prepare(claims)  # default KB hierarchy: open ids stand alone
    rows = series(p, X, Y)
    by = {r["month"]: r["broken"] for r in rows}
    assert by["2010-03"] < 0.2 and by["2017-10"] > 0.8
    assert len(assess(p)) == 1


def test_probability_threshold_is_a_parameter() -> None:
    claims = alliance(X, Y, range(2008, 2015)) + _break(range(2016, 2018))
    p = prepare(claims, hierarchy=FlatHierarchy())
    assert assess(p, min_probability=1.01) == []
    assert Params.load().min_probability == 0.5


def test_what_a_single_report_does_depends_on_its_grade_and_kind() -> None:
    def prob(grade: str, event_type: str, mode: str | None, when: str = "2014-02") -> float:
        claims = [
            claim(X, Y, "SUPPORT", "2004-10", mode="pledge", grade=grade),
            claim(Y, X, event_type, when, mode=mode, grade=grade),
        ]
        found = _rifts(claims, min_probability=0.0)
        return found[0]["probability"] if found else 0.0

    # a weak source never decides alone, whatever it reports
    assert prob("E5", "REJECT", "split") < 0.5 and prob("D4", "REJECT", "split") < 0.5
    # a formal split from an average (or ungraded) source lists the pair
    assert prob("C3", "REJECT", "split") > 0.5
    assert prob("F6", "REJECT", "split") == prob("C3", "REJECT", "split")
    # a statement of the relationship counts more than an incident, whatever the grade
    for grade in ("A1", "B2", "C3", "D4", "E5"):
        assert prob(grade, "REJECT", "split") > prob(grade, "ASSAULT", None)
    # one clash from an average source after ten years of silence is about even
    # odds (the prior of a change over such a silence is the cap); a year after the pledge
    # it is not a finding
    assert 0.4 < prob("C3", "ASSAULT", None) < 0.6
    assert prob("C3", "ASSAULT", None, when="2005-10") < 0.5
    assert (
        prob("A1", "REJECT", "split")
        > prob("B2", "REJECT", "split")
        > prob("C3", "REJECT", "split")
    )


def _history(n: int, *, change_after: int | None, gap: int, start: int = 1990) -> list:  # type: ignore[type-arg]
    """``n`` pairs, one report every ``gap`` months; from report ``change_after`` on, hostile."""
    out = []
    for i in range(n):
        a, b = f"open:h{i}-a", f"open:h{i}-b"
        for k in range(6):
            m = start * 12 + k * gap
            when = f"{m // 12}-{m % 12 + 1:02d}"
            if change_after is not None and k >= change_after:
                out.append(claim(a, b, "ASSAULT", when, grade="C3"))
            else:
                out.append(claim(a, b, "COOPERATE", when, mode="joint_operations", grade="C3"))
    return out


def test_the_corpus_chooses_how_often_relationships_change() -> None:
    params = Params.load()
    # sparse histories, one report a year, where every pair turns hostile once
    curated = for_corpus(
        evidence(prepare(_history(20, change_after=3, gap=12), hierarchy=FlatHierarchy()))
    )
    # a dense stream of reports on pairs that never change
    stream = for_corpus(
        evidence(prepare(_history(20, change_after=None, gap=1), hierarchy=FlatHierarchy()))
    )
    assert curated.hazard_month > params.hazard_month > stream.hazard_month
    # rift-6: across a corpus, two reports per pair already tell noise (no order) from change:
    # twenty pairs that each go from cooperation to hostility say relationships change often
    short = [c for c in _history(20, change_after=1, gap=12) if c.date < "1991-07"]
    table = evidence(prepare(short, hierarchy=FlatHierarchy()))
    corpus, own = for_pairs(table)
    assert corpus.hazard_month > params.hazard_month
    # and leaving any one of them out changes nothing: the others say the same
    assert own == {}
    # one pair alone: what the corpus would choose comes from that pair's own two reports, so
    # the pair keeps the prior's centres (its clash cannot confirm itself)
    one = evidence(prepare(short[:2], hierarchy=FlatHierarchy()))
    corpus, own = for_pairs(one)
    assert corpus != params and list(own.values()) == [params]
    # a corpus of one report per pair keeps the centres
    single = [c for c in short if c.date < "1990-07"]
    assert for_corpus(evidence(prepare(single, hierarchy=FlatHierarchy()))) == params


def test_a_noisy_corpus_needs_more_before_it_reads_a_change() -> None:
    # allied pairs reported monthly whose reports are hostile one time in four (misreports)
    rng = np.random.default_rng(3)
    claims = []
    for i in range(30):
        a, b = f"open:n{i}-a", f"open:n{i}-b"
        for k in range(48):
            m = 2000 * 12 + k
            when = f"{m // 12}-{m % 12 + 1:02d}"
            hostile = rng.random() < 0.25
            kind = ("ASSAULT", None) if hostile else ("COOPERATE", "joint_operations")
            claims.append(claim(a, b, kind[0], when, mode=kind[1], grade="B2"))
    p = prepare(claims, hierarchy=FlatHierarchy())
    chosen = params_of(p)
    assert chosen.theta_allied > Params.load().theta_allied
    assert params_of(p) is chosen  # computed once per prepared table
    # online (evidence up to each month), the noise the corpus shows keeps alarms rarer
    # than the default noise does
    fixed = replace(Params.load(), theta_grid=(), hazard_grid=())
    alarms = (fit(evidence(p), chosen).alarms(0.5) >= 0).sum()
    assert alarms < (fit(evidence(p), fixed).alarms(0.5) >= 0).sum()
    assert assess(p) == []


def _prob(claims, **kw) -> float:  # type: ignore[no-untyped-def]
    found = _rifts(claims, min_probability=0.0, **kw)
    return found[0]["probability"] if found else 0.0


MIXTURE = replace(Params.load(), likelihood="mixture")
BOUNDED = replace(Params.load(), grade_bound=True)


@pytest.mark.parametrize("params", [MIXTURE, BOUNDED], ids=["mixture", "tempered-bounded"])
def test_a_single_report_moves_the_odds_only_as_far_as_its_grade_allows(params: Params) -> None:
    # a long, consistently cooperative history: the corpus estimates its own parameters
    base = alliance(X, Y, range(2000, 2015))
    for grade in ("D4", "E5"):
        # one weak report never alarms, however explicit, whatever the corpus looks like
        split = claim(Y, X, "REJECT", "2019-04", mode="split", grade=grade)
        assert _prob([*base, split], params=params) < 0.5
        assert _prob([*base, claim(X, Y, "ASSAULT", "2019-04", grade=grade)], params=params) < 0.5
    # the bound: a report right with probability r moves the odds by at most (1 + r) / (1 - r)
    pledge = claim(X, Y, "SUPPORT", "2004-10", mode="pledge", grade="A1")
    split = claim(Y, X, "REJECT", "2014-02", mode="split", grade="D4")
    p = prepare([pledge, split], hierarchy=FlatHierarchy())
    r = float(evidence(p, params=params)["right"][-1])
    after = _prob([pledge, split], params=params)
    prior_odds = params.hazard_cap / (1 - params.hazard_cap)
    assert after / (1 - after) <= prior_odds * (1 + r) / (1 - r) + 1e-9


UNBOUNDED = replace(Params.load(), grade_bound=False)


def test_the_default_bounds_a_weak_report_after_a_long_alliance() -> None:
    # rift-4's tempered likelihood without the bound: after fifteen years of cooperation
    # the corpus reads allies as rarely hostile, so one weak split tipped it (0.51); rift-5
    # bounds each report by its grade after the corpus has chosen its parameters
    base = alliance(X, Y, range(2000, 2015))
    split = claim(Y, X, "REJECT", "2019-04", mode="split", grade="D4")
    assert Params.load().grade_bound and Params.load().bound_after_choice
    assert _prob([*base, split]) < 0.4 < _prob([*base, split], params=UNBOUNDED)
    # an average (or ungraded) source's split after the same alliance is a finding
    for grade in ("C3", "F6"):
        split = claim(Y, X, "REJECT", "2019-04", mode="split", grade=grade)
        assert _prob([*base, split]) > 0.5


def test_the_bound_does_not_change_what_the_corpus_chooses() -> None:
    # curated histories: three yearly pledges, then a split (half of them a clash after it)
    claims = []
    for i in range(20):
        a, b = f"open:p{i}-a", f"open:p{i}-b"
        claims += [claim(a, b, "SUPPORT", f"{2000 + k}-05", mode="pledge", grade="C3")
                   for k in range(3)]  # fmt: skip
        claims.append(claim(b, a, "REJECT", "2010-05", mode="split", grade="C3"))
        if i % 2:
            claims.append(claim(b, a, "ASSAULT", "2011-05", grade="C3"))
    p = prepare(claims, hierarchy=FlatHierarchy())
    after = params_of(p, Params.load())
    plain = params_of(p, UNBOUNDED)
    inside = params_of(p, replace(Params.load(), bound_after_choice=False))
    assert after.grade_bound and not plain.grade_bound
    assert (after.theta_allied, after.hazard_month, after.hazard_cap) == (
        plain.theta_allied, plain.hazard_month, plain.hazard_cap
    )  # fmt: skip
    # with the bound inside the choice the corpus reads the bounded splits as noise
    assert inside.theta_allied > after.theta_allied


def test_independent_reports_add_up_where_reprints_of_one_do_not() -> None:
    base = [claim(X, Y, "SUPPORT", "2004-10", mode="pledge", grade="B2")]
    clash = [claim(X, Y, "ASSAULT", "2008-02", grade="C3", origin="wire")]
    one = _prob(base + clash)
    assert _prob(base + clash * 6) == one  # the same origin reprinted is one report
    independent = [claim(X, Y, "ASSAULT", "2008-02", grade="C3") for _ in range(3)]
    assert _prob(base + independent) > max(0.8, one)
    assert _prob(base + independent, params=MIXTURE) > _prob(base + clash, params=MIXTURE)


PRESUP = replace(Params.load(), presupposes_tie=("split", "renounce"))


@pytest.mark.parametrize("params", [PRESUP, replace(MIXTURE, presupposes_tie=("split",))])
def test_a_split_can_tell_of_the_tie_it_ends(params: Params) -> None:
    # the first and only report on the pair: "Y split from X" (no report of the alliance)
    split = [claim(Y, X, "REJECT", "2010-12", mode="split", grade="B2")]
    found = _rifts(split, params=params)
    assert len(found) == 1 and found[0]["onset"] == "2010-12"
    # a clash as the first report tells of no tie: rivals, not a rift
    assert _rifts([claim(Y, X, "ASSAULT", "2010-12", grade="B2")], params=params) == []
    # a weak source's split alone is no finding
    weak = [claim(Y, X, "REJECT", "2010-12", mode="split", grade="E5")]
    assert _rifts(weak, params=params) == []
    # and nothing is presupposed the other way round
    assert _rifts(split, params=params, direction="improving") == []
    # without the presupposition the split alone reads as rivals from the start
    assert _rifts(split, params=replace(params, presupposes_tie=())) == []
    # rift-5 presupposes the tie by default; rift-8 also for a falling-out
    assert Params.load().presupposes_tie == ("split", "renounce", "falling_out")


def test_explicit_statements_count_more_than_incidents_at_every_grade() -> None:
    def prob(grade: str, event_type: str, mode: str | None, params: Params) -> float:
        return _prob([claim(X, Y, "SUPPORT", "2004-10", mode="pledge", grade="B2"),
                      claim(Y, X, event_type, "2014-02", mode=mode, grade=grade)],
                     params=params)  # fmt: skip

    for params in (Params.load(), MIXTURE):
        for grade in ("A1", "B2", "C3", "D4", "E5", "F6"):
            assert prob(grade, "REJECT", "split", params) > prob(grade, "ASSAULT", None, params)
    # in the mixture the ratio is the parameter's: as rare as incidents, no difference
    same = replace(MIXTURE, statement_ratio=1.0, presupposes_tie=())
    assert abs(prob("B2", "REJECT", "renounce", same) - prob("B2", "ASSAULT", None, same)) < 0.02


def _ungraded_histories(n: int, flip: float, seed: int) -> list:  # type: ignore[type-arg]
    """``n`` pairs with four yearly ungraded (F6) reports, allied then hostile; each report
    gives the other stance with probability ``flip``."""
    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        a, b = f"open:u{i}-a", f"open:u{i}-b"
        for k in range(4):
            hostile = (k >= 2) != (rng.random() < flip)
            kind = ("ASSAULT", None) if hostile else ("COOPERATE", "joint_operations")
            out.append(claim(a, b, kind[0], f"{2000 + k}-05", mode=kind[1], grade="F6"))
    return out


def test_the_corpus_can_say_how_far_its_ungraded_reports_are_trusted() -> None:
    params = replace(MIXTURE, unknown_grid=(0.5, 0.6, 0.7, 0.8, 0.9, 0.95))
    consistent = prepare(_ungraded_histories(40, 0.0, 1), hierarchy=FlatHierarchy())
    noisy = prepare(_ungraded_histories(40, 0.4, 1), hierarchy=FlatHierarchy())
    high, low = params_of(consistent, params), params_of(noisy, params)
    assert high.unknown_right > low.unknown_right
    assert high.unknown_right >= params.unknown_right >= low.unknown_right


def _changing_pairs(n: int, grade: str = "C3") -> list:  # type: ignore[type-arg]
    """``n`` other pairs, each a joint operation and a clash a year later."""
    out = []
    for i in range(n):
        a, b = f"open:o{i}-a", f"open:o{i}-b"
        out.append(claim(a, b, "COOPERATE", f"{1990 + i % 5}-03", mode="joint_operations",
                         grade=grade))  # fmt: skip
        out.append(claim(a, b, "ASSAULT", f"{1991 + i % 5}-03", grade=grade))
    return out


def _two_reports(grade: str) -> list:  # type: ignore[type-arg]
    """A joint operation, then a clash six months later, both of ``grade``."""
    return [
        claim(X, Y, "COOPERATE", "2014-01", mode="joint_operations", grade=grade),
        claim(X, Y, "ASSAULT", "2014-07", grade=grade),
    ]


def test_one_cooperative_and_one_hostile_report_list_a_pair_once_other_pairs_show_change() -> None:
    # alone, a pair's own two reports do not set the rate of change it is judged by: one
    # well-graded clash six months after a joint operation stays below the alarm
    alone = _prob(_two_reports("B2"))
    assert alone < 0.5
    # in a corpus whose other two-report pairs went from cooperation to clashes, changes are
    # common: the same two reports say much more (rift-6..8 listed the pair; since rift-9 the
    # cap on a change over a silence stays below what one report of an incident tips, 0.47)
    found = [
        r
        for r in _rifts(_changing_pairs(20) + _two_reports("B2"), min_probability=0.0)
        if {a["id"] for a in r["actors"]} == {X, Y}
    ]
    assert len(found) == 1 and found[0]["onset"] == "2014-07"
    assert found[0]["probability"] > alone + 0.1
    assert found[0]["assumptions"]["hazard_month"] > Params.load().hazard_month
    # the cap and floor the pair was judged with are shown beside the hazard
    used = found[0]["assumptions"]
    assert 0.0 <= used["hazard_floor"] <= used["hazard_cap"] <= 1.0
    # and a split in place of the clash lists it
    split = [_two_reports("B2")[0], claim(Y, X, "REJECT", "2014-07", mode="split", grade="B2")]
    found = [
        r for r in _rifts(_changing_pairs(20) + split) if {a["id"] for a in r["actors"]} == {X, Y}
    ]
    assert len(found) == 1 and found[0]["onset"] == "2014-07"
    # a weak source still does not decide alone, whatever the other pairs say
    for grade in ("D4", "E5"):
        found = _rifts(_changing_pairs(20) + _two_reports(grade))
        assert not [r for r in found if {a["id"] for a in r["actors"]} == {X, Y}]


class _Factions:
    """A hierarchy where each ``open:f<i>`` is a faction of ``open:p<i>``."""

    def parents(self, actor_id: str, date: str | None) -> list[str]:
        tail = actor_id.split(":")[-1]
        return [f"open:p{tail[1:]}"] if tail.startswith("f") else []

    def lineage(self, actor_id: str) -> tuple[str, ...]:
        return (actor_id,)

    def name(self, actor_id: str, date: str | None = None) -> str | None:
        return None


def _faction_histories(n: int) -> list:  # type: ignore[type-arg]
    """Faction ``f<i>`` (of ``p<i>``) and group ``x<i>``: cooperation, a clash a year later."""
    out = []
    for i in range(n):
        f, x = f"open:f{i}", f"open:x{i}"
        out.append(claim(f, x, "COOPERATE", f"{2000 + i}-03", mode="joint_operations"))
        out.append(claim(f, x, "ASSAULT", f"{2001 + i}-03"))
    return out


def test_a_factions_report_counts_once_in_the_choice_of_rates() -> None:
    # each report on a faction also counts for its parent (rolled up); the corpus's choice of
    # how often relationships change reads it once, as if there were no hierarchy
    claims = _faction_histories(6)
    rolled = prepare(claims, hierarchy=_Factions())
    assert rolled.rollup.any()
    flat = prepare(claims, hierarchy=FlatHierarchy())
    assert for_corpus(evidence(rolled)) == for_corpus(evidence(flat))
    # and a lone faction pair's reports do not set its rates through their copy on the
    # parent's pair: both pairs keep the priors' centres
    one = prepare(_faction_histories(1), hierarchy=_Factions())
    corpus, own = for_pairs(evidence(one))
    assert len(one.dyads) == 2 and sorted(own) == [0, 1]
    assert all(q == Params.load() for q in own.values())


# -- rift-9: one statement after a documented tie ------------------------------------------
def _broken_pairs(n: int, confidence: float) -> list:  # type: ignore[type-arg]
    """``n`` other pairs, each an ungraded joint operation and an ungraded split 3.5 years later."""
    out = []
    for i in range(n):
        a, b = f"open:b{i}-a", f"open:b{i}-b"
        out.append(claim(a, b, "COOPERATE", f"{1990 + i % 5}-03", mode="joint_operations",
                         grade="F6", confidence=confidence))  # fmt: skip
        out.append(claim(b, a, "REJECT", f"{1993 + i % 5}-09", mode="split", grade="F6",
                         confidence=confidence))  # fmt: skip
    return out


def _after_a_tie(
    grade: str,
    event_type: str,
    mode: str | None,
    confidence: float,
    others: list,  # type: ignore[type-arg]
) -> float:
    """P(break) of X-Y: an ungraded joint operation, then one report 3.5 years later."""
    claims = [
        *others,
        claim(X, Y, "COOPERATE", "2004-10", mode="joint_operations", grade="F6",
              confidence=confidence),
        claim(Y, X, event_type, "2008-04", mode=mode, grade=grade, confidence=confidence),
    ]  # fmt: skip
    found = [
        r for r in _rifts(claims, min_probability=0.0) if {a["id"] for a in r["actors"]} == {X, Y}
    ]
    return found[0]["probability"] if found else 0.0


RIFT8 = replace(Params.load(), cap_grid=(0.25, 0.35, 0.5), joint_cap=False, coder_unknown=False)


@pytest.mark.parametrize("confidence", [0.95, 0.5], ids=["coded-surely", "coded-0.5"])
def test_one_statement_after_a_documented_tie_flags_unless_its_source_is_weak(
    confidence: float,
) -> None:
    # in a corpus where other pairs broke the same way (as in a curated history)
    others = _broken_pairs(12, confidence)
    # an explicit split from an ungraded or well-graded source lists the pair, also when the
    # coder is unsure (0.5: what the extractor gives claims on groups outside the KB)
    for grade in ("F6", "B2", "A1"):
        assert _after_a_tie(grade, "REJECT", "split", confidence, others) > 0.5
    # a weak source's split says less than an ungraded one, and alone it lists nothing
    for grade in ("D4", "E5"):
        weak = _after_a_tie(grade, "REJECT", "split", confidence, others)
        assert weak < _after_a_tie("F6", "REJECT", "split", confidence, others)
        assert _after_a_tie(grade, "REJECT", "split", confidence, []) < 0.5
    # and a single clash says less than a split at every grade
    for grade in ("F6", "B2", "D4"):
        clash = _after_a_tie(grade, "ASSAULT", None, confidence, others)
        assert clash < _after_a_tie(grade, "REJECT", "split", confidence, others)
    # a single ungraded clash on groups the coder is unsure of, with nothing else in the
    # corpus, is no finding
    assert _after_a_tie("F6", "ASSAULT", None, 0.5, []) < 0.5


def test_a_weak_source_does_not_decide_alone() -> None:
    # alone (the corpus too small to choose anything), a statement from an average or better
    # source lists the pair and a weak one does not
    for grade in ("F6", "B2"):
        assert _after_a_tie(grade, "REJECT", "split", 0.95, []) > 0.5
    for grade in ("D4", "E5"):
        assert _after_a_tie(grade, "REJECT", "split", 0.95, []) < 0.5
    # in a corpus where many pairs broke after long silences the prior of a change is larger
    # (cap up to 0.5, as rift-5..8): a weak split is then close to even odds, and always
    # below the same split from an ungraded source (README, Limitations)
    others = _broken_pairs(12, 0.95)
    for grade in ("D4", "E5"):
        weak = _after_a_tie(grade, "REJECT", "split", 0.95, others)
        assert weak < _after_a_tie("F6", "REJECT", "split", 0.95, others)
        assert abs(weak - _prob_with(grade, others, RIFT8)) < 0.1


def _prob_with(grade: str, others: list, params: Params) -> float:  # type: ignore[type-arg]
    claims = [*others,
              claim(X, Y, "COOPERATE", "2004-10", mode="joint_operations", grade="F6",
                    confidence=0.95),
              claim(Y, X, "REJECT", "2008-04", mode="split", grade=grade,
                    confidence=0.95)]  # fmt: skip
    found = [r for r in _rifts(claims, min_probability=0.0, params=params)
             if {a["id"] for a in r["actors"]} == {X, Y}]  # fmt: skip
    return found[0]["probability"] if found else 0.0


def test_an_uncalibrated_coder_confidence_is_unknown_not_low_in_the_bound() -> None:
    # the extractor gives 0.5 where its calibration has no cases (every claim on groups
    # outside the KB); in the bound that counted as a D4 source. rift-9 counts it as unknown
    others = _broken_pairs(12, 0.5)
    before = replace(Params.load(), coder_unknown=False)
    split = [*others,
             claim(X, Y, "COOPERATE", "2004-10", mode="joint_operations", grade="F6",
                   confidence=0.5),
             claim(Y, X, "REJECT", "2008-04", mode="split", grade="F6",
                   confidence=0.5)]  # fmt: skip
    mine = [r for r in _rifts(split, min_probability=0.0, params=before)
            if {a["id"] for a in r["actors"]} == {X, Y}]  # fmt: skip
    assert mine[0]["probability"] < _after_a_tie("F6", "REJECT", "split", 0.5, others)
    alone = [r for r in _rifts(split[-2:], min_probability=0.0, params=before)
             if {a["id"] for a in r["actors"]} == {X, Y}]  # fmt: skip
    assert alone[0]["probability"] < _after_a_tie("F6", "REJECT", "split", 0.5, [])
    # a confidence the calibration did measure (0.9) is kept as it is
    p = prepare(split[-2:], hierarchy=FlatHierarchy())
    assert Params.load().coder_unknown and Params.load().unknown_right == 0.7
    table = evidence(p)
    assert set(np.round(table["coded"], 2)) == {0.5}


def test_the_corpus_chooses_the_cap_with_the_hazard() -> None:
    # twelve pairs that each split 3.5 years after a joint operation: changes over long
    # silences are common, and the corpus says so through the cap and the hazard together
    chosen = for_corpus(evidence(prepare(_broken_pairs(12, 0.95), hierarchy=FlatHierarchy())))
    params = Params.load()
    assert params.joint_cap and chosen.hazard_month > params.hazard_month
    assert chosen.hazard_cap == max(params.cap_grid)
    # a corpus of steady allies keeps the smallest cap
    steady = [claim(f"open:s{i}-a", f"open:s{i}-b", "COOPERATE", f"{1990 + k * 3}-03",
                    mode="joint_operations", grade="F6", confidence=0.95)
              for i in range(12) for k in range(3)]  # fmt: skip
    calm = for_corpus(evidence(prepare(steady, hierarchy=FlatHierarchy())))
    assert calm.hazard_cap < chosen.hazard_cap


# invented documents through the whole program (extraction, timeline, model), one per line of
# a curated history: ungraded unless a grade is given
_HISTORY = [
    ("u1", "2012-03", None, "The Northern Hawks Brigade fought alongside the Sun Battalion "
     "against government troops near the river crossing."),
    ("u2", "2015-09", None, "The Northern Hawks Brigade split from the Sun Battalion."),
    ("b1", "2011-05", "B2", "The Falcon Brigade fought alongside the Cedar Legion against "
     "government troops."),
    ("b2", "2014-11", "B2", "The Falcon Brigade split from the Cedar Legion."),
    ("w1", "2012-06", None, "The Blue Valley Group fought alongside the Mountain Guard against "
     "the army."),
    ("w2", "2016-01", "D4", "The Blue Valley Group split from the Mountain Guard."),
    ("c1", "2011-04", None, "The Green Banner Army and the Silver Crescent Brigade conducted "
     "joint operations against government forces."),
    ("c2", "2014-10", None, "Fighters of the Green Banner Army briefly clashed with members of "
     "the Silver Crescent Brigade at a checkpoint before the dispute was settled."),
    ("s1", "2010-01", None, "The Olive Grove Battalion and the White Stag Front fought together "
     "against government troops."),
    ("s2", "2014-06", None, "The Olive Grove Battalion and the White Stag Front launched a joint "
     "offensive on the airport."),
    ("t1", "2011-07", None, "The Night Owl Brigade received weapons and money from the Harvest "
     "Moon Movement."),
    ("t2", "2015-02", None, "The Night Owl Brigade and the Harvest Moon Movement coordinated "
     "attacks on the army."),
]  # fmt: skip


def test_a_curated_history_through_the_program(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from riftwatch import api

    path = tmp_path / "history.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for doc_id, date, grade, text in _HISTORY:
            doc: dict[str, object] = {"id": doc_id, "date": date, "text": text}
            if grade:
                doc.update(source="wire", reliability=grade[0], credibility=int(grade[1:]))
            f.write(json.dumps(doc) + "\n")
    listed = {frozenset(a["name"] for a in r["actors"]): r for r in api.rifts(path)}
    # one split after a documented tie, from an ungraded or a B2 source: listed, onset at it
    split = listed.get(frozenset({"Northern Hawks Brigade", "Sun Battalion"}))
    assert split is not None and split["onset"] == "2015-09"
    assert frozenset({"Falcon Brigade", "Cedar Legion"}) in listed
    # the same split from a D4 source, a clash in passing, and steady allies: not listed
    assert frozenset({"Blue Valley Group", "Mountain Guard"}) not in listed
    assert frozenset({"Green Banner Army", "Silver Crescent Brigade"}) not in listed
    assert frozenset({"Olive Grove Battalion", "White Stag Front"}) not in listed
    assert frozenset({"Night Owl Brigade", "Harvest Moon Movement"}) not in listed


# -- rift-10: a break soon after the tie; a split told with the tie it ends -----------------
RIFT9 = replace(Params.load(), floor_grid=())


def _quick_breaks(n: int) -> list:  # type: ignore[type-arg]
    """A curated history: ``n`` pairs that each fought three months after a joint operation,
    and ``n`` pairs with two cooperative rows a year apart (ungraded, as rows are fed)."""
    out = []
    for i in range(n):
        a, b = f"open:q{i}-a", f"open:q{i}-b"
        out.append(claim(a, b, "COOPERATE", f"{1990 + i % 5}-03", mode="joint_operations",
                         grade="F6"))  # fmt: skip
        out.append(claim(b, a, "ASSAULT", f"{1990 + i % 5}-06", grade="F6"))
        c, d = f"open:s{i}-a", f"open:s{i}-b"
        out.append(claim(c, d, "COOPERATE", f"{1990 + i % 5}-03", mode="joint_operations",
                         grade="F6"))  # fmt: skip
        out.append(claim(d, c, "AID", f"{1991 + i % 5}-03", mode="sanctuary", grade="F6"))
    return out


def _soon_after_a_tie(grade: str, others: list, params: Params | None = None) -> float:  # type: ignore[type-arg]
    """P(break) of X-Y: an ungraded joint operation, then one clash two months later."""
    claims = [
        *others,
        claim(X, Y, "COOPERATE", "2004-10", mode="joint_operations", grade="F6"),
        claim(Y, X, "ASSAULT", "2004-12", grade=grade),
    ]
    kw = {"params": params} if params else {}
    found = [
        r
        for r in _rifts(claims, min_probability=0.0, **kw)
        if {a["id"] for a in r["actors"]} == {X, Y}
    ]
    return found[0]["probability"] if found else 0.0


def test_a_curated_history_whose_breaks_come_soon_lists_one_that_comes_soon() -> None:
    others = _quick_breaks(10)
    chosen = params_of(prepare(others, hierarchy=FlatHierarchy()))
    assert chosen.hazard_floor > 0
    # a clash two months after a joint operation, in a history where that is how pairs
    # break: listed (rift-9 put the prior of a change that soon at the monthly hazard)
    assert _soon_after_a_tie("F6", others) > 0.5 > _soon_after_a_tie("F6", others, RIFT9)
    # a weak source still does not decide alone, however the corpus reads
    for grade in ("D4", "E5"):
        assert _soon_after_a_tie(grade, others) < 0.5
    # alone, the corpus too small to choose anything, the same clash is no finding
    assert _soon_after_a_tie("F6", []) < 0.5


def test_a_stream_of_steady_reports_chooses_no_floor() -> None:
    # incident streams sample a pair every month whatever happens: their steady months say
    # a change between two close reports is rare
    claims = []
    for i in range(6):
        a, b = f"open:t{i}-a", f"open:t{i}-b"
        claims += [claim(a, b, "COOPERATE", f"{2000 + m // 12}-{m % 12 + 1:02d}")
                   for m in range(0, 48, 2)]  # fmt: skip
    assert params_of(prepare(claims, hierarchy=FlatHierarchy())).hazard_floor == 0.0
    assert _rifts(claims) == []


def _split_and_founded(same_origin: bool) -> list:  # type: ignore[type-arg]
    """X and Y allied (2000); in 2006 a report says Y walked out of X and (mis-coded) that X
    cooperated with Y in founding it; ``same_origin`` False: the cooperation is another
    source's report of that month."""
    return [
        claim(X, Y, "COOPERATE", "2000-05", mode="joint_operations", grade="F6"),
        claim(Y, X, "AID", "2001-05", mode="sanctuary", grade="F6"),
        claim(Y, X, "REJECT", "2006-03", mode="split", grade="F6", origin="doc:r"),
        claim(X, Y, "COOPERATE", "2006-03", mode="merger", grade="F6",
              origin="doc:r" if same_origin else "doc:other"),
    ]  # fmt: skip


def test_a_split_told_with_the_tie_it_ends_reads_as_the_split() -> None:
    # one report that says the tie ended and tells of that tie: the cooperation is the tie
    # the split presupposes, not a tie that still holds
    one = evidence(prepare(_split_and_founded(True), hierarchy=FlatHierarchy()))
    assert (one["stance"][one["month"] == one["month"].max()] < 0).all()
    both = evidence(prepare(_split_and_founded(False), hierarchy=FlatHierarchy()))
    last = both["month"] == both["month"].max()
    assert sorted(both["stance"][last].tolist()) == [-1, 1]
    p_one = _rifts(_split_and_founded(True), min_probability=0.0)[0]["probability"]
    p_two = _rifts(_split_and_founded(False), min_probability=0.0)[0]["probability"]
    assert p_one > p_two
    # a hedged split tells nothing, so the cooperation it came with counts as before
    hedged = _split_and_founded(True)
    hedged[2] = replace(hedged[2], modality="hypothetical")
    rows = evidence(prepare(hedged, hierarchy=FlatHierarchy()))
    assert (rows["stance"][rows["month"] == rows["month"].max()] > 0).all()


def _curated_corpus() -> list:  # type: ignore[type-arg]
    """Ungraded curated histories (one row per development, coder unsure): eight pairs
    that split three years after a joint operation, four that stayed allied. Such a corpus
    chooses high rates of change (prior odds of a change over a silence about even)."""
    out = []
    for k in range(8):
        a, b = f"open:a{k}", f"open:b{k}"
        out.append(claim(a, b, "COOPERATE", f"{2008 + k}-03", mode="joint_operations",
                         grade="F6", confidence=0.5))  # fmt: skip
        out.append(claim(b, a, "REJECT", f"{2011 + k}-05", mode="split", grade="F6",
                         confidence=0.5))  # fmt: skip
    for k in range(4):
        a, b = f"open:s{k}", f"open:t{k}"
        for date in (f"{2008 + k}-03", f"{2011 + k}-05"):
            out.append(claim(a, b, "COOPERATE", date, mode="joint_operations", grade="F6",
                             confidence=0.5))  # fmt: skip
    return out


def _p_of_pair(extra: list) -> float:  # type: ignore[type-arg]
    found = _rifts(_curated_corpus() + extra, min_probability=0.0)
    return next((r["probability"] for r in found if {a["id"] for a in r["actors"]} == {X, Y}),
                0.0)  # fmt: skip


def _tie() -> list:  # type: ignore[type-arg]
    return [claim(X, Y, "COOPERATE", "2012-03", mode="joint_operations", grade="F6",
                  confidence=0.5)]  # fmt: skip


@pytest.mark.parametrize(
    "grade,modality",
    [("F6", "uncertain"), ("B2", "uncertain"), ("A1", "uncertain"), ("D4", "asserted"),
     ("E5", "asserted"), ("C4", "asserted")],
)  # fmt: skip
def test_one_hedged_or_weak_report_does_not_alarm_beside_broken_curated_pairs(
    grade: str, modality: str
) -> None:
    # "X has reportedly split from Y", "X may have split from Y" (uncertain), or a split
    # from a weak source, after a documented tie, in a corpus whose other pairs broke:
    # rift-12 listed every one of them (0.52-0.68), the corpus's even prior odds of a
    # change being tipped by any hostile report at all (rift-13: the pair is judged with
    # the priors' centres)
    split = claim(Y, X, "REJECT", "2015-06", mode="split", grade=grade, modality=modality)
    assert _p_of_pair(_tie() + [split]) < 0.5
    # its asserted, ungraded twin (an average source) lists the pair, as before
    assert _p_of_pair(_tie() + [claim(Y, X, "REJECT", "2015-06", mode="split", grade="F6",
                                      confidence=0.5)]) >= 0.5  # fmt: skip
    # as its first evidence (the tie it tells of is presupposed) it does not either
    assert _p_of_pair([split]) < 0.5


def test_reports_of_one_weak_origin_do_not_alarm_several_independent_ones_do() -> None:
    # one story from a weak source telling of clashes in three months is one report
    one_story = [claim(Y, X, "ASSAULT", f"2015-0{m}", grade="D4", origin="story")
                 for m in (3, 5, 7)]  # fmt: skip
    assert _p_of_pair(_tie() + one_story) < 0.5
    # three independent origins of the same grade can raise the alarm
    independent = [claim(Y, X, "ASSAULT", f"2015-0{m}", grade="D4") for m in (3, 5, 7)]
    assert _p_of_pair(_tie() + independent) >= 0.5
    # and so can two independent hedged ones (each says it may be so)
    hedged = [claim(Y, X, "REJECT", d, mode="split", grade="F6", confidence=0.5,
                    modality="uncertain") for d in ("2015-06", "2015-09")]  # fmt: skip
    assert _p_of_pair(_tie() + hedged) >= 0.5


def test_one_origin_says_no_more_over_several_months_than_its_best_report() -> None:
    # a well-graded story of three clashes still flags, but counts as one report: below
    # three independent origins of the same grade
    one_story = [claim(Y, X, "ASSAULT", f"2015-0{m}", grade="B2", origin="story")
                 for m in (3, 5, 7)]  # fmt: skip
    independent = [claim(Y, X, "ASSAULT", f"2015-0{m}", grade="B2") for m in (3, 5, 7)]
    alone, several = _p_of_pair(_tie() + one_story), _p_of_pair(_tie() + independent)
    assert 0.5 <= alone < several
    off = replace(Params.load(), origin_bound=False)
    table = evidence(prepare(_tie() + one_story, hierarchy=FlatHierarchy()), params=off)
    assert len(set(table["origin"][table["stance"] < 0].tolist())) == 1


def test_a_higher_floor_lists_an_asserted_report_soon_after_a_tie_never_a_weak_one() -> None:
    # rift-13: the floor's candidates go up to 0.5; a history whose breaks all come soon
    # chooses it, and a weak or hedged report soon after a tie is still held to the centres
    others = _quick_breaks(10)
    assert params_of(prepare(others, hierarchy=FlatHierarchy())).hazard_floor > 0.3
    assert _soon_after_a_tie("F6", others) > 0.5
    for grade in ("D4", "E5"):
        assert _soon_after_a_tie(grade, others) < 0.5
    hedged = [
        *others,
        claim(X, Y, "COOPERATE", "2004-10", mode="joint_operations", grade="F6"),
        claim(Y, X, "ASSAULT", "2004-12", grade="B2", modality="uncertain"),
    ]
    found = _rifts(hedged, min_probability=0.0)
    assert all(r["probability"] < 0.5 for r in found if {a["id"] for a in r["actors"]} == {X, Y})


_RUMOUR_GROUPS = [
    ("Vantar Brigades", "Ostrel Popular Army"), ("Kesh Valley Movement", "Marun Islamic Front"),
    ("Delvin Revolutionary Council", "Tarsk Mujahideen Front"),
    ("Ilvan Salvation Army", "Pereth Liberation Front"),
    ("Gorran Resistance Movement", "Sulan National Front"),
    ("Hadrin People's Army", "Quorvel Defence Front"),
]  # fmt: skip


def test_one_hedged_report_through_the_program(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # a corpus of curated rows (one document per development, ungraded): six pairs that
    # split three years after a joint attack; then a seventh pair's joint attack and one
    # hedged report of a split (rift-12: listed at 0.57), or its asserted twin (listed)
    import json

    from riftwatch import api

    rows = []
    for k, (a, b) in enumerate(_RUMOUR_GROUPS):
        rows.append((f"{2008 + k}-03-10", f"The {a} and the {b} carried out a joint attack on "
                     "an army base in the north."))  # fmt: skip
        rows.append((f"{2011 + k}-05-12", f"The {a} split from the {b}."))
    rows.append(("2012-03-10", "The Crimson Dawn Front and the Zorblan Liberation Tigers "
                 "carried out a joint attack on an army base in the north."))  # fmt: skip
    pair = frozenset({"Crimson Dawn Front", "Zorblan Liberation Tigers"})
    for last, listed in (
        ("The Crimson Dawn Front has reportedly split from the Zorblan Liberation Tigers, "
         "according to unconfirmed rumours.", False),
        ("The Crimson Dawn Front may have split from the Zorblan Liberation Tigers, a local "
         "resident said.", False),
        ("The Crimson Dawn Front split from the Zorblan Liberation Tigers.", True),
    ):  # fmt: skip
        path = tmp_path / "rows.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for i, (date, text) in enumerate([*rows, ("2015-06-02", last)]):
                f.write(json.dumps({"id": f"r{i}", "date": date, "text": text}) + "\n")
        found = {frozenset(a["name"] for a in r["actors"]): r for r in api.rifts(path)}
        assert (pair in found) is listed, last
        assert sum(1 for k in found if k != pair) == len(_RUMOUR_GROUPS)


def test_a_pair_no_claim_of_which_tells_of_a_change_is_never_flagged(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # the curated corpus of the test above (pairs that split three years after a joint
    # attack) teaches a high rate of change; a seventh pair has two joint attacks and then a
    # rumoured split that both groups denied (read as persistence): no claim tells of a
    # change, so however many months pass it is listed nowhere, while its asserted twin is
    import json

    from riftwatch import api

    rows = []
    for k, (a, b) in enumerate(_RUMOUR_GROUPS):
        rows.append((f"{2008 + k}-03-10", f"The {a} and the {b} carried out a joint attack on "
                     "an army base in the north."))  # fmt: skip
        rows.append((f"{2011 + k}-05-12", f"The {a} split from the {b}."))
    rows.append(("2009-03-10", "The Crimson Dawn Front and the Zorblan Liberation Tigers "
                 "carried out a joint attack on an army base in the north."))  # fmt: skip
    rows.append(("2013-01-20", "The Crimson Dawn Front and the Zorblan Liberation Tigers "
                 "formed a joint front against the army."))  # fmt: skip
    pair = frozenset({"Crimson Dawn Front", "Zorblan Liberation Tigers"})
    for last, listed in (
        ("Rumours that the Crimson Dawn Front had broken with the Zorblan Liberation Tigers "
         "were denied by both groups.", False),
        ("The Crimson Dawn Front broke with the Zorblan Liberation Tigers.", True),
    ):  # fmt: skip
        path = tmp_path / "rows.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for i, (date, text) in enumerate([*rows, ("2014-04-02", last)]):
                f.write(json.dumps({"id": f"r{i}", "date": date, "text": text}) + "\n")
        found = {frozenset(a["name"] for a in r["actors"]): r for r in api.rifts(path)}
        assert (pair in found) is listed, last
        for r in found.values():  # every listed pair has a claim that tells of its change
            assert r["evidence"], r["actors"]


def test_with_dates_change_only_a_sure_statement_of_the_split_dates_the_change() -> None:
    # dates_change (an option): a split from an average or better source also tells that the
    # tie changed in the silence before it; a hedged or weak one (D4, E5) dates nothing, so
    # alone it stays where it is without the option and lists nothing (replay44)
    dated = replace(Params.load(), dates_change=True)

    def split_after_tie(grade: str, params: Params, modality: str = "asserted") -> float:
        claims = [claim(X, Y, "COOPERATE", "2010-03", mode="joint_operations", grade="F6"),
                  claim(Y, X, "REJECT", "2010-11", mode="split", grade=grade,
                        modality=modality)]  # fmt: skip
        found = [r for r in _rifts(claims, min_probability=0.0, params=params)
                 if {a["id"] for a in r["actors"]} == {X, Y}]  # fmt: skip
        return found[0]["probability"] if found else 0.0

    for grade in ("D4", "E5"):
        assert split_after_tie(grade, dated) == pytest.approx(split_after_tie(grade, Params.load()))
        assert split_after_tie(grade, dated) < 0.5
    assert split_after_tie("F6", dated, "uncertain") == pytest.approx(
        split_after_tie("F6", Params.load(), "uncertain")
    )
    # an asserted split of an ungraded or well-graded source eight months after the tie
    # counts for more with the option
    for grade in ("F6", "B2"):
        assert split_after_tie(grade, dated) > split_after_tie(grade, Params.load())
