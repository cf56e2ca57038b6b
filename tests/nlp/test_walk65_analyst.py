"""An analyst's southern Philippines (1972-2019) and Colombia (2016-2024) files (walk65,
issues 9 and 10), as behaviour, on sentences written for these tests (other people, groups
and words than the files).

- A person who stands for a group (a KB member, or tied to a group by an apposition: "P, a
  commander of Y, formed X") founds a new group himself: Y does not merge into X
  (mechanisms.co_founders, _person_for_group). Groups that found one together still do.
- KB (curated/walk65.yaml): Ivan Marquez is the FARC's until 2017 and the Segunda
  Marquetalia's from August 2019; Ivan Mordisco the Estado Mayor Central's; Otoniel the Clan
  del Golfo's until October 2021; AGC is the Clan del Golfo beside Colombian words.
"""

from __future__ import annotations

from conftest import id_events
from riftwatch.actors.resolve import Resolver

MILF = "org:moro-islamic-liberation-front"
MNLF = "org:moro-national-liberation-front"
BIFF = "org:bangsamoro-islamic-freedom-fighters"


def test_a_member_who_founds_a_group_does_not_merge_his_group_into_it() -> None:
    events = id_events(
        "Wahid Dimalanta, a field commander of the MNLF, formed the Bangsamoro Islamic "
        "Freedom Fighters in 2009.",
        "2010-03-01",
    )
    assert not [e for e in events if e[1] == "COOPERATE"]
    left = id_events(
        "Wahid Dimalanta, an officer of the MILF's northern brigade, quit the MILF in 2009 and "
        "set up the Bangsamoro Islamic Freedom Fighters.",
        "2010-03-01",
    )
    assert (MILF, "COOPERATE", BIFF, "asserted") not in left
    # groups founding one together still merge into it
    joint = id_events("The MNLF and the MILF formed the Bangsamoro Islamic Freedom Fighters.",
                      "2010-03-01")  # fmt: skip
    assert (MNLF, "COOPERATE", BIFF, "asserted") in joint


def test_colombian_dissident_and_clan_leaders_by_date() -> None:
    resolver = Resolver()

    def org(mention: str, date: str, context: str) -> str | None:
        found = resolver.resolve_dict(mention, date=date, context=context)
        return (found.get("organization") or {}).get("id")

    farc = "org:revolutionary-armed-forces-of-colombia-people-army"
    assert org("Ivan Marquez", "2014-03-01", "the FARC delegation in Havana") == farc
    assert org("Iván Márquez", "2020-06-01", "dissidents in Venezuela") == "org:segunda-marquetalia"
    assert org("Ivan Mordisco", "2023-02-01", "dissidents in Cauca") == "org:estado-mayor-central"
    assert org("Otoniel", "2020-05-01", "Uraba, Antioquia") == "org:clan-del-golfo"
    assert org("AGC", "2022-03-01", "Choco, Colombia") == "org:clan-del-golfo"
    assert org("AGC", "2022-03-01", "the shareholders' meeting") is None
