"""Abuse and violence suffered: partners, family, carers; coercive control; children at risk."""

from __future__ import annotations

from careguard.risk.rules._base import rules
from careguard.types import Category, Reason

R = Reason

# A parent named as a name ("mum locks me in ..."), at the start of a sentence or clause.
_BARE_PARENT = (
    r"(?:(?<=^)|(?<=[.!?,;] )|(?<=\band ))(?:mum|mom|mam|dad|stepdad|stepmum|stepmom|step dad"
    r"|step mum|step mom)"
)
_ABUSER = (
    r"(?:he|she|they|my (?:\w+ )?{KIN}|(?:his|her|their) (?:\w+ )?{KIN}|\w+'s (?:\w+ )?{KIN}|"
    + _BARE_PARENT
    + ")"
)
_VIOLENT = (
    r"(?:hits|hit|beats|beat|chokes|choked|strangles|strangled|kicks|kicked|punches|punched|slaps"
    r"|slapped|shoves|shoved|pushes|pushed|grabs|grabbed|threatens|threatened|hurts|hurt|abuses"
    r"|abused|raped|rapes|forces|forced|molests|molested|grooms|groomed|burns|burned"
    r"|bites|bit|throws things at|spits on|locks|locked|drags|dragged|pins|pinned|restrains|hitting"
    r"|beating|kicking|punching|choking|hurting|abusing|slapping|shoving|pushing|strangling|raping"
    r"|corners|cornered|gropes|groped)"
)
_CONTROL = (
    r"(?:screams at|yells at|shouts at|yelling at|screaming at|shouting at|belittles|humiliates"
    r"|isolates|stalks|follows|tracks|monitors|watches|controls|threatens|blackmails|insults"
    r"|calls|called|takes|took|keeps|hides|hid|broke|smashed|destroyed|reads)"
)

# An age that makes the writer a child: abuse they describe puts a child at risk.
MINOR = rules(
    "abuse",
    Category.ABUSE,
    [
        (
            "minor_age",
            R.CHILD_AT_RISK,
            0.7,
            r"(?:i am|im|i'm) (?:only |just )?(?:1[0-7]|[6-9])(?= *$|[.,;!?]| years? old| and| so)",
        ),
    ],
    subject="self",
    needs=frozenset({R.ABUSE}),
)

# After "pushed me", "forced me", "grabbed me": urging or a favour, not violence. Forcing
# someone to have sex, drink or take something stays abuse.
_NOT_FORCE = (
    r"(?<=push(?:ed|es) me) to (?!(?:the |my |a )?(?:ground|floor|wall|edge|stairs|bed)\b)"
    r"|(?<=forc(?:ed|es) me) to (?!have sex|do (?:things|stuff|sexual|it)|touch|perform|watch"
    r"|drink|take|sleep with|strip|undress|kiss|send|stay|eat|lie|keep)"
    r"|(?:(?<=grabbed (?:me|us))|(?<=grabs (?:me|us))) (?:a|an|some|coffee|lunch|food|dinner)\b"
)


ABUSE = rules(
    "abuse",
    Category.ABUSE,
    [
        (
            "being_hit",
            R.ABUSE,
            0.8,
            _ABUSER
            + r" (?:(?!not\b|never\b|no\b)\w+ ){0,3}?"
            + _VIOLENT
            + r" (?:me|us|her|him|them|(?:my|his|her) (?:\w+ )?{KIN})(?: up)?(?!"
            # "pushed me to apply", "forced me to go to the dentist", "grabbed me a coffee"
            + _NOT_FORCE
            + r"| (?:a (?:message|text|letter|gift)|up (?:about|on)|with (?:a|the|his|her) (?:pillow|ball|toy|snowball|pencil|cushion)|by accident|back|(?:out|along|round|around) (?:to|for|with|of bed|of the house)|out(?= *$|[.,;!?])|(?:out |along )?to (?:the |a |his |her |their )?(?:pub|bar|party|gym|shops?|cinema|movies|club|concert|game|match|church|beach|park|brunch|dinner|lunch|karaoke|pool|bowling|quiz)))|(?:shoved|pushed|threw|thrown|slammed) me (?:into|against|down|across|on)|(?:mom|mum|mother|dad|father|stepdad|stepmom|stepmum|stepfather|stepmother|parents?|husband|wife|boyfriend|girlfriend|partner|bf|gf|fiance|fiancee) (?:\w+ ){0,2}?(?:throw|throws|threw|throwing) (?:stuff|things|plates|bottles|glasses|shoes|objects|cups|mugs|a (?:plate|bottle|glass|shoe|mug|cup|chair|remote|phone)) at (?:me|you|my (?:head|face))(?! (?:in|during) (?:the |a )?(?:game|match|practice|training|snowball))|forces me to (?:have sex|do things)|(?:and|then) (?:shoved|slapped|punched|kicked|choked|strangled|pinned|dragged) (?:me|her|him)(?! (?:a|an|some)\b)|(?:drag|drags|dragged|dragging|pull|pulls|pulled|pulling) (?:me|him|her|them) (?:by|across) (?:the|my|his|her) (?:hair|neck|throat)|(?:puts|put|holds|held|keeps) (?:his|her|a) hand over (?:her|his|my|their) (?:mouth|face|nose)|(?:tried|tries|trying) to (?:strangle|choke|suffocate|drown|stab|kill) me|touch(?:es|ed|ing)? me (?:when|while|at night|every|without|in (?:my|the) (?:room|bed|kitchen))",
        ),
        (
            "abuse_named",
            R.ABUSE,
            0.75,
            r"domestic (?:violence|abuse)|abusive (?:relationship|marriage|partner|husband|wife|boyfriend|girlfriend|home|parents?|dad|mom|mum)|(?<!of )(?<!fear )(?<!afraid )(?<!about )(?:being|been|was|am|get|got|i was|i am being) (?:abused|raped|assaulted|molested|beaten|choked|trafficked|groomed|strangled|sexually assaulted)(?! by (?:a|the) (?:truck|car|bus|ball|wave|cold|flu))|sexual(?:ly)? (?:abuse|abused|assault|assaulted)|(?:he|she|they) (?:will|would|is going to|said (?:he|she|they) would|says (?:he|she|they) will|keeps saying (?:he|she|they) will|threatened to|threatens to|(?:has )?threatened to) kill me|(?:threatens|threatened|threatening) to (?:kill|hurt) me|afraid (?:to go|of going) home|scared (?:of|to go home to) (?:him|her|my (?:\w+ )?{KIN})|(?:i am )?hiding (?:from (?:him|her|them)|in the (?:bathroom|closet|car|wardrobe|bedroom|cupboard|toilet|loft|shed))|(?:says|said|threatens|threatened) (?:he|she|they) (?:will|would|is going to) use (?:it|the \w+) on me|banging on the door",
        ),
        (
            "coercion",
            R.ABUSE,
            0.55,
            r"(?:will not|does not|do not|never) let me (?:leave|go out|see my (?:friends|family)|have (?:money|my phone|my own \w+(?: \w+)?|a bank \w+|any money)|talk to)|(?:takes|took|keeps|controls) (?:my|all my|all of my) (?:wages|salary|pay|benefits|bank card|cards)|(?:goes|go|went|going) through (?:my (?:phone|messages|texts|emails|bag|things)|mine) (?:every|all|when|while|and)|(?:smashes|breaks|takes|smashed|broke) (?:it|my phone) (?:if|when|whenever) i (?:talk|speak|text|see|go|call)|(?:shared|posted|sent|leaked|spread) (?:private|intimate|nude|naked|sexual) (?:photos|pictures|pics|videos|images) of me|(?:threatening|threatens|threatened) to (?:send|share|post|leak) (?:them|my|the|those|photos|pics|pictures|nudes)|(?:new|fake|different) accounts? to (?:message|contact|follow|watch|harass) me|(?:sends?|sending|sent) me (?:sexual|explicit|dirty|nude|naked) (?:messages|texts|pictures|photos|pics)|(?:controls|tracks|monitors|checks|reads) (?:my|all my|all our|every|her|his) (?:money|phone|location|every move|messages|texts|penny|spending)|(?:took|takes|locked|hid|hides|broke|smashed) (?:my|her|his) (?:phone|passport|keys|money|pension|car keys|bank card)|(?:hid|hides|locked up|locks up|withholds|withheld|took away|takes away|flushed|flushes) (?:my|her|his) (?:medication|meds|pills|inhaler|insulin)|(?:took|takes|keeps) (?:my|her|his) (?:medication|meds|pills|inhaler|insulin) (?:away|off me|from me)|(?:makes|made) me feel (?:crazy|like i am crazy|worthless)|(?:watches|checks) everything i do|(?:threatens|threatened) to (?:out me|leave|take the kids|tell|kick me out|hurt|report)|says i (?:will|would) lose my (?:job|kids|visa|shifts|place|home|house|children)|(?:keeps|kept) showing up at my (?:work|house|home|school)|(?:turned|turns|showed|shows) up at my (?:house|work|home|door|school)(?: \w+){0,3}? (?:at \d|in the middle of the night|uninvited|again)|(?:stalking|stalks|stalked|harassing|harasses|harassed) me|follow(?:s|ed|ing)? me home|(?:calls|called|calling) me (?:worthless|useless|stupid|fat|ugly|a whore|names) (?:every|all the|constantly|daily)|(?:screams|yells|shouts) at me (?:and|every|all|when|if)|(?:have|has) to show (?:him|her|them) (?:receipts|my phone|every)|(?:taking|takes|took|stealing|steals) (?:my|her|his) (?:money|pension|benefits)(?: and| \w+ing)",
        ),
        (
            "child",
            R.CHILD_AT_RISK,
            0.9,
            r"(?:i am|i am only|i am just|im|she is|he is|is) (?:\d|1[0-7]|a kid|a child|a minor|underage)\b(?:.{0,80})(?:hits|beats|touches|touched|abuses|hurts|locks|starves|comes into|room at night|scared to go home)|(?:hits|beats|touches|touched|abuses|hurts|burns|shakes) (?:my |her |his |their )?(?:little |\d+ (?:year|month) old |baby )?(?:brother|sister|son|daughter|kid|kids|child|children|baby|toddler)(?= *$|[.,;!?]| and| when| every| again)|(?:hits|beats|touches|touched|abuses|hurts|burns|shakes) (?:my |her |his |their )\d+ (?:year|month) old|(?:child|kid|\d+ year old) (?:is )?(?:being )?(?:abused|neglected|beaten|molested|hit)|(?:comes|came|coming) into (?:my|her|his) room at night|(?:leaves|left) (?:me|us|them|my little \w+|my (?:brother|sister)) (?:and (?:my )?(?:little )?(?:brother|sister) )?alone for days|(?:is )?grooming (?:her|him|my \w+)|(?:little |baby |younger |small )?(?:cousin|brother|sister|niece|nephew|son|daughter|kid|child|toddler|grandson|granddaughter)(?: \w+){0,3}? (?:is being|being|is|gets|was) (?:abused|hit|beaten|hurt|neglected|starved|molested)|(?:kids?|children|baby|toddler|son|daughter|brother|sister)(?: \w+){0,3}? (?:are|is|were|was|get|got) (?:left )?(?:home )?alone for (?:days|nights|the weekend|hours)|(?:kids?|children|baby|toddler)(?: \w+){0,3}? (?:look|looks|looking|are|is) (?:starving|malnourished|hungry all the time)|(?:kid|child|boy|girl|nephew|niece) (?:\w+ ){0,3}?(?:has|had) (?:bruises|burn marks?|marks) |(?:flinches|flinch) (?:every time|when)|my (?:parents?|mom|mum|dad|stepmom|stepmum|stepdad|step ?mother|step ?father) (?:\w+ )?(?:beat|beats|hits|locks|locked|starves) me(?: with| out| in| when| every| if| and my)|(?:a girl|a boy|a kid) (?:\w+ ){0,4}?said (?:her|his) (?:dad|mom|mum|parents?) (?:hits|beats|hurts)|(?:stepdad|stepfather|step ?dad|uncle|(?:mum|mom|mother)'s (?:boyfriend|partner)|babysitter|coach|tutor)(?: \w+){0,6}? (?:touch(?:es|ed|ing)? (?:me|her|him)|gets into (?:bed|the bath) with|(?:sends?|asks?) (?:me|her|him) (?:for )?(?:pics|photos|pictures|nudes))|(?:touch\w*|bed|bath\w*|babysit\w*)(?: \w+){0,8}? (?:our (?:little )?secret|keep (?:it )?(?:a )?secret|not to tell)|(?:keep|keeping) secrets? about what (?:he|she|they) (?:does|do|did)|(?:older|adult|grown) (?:guy|man|woman|person|men)(?: \w+){0,6}? (?:asking|asks|keeps asking|wants|sends|sending) (?:me|him|her|my (?:\w+ ){0,3}?(?:son|daughter|kid|child|boy|girl)) (?:for )?(?:pics|photos|pictures|nudes|gifts|to meet)|asks (?:him|her|me) to meet (?:up )?(?:secretly|in secret|alone)|(?:send|share|post|leak) the (?:ones|pics|photos|pictures) (?:he|she|they) (?:has|have)|(?:have not|has not|had not|not) (?:had|eaten) (?:proper |any |real )?food (?:in|for) (?:\w+ )?days|(?:leaves|left|leaving) (?:her|his|their|the) (?:\w+ )?(?:toddler|baby|kids?|children|child) (?:\w+ ){0,2}?alone (?:in|for|at|all)|(?:bruises|marks|burns)(?:[ ,]+\w+){0,12}? (?:not to tell|not allowed to (?:talk|tell|say)|(?:scared|afraid|too scared) to (?:speak|talk|say|tell)|says (?:she|he) fell)",
        ),
        (
            # "the bruises are healing but i'm still scared to go home"
            "afraid_home",
            R.ABUSE,
            0.7,
            r"(?:bruises?|black eye|welts?|cuts on my face)(?! from (?:rugby|football|soccer|hockey|boxing|sparring|training|practice|the gym|climbing|a fall|the fall|falling|skating|biking|cycling|the match|the game|work))(?: [\w']+){0,12}? (?:scared|afraid|terrified|frightened) (?:to go|of going) (?:back )?home|(?:scared|afraid|terrified|frightened) (?:to go|of going) (?:back )?home(?: [\w']+){0,12}? (?:bruises?|black eye|hit me|hits me|hurt me|hurts me|beat me|beats me|(?:wait|just wait) (?:till|until) i see you)",
        ),
        (
            "coerced",
            R.ABUSE,
            0.7,
            _ABUSER
            + r" (?:\w+ )?"
            + _CONTROL
            + r" (?:me|her|him) (?:and |every |all |when |if |into |so |because |for )|"
            + _ABUSER
            + r" (?:\w+ )?(?:screams|yells|shouts) at (?:me|her|him)",
        ),
    ],
)

# Asking the abuser's leave for money: the writer is named as the one who must ask.
PERMISSION = rules(
    "abuse",
    Category.ABUSE,
    [
        (
            "permission",
            R.ABUSE,
            0.55,
            r"i (?:have|had) to ask (?:him|her|them|my (?:\w+ )?{KIN}) (?:for money|for permission|before i (?:spend|buy|go out))",
        ),
    ],
    subject="self",
)

# "is it normal for your mum to throw stuff at you": the asker's own home, in the second person.
ASKED = rules(
    "abuse",
    Category.ABUSE,
    [
        (
            "asked_if_normal",
            R.ABUSE,
            0.85,
            r"is (?:it|this) (?:normal|ok|okay|abuse|acceptable) for (?:your|ur|a|my) (?:\w+ )?{KIN} to (?:throw (?:stuff|things|\w+) at|hit|slap|beat|punch|kick|choke|strangle|lock) (?:you|me)\b",
        ),
    ],
    subject="self",
)
