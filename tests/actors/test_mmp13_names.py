"""mmp13: names of one group that meet, and twins that must not (issue 10).

Invented names where the rule is the point; real KB names where the KB is."""

from __future__ import annotations

from riftwatch.actors.dedupe import Candidate, Rules, decide
from riftwatch.actors.normalize import fold, skeleton
from riftwatch.actors.resolve import default_resolver


def _id(name: str, date: str = "2010") -> str | None:
    res = default_resolver().resolve(name, date=date)
    return None if res.actor is None else res.actor.id


def _found(text: str, date: str = "2010") -> dict[str, str]:
    return {
        text[s:e]: (res.organization or res.actor).id
        for s, e, res in default_resolver().find_mentions(text, date)
        if res.actor is not None
    }


def test_a_decade_named_by_its_year_is_one_key() -> None:
    assert skeleton("1920s") == skeleton("1920")
    assert fold("1970s Zorblan Brigades") == fold("1970 Zorblan Brigade")
    assert skeleton("1920") != skeleton("1930")


def test_unit_and_decade_variants_of_one_invented_group_merge() -> None:
    rules = Rules.load()
    a = Candidate("org:a", "1970 Zorblan Brigades", "armed_group", "COL", source="ucdp")
    b = Candidate("org:b", "1970s Zorblan Brigade", "armed_group", source="mmp-facts")
    assert decide(a, b, rules).same
    c = Candidate("org:c", "Kestrel Guerrilla Coordinating Board", "armed_group", source="ucdp")
    d = Candidate(
        "org:d", "Kestrel Guerrilla Coordinating Group", "armed_group", source="mmp-facts"
    )
    assert decide(c, d, rules).same


def test_other_decades_and_countries_stay_apart() -> None:
    rules = Rules.load()
    a = Candidate("org:a", "1970 Zorblan Brigades", "armed_group", source="ucdp")
    b = Candidate("org:b", "1980 Zorblan Brigades", "armed_group", source="mmp-facts")
    assert not decide(a, b, rules).same
    c = Candidate("org:c", "Kestrel Coordinating Board", "armed_group", "COL", source="ucdp")
    d = Candidate("org:d", "Kestrel Coordinating Group", "armed_group", "PER", source="mmp-facts")
    assert not decide(c, d, rules).same


def test_a_group_of_another_country_is_the_longer_name() -> None:
    assert _found("Hamas of Iraq started out inside another brigade.").get("Hamas of Iraq") == (
        "org:hamas-iraq"
    )


def test_a_place_of_the_groups_own_country_keeps_the_group() -> None:
    found = _found("The TTP in Orakzai attacked the army.")
    assert found.get("TTP") == "org:ttp"
    assert "Hamas" in _found("Hamas in Gaza fired rockets at the town.")


def test_three_words_spell_an_initials_only_group_of_their_country() -> None:
    assert _id("Syrian Democratic Forces", "2016") == "org:sdf"


def test_three_words_of_another_country_or_none_do_not() -> None:
    assert _id("Sudanese Democratic Forces", "2016") is None
    assert _id("Patriotic Democratic Front", "2016") is None


def test_a_name_without_its_closing_country_for_pair_lookup() -> None:
    from riftwatch.api import _without_place

    assert _without_place("Union for Zorblan in the Central African Republic") == (
        "Union for Zorblan"
    )
    assert _without_place("Front for the Liberation of Zorblania") is None
    assert _without_place("Zorblan in Libya") is None  # one word left: no name of its own
