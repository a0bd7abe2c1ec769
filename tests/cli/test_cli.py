"""End-to-end tests of the ``careguard`` console script, run as a real process."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

EXE = str(Path(sys.executable).with_name("careguard"))


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [EXE, *args], input=stdin, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.mark.parametrize(
    ("text", "level", "cssrs"),
    [
        # Stockpiling pills is a preparatory act: C-SSRS 6.
        ("I have been saving my pills and I'm going to take them all tonight", "imminent", 6),
        ("this exam is killing me", "none", 0),
        # Denied risk is noted (low), never escalated.
        ("I would never hurt myself, I just need to vent", "low", 0),
        ("I want to kill myself", "moderate", 2),
        ("I attempted years ago, I'm doing well now", "low", 6),
    ],
)
def test_when_check_json_then_full_assessment(text: str, level: str, cssrs: int) -> None:
    result = run("check", "--json", text)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["level"] == level
    assert data["cssrs"] == cssrs
    assert set(data["categories"]) >= {"suicidal_ideation", "self_harm", "abuse"}
    for ev in data["evidence"]:
        assert text[ev["start"] : ev["end"]] == ev["text"]


def test_when_check_reads_stdin_then_readable_report() -> None:
    result = run("check", stdin="kms tonight, I have the rope ready")
    assert result.returncode == 0, result.stderr
    assert "level: IMMINENT" in result.stdout
    assert "C-SSRS" in result.stdout
    assert "evidence:" in result.stdout


def test_when_check_conversation_then_risk_builds_across_turns(tmp_path: Path) -> None:
    convo = [
        {"role": "user", "content": "I have a bottle of pills in my drawer"},
        {"role": "assistant", "content": "Thank you for telling me. How are you feeling?"},
        {"role": "user", "content": "I'm going to do it tonight"},
    ]
    path = tmp_path / "c.json"
    path.write_text(json.dumps(convo), encoding="utf-8")
    result = run("check", "--json", "--conversation", str(path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["level"] == "imminent"


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["check", "   "], None, "empty"),
        (["check"], "", "empty"),
        (["check", "--conversation", "{bad}"], None, "invalid JSON"),
        (["check", "--conversation", "{notlist}"], None, "list"),
    ],
)
def test_when_bad_input_then_exit_2_with_message(
    tmp_path: Path, args: list[str], stdin: str | None, message: str
) -> None:
    if "{bad}" in args:
        (tmp_path / "bad.json").write_text("[{", encoding="utf-8")
        args = [a.replace("{bad}", str(tmp_path / "bad.json")) for a in args]
    if "{notlist}" in args:
        (tmp_path / "d.json").write_text('{"role": "user"}', encoding="utf-8")
        args = [a.replace("{notlist}", str(tmp_path / "d.json")) for a in args]
    result = run(*args, stdin=stdin)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_when_screen_csv_then_every_row_kept_with_assessment(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_bytes(
        b"id,text\n"
        b"1,I want to die\n"
        b"2,lovely weather today\n"
        b"3,\n"
        b"4,\xff\xfe broken bytes\n"
        b'5,"tonight I will take all my pills, I have saved them for weeks"\n'
    )
    out = tmp_path / "out.csv"
    result = run("screen", str(src), "--out", str(out), "--workers", "2", "--quiet")
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["id"] for r in rows] == ["1", "2", "3", "4", "5"]
    assert rows[0]["level"] in ("low", "moderate")  # a wish to be dead: C-SSRS 1
    assert rows[0]["cssrs"] == "1"
    assert rows[1]["level"] == "none"
    assert "empty" in rows[2]["error"]
    assert "line 5" in rows[3]["error"]
    assert rows[4]["level"] == "imminent"
    assert "line 5" in result.stderr


def test_when_screen_unknown_field_then_exit_2_listing_fields(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"body": "hello"}\n', encoding="utf-8")
    result = run("screen", str(src), "--out", str(tmp_path / "o.jsonl"), "--text-field", "txt")
    assert result.returncode == 2
    assert "body" in result.stderr
