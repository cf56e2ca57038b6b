"""Office holders whose tenure ended (issue 9, helper tenure56): the Phoenix country
dictionary stops about 2015, so its heads of state and ministers who left office later
held their post for ever. ``curated/tenure_ends.yaml`` closes those tenures (one person,
or every office holder of a regime that fell) and adds the later terms of leaders who came
back; out of office a person stands for no government, in office he still does."""

from __future__ import annotations

import copy

import pytest
from tests.actors.conftest import organization_at
from tests.nlp.conftest import id_events

from riftwatch.actors.kb import data_files, read_file, validate_documents
from riftwatch.actors.resolve import Resolver, default_resolver


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return default_resolver()


@pytest.mark.parametrize(
    ("mention", "date", "context", "org"),
    [
        # inside the tenure the Phoenix records give, the name still stands for the state
        ("Bouteflika", "2012-05", "President Bouteflika spoke", "org:algeria-government"),
        ("Abdelaziz Bouteflika", "2005-05", "", "org:algeria-government"),
        ("Boni", "2012-05", "President Boni of Benin", "org:benin-government"),
        ("Mugabe", "2016-05", "Zimbabwean President Mugabe", "org:zimbabwe-government"),
        ("Mousa Kousa", "2010-05", "", "org:libya-government"),
        ("Netanyahu", "2019-05", "Israeli Prime Minister Netanyahu", "org:israel-government"),
        # a later term added by an extension
        ("Netanyahu", "2023-10", "Israeli Prime Minister Netanyahu", "org:israel-government"),
        ("Luiz Inacio Lula da Silva", "2024-05", "", "org:brazil-government"),
        # tenures still open: the holder is still in office
        ("Erdogan", "2023-10", "Turkish President Erdogan", "org:turkey-government"),
        ("Museveni", "2022-10", "President Museveni of Uganda", "org:uganda-government"),
    ],
)
def test_in_office_stands_for_government(
    resolver: Resolver, mention: str, date: str, context: str, org: str
) -> None:
    assert organization_at(resolver, mention, date, context) == org


@pytest.mark.parametrize(
    ("mention", "date", "context"),
    [
        ("Bouteflika", "2021-05", "President Bouteflika spoke"),  # resigned April 2019
        ("Abdelaziz Bouteflika", "2021-05", ""),
        ("Boni", "2022-05", "President Boni of Benin"),  # left office April 2016
        ("Mugabe", "2019-05", "Zimbabwean President Mugabe"),  # resigned November 2017
        ("Netanyahu", "2021-10", "Israeli Prime Minister Netanyahu"),  # the Bennett government
        ("Luiz Inacio Lula da Silva", "2015-05", ""),  # between his two presidencies
        ("Mousa Kousa", "2013-05", ""),  # Gaddafi's government fell in 2011
        ("Shalgam", "2013-05", "Libyan minister Shalgam"),  # a regime end (body entry)
    ],
)
def test_out_of_office_stands_for_no_government(
    resolver: Resolver, mention: str, date: str, context: str
) -> None:
    assert organization_at(resolver, mention, date, context) is None


def test_town_sharing_a_former_presidents_name_is_no_government() -> None:
    """Boni is a town of central Mali and the surname of Benin's president of 2006-2016:
    a 2022 attack on it is no attack on Benin's government."""
    text = "JNIM fighters stormed Boni at dawn and burned the market."
    assert not any(
        "org:benin-government" in (s, t) for s, _e, t, _m in id_events(text, "2022-03-04")
    )


def test_former_president_speaks_for_himself_after_his_tenure() -> None:
    """After his resignation a former president's words are his own, not his state's."""
    text = "Former President Bouteflika condemned the raid by AQIM gunmen on a gendarmerie post."
    after = id_events(text, "2021-06-01")
    assert after and all(s != "org:algeria-government" for s, _e, _t, _m in after)
    assert any(s == "person:abdelaziz-bouteflika" for s, _e, _t, _m in after)


def test_stale_or_repeated_tenure_end_is_a_validation_error() -> None:
    """An entry that closes no open office (a typo, a holder already closed, an end before
    the tenure began) is reported, not silently ignored."""
    docs = [(p.name, read_file(p)) for p in data_files()]
    assert validate_documents(docs) == []
    name, doc = next((n, d) for n, d in docs if n == "tenure_ends.yaml")
    broken = copy.deepcopy(doc)
    broken["tenure_ends"] += [
        {"id": "person:abdelaziz-bouteflika", "end": "2019-05"},  # already closed above
        {"id": "person:yoweri-museveni", "end": "1980-01"},  # before his tenure began
        {"id": "person:no-such-holder", "end": "2020-01"},
    ]
    problems = validate_documents([(n, broken if n == name else d) for n, d in docs])
    assert len(problems) == 3
    assert all("tenure_ends" in p for p in problems)
