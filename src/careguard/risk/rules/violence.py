"""Harm to others: thoughts, threats and plans to hurt someone, with a target or a weapon."""

from __future__ import annotations

from careguard.risk.rules._base import rules
from careguard.types import Category, Reason

R = Reason

_HURT = (
    r"(?:kill|killing|murder|murdering|stab|stabbing|shoot|shooting|hurt|hurting|harm|harming"
    r"|strangle|strangling|choke|choking|poison|poisoning|beat|beating|hit|hitting|punch|punching"
    r"|attack|attacking|smash|smashing|run (?:him|her|them) over|running (?:him|her|them) over"
    r"|slap|slapping|kick|kicking|burn|burning|bash|bashing|do something to|snap at)"
)
_TARGET = (
    r"(?:him|her|them|his face|her face|their faces|my (?:\w+ )?{KIN}|my ex(?:'s \w+)?|the (?:guy|man"
    r"|woman|girl|boy|kids?|children|people|person|bully|bullies|teacher|neighbou?r|baby|\w+ (?:who|that))"
    r"|people|everyone|someone|somebody|strangers|that (?:\w+ )?(?:teacher|guy|man|woman|kid|bitch"
    r"|bastard)|\w+'s (?:new )?(?:boyfriend|girlfriend|husband|wife)|his (?:ex|new \w+)|her (?:ex|new \w+)"
    r"|the (?:\w+ )?(?:kids?|people|guy) who)"
)
_FRAME = (
    r"(?:want to|wanna|going to|gonna|will|am going to|plan to|planning to|thinking about|think"
    r" about|thoughts (?:of|about)|(?:intrusive )?fantasies (?:of|about)|urges? to|urge to|fantasi[sz]e about|fantasi[sz]ing about|imagine"
    r"|imagining|picture|picturing|dream about|could actually|could|might|swear i will|scared i will"
    r"|afraid i will|worried i will|scared i might|afraid i might|one day i will really|i will really"
    r"|about to|ready to|need to|have to)"
)

VIOLENCE = rules(
    "violence",
    Category.HARM_TO_OTHERS,
    [
        (
            "kill_other",
            R.VIOLENT_THOUGHTS,
            0.8,
            _FRAME + r" (?:(?!not\b|never\b)\w+ )?" + _HURT + r" " + _TARGET,
        ),
        (
            "kill_intent",
            R.VIOLENT_THOUGHTS,
            0.9,
            r"(?:want to|wanna|going to|gonna|will|i will|swear i will|am going to|plan to|planning to|need to|have to) (?:\w+ )?(?:kill|murder|stab|shoot|strangle|poison) (?:him|her|them|my (?:\w+ )?{KIN}|my ex(?:'s \w+)?|that (?:\w+ )?(?:teacher|guy|man|woman|kid|bitch|bastard)|the (?:\w+ )?(?:kids?|guy|man|woman|bully|bullies|teacher) (?:who|that))",
        ),
        (
            "threat",
            R.VIOLENT_THOUGHTS,
            0.9,
            r"(?:going to|gonna|will|swear i will|i will) (?:kill|stab|shoot|murder|strangle) (?:my (?:\w+ )?{KIN}|him|her|them)(?= *$|[.,;!?])|(?:hurt|make) (?:him|her|them) (?:the way|like|as) (?:he|she|they) (?:hurt|did|made) me|(?:make|making) (?:him|her|them|\w+|my (?:\w+ )?{KIN}|the \w+(?: who \w+ me)?)(?: all| both)? (?:pay|regret (?:it|this|evicting|sacking|firing|leaving|hurting|what))|(?:is|are|going to|will) (?:pay|regret)(?: for (?:this|it|what))?(?= *$|[.,;!?]| tonight| tomorrow| soon)|(?:needs|need) to (?:learn|be taught) a lesson|(?:going to|gonna|will|swear i will|i will) break (?:his|her|their|that \w+'s) (?:legs|arms|neck|jaw|nose|face)|(?:teach|going to teach) (?:him|her|them|it) a lesson|(?:will not|wo not) see it coming|i have a list|(?:bring|bringing|take|taking) (?:a |my |something|the |\w+'s )?(?:gun|knife|weapon|something|bat)? ?to (?:school|work|class|the office)(?: \w+){0,5}? (?:pay|hurt|kill|shoot|regret)|(?:bring|take) (?:my |his |her |\w+'s )(?:gun|knife|bat|weapon)(?= *$|[.,;!?]| to| tomorrow| tonight)|(?:i know|found out) where (?:he|she|they) lives?",
        ),
        (
            "mass",
            R.VIOLENT_THOUGHTS,
            0.95,
            r"(?:shoot|shooting) up (?:the|my|a) (?:school|class|office|work|church|mall|place)|(?:do|commit|plan|planning|carry out) a (?:school|mass) shooting|(?:take|taking) (?:them|everyone|people) (?:with me|down with me)|(?:shoot|kill|stab|bomb) (?:everyone|everybody|people|them all) (?:at|in) (?:my|the|this) (?:school|class|work|office|church|college|uni)|i (?:want to|will|am going to|could) kill (?:them )?all",
        ),
        (
            "armed",
            R.VIOLENT_THOUGHTS,
            0.95,
            r"(?:outside|at|to|near|driving to|going to|on my way to|waiting (?:outside|at|for)) (?:my )?(?:his|her|their|\w+'s) (?:\w+ )?(?:house|place|home|work|school|office|flat|apartment|car|shift)(?: \w+){0,3}? with (?:a|my|the|his|her) (?:knife|gun|bat|weapon|machete|axe|hammer)|(?:the |my )?(?:bat|knife|gun|machete|axe) is in (?:my|the) (?:car|bag|pocket|hand)(?: \w+){0,4}? (?:waiting|for (?:him|her|them))|(?:gun|knife|bat|weapon|machete|axe|hammer)(?:[ ,]+\w+){0,8}? (?:driving|going|heading|on my way|walking) (?:to|over to) (?:my )?(?:his|her|their|\w+'s) (?:\w+ )?(?:house|place|home|work|school|office|flat)",
        ),
        (
            "weapon_other",
            R.VIOLENT_THOUGHTS,
            0.9,
            r"(?:bought|got|have|loaded|carrying|carry|brought) (?:a |my )?(?:gun|knife|weapon|machete|bat) (?:for|to use on|to (?:kill|hurt|shoot|deal with|get|sort out|use on)) (?:him|her|them|my|the|those|that|these)",
        ),
        (
            "acted",
            R.VIOLENT_THOUGHTS,
            0.75,
            r"(?:threw|thrown|throwing) (?:a |the )?(?:chair|bottle|plate|glass|knife|punch|phone) at (?:my|him|her|them)|(?:scared|afraid|terrified) of what i (?:might|will|could) do(?: to)?|(?:thinking|think|thought) about what i (?:would|will|could|am going to) do to (?:him|her|them)|i (?:\w+ ){0,4}?(?:pinned|shoved|slammed|slapped|punched|choked|strangled|kicked) my (?:\w+ )?{KIN}(?! (?:up|back)\b)|(?:following|followed|stalking) (?:my ex|\w+'s|him|her|them) (?:\w+ ){0,2}?around|(?:my )?temper is getting (?:scary|out of control|dangerous)|i see red|(?:get|getting) back at (?:him|her|them)(?: \w+){0,5}? (?:suffer|pay|regret)|deserves? to (?:suffer|die|pay)|(?:punch|punches|punching|punched) (?:walls|holes in (?:the )?walls?)|(?:breaking|smashing|breaks|smashes) things|beat the (?:crap|shit|hell|living daylights|life) out of (?:him|her|them|my \w+|that \w+|\w+)",
        ),
        (
            "harm_baby",
            R.CHILD_AT_RISK,
            0.9,
            r"(?:thoughts|urges|scared i will|afraid i will|worried i will|scared i am going to|afraid i am going to|might|nearly|almost) (?:of |to |about )?(?:hurt|harm|drown|smother|shake|hit|hurting|harming|drowning|smothering|shaking|hitting|killing|kill) (?:my |the )?(?:baby|newborn|infant|child|children|kids?|son|daughter|toddler)|(?:pillow|hand|blanket|cushion) over (?:my |the |his |her )?(?:baby|newborn|infant|son|daughter|toddler)(?:'s)? (?:face|mouth|head)|i (?:\w+ ){0,2}?(?:shook|shake|shaken|slapped|smacked|hit|punched) (?:my |the )?(?:\d+ (?:year|month|week) old |little )?(?:baby|newborn|infant|toddler)",
        ),
    ],
)
