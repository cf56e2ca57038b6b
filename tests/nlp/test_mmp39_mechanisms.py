"""mmp39: "the patrols" standing for the one group named so far whose name holds the word, and
groups and state forces of other regions the knowledge base lacked.

Each case is an invented sentence about real groups (nobody reported it), with a negated or
hedged twin that asserts nothing; the events are (source id, PLOVER type, target id) as the
API prints them. The word is in src/riftwatch/nlp/lexicon/coref.yaml (``name_head_nouns``);
the groups in src/riftwatch/actors/data/curated/world_groups_mmp39.yaml.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_events
from tests.nlp.conftest import api_types_directed as _between
from tests.nlp.conftest import resolved_id as _org

GUATEMALA = "country:guatemala"
PATROLS = "org:civil-defense-patrols"
URNG = "org:guatemalan-national-revolutionary-unity"
SET_UP = "In 1982 the Guatemalan army set up the Civil Defense Patrols in El Quiché. "


CASES = [
    (  # "the patrols" after a group named "... Patrols": that group, as the one supplied
        SET_UP + "A year later the army supplied the patrols with rifles.",
        SET_UP + "A year later the army may have supplied the patrols with rifles.",
        "1983-05-01",
        GUATEMALA,
        PATROLS,
        "AID",
    ),
    (  # ... and as the one ambushed
        SET_UP + "Guerrillas of the URNG ambushed the patrols near Nebaj.",
        SET_UP + "Guerrillas of the URNG may have ambushed the patrols near Nebaj.",
        "1983-05-01",
        URNG,
        PATROLS,
        "ASSAULT",
    ),
    (  # a Brazilian faction by its abbreviation, with words of Brazil near
        "Fighters of the GDE attacked a Comando Vermelho stronghold in Fortaleza.",
        "Fighters of the GDE were said to be planning an attack on a Comando Vermelho "
        "stronghold in Fortaleza.",
        "2017-03-01",
        "org:guardioes-do-estado",
        "org:comando-vermelho",
        "ASSAULT",
    ),
    (  # Lesotho's and South Africa's armies by their own names
        "The South African National Defence Force clashed with the Lesotho Defence Force "
        "near Maseru.",
        "The South African National Defence Force avoided any clash with the Lesotho Defence "
        "Force near Maseru.",
        "1998-09-22",
        "country:south-africa",
        "country:lesotho",
        "ASSAULT",
    ),
]


@pytest.mark.parametrize(("text", "twin", "date", "a", "b", "kind"), CASES)
def test_asserted_pair_and_its_twin(
    text: str, twin: str, date: str, a: str, b: str, kind: str
) -> None:
    """The asserted sentence codes the act; its twin asserts nothing between them."""
    assert kind in _between(text, date, a, b), api_events(text, date)
    assert not _between(twin, date, a, b), api_events(twin, date)


def test_patrols_of_no_named_group_stand_for_none() -> None:
    """With no group named "... Patrols", "the patrols" are nobody's: no event on them."""
    text = ("The Guatemalan army sent its own patrols into El Quiché. Guerrillas of the URNG "
            "ambushed the patrols near Nebaj.")  # fmt: skip
    assert not _between(text, "1983-05-01", URNG, PATROLS), api_events(text, "1983-05-01")


def test_curated_groups_resolve() -> None:
    """The mmp39 groups by their names and the spellings reports use."""
    assert _org("Guardiões do Estado", "2018-01-01", "Ceará") == "org:guardioes-do-estado"
    assert _org("Patrullas de Autodefensa Civil", "1983-01-01", "Guatemala") == PATROLS
    assert _org("Patriotic Resistance Force in Ituri", "2020-02-01", "Bunia") == "org:frpi"
    assert _org("Baraa bin Malik Brigade", "2024-05-01", "Omdurman") == (
        "org:al-baraa-ibn-malik-battalion"
    )
    assert _org("Kamwina Nsapu", "2017-03-01", "Kasai") == "org:kamuina-nsapu"
    assert _org("Abkhazian forces", "1998-05-01", "Gali") == "org:armed-forces-of-abkhazia"
    assert _org("Jamaat al-Muslimeen", "1990-07-01", "Port of Spain") == ("org:jamaat-al-muslimeen")
    assert _org("Movimiento Todos por la Patria", "1989-01-01", "La Tablada") == (
        "org:all-for-the-fatherland-movement"
    )
    assert _org("Daredevils of Sassoun", "2016-07-01", "Yerevan") == "org:sasna-tsrer"
    assert _org("Jaysh Usud al-Sharqiya", "2017-01-01", "Deir ez-Zor") == (
        "org:lions-of-the-east-army"
    )
    assert _org("Comorian Army", "2008-03-01", "Anjouan") == "country:comoros"
    assert _org("SANDF", "1998-09-01", "Maseru") == "country:south-africa"


def test_gated_abbreviations_need_their_words() -> None:
    """A bare "GDE", "BRA", "PAC", "MTP", "CRW", "PAK" or "MSS" only with its country's words."""
    for short, ident, near, far in (
        ("GDE", "org:guardioes-do-estado", "the prisons of Fortaleza, Brazil", "a German firm"),
        ("BRA", "org:bougainville-revolutionary-army", "the Panguna mine on Bougainville",
         "a lingerie shop in Leeds"),
        ("PAC", PATROLS, "Rios Montt's Guatemala", "a campaign fund in Ohio"),
        ("MTP", "org:all-for-the-fatherland-movement", "La Tablada, Argentina",
         "a transport plan in Lagos"),
        ("CRW", "org:counter-revolutionary-warfare-unit", "Suva, Fiji", "a film crew in Paris"),
        ("PAK", "org:kurdistan-freedom-party", "Kurdish fighters near Erbil",
         "a cricket side in Lahore"),
        ("MSS", "org:multinational-security-support-mission", "Port-au-Prince, Haiti",
         "a software firm in Oslo"),
    ):  # fmt: skip
        assert _org(short, "2000-06-01" if short != "MSS" else "2024-09-01", near) == ident, short
        assert _org(short, "2000-06-01" if short != "MSS" else "2024-09-01", far) != ident, short


def test_leaders_stand_for_their_groups() -> None:
    """The leaders recorded with their groups: the commander of the Abu al-Abbas Brigades,
    Izo of 5 Segonn, Mpandi of Kamuina Nsapu, Yasin Abu Bakr of the Jamaat al Muslimeen."""
    from riftwatch.actors.kb import default_kb

    base = default_kb()
    for person, org in (
        ("person:adil-abduh-fari-uthman-al-dhubhani", "org:abu-al-abbas-brigades"),
        ("person:johnson-andre", "org:5-segonn"),
        ("person:jean-pierre-mpandi", "org:kamuina-nsapu"),
        ("person:yasin-abu-bakr", "org:jamaat-al-muslimeen"),
        ("person:enrique-gorriaran-merlo", "org:all-for-the-fatherland-movement"),
    ):
        assert org in [e.id for e in base.relations_of(person, ["leader_of"])], person
