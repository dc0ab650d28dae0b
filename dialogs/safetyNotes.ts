// Phrasings that add to, or change, a follow-up's answer while a same-day warning stands (round 21):
// a blood thinner named (then an anti-inflammatory asked about), a tight wrap, an outing ahead ("can I
// walk with my group tomorrow?"), "it isn't broken, right?", where the clinic is, walk-ins, someone
// else driving, a child's hip or groin, and a message in a group marked as about something else.
// Like ./safetyFollowUp.ts these are phrasings (both languages, folded text), so they live in code;
// what the bot says lives in knowledge/messages/triage.yaml and knowledge/es/messages/triage.yaml.
import { normalizeChoiceText } from '../src/channels/choices';

/** Anticoagulants and antiplatelets by name or kind (NHS: "blood thinners"), English and Spanish. */
const BLOOD_THINNER =
  /\b(?:blood ?thinners?|thinners? for my (?:heart|blood)|warfarin|coumadin|jantoven|eliquis|apixaban|xarelto|rivaroxaban|pradaxa|dabigatran|savaysa|edoxaban|lovenox|enoxaparin|heparin|plavix|clopidogrel|brilinta|ticagrelor|effient|prasugrel|anticoagula\w*|adelgaza(?:r|dor|dores)? (?:la|de la) sangre|pastillas? (?:para|de) (?:la sangre|adelgazar la sangre)|warfarina)\b/;
export function namesBloodThinner(text: string): boolean {
  return BLOOD_THINNER.test(normalizeChoiceText(text));
}

/** Anti-inflammatory painkillers (NSAIDs) and aspirin: they add to bleeding on a blood thinner (NHS). */
const NSAID =
  /\b(?:advil|ibuprofen|ibuprofeno|motrin|nurofen|aleve|naproxen|naproxeno|aspirin|aspirina|bayer|excedrin|diclofenac|diclofenaco|voltaren|celebrex|celecoxib|meloxicam|mobic|nsaids?|anti ?inflammator\w*|antiinflamatori\w*|desinflamatori\w*)\b/;
export function namesNsaid(text: string): boolean {
  return NSAID.test(normalizeChoiceText(text));
}

/** A tight wrap, bandage or compression on the knee: "if I wrap it up tight", "strap it really firm". */
const TIGHT_WRAP =
  /\b(?:wrap\w*|bandag\w*|strap\w*|bind|binding|tape|taping|taped|compress\w*|ace)\b(?: \w+){0,4} (?:tight|tightly|tighter|firm|firmly|snug|hard|as tight as)\b|\b(?:tight|firm|snug) (?:wrap|bandage|strapping|compression|ace)\b|\b(?:vend\w*|amarr\w*|apret\w*|faja)\b(?: \w+){0,4} (?:apretad\w*|bien fuerte|fuerte|firme)\b/;
export function asksTightWrap(text: string): boolean {
  return TIGHT_WRAP.test(normalizeChoiceText(text));
}

/** Care places: going there is not an outing ("can I go to urgent care tomorrow?" is waiting). */
const CARE_PLACE =
  /\b(?:er|e r|emergency|hospital|urgent care|urgentcare|doctor|doc|gp|clinic|physio|urgencias|emergencias|hospital|doctor|clinica)\b/;
/** An outing or activity of the person's own: a walk, laps, a class, a game, the gym. */
const OUTING =
  /\b(?:walk|walks|walking|laps?|group|club|class|practice|game|match|gym|hike|hiking|run|running|jog|jogging|ride|riding|dance|dancing|tennis|golf|pickleball|yoga|pilates|zumba|training|workout|session|league|caminar|caminata|vueltas|grupo|clase|entrenamiento|partido|gimnasio|correr)\b/;
/** Asking to do or go: "can I go?", "ok if I still walk?", "¿puedo ir?". */
const MAY_I =
  /\b(?:can|could|should|may|shall) (?:i|we|he|she|they) (?:still |just |at least )?(?:go|walk|do|join|play|come|make it|keep up|take part)\b|\b(?:ok|okay|alright|fine|safe) (?:to|if i|if we) (?:still )?(?:go|walk|join|do)\b|\b(?:puedo|podria|puede|podemos) (?:ir|caminar|salir|jugar|entrenar)\b/;
/** Later: tomorrow, tonight, a clock time, a weekday. */
const AHEAD =
  /\b(?:tomorrow|tmrw|tmr|tonight|this (?:evening|weekend)|next weekend|this coming weekend|(?:on|over) the weekend|in (?:a|one|two|2|a couple of) weeks?|next month|in the morning|at \d{1,2}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|again|manana|esta noche|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|a las \d{1,2}|otra vez)\b/;
/**
 * An outing of one's own asked about, ahead ("my group goes again tomorrow at 9, can I go?", "ok if I
 * still do my laps tonight?"): answered as exercise (not until it has been checked), not as waiting.
 */
export function asksOutingAhead(text: string): boolean {
  const t = normalizeChoiceText(text);
  return MAY_I.test(t) && OUTING.test(t) && AHEAD.test(t) && !CARE_PLACE.test(t);
}

/** "so it isn't broken, right?", "does that mean no fracture?", "¿entonces no está roto?" */
const BROKEN = /\b(?:broken|broke|break|fracture\w*|cracked (?:a |the )?bone|roto|rota|quebrad[oa]|fractura\w*)\b/;
export function asksBroken(text: string): boolean {
  return BROKEN.test(normalizeChoiceText(text));
}

/** "I'm walking around on it ok, so nothing's fractured?": what still works, offered as proof it isn't broken. */
const STILL_WORKS =
  /\b(?:walk\w*|stand\w*|put (?:weight|my weight)|bear\w* weight|get\w* around|hobbl\w*|move it|bend it|camin\w*|pis\w*|apoy\w*)\b/;
export function walksSoNotBroken(text: string): boolean {
  const t = normalizeChoiceText(text);
  return BROKEN.test(t) && STILL_WORKS.test(t);
}

/** Any painkiller by name (a child's dose asked about): the anti-inflammatories and acetaminophen. */
const PAINKILLER_NAMES =
  /\b(?:tylenol|acetaminophen|acetaminofen|paracetamol|painkillers?|pain meds|pain medicine|analgesic\w*|calpol|something for the pain|algo para el dolor)\b/;
export function namesPainkiller(text: string): boolean {
  const t = normalizeChoiceText(text);
  return NSAID.test(t) || PAINKILLER_NAMES.test(t);
}

/** Where the clinic is: "where is your clinic?", "what's your address?", "¿dónde están?" */
const CLINIC_ADDRESS =
  /\bwhere(?: is| are| s|s) (?:your|the|ur) (?:clinic|office|practice|place|location)\b|\bwhere (?:are|r) (?:you|u|y all|yall|you guys)(?: located| based| at)?\b|\b(?:your|ur|the clinic s|the clinics|clinic) (?:address|location)\b|\bwhat s the address\b|\bwhats the address\b|\bdonde (?:esta|estan|queda|quedan) (?:la clinica|ustedes|su clinica|su oficina|su consultorio)\b|\bsu direccion\b|\bla direccion\b/;
export function asksClinicAddress(text: string): boolean {
  return CLINIC_ADDRESS.test(normalizeChoiceText(text));
}

/** Walk-ins or a same-day visit here: "does the clinic take walk-ins?", "can we just show up?" */
const WALK_INS =
  /\bwalk ?ins?\b|\bjust (?:show|turn|roll) up\b|\bwithout an appointment\b|\bsin cita\b|\bllegar (?:asi|nomas|sin cita)\b/;
export function asksWalkIns(text: string): boolean {
  return WALK_INS.test(normalizeChoiceText(text));
}

/** "the clinic takes walk-ins?": the clinic asked about in the third person (for the to-clinic kind). */
const CLINIC_THIRD_PERSON =
  /\b(?:does|do|will|would|can) (?:the|your|ur) (?:clinic|office|practice)\b|\b(?:the|your) (?:clinic|office) (?:takes?|accepts?|sees?|allows?)\b/;
export function asksAboutTheClinic(text: string): boolean {
  return CLINIC_THIRD_PERSON.test(normalizeChoiceText(text));
}

/** Someone else offering the ride: "I can drive him at lunch", "I'll take her over", "yo lo llevo". */
const DRIVES_SOMEONE_ELSE =
  /\b(?:i|ill|i ll|i will|i can|i could|i m|im|we can|we ll|well|happy to|let me) (?:\w+ )?(?:drive|take|bring|run|give|walk|wheel) (?:him|her|them|dev|my \w+)\b|\b(?:yo|nosotros) (?:lo|la|los) (?:llevo|llevamos|puedo llevar)\b/;
export function drivesSomeoneElse(text: string): boolean {
  return DRIVES_SOMEONE_ELSE.test(normalizeChoiceText(text));
}

/** The knee giving way: "it buckled on the stairs", "kept giving out", "se me dobló". */
const GIVES_WAY =
  /\b(?:buckl\w*|gave way|gives way|giving way|give way|gave out|gives out|giving out|give out|collaps\w*|went out from under|unstable|wobbly|wobbles|wobbling|like it (?:might|could|would|s going to|is going to|s gonna|is gonna|will) (?:go|give|buckle|fold|cave)|se me (?:doblo|dobla|va|fue)|se (?:le )?(?:doblo|dobla|vence|vencio))\b/;
export function saysGivesWay(text: string): boolean {
  return GIVES_WAY.test(normalizeChoiceText(text));
}

/** The hip, groin or thigh named (a child's limp warned about: a hip problem shows up there too). */
const HIP_OR_GROIN = /\b(?:hip|hips|groin|thigh|ingle|cadera|caderas|muslo|entrepierna)\b/;
export function namesHipOrGroin(text: string): boolean {
  return HIP_OR_GROIN.test(normalizeChoiceText(text));
}

/**
 * In a group, a message marked as about something else ("unrelated but my knees crack…", "different
 * question, for me:", "on another note"): another person's own question, answered on its own.
 */
const UNRELATED =
  /\b(?:unrelated|un related|not related|different (?:question|topic|subject|thing|note)|(?:side|separate|random|other|another|unrelated) (?:question|q|qn|note|topic|thing)|on (?:a|an) ?(?:other|different|separate|unrelated|side) note|on another note|off topic|changing (?:the )?subject|change of subject|(?:question|asking) for myself|for me (?:though|tho)|my own (?:knee|knees|question)|not about (?:him|her|them|his|her) (?:knee|leg))\b|\b(?:otra pregunta|otro tema|cambiando de tema|no tiene que ver|pregunta aparte)\b/;
export function marksUnrelated(text: string): boolean {
  return UNRELATED.test(normalizeChoiceText(text));
}

/**
 * In a group, a member's message about their own body and nobody else's ("my knee hurts going down stairs, what
 * should I do?", "I get a sore shin after runs, where should I go for that?"): their own question, not one about
 * the warning another member was given. A third person or "we" in it ("what should we do, he's so pale") is not.
 */
const OWN_BODY =
  /\b(?:my|mine|i ve got|i have|i get|i got)\b(?: \w+){0,2} (?:knee|knees|kneecap|leg|legs|foot|feet|calf|calves|ankle|ankles|hip|hips|shin|shins|thigh|hamstring|hamstrings|quad|quads|it band|toes|back)\b|\b(?:mi|mis|me duele|me duelen)\b(?: \w+){0,1} (?:rodilla|rodillas|pierna|piernas|pie|pies|pantorrilla|tobillo|cadera|espinilla)\b/;
const OTHER_PERSON =
  /\b(?:he|she|him|her|his|hers|they|them|their|hes|shes|theyre|we|us|our|ella|le|les|su|sus|nosotros|la llevo|lo llevo)\b/;
export function speaksOfOwnBody(text: string): boolean {
  const t = normalizeChoiceText(text);
  return OWN_BODY.test(t) && !OTHER_PERSON.test(t);
}

/**
 * A straight-leg lift that works but weakly ("he can lift it off the bed a bit but it shakes"): the
 * thigh tendons hold (no rupture alarm), but a weak, shaky lift after a fall is no all-clear either.
 */
const WEAK_LIFT =
  /\b(?:can|could|able to|manages? to|managed to)\b(?: \w+){0,2} (?:lift|raise|lifts|raised|lifted|hold) (?:it|the leg|his leg|her leg|my leg|the foot|his foot|her foot|it up)\b(?: \w+){0,6} (?:but|though|tho|only|barely|just)\b(?: \w+){0,4} (?:shak\w*|wobbl\w*|trembl\w*|quiver\w*|weak\w*|little|bit|inch|inches|hardly|barely|struggl\w*|drops?|falls?)\b|\b(?:lifts?|lifted|raises?|raised) (?:it|the leg|his leg|her leg|my leg)\b(?: \w+){0,5} (?:shak\w*|wobbl\w*|trembl\w*|quiver\w*|weakly)\b|\b(?:puede|pudo|logra|alcanza a) (?:levantar|alzar)(?:la)?\b(?: \w+){0,6} (?:pero|aunque)\b(?: \w+){0,4} (?:tiembla|temblando|debil|poquito|poco)\b/;
export function liftsWeakly(text: string): boolean {
  return WEAK_LIFT.test(normalizeChoiceText(text));
}

/** A fall, trip or knock told (a blood thinner after it: bleeding in the head too, NICE CG176). */
const FALL =
  /\b(?:fell|fall|falls|fallen|tripped|slipped|went down|knocked|hit (?:my|his|her|their) head|cai|caida|se cayo|me cai|resbalo)\b/;
export function toldAFall(text: string): boolean {
  return FALL.test(normalizeChoiceText(text));
}

/** Straightening or moving the hurt leg ("should we try to straighten it?", "can we move her leg?"). */
const MOVES_IT =
  /\b(?:straighten|straightening|unbend|move|moving|shift|lift|pull|turn|bend|reposition|realign) (?:it|her|him|the \w+|her \w+|his \w+|their \w+|my \w+)(?: \w+)?(?: back| out| straight| into place| to the side)?\b|\b(?:put|pop|push|set|snap|pull) (?:it|her \w+|his \w+|the \w+) (?:back|straight|in|into place)\b|\b(?:enderez\w*|mover(?:la|le|lo)?|acomod\w*)\b/;
export function movesTheLeg(text: string): boolean {
  return MOVES_IT.test(normalizeChoiceText(text));
}

/** 911 called, help on its way ("ok 911 is coming", "ambulance is on the way", "ya viene la ambulancia"). */
const HELP_COMING =
  /\b(?:911|ambulance|paramedics|ems|help|they|emts)(?: is| are| s)? (?:coming|on (?:the|its|their) way|en route|almost here|nearly here|arriving)\b|\b(?:called|rang|dialed|dialled|calling) 911\b|\bya (?:viene|vienen|llamamos|llame)\b|\b(?:viene|vienen) (?:la ambulancia|los paramedicos)\b/;
export function helpComing(text: string): boolean {
  return HELP_COMING.test(normalizeChoiceText(text));
}

/**
 * The person's own surgeon (or their office) will see them today ("called the surgeon's office, they want
 * me in this afternoon"): a same-day review by the team that operated, the right plan for a wound worry.
 */
const SURGEON =
  /\b(?:surgeon|surgeons|surgeon s|surgical team|ortho|orthopedic|orthopaedic|orthopedist|cirujano|cirujana)\b/;
const SEEN_TODAY =
  /\b(?:want|wants|wanted|asked|told|said|can|could|will|ll|are going to|is going to|gonna|fit|squeeze|see|seeing|got)\b(?: \w+){0,4} (?:today|this (?:afternoon|morning|evening)|tonight|in an hour|in (?:a couple of|a couple|two|2|a few|\d+) hours?|at \d{1,2}(?: \d{2})?(?: ?(?:am|pm))?|right away|straight away|now|hoy|esta tarde|en la tarde)\b/;
export function surgeonSeesToday(text: string): boolean {
  const t = normalizeChoiceText(text);
  return SURGEON.test(t) && SEEN_TODAY.test(t);
}

/** Something put on the wound, or how to clean or cover it ("peroxide or neosporin?", "¿le pongo agua oxigenada?"). */
const WOUND_CARE =
  /\b(?:peroxide|hydrogen peroxide|neosporin|polysporin|bacitracin|ointment|antibiotic cream|cream|iodine|betadine|rubbing alcohol|alcohol on|clean (?:it|the wound|the cut|the incision|the area)|dress (?:it|the wound)|dressing|cover (?:it|the wound|the incision)|agua oxigenada|pomada|crema|limpiar(?:la|lo)?|yodo)\b/;
export function asksWoundCare(text: string): boolean {
  return WOUND_CARE.test(normalizeChoiceText(text));
}

/** Whether to take, skip or stop a medicine today ("should I take it today like normal?", "¿me la tomo hoy?"). */
const DOSE =
  /\b(?:take|taking|took|skip|skipping|stop|stopping|hold|holding|miss|missing|pause|dose|doses|tomo|tomar|tomarla|tomarlo|dejo|dejar|suspendo|suspender)\b/;
export function asksAboutDose(text: string): boolean {
  return DOSE.test(normalizeChoiceText(text));
}

/**
 * A name given to a hot, swollen knee, or a doctor's word that swelling is expected: "it's a bursitis
 * thing", "just my gout flaring", "the surgeon said swelling is normal". None of them rules out an
 * infected joint or bursa (normalizeChoiceText folds the apostrophes: "its", "surgeon s").
 */
const NAMED_CAUSE =
  /\b(?:bursitis|bursa|gout|gouty|pseudogout|arthritis|arthritic|flare ?ups?|flaring|flared|tendinitis|tendonitis|a tweak|tweaked|sprain\w*|(?:swelling|swollen|puffy|puffiness|swell)(?: \w+){0,3} (?:is|was|are|s|would be|will be) (?:normal|expected|to be expected|usual|fine)|(?:normal|expected|usual) (?:swelling|puffiness)|(?:said|told me|warned me|warned us|warned)(?: \w+){0,4} (?:swollen|swelling|puffy|swell)|gota|artritis)\b/;
export function namesACause(text: string): boolean {
  return NAMED_CAUSE.test(normalizeChoiceText(text));
}

/** Pregnant, said at any point in the chat: "24 wks pregnant", "I'm expecting", "estoy embarazada". */
const PREGNANT =
  /\b(?:pregnant|pregnancy|(?:im|i m|i am) expecting|weeks? along|wks along|embarazada|embarazo|(?:\d+|\w+) (?:weeks?|wks) pregnant)\b/;
export function saysPregnant(text: string): boolean {
  return PREGNANT.test(normalizeChoiceText(text));
}

/** Working asked about: "can I work tomorrow?", "do I go in for my shift", "¿mañana puedo trabajar?". */
const ASKS_WORK =
  /\b(?:(?:can|could|should|do) i (?:still )?(?:go (?:in )?to |go back to |get back to )?work|work (?:tomorrow|tonight|today|on it|my shift)|go (?:in )?to work|back to work|go in for (?:my|the) shift|puedo (?:ir a )?trabajar|ir a trabajar|volver a trabajar|trabajar (?:manana|hoy)|ir al trabajo|ir a la chamba|ir al jale)\b/;
export function asksAboutWork(text: string): boolean {
  return ASKS_WORK.test(normalizeChoiceText(text));
}

/** A price asked: "how much is a visit?", "¿cuánto cuesta la consulta?". */
const ASKS_PRICE =
  /\b(?:how much (?:is|does|will|would|do)|what (?:does|will|would) (?:it|a visit|the visit|an appointment) cost|price|prices|pricing|cuanto (?:cuesta|cobran|sale|vale|es la consulta)|que precio|precios?)\b/;
export function asksPrice(text: string): boolean {
  return ASKS_PRICE.test(normalizeChoiceText(text));
}

/** Waiting for an office to open: "I'll call his office when they open at 8", "once the clinic opens". */
const WAITS_FOR_OPENING =
  /\b(?:when|once|as soon as|after) (?:they|it|the (?:office|clinic|practice)|his office|her office|my surgeon s office|the surgeon s office) (?:open|opens|re open|is open|are open)\b|\b(?:cuando|en cuanto) abran\b/;
export function waitsForOpening(text: string): boolean {
  return WAITS_FOR_OPENING.test(normalizeChoiceText(text));
}

/** Labor and delivery named: "L&D or the ER?", "the maternity ward", "labor y parto". */
const LABOR_WARD =
  /\b(?:l d|l and d|labou?r and delivery|labou?r ward|maternity(?: ward| triage| unit)?|ob triage|labor y parto|labor de parto)\b/;
export function namesLaborWard(text: string): boolean {
  return LABOR_WARD.test(normalizeChoiceText(text));
}
