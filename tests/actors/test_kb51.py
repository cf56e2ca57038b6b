"""kb51: wrong actor resolutions of one name class each (precision).

* a party's English translated name ("Movement for Justice", PTI) is no name of another
  region's group ("Movement for Justice in Darfur");
* a person's name reached through its consonant skeleton keeps its vowels' sounds
  ("al-Baridi" is no "al-Baradei", "Hassan" no "Hussein");
* a dictionary entry that borrowed another group's name (JMJB's synonym
  "Jamaatul Mujahedin Bangladesh") is not merged into that group (JMB).
"""

from __future__ import annotations

import pytest

from riftwatch.actors.resolve import Resolver, _vowels_alike


@pytest.fixture(scope="module")
def r() -> Resolver:
    return Resolver()


def _id(r: Resolver, mention: str, context: str = "") -> str | None:
    res = r.resolve(mention, "2015-06-01", context)
    return res.actor.id if res.actor is not None else None


# -- translated names ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "context",
    [
        "",
        "The Movement for Justice in Darfur clashed with Sudanese forces near El Fasher.",
        "Rebels of the Movement for Justice attacked a convoy in northern Chad.",
    ],
)
def test_party_translation_needs_its_country(r: Resolver, context: str) -> None:
    assert _id(r, "Movement for Justice", context) != "org:pti"


def test_party_translation_with_its_country(r: Resolver) -> None:
    ctx = "Imran Khan's Movement for Justice rallied in Lahore, Pakistan."
    assert _id(r, "Movement for Justice", ctx) == "org:pti"
    assert _id(r, "Pakistan Tehreek-e-Insaf") == "org:pti"


def test_other_party_translation(r: Resolver) -> None:
    # MQM's Phoenix translation "United National Front" in an invented Ugandan story
    ctx = "The United National Front of Uganda denied arming the rebels near Gulu."
    assert _id(r, "United National Front", ctx) != "org:mqm"
    ctx = "In Karachi, Pakistan, the United National Front called a strike."
    assert _id(r, "United National Front", ctx) == "org:mqm"


def test_armed_group_translation_kept(r: Resolver) -> None:
    # the press's English name of an armed group stays its name, whatever countries appear
    ctx = "National Liberation Action kidnapped the U.S. ambassador in Rio de Janeiro."
    assert _id(r, "National Liberation Action", ctx) == "org:alianca-libertadora-nacional"
    assert _id(r, "Army of Islam") == "org:jaysh-al-islam"


def test_translation_in_running_text(r: Resolver) -> None:
    text = "The Movement for Justice in Darfur accused Khartoum of bombing villages in Sudan."
    ids = {res.organization.id for _s, _e, res in r.find_mentions(text, "2015", resolved_only=True)}
    assert "org:pti" not in ids


# -- persons: skeleton matches keep their vowels ---------------------------------------------
@pytest.mark.parametrize(
    "mention",
    ["Muhammad al-Baridi", "Dr. Muhammad al-Baridi", "Mohammed al-Biradi"],
)
def test_near_miss_surname_is_not_baradei(r: Resolver, mention: str) -> None:
    assert _id(r, mention) is None


def test_near_miss_given_name(r: Resolver) -> None:
    assert _id(r, "Mohamed Hassan Tantawi") is None
    assert _id(r, "Mohamed Hussein Tantawi") == "person:mohamed-hussein-tantawi"


@pytest.mark.parametrize(
    ("mention", "ident"),
    [
        ("Mohammed al-Baradei", "person:muhammad-al-baradei"),
        ("Muhammad al-Baradei", "person:muhammad-al-baradei"),
        ("Osama bin Ladin", "person:osama-bin-laden"),
        ("Hafiz Sayeed", "person:hafiz-saeed"),
    ],
)
def test_known_transliterations_still_resolve(r: Resolver, mention: str, ident: str) -> None:
    assert _id(r, mention) == ident


def test_vowels_alike() -> None:
    assert not _vowels_alike("Zorvan al-Kabiri", "Zorvan al-Kabari")  # invented
    assert not _vowels_alike("Rashid", "Rashad")
    assert _vowels_alike("Usama", "Osama")
    assert _vowels_alike("Abdallah", "Abdullah")
    assert _vowels_alike("Hussein", "Husain")
    assert _vowels_alike("Zawahiri", "Zawahri")


# -- a borrowed name does not merge two groups ------------------------------------------------
def test_jmjb_is_not_jmb(r: Resolver) -> None:
    jmjb = _id(r, "Jagrata Muslim Janata Bangladesh")
    assert jmjb == "org:jagrata-muslim-janata-bangladesh"
    assert _id(r, "Awakened Muslim Masses of Bangladesh") == jmjb
    jmb = "org:jamaat-ul-mujahideen-bangladesh"
    assert _id(r, "Jamaat-ul-Mujahideen Bangladesh") == jmb
    assert _id(r, "Jamatul Mujahedin Bangladesh") == jmb
    assert _id(r, "Jamaatul Mujahedin Bangladesh") == jmb
    assert r.kb.find(jmjb).id == jmjb  # no redirect to JMB
