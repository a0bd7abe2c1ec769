"""From evidence to a C-SSRS step, a triage level and per-category rule scores.

The ladder follows the C-SSRS screener: 1 wish to be dead, 2 active thoughts, 3 with a
method, 4 with some intent, 5 with a plan and intent, 6 behaviour (lifetime attempt or
recent preparation). Triage follows the screener's bands, with the crisis-line definition
of imminent: desire, plan or intent, means and a timeframe within a day, or an attempt
under way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from careguard.risk.detect import counts
from careguard.types import Category, Evidence, Reason, RiskLevel

R = Reason
_LADDER_RULES_IMMINENT = frozenset({"rule:suicide.attempt_now", "rule:medical.overdose_taken"})


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


def _flags(evidence: Iterable[Evidence]) -> dict[Reason, list[Evidence]]:
    out: dict[Reason, list[Evidence]] = {}
    for ev in evidence:
        out.setdefault(ev.reason, []).append(ev)
    return out


def cssrs_step(flags: dict[Reason, list[Evidence]]) -> tuple[int, str]:
    """Return the C-SSRS step the flags reach and a sentence saying why."""
    has = flags.__contains__
    si = has(R.DESIRE) or has(R.IDEATION) or has(R.HOPELESSNESS) or has(R.FAREWELL)
    method = has(R.METHOD) or has(R.MEANS_ACCESS) or has(R.METHOD_SEEKING)
    if has(R.ATTEMPT) or has(R.PREPARATORY_ACT):
        return 6, "suicidal behaviour: an attempt, an interrupted or aborted one, or preparation"
    if has(R.PAST_ATTEMPT):
        return 6, "a past suicide attempt (lifetime behaviour)"
    if has(R.PLAN) and (has(R.INTENT) or has(R.TIMEFRAME)):
        return 5, "a plan with intent to act"
    if has(R.INTENT) and method and has(R.TIMEFRAME):
        return 5, "intent, a method and a time to act"
    if has(R.INTENT) or (has(R.FAREWELL) and (has(R.IDEATION) or has(R.DESIRE))):
        return 4, "suicidal thoughts with some intent to act"
    if has(R.PLAN) and (si or method):
        return 3, "suicidal thoughts with a plan being worked out"
    if method and (si or _strong_seeking(flags)):
        return 3, "suicidal thoughts with a method"
    if has(R.IDEATION) or has(R.FAREWELL):
        return 2, "active suicidal thoughts"
    if has(R.DESIRE):
        return 1, "a wish to be dead"
    return 0, ""


def _strong_seeking(flags: dict[Reason, list[Evidence]]) -> bool:
    return any(ev.score >= 0.8 for ev in flags.get(R.METHOD_SEEKING, []))


def verdict(evidence: Sequence[Evidence]) -> RuleVerdict:
    """Combine all evidence of a text or conversation into the rules' verdict."""
    own = [ev for ev in evidence if counts(ev)]
    flags = _flags(own)
    out = RuleVerdict()
    out.categories = _category_scores(own)
    step, why = cssrs_step(flags)
    out.cssrs = step
    _suicide_level(out, flags, step, why)
    _category_levels(out, flags)
    _history(out, evidence, flags)
    _others(out, evidence)
    if step:
        floor = {1: 0.55, 2: 0.8, 3: 0.88, 4: 0.93, 5: 0.96, 6: 0.97}[step]
        si = Category.SUICIDAL_IDEATION
        out.categories[si] = max(out.categories.get(si, 0.0), floor)
    return out


def _suicide_level(
    out: RuleVerdict, flags: dict[Reason, list[Evidence]], step: int, why: str
) -> None:
    has = flags.__contains__
    under_way = any(
        ev.source in _LADDER_RULES_IMMINENT for evs in flags.values() for ev in evs
    )
    if under_way:
        out.raise_level(RiskLevel.IMMINENT, "an attempt or overdose under way")
    wants = has(R.DESIRE) or has(R.IDEATION) or has(R.INTENT) or has(R.FAREWELL)
    how = has(R.PLAN) or has(R.METHOD) or has(R.INTENT) or has(R.PREPARATORY_ACT)
    if wants and how and has(R.MEANS_ACCESS) and has(R.TIMEFRAME):
        out.raise_level(RiskLevel.IMMINENT, "desire, plan or intent, means and a timeframe")
    elif has(R.INTENT) and has(R.TIMEFRAME) and (how or has(R.MEANS_ACCESS)):
        out.raise_level(RiskLevel.IMMINENT, "intent to act with a method and a timeframe")
    lifetime_only = step == 6 and not (has(R.ATTEMPT) or has(R.PREPARATORY_ACT))
    if step >= 4 and not lifetime_only:
        out.raise_level(RiskLevel.HIGH, f"C-SSRS {step}: {why}")
    elif step == 3:
        level = RiskLevel.HIGH if has(R.MEANS_ACCESS) or _acute(flags) else RiskLevel.MODERATE
        out.raise_level(level, f"C-SSRS 3: {why}")
    elif step == 2:
        out.raise_level(RiskLevel.MODERATE, f"C-SSRS 2: {why}")
    elif step == 1:
        out.raise_level(RiskLevel.LOW, f"C-SSRS 1: {why}")
    if has(R.ATTEMPT) or has(R.PREPARATORY_ACT):
        out.raise_level(RiskLevel.HIGH, "recent suicidal behaviour or preparation")
    if has(R.METHOD_SEEKING) and _acute(flags):
        out.raise_level(RiskLevel.HIGH, "seeks a method or a high place in despair or after a loss")
    elif has(R.METHOD_SEEKING) and not step:
        out.raise_level(RiskLevel.MODERATE, "asks for lethal means or method information")
    if has(R.HOPELESSNESS) or has(R.BURDENSOMENESS) or has(R.THWARTED_BELONGING):
        out.raise_level(RiskLevel.LOW, "hopelessness, burdensomeness or isolation")


def _acute(flags: dict[Reason, list[Evidence]]) -> bool:
    # Seeking a method right after a loss is the pattern chatbots most often miss.
    return R.METHOD_SEEKING in flags and (R.DISTRESS in flags or R.HOPELESSNESS in flags)


_CATEGORY_LEVEL: dict[Reason, tuple[RiskLevel, str]] = {
    R.SELF_HARM: (RiskLevel.MODERATE, "current self-harm"),
    R.VIOLENT_THOUGHTS: (RiskLevel.MODERATE, "thoughts of harming others"),
    R.ABUSE: (RiskLevel.MODERATE, "abuse or violence being suffered"),
    R.CHILD_AT_RISK: (RiskLevel.HIGH, "a child at risk"),
    R.MEDICAL_EMERGENCY: (RiskLevel.HIGH, "a medical emergency"),
    R.SUBSTANCE: (RiskLevel.MODERATE, "a substance crisis or withdrawal"),
    R.PANIC: (RiskLevel.MODERATE, "an acute panic or anxiety crisis"),
    R.PSYCHOSIS: (RiskLevel.MODERATE, "signs of psychosis"),
    R.MANIA: (RiskLevel.MODERATE, "signs of mania"),
    R.EATING_DISORDER: (RiskLevel.MODERATE, "eating-disorder risk"),
    R.DISTRESS: (RiskLevel.LOW, "emotional distress"),
}


def _category_levels(out: RuleVerdict, flags: dict[Reason, list[Evidence]]) -> None:
    for reason, (level, why) in _CATEGORY_LEVEL.items():
        if reason in flags:
            out.raise_level(level, why)
    violent = flags.get(R.VIOLENT_THOUGHTS, [])
    if any(ev.score >= 0.9 for ev in violent) or (violent and R.MEANS_ACCESS in flags):
        out.raise_level(RiskLevel.HIGH, "violent intent with a target or a weapon")
    if any("kill me" in ev.text.lower() for ev in flags.get(R.ABUSE, [])):
        out.raise_level(RiskLevel.HIGH, "a threat to the writer's life")


def _history(
    out: RuleVerdict, evidence: Sequence[Evidence], flags: dict[Reason, list[Evidence]]
) -> None:
    if R.PAST_ATTEMPT in flags:
        current = any(
            r in flags for r in (R.DESIRE, R.IDEATION, R.HOPELESSNESS, R.DISTRESS, R.METHOD)
        )
        if current:
            out.raise_level(RiskLevel.MODERATE, "a past attempt with current distress")
        else:
            out.raise_level(RiskLevel.LOW, "a past suicide attempt, no current signs")
    past_si = any(
        ev.past and ev.subject == "self" and not ev.negated and ev.category is not None
        for ev in evidence
    )
    if past_si and out.level is RiskLevel.NONE:
        out.raise_level(RiskLevel.LOW, "past risk the writer describes as over")


def _others(out: RuleVerdict, evidence: Sequence[Evidence]) -> None:
    theirs = [
        ev
        for ev in evidence
        if ev.subject == "other" and not ev.negated and ev.note is None and ev.category
    ]
    if not theirs:
        return
    step, _ = cssrs_step(_flags(theirs))
    serious = step >= 1 or any(
        ev.reason in (R.MEDICAL_EMERGENCY, R.SELF_HARM, R.ATTEMPT) for ev in theirs
    )
    if serious:
        out.concerned_other = True
        out.raise_level(
            RiskLevel.MODERATE, "concerned other: someone the writer knows may be at risk"
        )


def _category_scores(own: Sequence[Evidence]) -> dict[Category, float]:
    scores: dict[Category, float] = {}
    for ev in own:
        if ev.category is None:
            continue
        prev = scores.get(ev.category, 0.0)
        scores[ev.category] = 1.0 - (1.0 - prev) * (1.0 - ev.score)  # noisy-OR
    return scores
