"""peers63 (issue 9): world-news actors named by a country's adjective or a state office.

1. An ``extend`` entry's ``demonyms`` reach the country (kb.merge_documents, as gaps62
   made it on main), and curated/demonyms_peers63.yaml gives countries that no file gave
   an adjective one: "Djiboutian troops", "the Comorian government", "West German
   officials" name that state. Before, the bare body noun went to the nearest other
   country ("The X-ian government accused Somalia": Somalia's government accusing
   Somalia).
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
from tests.nlp.conftest import typed_between as _between

from riftwatch.actors.kb import load_kb

DATE = "2009-03-01"


def _events(text: str, date: str = DATE) -> set[tuple[str, str, str, str]]:
    return named_events(text, date)


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
    ("text", "source", "etype", "target", "date"),
    [
        ("Djiboutian troops clashed with Eritrean soldiers near the border post.",
         "Djibouti", "ASSAULT", "Eritrea", DATE),
        ("The Comorian government expelled two Kenyan diplomats.",
         "Comoros", "SANCTION", "Kenya", DATE),
        ("West German officials met East German negotiators in Bonn.",
         "Germany", "CONSULT", "German Democratic Republic", "1987-05-01"),
    ],
)  # fmt: skip
def test_demonym_names_its_state(
    text: str, source: str, etype: str, target: str, date: str
) -> None:
    found = _events(text, date)
    assert (etype, "asserted") in _between(found, source, target)


def test_unknown_adjective_no_longer_gives_the_other_state() -> None:
    found = _events("The Djiboutian government accused Somalia of sheltering army deserters.")
    assert ("ACCUSE", "asserted") in _between(found, "Djibouti", "Somalia")
    assert not any("Somalia" in s and "Somalia" in g for s, _t, g, _m in found)


def test_demonym_twin_not_asserted() -> None:
    found = _events("The Comorian government denied that it had accused France of spying.")
    assert not any("Comoros" in s and m == "asserted" for s, _t, _g, m in found)


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
