"""kb52: modern militant organisations the knowledge base lacked or folded into another group.

* new sides resolve to their own actor: the Naga councils, the Gulen movement, the ARS and
  its Djibouti and Asmara wings, Jubaland, the Nour Party, the Sons of Iraq, the Tajik
  Islamic Renaissance Party, Los Pepes, M23 and the CNDP;
* look-alike names stay apart: Gaza's Army of Islam and Syria's Jaysh al-Islam; the
  Yarmouk Martyrs Brigade and Harakat al-Muthanna until their 2016 merger into Jaysh Khalid
  ibn al-Walid; Al-Faran and Harakat-ul-Mujahideen (Harakat-ul-Ansar in 1993-1997, HuM's own
  name then); Mozambique's and
  Somalia's Ahlu Sunna Wal Jama'a.

Sentences are invented.
"""

from __future__ import annotations

import pytest
from tests.actors.conftest import asserts as _asserted
from tests.actors.conftest import mention_id

from riftwatch.actors.api import resolve_mention

JKBW = "org:jaysh-khalid-ibn-al-waleed"


@pytest.mark.parametrize(
    ("mention", "date", "context", "expected"),
    [
        ("National Socialist Council of Nagaland", "1985-01-01", None, "org:nscn"),
        ("NSCN-IM", "2010-01-01", None, "org:nscn-im"),
        ("National Socialist Council of Nagaland (Isak-Muivah)", "2010-01-01", None,
         "org:nscn-im"),
        ("NSCN (IM)", "2010-01-01", None, "org:nscn-im"),
        ("NSCN-K", "2010-01-01", None, "org:nscn-k"),
        ("NSCN-Khaplang", "2010-01-01", None, "org:nscn-k"),
        ("Gulen movement", "2016-08-01", None, "org:gulen-movement"),
        ("Gülen movement", "2016-08-01", None, "org:gulen-movement"),
        ("FETO", "2017-01-01", None, "org:gulen-movement"),
        ("Hizmet", "2016-08-01", None, "org:gulen-movement"),
        ("Alliance for the Re-liberation of Somalia", "2008-01-01", None,
         "org:alliance-for-the-re-liberation-of-somalia"),
        ("ARS", "2008-01-01", "Eritrea hosted the Somali opposition",
         "org:alliance-for-the-re-liberation-of-somalia"),
        ("ARS-Djibouti", "2008-08-01", None, "org:ars-djibouti"),
        ("ARS-D", "2008-08-01", None, "org:ars-djibouti"),
        ("ARS-Asmara", "2008-08-01", None, "org:ars-asmara"),
        ("ARS-A", "2008-08-01", None, "org:ars-asmara"),
        ("Jubaland", "2014-01-01", None, "org:jubaland-administration"),
        ("Jubaland State", "2016-01-01", None, "org:jubaland-administration"),
        ("Ras Kamboni", "2014-01-01", None, "org:ras-kamboni-movement"),
        ("Ras Kamboni Brigades", "2009-06-01", None, "org:ras-kamboni-brigade"),
        ("Nour Party", "2012-01-01", None, "org:nour-party"),
        ("Al-Nour Party", "2012-01-01", None, "org:nour-party"),
        ("Sons of Iraq", "2008-01-01", None, "org:sons-of-iraq"),
        ("Sahwa", "2008-01-01", "Tribal fighters in Anbar turned on AQI.", "org:sons-of-iraq"),
        ("Sahwa", "2008-01-01", None, None),
        ("Awakening Councils", "2008-01-01", None, "org:sons-of-iraq"),
        ("Anbar Salvation Council", "2007-01-01", None, "org:anbar-salvation-council"),
        ("Anbar Awakening", "2007-01-01", None, "org:anbar-salvation-council"),
        ("MINUSMA", "2015-01-01", None, "org:minusma"),
        ("ECOWAS", "2015-01-01", None, "org:ecowas"),
        ("Zintan brigades", "2012-01-01", None, "org:zintan-brigades"),
        ("M23", "2012-06-01", None, "org:m23"),
        ("March 23 Movement", "2012-06-01", None, "org:m23"),
        ("CNDP", "2008-01-01", None, "org:cndp"),
        ("National Congress for the Defence of the People", "2008-01-01", None, "org:cndp"),
        ("Los Pepes", "1993-05-01", None, "org:pepes"),
        ("Islamic Renaissance Party of Tajikistan", "1995-01-01", None,
         "org:islamic-renaissance-party-of-tajikistan"),
        ("IRPT", "2010-01-01", None, "org:islamic-renaissance-party-of-tajikistan"),
        ("Muslim Brotherhood", "2013-07-01", None, "org:muslim-brotherhood"),
        ("Jaysh al-Fatah", "2015-06-01", None, "org:jaysh-al-fatah"),
        ("Army of Conquest", "2015-06-01", None, "org:jaysh-al-fatah"),
        ("Jaysh al-Umma", "2008-01-01", "Rockets were fired from Gaza.", "org:jaysh-al-umma"),
        ("Jaysh al-Umma", "2015-01-01", "Rebels clashed in Douma.", "org:jaysh-al-umma-ghouta"),
        ("Mujahideen Shura Council in the Environs of Jerusalem", "2013-01-01", None,
         "org:mujahideen-shura-council-jerusalem"),
        ("Seleka", "2013-04-01", None, "org:seleka"),
        ("Civilian Joint Task Force", "2014-01-01", None, "org:civilian-joint-task-force"),
        ("CJTF", "2014-01-01", "Vigilantes patrolled Maiduguri in Borno.",
         "org:civilian-joint-task-force"),
        ("Multinational Joint Task Force", "2016-01-01", None,
         "org:multinational-joint-task-force"),
        ("MNJTF", "2016-01-01", None, "org:multinational-joint-task-force"),
        ("Rapid Support Forces", "2023-05-01", None, "org:rapid-support-forces"),
        ("RSF", "2023-05-01", "Fighting spread across Khartoum, Sudan.",
         "org:rapid-support-forces"),
    ],
)  # fmt: skip
def test_new_sides_resolve(
    mention: str, date: str, context: str | None, expected: str | None
) -> None:
    assert mention_id(mention, date, context) == expected


def test_gaza_army_of_islam_is_not_the_syrian_one() -> None:
    gaza = "Hamas police raided the Dughmush quarter of Gaza City."
    assert mention_id("Army of Islam", "2008-09-01", gaza) == "org:army-of-islam-gaza"
    assert mention_id("Jaysh al-Islam", "2009-01-01", gaza) == "org:army-of-islam-gaza"
    ghouta = "Rebels shelled Damascus from Eastern Ghouta."
    assert mention_id("Army of Islam", "2015-01-01", ghouta) == "org:jaysh-al-islam"
    assert mention_id("Jaysh al-Islam", "2015-01-01") == "org:jaysh-al-islam"


def test_daraa_groups_apart_until_their_merger() -> None:
    assert mention_id("Liwa Shuhada al-Yarmouk", "2014-01-01") == "org:shohadaa-al-yarmouk"
    assert mention_id("Yarmouk Martyrs Brigade", "2014-01-01") == "org:shohadaa-al-yarmouk"
    assert mention_id("Harakat al-Muthanna", "2014-01-01") == "org:harakat-al-muthanna"
    assert mention_id("Harakat al-Muthanna al-Islamiya", "2014-01-01") == "org:harakat-al-muthanna"
    # after May 2016 both stand for Jaysh Khalid ibn al-Walid
    assert mention_id("Liwa Shuhada al-Yarmouk", "2017-01-01") == JKBW
    late = resolve_mention("Harakat al-Muthanna", "2017-01-01")
    assert JKBW in {late["actor"]["id"], (late.get("successor") or {}).get("id")}
    assert mention_id("Jaysh Khalid ibn al-Walid", "2017-01-01") == JKBW


def test_kashmir_cover_name_apart_from_hum() -> None:
    assert mention_id("Al-Faran", "1995-07-01") == "org:al-faran"
    assert mention_id("Harakat-ul-Ansar", "1995-01-01") == "org:hum"
    assert mention_id("Harakat-ul-Mujahideen", "2000-01-01") == "org:hum"


def test_mozambique_aswj_is_not_the_somali_one() -> None:
    moz = "The insurgents overran Mocimboa da Praia in Cabo Delgado, Mozambique."
    mozambique = "org:ahlu-sunna-wa-jama-mozambique"
    assert mention_id("Ahlu Sunna Wa-Jama", "2020-08-01", moz) == mozambique
    assert mention_id("ASWJ", "2020-08-01", moz) == "org:ahlu-sunna-wa-jama-mozambique"
    som = "The Sufi militia fought al-Shabaab in Galgaduud, Somalia."
    assert mention_id("Ahlu Sunna Wal Jama'a", "2010-01-01", som) == "org:ahlu-sunna-wal-jama"
    assert mention_id("ASWJ", "2010-01-01", som) == "org:ahlu-sunna-wal-jama"


# -- relations between the new sides are coded --------------------------------------------------
def test_naga_factions_clash() -> None:
    text = "The NSCN-IM clashed with the NSCN-K near Mon in Nagaland."
    assert _asserted(text, "2010-03-01", "org:nscn-im", "ASSAULT", "org:nscn-k")


def test_ars_wings_fight() -> None:
    text = "ARS-Asmara fighters attacked ARS-Djibouti militiamen in Mogadishu, Somalia."
    assert _asserted(text, "2008-10-01", "org:ars-asmara", "ASSAULT", "org:ars-djibouti")


def test_daraa_groups_ally_before_the_merger() -> None:
    text = "The Yarmouk Martyrs Brigade allied with Harakat al-Muthanna in Daraa, Syria."
    assert _asserted(
        text, "2015-03-01", "org:shohadaa-al-yarmouk", "COOPERATE", "org:harakat-al-muthanna"
    )


def test_hamas_and_gaza_army_of_islam() -> None:
    text = "Hamas fighters clashed with the Army of Islam in Gaza."
    assert _asserted(text, "2008-09-01", "org:hamas", "ASSAULT", "org:army-of-islam-gaza")


def test_gulen_and_tajik_party_sides() -> None:
    text = "The Gulen movement denounced the Islamic Renaissance Party of Tajikistan."
    assert _asserted(
        text, "2016-08-01", "org:gulen-movement", "ACCUSE",
        "org:islamic-renaissance-party-of-tajikistan",
    )  # fmt: skip
