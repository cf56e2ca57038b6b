"""The coder's version string names every stage module's own version: a stage whose
behaviour changed (its ``NAME`` bumped) makes stored documents due for coding again."""

from __future__ import annotations

import pytest

from riftwatch.nlp import code, context, extract, headline, modality, parse, segment


@pytest.mark.parametrize("module", [segment, parse, code, modality, context, headline])
def test_each_stage_module_is_registered_under_its_own_version(module) -> None:  # type: ignore[no-untyped-def]
    assert module.NAME in extract.STAGES, (module.__name__, module.NAME, extract.STAGES)


def test_no_stage_is_listed_twice() -> None:
    kinds = [name.rsplit(".v", 1)[0] for name in extract.STAGES]
    assert len(kinds) == len(set(kinds)), extract.STAGES
