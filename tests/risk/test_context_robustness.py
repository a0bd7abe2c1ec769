"""A crisis statement stays a crisis beside everyday text.

Context rules (fiction, study, games, lyrics, idioms) keep look-alikes from escalating, and
they reach the sentences beside them. Set beside real everyday Reddit comments (GoEmotions
dev), the writer's own crisis statement must keep its level: on 2026-12-07, 220 of 30,000
such pairs fell below moderate because "the show", "in my book", "history" or "how many
people" in the comment was read as a frame for the statement. Prints only counts, never
the comments.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from careguard.types import RiskLevel

from ._assess import ENGINE

# Written for this test: the writer's own risk, said plainly, each escalated on its own.
STATEMENTS = (
    "i want to kill myself tonight",
    "i am going to take all my pills tonight",
    "i have the rope ready and i am going to hang myself",
    "i cant do this anymore, i am going to end my life",
    "i keep thinking about killing myself",
    "i wrote my suicide note today",
    "im going to kms",
    "my dad hits me every night and i am scared to go home",
    "i have been cutting my arms every day this week",
    "ive decided to end it after my exams",
)
COMMENTS = 400
SEED = 20261207
# Measured 2026-12-07: 2 of 8,000 pairs (10 with game words reaching any sentence beside
# them). What remains is game talk beside a past act ("... in this game. i took 40 pills an
# hour ago"), read as the game's story.
MAX_SHARE_BELOW_MODERATE = 0.0005


def _comments(shared_data: Path) -> list[str]:
    path = shared_data / "goemotions" / "dev.tsv"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    lines = [line.split("\t", 1)[0].strip() for line in path.read_text("utf-8").splitlines()]
    texts = [t if t.endswith((".", "!", "?")) else t + "." for t in lines if t]
    return random.Random(SEED).sample(texts, COMMENTS)


def test_when_each_statement_stands_alone_then_it_is_escalated() -> None:
    low = [s for s in STATEMENTS if ENGINE.assess(s).level < RiskLevel.MODERATE]
    assert not low, low


@pytest.mark.data
def test_when_a_crisis_statement_sits_beside_everyday_text_then_it_stays_escalated(
    shared_data: Path,
) -> None:
    pairs = [
        text
        for comment in _comments(shared_data)
        for statement in STATEMENTS
        for text in (f"{comment} {statement}", f"{statement}. {comment}")
    ]
    below = sum(ENGINE.assess(text).level < RiskLevel.MODERATE for text in pairs)
    print(f"\ncrisis statements beside GoEmotions comments: {below}/{len(pairs)} below moderate")
    assert below / len(pairs) <= MAX_SHARE_BELOW_MODERATE


# Openings people write before the crisis itself; none of them is a negation of it, a
# habit or a thought. "i dont think i can go on, i took 40 pills an hour ago" was assessed
# none until 2026-12-07 ("think" earlier in the clause read the overdose as imagined), as
# were "if anyone reads this, ..." notes.
OPENINGS = (
    "i dont know why but",
    "nobody knows this but",
    "i dont think i can go on,",
    "i want you to know that",
    "if anyone reads this,",
    "i dont want to worry anyone but",
    "no one can help me,",
    "please dont judge me but",
    "i never thought id say this but",
    "no matter what i do",
)
ACTS = (
    "i took 40 pills an hour ago",
    "i am standing on the ledge right now",
    "i want to kill myself tonight",
    "i have the rope ready and i am going to hang myself",
)


@pytest.mark.parametrize("opening", OPENINGS)
@pytest.mark.parametrize("act", ACTS)
def test_when_a_crisis_follows_an_everyday_opening_then_it_stays_escalated(
    opening: str, act: str
) -> None:
    alone = ENGINE.assess(act).level
    assert alone >= RiskLevel.HIGH
    assert ENGINE.assess(f"{opening} {act}").level >= RiskLevel.HIGH
