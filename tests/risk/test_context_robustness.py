"""A crisis statement stays a crisis beside everyday text (``careguard.benchmark.robustness``).

Context rules (fiction, study, games, jokes, habits) keep look-alikes from escalating and
reach the sentences beside them. On 2026-12-07, 220 of 30,000 pairs of a crisis statement
and a GoEmotions comment fell below moderate because "the show", "in my book" or "how
many people" in the comment was read as a frame; "i dont think i can go on, i took 40 pills
an hour ago" and "i have the rope ready and i am going to hang myself lol" were none.
Prints only counts, never the comments.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from careguard.benchmark import robustness
from careguard.errors import InputError
from careguard.types import RiskLevel

from ._assess import ENGINE

# Rules only, with all 1,500 comments of the benchmark: none of the 45,000 pairs (writers'
# statements and concerned others' reports) falls since 2026-12-07 (sixth session); 44 fell
# before, where game talk or a song named in the sentence beside made "ive decided to end it
# after my exams", "my dad hits me every night ..." or "my girlfriend is on the bridge right
# now and says she will jump" a story.
MAX_SHARE_BESIDE_EVERYDAY = 0.0
# Rules only, none of 50 falls for any kind since 2026-12-07 (sixth session); before it,
# leetspeak 6 ("1v3 decid3d t0 3nd 1t", "arm5") and spaced letters 7 ("c u t t i n g" and
# "a r m s" inside a sentence).
MAX_SHARE_OBFUSCATED = {
    "leetspeak": 0.0,
    "spaced letters": 0.0,
    "zero-width characters": 0.0,
    "Cyrillic look-alikes": 0.0,
    "words joined by dots": 0.0,
    "capitals": 0.0,
}


@pytest.mark.parametrize("statement", [*robustness.STATEMENTS, *robustness.REPORTS])
def test_when_a_probe_statement_stands_alone_then_it_is_escalated(statement: str) -> None:
    assert ENGINE.assess(statement).level >= RiskLevel.MODERATE


@pytest.mark.parametrize("act", robustness.ACTS)
def test_when_a_probe_act_stands_alone_then_it_is_high(act: str) -> None:
    assert ENGINE.assess(act).level >= RiskLevel.HIGH


# (who is at risk, statements, comments, bound). Concerned others: 60 of 6,000 pairs fell
# before "my friend says" stopped reading as a song's words and a frame stopped reaching a
# named person (2026-12-07), 10 after, none since the sixth session.
BESIDE_EVERYDAY = [
    ("the writer", robustness.STATEMENTS, 400, MAX_SHARE_BESIDE_EVERYDAY),
    ("a concerned other", robustness.REPORTS, 600, MAX_SHARE_BESIDE_EVERYDAY),
]


@pytest.mark.data
@pytest.mark.parametrize(("who", "statements", "comments", "bound"), BESIDE_EVERYDAY)
def test_when_a_crisis_sits_beside_everyday_text_then_it_stays_escalated(
    shared_data: Path, who: str, statements: tuple[str, ...], comments: int, bound: float
) -> None:
    everyday = robustness.everyday_comments(shared_data, comments)
    probe = robustness.beside_everyday(ENGINE.assess, everyday, statements)
    print(f"\n{who}, beside GoEmotions comments: {probe.failed}/{probe.total} fell")
    assert probe.share <= bound


def test_when_the_comments_file_is_missing_then_the_error_says_where_to_point(
    tmp_path: Path,
) -> None:
    with pytest.raises(InputError, match="--data"):
        robustness.everyday_comments(tmp_path, 10)


def test_when_a_crisis_follows_an_everyday_opening_then_it_stays_high() -> None:
    probe = robustness.after_openings(ENGINE.assess)
    assert probe.failed == 0, probe


def test_when_a_crisis_is_followed_by_a_laugh_then_it_stays_escalated() -> None:
    probe = robustness.with_a_laugh(ENGINE.assess)
    assert probe.failed == 0, probe


@pytest.mark.parametrize("probe", robustness.obfuscated(ENGINE.assess), ids=lambda p: p.name)
def test_when_a_crisis_is_obfuscated_then_it_mostly_stays_escalated(
    probe: robustness.Probe,
) -> None:
    kind = probe.name.removeprefix("obfuscated: ")
    assert probe.share <= MAX_SHARE_OBFUSCATED[kind], probe


def test_when_probes_are_tabled_then_each_has_its_counts_and_share() -> None:
    text = robustness.table([robustness.Probe("a probe", 1, 4), robustness.Probe("none", 0, 0)])
    assert "| a probe | 1 / 4 | 0.2500 |" in text
    assert "| none | 0 / 0 | 0.0000 |" in text
