"""Markdown clean-up reads a long line once: the passes that used to rescan the rest of the
line from every unclosed marker give exactly the results of the original expressions."""

from __future__ import annotations

import random
import re
from importlib import resources

import pytest

from riftwatch.ingest.readers import text as reader

# the expressions as they were (each pass alone), the reference for the linear versions
ORIGINAL = {
    "image": (re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)"), r"\1"),
    "link": (re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)"), r"\1"),
    "ref_link": (re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]"), r"\1"),
    "strong": (re.compile(r"(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1"), r"\2"),
    "strike": (re.compile(r"~~(?=\S)([^\n]+?)(?<=\S)~~"), r"\1"),
    "comment": (re.compile(r"<!--.*?-->", re.S), ""),
}
NEW = {
    "image": lambda t: reader._IMAGE.sub(reader._link_text, t),
    "link": lambda t: reader._LINK.sub(reader._link_text, t),
    "ref_link": lambda t: reader._REF_LINK.sub(reader._link_text, t),
    "strong": lambda t: reader._strip_pairs(t, ("**", "__")),
    "strike": lambda t: reader._strip_pairs(t, ("~~",)),
    "comment": reader._strip_comments,
}
OLD_ATX = re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$", re.M)
OLD_ATX_TITLE = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$", re.M)
OLD_SETEXT_TITLE = re.compile(r"^[ \t]{0,3}(\S[^\n]*?)[ \t]*\n[ \t]{0,3}(?:=+|-+)[ \t]*$", re.M)


def _old_heading(text: str) -> tuple[int, str | None] | None:
    """Where the first heading starts and its title, as the old expressions found it."""
    found = [m for m in (OLD_ATX_TITLE.search(text), OLD_SETEXT_TITLE.search(text)) if m]
    first = min(found, key=lambda m: m.start()) if found else None
    if first is None:
        return None
    return first.start(), reader.strip_markdown(first.group(1)).strip() or None


def _new_heading(text: str) -> tuple[int, str | None] | None:
    found = [m for m in (reader._ATX_TITLE.search(text), reader._SETEXT_TITLE.search(text)) if m]
    first = min(found, key=lambda m: m.start()) if found else None
    if first is None:
        return None
    if not reader._FRONT_MATTER.match(text):
        assert reader.markdown_title(text) == _old_heading(text)[1]
    if first.re is reader._ATX_TITLE:
        raw = reader._heading_text(first.group(1))
    else:
        raw = first.group(1).rstrip(" \t")
    return first.start(), reader.strip_markdown(raw).strip() or None


HEADING_ALPHABET = ["#", "##", " ", "  ", "\t", "a", "b", "\n", "=", "-", "==", "--", "*"]
ALPHABET = ["a", "b", " ", " ", "\n", "*", "**", "_", "__", "~~", "[", "]", "(", ")", "![",
            "](", "][", "<!--", "-->", "-", "\t", "\u00a0", "é"]  # fmt: skip


def _fuzz(seed: int, length: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(ALPHABET) for _ in range(length))


@pytest.mark.parametrize("name", sorted(ORIGINAL))
def test_same_result_as_the_original_expression(name: str) -> None:
    pattern, repl = ORIGINAL[name]
    for seed in range(3000):
        text = _fuzz(seed, 1 + seed % 60)
        assert NEW[name](text) == pattern.sub(repl, text), repr(text)


def test_headings_as_the_original_expressions_found_them() -> None:
    rng = random.Random(11)
    for _ in range(20000):
        text = "".join(rng.choice(HEADING_ALPHABET) for _ in range(rng.randint(1, 30)))
        assert reader._ATX.sub(lambda m: reader._heading_text(m.group(1) or ""), text) == (
            OLD_ATX.sub(lambda m: m.group(1) or "", text)
        ), repr(text)
        assert _new_heading(text) == _old_heading(text), repr(text)
    hostile = ["# a" + " " * 5000 + "b", "t" + " \t" * 3000 + "\n===", "## x" + " #" * 2000]
    for text in hostile:
        assert _new_heading(text) == _old_heading(text)
        assert reader._ATX.sub(lambda m: reader._heading_text(m.group(1) or ""), text) == (
            OLD_ATX.sub(lambda m: m.group(1) or "", text)
        )


def test_same_result_on_real_markdown_and_long_hostile_lines() -> None:
    folder = resources.files("riftwatch.data").joinpath("demo").joinpath("reports")
    texts = [e.read_text("utf-8") for e in folder.iterdir() if e.name.endswith(".md")]
    assert texts
    texts += [
        "word **x " * 400,
        "a ~~b " * 400,
        "a <!-- b " * 400,
        "a [b " * 400 + "[c](d)",
        "a ![b " * 400 + "![c](d)",
        "[a](x [b](y " * 300,
        "[](x " * 300 + ")",
        "x [a[](y " * 300,
        "**a __b** c__ " * 100 + "__a **b__ c** " * 100,
    ]
    for text in texts:
        for name, (pattern, repl) in ORIGINAL.items():
            assert NEW[name](text) == pattern.sub(repl, text), (name, text[:80])


def test_strip_markdown_keeps_words() -> None:
    text = "# Title\n\nSee **the** [map](http://x.org/m), ~~old~~ ![alt](i.png) <!-- n --> end."
    assert reader.strip_markdown(text) == "Title\n\nSee the map, old alt  end."
