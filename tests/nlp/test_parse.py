"""The parser's prefixed-lemma step is state of each pipeline: a pipeline's step reads its own
lemmatizer's irregular forms, never a table another pipeline left behind."""

from __future__ import annotations

from typing import Any

from riftwatch.nlp.parse import PREFIXED_LEMMAS, nlp, prefixed_lemmas_component


class _Lookups:
    def __init__(self, verbs: dict[str, list[str]]) -> None:
        self.verbs = verbs

    def get_table(self, name: str) -> dict[str, dict[str, list[str]]]:
        assert name == "lemma_exc"
        return {"verb": self.verbs}


class _Pipeline:
    """Just what the factory reads of a pipeline: its lemmatizer's exception table."""

    def __init__(self, verbs: dict[str, list[str]]) -> None:
        self.lookups = _Lookups(verbs)

    def get_pipe(self, name: str) -> Any:
        assert name == "lemmatizer"
        return self


def test_the_loaded_pipeline_runs_the_step_after_its_lemmatizer() -> None:
    names = nlp().pipe_names
    assert names.index(PREFIXED_LEMMAS) == names.index("lemmatizer") + 1


def test_each_pipeline_step_reads_its_own_exception_table() -> None:
    text = "The rebels retook the town."
    one = prefixed_lemmas_component(_Pipeline({"took": ["take"]}), "one")
    two = prefixed_lemmas_component(_Pipeline({"took": ["seize"]}), "two")
    bare = prefixed_lemmas_component(_Pipeline({}), "bare")
    lemma = {}
    for step, key in ((one, "one"), (two, "two"), (bare, "bare")):
        doc = step(nlp()(text, disable=[PREFIXED_LEMMAS]))
        lemma[key] = next(t.lemma_ for t in doc if t.text == "retook")
    assert lemma == {"one": "retake", "two": "reseize", "bare": "retook"}
