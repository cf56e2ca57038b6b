"""An analyst's Central African Republic (2012-2021) and Sri Lanka (2002-2009) files (walk64,
issues 9 and 10), as behaviour, on sentences written for these tests (other places, words and
acts than the files).

- KB (curated/walk64.yaml): the bare "UPC" of a Central African text is Ali Darassa's Union
  for Peace in the Central African Republic, not the Union of Congolese Patriots of Ituri
  (which keeps the bare name beside Congolese words); the CPC of December 2020 and its
  members (FPRC, UPC, 3R, MPC); 3R and the MPC by their short names beside Central African
  words; FACA is the Central African state's army; Ali Darassa, Nourredine Adam and Sidiki
  Abass stand for their groups.
"""

from __future__ import annotations

from conftest import id_events
from riftwatch.actors.resolve import Resolver

UPC_CAR = "org:upc-ali-darass-fulani-supporters"
CPC = "org:coalition-of-patriots-for-change"
CAR = "country:central-african-republic"


def test_a_central_african_upc_is_darassas_group_and_ituris_stays_congolese() -> None:
    events = id_events("UPC gunmen looted the market of Alindao and the FPRC sent men to Ippy.",
                       "2016-08-01")  # fmt: skip
    ids = {e[0] for e in events} | {e[2] for e in events}
    fought = id_events("FPRC fighters ambushed a UPC patrol on the road to Kouango.", "2016-02-01")
    assert ("org:fprc", "ASSAULT", UPC_CAR, "asserted") in fought
    assert "org:upc" not in ids
    resolver = Resolver()
    congo = resolver.resolve_dict("UPC", date="2003-05-01", context="Bunia, Ituri, Lubanga, Hema")
    assert congo["organization"]["id"] == "org:upc"


def test_the_cpc_and_its_members_by_their_short_names() -> None:
    events = id_events(
        "MPC and 3R fighters joined the CPC offensive on Bossembele, and FACA soldiers "
        "attacked the CPC near Boali.",
        "2021-01-05",
    )
    assert (CAR, "ASSAULT", CPC, "asserted") in events
    ids = {e[0] for e in events} | {e[2] for e in events}
    assert "open:faca" not in ids and "open:cpc" not in ids
    resolver = Resolver()
    for mention, expected in (("3R", "org:3r-central-africa"), ("MPC", "org:mpc-central-africa")):
        found = resolver.resolve_dict(mention, date="2021-02-01", context="Bangui, the CPC")
        assert found["organization"]["id"] == expected, mention
    # without Central African words the short names are not read as these groups
    bare = resolver.resolve_dict("MPC", date="2021-02-01", context="a parliament vote")
    assert (bare.get("organization") or {}).get("id") != "org:mpc-central-africa"


def test_leaders_named_alone_stand_for_their_groups() -> None:
    events = id_events("Ali Darassa accused Nourredine Adam of arming rival militias in Bria.",
                       "2017-03-01")  # fmt: skip
    assert any(e[0] == UPC_CAR and e[1] == "ACCUSE" and e[3] == "asserted" for e in events)
    resolver = Resolver()
    sidiki = resolver.resolve_dict("Sidiki Abass", date="2019-06-01", context="Bocaranga")
    assert sidiki["organization"]["id"] == "org:3r-central-africa"
    adam = resolver.resolve_dict("Noureddine Adam", date="2018-01-01", context="Ndele, FPRC")
    assert adam["organization"]["id"] == "org:fprc"
