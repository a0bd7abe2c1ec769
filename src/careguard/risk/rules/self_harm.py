"""Self-harm without suicidal intent: cutting, burning, hitting, and its urges and signs."""

from __future__ import annotations

from careguard.risk.rules._base import rules
from careguard.types import Category, Reason

R = Reason

_BODY = r"(?:arms?|legs?|thighs?|wrists?|skin|stomach|hips?|body|face|head|hands?|knuckles|chest|ankles?)"
# Objects after "cut" that make it ordinary ("cut my hair", "cut the cord", "cut class").
_NOT_SELF = (
    r"(?! (?:(?!(?:because|becuase|cause|when|whenever|and|but|so|since|if|until|till|again|tonight|today|or)\b)\w+ )?(?:off|back|down|out|in|through|up|my hair|hair|the|a(?! lot\b(?! of))|an|it|class|classes|school"
    r"|ties|him|her|them|you|carbs|sugar|costs|corners|someone|people|contact|loose|my losses"
    r"|my finger|my thumb|my hand while|myself off|paper|onions|bread|grass|the cord|in line)\b)"
)

SELF_HARM = rules(
    "self_harm",
    Category.SELF_HARM,
    [
        (
            "cutting",
            R.SELF_HARM,
            0.85,
            r"(?:cut|cutting|cuts|scald|scalds|scalding|scalded|burn|burns|burning|burned|burnt|scratch|scratches|scratching|scratched|hit|hits|hitting|punch|punches|punching|bite|bites|biting|bit|carve|carves|carving|carved|slap|slaps|slapping|slapped|stab|stabs|stabbing) (?:myself|himself|herself|themselves|(?:my|his|her) (?:own )?"
            + _BODY
            + r")(?<!scratching my head)(?<!scratch my head)(?<!scratched my head)(?! (?:while |when |by accident |accidentally )?(?:cooking|shaving|chopping|slicing|working|gardening|on (?:the|a|my) (?:\w+ )?(?:oven|stove|pan|iron|kettle|grill|tray|hob|fence|glass|nail|door|table|cupboard|shelf|ceiling|wall|desk)|in (?:the|a) (?:door|car door)|with (?:the|a) (?:pan|kettle|iron|oven)))|carv(?:e|ed|es|ing) (?:\w+ ){0,3}?(?:into|in|on) (?:my|his|her) (?:own )?(?:arms?|legs?|thighs?|wrists?|skin|stomach|hips?|body|hand)|(?<!clean from )(?<!clean of )(?<!free from )(?<!free of )(?<!recovery from )(?<!recovered from )(?<!recovering from )self[- ]?harm(?:ing|ed|er)?(?! free| clean)|self[- ]?injur(?:y|e|ing|ies)|(?:hurt|hurting|harm|harming) (?:myself|himself|herself|themselves)|relapsed? (?:on|into|with) (?:cutting|self[- ]?harm|sh)|(?:my|his|her|hiding|hide|covering|cover) sh\b|sh (?:again|urges|relapse|scars|wounds)|(?:urges? to|want(?:ed)? to|wanna|need(?:ed)? to|tempted to|about to|gonna|going to|trying not to|try not to|\bi(?: still| just| really| only)?|anyone else) sh\b(?=(?: \w+)?(?: again| when| because| after| last| tonight| today| yesterday| every| and| but| so|[.,;!?]| *$))",
        ),
        (
            "cut_bare",
            R.SELF_HARM,
            0.7,
            r"(?:i|i have|i have been|i started|i used to|i still|i just|i only|and|then) (?:\w+ )?(?:cut|cutting|self harm|burning myself)"
            + _NOT_SELF
            + r"(?= *$|[.,;!?]| (?:to|again|when|because|so|until|tonight|last night|every|and|but|whenever|since|for|anymore|any more|after|last|yesterday|today|this|a lot(?! of)|too(?= *$|[.,;!?])|regularly|daily|badly|heavily|as a (?:teen|kid|teenager)|in (?:high school|school|college|uni|my teens)))|(?:i|and i|then i) (?:\w+ )?cut in (?:the|my) (?:\w+ )?(?:bathroom|toilets?|shower|bedroom)|(?:^|(?<=[.!?] ))(?:cut|burned|burnt) again(?= *$|[.,;!?]| (?:tonight|today|last night|after|for the first time|this|yesterday|and|but|lol|ugh|even))|cutting is (?:the only|my|how)|(?:i|i am|i was|i used to be) (?:a |an )?(?:former |ex |recovering |self confessed )?(?:cutter|self harmer)(?= *$|[.,;!?]| (?:and|but|for|since|in|when|too|myself|as)\b)|went (?:straight )?to the bathroom and cut",
        ),
        (
            # "i used to cut myself and i really want to again": the past is the rule's own
            "urge_again",
            R.SELF_HARM,
            0.8,
            r"used to (?:cut|self harm|burn|hurt)(?: myself)?,? (?:and|but) (?:now )?(?:honestly )?i (?:(?:really|kind of|kinda|so|honestly|still|just) ){0,2}(?:want|need|feel like|am tempted|have the urge) to (?:again|do it again|start again)",
        ),
        (
            "urge",
            R.SELF_HARM,
            0.8,
            r"(?:clean|free) (?:from|of) (?:self harm|sh|cutting)(?:[ ,]+\w+){0,6}? (?:want|wanting|urge|urges|tempted|close|going|about) to (?:relapse|cut|give in)|(?:considering|consider|thinking (?:of|about)|about to|close to|going to|want to|wanting to|tempted to|tempted by) relaps(?:e|ing) (?:in|into|on|with|to) (?:cutting|self harm|sh|burning)|(?:allow|allowed|allowing|let) myself (?:to )?(?:cut|burn|self harm)(?! (?:my hair|loose|off)\b)|(?:can not|could not|can't) bring myself to cut (?:too |to |that |as )?deep(?:ly|er)?|careful (?:not to|to not|not) cut (?:too deep|where|near|over|across|anywhere)|relapsed(?: [\w']+){0,4}? after (?:[\w']+ ){1,3}?(?:without|free of|clean (?:from|of)|of no) (?:cutting|self harm|sh|burning)|(?:cry|crying|drink|drinking|scream|screaming),? (?:and )?(?:cut|cutting)(?:,| and) |(?:urge|urges|craving|cravings|need|needs|want|wanting|itching|tempted) to (?:cut|burn|hurt|harm|hit|punish|scratch)"
            + _NOT_SELF
            + r"|(?:fresh|new|deep|open) (?:cuts|wounds|scars)|(?:razor|blade|sharpener) (?:blades? )?(?:to|for) (?:cut|cutting)|(?:reopen|reopening|reopened|pick|picking) (?:the |my )?(?:cuts|wounds|scabs)|(?:hide|hiding|cover|covering) (?:the |my |his |her )?(?:cuts|scars|burns|marks) (?:on|from|with|for)|(?:cuts|scratches|burns|scars) (?:all )?(?:on|over|up and down) (?:my|his|her) (?:\w+ )?(?:arms?|legs?|thighs?|wrists?|stomach|body|them)|(?:covered in|full of) (?:cuts|scratches|scars|burns)|(?:arms|legs|wrists|thighs|skin) (?:have|has|are|is) (?:\w+ )?(?:cuts|scratches|scars|burns|marks)|(?:my|the) (?:blades?|razors?)(?: \w+){0,4}? (?:only thing|helps|in my drawer)|(?:found|took|hid) my (?:blades?|razors?)|(?:broke|break|broken) (?:a |the |my )?(?:sharpener|razor|pencil sharpener) (?:to get|for)|(?:head|fist|fists) (?:against|into|on) (?:the |a )?wall|(?:deliberately|on purpose|purposely|intentionally) (?:cut|burn\w*|scald\w*|punch\w*|bang\w*|scratch\w*|hit) (?:myself|my)|(?:cut|burnt|burned|scalded|punched|banged|hit|smashed) (?:the |my )?(?:\w+ )?(?:mirror|window|wall|glass|door|arms?|legs?|thighs?|wrists?|stomach|face|head|hands?|knuckles) (?:on purpose|deliberately)|(?:pull|pulled|pulling|pulls|rip|ripped|ripping|tear|tore|tearing) (?:my|out my) (?:own )?hair out|pull(?:ing|ed)? out (?:my|clumps of my) hair|(?:use|used|using|take|took|taking) (?:a |the |my )?(?:blade|compass|lighter|sharpener|scissors) (?:on|to|into|across) (?:my) (?:\w+ )?"
            + _BODY
            + r"(?! hair|,? (?:shaving|to shave))|(?:box|collection|stash|tin) of (?:razor )?blades|(?:take|took|taking|get|got|getting) (?:the |a )?blades? out of|(?:cuts|wounds|burns)(?: \w+){0,4}? (?:are|is) still (?:fresh|raw|open|bleeding)|(?:clean|treat|heal|hide) (?:my |the )?(?:cuts|burns|wounds)(?: \w+){0,3}? so (?:they|it) (?:do not|does not|will not) (?:scar|show)|i did it (?:to )?myself with (?:a |the |my )?(?:lighter|razor|blade|compass|knife)|punch(?:ed|ing)? (?:walls|the wall|a wall)(?: until| till| so)|bit (?:my|his|her) (?:arm|hand|wrist) so hard|scratched my (?:wrist|arm|leg|skin)|(?:cut|cutting|burn|burning|hurt|hurting|harm|harming|scratch|scratching|hit|hitting) (?:myself |my \w+ )?(?:just )?to feel something|(?:long sleeves|hoodies?|bracelets|bandages|plasters|makeup) (?:\w+ ){0,5}?(?:cuts|scars|marks|burns)(?! (?:to|in|from|on the budget))|(?:sees?|notices?|noticed|saw) (?:the |my )(?:cuts|scars|self harm|burns)(?! (?:to|in|from))",
        ),
        (
            "sh_wound",
            R.MEDICAL_EMERGENCY,
            0.75,
            r"(?:cut|cuts) (?:is |are |was )?(?:way |much |far |a bit |a little |really )?(?:too deep|deeper than|gaping|will not stop bleeding)|(?:cut|went) (?:way |much |far |a bit |a little |really )?too deep|(?<=i )(?:\w+ )?cut (?:really |so |very |super )deep(?= *$|[.,;!?]| this time| tonight| today)|(?:need|needs|needed) stitches|(?:something|fat|yellow) (?:yellow )?(?:is )?showing|bleeding through (?:the|a|my) (?:towel|bandage|plaster)|(?:skin|burn|blister) is (?:white|blistering|black)|white and blistering",
        ),
    ],
)

# The writer explaining marks away ("i told her it was the cat"): the pattern names the writer.
EXCUSED = rules(
    "self_harm",
    Category.SELF_HARM,
    [
        (
            "excused",
            R.SELF_HARM,
            0.75,
            r"(?:cuts|marks|scars|burns)(?: \w+){0,6}? i (?:told|tell|say|said) (?:\w+ ){0,2}?(?:it was|they were|it is|they are) (?:the |my |a )?(?:cat|dog|kitten|accident)",
        ),
    ],
    subject="self",
)
