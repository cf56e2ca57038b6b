"""peers63 (issue 9): world-news actors named by a country's adjective or a state office.

1. An ``extend`` entry's ``demonyms`` reach the country (the KB loader had dropped them,
   though the data README lists them), and curated/demonyms_peers63.yaml gives the
   countries that had no adjective at all one: "the Guinean government", "Laotian troops",
   "the Ivorian army", "Djiboutian troops" name that state. Before, the bare body noun
   went to the nearest other country ("The Guinean government accused Mali": Mali's
   government accusing Mali).
2. A state's office named without a name ("Chad's navy chief", "the Malawian defence
   chief", "Gabon's security chief", "the Beninese head of state", "the Kestrian
   electoral commission") is that state's body for the role (actors/data/agents/curated.yaml).

Every sentence here is invented for these tests; each positive has a twin that must stay
unasserted.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.nlp.conftest import named_events

from riftwatch.actors.kb import load_kb

DATE = "2009-03-01"


def _events(text: str, date: str = DATE) -> set[tuple[str, str, str, str]]:
    return named_events(text, date)


def _between(found: set[tuple[str, str, str, str]], a: str, b: str) -> set[tuple[str, str]]:
    """(type, modality) of the events from a source naming ``a`` to a target naming ``b``."""
    return {(t, m) for s, t, g, m in found if a in s and b in g}


# -- 1. demonyms of an extension, and the countries that had none ----------------------------


def test_extension_demonyms_reach_the_country(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(
        "kb_version: 1\nsource: curated\ndescription: t\nentities:\n"
        "  - {id: country:kestria, name: Kestria, type: country, country: KES}\n"
    )
    (tmp_path / "b.yaml").write_text(
        "kb_version: 1\nsource: curated\ndescription: t\nextend:\n"
        "  - {id: country:kestria, demonyms: [Kestrian]}\n"
    )
    kb = load_kb([tmp_path / "a.yaml", tmp_path / "b.yaml"], use_cache=False)
    ent = kb.entities["country:kestria"]
    assert ent.demonyms == ("Kestrian",)
    assert ("Kestrian", "demonym") in {(a.name, a.kind) for a in ent.aliases}


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The Guinean government accused Sierra Leone of sheltering army deserters.",
         "Guinea", "ACCUSE", "Sierra Leone"),
        ("Laotian troops clashed with Cambodian soldiers near the disputed temple.",
         "Laos", "ASSAULT", "Cambodia"),
        ("The Ivorian army arrested two Ghanaian smugglers near the border.",
         "Cote D'Ivoire", "COERCE", "Ghanaian"),
        ("Djiboutian troops clashed with Eritrean soldiers near the border post.",
         "Djibouti", "ASSAULT", "Eritrea"),
        ("The Malagasy government expelled two Comorian diplomats.",
         "Madagaskar", "SANCTION", "Comoros"),
    ],
)  # fmt: skip
def test_demonym_names_its_state(text: str, source: str, etype: str, target: str) -> None:
    found = _events(text, "1995-06-01")
    assert (etype, "asserted") in _between(found, source, target)


def test_unknown_adjective_no_longer_gives_the_other_state() -> None:
    found = _events("The Guinean government accused Sierra Leone of sheltering army deserters.")
    assert not any("Sierra Leone" in s and "Sierra Leone" in g for s, _t, g, _m in found)


def test_demonym_twin_not_asserted() -> None:
    found = _events("The Laotian government denied that it had accused Thailand of spying.")
    assert not any("Laos" in s and m == "asserted" for s, _t, _g, m in found)


def test_longer_names_keep_their_country() -> None:
    found = _events("Papua New Guinean police arrested three Australian poachers.")
    assert any("Papua New Guinea" in s and t == "COERCE" for s, t, _g, _m in found)
    assert not any(s.startswith("Guinea") or "Government of Guinea" in s for s, *_ in found)


# -- 2. a state's office named without a name --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The Malawian defence chief accused Mozambique of arming bandits.",
         "Malawi", "ACCUSE", "Mozambique"),
        ("Gabon's security chief accused Cameroon of harbouring smugglers.",
         "Gabon", "ACCUSE", "Cameroon"),
        ("Chad's navy chief accused Nigeria of sheltering pirates.",
         "Chad", "ACCUSE", "Nigeria"),
        ("The Beninese head of state met the Togolese president in Cotonou.",
         "Benin", "CONSULT", "Togo"),
    ],
)  # fmt: skip
def test_state_office_names_its_state(text: str, source: str, etype: str, target: str) -> None:
    found = _events(text)
    assert (etype, "asserted") in _between(found, source, target)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The Malawian defence chief did not accuse Mozambique of arming bandits.", "negated"),
        ("Gabon's security chief may accuse Cameroon of harbouring smugglers.", "hypothetical"),
    ],
)  # fmt: skip
def test_state_office_twins_not_asserted(text: str, modality: str) -> None:
    found = _events(text)
    assert not any(m == "asserted" for *_rest, m in found)
    assert any(t == "ACCUSE" and m == modality for _s, t, _g, m in found)
