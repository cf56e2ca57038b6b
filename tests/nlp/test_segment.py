"""Sentence segmentation: the rules, offsets into the text, and long texts like their pieces."""

from __future__ import annotations

import random
import re
from importlib import resources

import pytest

from riftwatch.nlp.segment import MAX_SENTENCE_CHARS, _word_before, segment


def _demo_texts() -> list[str]:
    """The bundled demo reports (real, varied prose), each as one text."""
    folder = resources.files("riftwatch.data").joinpath("demo").joinpath("reports")
    return [
        entry.read_text("utf-8").strip()
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith((".txt", ".md"))
    ]


def _texts(s: str) -> list[str]:
    return [x.text for x in segment(s)]


def test_rules_on_normal_text() -> None:
    assert _texts("Gen. Petraeus met U.S. officials in Kabul. They left.") == [
        "Gen. Petraeus met U.S. officials in Kabul.",
        "They left.",
    ]
    # an abbreviation that can end a sentence ends it when a function word follows
    assert _texts("He flew to the U.S. The talks failed.") == [
        "He flew to the U.S.",
        "The talks failed.",
    ]
    assert _texts("Talks with A. Q. Khan ended. Nothing came of it!") == [
        "Talks with A. Q. Khan ended.",
        "Nothing came of it!",
    ]
    assert _texts("Prices rose 2.5 percent. Was it the No. 2 man? Yes.") == [
        "Prices rose 2.5 percent.",
        "Was it the No. 2 man?",
        "Yes.",
    ]
    assert _texts('"We will fight," he said. "Never." Then silence.') == [
        '"We will fight," he said.',
        '"Never."',
        "Then silence.",
    ]
    assert _texts("A heading\n\nThe body goes on. and on") == [
        "A heading",
        "The body goes on. and on",
    ]


def _reference_word_before(text: str, pos: int) -> str:
    """How the word before a full stop was found before: a search over ``text[:pos]``."""
    found = re.compile(r"([\w.\-']+)$").search(text, 0, pos)
    return found.group(1) if found else ""


def test_word_before_matches_the_search_over_the_whole_prefix() -> None:
    text = "\n\n".join(_demo_texts())[:30_000]
    text += " odd cases: Kabul\n. x\n\n. 'tis O'Neil-Smith. a.b.c. _x_. \u0663\u0664. end"
    reverse = text[::-1]
    positions = [m.start() for m in re.finditer(r"[.!?]", text)]
    positions += random.Random(7).sample(range(len(text) + 1), 2000) + [0, len(text)]
    for pos in positions:
        assert _word_before(text, reverse, pos) == _reference_word_before(text, pos), pos


@pytest.mark.parametrize("text", _demo_texts()[:8])
def test_offsets_point_into_the_text(text: str) -> None:
    sentences = segment(text)
    assert sentences
    last_end = 0
    for i, s in enumerate(sentences):
        assert s.index == i
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
        assert s.start >= last_end
        last_end = s.end
    # nothing but whitespace is left out
    rest = "".join(text[a.end : b.start] for a, b in zip(sentences, sentences[1:], strict=False))
    assert not rest.strip()
    shifted = segment(text, offset=1000)
    assert [(s.start - 1000, s.end - 1000, s.text) for s in shifted] == [
        (s.start, s.end, s.text) for s in sentences
    ]


def _pieces_joined(pieces: list[str], separator: str = "\n\n") -> tuple[str, list[tuple]]:
    """The pieces joined into one text, and the sentences they give one by one, shifted."""
    expected: list[tuple] = []
    offset = 0
    for piece in pieces:
        expected += [(s.start, s.end, s.text) for s in segment(piece, offset=offset)]
        offset += len(piece) + len(separator)
    return separator.join(pieces), expected


def test_a_long_text_segments_exactly_like_its_pieces() -> None:
    rng = random.Random(3)
    demo = _demo_texts()
    pieces = [rng.choice(demo) for _ in range(700)]  # about 1 MB of real reports
    text, expected = _pieces_joined(pieces)
    assert len(text) > 1_000_000
    got = segment(text)
    assert [(s.start, s.end, s.text) for s in got] == expected
    assert [s.index for s in got] == list(range(len(got)))
    assert all(text[s.start : s.end] == s.text for s in got)


def test_long_runs_without_punctuation_are_cut_and_stay_in_place() -> None:
    table = "\n".join(f"row {i} | Miranshah | {i * 7}" for i in range(400))
    blob = "x" * (3 * MAX_SENTENCE_CHARS + 5)
    text, expected = _pieces_joined(["Intro sentence.", table, blob, "The end."])
    got = segment(text)
    assert [(s.start, s.end, s.text) for s in got] == expected
    assert max(len(s.text) for s in got) <= MAX_SENTENCE_CHARS
    assert all(text[s.start : s.end] == s.text for s in got)
    assert "".join(s.text for s in got if s.text.startswith("x")) == blob


def test_long_words_before_full_stops() -> None:
    word = "-".join(["Al"] * 500)
    text = f"He met {word}. The talks failed. {word}.\n\nDone."
    got = segment(text)
    assert [s.text for s in got] == [f"He met {word}.", "The talks failed.", f"{word}.", "Done."]
