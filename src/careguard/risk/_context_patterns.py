"""Pattern tables behind :mod:`careguard.risk.context`: idioms, time, quotes, fiction.

Kept apart so the vocabulary can grow without touching the logic that reads it. All
patterns run on normalised text (lower case, contractions expanded).
"""

from __future__ import annotations

import re

from careguard.risk.rules._base import expand

CLAUSE_BREAK = re.compile(
    r"[.!?;()\n]+|,? \b(?:but|however|although|though|except|yet|whereas|and then)\b"
    r"|,? and (?=(?:i am|i will|i want|i plan|i have decided|now|today|tonight|currently"
    r"|these days|right now)\b)"
)
SENTENCE_BREAK = re.compile(r"[.!?\n]+")

# Figures of speech: the match inside them is no evidence of anything.
IDIOMS = re.compile(
    expand(
        r"\b(?:(?:this|that|it|work|school|homework|the (?:exam|test|wait|heat|suspense|commute"
        r"|traffic|cold|noise|kids|lecture|meeting)|exams?|class|traffic|my (?:feet|back|boss|job"
        r"|kids|legs|head|neck|knees|shoes|inbox)|these (?:shoes|heels|kids)|mondays?|you|he|she"
        r"|they|this (?:song|game|show|weather|class|job|week|day|heat|curry|workout|commute))"
        r"(?: \w+){0,3} (?:is|are|was|were|keeps|keep) (?:literally |honestly |seriously"
        r" |actually |absolutely |trying to )?(?:killing|kill|murdering) me"
        r"|killing me softly|(?:makes|made|make) me want to (?:walk into the (?:sea|ocean)|die"
        r"|kill myself) \((?:positive|affectionate|complimentary|derogatory|neutral)\)"
        r"|(?:kill|killing|killed|kills) (?:myself|himself|herself|themselves)"
        r" (?:every|in every|each) (?:single )?"
        r"(?:fight|game|round|match|raid|run|level|teamfight|lobby)"
        r"|(?:kill|killing|killed) myself laughing|(?:killing|kill|killed)"
        r" myself (?:trying to|to finish|to get|over|for(?! real| good| sure| certain)|with work"
        r"|at work|at the gym|working"
        r"|studying)|dying (?:to|for) (?:see|try|know|meet|go|get|hear|watch|read|eat|have|tell"
        r"|find out|a|an|some|the|this|that|your)|to die for|die (?:of|from) (?:embarrassment"
        r"|shame|cringe|boredom|laughter|laughing|cuteness)|(?:dead|dying|died) (?:of|from"
        r"|laughing) ?(?:laughter|laughing|embarrassment|boredom|cringe)?"
        r"|i am (?:literally |so |actually )?(?:dead|dying|deceased)(?= (?:lol|lmao|lmfao|haha"
        r"|rofl|💀|😂|🤣)|!|,? (?:my|this|that|the|he|she|i just))"
        r"|(?:kill|killing|killed) (?:it|time|the (?:lights|vibe|mood|engine|music|game"
        r"|competition|dragon|boss)|two birds)|(?:would|could) kill for (?:a|an|some|that|this)"
        r"|(?:would|could) (?:literally )?die for (?:a|an|some|that|this|your|my)|die happy"
        r"|(?:phone|battery|laptop|car|plant|plants|computer|wifi|charger|tv|headphones|printer"
        r"|diet|group chat|party|social life|sense of humou?r|startup|project)(?: \w+){0,2}"
        r" (?:is |just |has |was )?(?:dead|died|dying|killed)"
        r"|dead ?line|dead (?:tired|serious|end|last|center|silence|weight|on|wrong|ringer|to the"
        r" world|in the water)|the dead of|(?:the )?death of me|end of me"
        r"|shoot (?:me|us) (?:a|an) (?:message|text|email|dm|line)|just shoot me if"
        r"|(?:shoot|shooting) (?:hoops|pool|a (?:video|film|scene|photo)|photos|the breeze)"
        r"|shot myself in the foot|overdos(?:e|ed|ing) on (?:sugar|caffeine|coffee|chocolate"
        r"|candy|netflix|anime|tv|cake|pizza)"
        r"|if (?:all )?(?:your|my) friends (?:jumped|jump) off (?:a|the) bridge"
        r"|(?:mom|mum|dad|parents|wife|husband|teacher|boss|coach|girlfriend|boyfriend|sister"
        r"|brother)(?: \w+)? (?:is going to|will|would|gonna|is gonna) (?:literally |actually )?"
        r"kill me(?: (?:if|when) (?:\w+ ){0,6})?"
        r"|(?:he|she|they) (?:will|would|is going to|is gonna|are going to)"
        r" (?:literally |actually )?kill me (?:if|when) i (?:forget|miss|am late|lose|break"
        r"|spill|scratch|dent|eat|finish|spend|fail|burn|ruin)"
        r"|suicide (?:squad|doors?|run|runs|sprints?|drills?|king|blonde|note (?:lyrics|song))"
        r"|(?:suicide|self[- ]?harm) (?:prevention|awareness|rates?|statistics|research)"
        r"|world suicide|killer (?:workout|app|deal|song)"
        r"|killing (?:the|this|that) (?:game|exam|test|workout|presentation)"
        r"|drop dead (?:gorgeous|beautiful)|(?:bored|scared|worried|frozen|tired) to death"
        r"|i (?:nearly|almost) died (?:when|of|laughing)|(?:crawl|curl up) (?:into|in) a hole"
        r" and die|(?:floor|ground|earth) (?:to )?swallow me|(?:lie|lay) in a ditch"
        r"|if (?:my )?(?:\w+ ){0,3}?(?:sees|see|finds out|find out|hears|hear|notices|knows|catches"
        r"|reads)(?: \w+){0,5}? (?:he|she|they|\w+) (?:is going to|will|would|is gonna|gonna)"
        r" (?:literally |actually )?kill me"
        r"|(?<!would )(?<!to )(?<!will )(?<!could )(?<!please )(?:end|kill|shoot) me(?: now)?"
        r"(?= *$|[.,;!?]| (?:lol|lmao|haha)| already)"
        r"|(?:kms|kill myself) \((?!kill)[a-z ]{3,40}\)"
        r"|i (?:swear,? )?(?:i )?could (?:strangle|kill|murder|throttle) (?:him|her|them)"
        r"(?= *[.!]+ *(?:obviously|of course|but|not that)? ?i (?:will not|would not|would never))"
        r"|the next person (?:who|that)|jump(?:ed)? at the chance|jump(?:ing)? (?:the gun"
        r"|ship|through hoops|to conclusions)|(?:throw|throwing) myself into"
        r"|hang (?:on|in there|out|up|my coat)|cut it (?:out|close)|cutting it close"
        r"|(?:dead|died|die|dying) (?:inside|on my feet)|gave up the ghost|final nail in the"
        r" coffin|see you at the funeral|pass out if|die on (?:the|that) hill"
        r"|heart (?:stopped|skipped a beat|sank|dropped)(?: for a (?:second|moment|minute))?"
        r" (?:when|as|the moment|at)\b)"
    )
)
# Laughter and joke markers: a low-grade wish to die next to them is hyperbole.
HYPERBOLE = re.compile(
    r"\b(?:lol+|lmao+|lmfao|rofl|haha\w*|hehe\w*|jk|(?<!has )(?<!have )(?<!got )jokes?|joking"
    r"|xd)\b|[😂🤣💀]"
    r"|\bso (?:good|bad|boring|funny|embarrassing|cringe|awkward|hungry|cute|hot|long|slow"
    r"|loud|annoying|dumb|stupid|delicious|spicy|amazing|awful|lame|hard|good it)"
    r"(?: that)? i (?:\w+ )?(?:could|would|want to|wanted to|am going to|might|will|literally)"
    r"|\b(?:ate|eaten|eats|took|takes|stole|steals|borrowed|used|uses|finished|drank|broke|touched"
    r"|touches|spilled) my (?:\w+ )?(?:leftovers|food|snacks?|fries|charger|jacket|clothes|stuff"
    r"|lunch|chocolate|phone|drink|coffee|pizza|sandwich|car|headphones|makeup|cereal|milk|seat"
    r"|leftover \w+)\b|\bif i have to (?:\w+ ){0,3}?one more\b|\bfake my (?:own )?death\b"
    r"|\bif (?:\w+ ){0,3}?(?:plays?|sings?|hums?|says? (?:that|the word)|mentions?|hear|see|watch)"
    r" (?:\w+ ){0,5}?one more time\b"
    r"|\b(?:crying|dying|wheezing) laughing|\blaughing so (?:hard|much)|\b(?:ate|eaten|eat) so much"
    r"|\b(?:spoiled|spoilt|spoils|spoiling|ruined) (?:the|it|my) (?:\w+ )?(?:ending|film|movie|show"
    r"|episode|book|series|finale|game|surprise|plot)\b|\bspoilers?\b"
    # A game that lags, a boss fight lost 47 times: the trigger is too small to be meant.
    r"|\bif (?:this|the|my|that) (?:\w+ ){0,2}?(?:game|wifi|internet|server|queue|printer|lobby"
    r"|controller|laptop|app|update)s? (?:\w+ ){0,3}?(?:lags?|crash\w*|freez\w*|disconnects?"
    r"|breaks?)\b|\b(?:boss(?: fight)?|raid|dungeon|ranked|lobby|teammates?|this game|that game"
    r"|the game) (?:\w+ ){0,3}?(?:made|makes|make) me want to\b"
)
NOT_JOKING = re.compile(
    r"\b(?:not (?:even |really )?(?:a )?jok(?:e|ing)|no joke|i am (?:not )?(?:serious"
    r"|being serious)|for real"
    r"|fr|actually|seriously though|i mean it|can not do this"
    # Thoughts and urges told with a laugh are a disclosure: "lol the urges are back".
    r"|(?:thoughts?|urges?|ideation) (?:of|about|to)|suicidal thoughts"
    r"|(?:thoughts?|urges?)(?: \w+){0,2} (?:are|is|came|come|keep coming) back"
    # Nobody jokes with the means at hand or a time set: "i have the rope ready and i am
    # going to hang myself lol" is told with a laugh, not in jest.
    # Unless the sentence takes it back: "40 pages tonight, im going to unalive myself (not
    # really lmao)".
    r"|(?:keep thinking|been thinking|tonight|right now|suicide note|(?:wrote|written|left) (?:a"
    r"|my|the) note|(?:rope|noose|gun|pills|blades?|razor) (?:is |are )?(?:ready|loaded|saved"
    r"|counted|in my hand)|(?:all|a bottle of|a handful of|\d+) (?:of )?(?:my )?pills"
    r"|(?:have|got) the (?:rope|noose|gun|pills))"
    r"(?!.*\b(?:not really|jk|just kidding|kidding|joking)\b))\b"
)
# The next sentence takes a joke back ("kms lol. not a joke tho"), unless it reassures.
JOKE_TAKEN_BACK = re.compile(
    r"\b(?:not (?:even |really )?(?:a )?jok(?:e|ing)|no joke|i am (?:being )?serious|i mean it"
    r"|for real|fr)\b(?!.*\b(?:fine|okay|ok|good|alright|safe)\b)"
)
# Leaving a group, a job or a town: a goodbye that is no farewell.
DEPARTURE = re.compile(
    r"\b(?:(?:moving|move|moved) (?:to|out|home|house|away|back|the chat|the group|on to|abroad)"
    r"|new (?:app|group|chat|server|job|city|house|school|place|flat|team)|off to (?:uni|college"
    r"|university|school|work|bed|sleep|camp|the)|(?:going|leaving|heading) (?:on|for|to) (?:a )?"
    r"(?:holiday|vacation|trip|uni|college|university|work|business trip|bed)|contract (?:ends"
    r"|is ending|is up)|graduat\w+|semester|holiday|vacation|in this (?:group|chat|server|forum"
    r"|sub|channel)|(?:logging|log) off for|see you (?:all )?(?:soon|later|tomorrow|next|in"
    r"|on(?! the other side)"
    r"|there|after|when|at)|be back (?:soon|in|next|on|later)|(?:summer|winter|christmas|easter"
    r"|half term|spring) (?:break|holidays?)|while i am (?:away|gone|on|in|at)|retir\w+"
    r"|(?:i will )?miss you all|farewell (?:party|drinks|card|lunch)|last (?:day|shift) at"
    r"|last (?:night|day|week) in (?:my|the|this) (?:apartment|flat|house|room|dorm|city|country"
    r"|town)|(?:going to|will) miss (?:this place|this city|you guys|everyone)"
    r"|(?:my )?flight (?:is|leaves)|new job in|relocat\w+|abroad|emigrat\w+|gave (?:my )?notice"
    r"|handed in my notice|step(?:ping|ped)? down (?:as|from)"
    r"|for the first \d+ (?:months|weeks)|not in the (?:scary|bad|sad|dark) way"
    r"|fake my (?:own )?death|(?:deleting|leaving|quitting) (?:my )?(?:account|reddit|this sub"
    r"|social media|twitter|instagram|tiktok|the app)"
    r"|(?:at|after|from) the (?:party|wedding|reunion|dinner|bar|pub|club|gig|event|funeral"
    r"|station|airport)|and (?:left(?! (?:the|my|a|an|his|her|their|them|it|notes?|letters?"
    r"|everything|instructions)\b)|went home|headed home|drove home|got a taxi|got an uber))\b"
)
# A move with its particulars: a job, a flight, a contract, a country.
MOVING = re.compile(
    r"\b(?:new job (?:in|at|teaching)|job teaching|(?:my )?flight (?:is|leaves|to)|relocat\w+"
    r"|moving (?:to|abroad|overseas|across the country)|emigrat\w+|(?:\w+ )?year contract"
    r"|work visa|visa came through)\b"
)
# A move told to others as the reason for a giveaway: "she thinks i'm moving".
COVER_STORY = re.compile(
    r"\b(?:thinks?|thought|believes?|told (?:them|her|him|everyone|people|my \w+)|said|telling"
    r" (?:them|her|him|everyone|people)|pretend\w*|cover story|excuse|lied|lying|a lie) (?:that )?"
    r"(?:i am|i was|i will be|it is because|its because)? ?(?:moving|relocating|leaving|going"
    r" (?:away|abroad)|my new (?:lease|flat|place|job))"
    r"|there is no (?:new )?(?:lease|move|job|flat)\b"
)
# An ordinary purpose or pastime: "bought a rope for the camping trip", "wish me luck".
MUNDANE = re.compile(
    r"\b(?:for (?:the|a|my|our|his|her) (?:\w+ ){0,2}?(?:trip|party|swing|camping|holiday|garden"
    r"|boat|project|class|game|show|wedding|birthday|gym|climbing|hike|hiking|festival|concert"
    r"|bbq|barbecue|picnic|match|race|competition|tournament|grandma|grandad|nan|kids"
    r"|dog|cat|shed|tent|van|move|office|team|event|fancy dress|costume|halloween)"
    r"|for (?:the|this|next) (?:week|month)\b|(?:digital )?"
    r"detox|wish me luck|for the first time|waiting (?:for|on) the (?:\w+ )?(?:bus|train|boat"
    r"|ferry|tour|show|game|match|sunset|sunrise|fireworks|view|others|rest|doors)|bungee"
    r"|whale watching|sightseeing|the view is|fireworks|fished|fishing|crabbing|paddling"
    r"|hunting|(?:deer|duck|hunting) (?:season|stand|blind)|target practice|skeet"
    r"|(?:shooting|gun|rifle|firing) range|clay (?:pigeons?|shooting)"
    r"|watched the (?:sunset|sunrise|boats|waves|stars))\b"
)

# What follows says the past goes on: "i was suicidal last year and i still am".
STILL_NOW = re.compile(
    r"\b(?:(?:i|it|they|that) (?:am |is |are |do |does )?still (?:am|do|is|are|want|wish"
    r"|struggle|feel (?:that way|the same|like|it)|have (?:them|those|these|the|thoughts|urges"
    r"|plans?)|think about (?:it|dying|death|suicide|killing|ending)|get (?:them|those|the"
    r"|urges|thoughts))(?= *$|[.,;!?]| \w)|(?:and|but) (?:now )?(?:it is|they are|i am) back"
    r"|to this day|(?:they|it|the thoughts) never (?:went|go|really went) away)\b"
)

PAST_DISTANT = re.compile(
    r"\b(?:years? ago|(?:\d+|a few|several|many|two|three|four|five|six|ten) years? (?:ago|back"
    r"|since)|a decade ago|decades ago|when i was (?:young|younger|little|a kid|a child|a teen"
    r"|a teenager|in (?:high|middle|grade|elementary) school|in college|at uni|\d+)|used to"
    r"|in the past(?! (?:few |couple of |two |three |\d+ )?(?:days?|nights?|weeks?|hours?)\b)"
    r"|back (?:then|when|in (?:19|20)\d\d|in (?:the day|school|high school|college))"
    r"|as a (?:kid|child|teen|teenager)|(?:in|back in|since)"
    r" (?:19|20)\d\d|(?<!the )last (?:year|winter|summer|spring|autumn)"
    r"|at the time(?! (?:of writing|i am|i write))"
    r"|(?:\d+|a few|several|many|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty) months ago"
    r"|at age \d{1,2}\b|(?<!since )i was (?:only |just )?\d{1,2}\b"
    r"(?! (?:minutes?|mins?|hours?|days?|weeks?"
    r"|months?|percent|pounds?|kg|quid|dollars|euros|points|seconds?|calories|miles|km)\b)"
    r"|(?:a|one) long time ago|once upon|history of|in my (?:teens"
    r"|twenties|thirties|forties|20s|30s)|in (?:college|high school|uni|university)"
    r"|(?:have|had) not (?:felt|been|done|thought) (?:that|this|like that|it) (?:in|for)"
    r"|(?:the )?(?:same )?age i was when|(?:i am|i have been) (?:well|stable) (?:for|since) "
    r"|(?:clean|sober|free) (?:for|since) |(?:i was|i used to be) (?:a |an )?(?:cutter|self harmer)"
    r"|(?:former|ex) (?:cutter|self harmer)|no longer|not anymore|(?:i am|i have been) (?:doing"
    r" (?:well|better|good|great|okay|ok|so much better)|better now|in recovery|recovered))"
)
PAST_RECENT = re.compile(
    r"\b(?:last (?:night|week|weekend|month)|yesterday|the other (?:day|night)|this weekend"
    r"|(?:\d+|a few|a couple of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|several) (?:days?|nights?|weeks?) ago|a"
    r" (?:day|week) ago|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|recently|lately|over the weekend|(?:in|over|during) the (?:last|past) (?:few |couple of"
    r" |two |three |\d+ )?(?:days?|nights?|weeks?)|this past (?:week|weekend|few days)"
    r"|earlier this week)\b"
)
NOW = re.compile(
    r"\b(?:(?:\d+|a few|a couple of|an?|two|three|twenty|thirty|ten|fifteen|forty) (?:minutes?"
    r"|mins?|hours?) ago|just now|right now|i just|just (?:took|swallowed|did)|tonight|earlier"
    r" today|this (?:morning|afternoon|evening))\b"
)
WEAK_NOW = re.compile(r"\bnow\b")
# A life the writer describes as better now, which makes past-tense risk history.
RECOVERY = re.compile(
    r"\b(?:(?:i am|i have been|i feel|things are|life is|i am doing) (?:\w+ )?(?:well|fine|better"
    r"|good|great|safe|okay|ok|stable|happy|healthy|alright|doing well|mostly fine)"
    r" (?:now|these days|nowadays|again)|(?:now|these days|nowadays) (?:i am|i feel|things are"
    r"|life is|it is|i am doing) (?:\w+ ){0,2}?(?:well|fine|better|good|great|safe|okay|ok|stable"
    r"|happy|healthy|alright|rare|once a (?:year|month)|manageable|under control)|in a (?:good"
    r"|better)"
    r" place|recovered|in recovery|(?:clean|sober|free) (?:for|since) |(?:got"
    r"|getting) (?:real )?help"
    r"|(?:i am )?glad i am (?:still )?here|(?:got|am) out and|remarried|rebuilding|stopped once"
    r"|celebrating (?:being alive|\d+|my)|now i am \d+ and|it is (?:\w+ )?now|now it is)\b"
)
PAST_VERB = re.compile(
    r"\b(?:had|was|were|used to|struggled|went through|thought|felt|got|experienced|suffered"
    r"|battled|dealt|tried|attempted)\b"
)

LYRIC_MARKERS = re.compile(
    r"\b(?:lyrics?|song|songs|sings?|singing|sang|album|chorus|verse|rapper|band|poem|poetry"
    r"|poet|quote|quoting|quoted|movie|film|episode|tv show|book|novel|line from|podcast"
    r"|documentary|news report|read out|as (?:the )?"
    r"song goes|goes like|hymn|playlist|karaoke|concert)\b|[♪♫🎵🎶]"
)
HYPOTHETICAL = re.compile(
    r"\b(?:(?<!not talking )(?<!not )(?<!not just )(?<!mean )(?!in my book\b)"
    r"(?:for|in|about) (?:my|a|an|our|the) (?:\w+ )?(?:story|novel|book|essay|paper|research"
    r"|thesis"
    r"|dissertation|assignment|class|course|coursework|character|screenplay|script|game|project"
    r"|fanfic"
    r"|fan fiction|presentation|homework|psychology class|lit review|literature review|debate"
    r"|article|exam|nursing exam|module|lecture|podcast|scene|chapter|seminar)"
    r"|(?:writing|write|wrote) a (?:scene|chapter|story|script)|a character (?:who|that|writes"
    r"|dies)"
    r"|hypothetically|in theory"
    r"|if (?:a|your|someone|somebody|anyone|a loved one)(?: \w+)? (?:tells|says|mentions"
    r"|confides|admits|texts|messages) (?:to )?you"
    r"|(?:i am|i am a|as a) (?:writer|author|novelist|journalist|nurse"
    r"|doctor|pharmacist|researcher|student studying|med student|medical student|nursing"
    r" student|teacher|counsel?lor|psychology student)|(?:writing|reading|watching|studying|wrote)"
    r" (?:a|an|my|the) (?:\w+ )?(?:novel|story|book|screenplay|script|essay|paper|article|thesis"
    r"|poem)|(?:main|the|my) (?:character|protagonist|villain)|(?:in|on|from) (?:the show|the"
    r" movie|the book|the series|the film)|(?:exam question|lit review|for a debate"
    r"|writing an article|homework (?:question|assignment|task)|(?:sociology|psychology"
    r"|linguistics|history) (?:\w+ ){0,3}?(?:class|course|coursework|lecture|essay|paper"
    r"|assignment|exam|module|seminar|teacher|professor|homework|dissertation|thesis|project"
    r"|research|degree|student))\b|my thesis|we (?:learned"
    r"|learnt|read|studied|are studying|are analysing|are doing) |the detective"
    r"|(?:what is|what are) the (?:difference between|origin|signs of|symptoms of|side effects"
    r"|safe messaging|statistics|percentage|rate)|(?:how many|what percentage of) (?:people|men"
    r"|women|teens|deaths)"
    r"|how (?:do|can|would|should) (?:you|i|we) tell (?:if|when|whether)"
    r"|ask (?:them|him|her|your \w+) (?:straight out |directly |outright )?(?:if|whether)"
    r"|how do (?:you|i) know (?:if|when|whether)|my (?:character|sims?|pokemon|tamagotchi))\b"
)
# A game or an accident: the sentences around it are play, whoever speaks ("this game is
# brutal. i jumped off the bridge 30 times").
IN_PLAY = re.compile(
    r"\b(?:in (?:the|this) (?:video )?game|video game|by (?:accident|mistake)|accidentally"
    r"|respawned|checkpoint|(?:the|this) game (?:is|has|was|makes|lets)|(?:final|raid|end) boss"
    r"|boss (?:fight|battle)|raid (?:group|leader)|in (?:the|a|this) raid|minecraft|fortnite"
    r"|dark souls|battle royale"
    r"|(?:on|beat|beating|finish|finished|stuck on|passed|replay|restart|restarted) the level"
    r"|the (?:last|final|first|bonus|secret|lava|water|ice|boss) level|permadeath|fell off the map"
    r"|(?<!my )teammate|speedrun\w*|dlc)\b"
)
# Speaking to the person at risk ("i know you said you want to die"): a supporter's words.
ADDRESSEE = re.compile(r"\b(?:you|your|yourself)\b(?! (?:know|see|guys)\b)")
GENERIC_YOU = re.compile(
    r"\b(?:is it (?:normal|ok|okay|bad|weird|wrong|common|possible)"
    r" (?:for (?:your |ur |a |my )?\w+ )?to|does anyone else"
    r"|do you ever|(?:you know|that|the) (?:feeling )?when you"
    r"|how do (?:you|u)(?: guys| all| people| lot)?"
    r" (?:deal|cope|stop|handle|live|get through|manage|get over|keep going|not|survive))\b"
)
# Suicide as a topic, said of no one ("suicidal thoughts are a symptom", "a study of suicidal
# ideation in teens", "talking about suicide saves lives"): only with no "i" in the sentence.
GENERIC_TOPIC = re.compile(
    r"\b(?:teens|teenagers|adolescents|youth|young people"
    r"|students|men|women|veterans|adults|children|kids|patients|clients|society|the public"
    r"|studies|study|research|researchers|survey|statistics|stats|rates?|data|percent"
    r"|\w*awareness|stigma|prevention|campaign|(?:a |friendly |gentle )?reminder that"
    r"|(?:learn|know) the (?:warning )?signs|warning signs|symptoms?|a sign of"
    r"|(?:is|are) (?:so )?(?:common"
    r"|normal|not a joke|no joke|nothing to be ashamed of|not a (?:weakness|character flaw|choice"
    r"|sin|crime))|(?:experience|experienced|trained|training|specialis[ez]s?|specializ(?:e|es))"
    r" (?:in|with) (?:working with|treating|dealing with)?|working with|talking about|talk about"
    r"|speak about|discuss|discussing|conversations? about|documentary|podcast|article|episode"
    r"|the (?:show|movie|film|series|news))\b"
)
REPORTED = re.compile(
    expand(
        r"\b{PERSON_OTHER} (?:just |also |then |finally |suddenly )?(?:said|says|told me|tells me"
        r"|texted|texts|wrote|writes|posted|sent me|sends me"
        r"|posts|keeps saying|kept saying|keeps writing|kept writing|keeps posting|kept posting"
        r"|keeps texting|kept texting|messaged|admitted|confided)\b"
        # "my dad rang me, sounded drunk, and kept saying ...": the same person goes on.
        r"|\b{PERSON_OTHER}\b(?:(?!\bi\b)[^.!?\n]){1,60}? (?:and|then) (?:kept saying|keeps saying"
        r"|was saying|is saying|said|texted|wrote)\b"
        # "my son's search history has stuff like ...": their searches, diary or messages.
        r"|\b(?:{PERSON_OTHER}|my (?:\d+ year old |little |older |younger |teenage )?\w+)(?:'s)?"
        r" (?:search(?:es| history)|browser history"
        r"|google history|phone|diary|journal|notebook|notes app)(?: \w+){0,3}? (?:has|had|shows"
        r"|showed|says|said|was full of|is full of|contains|contained)(?: stuff| things| searches"
        r"| entries)?(?: like)?"
    )
)
