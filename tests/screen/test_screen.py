"""screen_file and the ``careguard screen`` command: every row out, in order, with results."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from careguard.cli import main
from careguard.errors import InputError, ModelNotInstalledError
from careguard.screen import RESULT_COLUMNS, AssessBatchFactory, screen_file
from careguard.screen._layout import result_arrow_fields
from careguard.types import Evidence

from ._fakes import (
    exploding_factory,
    fake_factory,
    missing_model_factory,
    read_rows,
    short_factory,
    write_rows,
)

FORMATS = ["csv", "jsonl", "parquet"]

ROWS = [
    {"id": "1", "text": "I want to die tonight", "lang": "en"},
    {"id": "2", "text": "lovely weather today", "lang": "en"},
    {"id": "3", "text": "je veux mourir, die", "lang": "fr"},
]


def _screen(src: Path, out: Path, factory: AssessBatchFactory = fake_factory, **kw: Any) -> Any:
    kw.setdefault("workers", 1)
    return screen_file(src, out, assess_batch_factory=factory, **kw)


def _prob(row: dict[str, Any]) -> float:
    return float(row["categories"]["suicidal_ideation"])


@pytest.mark.parametrize("src_format", FORMATS)
@pytest.mark.parametrize("out_format", FORMATS)
def test_when_a_file_is_screened_then_rows_round_trip_with_extra_columns(
    tmp_path: Path, src_format: str, out_format: str
) -> None:
    src = write_rows(tmp_path / f"in.{src_format}", ROWS)
    out = tmp_path / f"out.{out_format}"
    summary = _screen(src, out)
    got = read_rows(out)
    assert [list(r)[:3] for r in got] == [["id", "text", "lang"]] * 3
    assert list(got[0])[3:] == list(RESULT_COLUMNS)
    assert [{k: r[k] for k in ("id", "text", "lang")} for r in got] == ROWS
    assert [r["level"] for r in got] == ["high", "none", "high"]
    assert [int(r["cssrs"]) for r in got] == [len(r["text"]) % 7 for r in ROWS]
    assert [_prob(r) for r in got] == [0.9, 0.01, 0.9]
    assert got[0]["evidence"][0]["text"] == "die"
    assert got[0]["evidence"][0]["reason"] == "desire"
    assert got[1]["evidence"] == []
    assert [r["error"] or None for r in got] == [None, None, None]
    assert (summary.rows_read, summary.assessed, summary.errors) == (3, 3, 0)
    assert summary.levels == {"high": 2, "none": 1}


BAD_INPUTS = [
    pytest.param(
        "in.jsonl",
        b'{"id": 1, "text": "fine"}\n{"id": 2, "text": \n{"id": 3, "text": "ok"}\n',
        "line 2: malformed JSON",
        id="malformed-json",
    ),
    pytest.param(
        "in.jsonl",
        b'{"id": 1, "text": "fine"}\n{"id": 2, "text": "b\xe9d"}\n{"id": 3, "text": "ok"}\n',
        "line 2: invalid UTF-8 at byte 20",
        id="invalid-utf8",
    ),
    pytest.param(
        "in.csv", b"id,text\n1,fine\n2,x,y\n3,ok\n", "line 3: expected 2 fields, got 3", id="ragged"
    ),
    pytest.param(
        "in.jsonl",
        b'{"id": 1, "text": "fine"}\n{"id": 2}\n{"id": 3, "text": "ok"}\n',
        "line 2: field 'text' missing",
        id="missing-field",
    ),
    pytest.param(
        "in.csv", b"id,text\n1,fine\n2,   \n3,ok\n", "line 3: empty text", id="empty-text"
    ),
]


@pytest.mark.parametrize("out_format", FORMATS)
@pytest.mark.parametrize(("name", "content", "error"), BAD_INPUTS)
def test_when_a_row_is_bad_then_it_is_written_with_its_error_and_reported(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes,
    error: str,
    out_format: str,
) -> None:
    src = tmp_path / name
    src.write_bytes(content)
    out = tmp_path / f"out.{out_format}"
    summary = _screen(src, out)
    got = read_rows(out)
    assert len(got) == 3
    assert [r["level"] or None for r in got] == ["none", None, "none"]
    assert got[1]["cssrs"] in (None, "")
    assert got[1]["error"].startswith(error)
    assert error in capsys.readouterr().err
    assert (summary.rows_read, summary.assessed, summary.errors) == (3, 2, 1)


def test_when_workers_is_2_then_output_order_equals_input_order(tmp_path: Path) -> None:
    texts = [
        ("slow " if i % 10 == 0 else "t") + "x" * (i % 13) + " die" * (i % 2) for i in range(120)
    ]
    rows = [{"id": str(i), "text": text} for i, text in enumerate(texts)]
    src = write_rows(tmp_path / "in.jsonl", rows)
    pooled, single = tmp_path / "pooled.jsonl", tmp_path / "single.jsonl"
    _screen(src, pooled, workers=2, batch_size=7)
    _screen(src, single, workers=1, batch_size=7)
    got = read_rows(pooled)
    assert [r["id"] for r in got] == [r["id"] for r in rows]
    assert [r["cssrs"] for r in got] == [len(r["text"]) % 7 for r in rows]
    assert got == read_rows(single)


def test_when_the_factory_fails_in_a_worker_then_its_error_reaches_the_caller(
    tmp_path: Path,
) -> None:
    src = write_rows(tmp_path / "in.csv", ROWS)
    out = tmp_path / "out.csv"
    with pytest.raises(ModelNotInstalledError, match="model missing"):
        _screen(src, out, factory=missing_model_factory, workers=2)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [src]


def test_when_the_factory_is_a_lambda_and_workers_gt_1_then_type_error(tmp_path: Path) -> None:
    src = write_rows(tmp_path / "in.csv", ROWS)
    with pytest.raises(TypeError, match="picklable"):
        _screen(src, tmp_path / "out.csv", factory=lambda: fake_factory(), workers=2)


@pytest.mark.parametrize(
    ("factory", "message"),
    [
        (exploding_factory, "assessment failed: RuntimeError: kaboom"),
        (short_factory, "assessment failed: engine returned 2 assessments for 3 texts"),
    ],
)
def test_when_a_batch_fails_then_its_rows_get_errors_not_levels(
    tmp_path: Path, factory: AssessBatchFactory, message: str
) -> None:
    src = write_rows(tmp_path / "in.jsonl", ROWS)
    out = tmp_path / "out.jsonl"
    summary = _screen(src, out, factory=factory)
    got = read_rows(out)
    assert [r["level"] for r in got] == [None, None, None]
    assert [r["error"] for r in got] == [f"line {i}: {message}" for i in (1, 2, 3)]
    assert summary.errors == 3


def test_when_the_engine_is_degraded_then_the_row_is_assessed_and_error_names_it(
    tmp_path: Path,
) -> None:
    src = write_rows(tmp_path / "in.jsonl", [{"text": "BROKEN input"}])
    out = tmp_path / "out.jsonl"
    summary = _screen(src, out)
    (row,) = read_rows(out)
    assert (row["level"], row["degraded"], row["error"]) == ("high", True, "engine: heads: boom")
    assert (summary.assessed, summary.degraded, summary.errors) == (1, 1, 0)


@pytest.mark.parametrize("out_format", FORMATS)
def test_when_a_cell_is_1mb_then_it_is_screened(tmp_path: Path, out_format: str) -> None:
    big = "I want to die " + "word " * 200_000
    src = write_rows(tmp_path / "in.csv", [{"id": "1", "text": big}, {"id": "2", "text": "x"}])
    out = tmp_path / f"out.{out_format}"
    _screen(src, out)
    got = read_rows(out)
    assert got[0]["text"] == big
    assert [r["level"] for r in got] == ["high", "none"]


def test_when_jsonl_keys_vary_then_csv_output_keeps_every_key(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "a"}\n{"text": "b", "meta": {"k": [1, 2]}}\n', encoding="utf-8")
    out = tmp_path / "out.csv"
    _screen(src, out)
    got = read_rows(out)
    assert list(got[0])[:2] == ["text", "meta"]
    assert [r["meta"] for r in got] == ["", '{"k": [1, 2]}']


def test_when_jsonl_types_conflict_then_parquet_stores_json_strings(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"text": "a", "score": 1, "tag": "x"}\n{"text": "b", "score": 2.5, "tag": [1]}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.parquet"
    _screen(src, out)
    got = read_rows(out)
    assert [r["score"] for r in got] == [1.0, 2.5]
    assert [r["tag"] for r in got] == ['"x"', "[1]"]


def test_when_parquet_is_screened_then_input_types_are_kept(tmp_path: Path) -> None:
    src = tmp_path / "in.parquet"
    table = pa.table({"n": pa.array([1, 2], pa.int32()), "text": ["die", "hi"]})
    pq.write_table(table, src)
    out = tmp_path / "out.parquet"
    _screen(src, out)
    schema = pq.read_schema(out)
    assert schema.field("n").type == pa.int32()
    assert schema.names == ["n", "text", *RESULT_COLUMNS]


def test_when_input_has_a_result_column_then_input_error_before_work(tmp_path: Path) -> None:
    src = write_rows(tmp_path / "in.csv", [{"text": "a", "level": "x"}])
    out = tmp_path / "out.csv"
    with pytest.raises(InputError, match="level"):
        _screen(src, out)
    assert not out.exists()


@pytest.mark.parametrize("src_format", FORMATS)
def test_when_text_field_is_unknown_then_input_error_and_no_output(
    tmp_path: Path, src_format: str
) -> None:
    src = write_rows(tmp_path / f"in.{src_format}", ROWS)
    out = tmp_path / "out.jsonl"
    with pytest.raises(InputError, match="'id', 'text', 'lang'"):
        _screen(src, out, text_field="body")
    assert not out.exists()


def test_when_output_is_the_input_then_input_error(tmp_path: Path) -> None:
    src = write_rows(tmp_path / "in.csv", ROWS)
    with pytest.raises(InputError, match="differ"):
        _screen(src, src)


def test_when_format_is_given_then_it_overrides_the_output_extension(tmp_path: Path) -> None:
    src = write_rows(tmp_path / "in.csv", ROWS)
    out = tmp_path / "out.data"
    _screen(src, out, output_format="jsonl")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["1", "2", "3"]


@settings(max_examples=60, deadline=None)
@given(
    texts=st.lists(st.text(min_size=1, max_size=40), min_size=1, max_size=5),
    src_format=st.sampled_from(FORMATS),
    out_format=st.sampled_from(FORMATS),
)
def test_when_texts_are_arbitrary_unicode_then_they_round_trip(
    texts: list[str], src_format: str, out_format: str
) -> None:
    rows = [{"id": str(i), "text": t} for i, t in enumerate(texts)]
    with tempfile.TemporaryDirectory() as tmp:
        src = write_rows(Path(tmp) / f"in.{src_format}", rows)
        out = Path(tmp) / f"out.{out_format}"
        _screen(src, out)
        got = read_rows(out)
    assert [r["id"] for r in got] == [r["id"] for r in rows]
    assert [r["text"] for r in got] == [t.replace("\x00", "") for t in texts]
    for row, text in zip(got, texts, strict=True):
        blank = not text.replace("\x00", "").strip()
        assert bool(row["level"]) is not blank
        assert bool(row["error"]) is blank


TRICKY = ["a\rb", "a\r\nb", '"q"', "x,y", "l\u2028s", "n\x85l", "v\x0bt", "tail\r", "\ufeffbom"]


@pytest.mark.parametrize("src_format", FORMATS)
@pytest.mark.parametrize("out_format", FORMATS)
def test_when_texts_have_line_breaks_quotes_and_separators_then_they_round_trip(
    tmp_path: Path, src_format: str, out_format: str
) -> None:
    rows = [{"id": str(i), "text": t} for i, t in enumerate(TRICKY)]
    src = write_rows(tmp_path / f"in.{src_format}", rows)
    out = tmp_path / f"out.{out_format}"
    _screen(src, out)
    assert [r["text"] for r in read_rows(out)] == TRICKY


def test_when_rendering_the_summary_then_every_level_is_listed(tmp_path: Path) -> None:
    src = write_rows(tmp_path / "in.csv", ROWS)
    text = _screen(src, tmp_path / "out.csv").render()
    assert "rows read: 3" in text
    assert "levels:    none=1 low=0 moderate=0 high=2 imminent=0" in text


def test_when_writing_parquet_then_evidence_fields_match_the_evidence_model() -> None:
    evidence = next(f for f in result_arrow_fields() if f.name == "evidence")
    assert [f.name for f in evidence.type.value_type] == list(Evidence.model_fields)


def test_when_cli_text_field_is_unknown_then_exit_2_listing_fields(tmp_path: Path) -> None:
    src = write_rows(tmp_path / "in.csv", ROWS)
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(
        main, ["screen", str(src), "--out", str(out), "--text-field", "body", "--workers", "1"]
    )
    assert result.exit_code == 2, result.output
    assert "text field 'body' not found" in result.stderr
    assert "'id', 'text', 'lang'" in result.stderr
    assert not out.exists()


@pytest.mark.slow
def test_when_cli_runs_the_real_engine_then_every_row_gets_a_level(tmp_path: Path) -> None:
    for module in ("careguard.risk.engine", "careguard.risk.encoder", "careguard.risk.heads"):
        pytest.importorskip(module, reason="the engine is not complete yet")
    src = write_rows(tmp_path / "in.jsonl", ROWS)
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(
        main, ["screen", str(src), "--out", str(out), "--workers", "1", "--quiet"]
    )
    assert result.exit_code == 0, result.output
    assert "rows read: 3" in result.stderr
    got = read_rows(out)
    assert [r["id"] for r in got] == ["1", "2", "3"]
    assert all(r["level"] for r in got)
