"""names13: one group under the spellings of its transliterated name (issue 10).

Invented sentences; real KB names. Guards: a skeleton two groups share is broken by the
spelling, never guessed; ordinary words stay no group."""

from __future__ import annotations

import pytest

from riftwatch.actors.normalize import fold, skeleton
from riftwatch.actors.resolve import default_resolver


def _id(name: str, date: str = "2015") -> str | None:
    res = default_resolver().resolve(name, date=date)
    return None if res.actor is None else res.actor.id


def _found(text: str, date: str = "2015") -> set[str]:
    return {
        (res.organization or res.actor).id
        for _s, _e, res in default_resolver().find_mentions(text, date)
        if res.actor is not None
    }


def test_feminine_ending_and_plural_unit_words_share_a_key() -> None:
    assert skeleton("jabhat") == skeleton("jabha") == skeleton("jabhah")
    assert fold("Zorblan Brigades") == fold("Zorblan Brigade")
    assert fold("Harakut Zorblan") == fold("Harakat Zorblan")
    # the ending only after a consonant: 'Jamaat' keeps its t, ordinary words theirs
    assert skeleton("jamaat") != skeleton("jama")
    assert skeleton("forces") != skeleton("force")


@pytest.mark.parametrize(
    ("variant", "expected"),
    [
        ("Ansaar al-Islam", "org:ansar-al-islam"),
        ("Ansar el-Islam", "org:ansar-al-islam"),
        ("Jaish al-Sanadeed", "org:jaysh-al-sanadeed"),
        ("Jaysh al-Sanadid", "org:jaysh-al-sanadeed"),
        ("Promised Day Brigade", "org:promised-day-brigades"),
        ("Jaish al-Muhajirin wal-Ansar", "org:army-of-emigrants-and-supporters"),
        ("Al-Ittihad al-Islami", "org:al-itihaad-al-islamiya"),
    ],
)
def test_a_variant_spelling_typed_alone_is_the_group(variant: str, expected: str) -> None:
    assert _id(variant) == expected


def test_the_urdu_spelling_stays_with_its_own_group() -> None:
    assert _id("Ansar ul-Islam") == "org:ansar-ul-islam-khyber"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jaish al-Muhajirin wal-Ansar fighters joined a raid near the border last week.",
            "org:army-of-emigrants-and-supporters",
        ),
        ("Gunmen of the Red Brigade shot a judge in the north, police said.", "org:red-brigades"),
        (  # one group since the KB merged the decade spelling (mmp13)
            "A cell of the 1920s Revolution Brigade ambushed a patrol.",
            "org:1920-revolution-brigades",
        ),
        ("Harakah Hazm fighters withdrew from two villages.", "org:harakat-hazm"),
    ],
)
def test_a_variant_spelling_in_running_text_is_the_group(text: str, expected: str) -> None:
    assert expected in _found(text)


def test_somalia_s_islamic_union_is_not_sayyaf_s_party() -> None:
    assert _id("Al Ittihad Al Islamiya", "1996") == "org:al-itihaad-al-islamiya"
    assert _id("Ittihad-i-Islami", "1990") == "org:ittihad-i-islami"


def test_egypt_s_islamic_group_is_not_jemaah_islamiyah() -> None:
    assert _id("Al Jama' Al-Islamiya", "1995") == "org:al-gamaa-al-islamiyya"
    assert _id("Jemaah Islamiyah", "2002") == "org:jemaah-islamiyah"


def test_a_formal_state_name_is_the_state_s_own_actor() -> None:
    assert _id("Federal Government of Somalia", "2014") == "org:somalia-government"
    assert _id("Democratic Socialist Republic of Sri Lanka", "1990") == "org:sri-lanka-government"


@pytest.mark.parametrize(
    "text",
    [
        "The brigades of volunteers cleared the roads after the storm.",
        "Harakat means movement, the teacher said in the first lesson.",
        "The revolutionary cells of the body divide quickly.",
    ],
)
def test_ordinary_words_stay_no_group(text: str) -> None:
    assert not {i for i in _found(text) if i.startswith("org:")}


def test_a_generic_name_needs_its_world_named() -> None:
    bare = "The Revolutionary Cells were mentioned in a novel."
    assert "org:revolutionary-cells" not in _found(bare, "1980")
    placed = (
        "The Revolutionary Cells bombed a court in West Germany, and the Red Army Faction "
        "praised it."
    )
    assert "org:revolutionary-cells" in _found(placed, "1980")


def test_ordinary_word_names_resolve_beside_their_own_world() -> None:
    assert "org:new-order" in _found("New Order bombed a train in Italy, police said.", "1974")
    assert "org:new-order" not in _found("The leader promised a New Order for the economy.", "1974")
    # another group of the same world is context; the name itself never is
    assert "org:national-vanguard" in _found(
        "National Vanguard worked with Third Position in those years.", "1978"
    )


def test_one_group_under_two_mmp_names_is_one_actor() -> None:
    assert _id("Death to Kidnappers", "1982") == _id("Muerte a Secuestradores", "1982")
    # sides23: Jund al-Islam merged into Ansar al-Islam (December 2001) and is MMP's own
    # actor: its name is its own, not the later group's (tests/actors/test_sides23_kb.py)
    assert _id("Jund al-Islam", "2001-10") == "org:jund-al-islam"


def test_a_place_qualified_name_holds_beside_the_group_s_own_context_words() -> None:
    assert "org:the-islamic-front" in _found(
        "The Liwa al Tawheed brigade joined the Islamic Front in Aleppo.", "2013-11-22"
    )
    assert "org:the-islamic-front" not in _found(
        "The Islamic Front won seats in the Algerian election.", "1991-12-01"
    )
