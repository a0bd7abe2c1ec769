"""Rules as data: a regular expression over normalised text, a reason code and a score.

Patterns are written against the canonical text that ``careguard.risk.normalize``
produces (lower case, contractions expanded: "i am", "do not", "want to", "going to").
Macros in braces (``{SELF}``, ``{PILLS}`` ...) keep the patterns readable; they expand
to non-capturing groups.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from careguard.types import Category, Reason

# Building blocks shared by every detector.
MACROS: dict[str, str] = {
    "SELF": r"(?:myself|my self|my own life|my life)",
    "REFLEX_OTHER": r"(?:himself|herself|themselves|themself|yourself|yourselves)",
    "WANT": (
        r"(?:want|wants|wanted|wanna|need|needs|needed|would like|would love|wish|wishes|wished|long|longed"
        r"|feel like|felt like|am ready|ready)"
    ),
    "INTEND": (
        r"(?:going to|gonna|will|shall|am about to|about to|plan to|planning to|planned to"
        r"|decided to|have decided to|intend to|am intending to|ready to|am ready to"
        r"|finally going to|tonight i will|i will)"
    ),
    "KILL": (
        r"(?:kill|killing|killed|end|ending|ended|take|taking|took|off|offing|offed"
        r"|hang|hanging|hanged|shoot|shooting|shot|murder|murdering)"
    ),
    "PILLS": (
        r"(?:pills?|tablets?|meds|medications?|medicines?|paracetamol|acetaminophen|tylenol"
        r"|ibuprofen|advil|aspirin|panadol|insulin|sleeping pills|benzos?|xanax|valium"
        r"|oxy(?:codone|contin)?|opioids?|fentanyl|heroin|antidepressants?|sertraline|prozac"
        r"|zoloft|lithium|seroquel|quetiapine|amitriptyline|codeine|tramadol|morphine|diazepam"
        r"|lorazepam|klonopin|clonazepam|ambien|zolpidem|antifreeze|bleach|poison|rat poison)"
    ),
    "METHOD_NOUN": (
        r"(?:pills?|tablets?|overdose|rope|noose|belt|gun|pistol|rifle|shotgun|firearm|bullet"
        r"|knife|knives|blade|razor|razors|bridge|roof|rooftop|cliff|ledge|balcony|building"
        r"|train|tracks|railway|subway|traffic|highway|car exhaust|exhaust|carbon monoxide"
        r"|charcoal|helium|plastic bag|bleach|poison|antifreeze|insulin|drown|drowning"
        r"|wrists?|veins?|sleeping pills|painkillers|cliffs|tall building|high place)"
    ),
    "SOON": (
        r"(?:tonight|today|this evening|this afternoon|this morning|right now|tomorrow"
        r"|in (?:an|one|a few|\d+|two|three|a couple of) (?:hours?|minutes?|mins?)"
        r"|this weekend|before (?:the )?morning|by (?:the )?morning|by tomorrow"
        r"|when everyone (?:is|goes to) (?:asleep|sleep|bed)|after (?:work|school) today"
        r"|at midnight|at \d{1,2} ?(?:am|pm|o'?clock)|in a few days|this week|on (?:monday"
        r"|tuesday|wednesday|thursday|friday|saturday|sunday))"
    ),
    "PERSON_OTHER": (
        r"(?:he|she|they|him|her|them|my (?:friend|best friend|bf|gf|boyfriend|girlfriend"
        r"|partner|wife|husband|son|daughter|kid|child|brother|sister|mom|mum|mother|dad"
        r"|father|cousin|roommate|classmate|coworker|colleague|student|client|patient"
        r"|niece|nephew|aunt|uncle|grandma|grandpa|fiance|fiancee|ex|teen|teenager)"
        r"|a friend|someone i know|a (?:student|client|patient|colleague|coworker))"
    ),
}

_MACRO_RE = re.compile(r"\{([A-Z_]+)\}")


def expand(pattern: str) -> str:
    """Expand ``{MACRO}`` references in ``pattern``.

    Raises:
        KeyError: If a macro is unknown (a typo in a rule table must fail at import).
    """
    return _MACRO_RE.sub(lambda m: MACROS[m.group(1)], pattern)


Subject = Literal["self", "other", "auto"]


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern and what its match means.

    Attributes:
        id: Stable identifier shown in evidence (``<detector>.<name>``).
        reason: The reason code the evidence carries.
        category: The category it supports, if any.
        pattern: Regular expression over normalised text (macros allowed).
        score: How strongly a match supports the category, 0..1.
        subject: ``self`` when the pattern itself fixes the writer as subject,
            ``other`` when it fixes someone else, ``auto`` to infer from context.
        negatable: Whether a preceding negation cancels the match.
        idiom_safe: Whether the match may be an idiom (then idiom spans cancel it).
    """

    id: str
    reason: Reason
    category: Category | None
    pattern: str
    score: float
    subject: Subject = "auto"
    negatable: bool = True
    idiom_safe: bool = True
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"rule {self.id}: score {self.score} is outside 0..1")
        object.__setattr__(self, "regex", re.compile(rf"\b(?:{expand(self.pattern)})\b"))


def rules(
    detector: str,
    category: Category | None,
    rows: list[tuple[str, Reason, float, str]],
    *,
    subject: Subject = "auto",
    negatable: bool = True,
    idiom_safe: bool = True,
) -> tuple[Rule, ...]:
    """Build a detector's rule table from ``(name, reason, score, pattern)`` rows."""
    return tuple(
        Rule(
            id=f"{detector}.{name}",
            reason=reason,
            category=category,
            pattern=pattern,
            score=score,
            subject=subject,
            negatable=negatable,
            idiom_safe=idiom_safe,
        )
        for name, reason, score, pattern in rows
    )
