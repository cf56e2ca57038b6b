"""Decoding bytes into text: BOMs, declared charsets, UTF-16 without BOM, cp1252, mixed files."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from riftwatch.errors import IngestError
from riftwatch.ingest.encoding import (
    declares_entities,
    decode_bytes,
    iter_decoded_chunks,
    looks_binary,
)

SAMPLE = "Commanders in Khost said the Haqqanis' fighters — “guests” — stayed. Café, naïve, Grüße."


@pytest.mark.parametrize(
    ("data", "expected_encoding"),
    [
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (SAMPLE.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16"),
        (SAMPLE.encode("utf-32"), "utf-32"),
    ],
)
def test_byte_order_marks_are_honoured_and_removed(data: bytes, expected_encoding: str) -> None:
    text, encoding = decode_bytes(data)
    assert text == SAMPLE
    assert encoding == expected_encoding


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(codec: str) -> None:
    text = "Taliban commanders refused the money.\nПолевые командиры отказались.\n" * 20
    decoded, encoding = decode_bytes(text.encode(codec))
    assert decoded == text
    assert encoding == codec


def test_arabic_script_utf16_without_bom_is_not_mistaken_for_ascii() -> None:
    text = "بيان من المكتب الإعلامي للحركة حول الهجوم الأخير في المنطقة " * 10
    decoded, encoding = decode_bytes(text.encode("utf-16-le"))
    assert decoded == text
    assert encoding == "utf-16-le"


def test_plain_cp1252_file_is_read_as_cp1252() -> None:
    text = "The minister’s statement – issued in Kabul – named “foreign guests”. Déjà vu.\n" * 30
    decoded, encoding = decode_bytes(text.encode("cp1252"))
    assert decoded == text
    assert encoding == "cp1252"


def test_utf8_file_with_a_pasted_cp1252_paragraph_gets_a_mixed_decode() -> None:
    utf8_part = ("Résumé of the jirga in Wana; the elders’ decision was unanimous. " * 40).encode()
    cp1252_part = "Pasted from an old mail: the commander’s “final” offer.".encode("cp1252")
    decoded, encoding = decode_bytes(utf8_part + b"\n" + cp1252_part)
    assert encoding == "utf-8+cp1252"
    assert decoded.startswith("Résumé of the jirga")
    assert decoded.endswith("the commander’s “final” offer.")
    assert "\ufffd" not in decoded


def test_cyrillic_single_byte_file_goes_to_charset_detection() -> None:
    text = "Представитель движения заявил, что иностранные боевики покинули район. " * 20
    decoded, encoding = decode_bytes(text.encode("cp1251"))
    assert decoded == text
    assert encoding.replace("_", "").lower() in {"cp1251", "windows1251"}


def test_declared_encoding_is_used_when_it_fits_and_ignored_when_it_does_not() -> None:
    latin = "Peshawar – café".encode("cp1252")
    assert decode_bytes(latin, declared="windows-1252") == ("Peshawar – café", "cp1252")
    # a wrong declaration (ASCII for UTF-8 bytes) falls through to the detection steps
    assert decode_bytes("Kōhat".encode(), declared="ascii") == ("Kōhat", "utf-8")
    # an unknown codec name is ignored rather than crashing
    assert decode_bytes(b"plain", declared="no-such-codec")[0] == "plain"


def test_newlines_are_normalised_and_nuls_stripped() -> None:
    text, _ = decode_bytes(b"one\r\ntwo\rthree\nfo\x00ur")
    assert text == "one\ntwo\nthree\nfour"


def test_binary_noise_is_recognised_but_wide_text_is_not() -> None:
    assert looks_binary(os.urandom(8192))
    assert looks_binary(b"\x00\x01\x02\x03 some header \x00\x00\x10\x11" * 50)
    assert not looks_binary(b"Plain report text.\n" * 100)
    assert not looks_binary("Wide report text.\n".encode("utf-16-le") * 100)
    assert not looks_binary(b"")


def test_entity_declarations_are_found_in_utf8_and_utf16() -> None:
    bomb = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><r>&lol2;</r>'
    assert declares_entities(bomb.encode())
    assert declares_entities(bomb.encode("utf-16"))
    assert not declares_entities(b"<p>Fish &amp; chips&nbsp;&#8212; <!-- ENTITY --></p>")


def test_streamed_chunks_never_split_characters_or_crlf(tmp_path: Path) -> None:
    # 3-byte and 4-byte characters and CRLF pairs placed across every chunk boundary
    line = "Waziristan — 𝔸 report\r\n"
    path = tmp_path / "big.txt"
    path.write_bytes(line.encode() * 500)
    chunks = list(iter_decoded_chunks(path, chunk_bytes=7))
    assert len(chunks) > 100
    assert "".join(chunks) == line.replace("\r\n", "\n") * 500
    assert all("\r" not in chunk and "\ufffd" not in chunk for chunk in chunks)


def test_streamed_utf16_and_cp1252_files(tmp_path: Path) -> None:
    text = "Statement of the shura — “no foreign guests”.\n" * 200
    wide = tmp_path / "wide.txt"
    wide.write_bytes(text.encode("utf-16"))
    assert "".join(iter_decoded_chunks(wide, chunk_bytes=1001)) == text
    latin = tmp_path / "latin.txt"
    latin.write_bytes(text.replace("—", "-").encode("cp1252"))
    assert "".join(iter_decoded_chunks(latin, chunk_bytes=999)) == text.replace("—", "-")


def test_undecodable_binary_raises_rw116() -> None:
    with pytest.raises(IngestError) as info:
        decode_bytes(bytes(range(256)) * 64 + os.urandom(4096))
    assert info.value.code == "RW116"


def test_a_text_with_a_few_stray_nul_bytes_is_read_as_text(tmp_path: Path, db_url: str) -> None:
    """walk53: an exporter's two NUL bytes in a UTF-8 report refused the whole file as
    binary (RW109); the text is read and the NULs dropped. Binary data stays refused."""
    from riftwatch import api

    good = tmp_path / "padded.txt"
    good.write_bytes(b"Kestrel fighters\x00\x00 attacked Zorbat posts near the river in 2012.\n")
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 4)
    summary = api.ingest([good, junk], db=db_url)
    assert summary.documents_added == 1 and summary.failed == 1
    (doc,) = api.list_documents(db_url, limit=5)
    assert doc["path"].endswith("padded.txt")
