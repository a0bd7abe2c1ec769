"""The project's written training examples: well formed, consistent, apart from the tests."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from careguard.errors import InputError
from careguard.risk.train import PROJECT_FILES, project_examples
from careguard.types import Category, RiskLevel

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
HELD_OUT = (
    "scenarios_heldout",
    "scenarios_long",
    "scenarios_social",
    "scenarios_posts",
    "scenarios_tweets",
    "scenarios_posts_b",
    "scenarios_tweets_b",
    "scenarios_c",
    "scenarios_d_posts",
    "scenarios_d_short",
    "scenarios_e_posts",
    "scenarios_e_short",
    "scenarios_f_posts",
    "scenarios_f_short",
    "scenarios_g_posts",
    "scenarios_g_short",
    "scenarios_h_posts",
    "scenarios_h_short",
    "scenarios_i_posts",
    "scenarios_i_short",
    "scenarios_j_posts",
    "scenarios_j_short",
    "scenarios_k_posts",
    "scenarios_k_short",
    "scenarios_l_posts",
    "scenarios_l_short",
    "scenarios_m_posts",
    "scenarios_m_short",
    "scenarios_n_ladder",
    "scenarios_n_longneg",
    "scenarios_o_posts",
    "scenarios_o_short",
    "scenarios_o_categories",
    "everyday_chat",
)
KEYS = {"text", "cssrs", "level", "categories", "subject", "kind"}
_WORD = re.compile(r"[a-z']+")


def _rows(name: str) -> list[dict[str, object]]:
    ref = resources.files("careguard.risk") / "data" / name
    return [json.loads(line) for line in ref.read_text(encoding="utf-8").splitlines()]


def _grams(text: str, n: int = 8) -> Iterator[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return (tuple(words[i : i + n]) for i in range(len(words) - n + 1))


@pytest.mark.parametrize("name", PROJECT_FILES)
def test_when_a_training_file_is_read_then_every_row_is_well_formed_and_consistent(
    name: str,
) -> None:
    categories = {c.value for c in Category}
    for k, row in enumerate(_rows(name), start=1):
        where = f"{name} line {k}"
        assert set(row) == KEYS, where
        assert isinstance(row["text"], str), where
        assert row["text"].strip(), where
        level = RiskLevel(row["level"])
        cssrs = row["cssrs"]
        assert isinstance(cssrs, int), where
        assert 0 <= cssrs <= 6, where
        assert isinstance(row["categories"], list), where
        assert set(row["categories"]) <= categories, where
        assert row["subject"] in ("self", "other", "none"), where
        if row["subject"] != "self":
            assert cssrs == 0, f"{where}: only the writer's own risk has a C-SSRS step"
        if cssrs >= 1:
            assert "suicidal_ideation" in row["categories"], where
        if level is RiskLevel.NONE:
            assert row["categories"] == [], f"{where}: level none lists no category"


def test_when_all_training_files_are_read_then_no_text_is_there_twice() -> None:
    seen: dict[str, str] = {}
    for name in PROJECT_FILES:
        for row in _rows(name):
            text = str(row["text"])
            assert text not in seen, f"{text!r} is in {seen.get(text)} and {name}"
            seen[text] = name


def test_when_training_and_held_out_sets_are_compared_then_they_share_no_eight_words() -> None:
    held_out = {
        g
        for f in HELD_OUT
        for line in (FIXTURES / f"{f}.jsonl").read_text(encoding="utf-8").splitlines()
        for g in _grams(json.loads(line)["text"])
    }
    for name in PROJECT_FILES:
        for row in _rows(name):
            shared = [g for g in _grams(str(row["text"])) if g in held_out]
            assert not shared, f"{name}: {' '.join(shared[0])!r} is also in a held-out set"


def test_when_a_training_row_names_an_unknown_category_then_training_refuses_it(
    tmp_path: Path,
) -> None:
    row = {"text": "t", "cssrs": 0, "level": "high", "categories": ["abuse_violence"]}
    good = dict(row, text="u", categories=["abuse"])
    (tmp_path / "a.jsonl").write_text(
        "\n".join(json.dumps(dict(r, subject="self", kind="k")) for r in (good, row)),
        encoding="utf-8",
    )
    message = r"a\.jsonl line 2: unknown categories \['abuse_violence'\]"
    with pytest.raises(InputError, match=message):
        project_examples(("a.jsonl",), root=tmp_path)


def test_when_the_shipped_files_are_read_then_every_example_loads() -> None:
    examples = project_examples()
    assert len(examples) == sum(len(_rows(n)) for n in PROJECT_FILES)
