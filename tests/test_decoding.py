"""Bytes -> text: which encodings are read, what is refused, and what the record is told."""

from __future__ import annotations

import gzip

import pytest

from newsmine.errors import DecodeError
from newsmine.readers.decoding import decode_bytes, stream_encoding

NEWS = "The mayor’s office said “the pier will reopen” in May — a café owner, José Núñez, welcomed it."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (NEWS.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + NEWS.encode("utf-8"), "utf-8-sig"),
        (NEWS.encode("utf-16"), "utf-16"),  # with its byte-order mark
        (NEWS.encode("utf-16-be"), "utf-16-be"),  # without: found by where the NUL bytes sit
        (NEWS.encode("utf-16-le"), "utf-16-le"),
        (NEWS.encode("utf-32"), "utf-32"),
        (NEWS.encode("cp1252"), "cp1252"),
    ],
)
def test_unicode_and_western_encodings_decode_to_the_same_text(data, encoding):
    assert decode_bytes(data) == (NEWS, encoding)


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose \u2013 again.",  # the detector alone says cp1125, turning the dash into "Ц"
        "The mayor’s office said “yes”.",  # ... and cp1250 here
        "Señor Núñez",
    ],
)
def test_short_western_texts_are_read_as_cp1252_not_a_lookalike_code_page(text):
    assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")


def test_other_scripts_are_detected_and_the_encoding_named():
    text = "Министр заявил, что порт откроется в мае. Мэр города сказал журналистам, что работы завершатся летом. " * 3
    assert decode_bytes(text.encode("koi8-r")) == (text, "koi8-r")


def test_a_few_invalid_bytes_in_utf8_keep_the_text_and_say_so():
    data = NEWS.encode("utf-8") + b" caf\xe9 " + NEWS.encode("utf-8")
    text, encoding = decode_bytes(data)
    assert text == NEWS + " caf\ufffd " + NEWS  # every valid character kept, the bad byte marked
    assert encoding == "utf-8 (1 invalid byte replaced)"


def test_a_file_cut_inside_its_last_character_loses_only_that_character():
    data = NEWS.encode("utf-8") + "’".encode("utf-8")[:2]
    assert decode_bytes(data) == (NEWS, "utf-8")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (gzip.compress(NEWS.encode()), "gzip-compressed"),
        (b"%PDF-1.7\n" + NEWS.encode(), "a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"PK\x03\x04" + b"\x00" * 20, "a zip archive"),
        (bytes(range(256)) * 4, "NUL bytes"),
        (b"headline\n\nbody text \x00\x00\x00 more", "NUL bytes (the first at byte 20)"),
        (bytes(range(1, 32)) * 40 + NEWS.encode(), "control characters"),
    ],
)
def test_binary_content_is_refused_with_a_message_that_names_it(data, message):
    with pytest.raises(DecodeError, match=message.replace("(", r"\(").replace(")", r"\)")):
        decode_bytes(data)


def test_bytes_no_encoding_reads_cleanly_are_refused():
    junk = bytes((i * 73 + 41) % 254 + 1 for i in range(5000))  # no NUL, every byte value
    with pytest.raises(DecodeError):
        decode_bytes(junk)


def test_stream_encoding_comes_from_the_first_bytes():
    assert stream_encoding(b'{"text": "x"}\n') == "utf-8"
    assert stream_encoding(b"\xef\xbb\xbf{") == "utf-8-sig"
    assert stream_encoding('{"text": "x"}\n'.encode("utf-16")) == "utf-16"
    assert stream_encoding('{"text": "x"}\n'.encode("utf-16-le")) == "utf-16-le"
    with pytest.raises(DecodeError, match="gzip"):
        stream_encoding(gzip.compress(b'{"text": "x"}\n'))



def test_a_dos_code_page_text_is_not_read_as_cp1252():
    """Word's "MS-DOS" plain text (cp850) read as cp1252 turned speakers' names into 'Helena S›rensen'
    and 'Gustavo Ib ¤ez' (a name cut at the no-break space): the detector scores that reading clean."""
    text = ("Mayor Helena Sørensen defended the new water rates on Wednesday. Residents' association chair "
            "Gustavo Ibáñez said the increase would hit pensioners hardest.\r\n")
    assert decode_bytes(text.encode("cp850")) == (text, "cp850")
    assert decode_bytes("Björn Jönsson said no.".encode("cp850")) == ("Björn Jönsson said no.", "cp850")


@pytest.mark.parametrize("text", [
    "Critics of the “Iron Lady”s legacy, said José.",  # a glued mark, and cp1252's own é
    "He said…nothing and left.",  # an ellipsis between words
    "She said“no”and left, twice“no”.",  # quotation marks in pairs, glued
    "The mayor’s office said “yes” – for now.",
])
def test_cp1252_punctuation_inside_words_is_not_taken_for_a_dos_code_page(text):
    """The near misses: cp1252 text whose punctuation touches letters."""
    assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")
