"""A given name blocks a sole office holder's surname only while its bearer may be meant.

"Bashir" is the given name of Bashir Gemayel (killed in 1982) and the surname by which texts
name Sudan's president of 1989-2019: a 1996 text's "the Bashir government" is Sudan's.
"""

from __future__ import annotations

from riftwatch import api


def _pairs(text: str, date: str) -> set[tuple[str | None, str | None, str | None]]:
    doc = {"id": "g1", "text": text, "date": date}
    return {
        ((e.get("source") or {}).get("id"), (e.get("target") or {}).get("id"), e.get("modality"))
        for e in api.extract([doc])
    }


def test_surname_of_the_president_in_office_is_his_government() -> None:
    got = _pairs("Under Saudi pressure, the Bashir government expelled Osama bin Laden.", "1996-05")
    assert ("org:sudan-government", "org:al-qaeda", "asserted") in got


def test_the_dead_namesake_does_not_reach_a_later_year() -> None:
    from riftwatch.actors.resolve import Resolver, _day_of

    r = Resolver()
    assert r._given_name_at("bashir", _day_of("1981-01"))  # Gemayel's own years
    assert not r._given_name_at("bashir", _day_of("2005-01"))
