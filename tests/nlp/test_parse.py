"""The parser's prefixed-lemma step is state of each pipeline: a pipeline's step reads its own
lemmatizer's irregular forms, never a table another pipeline left behind."""

from __future__ import annotations

from typing import Any

from riftwatch.nlp.parse import PREFIXED_LEMMAS, nlp, parse_distinct, prefixed_lemmas_component


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


class _CountingPipeline:
    """Counts the texts the wrapped pipeline parses, by ``pipe`` or by a call."""

    def __init__(self) -> None:
        self.parsed: list[str] = []

    def __call__(self, text: str) -> Any:
        self.parsed.append(text)
        return nlp()(text)

    def pipe(self, texts: list[str]) -> Any:
        self.parsed += texts
        return nlp().pipe(texts)


def _analysis(doc: Any) -> list[tuple[Any, ...]]:
    return [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in doc]


def test_parse_distinct_parses_each_text_once_and_copies_the_repeats() -> None:
    attack = "Taliban fighters attacked a checkpoint."
    texts = [attack, "The army retook the town.", attack, attack]
    counting = _CountingPipeline()
    docs = parse_distinct(counting, texts)
    assert counting.parsed == texts[:2]
    assert [d.text for d in docs] == texts
    assert len({id(d) for d in docs}) == 4  # every text its own doc
    for doc, text in zip(docs, texts, strict=True):
        assert _analysis(doc) == _analysis(nlp()(text))  # what parsing it alone gives
    docs[0].user_data["text"] = "changed"
    docs[0][0].lemma_ = "changed"
    assert "text" not in docs[2].user_data and docs[2][0].lemma_ != "changed"


def test_parse_distinct_calls_the_pipeline_for_a_single_text() -> None:
    counting = _CountingPipeline()
    docs = parse_distinct(counting, ["X fled.", "X fled."])
    assert counting.parsed == ["X fled."] and [d.text for d in docs] == ["X fled.", "X fled."]
    assert parse_distinct(counting, []) == []
