"""The shipped heads load, predict calibrated probabilities, and only ever raise."""

from __future__ import annotations

import numpy as np
import pytest

from careguard.errors import ModelError
from careguard.risk.conversation import Window
from careguard.risk.detect import PENDING_NOTE
from careguard.risk.heads import (
    AGREEING_ESCALATION,
    CATEGORY_FLOOR,
    CONCERNED,
    CSSRS_STEPS,
    ESCALATE,
    HEAD_FLOORS,
    SEVERE,
    Heads,
    LinearHead,
    cssrs_head,
)
from careguard.risk.scoring import RuleVerdict
from careguard.risk.train import Example, train_heads
from careguard.types import Category, Evidence, Reason, RiskLevel


def test_when_shipped_heads_loaded_then_every_category_level_and_cssrs_head_present() -> None:
    heads = Heads.load()
    expected = {c.value for c in Category} | {ESCALATE, SEVERE, CONCERNED}
    assert set(heads.heads) == expected | {cssrs_head(k) for k in CSSRS_STEPS}
    x = np.random.default_rng(0).normal(size=(3, 384)).astype(np.float32)
    for p in heads.predict(x).values():
        assert p.shape == (3,)
        assert ((p >= 0) & (p <= 1)).all()


def test_when_heads_file_missing_then_model_error_says_how_to_fix(tmp_path) -> None:
    with pytest.raises(ModelError, match="careguard train"):
        Heads.load(tmp_path / "nope.npz")


@pytest.mark.parametrize(
    ("text", "floor"),
    [
        (
            "everything is pointless and I can't see myself being around much longer",
            RiskLevel.MODERATE,
        ),
        ("had a lovely lunch with my sister today", RiskLevel.NONE),
    ],
)
def test_when_engine_with_heads_then_never_lower_than_rules(engine, text, floor) -> None:
    from careguard.risk.engine import Engine

    rules_only = Engine().assess(text)
    full = engine.assess(text)
    assert full.level >= rules_only.level
    assert full.level >= floor
    assert full.cssrs >= rules_only.cssrs


def test_when_trained_on_separable_data_then_heads_round_trip(tmp_path) -> None:
    rng = np.random.default_rng(1)
    examples, vectors = [], {}
    for i in range(200):
        positive = i % 2 == 0
        text = f"text {i}"
        v = rng.normal(size=384).astype(np.float32) + (2.0 if positive else -2.0)
        vectors[text] = v / np.linalg.norm(v)
        examples.append(
            Example(
                text=text,
                categories=frozenset({"suicidal_ideation", "self_harm"} if positive else ()),
                escalate=positive,
                source="test",
                level=3 if positive else 0,
                cssrs=2 if positive else 0,
            )
        )
    heads, metrics = train_heads(
        examples, lambda texts: np.stack([vectors[t] for t in texts]), log=lambda _: None
    )
    assert metrics["suicidal_ideation"]["auc"] > 0.99
    path = tmp_path / "h.npz"
    heads.save(path)
    again = Heads.load(path)
    x = np.stack([vectors["text 0"], vectors["text 1"]])
    np.testing.assert_allclose(
        again.predict(x)["suicidal_ideation"], heads.predict(x)["suicidal_ideation"]
    )
    assert again.predict(x)["suicidal_ideation"][0] > 0.9


def test_when_weights_hold_subnormal_values_then_they_are_flushed_to_zero(tmp_path) -> None:
    # Subnormal floats are handled in microcode: a hidden layer holding them ran 20x slower.
    tiny = np.finfo(np.float32).tiny
    w = np.full((384, 4), tiny / 8, dtype=np.float32)
    w[0, 0] = 0.5
    heads = Heads([], meta={}, hidden=(w, np.zeros(4, dtype=np.float32)))
    heads.save(tmp_path / "h.npz")
    for loaded in (heads, Heads.load(tmp_path / "h.npz")):
        assert loaded.hidden is not None
        hidden = loaded.hidden[0]
        assert not ((hidden != 0) & (np.abs(hidden) < tiny)).any()
        assert hidden[0, 0] == np.float32(0.5)
    shipped = Heads.load()
    assert shipped.hidden is not None
    assert not ((shipped.hidden[0] != 0) & (np.abs(shipped.hidden[0]) < tiny)).any()


@pytest.mark.data
def test_when_training_data_is_rebuilt_then_it_matches_what_the_shipped_heads_saw(
    shared_data,
) -> None:  # type: ignore[no-untyped-def]
    # The GoEmotions negatives are filtered by the rules, and the examples ship with the
    # package: a rules or data change alters the training set, and the heads must then
    # be retrained (`careguard train`) to stay reproducible.
    from careguard.risk import train

    if not (shared_data / "goemotions" / "train.tsv").is_file():
        pytest.skip("GoEmotions not in the shared data folder")
    sources: dict[str, int] = {}
    for e in train.training_examples(shared_data):
        sources[e.source] = sources.get(e.source, 0) + 1
    shipped = Heads.load().meta["sources"]
    assert sources == shipped, (
        f"training data now {sources}, the shipped heads saw {shipped}: run `careguard train`"
    )


def _constant_head(name: str, p: float, threshold: float) -> LinearHead:
    """A head that gives every text probability ``p``."""
    return LinearHead(
        name=name,
        weights=np.zeros(384, dtype=np.float32),
        bias=float(np.log(p / (1 - p))),
        scale=1.0,
        shift=0.0,
        threshold=threshold,
    )


@pytest.mark.parametrize(
    ("rules_step", "ge2_p", "concerned_other", "expected_step"),
    [
        (2, 0.1, False, 4),  # the rules heard active thoughts: P(step >= 4) = 0.6 counts
        (1, 0.1, False, 1),  # a passive wish alone: the raise threshold, which 0.6 misses
        (0, 0.1, False, 0),  # nothing heard
        (0, 0.95, False, 4),  # the step-2 head heard active thoughts itself
        (0, 0.95, True, 0),  # ... about someone the writer worries for: no step of theirs
        (1, 0.95, True, 2),  # ... beside the writer's own wish: that may be raised
    ],
)
def test_when_active_thoughts_are_heard_then_step_heads_count_at_their_median(
    rules_step: int, ge2_p: float, concerned_other: bool, expected_step: int
) -> None:
    heads = Heads(
        [
            _constant_head(cssrs_head(2), ge2_p, threshold=0.9),
            _constant_head(cssrs_head(4), 0.6, threshold=0.9),
        ],
        meta={},
    )
    rv = RuleVerdict(cssrs=rules_step, concerned_other=concerned_other)
    evidence: list = []
    heads.apply(np.ones((1, 384), dtype=np.float32), [Window(0, 0, 4, "text")], rv, evidence)
    assert rv.cssrs == expected_step


@pytest.mark.parametrize(
    ("ideation", "ge2", "escalate", "concerned_other", "expected_step"),
    [
        (0.6, 0.6, 0.8, False, 4),  # three heads lean the same way: step 4 counts at 0.6
        (0.6, 0.6, 0.7, False, 0),  # escalation below AGREEING_ESCALATION
        (0.4, 0.6, 0.8, False, 0),  # ideation less likely than not
        (0.6, 0.4, 0.8, False, 0),  # active thoughts less likely than not
        (0.6, 0.6, 0.8, True, 0),  # the writer worries for someone else
    ],
)
def test_when_the_heads_agree_on_active_thoughts_then_step_heads_count_at_their_median(
    ideation: float, ge2: float, escalate: float, concerned_other: bool, expected_step: int
) -> None:
    assert 0.7 < AGREEING_ESCALATION <= 0.8
    heads = Heads(
        [
            _constant_head("suicidal_ideation", ideation, threshold=0.9),
            _constant_head(cssrs_head(2), ge2, threshold=0.9),
            _constant_head(ESCALATE, escalate, threshold=0.95),
            _constant_head(cssrs_head(4), 0.6, threshold=0.9),
        ],
        meta={},
    )
    rv = RuleVerdict(concerned_other=concerned_other)
    heads.apply(np.ones((1, 384), dtype=np.float32), [Window(0, 0, 4, "text")], rv, [])
    assert rv.cssrs == expected_step
    if expected_step:
        assert any("heads agree on active thoughts" in line for line in rv.rationale)


@pytest.mark.parametrize(("concerned_other", "expected_step"), [(False, 1), (True, 0)])
def test_when_the_ideation_head_hears_the_writer_then_the_step_is_at_least_one(
    concerned_other: bool, expected_step: int
) -> None:
    heads = Heads([_constant_head("suicidal_ideation", 0.95, threshold=0.9)], meta={})
    rv = RuleVerdict(concerned_other=concerned_other)
    heads.apply(np.ones((1, 384), dtype=np.float32), [Window(0, 0, 4, "text")], rv, [])
    assert rv.cssrs == expected_step
    assert rv.level is RiskLevel.LOW  # a wish alone names the category; it does not escalate


@pytest.mark.parametrize(("p", "expected"), [(0.2, RiskLevel.NONE), (0.3, RiskLevel.MODERATE)])
def test_when_a_category_head_has_a_tiny_threshold_then_the_floor_still_holds(
    p: float, expected: RiskLevel
) -> None:
    assert 0.2 < CATEGORY_FLOOR < 0.3
    heads = Heads([_constant_head("panic", p, threshold=0.05)], meta={})
    rv = RuleVerdict()
    heads.apply(np.ones((1, 384), dtype=np.float32), [Window(0, 0, 4, "text")], rv, [])
    assert rv.level is expected
    assert rv.categories[Category.PANIC] == pytest.approx(p)  # reported either way


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("please go to the hospital now", True),
        ("why does he hate you?", True),
        ("go see a professional. hang in there", True),
        ("see u on the other side. its happening at midnight", True),
        ("i want to go to the hospital", False),
        ("catching the bus tonight. it has been a pleasure lads", False),
        ("people say it gets better. thinking about checking out for good", False),
        ("you know what, my life is a mess", False),
        # a supporter's own "i" only reaches out; any other "i" is the writer's own
        ("i hope you did not take them. if you did, call for help", True),
        ("call them right now, trust me. pm me after", True),
        ("i hope you are ok. i took them all an hour ago", False),
        ("i love you all. i am sorry", False),
    ],
)
def test_when_a_text_speaks_only_to_its_reader_then_it_is_recognised(
    text: str, expected: bool
) -> None:
    from careguard.risk.heads import to_the_reader

    assert to_the_reader(text) is expected


@pytest.mark.parametrize(
    ("text", "escalated"),
    [
        # a supporter's reply: the heads hear the hospital, the words are advice
        ("Please go to the hospital now", False),
        ("Why did you start cutting yourself?", False),
        # written to the reader, yet the writer's own time word keeps the heads listening
        # (a miss from the seventh session's adapter to the eighth's farewell rule)
        ("last selfie 🖤 see u on the other side. its happening at midnight", True),
    ],
)
def test_when_a_reply_speaks_only_to_its_reader_then_the_heads_leave_it(
    engine, text: str, escalated: bool
) -> None:
    assert (engine.assess(text).level >= RiskLevel.MODERATE) is escalated


@pytest.mark.parametrize(("p", "expected"), [(0.6, RiskLevel.NONE), (0.7, RiskLevel.MODERATE)])
def test_when_the_concerned_other_head_fires_then_moderate_and_a_concerned_other(
    p: float, expected: RiskLevel
) -> None:
    assert 0.6 < HEAD_FLOORS[CONCERNED] < 0.7  # its own floor, above its raise threshold
    heads = Heads([_constant_head(CONCERNED, p, threshold=0.25)], meta={})
    rv, evidence = RuleVerdict(), []  # type: ignore[var-annotated]
    heads.apply(np.ones((1, 384), dtype=np.float32), [Window(0, 0, 4, "text")], rv, evidence)
    assert rv.level is expected
    assert rv.concerned_other is (expected is RiskLevel.MODERATE)
    assert [e.source for e in evidence] == (
        [f"model:heads.{CONCERNED}"] if expected is RiskLevel.MODERATE else []
    )


@pytest.mark.parametrize(
    "text",
    [
        "my little brother gave away his games console and told me he won't be needing it. he's"
        " fifteen. am i overreacting?",
        "my dad keeps saying we'd be better off without him and he's stopped taking his heart meds",
    ],
)
def test_when_someone_close_shows_warning_signs_the_rules_miss_then_the_model_escalates(
    engine,
    text: str,  # type: ignore[no-untyped-def]
) -> None:
    a = engine.assess(text)
    assert a.level >= RiskLevel.MODERATE
    assert a.concerned_other
    assert a.cssrs == 0  # someone else's risk is no C-SSRS step of the writer's


@pytest.mark.parametrize(("p", "expected"), [(0.45, RiskLevel.NONE), (0.55, RiskLevel.MODERATE)])
def test_when_the_abuse_head_is_alone_then_its_own_floor_holds(
    p: float, expected: RiskLevel
) -> None:
    assert 0.45 < HEAD_FLOORS["abuse"] < 0.55
    heads = Heads([_constant_head("abuse", p, threshold=0.05)], meta={})
    rv = RuleVerdict()
    heads.apply(np.ones((1, 384), dtype=np.float32), [Window(0, 0, 4, "text")], rv, [])
    assert rv.level is expected


def _soon(note: str | None = None, negated: bool = False) -> Evidence:
    return Evidence(
        turn=0,
        start=0,
        end=7,
        text="tonight",
        reason=Reason.TIMEFRAME,
        category=Category.SUICIDAL_IDEATION,
        score=0.7,
        source="rule:suicide.soon",
        negated=negated,
        note=note,
    )


@pytest.mark.parametrize(
    ("evidence", "expected"),
    [
        ([], RiskLevel.HIGH),  # a plan the model reads, no time: high
        ([_soon()], RiskLevel.IMMINENT),  # ... and "tonight" in the writer's words
        ([_soon(note=PENDING_NOTE)], RiskLevel.IMMINENT),  # the plan is what "tonight" waited for
        ([_soon(negated=True)], RiskLevel.HIGH),  # "not tonight"
    ],
)
def test_when_the_model_reads_a_plan_and_the_writer_names_tonight_then_imminent(
    evidence: list[Evidence], expected: RiskLevel
) -> None:
    heads = Heads(
        [
            _constant_head(ESCALATE, 0.99, threshold=0.5),
            *(_constant_head(cssrs_head(s), 0.9 if s <= 5 else 0.1, 0.5) for s in CSSRS_STEPS),
        ],
        meta={},
    )
    rv = RuleVerdict()
    heads.apply(np.ones((1, 384), dtype=np.float32), [Window(0, 0, 4, "text")], rv, evidence)
    assert rv.cssrs == 5
    assert rv.level is expected
