"""From evidence to a C-SSRS step, a triage level and per-category rule scores.

The ladder follows the C-SSRS screener: 1 wish to be dead, 2 active thoughts, 3 with a
method, 4 with some intent, 5 with a plan and intent, 6 behaviour (lifetime attempt or
recent preparation). Triage follows the screener's bands, with the crisis-line definition
of imminent: desire, plan or intent, means and a timeframe within a day, or an attempt
under way. Someone else's risk is triaged the same way (a friend with pills and a date is
urgent) but never raises the writer's own C-SSRS step.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from careguard.risk.detect import (
    CURRENT_SI_REASONS,
    PENDING_NOTE,
    RECENT_SUFFIX,
    UNDER_WAY,
    WAITING_PREFIX,
    counts,
    echoable,
)
from careguard.risk.rules import ECHOES, needs_of
from careguard.types import Category, Evidence, Reason, RiskLevel

R = Reason
L = RiskLevel
_UNDER_WAY = frozenset(f"rule:{rid}" for rid in UNDER_WAY)
_SOON = frozenset({"rule:suicide.soon", "rule:suicide.last_night"})
_IN_HAND = frozenset({"rule:suicide.means_here"})
_DISTRESS = (R.DISTRESS, R.HOPELESSNESS, R.BURDENSOMENESS, R.THWARTED_BELONGING)
_SEVERE_ABUSE = re.compile(r"chok|strangl|kill me|rape|knife|gun|hiding|banging", re.IGNORECASE)
_OVERDOSE_RULES = frozenset(
    {"rule:substance.too_much", "rule:substance.mix", "rule:medical.overdose_taken"}
)
Flags = dict[Reason, list[Evidence]]


@dataclass(slots=True)
class RuleVerdict:
    """What the rules conclude, with the reasons in order of weight."""

    cssrs: int = 0
    level: RiskLevel = RiskLevel.NONE
    categories: dict[Category, float] = field(default_factory=dict)
    rationale: list[str] = field(default_factory=list)
    concerned_other: bool = False

    def raise_level(self, level: RiskLevel, why: str) -> None:
        """Raise the level to at least ``level`` and record why."""
        if level > self.level:
            self.level = level
        self.rationale.append(f"{level.value}: {why}")

    def raise_to(self, other: RuleVerdict) -> None:
        """Take whatever ``other`` says that is higher; never lower anything."""
        self.level = max(self.level, other.level)
        self.cssrs = max(self.cssrs, other.cssrs)
        for category, score in other.categories.items():
            self.categories[category] = max(self.categories.get(category, 0.0), score)
        self.rationale.extend(r for r in other.rationale if r not in self.rationale)
        self.concerned_other = self.concerned_other or other.concerned_other


def _flags(evidence: Iterable[Evidence]) -> Flags:
    out: Flags = {}
    for ev in evidence:
        out.setdefault(ev.reason, []).append(ev)
    return out


_READY = "rule:suicide.intent_ready"
_REFUSAL = "rule:suicide.never_would"
_ACTIVE = (R.IDEATION, R.METHOD, R.MEANS_ACCESS, R.PLAN, R.PREPARATORY_ACT, R.ATTEMPT)


def _passive_readiness(flags: Flags) -> Flags:
    """Drop readiness read as intent when the writer refuses to act and thinks of no act.

    "Every night I pray to be taken in my sleep. I am ready. I would never do anything":
    ready to die, with no intent to act (C-SSRS 1, not 4).
    """
    intent = flags.get(R.INTENT, [])
    if (
        intent
        and all(ev.source == _READY for ev in intent)
        and any(ev.source == _REFUSAL for ev in flags.get(R.PROTECTIVE_FACTOR, []))
        and not any(r in flags for r in _ACTIVE)
    ):
        return {r: evs for r, evs in flags.items() if r is not R.INTENT}
    return flags


def _explicit_method(flags: Flags) -> bool:
    # "jumping off the roof", "taking all my pills": a method pictured as one's own act.
    return any(ev.score >= 0.6 for ev in flags.get(R.METHOD, []))


_WISHING = re.compile(r"(?:i )?(?:want|wanna|need|am going|gonna|going) to\b")


def _wished_method(flags: Flags) -> bool:
    return any(ev.score >= 0.6 and _WISHING.match(ev.text) for ev in flags.get(R.METHOD, []))


def _worked_out(flags: Flags) -> bool:
    # "I have a suicide plan", "I've set the date": a plan of one's own already made.
    return any(ev.score >= 0.85 for ev in flags.get(R.PLAN, []))


def _strong_seeking(flags: Flags) -> bool:
    return any(ev.score >= 0.8 for ev in flags.get(R.METHOD_SEEKING, []))


def _wound_with_intent(flags: Flags) -> bool:
    # A wound made now ("cut way too deep", or self-harm beside "it won't stop bleeding")
    # and intent to die: an attempt under way.
    urgent = flags.get(R.MEDICAL_EMERGENCY, [])
    wounded = any(ev.category is Category.SELF_HARM for ev in urgent) or bool(
        urgent and R.SELF_HARM in flags
    )
    return wounded and R.INTENT in flags


def _distressed(flags: Flags) -> bool:
    return any(r in flags for r in (*_DISTRESS, R.DESIRE, R.IDEATION))


def cssrs_step(flags: Flags) -> tuple[int, str]:
    """Return the C-SSRS step the flags reach and a sentence saying why."""
    has = flags.__contains__
    si = has(R.DESIRE) or has(R.IDEATION) or has(R.FAREWELL) or _explicit_method(flags)
    method = has(R.METHOD) or has(R.MEANS_ACCESS)
    if has(R.ATTEMPT) or has(R.PREPARATORY_ACT):
        return 6, "suicidal behaviour: an attempt, an interrupted or aborted one, or preparation"
    if _wound_with_intent(flags):
        return 6, "self-injury with intent to die: an attempt"
    if has(R.PAST_ATTEMPT):
        return 6, "a past suicide attempt (lifetime behaviour)"
    if has(R.PLAN) and (has(R.INTENT) or has(R.TIMEFRAME) or method or _worked_out(flags)):
        return 5, "a plan with intent to act"
    if (has(R.INTENT) or has(R.FAREWELL)) and method and has(R.TIMEFRAME):
        return 5, "intent, a method and a time to act"
    if has(R.INTENT) or has(R.FAREWELL):
        return 4, "suicidal thoughts with some intent to act, or a farewell"
    # A bare method word ("the train i take to work") makes a method of active thoughts,
    # not of a passive wish alone: that needs the method named as such, or the means.
    named = has(R.MEANS_ACCESS) or any(ev.score >= 0.5 for ev in flags.get(R.METHOD, []))
    active = has(R.IDEATION) or has(R.FAREWELL)
    if has(R.PLAN) or _explicit_method(flags) or (method and active) or (named and si):
        return 3, "suicidal thoughts with a method"
    if has(R.METHOD_SEEKING) and (si or _strong_seeking(flags) or _distressed(flags)):
        return 3, "seeks a method in distress"
    if has(R.IDEATION):
        return 2, "active suicidal thoughts"
    if has(R.DESIRE):
        return 1, "a wish to be dead"
    return 0, ""


def counted(evidence: Sequence[Evidence]) -> list[Evidence]:
    """The writer's own rule evidence the verdict counts.

    That is what counts alone, and what waited for other evidence beside it ("tonight" for
    suicide evidence, "i'm 16" for abuse the writer describes) when that is there.
    """
    # The model's evidence only anchors here; its levels are the heads' own to set.
    own = [ev for ev in evidence if counts(ev) and ev.reason is not R.MODEL]
    if any(anchors(ev) for ev in evidence if counts(ev)):  # "tonight" answers an earlier turn
        own += [
            ev
            for ev in evidence
            if ev.note == PENDING_NOTE and ev.subject == "self" and not ev.negated
        ]
    # Evidence that waits for other evidence ("i'm 16" for the abuse the writer describes)
    # counts once that is there, in any turn.
    present = {ev.reason for ev in own}
    # "so do i" echoes someone else's words, in this turn or an earlier one.
    said = present | {ev.reason for ev in evidence if ev.subject == "other" and echoable(ev)}
    own += [
        ev
        for ev in evidence
        if ev.note is not None
        and ev.note.startswith(WAITING_PREFIX)
        and ev.subject == "self"
        and not ev.negated
        and needs_of(ev.source) & (said if ev.source in ECHOES else present)
    ]
    return own


def settle(evidence: Sequence[Evidence]) -> list[Evidence]:
    """``evidence`` with the waiting note taken off what the verdict counted.

    "pending: counts only beside suicide evidence" on a "tonight" that did count beside
    it would tell a reader the opposite of what happened.
    """
    waited = {id(ev) for ev in counted(evidence) if ev.note is not None}
    return [ev.model_copy(update={"note": None}) if id(ev) in waited else ev for ev in evidence]


def verdict(evidence: Sequence[Evidence]) -> RuleVerdict:
    """Combine all evidence of a text or conversation into the rules' verdict."""
    own = counted(evidence)
    flags = _passive_readiness(_flags(own))
    out = RuleVerdict()
    out.categories = _category_scores(own)
    step, why = cssrs_step(flags)
    out.cssrs = step
    _suicide_level(out, flags, step, why)
    _category_levels(out, flags)
    _history(out, evidence, flags)
    _reassured(out, evidence)
    _others(out, evidence)
    if step:
        floor = {1: 0.55, 2: 0.8, 3: 0.88, 4: 0.93, 5: 0.96, 6: 0.97}[step]
        si = Category.SUICIDAL_IDEATION
        out.categories[si] = max(out.categories.get(si, 0.0), floor)
    return out


def anchors(ev: Evidence) -> bool:
    """Whether ``ev`` is suicide evidence that lets pending evidence count beside it.

    Rule evidence of desire, ideation and the like anchors; so does a C-SSRS head that
    reads active suicidal thoughts (step 2 or more) in the writer's words, so that "there's
    an end date now" counts as a plan once the model has read the post as suicidal.
    """
    if ev.reason is R.MODEL:
        return ev.source in ANCHORING_HEADS
    return ev.reason in CURRENT_SI_REASONS


ANCHORING_HEADS = frozenset(f"model:heads.cssrs_ge{step}" for step in range(2, 7))


def active_thoughts(evidence: Iterable[Evidence]) -> bool:
    """Whether the writer has active suicidal thoughts now (C-SSRS 2 or more).

    A past attempt told as history is lifetime behaviour, not today's thoughts; a C-SSRS
    head that reads step 2 or more counts.
    """
    evidence = list(evidence)
    if any(ev.source in ANCHORING_HEADS for ev in evidence):
        return True
    now = [ev for ev in evidence if counts(ev) and ev.reason not in (R.PAST_ATTEMPT, R.MODEL)]
    return cssrs_step(_flags(now))[0] >= 2


def soon_in_own_words(evidence: Iterable[Evidence]) -> bool:
    """Whether the writer names a time within a day ("tonight", "in an hour") for themselves.

    The time may wait for suicide evidence (a pending note): a C-SSRS head's plan is that.
    """
    return any(
        ev.source in _SOON
        and ev.subject == "self"
        and not ev.negated
        and not ev.past
        and ev.note in (None, PENDING_NOTE)
        for ev in evidence
    )


def has_pending(evidence: Iterable[Evidence]) -> bool:
    """Whether some evidence waits for suicide evidence beside it to count."""
    return any(ev.note == PENDING_NOTE for ev in evidence)


def _under_way(flags: Flags) -> bool:
    return any(ev.source in _UNDER_WAY for ev in flags.get(R.ATTEMPT, []))


def _soon(flags: Flags) -> bool:
    return any(ev.source in _SOON for ev in flags.get(R.TIMEFRAME, []))


def _suicide_level(out: RuleVerdict, flags: Flags, step: int, why: str) -> None:
    has = flags.__contains__
    if _under_way(flags):
        out.raise_level(L.IMMINENT, "an attempt under way, or at the edge now")
    if _wound_with_intent(flags):
        out.raise_level(L.IMMINENT, "a wound made now with intent to die: an attempt under way")
    means = has(R.MEANS_ACCESS) or has(R.PREPARATORY_ACT) or has(R.METHOD)
    resolve = has(R.INTENT) or has(R.PLAN) or has(R.PREPARATORY_ACT) or has(R.FAREWELL)
    in_hand = any(ev.source in _IN_HAND for ev in flags.get(R.MEANS_ACCESS, []))
    # "i want to jump off the roof right now": a method wished as one's own act is the desire,
    # and names the means ("thinking about jumping ... tonight" is a thought, not a wish).
    wish = has(R.DESIRE) or has(R.IDEATION) or _wished_method(flags)
    if (_soon(flags) or in_hand) and means and (resolve or wish):
        out.raise_level(L.IMMINENT, "desire, plan or intent, means and a timeframe")
    if step == 6 and not (has(R.ATTEMPT) or has(R.PREPARATORY_ACT)):
        # A past attempt is lifetime behaviour: today's level is what the rest says now.
        step, why = cssrs_step({r: evs for r, evs in flags.items() if r is not R.PAST_ATTEMPT})
    if step >= 4:
        out.raise_level(L.HIGH, f"C-SSRS {step}: {why}")
    elif step == 3:
        acute = has(R.MEANS_ACCESS) or (has(R.METHOD_SEEKING) and _distressed(flags))
        out.raise_level(L.HIGH if acute else L.MODERATE, f"C-SSRS 3: {why}")
    elif step == 2:
        out.raise_level(L.MODERATE, f"C-SSRS 2: {why}")
    elif step == 1:
        out.raise_level(L.LOW, f"C-SSRS 1: {why}")
    if has(R.METHOD_SEEKING) and not step and _strong_seeking(flags):
        out.raise_level(L.MODERATE, "asks for lethal means or method information")
    if any(r in flags for r in _DISTRESS[1:]):
        out.raise_level(L.LOW, "hopelessness, burdensomeness or isolation")


_CATEGORY_LEVEL: dict[Reason, tuple[RiskLevel, str]] = {
    R.SELF_HARM: (L.MODERATE, "current self-harm"),
    R.VIOLENT_THOUGHTS: (L.MODERATE, "thoughts of harming others"),
    R.ABUSE: (L.MODERATE, "abuse or violence being suffered"),
    R.CHILD_AT_RISK: (L.HIGH, "a child at risk"),
    R.MEDICAL_EMERGENCY: (L.HIGH, "a medical emergency"),
    R.SUBSTANCE: (L.MODERATE, "a substance crisis or withdrawal"),
    R.PANIC: (L.MODERATE, "an acute panic or anxiety crisis"),
    R.PSYCHOSIS: (L.MODERATE, "signs of psychosis"),
    R.MANIA: (L.MODERATE, "signs of mania"),
    R.EATING_DISORDER: (L.MODERATE, "eating-disorder risk"),
    R.DISTRESS: (L.LOW, "emotional distress"),
}


def _category_levels(out: RuleVerdict, flags: Flags) -> None:
    has = flags.__contains__
    for reason, (level, why) in _CATEGORY_LEVEL.items():
        if reason in flags:
            out.raise_level(level, why)
    violent = flags.get(R.VIOLENT_THOUGHTS, [])
    if any(ev.score >= 0.9 for ev in violent) or (violent and has(R.MEANS_ACCESS)):
        out.raise_level(L.HIGH, "violent intent with a target or a weapon")
    if any(ev.score >= 0.95 for ev in violent) and _soon(flags):
        out.raise_level(L.IMMINENT, "armed, with a target and a time")
    if any(_SEVERE_ABUSE.search(ev.text) for ev in flags.get(R.ABUSE, [])):
        out.raise_level(L.HIGH, "strangulation, rape or a threat to the writer's life")
    overdose = any(ev.source in _OVERDOSE_RULES for evs in flags.values() for ev in evs)
    if (has(R.MEDICAL_EMERGENCY) or has(R.PANIC)) and overdose:
        out.raise_level(L.IMMINENT, "too much taken, with signs of poisoning")
    command = any(ev.score >= 0.9 for ev in flags.get(R.PSYCHOSIS, []))
    if has(R.PSYCHOSIS) and (
        command or has(R.SELF_HARM) or has(R.VIOLENT_THOUGHTS) or has(R.METHOD)
    ):
        out.raise_level(L.HIGH, "voices or delusions pushing towards harm")


def _history(out: RuleVerdict, evidence: Sequence[Evidence], flags: Flags) -> None:
    if R.PAST_ATTEMPT in flags:
        current = any(
            r in flags for r in (R.DESIRE, R.IDEATION, R.HOPELESSNESS, R.DISTRESS)
        ) or _explicit_method(flags)
        if current:
            out.raise_level(L.MODERATE, "a past attempt with current distress")
        else:
            out.raise_level(L.LOW, "a past suicide attempt, no current signs")
    if any(ev.source.endswith(RECENT_SUFFIX) for ev in flags.get(R.ATTEMPT, [])):
        out.raise_level(L.HIGH, "a recent suicide attempt")
    past = any(
        ev.past
        and ev.subject == "self"
        and ev.note is None
        and not ev.negated
        and ev.reason not in (R.PROTECTIVE_FACTOR, R.TIMEFRAME)
        for ev in evidence
    )
    if past and out.level is L.NONE:
        out.raise_level(L.LOW, "past risk the writer describes as over")


def _reassured(out: RuleVerdict, evidence: Sequence[Evidence]) -> None:
    # "I'm not suicidal, just exhausted": someone who says so is not at no risk at all.
    own = [ev for ev in evidence if ev.subject == "self" and ev.note is None]
    denied = any(ev.negated and ev.category is not None for ev in own)
    if denied or any(ev.reason is R.PROTECTIVE_FACTOR for ev in own):
        out.raise_level(L.LOW, "the writer talks about risk and says they are safe")


def _others(out: RuleVerdict, evidence: Sequence[Evidence]) -> None:
    if any(
        ev.subject == "other" and ev.past and ev.reason is R.PAST_ATTEMPT and not ev.negated
        for ev in evidence
    ):
        out.raise_level(L.LOW, "someone the writer knows attempted suicide in the past")
    theirs = [
        ev
        for ev in evidence
        if ev.subject == "other" and not ev.negated and ev.note is None and not ev.past
    ]
    if not theirs:
        return
    # Means and times are situational: "he says he has a razor and is doing it now".
    shared = [ev for ev in evidence if counts(ev) and ev.reason in (R.MEANS_ACCESS, R.TIMEFRAME)]
    flags = _flags(theirs + shared)
    mirror = RuleVerdict()
    step, why = cssrs_step(flags)
    _suicide_level(mirror, flags, step, why)
    _category_levels(mirror, flags)
    if any(ev.source.endswith(RECENT_SUFFIX) for ev in flags.get(R.ATTEMPT, [])):
        mirror.raise_level(L.HIGH, "a recent attempt")
    serious = mirror.level >= L.MODERATE or step >= 1
    if serious:
        out.concerned_other = True
        level = max(mirror.level, L.MODERATE)
        out.raise_level(level, "concerned other: someone the writer knows may be at risk")
    elif any(ev.reason in _DISTRESS for ev in theirs):
        out.raise_level(L.LOW, "someone the writer knows is struggling")


def _category_scores(own: Sequence[Evidence]) -> dict[Category, float]:
    scores: dict[Category, float] = {}
    for ev in own:
        if ev.category is None:
            continue
        prev = scores.get(ev.category, 0.0)
        scores[ev.category] = 1.0 - (1.0 - prev) * (1.0 - ev.score)  # noisy-OR
    return scores
