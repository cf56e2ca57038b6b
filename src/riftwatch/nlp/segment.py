"""Sentence segmentation with character offsets into the stored text.

Registered as ``segment.rules.v1``: a fast rule-based splitter (abbreviations
are data, in ``riftwatch/data/abbreviations.txt``). It never changes the text:
each sentence is ``text[start:end]`` with surrounding whitespace trimmed.

>>> [s.text for s in segment("Gen. Petraeus met U.S. officials in Kabul. They left.")]
['Gen. Petraeus met U.S. officials in Kabul.', 'They left.']
>>> s = segment("A line\\n\\nNo stop here")[1]
>>> (s.start, s.end, s.text)
(8, 20, 'No stop here')
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from riftwatch.model import Sentence

NAME = "segment.rules.v1"

# A candidate boundary: terminal punctuation, optional closing quotes/brackets,
# then whitespace; or a blank line (paragraph break); or a line break after a
# line that looks like a heading/list item (handled below).
_BOUNDARY = re.compile(r"[.!?\u2026]+[\"'\u2019\u201d)\]]*(?=\s)|\n[ \t]*\n")
_WORD_RUN = re.compile(r"[\w.\-']*")
_NEXT_START = re.compile(r"\s*([\"'\u2018\u201c(\[]*)(\S)")
MAX_SENTENCE_CHARS = 2000
# After an abbreviation that can also end a sentence ("in the U.S."), a new sentence is
# assumed only when one of these function words follows.
SENTENCE_STARTERS = frozenset(
    "the a an it its he she they we i this that these those there but and or so yet "
    "in on at for after before when while however meanwhile".split()
)
_NEXT_WORD = re.compile(r"\s*[\"'\u2018\u201c(\[]*(\w+)")


def _next_word(text: str, pos: int) -> str:
    match = _NEXT_WORD.match(text, pos)
    return match.group(1) if match else ""


@cache
def abbreviations() -> frozenset[str]:
    """The abbreviation list (lower case, no final dot)."""
    data = resources.files("riftwatch.data").joinpath("abbreviations.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower()
        for line in data.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )


def _word_before(text: str, reverse: str, pos: int) -> str:
    """The run of word characters, dots, hyphens and apostrophes that ends at ``pos``.

    ``reverse`` is ``text[::-1]``. The result is that of
    ``re.search(r"([\\w.\\-']+)$", text[:pos])`` (including ``$`` matching before a final
    line break), found by matching forwards in the reversed text, so the cost is the
    length of the word, not of the text before it: searching ``text[:pos]`` at every
    full stop made segmentation quadratic.

    >>> text = "He met Gen. Petraeus"
    >>> _word_before(text, text[::-1], 10)
    'Gen'
    >>> text = "Kabul\\n. Next"
    >>> _word_before(text, text[::-1], 6)
    'Kabul'
    """
    at = len(text) - pos
    length = _WORD_RUN.match(reverse, at).end() - at
    if length == 0 and pos > 0 and text[pos - 1] == "\n":
        at += 1
        length = _WORD_RUN.match(reverse, at).end() - at
        pos -= 1
    return text[pos - length : pos]


def _is_false_boundary(text: str, reverse: str, pos: int, end: int) -> bool:
    """True when the full stop at ``text[pos:end]`` does not end a sentence.

    ``reverse`` is ``text[::-1]`` (see :func:`_word_before`).
    """
    mark = text[pos:end]
    if not mark.startswith(".") or mark.startswith(".."):
        return False
    word = _word_before(text, reverse, pos)
    nxt = _NEXT_START.match(text, end)
    next_char = nxt.group(2) if nxt else ""
    lower = word.lower().lstrip("(\"'")
    if lower in abbreviations() or lower.rstrip(".") in abbreviations():
        # "U.S. officials" continues; "in the U.S. The next" ends when a capital follows
        # an abbreviation that is commonly sentence-final.
        if lower.rstrip(".") in {"u.s", "u.k", "u.n", "etc", "a.m", "p.m", "d.c"}:
            # a sentence starts with a capital: "the U.S. and Pakistan" goes on
            following = _next_word(text, end)
            return following.lower() not in SENTENCE_STARTERS or following[:1].islower()
        return True
    # initials: "A. Q. Khan"
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True
    # decimals and numbering are excluded by the lookahead (no whitespace); a lower-case
    # continuation after a dot ("... the No. 2 man") means the sentence goes on
    return bool(next_char) and (next_char.islower() or next_char in ",;:")


def segment(text: str, offset: int = 0) -> list[Sentence]:
    """Split ``text`` into sentences; offsets are shifted by ``offset``."""
    sentences: list[Sentence] = []
    start = 0
    reverse = text[::-1]
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if match.group().strip() and _is_false_boundary(text, reverse, match.start(), end):
            continue
        _emit(text, start, end, sentences, offset)
        start = end
    _emit(text, start, len(text), sentences, offset)
    return sentences


def _emit(text: str, start: int, end: int, out: list[Sentence], offset: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    s = start + (len(chunk) - len(chunk.lstrip()))
    e = s + len(stripped)
    # Over-long runs without punctuation (lists, tables) are cut at line breaks,
    # then hard-wrapped, so that one sentence never swallows a whole page.
    if e - s > MAX_SENTENCE_CHARS:
        pieces = [m for m in re.finditer(r"[^\n]+", text[s:e])]
        if len(pieces) > 1:
            for piece in pieces:
                _emit(text, s + piece.start(), s + piece.end(), out, offset)
            return
        for cut in range(s, e, MAX_SENTENCE_CHARS):
            _emit_plain(text, cut, min(cut + MAX_SENTENCE_CHARS, e), out, offset)
        return
    _emit_plain(text, s, e, out, offset)


def _emit_plain(text: str, s: int, e: int, out: list[Sentence], offset: int) -> None:
    chunk = text[s:e]
    stripped = chunk.strip()
    if not stripped:
        return
    s += len(chunk) - len(chunk.lstrip())
    e = s + len(stripped)
    out.append(Sentence(index=len(out), start=s + offset, end=e + offset, text=stripped))


__all__ = ["NAME", "abbreviations", "segment"]
