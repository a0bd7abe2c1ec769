"""Rules as data: a regular expression over normalised text, a reason code and a score.

Patterns are written against the canonical text that ``careguard.risk.normalize``
produces (lower case, contractions expanded: "i am", "do not", "want to", "going to").
Macros in braces (``{SELF}``, ``{PILLS}`` ...) keep the patterns readable; they expand
to non-capturing groups.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Literal

from careguard.risk.rules._gate import split_alternatives
from careguard.risk.rules._gate_table import gate
from careguard.types import Category, Reason

# Building blocks shared by every detector.
MACROS: dict[str, str] = {
    "SELF": r"(?:myself|my self|my own life|my life)",
    "REFLEX_OTHER": r"(?:himself|herself|themselves|themself|yourself|yourselves)",
    # Anyone's own self or life; the context module reads whose it is.
    "ANY_SELF": (
        r"(?:myself|my self|himself|herself|themselves|themself|yourself|(?:my|his|her|their"
        r"|your) (?:own |whole |entire )?li(?:fe|ves))"
    ),
    "POSS": r"(?:my|his|her|their|your|our)",
    # Not "after my last post", "in my last message": the one before, not a final one.
    "NOT_PREVIOUS": (
        r"(?<!after )(?<!since )(?<!from )(?<!about )(?<!under )(?<!in )(?<!on )(?<!to )"
        r"(?<!of )(?<!read )(?<!saw )(?<!see )(?<!deleted )(?<!edited )"
    ),
    "OBJ": r"(?:me|him|her|them|you|us)",
    "WANT": (
        r"(?:want|wants|wanted|wanting|wanna|need|needs|needed|would like|would love|wish"
        r"|wishes|wished|wishing|long|longed|feel like|felt like|am ready|ready"
        r"|hope|hoping|pray|praying)"
    ),
    # "i don't think i'll ___ much longer": be around, last, make it.
    "NOT_MUCH_LONGER": r"(?:(?:do not think|doubt) i will|i (?:will not|am not going to))",
    "HOPE": r"(?:hope|hopes|hoped|hoping|pray|prays|prayed|praying|wish|wishes|wished|wishing)",
    "INTEND": (
        r"(?:going to|gonna|will|shall|am about to|about to|plan to|planning to|planned to"
        r"|decided to|have decided to|decide to|intend to|am intending to|ready to"
        r"|am ready to|finally going to|tonight i will|i will|have to|got to|need to|must)"
    ),
    "KILL": (
        r"(?:kill|killing|killed|end|ending|ended|take|taking|took|off|offing|offed"
        r"|hang|hanging|hanged|shoot|shooting|shot|murder|murdering)"
    ),
    "PILLS": (
        r"(?:pills?|tablets?|meds|medications?|medicines?|paracetamol|acetaminophen|tylenol"
        r"|ibuprofen|advil|aspirin|panadol|insulin|sleeping (?:pills|tablets)|benzos?|xanax|valium"
        r"|oxy(?:codone|contin|s)?|opioids?|fentanyl|heroin|antidepressants?|sertraline|prozac"
        r"|zoloft|lithium|seroquel|quetiapine|amitriptyline|codeine|tramadol|morphine|diazepam"
        r"|lorazepam|klonopin|clonazepam|ambien|zolpidem|antifreeze|bleach|poison|rat poison"
        r"|painkillers?|antihistamines?|prescriptions?|capsules?|heart pills|sleeping aids?"
        r"|pain meds|anti ?depressants|melatonin|methadone|percocet|vicodin|gabapentin)"
    ),
    # A count of tablets that is more than a dose: five or more, "120 to 150", never "500 mg".
    "PILL_COUNT": r"(?:[5-9]|[1-9]\d+)(?: to \d+)?(?! (?:mg|ml|milligrams?)\b)",
    # Where someone stands to fall: "the edge", a ledge; "been on edge" is only nerves.
    "EDGE": r"(?:(?<!\bon )edge|ledge|railing|wrong side)",
    # Where a household keeps its medicines: "(everything) in the bathroom cabinet".
    "MEDICINE_STORE": (
        r"(?:\w+ )?(?:in|from) (?:the|my|our|\w+'s) (?:medicine|bathroom|first aid|pill)"
        r" (?:cabinet|cupboard|drawer|box|kit)(?! (?:to|into|out|away|and throw|in the bin)\b)"
    ),
    "METHOD_NOUN": (
        r"(?:pills?|tablets?(?! (?:so (?:i|she|he|we) could|to (?:chat|video|play|watch|read|call|message)"
        r"|computer|device|screen|app|charger|case|and (?:phone|laptop))\b)|overdose|rope|noose|belt|gun|pistol|rifle|shotgun|firearm|bullets?"
        r"|knife|knives|blades?|razors?|bridge|roof|rooftop|cliffs?|ledge|balcony"
        r"|train|tracks|railway|subway|car exhaust|exhaust|carbon monoxide"
        r"|charcoal|helium|plastic bag|bleach|poison|antifreeze|insulin|drown|drowning"
        r"|wrists?|veins?|sleeping pills|painkillers|tall building|high place|meds|overpass"
        r"|multistorey|multi storey|parking garage|car park)"
    ),
    # Places and things to jump from.
    "HIGH_PLACE": (
        r"(?:bridges?|buildings?|roofs?|rooftops?|cliffs?|balcon(?:y|ies)|towers?|ledges?"
        r"|overpass(?:es)?|viaducts?|parking (?:garages?|structures?|decks?)|multi ?storey"
        r"|car parks?|skyscrapers?|(?:top|\d+(?:st|nd|rd|th)) floor|high floor|window ?sills?"
        r"|window ledges?|window"
        r"|dam|quarry|railings?|platform)"
    ),
    "VEHICLE": r"(?:train|trains|bus|buses|car|cars|truck|trucks|lorry|lorries|subway|tram|express|traffic)",
    "SOON": (
        r"(?:tonight|today|this evening|this afternoon|this morning|right now|tomorrow"
        r"|in (?:an|one|a few|\d+|two|three|a couple of|half an) (?:hours?|minutes?|mins?)"
        r"|within (?:the|an|the next) (?:hour|few hours|day)|before (?:the )?(?:morning|sunrise"
        r"|midnight|dawn)|by (?:the )?morning|by tomorrow|after this (?:message|post|text)"
        r"|when everyone (?:is|goes to) (?:asleep|sleep|bed)|after everyone (?:sleeps|is asleep"
        r"|goes to (?:sleep|bed))|after (?:work|school) today|at midnight|at \d{1,2}(?::\d\d)?"
        r" ?(?:am|pm|o'?clock)?|once (?:he|she|they|my \w+) (?:leaves|leave|is asleep|are asleep"
        r"|goes|go)|as soon as i (?:finish|am done|send|post)|when my shift ends)"
    ),
    "LATER": (
        r"(?:this weekend|next (?:week|weekend|month|year|monday|tuesday|wednesday|thursday"
        r"|friday|saturday|sunday)|on (?:monday|tuesday|wednesday|thursday|friday|saturday"
        r"|sunday|my birthday|the \d{1,2}(?:st|nd|rd|th)(?! (?:floor|storey|story|level|step|row|lap|hole|grade|place))|(?:new year|christmas)(?:'s)?(?: eve)?)"
        r"|after (?:christmas|new year|my (?:birthday|exams?|results|last shift)|the (?:holidays"
        r"|exams?|funeral|wedding))|in a (?:few|couple of) (?:days|weeks)|this week|by (?:the end"
        r" of )?(?:the )?(?:week|month)|the day (?:after|before|my|when|that)|before (?:christmas"
        r"|my birthday|the end of the (?:week|month|year)))"
    ),
    "PERSON_OTHER": (
        r"(?:he|she|they|him|her|them|my (?:friend|best friend|bf|gf|boyfriend|girlfriend"
        r"|partner|wife|husband|son|daughter|kid|child|brother|sister|mom|mum|mother|dad"
        r"|father|cousin|roommate|classmate|coworker|colleague|student|client|patient"
        r"|niece|nephew|aunt|uncle|grandma|grandpa|fiance|fiancee|ex|teen|teenager|mate"
        r"|best mate|flatmate|housemate|teammate|neighbour|neighbor|stepdad|stepmum|stepmom"
        r"|grandad|granddad|grandmother|grandfather)"
        r"|a friend|someone i know|a (?:student|client|patient|colleague|coworker))"
    ),
    # People close to the writer (as abusers, targets or people at risk).
    "KIN": (
        r"(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fiance|fiancee|ex|dad|father|mom"
        r"|mum|mother|stepdad|stepfather|stepmom|stepmum|stepmother|uncle|aunt|brother|sister"
        r"|parents?|grandma|grandpa|grandad|cousin|son|daughter|kids?|child|baby|roommate"
        r"|flatmate|housemate|boss|manager|coach|teacher|carer|caregiver|landlord|neighbou?rs?"
        r"|mother-in-law|father-in-law|in-laws|(?:\w+'s )?(?:boyfriend|girlfriend|husband|dad|mom"
        r"|mum))"
    ),
    # Whoever is gone from the world: "if i (just) ___".
    "GONE": (
        r"(?:died|die|was dead|were dead|was gone|were gone|passed on|passed away|went away"
        r"|was not (?:here|around|alive|there|in it)|were not (?:here|around|alive|there)"
        r"|am not (?:alive|existing)|was not existing|were not existing"
        r"|did not wake up|never woke up|did not exist|never existed|was never born"
        r"|had never been born|disappeared(?: for good)?|vanished|killed myself|stopped"
        r" existing|was not around anymore|got hit by a \w+|left for good|ceased to exist"
        r"|(?:only )?(?:had|have) (?:\w+ )?(?:months|weeks|days) (?:left|to live))"
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


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@dataclass(frozen=True, slots=True)
class Branch:
    """One top-level alternative of a rule's pattern, with its literal pre-check.

    The pattern is compiled on first use: most branches never pass their literal gate
    on a given text, and compiling all of them up front cost most of a second at start-up.
    """

    pattern: str
    gate: frozenset[str] | None

    @property
    def regex(self) -> re.Pattern[str]:
        """The compiled pattern (compiled once, on first use)."""
        return _compiled(self.pattern)


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
        anchored: Whether the match only counts next to suicide evidence (a bare
            "tonight" or "pills" means nothing on its own).
        written: A pattern the original, un-normalised span must match too (so that
            "unalive", which normalises to "kill", can mean "kill myself" on its own).
        needs: Reasons of which some evidence must count beside the match, in the same
            text or conversation, for it to count ("i'm 16" is a child at risk only beside
            the abuse the writer describes). Until then the evidence carries a note.
        cue_group: Rules of one group count as a single cue however many match
            ("cancelled the gym, paid back what i owed" is one sign of affairs in order).
    """

    id: str
    reason: Reason
    category: Category | None
    pattern: str
    score: float
    subject: Subject = "auto"
    negatable: bool = True
    idiom_safe: bool = True
    anchored: bool = False
    written: str | None = None
    needs: frozenset[Reason] = frozenset()
    cue_group: str | None = None
    full_pattern: str = field(init=False, repr=False, compare=False)
    written_regex: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    branches: tuple[Branch, ...] = field(init=False, repr=False, compare=False)

    @property
    def regex(self) -> re.Pattern[str]:
        """The whole pattern, compiled on first use."""
        return _compiled(self.full_pattern)

    def __post_init__(self) -> None:
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"rule {self.id}: score {self.score} is outside 0..1")
        expanded = expand(self.pattern)
        pattern = rf"\b(?:{expanded})\b"
        object.__setattr__(self, "full_pattern", pattern)
        # Each top-level alternative runs on its own, and only if its literals occur.
        branches = []
        for alt in split_alternatives(expanded):
            alt_pattern = rf"\b(?:{alt})\b"
            branches.append(Branch(alt_pattern, gate(alt_pattern)))
        object.__setattr__(self, "branches", tuple(branches))
        written = re.compile(self.written, re.IGNORECASE) if self.written else None
        object.__setattr__(self, "written_regex", written)


def rules(
    detector: str,
    category: Category | None,
    rows: list[tuple[str, Reason, float, str]],
    *,
    subject: Subject = "auto",
    negatable: bool = True,
    idiom_safe: bool = True,
    anchored: bool = False,
    written: str | None = None,
    needs: frozenset[Reason] = frozenset(),
    cue_group: str | None = None,
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
            anchored=anchored,
            written=written,
            needs=needs,
            cue_group=cue_group,
        )
        for name, reason, score, pattern in rows
    )
