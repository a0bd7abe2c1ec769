"""The C-SSRS Reddit loader parses every user, including the truncated cells."""

from __future__ import annotations

import pytest

from careguard.benchmark.reddit import LABELS, load_users, parse_posts, voice


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
