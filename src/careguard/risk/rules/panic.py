"""Acute panic and anxiety: attacks, breathlessness, a racing heart, fear of dying."""

from __future__ import annotations

from careguard.risk.rules._base import rules
from careguard.types import Category, Reason

R = Reason

PANIC = rules(
    "panic",
    Category.PANIC,
    [
        (
            "attack",
            R.PANIC,
            0.75,
            r"(?:having|in the middle of|another|second|third|getting|get|keep having|mid|full blown|massive|bad) (?:a )?(?:panic|anxiety) attacks?|(?:panic|anxiety) attacks? (?:on|at|in|right now|again|tonight|every|all)|(?:i am|i keep|started|start|been) panicking|(?:can not|cannot|could not|can not seem to) (?:breathe|stop shaking|calm down|stop panicking|get air in|slow my breathing|catch my breath)|(?:heart|chest) (?:is )?(?:racing|pounding|tight|tightening|so tight)|(?:feel like|think|scared|afraid) (?:i am|that i am) (?:dying|going to die|having a heart attack|going crazy|losing my mind|about to die)|like i am about to die|hyperventilating|(?:heart|pulse) (?:is )?(?:going|at|racing at) (?:1[2-9]\d|2\d\d)|hands (?:went|go|are going) numb|(?:everything|walls) (?:is |are )?closing in|anxiety is (?:through the roof|out of control|unbearable)|something terrible is (?:about to|going to) happen|(?:body|hands) (?:will not|wo not|can not) stop shaking|(?:hiding|hid) in (?:the )?(?:\w+ )?(?:toilets?|bathroom) shaking",
        ),
    ],
)
