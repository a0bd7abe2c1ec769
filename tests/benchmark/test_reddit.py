"""The C-SSRS Reddit loader parses every user, including the truncated cells."""

from __future__ import annotations

import numpy as np
import pytest

from careguard.benchmark.reddit import (
    LABELS,
    User,
    cross_validate,
    load_users,
    parse_posts,
    voice,
    zero_shot,
)
from careguard.risk.engine import Engine


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("['first post', 'second post']", ("first post", "second post")),
        ("['only one']", ("only one",)),
        ("['cut short here', 'and then the cell ends mid", ("cut short here",)),
        ("['', '  ', 'kept']", ("kept",)),
    ],
)
def test_when_post_cell_parsed_then_posts_recovered(cell: str, expected: tuple[str, ...]) -> None:
    assert parse_posts(cell) == expected


def test_when_voice_then_first_and_second_person_shares() -> None:
    me, you, *_ = voice(["I think I need help", "you should talk to someone"])
    assert me == pytest.approx(2 / 10)
    assert you == pytest.approx(1 / 10)


@pytest.mark.data
def test_when_shared_data_loaded_then_500_users_with_all_labels(shared_data) -> None:
    users = load_users(shared_data)
    assert len(users) == 500
    assert {u.label for u in users} == set(range(len(LABELS)))
    assert all(u.posts for u in users)


# (posts, label): one user per level, written for this test; the rules read them.
USERS = [
    (("you are not alone, please reach out to someone",), 0),
    (("I feel so tired and empty all the time",), 1),
    (("I keep thinking about killing myself",), 2),
    (("I bought a rope and wrote my notes",), 3),
    (("I tried to kill myself last year",), 4),
]


def test_when_zero_shot_then_each_user_is_read_as_their_worst_post() -> None:
    users = [User(str(k), posts, label) for k, (posts, label) in enumerate(USERS)]
    z = zero_shot(users, Engine().assess)
    assert z.users == 5
    assert z.calm_escalated == 0.0
    assert z.supportive_escalated == 0.0
    # The retold attempt is history (level low): only Ideation and Behavior are escalated.
    assert z.ideation_recall == pytest.approx(2 / 3)
    assert z.binary == pytest.approx((1.0 + 2 / 3) / 2)
    assert z.posts_escalated == (0.0, 0.0, 1.0, 1.0, 0.0)


@pytest.mark.parametrize(
    ("signal", "five_level", "binary"),
    [
        # The level is in the features and the words: found out of fold (chance is 0.2/0.5).
        (1.0, (0.7, 1.0), (0.85, 1.0)),
        # Noise only: near chance, never memorised.
        (0.0, (0.0, 0.4), (0.0, 0.65)),
    ],
)
def test_when_cross_validated_then_score_follows_the_signal(
    signal: float, five_level: tuple[float, float], binary: tuple[float, float]
) -> None:
    rng = np.random.default_rng(3)
    y = np.repeat(np.arange(len(LABELS)), 30)
    shown = np.where(rng.random(len(y)) < signal, y, rng.integers(0, len(LABELS), len(y)))
    x = np.column_stack([shown + rng.normal(0, 0.3, len(y)), rng.normal(size=(len(y), 3))])
    words = ["calm", "tired", "ideas", "rope", "tried"]
    texts = [" ".join([words[k], *rng.choice(words, 5)]) for k in shown]
    score = cross_validate(x, y, texts, seeds=1)
    assert five_level[0] <= score.five_level <= five_level[1]
    assert binary[0] <= score.binary <= binary[1]
