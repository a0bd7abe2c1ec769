"""Suicide, C-SSRS step 3: a method, access to means, and seeking a method.

A method the writer pictures using on themself ("thinking about jumping off the roof")
is suicidal ideation with a method even when no other word says so; a method noun alone
("pills", "the bridge") only counts beside other suicide evidence.
"""

from __future__ import annotations

from careguard.risk.rules._base import rules
from careguard.types import Category, Reason

R = Reason
SI = Category.SUICIDAL_IDEATION

_CONTEMPLATE = (
    r"(?:think|thinks|thinking|thought|thoughts|picture|picturing|imagine|imagining|fantasi[sz]e"
    r"|fantasi[sz]ing|dream|dreams|dreaming|daydream|daydreams|daydreaming|obsess|obsessing"
    r"|the thought of"
    r"|the idea of|looked at|look at|looking at|staring at|stare at)"
)
_SELF_ACT = (
    r"(?:jump(?:ing)?(?! (?:on|onto|over|up|around|rope|for|at|ship|through hoops|to conclusions)\b"
    r"| (?:into|in) (?:the |a |my )?(?:pool|puddles?|shower|bed|car|conversation|game|deep end"
    r"|fray|action)\b)|overdos(?:e|ing)|od|hang(?:ing)?(?! (?:out|with|around|about|on|in there)\b)|drown(?:ing)?|crash(?:ing)?|swerv(?:e|ing)"
    r"|step(?:ping)? (?:off|in front|out)|walk(?:ing)? (?:into|off|in front)|driv(?:e|ing) (?:off|into)"
    r"|slit(?:ting)?|shoot(?:ing)?(?! up)|throw(?:ing)? myself|yeet(?:ing)? myself|taking (?:all|them|the|my) (?:\w+ )?(?:{PILLS}|pills|them|bottle|lot)"
    r"|using (?:it|them|that|the \w+) on (?:myself|me)|how (?:high|easy|quick|quickly|painless|fast|far)"
    r" (?:it|the \w+) (?:would be|is|was)|(?:cutting|going) deeper|cutting deep enough"
    r"|climb(?:ing)? over(?= *$|[.,;!?]| the (?:railings?|edge|barrier|side|parapet))"
    r"|swim(?:ming)? out (?:until|till|too far|and not)|(?:stop|stopping|park|parking) (?:the|my) car on"
    r"|not turn(?:ing)? the wheel|let(?:ting)? the car (?:go|drift|keep going)|(?:go|going|went)"
    r" over the (?:rail|railing|edge|side|barrier|guardrail|guard rail)|(?:walk|walking) out"
    r" (?:on|onto) the (?:thin )?ice|(?:go|going|falling) through the ice"
    r"|taking (?:all|every bit|the lot) of (?:it|them)|(?:taking|swallowing) (?:the whole|an entire|a whole) (?:box|bottle|pack|packet|strip|tub|lot)(?= *$|[.,;!?]| of (?:{PILLS}|pills|tablets|meds|them|it)\b| at once| in one go| and)|how (?:deep|far|high|long) the (?:drop|fall) (?:would be|is|was)|how (?:much|many)(?: of (?:it|them))? (?:it|they|i)"
    r" would (?:take|need)(?= *$|[.,;!?]| to (?:die|kill|do it|not wake up|overdose)))"
)

METHOD = rules(
    "suicide",
    SI,
    [
        (
            "method_overdose",
            R.METHOD,
            0.7,
            r"(?:overdos(?:e|ing)|od) on (?:my |his |her |their |the )?(?:\w+ )?(?:{PILLS})|(?:take|taking|swallow|swallowing|down|downing) (?:all|a lot|loads|a bunch|the whole (?:bottle|box|pack|packet|lot)|the rest|a handful|every one|all of) (?:of )?(?:my |the |these |those |his |her )?(?:\w+ )?(?:{PILLS}|them)|(?:take|taking|swallow|swallowing) them all(?: at once)?|(?:take|taking|swallow|swallowing|down|downing) (?:everything|every pill|every tablet|all the (?:pills|tablets|meds)) {MEDICINE_STORE}",
        ),
        (
            "method_mix",
            R.METHOD,
            0.45,
            r"(?:{PILLS}) (?:and|with) (?:alcohol|vodka|wine|whiskey|beer|booze)",
        ),
        (
            "method_hang",
            R.METHOD,
            0.7,
            r"hang(?:ing)? {ANY_SELF}|(?:a|the) noose|tie (?:a|the) (?:rope|noose)|rope (?:around|round) (?:my|his|her) neck",
        ),
        (
            "method_jump",
            R.METHOD,
            0.7,
            r"(?:want|wants|wanted|wanna|urge|urges|tempted|itching|need) to jump(?= *$|[.,;!?]| (?:when|off|from|in front|onto|again|every))|{WANT} to (?:overdose|od|hang myself|drown myself|slit my wrists|shoot myself|throw myself|step in front|walk into (?:the )?(?:sea|traffic|river))|(?<!bungee )(?<!base )(?<!cliff )(?<!ski )jump(?:ing)? (?:off|from|in front of|onto|under) (?:a |the |that |this |my |our )?(?:\w+ ){0,2}?(?:{HIGH_PLACE}|{VEHICLE}|tracks)|(?:yeet|yeeting|throw|throwing|fling|flinging|hurl|hurling) (?:myself|me|himself|herself) (?:off|from|in front of|under|onto) ",
        ),
        (
            "method_gun",
            R.METHOD,
            0.75,
            r"(?:keep|kept|can not stop|could not stop|keep on) (?:thinking about|picturing|imagining) (?:my |the )?(?:\w+s |\w+'s )?(?:gun|pistol|rifle|shotgun)(?= *$|[.,;!?]| in| and| under| upstairs)|(?:shoot|shooting) {ANY_SELF}|(?:gun|pistol|barrel) (?:to|in|against) (?:my|his|her) (?:head|mouth|temple)|blow (?:my|his|her) (?:brains|head) out|eat(?:ing)? a bullet|(?:swallow|swallowing|suck|sucking|suck on|sucking on|eat|eating) (?:the |a )?(?:barrel|muzzle|end) of (?:a |the |my |his )?(?:\w+'s )?(?:gun|pistol|shotgun|rifle|revolver)|(?:suck|sucking|suck on|sucking on|eat|eating) (?:a |the |my )?(?:shotgun|gun|pistol)(?= *$|[.,;!?]| and| tonight| now)|(?:saved|saving|save|kept|keeping|keep) (?:a|one|a single|the last) bullet (?:for myself|for me)|(?:a|my|the|dad's) (?:gun|pistol|revolver) and (?:a|one|a single) bullet(?= *$|[.,;!?]| (?:and|in|left|for|ready|loaded)\b)|(?:a|one|a single) bullet (?:is all i need|with my name on it)|(?:(?<=\bi )|(?<=\band )|(?<=\bto )|(?<=\bjust )|^|(?<=[.!?] ))(?:aim|aimed|aiming|point|pointed|pointing|hold|held|holding|put|putting) (?:it|the gun|the pistol|my gun) (?:at|to|against) my (?:head|temple)|(?:tempted|urge|urges) to (?:go and )?(?:look for|find|get|grab|take|use|load) (?:my |the |a )?(?:\w+s |\w+'s )?(?:guns?|pistol|rifle|shotgun|rope|noose)|(?:looking|staring|stared|looked|sitting here looking) at (?:the|my|a) (?:\w+'s )?(?:gun|pistol|rifle|shotgun|rope|noose)(?: [\w']+){0,8}? (?:why not|whether to (?:do it|end it|use it|pull)|if i should (?:just )?(?:do it|end it|use it|pull)|to do it|do it|end it|pull the trigger)",
        ),
        (
            "method_cut",
            R.METHOD,
            0.7,
            r"(?:slit|slash|slashing|open|cut|cutting) (?:my|his|her) (?:wrists?|throat|veins?)(?: open)?|bleed (?:out|to death)|(?:knife|knives|blade|blades|razor|razors) (?:on|to|against|across|into) my (?:wrists?|throat|neck|veins?)|(?:go|going|cut|cutting) (?:too )?deep(?:er)? (?:this time|for real)",
        ),
        (
            "method_vehicle",
            R.METHOD,
            0.65,
            r"(?:stepping|step|walk|walking|jump|jumping|throw myself|throwing myself) in front of one\b|(?:drifting|drift|swerving|swerve|steering|steer|veering|veer) (?:over )?(?:the (?:center|centre|middle) line )?into (?:one of them|a semi|a truck|a lorry|oncoming traffic|the oncoming|a tree|a wall|the barrier|a bridge pillar)|(?:crash|crashing|drive|driving|swerve|swerving|steer|steering) (?:my|the|his|her) car (?:into|off|on purpose)|(?:crash|crashing) (?:my car |into a (?:tree|wall) )?on purpose|(?:step|stepping|walk|walking|lie|lying|lay) (?:down )?(?:in front of|into|onto|off|on) (?:a |the )?(?:{VEHICLE}|platform|tracks|railway|traffic)|(?:swerving|swerve|drive|driving) off (?:it|the (?:road|bridge|cliff|overpass))",
        ),
        (
            "method_other",
            R.METHOD,
            0.65,
            r"think about what (?:the whole (?:thing|bottle|pack|box)|all of (?:them|it)) would do|(?:doing|taking|using) (?:way |a lot |so much )?more than usual and letting it take me|(?:beam|rafter|rafters) (?:in|over|across) (?:the |our |my )?(?:garage|barn|loft|attic|shed|basement|hay loft)(?: [\w']+){0,6}? (?:looking at|look at|staring at|stare at|eyeing)|(?:looking|looked|staring|stared|eyeing|eyed) (?:up )?at (?:the |that )(?:beam|rafters?)(?= *$|[.,;!?]| and| in| again)|(?:looking|look|stare|staring|looked) (?:down )?at the (?:edge|drop|ledge)(?! of (?:the )?(?:table|bed|desk|stage|pool|bath))(?: \w+){0,4}? (?:thinking|and think|wondering)|(?:the )?same way (?:he|she|they|my (?:dad|mum|mom|brother|sister|friend|father|mother)) did(?: it)?(?= *$|[.,;!?])|(?:bath|bathtub|tub)(?: [^\w\s]+)? ?(?:\+|and|with) (?:a )?(?:toaster|hair ?dryer)|(?:toaster|hair ?dryer) in(?:to)? the (?:bath|tub)|(?:rocks|stones) in my pockets|pockets full of (?:rocks|stones)|(?:walk|walking|wade|wading|swim|swimming) (?:in|out) (?:til|until|till) i (?:can not|cant) (?:touch|stand|feel)|carbon monoxide|car exhaust|hose (?:from|to|into) the exhaust|charcoal (?:burning|grill) in|helium (?:tank|bag|hood)|plastic bag over (?:my|his|her) head|drown {ANY_SELF}|walk(?:ing)? into the (?:sea|ocean|river|lake|water)(?: and not coming back| and not come back)?|(?:drink|drinking) (?:bleach|antifreeze)|(?:pockets?|bag|coat) (?:full of|filled with|weighed down with) (?:stones|rocks|bricks)|(?:in|inside) the car (?:in|inside) the (?:closed |shut |locked )?garage|(?:car|engine) (?:left )?running (?:in|inside) the (?:closed |shut |locked )?garage(?! (?:to|while|for) (?:warm|defrost|charge))",
        ),
        (
            "method_thought",
            R.METHOD,
            0.7,
            _CONTEMPLATE
            + r" (?:about |of )?(?:\w+ ){0,3}?"
            + _SELF_ACT
            + r"|(?:which|what) (?:\w+ )?(?:pills|meds|tablets|method|rope|bridge|building|knife) (?:i would|i will|to|i could) (?:use|take|do it with|jump from|jump off)|if i (?:ever )?(?:did|do|went through with) it(?:[ ,]+\w+){0,3}? (?:would|will) (?:be|do it) (?:with |by |using )?(?:\w+ )?(?:{METHOD_NOUN}|car|water)|(?:buildings?|bridges?|roofs?|cliffs?|{HIGH_PLACE})(?: \w+){0,6}? (?:would be|were|was|is|are) (?:high|tall) enough(?= *$|[.,;!?])",
        ),
        (
            "method_fixation",
            R.METHOD,
            0.6,
            _CONTEMPLATE
            + r" (?:about |at )?(?:the|my|dad's|mum's|mom's|that) (?:\w+ ){0,2}?(?:{METHOD_NOUN})(?:[ ,]+\w+){0,10}? (?:how (?:easy|quick|high|far|simple|fast|painless|many)|a lot|all the time|every day|constantly|again|lately|differently|and thinking|and can not stop)|(?:think|thinking|thought) about (?:what|how much|how many) (?:i could|to) (?:take|swallow)|(?:reading|read|researching|googling) about how (?:people|to) (?:overdose|hang|drown|jump|die)|"
            + _CONTEMPLATE
            + r" (?:about |of )(?:{PILLS})(?:[ ,]+\w+){0,6}? (?:which ones?|how many|how much)(?= *$|[.,;!?]| (?:would|i would|it would|to take|i need|and how many))|(?:{METHOD_NOUN}|beam|railing) (?:[\w,]+ ){0,8}?i (?:think|thought) about (?:it|using (?:it|one|them))(?: \w+){0,2}? (?:every time|whenever|each time|all the time|constantly)|(?:{METHOD_NOUN}|{HIGH_PLACE}|jumping|overdosing|overdose) (?:keeps |is |kept )?(?:popping|coming|creeping|crossing|running) (?:into|through|across|in) my (?:head|mind)",
        ),
        (
            "method_poison",
            R.METHOD,
            0.7,
            r"(?:drink|drinking|swallow|swallowing|take|taking|down|downing) (?:some |a bottle of |a cup of |the |that |a sachet of |a tin of )?(?:bleach|antifreeze|rat poison|drain cleaner|weed ?killer|pesticides?|insecticides?|herbicides?|paraquat|gramoxone|sniper|otapiapia|organophosphates?|slug pellets|kerosene|lighter fluid|poison|sulphos|celphos|aluminium phosphide|rat killer)(?= *$|[.,;!?]| (?:tonight|today|now|tomorrow|and|so|when|after|before|to))",
        ),
        ("method_ref", R.METHOD, 0.45, r"(?:with|using|by) (?:a |the |my )?(?:{METHOD_NOUN})"),
    ],
)

# A method named with no verb ("tonight 💊") counts only beside other suicide evidence.
BARE_METHOD = rules(
    "suicide",
    SI,
    [
        ("method_named", R.METHOD, 0.35, r"{METHOD_NOUN}"),
        # "i can't stop thinking about it": about a method only beside other suicide evidence.
        (
            "method_fixation_bare",
            R.METHOD,
            0.6,
            r"(?:can not|could not) stop thinking about (?:it|them|the \w+)(?= *$|[.,;!?])",
        ),
        # "how much sertraline would actually be dangerous?": a dose question counts beside
        # another cue ("i keep thinking about it"); alone it is a medicine question.
        (
            "dose_danger",
            R.METHOD_SEEKING,
            0.6,
            r"how (?:much|many) (?:of )?(?:my |these |those |the )?(?:[\w-]+ ){0,3}?(?:would|will|is|are|does it take to|to) (?:actually |really |even )?(?:be )?(?:dangerous|too much|too many|an overdose|a real option)",
        ),
    ],
    anchored=True,
)

# Access is the writer's whoever owns the means: "my dad keeps a gun in the closet".
MEANS = rules(
    "suicide",
    SI,
    [
        (
            "have_means",
            R.MEANS_ACCESS,
            0.7,
            r"(?:got|picked up|bought|collected|scored|saved up|filled) (?:a |my |the |some |enough |all my |(?:\d+|a few|two|three|four|five|six|seven) (?:days|weeks)(?:'s)? (?:worth )?(?:of )?|a (?:strip|sheet|blister|bottle|box|pack|packet|bag|month's supply) of )(?:\w+ )?(?:{PILLS}|take homes)(?! (?:for (?:my|the) (?:headache|back|cold|flu|period|cramps)|at the (?:pharmacy|chemist) for (?:my|the) (?:mum|mom|dad|nan|kids?)))|(?:i have|i have got|i got|i own|there is|there are|we have|i kept|i am holding|in my hand|i keep|keeps|has|i have still got) (?:a |an |my |the |his |her |their |some |enough |about |over |all (?:my |the )?|a (?:full )?(?:bottle|box|stash|bag|pack|packet|handful|drawer) of |(?:\d+|dozens|a lot|lots|loads|plenty) (?:of )?(?:my |the )?)?(?:\w+'s )?(?:(?:loaded |sharp |new |full )?(?:{PILLS}|gun|pistol|rifle|shotgun|rope|noose|knife|blade|blades|razor|razors|razor blades|charcoal|helium|bullets?))|(?:i have|i have got|got) everything i need",
        ),
        (
            "means_here",
            R.MEANS_ACCESS,
            0.75,
            r"(?:{PILLS}|gun|pistol|rope|noose|knife|blade|razor|rifle|shotgun)(?:s|'s)? (?:is |are )?(?:right )?(?:next to me|beside me|with me|in my (?:hand|lap|bag|pocket|backpack|car|room)|on my (?:desk|bed|lap|table|nightstand)|in front of me|ready|loaded|within reach|right there|always right there)|(?:i have|i got) (?:them|it|the \w+) (?:with me|ready|right here)|(?:{PILLS}|gun|pistol|rope|noose|knife|blade|razor) in (?:hand|my hand)",
        ),
        (
            "means_home",
            R.MEANS_ACCESS,
            0.7,
            r"(?:gun|pistol|rifle|shotgun|rope|pills|tablets|meds) (?:is |are )?in the (?:closet|garage|drawer|cabinet|bathroom cabinet|medicine cabinet|cupboard|bathroom|safe|shed|house|kitchen drawer)|(?:where|how) (?:my |our )?(?:dad|mum|mom|father|parents|husband|wife) keeps (?:the |his |her )?(?:key to the )?(?:gun|guns|pills|rifle|shotgun|gun safe)|work (?:at|in) a (?:pharmacy|chemist)",
        ),
        (
            "stockpile",
            R.MEANS_ACCESS,
            0.85,
            r"enough (?:{PILLS}) to (?:kill|end|die|do it|overdose|not wake up)|(?:i have|have) (?:enough|plenty) of (?:my |the )?(?:{PILLS})|(?:\d+|sixty|ninety|a hundred|hundreds) of (?:my |the |these )?(?:\w+ )?(?:left|saved|stored|stockpiled)",
        ),
        (
            "access_place",
            R.MEANS_ACCESS,
            0.55,
            r"(?:i am|i live|i work) (?:near|next to|on the top floor|on the \d+(?:th|st|nd|rd) floor|by|five minutes from|minutes from) (?:a |the |my )?(?:bridge|train tracks|railway|cliffs?|tall building|tracks)|(?:tracks|bridge|cliffs?) (?:are|is) (?:\w+ ){0,3}(?:from|near|next to) my (?:house|home|flat|work)",
        ),
    ],
    subject="self",
)

# Asking for a method; the writer is the one asking, whatever pronoun the question uses.
SEEKING = rules(
    "suicide",
    SI,
    [
        (
            "lethal_dose",
            R.METHOD_SEEKING,
            0.85,
            r"lethal (?:dose|amount|quantity)(?! of (?:caffeine|coffee|vitamins?|water|salt|sugar|chocolate|energy drinks?|nicotine|melatonin))|(?:fatal|deadly) (?:dose|amount)|(?:how many|how much) (?!(?:i|you|he|she|they|we) )(?:of )?(?:my |these |those |the |his |her )?(?:[\w-]+ ){0,3}?(?:would|will|does it take to|it takes to|do you need to|to) (?:kill|die|overdose|end|be fatal|be lethal|be deadly|be too many|stop (?:my|your|someone's|someone is|a person's|his|her) (?:heart|breathing)|not wake up|be too much|be enough to)|(?:how many|how much) (?:\w+ ){0,3}?(?:is|are|would be|will be) (?:lethal|fatal|deadly|an overdose|too much to survive|enough to die)|(?:dose|amount|many|much) of (?:\w+ ){0,3}?(?:before|until) (?:it is|it becomes|you die|it kills) (?:deadly|lethal|fatal)?|(?:{PILLS}) (?:would|will|could) be (?:deadly|lethal|fatal)|(?:which|what) (?:of my )?(?:{PILLS}) (?:\w+ ){0,3}?(?:would|will|could|are) (?:be )?(?:deadly|lethal|fatal|kill)|(?:how many|how much) (?:of )?(?:my |these |those |the )?(?:\w+ ){0,2}?(?:would|will|does) it take (?:to )?(?:kill|die|not wake up|overdose|stop)|(?:how many|how much) (?:of )?(?:my |the |these |his |her )?(?:\w+ )?(?:{PILLS})(?: \w+)? (?:would|will|does) it take(?= *$|[.,;!?])|(?:how many|how much)(?: [\w-]+){0,4}? (?:to|would|will|does it take to) (?:damage|destroy|shut down|wreck|fry) (?:your|my|the|someone's|a person's) (?:liver|kidneys|heart|organs)|(?:what|which) (?:[\w-]+ ){0,3}?(?:is|are|would be) (?:lethal|deadly|fatal)(?= if (?:you|i|someone|a person) (?:drink|drank|swallow|eat|take|mix))",
        ),
        (
            "painless_way",
            R.METHOD_SEEKING,
            0.9,
            r"(?:painless|easiest|quickest|fastest|best|surest|most reliable|least painful|peaceful) (?:way|ways|method|methods) (?:to|of) (?:die|dying|kill|end|go|do it|commit suicide|not wake up)|how (?:do i|to|can i|would i|could i|should i|do you|does one|do people) (?:kill {ANY_SELF}|die painlessly|commit suicide|end my life|hang {ANY_SELF}|overdose|slit my wrists)|(?:which|what) (?:\w+ ){0,2}?(?:is|are) (?:the )?(?:most painless|least painful|quickest|fastest|easiest|surest) (?:way )?to (?:overdose|die|od|go)"
            # "which is more painless, hanging or pills?": methods weighed against each other
            r"|(?:which|what) (?:one )?(?:is|would be) (?:more painless|less painful|quicker|faster|more reliable|surer|more certain|more peaceful)[,:]? (?:\w+ ){0,2}?(?:hanging|pills|an overdose|overdosing|jumping|drowning|a gun|shooting|cutting|od|gas|carbon monoxide|the train|a train)\b",
        ),
        (
            "tall_places",
            R.METHOD_SEEKING,
            0.45,
            r"(?:bridges?|buildings?|cliffs?|towers?|rooftops?) (?:\w+ ){0,3}?(?:are|is) (?:the )?(?:tallest|highest)|(?:tallest|highest) (?:bridges?|buildings?|cliffs?|towers?|places?|rooftops?|parking (?:garages?|structures?)|multi[- ]?stor(?:e)?ys?|car parks?|hotels?)|how (?:fast|often) (?:do|does|are|is) (?:the )?(?:\w+ )?(?:trains?|express(?:es)?|lorries|trucks) (?:go|going|pass|come|run|travel)|(?:which|what) (?:train |railway |tube )?line is the (?:fastest|busiest)|(?:top|highest) floor(?: [\w,]+){0,6}? (?:do|does|can) (?:the )?windows? (?:open|be opened)|(?:bridges?|buildings?|cliffs?) (?:taller|higher) than|how (?:high|tall|far) (?:does|would|do|is) (?:a |the |that )?(?:\w+ ){0,3}?(?:fall|bridge|building|jump|drop|tower|cliff|dam|overpass)(?: (?:need to|have to|to) be)?|survive (?:a|the) (?:fall|jump) from|how many (?:floors|storeys|stories|levels|stor(?:e)?ys) (?:is|are|does|has|high is) (?:the |that |this )?(?:\w+ ){0,2}?(?:car park|parking (?:garage|structure|lot)|multi[- ]?stor(?:e)?y|building|tower|block|hotel|hospital)|(?:fall|jump|drop) from (?:high enough|that height|a (?:\w+ )?height|(?:\d+|how many) (?:stor(?:e)?y|stories|storeys|floors|feet|meters|metres))|(?:\d+(?:st|nd|rd|th)|\w+) floor (?:high|tall) enough|(?:is|are) (?:a |the )?(?:\w+ ){0,2}?(?:floor|building|bridge|balcony|roof) (?:high|tall) enough|(?:roof|rooftop) access|(?:lock|locked|unlock|unlocked|open) (?:the )?roof|(?:nearest|closest) (?:cliff|bridge|tall building|railway|train tracks|high place|overpass)|(?:no|without|do not have|does not have|has no|have no) (?:a )?(?:fences?|barriers?|railings?|nets?|suicide nets?|platform (?:barriers|doors|screens))|(?:a |the )?fall to be (?:fatal|deadly|lethal)|(?:floors|stories|storeys|metres|meters|feet) (?:\w+ ){0,4}?to be (?:fatal|deadly|lethal)|(?:fall|jump) from high enough",
        ),
        (
            # "how common is it for an adult to survive a car crash at 60mph"
            "survival_odds",
            R.METHOD_SEEKING,
            0.6,
            r"(?:how (?:common|likely|often|rare)|what (?:are|is) the (?:chances?|odds|likelihood|probability)|(?:would|could|can|does|do) (?:i|you|someone|somebody|a person|an adult|anyone|people) (?:\w+ )?(?:survive|die)) (?:\w+ ){0,6}?(?:survive|surviving|die from|dying from|die in|dying in)? ?(?:a |an |the )?(?:car crash|crash at|fall from|fall off|jump from|jump off|jumping from|jumping off|overdose of|hanging|gunshot to)(?! (?:insurance|statistics for (?:my|our) (?:class|essay)))",
        ),
        (
            "how_long_die",
            R.METHOD_SEEKING,
            0.6,
            r"how long (?:does it|would it|will it|do you) (?:take )?(?:to )?(?:drown|die|bleed out|suffocate|lose consciousness|pass out from)|how deep (?:does|do|should|would) (?:a cut|i|you) (?:need to )?(?:be|cut|go)|(?:hit|reach|sever|cut) an artery|can (?:you|i|someone|a person) (?:overdose|od|die) (?:on|from) (?!vitamin|caffeine|water|coffee|a bee|bee|chocolate)(?:\w+ ){0,3}?(?:{PILLS}|pills|antihistamines|insulin|tablets|meds)|what happens if (?:you|i|someone) (?:mix|take|combine|drink) (?:\w+ ){0,3}?(?:{PILLS}|alcohol|vodka|wine|whiskey) (?:and|with) (?:\w+ ){0,2}?(?:{PILLS}|alcohol|vodka|wine|beer|whiskey)|how (?:cold|deep|fast) is (?:the )?(?:river|lake|sea|water|current)|can (?:you|i|someone|a person) (?:die|survive) (?:from |after )?(?:jumping|falling|a fall|a jump) (?:off|from)|what happens if (?:you|i|someone) (?:take|swallow|drink) (?:\d+|all|every one|a whole (?:box|bottle|pack|packet)|the whole (?:box|bottle|pack|packet))(?: of)? (?:[\w-]+ ){0,2}?(?:{PILLS}|them)|(?:river|sea|lake|canal|reservoir|estuary|weir)(?: \w+){0,4}? (?:have|has) (?:a )?(?:strong|fast|dangerous|deadly) current|how long (?:would|could|can|does|do|will) (?:someone|somebody|a person|you|i|one|people|a body) (?:survive|last|stay alive|stay conscious) (?:in|under) (?:the |a |freezing |cold |icy )*(?:sea|water|river|lake|ocean|snow|cold|freezer|canal|reservoir)|(?:strongest|most powerful|most dangerous) (?:over the counter |otc |non prescription |prescription )?(?:{PILLS}|sleeping (?:tablets?|pills?)|painkillers?|sedatives?)(?= *$|[.,;!?]| (?:you|i|that|money|to buy|i can|without))",
        ),
        (
            "buy_weapon_fast",
            R.METHOD_SEEKING,
            0.55,
            r"(?:where|how) (?:can|do|could) i (?:buy|get|find) (?:a )?(?:gun|rope|pills|sleeping pills|helium|charcoal|poison)(?: fast| quickly| today| without)?|(?:gun|firearm) (?:without|no) (?:a )?(?:background check|license|waiting period)",
        ),
        (
            "research",
            R.METHOD_SEEKING,
            0.8,
            r"(?:looking up|looked up|googling|googled|researching|researched|searching|searched|reading up on) (?:how|what|which|ways|methods) (?:\w+ ){0,4}?(?:{PILLS}|overdose|lethal|die|kill|fatal|hang|it takes)",
        ),
        (
            "which_method",
            R.METHOD_SEEKING,
            0.6,
            r"(?:does|would|will|can|could) (?:\w+ ){0,6}?(?:kill|killed) (?:you|someone|a person|me)(?= *$|[.,;!?])|(?:is|would|will) (?:\w+ ){0,5}?(?:enough|high enough|deep enough|tall enough) to (?:kill|die|not wake up|stop (?:my|your|a|the) heart)|(?:does|would|will|can) (?:\w+ ){0,3}?(?:hurt|be painful|work|kill you|be quick)(?: \w+){0,3}? (?:if i|if you) (?:jump|overdose|hang|cut|drown|shoot|take)",
        ),
    ],
    subject="self",
)

ALL = METHOD + BARE_METHOD + MEANS + SEEKING
