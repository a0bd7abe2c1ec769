"""Crises other than suicide: self-harm, violence, abuse, medical, substance, panic,
psychosis and mania, eating disorders, and concern for someone else.
"""

from __future__ import annotations

from careguard.risk.rules._base import rules
from careguard.types import Category, Reason

R = Reason
C = Category

SELF_HARM = rules(
    "self_harm",
    C.SELF_HARM,
    [
        ("cutting", R.SELF_HARM, 0.85, r"(?:cut|cutting|cuts|burn|burning|burned|burnt|scratch|scratching|hit|hitting|punch|punching|bite|biting|carve|carving) (?:myself|my (?:arms?|legs?|thighs?|wrists?|skin|stomach|hips?|body))|self[- ]?harm(?:ing|ed)?|self[- ]?injur(?:y|e|ing)|hurt(?:ing)? myself|relapsed? (?:on|into) (?:cutting|self[- ]?harm|sh)|sh (?:again|urges|relapse)"),
        ("cut_bare", R.SELF_HARM, 0.7, r"(?:i|i have|i have been|i started|i used to|i still|i want to|started) (?:cut|cutting|self harm|burning myself)(?! (?:off|back|down|out|in|through|up|my hair|the|a|an|it|class|school|ties|him|her|them|carbs|sugar|costs|corners|someone|people|contact|loose))"),
        ("urge", R.SELF_HARM, 0.8, r"(?:urge|urges|craving|need|want|wanting) to (?:cut|burn|hurt|harm|hit|punish) (?:myself|my)|(?:fresh|new|deep) (?:cuts|wounds|scars)|(?:razor|blade|sharpener) (?:blades? )?(?:to|for) (?:cut|cutting)"),
        ("stitches", R.MEDICAL_EMERGENCY, 0.7, r"(?:cut|cuts) (?:is |are |was )?(?:too deep|deeper than|gaping|will not stop bleeding)|(?:need|needs|needed) stitches"),
    ],
)

VIOLENCE = rules(
    "violence",
    C.HARM_TO_OTHERS,
    [
        ("kill_other", R.VIOLENT_THOUGHTS, 0.8, r"(?:want to|going to|will|am going to|gonna|plan to|planning to|thinking about|thoughts of|urge to|fantasi[sz]e about|fantasi[sz]ing about) (?:kill|killing|murder|murdering|stab|stabbing|shoot|shooting|hurt|hurting|strangle|strangling|poison|poisoning|beat|beating) (?:him|her|them|my (?:\w+ )?(?:wife|husband|boss|mom|mother|dad|father|brother|sister|son|daughter|kid|child|baby|roommate|ex|neighbou?r|teacher|partner|family|classmates?|coworkers?)|people|everyone|someone|somebody|the (?:\w+ )?(?:baby|kids?|children|school|class))"),
        ("mass", R.VIOLENT_THOUGHTS, 0.95, r"(?:shoot|shooting) up (?:the|my|a) (?:school|class|office|work|church|mall|place)|school shooting|(?:take|taking) (?:them|everyone|people) (?:with me|down with me)|make them (?:all )?pay|kill (?:them )?all"),
        ("weapon_other", R.VIOLENT_THOUGHTS, 0.7, r"(?:bought|got|have|loaded) (?:a |my )?(?:gun|knife|weapon) (?:for|to use on|to (?:kill|hurt|shoot)) (?:him|her|them|my)"),
        ("harm_baby", R.VIOLENT_THOUGHTS, 0.9, r"(?:thoughts|urges|scared i will|afraid i will|worried i will|might) (?:of |to )?(?:hurt|harm|drown|smother|shake) (?:my |the )?(?:baby|newborn|infant|child|kids?)"),
    ],
)

ABUSE = rules(
    "abuse",
    C.ABUSE,
    [
        ("being_hit", R.ABUSE, 0.8, r"(?:he|she|they|my (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|dad|father|mom|mother|stepdad|stepfather|stepmom|stepmother|uncle|brother|sister|parents?|ex|coach|teacher)) (?:hits|hit|beats|beat|chokes|choked|strangles|strangled|kicks|kicked|punches|punched|slaps|slapped|threatens|threatened|hurts|hurt|abuses|abused|raped|rapes|touches|touched|molested|molests) me"),
        ("abuse_named", R.ABUSE, 0.75, r"(?:domestic (?:violence|abuse)|(?:being|been|was|am|get|got) (?:abused|raped|assaulted|molested|beaten|hit|choked|trafficked|groomed)|sexual(?:ly)? (?:abuse|abused|assault|assaulted)|(?:he|she|they) (?:will|is going to|said (?:he|she|they) would) kill me|afraid (?:to go|of going) home|scared (?:of|to go home to) (?:him|her|my))"),
        ("child", R.CHILD_AT_RISK, 0.9, r"(?:i am|i am only|i am just) (?:\d|1[0-7]|a kid|a child|a minor|underage)\b(?:.{0,60})(?:hits|beats|touches|touched|abuses|hurts|locks|starves)|(?:hits|beats|touches|touched|abuses|hurts) (?:my )?(?:little )?(?:brother|sister|son|daughter|kid|kids|child|children|baby)|(?:child|kid) (?:is )?(?:being )?(?:abused|neglected|beaten|molested)"),
        ("coercion", R.ABUSE, 0.55, r"(?:will not|does not|do not) let me (?:leave|go out|see my (?:friends|family)|have (?:money|my phone))|(?:controls|tracks|monitors) (?:my|all my) (?:money|phone|location|every move)|(?:took|takes|locked) my (?:phone|passport|keys|money)"),
    ],
)

MEDICAL = rules(
    "medical",
    C.MEDICAL_EMERGENCY,
    [
        ("overdose_taken", R.MEDICAL_EMERGENCY, 0.95, r"(?:i |i have |i just )(?:took|taken|swallowed|downed|ingested|drank|injected) (?:all|a lot|a bunch|the whole|\d+|twenty|thirty|forty|fifty|a handful|too many|loads)(?: of)? (?:my |the |those |these |bottle of )?(?:{PILLS}|of them|bleach|antifreeze)|(?:i |i have |i just )(?:overdosed|od)"),
        ("symptoms", R.MEDICAL_EMERGENCY, 0.8, r"(?:can not|cannot|unable to) (?:stay awake|wake (?:up|him|her)|feel my (?:arms|legs|face))|(?:chest pain|vomiting blood|throwing up blood|coughing up blood|passing out|blacking out|seizure|seizing|turning blue|lips are blue|heart (?:is )?(?:stopping|stopped))|(?:bleeding|blood) (?:will not stop|everywhere|a lot)"),
        ("unconscious", R.MEDICAL_EMERGENCY, 0.9, r"(?:he|she|they|my \w+) (?:is|are) (?:unconscious|not breathing|unresponsive|not waking up|blue)|(?:will not|can not|cannot) wake (?:him|her|them) up"),
    ],
)

SUBSTANCE = rules(
    "substance",
    C.SUBSTANCE,
    [
        ("withdrawal", R.SUBSTANCE, 0.8, r"(?:withdrawal|withdrawals|detoxing|dope sick|the shakes|delirium tremens|dts)|(?:coming off|quit|quitting|stopped) (?:drinking|alcohol|heroin|opioids|benzos|xanax|meth|cocaine|fentanyl)(?: cold turkey)?"),
        ("binge", R.SUBSTANCE, 0.65, r"(?:relapsed|relapsing|using again|drinking again|shooting up|blacked out drunk|drunk and|high and|drinking (?:all day|every day|alone|to cope|to forget)|can not stop (?:drinking|using)|(?:a|an entire|the whole) bottle of (?:vodka|whiskey|wine|rum|gin|tequila))"),
        ("mix", R.SUBSTANCE, 0.75, r"(?:mixed|mixing|combined|combining|took) (?:\w+ ){0,2}(?:{PILLS}|alcohol|drinks?|booze) (?:with|and) (?:{PILLS}|alcohol|vodka|wine|beer|drinks|booze)"),
    ],
)

PANIC = rules(
    "panic",
    C.PANIC,
    [
        ("attack", R.PANIC, 0.75, r"(?:having|had|in the middle of|another|a) (?:a )?(?:panic|anxiety) attacks?|panicking|(?:can not|cannot) (?:breathe|stop shaking|calm down|stop panicking)|(?:heart|chest) (?:is )?(?:racing|pounding|tight|tightening)|(?:feel like|think) i am (?:dying|going to die|having a heart attack|going crazy|losing my mind)|hyperventilating"),
    ],
)

PSYCHOSIS = rules(
    "psychosis",
    C.PSYCHOSIS_MANIA,
    [
        ("voices", R.PSYCHOSIS, 0.8, r"(?:hear|hearing|heard) (?:voices|a voice|things that are not there)|(?:the |a )?voices? (?:tell|tells|told|telling|are telling|keep telling) me|(?:see|seeing|saw) (?:things|people) (?:that are not|that were not|nobody else)"),
        ("paranoia", R.PSYCHOSIS, 0.7, r"(?:they|the government|the cia|the fbi|my neighbou?rs?|everyone) (?:are|is) (?:watching|following|tracking|spying on|poisoning|after|controlling) me|(?:chip|implant|camera|cameras|transmitter) (?:in|inside) my (?:head|brain|body|teeth|house)|(?:reading|control|controlling|broadcasting) my (?:thoughts|mind)|(?:i am|i am actually) (?:not real|dead already|god|jesus|the messiah|the chosen one|a prophet)|special (?:mission|messages?) (?:from|for) (?:god|the universe|the tv)"),
        ("mania", R.MANIA, 0.6, r"(?:have not|not|did not|barely) slept (?:in|for) (?:\d+|two|three|four|five|several|many) (?:days|nights)|(?:do not|no) need (?:to )?sleep|(?:racing|racing) thoughts|(?:i am|feel) (?:invincible|unstoppable|on top of the world and)|spent (?:all|my entire|my whole|thousands)(?: of)? (?:my )?(?:savings|paycheck|money) (?:in|on) (?:one|a) (?:day|night)"),
    ],
)

EATING = rules(
    "eating",
    C.EATING_DISORDER,
    [
        ("restrict", R.EATING_DISORDER, 0.75, r"(?:have not|not|did not|have not really) (?:eaten|eat|eating) (?:in|for) (?:\d+|two|three|four|five|several|days|a week|weeks)|(?:fasting|starving myself|restricting)|(?:under|only|less than) \d+ (?:calories|cals|kcal)(?: a| per)? ?day"),
        ("purge", R.EATING_DISORDER, 0.8, r"(?:purging|purge|purged|make myself (?:throw up|sick|vomit)|made myself (?:throw up|sick|vomit)|throwing up after (?:eating|meals|every meal)|laxatives|binge and purge|bingeing and purging)|(?:pro ?ana|thinspo|pro ?mia)"),
        ("body", R.EATING_DISORDER, 0.55, r"(?:i am|i feel) (?:so |too )?(?:fat|disgusting|huge) (?:even though|but) (?:i am|everyone says)|(?:bmi|weight) (?:is |of )?(?:1[0-6]|under 17)|(?:terrified|scared) (?:of|to) (?:eat|eating|gaining weight|gain weight)"),
    ],
)

DISTRESS = rules(
    "distress",
    None,
    [
        ("low", R.DISTRESS, 0.3, r"(?:i feel |i am |feeling )(?:so |really |very |completely )?(?:depressed|empty|numb|worthless|broken|miserable|lost|alone|lonely|useless|hopeless|suffocating|desperate|devastated)|(?:can not|can't) stop crying|(?:cry|crying) (?:myself to sleep|every (?:day|night))|(?:everything|life) (?:is|feels) (?:pointless|meaningless|falling apart)"),
        ("loss", R.DISTRESS, 0.35, r"(?:just |recently )?(?:lost|got fired from|fired from|laid off from|been laid off|kicked out of) (?:my |the )?(?:job|work|home|house|apartment|partner|wife|husband|girlfriend|boyfriend|custody|everything|kids)|(?:lost|losing) my job|(?:got|was|been|just got) (?:fired|laid off|dumped|evicted|kicked out)|(?:she|he|they) left me|(?:died|passed away|passed) (?:last|this|a few|two|three) (?:week|month|days|weeks|months)"),
    ],
    negatable=True,
)

ALL = SELF_HARM + VIOLENCE + ABUSE + MEDICAL + SUBSTANCE + PANIC + PSYCHOSIS + EATING + DISTRESS
