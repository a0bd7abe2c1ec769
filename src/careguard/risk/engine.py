"""The crisis-risk engine: rules for the C-SSRS semantics, learned heads for recall.

Load once, share between threads::

    engine = Engine.load()
    engine.assess("I have been saving my pills and tonight is the night")

The rules decide the C-SSRS step and give every reason a span. The heads read sentence
embeddings of the whole text (in windows, so a long post is read to its end) and can
raise, never lower, what the rules say: for escalation the higher signal wins. When a
part fails, the assessment says so and is escalated; it is never ``none``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

from careguard.errors import CareguardError, InputError, ModelError
from careguard.risk import conversation
from careguard.risk.conversation import Window
from careguard.risk.detect import find_evidence
from careguard.risk.normalize import normalize
from careguard.risk.rules import Rule, all_rules
from careguard.risk.scoring import ANCHORING_HEADS, RuleVerdict, has_pending, settle, verdict
from careguard.types import (
    Assessment,
    Category,
    EngineError,
    Evidence,
    Message,
    RiskLevel,
    Role,
)

if TYPE_CHECKING:
    from careguard.risk.encoder import Encoder
    from careguard.risk.heads import Heads

log = logging.getLogger(__name__)

MAX_CHARS = 2_000_000
"""Longest text accepted (about 2 MB); longer input is an InputError, not a slow crash."""

Conversation = Sequence[Message | Mapping[str, str]]


def _package_version() -> str:
    try:
        return version("careguard")
    except PackageNotFoundError:  # running from a source tree without installing
        return "0+unknown"


@dataclass(frozen=True, slots=True)
class _Turn:
    index: int
    message: Message


@dataclass(slots=True)
class _Work:
    """One input between the rules and the heads."""

    evidence: list[Evidence] = field(default_factory=list)
    rv: RuleVerdict = field(default_factory=RuleVerdict)
    errors: list[EngineError] = field(default_factory=list)
    windows: list[Window] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # each window normalised, for the encoder


class Engine:
    """Assess texts and conversations. Thread-safe once constructed."""

    def __init__(
        self,
        *,
        rules: Sequence[Rule] | None = None,
        encoder: Encoder | None = None,
        heads: Heads | None = None,
        model_error: str | None = None,
    ) -> None:
        """Build an engine from its parts; prefer :meth:`load`.

        Args:
            rules: Rule tables (default: every registered detector).
            encoder: Sentence encoder for the learned heads; None runs rules only.
            heads: Learned heads over the encoder's embeddings.
            model_error: Why the model part could not be loaded; every assessment then
                reports it and is escalated.
        """
        self.rules = tuple(rules) if rules is not None else all_rules()
        self.encoder = encoder
        self.heads = heads
        self.model_error = model_error
        mode = "rules+heads" if encoder is not None and heads is not None else "rules"
        self.version = f"careguard-{_package_version()}/{mode}"

    def _fits(self, text: str) -> bool:
        """Whether the encoder reads ``text`` whole (no tokens cut off at its limit)."""
        if self.encoder is None or len(text) <= self.encoder.max_tokens - 2:
            return True  # every word piece covers a character at least: it cannot overflow
        return self.encoder.count_tokens(text) <= self.encoder.max_tokens

    @classmethod
    def load(cls, *, threads: int = 1, use_model: bool = True, build: bool = True) -> Engine:
        """Load the default engine.

        Args:
            threads: Threads the encoder may use for one call.
            use_model: False runs the rules only (a deliberate choice, not degraded).
            build: Build the ONNX encoder if it is missing (takes a few seconds once).
        """
        if not use_model:
            return cls()
        from careguard.risk.encoder import Encoder
        from careguard.risk.heads import Heads

        try:
            encoder = Encoder.ensure(threads=threads) if build else Encoder.load(threads=threads)
            if not encoder.adapted:
                raise ModelError(
                    "the installed encoder was built without careguard's current adapter, "
                    "which the heads read; run `careguard models install --force`"
                )
            heads = Heads.load()
        except CareguardError as exc:
            log.error("risk model unavailable, running degraded: %s", type(exc).__name__)
            return cls(model_error=str(exc))
        return cls(encoder=encoder, heads=heads)

    def assess(self, item: str | Conversation) -> Assessment:
        """Assess one text, or a conversation of ``{"role", "content"}`` turns.

        Raises:
            InputError: If the text or conversation is empty or malformed.
        """
        turns = _coerce(item)
        return self._assess_all([turns])[0]

    def assess_many(self, texts: Sequence[str]) -> list[Assessment]:
        """Assess many independent texts; bad ones get a degraded, escalated assessment.

        Each result is what :meth:`assess` gives for that text alone; the encoder reads
        the texts in batches, which is faster than one call per text.
        """
        out: list[Assessment | None] = []
        batch: list[list[_Turn]] = []
        slots: list[int] = []
        for text in texts:
            try:
                turns = _coerce(text)
            except InputError as exc:
                out.append(self._failed(str(exc), component="input"))
                continue
            slots.append(len(out))
            out.append(None)
            batch.append(turns)
        for slot, assessment in zip(slots, self._assess_all(batch), strict=True):
            out[slot] = assessment
        return [a for a in out if a is not None]

    def _assess_all(self, batch: Sequence[list[_Turn]]) -> list[Assessment]:
        """Assess several inputs: rules one by one, then one encoder call for them all."""
        works = [self._rules_stage(turns) for turns in batch]
        if self.model_error is None and self.encoder is not None and self.heads is not None:
            self._heads_stage([w for w in works if w.windows])
        out = []
        for work in works:
            try:
                out.append(self._build(work.rv, work.evidence, work.errors))
            except Exception as exc:  # fail closed: never let a bug answer "none"
                log.exception("risk engine failed")
                out.append(self._failed(repr(exc), component="engine"))
        return out

    def _rules_stage(self, turns: list[_Turn]) -> _Work:
        work = _Work()
        normalised: dict[int, str] = {}
        try:
            work.evidence = self._rule_evidence(turns, normalised)
            work.rv = verdict(work.evidence)
        except Exception as exc:  # fail closed: a broken rule must not silence the rest
            log.exception("rule engine failed")
            work.errors.append(EngineError(component="rules", message=repr(exc)))
        if self.model_error is not None:
            work.errors.append(EngineError(component="model", message=self.model_error))
        elif self.encoder is not None and self.heads is not None:
            try:
                work.windows = self._windows(turns, work.evidence, normalised)
                work.texts = [_normalised(w, turns, normalised) for w in work.windows]
            except Exception as exc:
                log.exception("risk model failed")
                work.errors.append(EngineError(component="model", message=repr(exc)))
        return work

    def _windows(
        self, turns: list[_Turn], evidence: list[Evidence], normalised: dict[int, str]
    ) -> list[Window]:
        from careguard.risk.heads import quiet_turns, to_the_reader

        to_reader = [i for i, text in normalised.items() if to_the_reader(text)]
        quiet = quiet_turns(evidence, to_reader)  # the heads would ignore them: do not embed
        return [
            w
            for t in turns
            if t.message.role is Role.USER and t.index not in quiet
            for w in conversation.windows(t.message.content, turn=t.index, fits=self._fits)
        ]

    def _heads_stage(self, works: Sequence[_Work]) -> None:
        assert self.encoder is not None
        assert self.heads is not None
        if not works:
            return
        try:
            embeddings = self.encoder.encode([text for work in works for text in work.texts])
        except Exception as exc:
            log.exception("risk model failed")
            for work in works:
                work.errors.append(EngineError(component="model", message=repr(exc)))
            return
        start = 0
        for work in works:
            rows = embeddings[start : start + len(work.windows)]
            start += len(work.windows)
            try:
                self.heads.apply(rows, work.windows, work.rv, work.evidence)
                if has_pending(work.evidence) and any(
                    e.source in ANCHORING_HEADS for e in work.evidence
                ):
                    # The heads read suicidal thoughts the rules' words missed: evidence
                    # waiting for such a context ("there is an end date now") counts now,
                    # with its own reasons.
                    work.rv.raise_to(verdict(work.evidence))
            except Exception as exc:
                log.exception("risk model failed")
                work.errors.append(EngineError(component="model", message=repr(exc)))

    def _rule_evidence(self, turns: list[_Turn], normalised: dict[int, str]) -> list[Evidence]:
        """The rules' evidence over every user turn; fills ``normalised`` (turn -> text)."""
        evidence: list[Evidence] = []
        previous_assistant: str | None = None
        for turn in turns:
            if turn.message.role is not Role.USER:
                if turn.message.role is Role.ASSISTANT:
                    previous_assistant = turn.message.content
                continue
            norm = normalize(turn.message.content)
            normalised[turn.index] = norm.text
            found, _ = find_evidence(norm, turn=turn.index, rules=self.rules)
            evidence.extend(found)
            if previous_assistant is not None:
                evidence.extend(
                    conversation.affirmed_answers(previous_assistant, norm, turn=turn.index)
                )
            previous_assistant = None
        return evidence

    def _build(
        self, rv: RuleVerdict, evidence: list[Evidence], errors: list[EngineError]
    ) -> Assessment:
        level = rv.level
        rationale = list(dict.fromkeys(rv.rationale))
        rationale.sort(key=_rationale_rank)
        if errors:
            level = max(level, RiskLevel.HIGH)
            rationale.insert(0, "degraded: part of the engine failed, escalated for review")
        categories = {c: round(rv.categories.get(c, 0.0), 4) for c in Category}
        return Assessment(
            level=level,
            cssrs=rv.cssrs,
            categories=categories,
            evidence=tuple(sorted(settle(evidence), key=lambda e: (e.turn, e.start, -e.score))),
            rationale=tuple(rationale),
            degraded=bool(errors),
            errors=tuple(errors),
            concerned_other=rv.concerned_other,
            engine_version=self.version,
        )

    def _failed(self, message: str, *, component: str) -> Assessment:
        return self._build(RuleVerdict(), [], [EngineError(component=component, message=message)])


def _normalised(window: Window, turns: list[_Turn], normalised: dict[int, str]) -> str:
    """The window's normalised text: the rules' own when the window is the whole turn."""
    content = turns[window.turn].message.content
    if window.start == 0 and window.end == len(content) and window.turn in normalised:
        return normalised[window.turn]
    return normalize(window.text).text


def _rationale_rank(line: str) -> int:
    head = line.split(":", 1)[0]
    return -RiskLevel(head).rank if head in RiskLevel._value2member_map_ else 0


def _coerce(item: str | Conversation) -> list[_Turn]:
    if isinstance(item, str):
        _check_text(item)
        return [_Turn(0, Message(role=Role.USER, content=item))]
    if not isinstance(item, Sequence) or isinstance(item, bytes | bytearray):
        raise InputError(
            f"expected a text or a list of {{'role', 'content'}} turns, got {type(item).__name__}"
        )
    turns: list[_Turn] = []
    for i, raw in enumerate(item):
        try:
            msg = raw if isinstance(raw, Message) else Message.model_validate(raw)
        except Exception as exc:
            raise InputError(
                f"turn {i}: expected {{'role': 'user'|'assistant'|'system', 'content': str}}"
                f" ({exc.__class__.__name__})"
            ) from None
        if len(msg.content) > MAX_CHARS:
            raise InputError(f"turn {i}: text is longer than {MAX_CHARS:,} characters")
        turns.append(_Turn(i, msg))
    if not any(t.message.role is Role.USER and t.message.content.strip() for t in turns):
        raise InputError("the conversation has no user turn with text to assess")
    return turns


def _check_text(text: str) -> None:
    if not text.strip():
        raise InputError("the text is empty: give the message to assess")
    if len(text) > MAX_CHARS:
        raise InputError(
            f"the text is {len(text):,} characters; the limit is {MAX_CHARS:,}. "
            "Split it into messages or a conversation."
        )


_default: Engine | None = None
_default_lock = threading.Lock()


def default_engine() -> Engine:
    """Return the process-wide engine, loaded on first use."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Engine.load()
        return _default


def assess(item: str | Conversation) -> Assessment:
    """Assess a text or a conversation with the default engine."""
    return default_engine().assess(item)
