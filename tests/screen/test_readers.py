"""Readers: every input row becomes a Record; bad rows keep their line number."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from careguard.errors import InputError
from careguard.screen import Format, Record, detect_format, read_records

from ._fakes import write_rows


def _records(tmp_path: Path, name: str, content: bytes, text_field: str = "text") -> list[Record]:
    path = tmp_path / name
    path.write_bytes(content)
    return list(read_records(path, text_field=text_field))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.csv", Format.CSV),
        ("a.CSV", Format.CSV),
        ("a.jsonl", Format.JSONL),
        ("a.ndjson", Format.JSONL),
        ("a.parquet", Format.PARQUET),
    ],
)
def test_when_extension_is_known_then_format_is_detected(name: str, expected: Format) -> None:
    assert detect_format(Path(name)) is expected


def test_when_override_is_given_then_it_wins_over_the_extension() -> None:
    assert detect_format(Path("a.csv"), "parquet") is Format.PARQUET


@pytest.mark.parametrize(("name", "override"), [("a.txt", None), ("a.csv", "xml")])
def test_when_format_is_unknown_then_input_error(name: str, override: str | None) -> None:
    with pytest.raises(InputError, match="format"):
        detect_format(Path(name), override)


@pytest.mark.parametrize("name", ["in.csv", "in.jsonl", "in.parquet"])
def test_when_rows_have_extra_columns_then_records_keep_every_field(
    tmp_path: Path, name: str
) -> None:
    rows = [{"id": "1", "text": "hello", "lang": "en"}, {"id": "2", "text": "bye", "lang": "fr"}]
    path = write_rows(tmp_path / name, rows)
    records = list(read_records(path))
    assert [r.fields for r in records] == rows
    assert [r.text for r in records] == ["hello", "bye"]
    assert all(r.error is None for r in records)


BAD_ROWS = [
    pytest.param(
        "in.jsonl",
        b'{"text": "a"}\n{"text": \n{"text": "c"}\n',
        "line 2: malformed JSON",
        id="jsonl-malformed-line",
    ),
    pytest.param(
        "in.jsonl",
        b'{"text": "a"}\n{"text": "ab\xffc"}\n',
        "line 2: invalid UTF-8 at byte 12",
        id="jsonl-invalid-utf8",
    ),
    pytest.param(
        "in.jsonl",
        b'{"text": "a"}\n{"body": "b"}\n',
        "line 2: field 'text' missing",
        id="jsonl-missing-field",
    ),
    pytest.param(
        "in.jsonl",
        b'{"text": "a"}\n{"text": 42}\n',
        "line 2: field 'text' is not a string (got int)",
        id="jsonl-non-string",
    ),
    pytest.param(
        "in.jsonl", b'{"text": "a"}\n{"text": null}\n', "line 2: field 'text' is null", id="null"
    ),
    pytest.param(
        "in.jsonl",
        b'{"text": "a"}\n[1, 2]\n',
        "line 2: expected a JSON object, got list",
        id="jsonl-array",
    ),
    pytest.param(
        "in.jsonl", b'{"text": "a"}\n{"text": " \\t "}\n', "line 2: empty text", id="jsonl-blank"
    ),
    pytest.param(
        "in.jsonl",
        b'{"text": "a"}\n{"text": "x\\ud800y"}\n',
        "line 2: invalid \\u escape",
        id="jsonl-lone-surrogate",
    ),
    pytest.param(
        "in.csv", b"id,text\n1,a\n2,b,extra\n", "line 3: expected 2 fields, got 3", id="csv-ragged"
    ),
    pytest.param(
        "in.csv", b"id,text\n1,a\n2\n", "line 3: expected 2 fields, got 1", id="csv-short-row"
    ),
    pytest.param(
        "in.csv", b"id,text\n1,a\n2,b\xc3\n", "line 3: invalid UTF-8 at byte 3", id="csv-utf8"
    ),
    pytest.param("in.csv", b"id,text\n1,a\n2,\n", "line 3: empty text", id="csv-empty-text"),
    pytest.param(
        "in.csv",
        b'id,text\n1,"two\nlines"\n2,b,c\n',
        "line 4: expected 2 fields, got 3",
        id="csv-after-multiline-record",
    ),
]


@pytest.mark.parametrize(("name", "content", "error"), BAD_ROWS)
def test_when_a_row_is_bad_then_it_is_kept_with_its_line_number(
    tmp_path: Path, name: str, content: bytes, error: str
) -> None:
    records = _records(tmp_path, name, content)
    assert records[0].error is None
    assert records[0].text == "a" or records[0].text == "two\nlines"
    bad = records[1]
    assert bad.error is not None
    assert bad.error.startswith(error), bad.error
    assert bad.text is None


def test_when_a_line_is_bad_then_later_lines_are_still_read(tmp_path: Path) -> None:
    content = b'{"text": "a"}\n{oops\n\xff\xfe\n{"text": "d"}\n'
    records = _records(tmp_path, "in.jsonl", content)
    assert [r.location for r in records] == ["line 1", "line 2", "line 3", "line 4"]
    assert [r.text for r in records] == ["a", None, None, "d"]


def test_when_jsonl_has_blank_lines_then_they_are_skipped_but_counted(tmp_path: Path) -> None:
    records = _records(tmp_path, "in.jsonl", b'{"text": "a"}\n\n  \n{"text": ""}\n')
    assert [(r.location, r.error) for r in records] == [
        ("line 1", None),
        ("line 4", "line 4: empty text"),
    ]


def test_when_csv_has_a_bom_and_crlf_then_the_header_is_clean(tmp_path: Path) -> None:
    records = _records(tmp_path, "in.csv", b"\xef\xbb\xbfid,text\r\n1,hello\r\n")
    assert records[0].fields == {"id": "1", "text": "hello"}


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("in.csv", b"id,text\n1,a\x00b\n"),
        ("in.jsonl", b'{"id": "1", "text": "a\\u0000b"}\n'),
    ],
)
def test_when_text_has_nul_bytes_then_they_are_stripped(
    tmp_path: Path, name: str, content: bytes
) -> None:
    (record,) = _records(tmp_path, name, content)
    assert record.text == "ab"
    assert record.fields["text"] == "ab"


def test_when_a_csv_cell_is_1mb_then_it_is_read_whole(tmp_path: Path) -> None:
    big = "word " * 200_000
    path = write_rows(tmp_path / "in.csv", [{"id": "1", "text": big}, {"id": "2", "text": "x"}])
    records = list(read_records(path))
    assert records[0].text == big
    assert records[1].text == "x"


@pytest.mark.parametrize(
    ("name", "listed"),
    [
        ("in.csv", "'id', 'body'"),
        ("in.jsonl", "'id', 'body'"),
        ("in.parquet", "'id', 'body'"),
    ],
)
def test_when_text_field_is_unknown_then_input_error_lists_fields(
    tmp_path: Path, name: str, listed: str
) -> None:
    path = write_rows(tmp_path / name, [{"id": "1", "body": "hello"}])
    with pytest.raises(InputError, match="text field 'text' not found") as caught:
        read_records(path)
    assert listed in str(caught.value)


def test_when_first_jsonl_lines_are_bad_then_the_first_parsed_object_is_checked(
    tmp_path: Path,
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{broken\n{"id": 1, "body": "x"}\n')
    with pytest.raises(InputError, match="'id', 'body'"):
        read_records(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"id,id,text\n1,2,a\n", "duplicate"),
        (b"id,t\xffext\n1,a\n", "invalid UTF-8"),
    ],
)
def test_when_csv_header_is_unusable_then_input_error(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_records(path)


def test_when_parquet_rows_are_bad_then_location_is_the_row_index(tmp_path: Path) -> None:
    path = tmp_path / "in.parquet"
    table = pa.table({"text": ["fine", None, "  ", "ok"], "n": [1, 2, 3, 4]})
    pq.write_table(table, path, row_group_size=2)
    records = list(read_records(path))
    assert [r.error for r in records] == [
        None,
        "row 1: field 'text' is null",
        "row 2: empty text",
        None,
    ]
    assert [r.fields["n"] for r in records] == [1, 2, 3, 4]


def test_when_parquet_is_not_parquet_then_input_error(tmp_path: Path) -> None:
    path = tmp_path / "in.parquet"
    path.write_bytes(b"not parquet at all")
    with pytest.raises(InputError, match="Parquet"):
        read_records(path)
