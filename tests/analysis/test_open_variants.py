"""Open actors of one corpus under two names count as one (timeline-4, mmp8)."""

from __future__ import annotations

from claimkit import claim

from riftwatch.analysis.hierarchy import FlatHierarchy
from riftwatch.analysis.timeline import prepare
from riftwatch.api import _actor_key


def _pairs(claims: list) -> set[frozenset]:  # type: ignore[type-arg]
    p = prepare(claims, hierarchy=FlatHierarchy())
    return {frozenset(d) for d in p.dyads}


def test_initials_and_the_name_they_spell_out_are_one_open_actor() -> None:
    claims = [
        claim("open:armed-forces-revolutionary-council", "open:ruf-x", "COOPERATE", "1997-06",
              source_name="Armed Forces Revolutionary Council", target_name="RUF X"),
        claim("open:afrc", "open:ruf-x", "ASSAULT", "2000-05", source_name="AFRC",
              target_name="RUF X"),
    ]  # fmt: skip
    assert _pairs(claims) == {frozenset({"open:armed-forces-revolutionary-council", "open:ruf-x"})}


def test_a_foreign_leading_article_names_the_same_open_actor() -> None:
    claims = [
        claim("open:los-halcones", "open:cartel-y", "COOPERATE", "2005-06",
              source_name="Los Halcones", target_name="Cartel Y"),
        claim("open:halcones", "open:cartel-y", "ASSAULT", "2009-05", source_name="Halcones",
              target_name="Cartel Y"),
    ]  # fmt: skip
    assert _pairs(claims) == {frozenset({"open:los-halcones", "open:cartel-y"})}


def test_two_names_spelling_the_same_initials_merge_nothing() -> None:
    claims = [
        claim("open:arab-liberation-front", "open:z", "COOPERATE", "2005-06",
              source_name="Arab Liberation Front", target_name="Z"),
        claim("open:armed-liberation-force", "open:z", "COOPERATE", "2005-06",
              source_name="Armed Liberation Force", target_name="Z"),
        claim("open:alf", "open:z", "ASSAULT", "2009-05", source_name="ALF", target_name="Z"),
    ]  # fmt: skip
    assert frozenset({"open:alf", "open:z"}) in _pairs(claims)


def test_a_pair_is_found_under_the_spelled_out_name_when_claims_hold_only_initials() -> None:
    p = prepare(
        [
            claim(
                "open:afrc",
                "open:ruf-x",
                "ASSAULT",
                "2000-05",
                source_name="AFRC",
                target_name="RUF X",
            )
        ],
        hierarchy=FlatHierarchy(),
    )
    assert _actor_key(p, "Armed Forces Revolutionary Council") == "open:afrc"


def test_the_opening_of_the_corpus_one_longer_name_is_that_actor() -> None:
    # timeline-5 (mmp13): "Democratic Zorblan Front" in one document, the full name in another
    claims = [
        claim("org:dzf-kestrel", "open:y", "COOPERATE", "1968-06",
              source_name="Democratic Zorblan Front for the Liberation of Kestrel",
              target_name="Y Army"),
        claim("open:democratic-zorblan-front", "open:y", "ASSAULT", "1970-05",
              source_name="Democratic Zorblan Front", target_name="Y Army"),
    ]  # fmt: skip
    assert _pairs(claims) == {frozenset({"org:dzf-kestrel", "open:y"})}


def test_the_opening_of_two_longer_names_merges_nothing() -> None:
    claims = [
        claim("open:pzf-kestrel", "open:y", "COOPERATE", "1968-06",
              source_name="Popular Zorblan Front for the Liberation of Kestrel",
              target_name="Y Army"),
        claim("open:pzf-umbria", "open:y", "COOPERATE", "1968-06",
              source_name="Popular Zorblan Front for the Renaissance of Umbria",
              target_name="Y Army"),
        claim("open:popular-zorblan-front", "open:y", "ASSAULT", "1970-05",
              source_name="Popular Zorblan Front", target_name="Y Army"),
    ]  # fmt: skip
    assert frozenset({"open:popular-zorblan-front", "open:y"}) in _pairs(claims)


def test_unit_word_variants_of_one_open_name_are_one_actor() -> None:
    claims = [
        claim("open:zorblan-brigade", "open:y", "COOPERATE", "1990-06",
              source_name="Zorblan Brigade", target_name="Y Army"),
        claim("open:zorblan-brigades", "open:y", "ASSAULT", "1992-05",
              source_name="Zorblan Brigades", target_name="Y Army"),
    ]  # fmt: skip
    assert _pairs(claims) == {frozenset({"open:zorblan-brigade", "open:y"})}


def test_another_designator_class_or_generic_words_stay_apart() -> None:
    claims = [
        claim("open:zorblan-brigade", "open:y", "COOPERATE", "1990-06",
              source_name="Zorblan Brigade", target_name="Y Army"),
        claim("open:zorblan-movement", "open:y", "ASSAULT", "1992-05",
              source_name="Zorblan Movement", target_name="Y Army"),
        claim("open:islamic-brigade", "open:y", "COOPERATE", "1990-06",
              source_name="Islamic Brigade", target_name="Y Army"),
        claim("open:islamic-brigades", "open:y", "ASSAULT", "1992-05",
              source_name="Islamic Brigades", target_name="Y Army"),
    ]  # fmt: skip
    pairs = _pairs(claims)
    assert frozenset({"open:zorblan-movement", "open:y"}) in pairs
    assert frozenset({"open:islamic-brigades", "open:y"}) in pairs
