"""Medical emergencies: an overdose taken, and the signs that need an ambulance now."""

from __future__ import annotations

from careguard.risk.rules._base import rules
from careguard.types import Category, Reason

R = Reason

MEDICAL = rules(
    "medical",
    Category.MEDICAL_EMERGENCY,
    [
        (
            "overdose_taken",
            R.MEDICAL_EMERGENCY,
            0.95,
            r"(?:i |i have |i just |just |he |she |they )?(?:took|taken|swallowed|downed|ingested|drank|injected) (?:all|a lot|a bunch|the whole|{PILL_COUNT}|twenty|thirty|forty|fifty|a handful|too many|loads|my whole|his whole|her whole|an entire)(?: of)? (?:my |the |those |these |his |her |bottle of )?(?:\w+ )?(?:{PILLS}|bottle|prescription|bleach|antifreeze)|(?:i |i have |i just )(?:overdosed|od)(?= *$|[.,;!?]| on)",
        ),
        (
            "symptoms",
            R.MEDICAL_EMERGENCY,
            0.8,
            r"(?:can barely|barely) breathe|(?:can not|unable to|can barely|could not|barely) (?:stay awake|wake (?:up|him|her)|feel my (?:arms|legs|face|hands)|move my (?:arms|legs)|keep my eyes open|get up|stand up|breathe properly|catch (?:my|his|her) breath|see properly|speak properly)|(?:chest pain|crushing chest|vomiting blood|throwing up blood|coughing up blood|having a seizure|seizing|turning blue|lips are (?:blue|going blue|turning blue)|heart (?:is )?(?:stopping|stopped))|(?:bleeding|blood) (?:will not stop|everywhere|a lot|through)|(?:chest|arm|jaw) (?:hurts|pain)(?: \w+){0,4}? (?:left arm|jaw|arm|sweating)|chest (?:is |feels )?(?:crushing|crushed)|(?:left )?arm (?:is |feels |goes |went )?(?:numb|tingling|dead)(?: \w+){0,4}? chest|chest(?: \w+){0,5}? arm (?:is |feels |goes |went )?(?:numb|tingling)|(?:going|goes|spreading) down my (?:left )?arm|(?:chest|it) (?:feels|is) (?:heavy|tight|crushing)(?: \w+){0,4}? sweat|(?:one side of|half) (?:my|his|her) (?:face|body) (?:is |feels )?(?:drooping|numb|droops|weak)|(?:face|mouth) is drooping|slurred speech|slurring|(?:i am|i think i am|he is|she is|(?:i|he|she) might be|(?:i|he|she) (?:is|am) having) having a stroke|(?:throat|airway) (?:is |feels )?(?:closing|tight|swelling|getting tight)|(?:face|lips|tongue) (?:is |are )?swelling|anaphyla\w+|allergic reaction(?: \w+){0,5}? (?:throat|breath|swelling|epipen)|(?:sugar|glucose|blood sugar) (?:is |reading )?(?:says )?(?:lo\b|[1-3]\d\b|very low|dropping fast)|worst (?:\w+ )?(?:headache|pain) of my life|(?:pregnant|weeks along)(?: \w+){0,4}? (?:bleeding|blood|cramping|severe pain)|(?:swallowed|ate|drank) (?:a |some |the |two |a few )?(?:button battery|battery|batteries|magnets?|bleach|detergent|washing (?:tablet|pod)|laundry pod|chemicals?|cleaning (?:product|fluid))|(?:was|been|got|just got|have been) (?:stabbed|shot)|losing (?:a lot of |so much )?blood|(?:fell|fallen)(?: \w+){0,8}? (?:can not|unable to) (?:move|get up|stand)|(?:hip|leg|arm|wrist|ankle|bone) (?:is |looks )?(?:bent|broken|snapped)(?! (?:record|rules))|(?:he|she|they|my \w+|(?:he|she) is|(?:he|she|it) has|baby is|baby) (?:has |have |just |suddenly |completely ){0,2}(?:collapsed|unconscious|unresponsive|not responding|not breathing|not waking up|floppy|limp|turning blue)|i (?:just )?collapsed|(?:he|she|they|baby|it|my \w+) (?:will not|wo not|does not|is not) wake up(?: properly)?|(?:fell|fallen)(?: \w+){0,4}? (?:can not|cannot|can't) get up|(?:hit|banged) (?:his|her|my) head(?: \w+){0,5}? (?:throwing up|vomiting|confused|sleepy|unconscious)|fever of (?:4\d|10[4-9])|(?:bent|pointing) the wrong way|bone (?:is )?(?:sticking|poking) out|heartbeat (?:is )?(?:all over the place|irregular|racing and)|heart (?:keeps )?(?:skipping beats|is doing weird things|is going crazy)|(?:severe|really bad|unbearable) (?:stomach|abdominal|chest) pain|clutching (?:his|her|my) chest|(?:drank|swallowed|ate) something (?:from )?under the sink|(?:burning up|overheating) and (?:confused|shaking|can not)|snoring sounds|breathing (?:feels |is |sounds )?(?:slow|wrong|shallow|weird|strange|funny)|skin (?:looks |is |turning )?yellow|chest(?:[ ,]+\w+){0,12}? (?:into|to|down|up) (?:my |your |his |her )?(?:left )?(?:jaw|arm|shoulder)|(?:inhaler|epipen|puffer) (?:is not|does not|is|not) (?:working|helping)|(?:spurting|pouring|gushing|pumping) (?:out )?blood|blood (?:is )?(?:spurting|pouring|gushing|pumping)|(?:can not|could not) (?:make it|get it to) stop(?: bleeding)?|(?:will not|does not|would not) stop bleeding|(?:pregnant|weeks along)(?: \w+){0,8}? (?:headache|flashing lights|swollen|swelling|blurred vision)|on the floor for (?:hours|\d+ hours|the night|ages|a long time)|rash (?:that )?(?:does not|did not|will not|wo not) fade|(?:stiff neck|neck is stiff)(?: \w+){0,6}? (?:light|headache|fever|rash)|(?:headache|fever)(?: \w+){0,6}? (?:stiff neck|neck is stiff)|worst headache (?:ever|i have ever had)|speech is (?:\w+ )?slurr\w*|(?:arm|leg|hand|side of my face) (?:will not|does not|can not) (?:work|move)(?: properly)?|diabetic(?: \w+){0,10}? (?:vomiting|confused|breath smells|fruity)|(?:toddler|baby|child|kid|son|daughter|year old) (?:\w+ ){0,2}?(?:found|got into|got hold of|swallowed|ate|drank) (?:\w+ ){0,4}?(?:{PILLS})|(?:heart ?rate|pulse) (?:is |was |of )?(?:only |down to )?(?:[1-3]\d|1[6-9]\d|2\d\d)\b(?! ?(?:bpm |beats )?(?:higher|lower|more|less|above|below|faster|slower|up|down|over|under))|flutter\w*(?: \w+){0,10}? (?:cramp\w*|tingl\w*|passed out|pass out)|(?:i|he|she) can (?:barely|hardly) (?:speak|talk|get (?:a )?words? out)(?= *$|[.,;!?]| and| properly)",
        ),
        (
            "unconscious",
            R.MEDICAL_EMERGENCY,
            0.9,
            r"(?:he|she|they|my \w+) (?:is|are) (?:unconscious|not breathing|unresponsive|not waking up|blue|not responding)|(?:will not|can not|cannot) wake (?:him|her|them) up|(?:and|but) (?:is not|are not|is still not) (?:moving|breathing|responding|waking up)|(?:is not|are not) breathing properly",
        ),
    ],
)
