"""Emotional distress and loss: no crisis on their own, but they make other signs acute."""

from __future__ import annotations

from careguard.risk.rules._base import rules
from careguard.types import Reason

R = Reason

_FEEL = r"(?:i feel|i am|i am feeling|feeling|i have been|i have been feeling|i felt|feel|i get|i keep feeling|makes me feel|left me|i am so|i am just|i am really)"
_MOOD = (
    r"(?:depressed|empty|numb|worthless|broken|miserable|lost|alone|lonely|useless|hopeless"
    r"|suffocating|desperate|devastated|stressed|overwhelmed|exhausted|drained|burnt out|burned out"
    r"|awful|terrible|horrible|down|low|sad|gutted|heartbroken|crushed|defeated|deflated|stupid"
    r"|like (?:a|such a) (?:failure|idiot|loser|zombie|burden)|a failure|guilty|ashamed|embarrassed"
    r"|hurt|heavy|flat|grey|gray|invisible|ugly|behind|homesick|anxious|scared|afraid|terrified"
    r"|angry|furious|upset|nervous|on edge|worn out|wrecked|shattered|trapped|so tired|tired all"
    r" the time|grieving|not myself|like myself|a mess|a wreck)"
)

DISTRESS = rules(
    "distress",
    None,
    [
        (
            "low",
            R.DISTRESS,
            0.3,
            _FEEL
            + r" (?:so |really |very |completely |a bit |kind of |kinda |pretty |super |quite |extremely |constantly |always |just |totally |a little |)?"
            + _MOOD
            + r"|(?:can not|could not) stop crying|(?:cry|crying|cried) (?:myself to sleep|every (?:day|night)|in the car|at (?:my|the) desk|at adverts|at work|all (?:day|night))|(?:everything|life) (?:is|feels) (?:pointless|meaningless|falling apart|so hard|heavy|grey|too much|going wrong)|(?:is|are) falling apart|(?:it|this) (?:still )?(?:hurts|stung)(?= *$|[.,;!?]| so)|miss (?:him|her|them|my (?:\w+ )?(?:ex|mum|mom|dad|wife|husband)) so much|(?:can not|could not) (?:sleep|concentrate|focus|cope|eat)(?= *$|[.,;!?]| because| with| on)|(?:anxiety|depression|mental health) (?:is|has been|was) (?:so |really )?(?:bad|awful|worse|back|terrible|horrible|through the roof)|(?:work|school|uni|it) (?:has been|is) (?:crushing|killing|destroying|wearing) me|wearing me down|running on empty|(?:bad|awful|terrible|worst) (?:day|week|night|year)|(?:so|really) behind|snapping at|(?:my )?confidence is (?:shot|gone)|(?:mind|head) is all over the place|(?:i )?hate (?:my life|myself|everything)|(?:asking|it is) for (?:myself|me)(?= *$|[.,;!?])|drifting away from me|(?:i am )?(?:so )?sad (?:all the time|since|about)|barely get out of bed|(?:i )?had (?:a |another )?(?:panic|anxiety) attacks?|(?:it is|it was) (?:all )?my fault|(?:disappointed|ashamed) (?:in|of) me|(?:messed|screwed|fucked) (?:up|it up) (?:my|again|everything|so badly)|(?:want|need|wish) (?:this|the) (?:week|day|semester|year|month|shift|term) to (?:be over|end)|getting divorced|money is (?:so |really )?tight|(?:can not|could not) afford|how i will pay (?:rent|the bills|for)|still shaky|(?:nobody|no one) (?:\w+ ){0,3}?(?:respects|likes|listens to|cares about|remembered|remembers) me|(?:do not|does not) feel like (?:myself|me)|now it is just me|(?:it is )?just me now",
        ),
    ],
    negatable=True,
)

# A loss shakes the writer, whoever it befell ("my dad died last month").
LOSS = rules(
    "distress",
    None,
    [
        (
            "loss",
            R.DISTRESS,
            0.35,
            r"(?:just |recently )?(?:lost|got fired from|fired from|laid off from|been laid off|kicked out of|lost custody of) (?:my |the )?(?:job|work|home|house|apartment|partner|wife|husband|girlfriend|boyfriend|custody|everything|kids|business|mum|mom|dad|mother|father|grandma|grandad|grandpa|brother|sister|son|daughter|baby|friend|best friend)|(?:lost|losing) my job|(?:got|was|been|just got|just been) (?:fired|laid off|dumped|evicted|kicked out|rejected|bullied|cheated on|diagnosed|expelled|excluded|suspended|sacked)|(?:newly |recently |just )widowed|(?:being|been|getting|got) repossessed|(?:went|gone|going) into administration|(?:broke|broken) up with me|(?:failed|flunked) (?:all )?my (?:finals|exams|degree|year)|(?:she|he|they) (?:left me|cheated|dumped me)|(?:died|passed away|passed) (?:last|this|a few|two|three|in) (?:week|month|days|weeks|months|year|march|april|may|june|july|october|november|december|january|february|august|september)|(?:died|passed away|was put down|had to be put down|died this morning|died today)(?= *$|[.,;!?]| and| today| this| last)|(?:the )?(?:divorce|breakup|break up|funeral|miscarriage|bankruptcy|redundancy|eviction)|(?:failed|flunked|flunked out|rejected from)(?: \w+){0,3}? (?:exam|test|bar|course|semester|university|uni|college|job|again|out)|(?:business|company|startup) (?:went under|failed|collapsed)|(?:cancer|tumou?r|illness) is back|(?:took|take) the kids and left|(?:ruined|wrecked|lost) everything|(?:nothing|no one|nobody) (?:is )?left(?= *$|[.,;!?]| after| for me)|(?:my )?(?:wife|husband|partner) (?:is gone|left|died)|(?:what|after what) happened at (?:work|school|home) today|everything is falling apart|(?:nobody|no one) cares anyway|lost my (?:mum|mom|dad|wife|husband) to|(?<!almost )(?<!nearly )(?<!have )(?<!had )(?:took|has taken) (?:his|her|their) (?:own )?li(?:fe|ves)|(?<!almost )(?<!nearly )(?<!have )(?<!had )killed (?:himself|herself|themselves|themself)|(?:died|passed away|passed) (?:by|from|of|through) suicide|(?:committed|completed) suicide|lost (?:my|our|a) (?:\w+ ){0,2}?to suicide|(?:called|calling) off (?:the|our) (?:wedding|engagement)|(?:cancelled|canceled|ended) (?:the|our) (?:wedding|engagement)|(?:let|letting|lets) (?:everyone|everybody|them all|all of them|my (?:family|parents|kids|team|wife|husband|mum|mom|dad)) down|(?:did not|never) get (?:the|my) (?:visa|asylum|place|offer|transplant|residency|permit|scholarship|custody)|(?:visa|asylum (?:claim|application)|residency|permit) (?:was |got |has been )?(?:refused|rejected|denied|turned down)|(?:being|getting|got|been) deported|have to (?:go back|leave the country)(?= *$|[.,;!?]| to (?:my|the) (?:country|home country))|(?:everything|it all|all of it) (?:is|was) gone|(?:lost|gone) (?:everything|it all|the house|our house|my house|the flat|our home|my home) (?:in|after|to) (?:the |a )?(?:fire|flood|storm|earthquake|hurricane)|(?:landlord|council|bank) (?:is |are )?(?:evicting|repossessing|taking)(?: \w+){0,2}? (?:us|me|the house|our house|the flat|my flat|my home|our home)",
        ),
    ],
    subject="self",
)

# Old feelings coming back: current distress that names the past on purpose.
RELAPSE = rules(
    "distress",
    None,
    [
        (
            "relapse",
            R.DISTRESS,
            0.4,
            r"(?:the )?(?:old )?(?:thoughts|feelings|urges|dark thoughts) (?:are |have been )?(?:creeping|coming|came) back|(?:slipping|sliding|falling|going|spiral(?:l)?ing) back (?:there|into it|into that|down|into the dark)|(?:exactly )?the (?:same )?way i felt (?:back then|before|then)|(?:this|so) low again|but here i am",
        ),
    ],
)

ALL = DISTRESS + LOSS + RELAPSE
