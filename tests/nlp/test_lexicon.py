"""The lexicon data files load, validate and stay consistent."""

from __future__ import annotations

import pytest
import yaml

from riftwatch.errors import NLPError
from riftwatch.nlp import lexicon


def test_every_pattern_has_a_plover_type_and_words_are_strings() -> None:
    lex = lexicon.load()
    assert len(lex.verbs) > 100 and len(lex.nouns) > 50
    for entry in [*lex.verbs.values(), *lex.nouns.values()]:
        assert entry["type"] in lexicon.PLOVER_TYPES
    for words in lex.modality.values():
        assert all(isinstance(w, str) for w in words)


def test_a_bare_yaml_boolean_is_refused() -> None:
    # YAML reads a bare `on` or `no` as a boolean; the loader must say so, not drop it
    entries = yaml.safe_load("attack: {type: ASSAULT, patient_preps: [on, against]}")
    with pytest.raises(NLPError) as info:
        lexicon._check(entries, "test")
    assert info.value.code == "RW201" and "quote" in info.value.detail


def test_calibration_is_monotone_and_a_probability() -> None:
    bins = lexicon._calibration_bins()
    assert bins, "calibration.yaml is missing: run benchmarks/calibrate.py"
    probabilities = [p for _low, _high, p in bins]
    assert probabilities == sorted(probabilities)
    assert all(0.0 < p <= 1.0 for p in probabilities)
    assert lexicon.calibrated(0.1) <= lexicon.calibrated(0.85)
