"""Armed groups of other regions: MMP's group list and the common short forms resolve."""

from __future__ import annotations

import pytest

from riftwatch.actors import resolve_mention
from riftwatch.actors.kb import default_kb


@pytest.mark.parametrize(
    "mention,ident",
    [
        ("FSA", "org:free-syrian-army"),
        ("JNIM", "org:jamaa-nusrat-ul-islam-wa-al-muslimin"),
        ("Jamaat Nusrat al-Islam wal Muslimeen", "org:jamaa-nusrat-ul-islam-wa-al-muslimin"),
        ("ISGS", "org:islamic-state-in-the-greater-sahara"),
        ("ISWAP", "org:iswap"),
        ("Al Murabitoun", "org:al-mourabitoun"),
        ("al-Mourabitoun", "org:al-mourabitoun"),
        ("Boko Haram", "org:jamaatu-ahlis-sunna-liddaawati-wal-jihad"),
        ("Hizballah", "org:hezbollah"),
        ("AAH", "org:asaib-ahl-al-haq"),
        ("Jaish al-Islam", "org:jaysh-al-islam"),
        ("Real IRA", "org:real-irish-republican-army"),
        ("LTTE", "org:liberation-tigers-of-tamil-elam"),
        ("FARC", "org:revolutionary-armed-forces-of-colombia-people-army"),
        ("YPG", "org:peoples-protection-units"),
        ("MILF", "org:moro-islamic-liberation-front"),
        ("Islamic State in Khorasan Province", "org:iskp"),
    ],
)
def test_world_group_names_and_short_forms_resolve(mention: str, ident: str) -> None:
    actor = resolve_mention(mention, "2015-06-01").get("actor") or {}
    assert actor.get("id") == ident


def test_mmp_placeholder_id_names_no_group() -> None:
    """MMP gives several groups the id -99: it identifies none of them (ISKP, ISGS and JNIM
    are different groups), so no actor carries it and those groups are keyed by name."""
    carriers = [e.id for e in default_kb() if -99 in (e.external.get("mmp") or ())]
    assert carriers == []
    assert resolve_mention("Islamic State in the Greater Sahara")["actor"]["id"] != "org:iskp"


def test_every_mmp_group_with_an_id_is_known() -> None:
    ids = {str(r) for e in default_kb() for r in (e.external.get("mmp") or ())}
    for wanted in ("537", "81", "553", "323", "225", "89", "309", "651"):
        assert wanted in ids


@pytest.mark.parametrize("word", ["New Order", "Tara", "The Compass", "Revolutionary Action"])
def test_generic_mmp_names_do_not_resolve_from_the_words_alone(word: str) -> None:
    assert (resolve_mention(word).get("actor") or {}).get("id") is None
