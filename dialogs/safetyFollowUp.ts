// What a message says about an act-now reply the bot just gave ("call 911 now", "get checked
// today", the crisis line). Pure: no botbuilder, no state. dialogs/safety.ts decides what to do
// with it. Like dialogs/commands.ts these are phrasings, so they live in code: English here, Spanish
// in ./safetyFollowUpEs.ts; what the bot answers lives in knowledge/messages/triage.yaml and
// knowledge/es/messages/triage.yaml (safety-*).
import { normalizeChoiceText } from '../src/channels/choices';
import type { Language } from '../src/knowledge/types';
import {
  SPANISH_NEW_READER,
  SPANISH_WHAT_TO_DO,
  SPANISH_CRISIS_AGAIN,
  SPANISH_FOLLOW_UPS,
  SPANISH_KNOWS_THE_LINE,
  SPANISH_NEW_SYMPTOM,
  SPANISH_RISK_FACTOR,
  SPANISH_SOON_DISMISS,
  SPANISH_VETERAN,
} from './safetyFollowUpEs';

export type FollowUpKind =
  /** "where should I go?" (the button on a same-day reply) */
  | 'where'
  /** "can I drive myself?" */
  | 'drive-self'
  /** "can I come to your clinic instead?" */
  | 'to-clinic'
  /** "my wife can drive me to the ER", "can I go to urgent care instead?", "I'll get an Uber" */
  | 'getting-there'
  /** "I'll call you Monday", "can it wait till tomorrow?", "I'll see how it is in the morning" */
  | 'wait'
  /** stretching, rolling, massage, a workout or a run for the flagged part */
  | 'exercise'
  /** "I'll just ice it and rest", "can I take ibuprofen and see?" */
  | 'home-care'
  /** a support instead of the check: "should I get him one of those knee straps?", "what about kt tape" */
  | 'support'
  /** "it's probably nothing", "it's just anxiety, right?", "I was joking" */
  | 'dismiss'
  /** "ok, going now", "calling 911", "on my way" */
  | 'going'
  /** a bare "ok", "yes", "thanks": going, at the top level; an answer, when a question is waiting */
  | 'ack'
  /** a crisis said again in other words ("I mean it, I don't see the point") */
  | 'crisis'
  /** the cost stands in the way: "I don't have insurance", "can't afford an ER bill" */
  | 'cost'
  /** asking the bot to call for help: "can you call 911 for me?", "send an ambulance to my address" */
  | 'ask-to-call'
  /** held back by not wanting to bother anyone or the wait: "I don't want to bother anyone", "8 hours in the ER" */
  | 'reluctant'
  /** no one answering the call they were told to make: "and if nobody picks up?", "the on-call line goes to voicemail" */
  | 'no-answer'
  /** their usual medicines: "what about my blood thinner, should I take it today?" */
  | 'medicines'
  /** no one to mind the children (or someone they look after): "nobody to watch my kids", "can't leave the baby" */
  | 'childcare'
  /** work, insurance or forms: "my boss says I have to use the company clinic for workers' comp" */
  | 'paperwork'
  /** what to tell or bring: "what do I tell them when I get there?" */
  | 'tell-them'
  /** care here afterwards: "can I come to you for follow-up after the ER?" */
  | 'after-care'
  /** a slot here: "what's the earliest you can see me?", "next available appointment?" */
  | 'appointment'
  /** a painkiller meanwhile, asked (not instead of the check): "can I take ibuprofen before I go?" */
  | 'painkiller'
  /** antibiotics of one's own meanwhile: "I have amoxicillin left from the dentist, should I start it?" */
  | 'antibiotics'
  /** rehab exercises given by a therapist: "can I still do my heel slides tonight or skip them?" */
  | 'rehab'
  /** thanks said with more words: "thanks for not being weird about that" (a bare "thanks" is ack) */
  | 'thanks'
  /** no way to get there: "I can't drive after dark", "no ride", "my daughter works till 6", "no car" */
  | 'no-ride'
  /** the clinic's plans: "do you take my insurance?", "do you take CHIP or Medicaid?" */
  | 'insurance'
  /** who the clinic sees: "do you see kids?", "do you treat older people?" */
  | 'who-we-see'
  /**
   * what to do, asked outright or by someone taking over the chat: "what exactly does he need to do?",
   * "hi, this is his mom": the warning restated plainly (what to do, why), with the phone and a callback
   */
  | 'what-to-do'
  /** a ride only later today: "my daughter can't drive me until after 3, is that too late?" */
  | 'ride-later'
  /** treated or checked already: "ER stitched it, said the tendon is ok", "just got back from urgent care" */
  | 'seen';

const ER =
  '(?:er|e r|a e|a and e|emergency|emergency room|emergency department|ed|hospital|urgent care|urgentcare|walk in|walkin|the doctor|a doctor|my doctor|my gp|the gp|gp|ambulance)';
const SOMEONE =
  '(?:wife|husband|partner|hubby|friend|mate|mum|mom|mother|dad|father|son|daughter|brother|sister|boyfriend|girlfriend|buddy|pal|bro|cousin|uncle|aunt|grandson|granddaughter|coach|teammate|neighbou?r|roommate|flatmate|colleague|coworker|family|someone|somebody|they|he|she|kids?|parents?)';

/**
 * A question for the clinic's number, hours or address ("what's the number I should give people who
 * want to call back later?"): a fact to give, with a reminder, not putting the check off till later.
 */
const CLINIC_FACTS =
  /\b(?:what s|whats|what is|what are|which|what)\b(?: \w+){0,2} (?:number|phone|phone number|address|hours|opening hours)\b|\b(?:number|phone number|address) (?:should|do|can|shall) (?:i|we) (?:give|tell|send|pass)\b|\b(?:cual es|que numero|que horario|cual es el horario)\b/;

export function asksClinicFacts(text: string): boolean {
  return CLINIC_FACTS.test(normalizeChoiceText(text));
}

/**
 * "do you see cyclists for bike-fit knee problems?": who the clinic sees, asked while a same-day
 * warning stands: yes (for knee problems), once today's check is done.
 */
const WHO_YOU_SEE =
  /\b(?:do|can|would|will) (?:you|u|y all|yall|you guys|your (?:clinic|team|doctors?|clinicians?))(?: \w+)? (?:see|treat|help|take|work with)\b(?! (?:me|it|him|her|us|them) (?:today|tonight|now))|\b(?:atienden|tratan|ven) (?:a )?\w+/;

export function asksWhoClinicSees(text: string): boolean {
  return WHO_YOU_SEE.test(normalizeChoiceText(text));
}

/** Children and teens, in either language (folded text). */
const CHILD_WORDS =
  '(?:kids?|children|child|childs|teens?|teenagers?|adolescents?|minors?|youth|toddlers?|babies|baby|pediatric\\w*|paediatric\\w*|under ?18s?|(?:my|his|her|our) (?:son|daughter|boy|girl|grandson|granddaughter|grandkids?)|ninos?|ninas?|chamacos|menores|adolescentes|jovencitos|bebes?|mi hij[oa]|mis hijos|mi niet[oa])';
const CHILDREN = new RegExp(`\\b${CHILD_WORDS}\\b`);

/** "do you see kids?" is answered with the kids topic's own line (who sees which age group: the team). */
export function asksAboutChildren(text: string): boolean {
  return CHILDREN.test(normalizeChoiceText(text));
}

/** Who the clinic sees, as a group of people: "do you see kids?", "do you treat seniors?" (the kind 'who-we-see'). */
const WHO_GROUP = new RegExp(
  `\\b(?:do|can|would|will|does) (?:you|u|y all|yall|you guys|your (?:clinic|team|doctors?|clinicians?|office))(?: \\w+)? (?:see|treat|take|accept|work with)\\b(?: \\w+){0,2} (?:${CHILD_WORDS}|seniors?|elderly|older (?:people|adults|patients|folks|women|men|ladies)|people (?:my|of my|over|under) \\w+|adults|athletes|cyclists|dancers|runners|veterans|pregnant (?:women|ladies)?)\\b`,
);

/** "what exactly does he need to do?", "what should we do now", "what are the next steps": asked of the warning. */
const WHAT_TO_DO =
  /\bwhat (?:exactly )?(?:do|does|should|must|shall|can|would) (?:i|we|he|she|they|my \w+|our \w+|the \w+)(?: exactly| actually| really| now| then)? (?:need to |have to |got to |gotta |be |supposed to |ought to )?(?:do|doing)(?: (?:now|next|exactly|first|then|today|right now|meanwhile|in the meantime|about (?:it|this|that|him|her)|for (?:now|him|her|it)))?$|\bwhat (?:does|do) (?:he|she|they|i|we|my \w+) (?:need|have) to do\b|\bwhat (?:are )?(?:the|his|her|our|my) next steps?\b|\b(?:so|ok|okay|then) what now$|^what now$|\bwhat (?:do|would) you (?:recommend|suggest|advise)$|\bwhat (?:is|s) (?:the|his|her) plan$/;

/**
 * Someone taking over the chat ("Hi, this is his mom, Karen", "her dad here"): they have not read
 * the warning, so it is said again, plainly, for them.
 */
const NEW_READER =
  /\b(?:this is|it s|its|im|i m|i am) (?:his|her|their) (?:mom|mum|mother|momma|mama|dad|father|papa|parent|stepmom|stepdad|stepmother|stepfather|grandma|grandmother|grandpa|grandfather|guardian|wife|husband|partner|girlfriend|boyfriend|coach|trainer|sister|brother|aunt|uncle|daughter|son|stepdaughter|stepson|granddaughter|grandson|niece|nephew|neighbou?r|caregiver|carer|friend|nurse|aide)\b|\b(?:his|her|their) (?:mom|mum|mother|dad|father|parent|guardian|wife|husband|partner|coach|daughter|son|granddaughter|grandson|niece|nephew|neighbou?r|caregiver|carer) here\b/;
/** After someone new introduces themselves, these still ask what is going on (not another question). */
const WHATS_GOING_ON =
  /\bwhat (?:is|s) (?:going on|wrong|happening|this about|the problem)\b|\bwhat did (?:he|she|they|you) (?:say|tell you|tell him|tell her|find)\b|\bwhat (?:do|should) (?:i|we) know\b/;

/** Someone new taking over the chat, with no other question of their own (either language). */
export function newReader(text: string): boolean {
  const t = normalizeChoiceText(text);
  if (!NEW_READER.test(t) && !SPANISH_NEW_READER.test(t)) return false;
  return !text.includes('?') || WHATS_GOING_ON.test(t) || WHAT_TO_DO.test(t) || SPANISH_WHAT_TO_DO.test(t);
}

/** A calendar day ahead: "the 14th", "Dec 14", "until 12/14" (normalised "12 14"), "the fourteenth", "week after next". */
const LATER_DATE =
  '(?:(?:the )?(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)|the (?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty first)|(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december) (?:the )?(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?|(?:until|till|til|on|for|by) (?:[1-9]|1[0-2]) (?:[1-9]|[12][0-9]|3[01])|(?:the )?week after next|next month|(?:in )?(?:two|2|three|3|a couple of|a couple|a few) weeks)';
/**
 * That date asked about as the time to be seen: with a word of waiting, asking or booking ("is the 14th ok?",
 * "can I hold off till Dec 14", "my appt is on the 14th"), never a story of when it happened ("I fell on the 3rd").
 */
const LATER_DATE_ASKED = new RegExp(
  `^(?!.*\\b(?:fell|happened|hurt it|hurt my|injured|twisted|since|ago|last|today|tonight|this (?:morning|afternoon|evening))\\b)(?=.*\\b(?:wait|waiting|hold off|leave it|appointment|appointments|appt|appts|booked|booking|scheduled|seeing|see (?:the|my|a|your|dr|doctor) ?\\w*|ok|okay|fine|alright|all right|soon enough|good enough|early enough|too long|can|could|would|will|should|is that|thats|that s)\\b).*\\b${LATER_DATE}\\b`,
);

/** In the order they are tried: the first that matches names the message. */
const KINDS: ReadonlyArray<readonly [FollowUpKind, RegExp]> = [
  [
    // The clinic's plans asked about ("do you take CHIP?", "are you in network with Aetna?"): the clinic's answer
    // (the team checks the plan by phone), before paperwork ("in network") and cost ("insurance").
    'insurance',
    /\b(?:do|does|will|would|can) (?:you|u|y all|yall|you guys|your (?:clinic|office|practice|team|doctors?))(?: \w+)? (?:take|accept|bill|work with|go through|deal with|do|participate with|file with)\b(?: \w+){0,3} (?:insurances?|medicaid|medicare|chip|tricare|blue ?cross|bcbs|aetna|cigna|united ?health\w*|uhc|humana|ambetter|molina|superior|oscar|wellcare|marketplace|obamacare|(?:my|our|his|her) plan|plans?)\b|\b(?:what|which) (?:kind of |kinds of )?(?:insurances?|insurance plans?|plans?) (?:do|does|will) (?:you|u|y all|yall|your)\b|\bare (?:you|u|y all|yall|you guys) in ?network\b/,
  ],
  [
    // Work, insurance or forms: not the bot's to advise on, and never a reason to delay (before cost and to-clinic:
    // "company clinic", "won't get covered").
    'paperwork',
    /\bworkers? ?(?:s )?comp\w*|\bwork ?comp\b|\bwork(?:place)? (?:injury|accident) (?:claim|report|form)s?\b|\bcompany (?:clinic|doctor|doc|nurse|insurance|policy|rules?)\b|\b(?:employer|employers|supervisor|boss|manager|foreman|hr|human resources)(?: \w+){0,2} (?:says?|saying|said|wants?|told me|requires?|makes? me|insists?)\b|\b(?:tell|call|notify|inform|let) (?:my )?(?:boss|supervisor|employer|manager|hr|work|job)\b|\b(?:incident|accident) report\b|\bpaperwork\b|\b(?:claim|claims) (?:form|number)\b|\bfile (?:a |the )?claim\b|\b(?:doctors?|doctor s|sick|work|school) note\b|\bin ?network\b|\b(?:get|be|been|is|it s|its) (?:\w+ )?covered\b|\bfmla\b/,
  ],
  [
    // What to tell the crew or the ER (and what to bring): the instruction with what they need to hear.
    'tell-them',
    /\bwhat (?:do|should|shall|can|would) (?:i|we) (?:even )?(?:tell|say to|say|mention to|bring|take with)\b|\bwhat (?:am i|are we|was i) (?:supposed|meant|going|gonna|expected) (?:to )?(?:tell|say|bring|mention)\b|\bwhat (?:to|should i) (?:tell|say|bring)\b|\bwhat (?:do|will|would) (?:they|the doctors?|the er|the nurses?|the crew|the paramedics) (?:need|want|ask)\b|\bwhat (?:info|information|details) (?:do|should|will|would)\b|\b(?:should|do|can|shall|must) (?:i|we) (?:bring|pack)(?: along)? (?:my|his|her|our|the|a|any)\b/,
  ],
  [
    // The surgeon's or doctor's line not answering ("and if I call and nobody picks up?", "their on-call goes to
    // voicemail"): don't wait for a call back, go now (r25). Before the wait and the clinic's own callback words.
    'no-answer',
    /\b(?:nobody|no one|noone|no body|nobodys|nobody s)\b(?: \w+){0,2} (?:picks? up|picking up|answers?|answering|calls? (?:me |us )?back|gets? back|responds?|replies)\b|\b(?:they|he|she|it|the \w+|my \w+|his \w+|her \w+)(?: \w+)? (?:dont|doesnt|don t|doesn t|do not|does not|wont|won t|never|didnt|didn t) (?:pick up|answer|call (?:me |us )?back|get back to (?:me|us)|respond|reply)\b|\b(?:cant|can t|cannot|couldnt|couldn t) (?:get through|get anyone|get anybody)\b|\b(?:cant|can t|cannot|couldnt|couldn t) (?:reach|get hold of|get ahold of|get a hold of) (?:them|him|her|anyone|anybody|someone|somebody|(?:the|my|his|her) (?:surgeon|surgeons|surgeon s|doctor|doctors|doctor s|doc|office|on ?call|nurse|team|gp|pcp)\w*)\b|\b(?:goes|went|go|going|sent) (?:straight )?to (?:voicemail|voice mail|an answering (?:machine|service))\b|\b(?:no answer|no reply|no response|no call back|no callback)\b/,
  ],
  [
    // What to do, asked outright ("what exactly does he need to do?", "so what now?"): the warning
    // restated plainly. Only at the end of the question, so "what should I do for the swelling" stays home care.
    'what-to-do',
    WHAT_TO_DO,
  ],
  [
    // Asking to wait, whatever for ("my follow-up is next week, can I just wait and show them then?"):
    // waiting, before after-care reads the follow-up visit as care here afterwards.
    'wait',
    /\b(?:can|could|should|may|shall|cant|couldnt) (?:i|we|he|she|they) (?:not |just |simply |maybe |not just )?(?:wait|hold off|hang on|leave it|put it off|hold out)\b(?! (?:for|until|till|til) (?:the )?(?:ambulance|paramedics|911|them to (?:come|arrive)|help))/,
  ],
  [
    // A visit already booked, given as the reason to wait ("my follow-up is Monday anyway", "I see the surgeon on
    // Tuesday", "my post-op appointment is next week"): waiting (r25), before after-care reads "follow-up" as care
    // here afterwards. Not when the visit is after the ER ("a follow-up with you after the ER").
    'wait',
    /^(?!.*\b(?:after|afterwards|once)\b).*\b(?:follow ?ups?|appointment|appt|check ?up|post ?op (?:visit|check|appointment)|visit|review|(?:see|seeing) (?:the|my|his|her) (?:surgeon|doctor|doc|dr|physio|pt|ortho\w*))\b(?: \w+){0,3} (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tmrw|next week|this week|in (?:a|one|two|three|four|five|a few|a couple of|\d+) (?:days?|weeks?))\b/,
  ],
  [
    // Care here after the ER or urgent care: yes, with the instruction first (before to-clinic).
    'after-care',
    /\bfollow ?ups?\b|\b(?:afterwards|after that|after (?:the |an? )?(?:er|e r|hospital|emergency room|urgent care|x ?ray|scan|surgery|ambulance)|once (?:it s|its|it is|i m|im|i am) (?:been )?(?:checked|treated|fixed|seen|out|back|done))\b.{0,40}\b(?:you|your|you guys|y all|yall|the clinic|rehab|recovery|physio|therapy|pt)\b|\b(?:you|your|you guys|y all|yall|the clinic)\b.{0,40}\b(?:afterwards|after that|after (?:the |an? )?(?:er|e r|hospital|emergency room|urgent care)|for (?:rehab|recovery|physio|therapy|pt))\b|\b(?:rehab|recovery|physio|physical therapy) (?:after|afterwards|with you|there)\b/,
  ],
  [
    // A later date asked about or booked ("can it wait till the 14th?", "I'm booked on Dec 14, is that soon
    // enough?", "I already have an appointment on the 14th"): waiting, whatever the words; before appointment,
    // to-clinic and going ("an appointment" on a later day is not going today).
    'wait',
    LATER_DATE_ASKED,
  ],
  [
    // A slot here: the clinic's hours, and today elsewhere when it can't see them today (before wait: "i work till 6").
    'appointment',
    /\b(?:earliest|soonest|next available|first available|next opening|next slot|next appointment|first appointment)\b|\bhow soon (?:can|could|will|would) (?:you|u|y all|yall|i|someone)\b|\bwhen (?:can|could|will|would) (?:you|u|y all|yall|someone|the doctor) (?:see|fit|take|squeeze)\b|\b(?:any|an?) (?:appointments?|slots?|openings?) (?:today|tonight|tomorrow|after|this|left|open|available)\b|\b(?:book|make|get|schedule) (?:me )?(?:an? )?(?:appointment|appt|slot)\b|\bwhat (?:are )?(?:your|the) (?:hours|opening hours)\b|\b(?:are|r) (?:you|u) (?:guys )?open\b|\bwhat time do (?:you|u) (?:open|close)\b/,
  ],
  [
    // A painkiller asked about, not instead of the check ("I'll take ibuprofen and see" is home care).
    'painkiller',
    /^(?!.*\b(?:and see|and wait|instead|rather than|and skip|and sleep|and not go|and lie down|and rest|and ice|and go to bed|and put (?:it|my leg) up|and stay home|so i dont have to|so i don t have to)\b).*(?:\b(?:can|could|should|may|shall) (?:i|we|he|she) (?:at least |just |still )?(?:take|have|use|give (?:him|her|them|me))\b|\b(?:is it|it s|its) (?:ok|okay|safe|fine|alright|bad) (?:to|if i) (?:take|have|use)\b|\b(?:ok|okay|safe|fine) to take\b|\bwhat (?:can|should) i take\b|\bwhat about\b).*\b(?:ibuprofen|advil|motrin|tylenol|acetaminophen|paracetamol|aleve|naproxen|aspirin|painkillers?|pain killers?|pain meds|pain medicine|pain relief|anti inflammator\w*|nsaids?|something for (?:the )?pain)\b/,
  ],
  [
    // Antibiotics of one's own, asked about meanwhile ("leftover amoxicillin from a dental thing, should I start
    // it?"): not to start them (they can hide an infection and spoil the cultures), before home care's list.
    'antibiotics',
    // Not the ones a doctor has just given ("the ER put me on antibiotics"): those are taken as told.
    /^(?!.*\b(?:prescribed|put (?:me|him|her|us) on|started (?:me|him|her) on|gave (?:me|him|her) (?:some )?(?:\w+ )?(?:antibiotic\w*|pills|a script))\b)(?=.*\b(?:left ?over|left|old|spare|extra|from (?:a|an|my|the|his|her|last)|should|can|could|start|take|taking|took|use|have|got|cabinet|cupboard|drawer)\b).*\b(?:antibiotic\w*|amoxicillin|amoxil|augmentin|penicillin|keflex|cephalexin|doxycycline|cipro\w*|clindamycin|azithromycin|z ?pack|bactrim|flagyl)\b/,
  ],
  [
    // Exercises a therapist gave ("can I still do my heel slides?", "skip my PT exercises tonight?"): pause them
    // until seen, before the general exercise words (a run, a stretch, a workout).
    'rehab',
    /\b(?:heel slides?|quad sets?|quadricep sets?|straight leg raises?|leg raises?|leg lifts?|ankle pumps?|knee bends?|(?:my|his|her|the|these|those|our) (?:pt|physio|physical therapy|therapy|rehab|home|knee) (?:exercises?|program|programme|routine|homework|stretches|moves))\b/,
  ],
  [
    // Who the clinic sees ("do you see kids?"): a line about it with the reminder (after appointment: "do you see
    // cyclists, and what are your hours?" keeps the hours with the yes).
    'who-we-see',
    WHO_GROUP,
  ],
  [
    'ask-to-call',
    /\b(?:can|could|would|will|pls|please) (?:you|u) (?:just |please )?(?:call|ring|phone|dial|contact|send|get) (?:911|999|an? ambulance|the ambulance|paramedics|an? emt|emergency services|the police|the hospital|the er|the emergency room|ahead)\b|\bsend (?:an? |the )?(?:ambulance|paramedics|help) (?:to|for)\b|\b(?:call|ring|dial) (?:911|an ambulance) for (?:me|us|him|her)\b/,
  ],
  [
    // Someone in their care stands in the way: take them along or find someone, never put it off.
    'childcare',
    /\b(?:nobody|no one|noone|no body|dont have anyone|don t have anyone|dont have anybody|cant find anyone|can t find anyone|no way)\b(?: \w+){0,3} (?:to |who can |that can |can )?(?:watch|mind|look after|babysit|take care of|care for|sit with|stay with|keep an eye on|pick up)\b(?: \w+){0,2} (?:kids?|children|child|baby|babies|son|sons|daughters?|twins|toddlers?|little ones?|grand ?kids|grandchildren|infant|newborn)\b|\bno (?:babysitter|sitter|childcare|child care|daycare|nanny)\b|\b(?:cant|can t|cannot) (?:just )?leave (?:the |my |our )?(?:\d+ )?(?:kids?|children|baby|son|daughter|toddlers?|little ones?|twins)\b|\b(?:home )?alone with (?:the |my |our )?(?:\d+ )?(?:kids?|children|baby|toddlers?|twins|little ones?)\b|\bwhat (?:do i|about|should i do with) (?:the |my )?(?:kids?|children|baby)\b/,
  ],
  [
    // A ride only later today ("my daughter can't drive me until after 3", "he gets off at 5, is that too
    // late?"): today still, but sooner is better, another ride meanwhile, and 911 at once if it gets worse.
    'ride-later',
    /\b(?:cant|can t|cannot|wont|won t|isnt|is not|not able to|unable to) (?:be able to )?(?:drive|take|bring|pick up|get|run) (?:me|us|him|her|them)\b(?: \w+){0,4} (?:until|till|til|before|after)\b|\b(?:cant|can t|cannot|wont|won t) (?:drive|take|bring|pick) (?:me|us|him|her|them) (?:up )?(?:until|till|til)\b|\bis (?:that|it|this) too late\b|\bwill (?:that|it) be too late\b/,
  ],
  [
    // Checked or treated already ("ER stitched it, said the tendon is ok", "just got back from urgent care,
    // they x-rayed it"): the warning has been acted on; their instructions now, not "call 911" again.
    'seen',
    /\b(?:er|e r|ed|hospital|urgent care|doctor|doc|doctors|paramedics|nurses?|surgeon|they)\b(?: \w+){0,3} (?:stitched|sewed|sutured|stapled|glued|closed|cleaned|x rayed|xrayed|scanned|cleared|treated|discharged|splinted|set) (?:it|him|her|me|us|the \w+|my \w+|his \w+|her \w+|up)\b|\b(?:er|e r|hospital|urgent care|doctor|doc|doctors|surgeon) (?:said|says|told (?:me|us|him|her)) (?:the \w+ |it |its |it s )?(?:is |s |was )?(?:ok|okay|fine|not broken|intact|all good|nothing broken)\b|\b(?:got|had|have|needed) (?:\d+ |a few |some |a couple )?(?:stitches|stiches|staples)\b|\b(?:just )?(?:got back|came back|home|back|discharged|released) from (?:the )?(?:er|e r|hospital|urgent care|emergency room)\b|\b(?:paramedics|ambulance|ems|emts|the crew|they)\b(?: \w+){0,2} (?:took|have taken|ve taken|taken|brought|rushed|drove) (?:her|him|them|me|us)\b(?: \w+){0,2} (?:to|in|into)\b|\b(?:she|he|they|she s|he s|they re|i m|im)\b(?: is| are| s| re)? (?:at|in) (?:the )?(?:hospital|er|e r|emergency room|emergency department)(?: now)?\b/,
  ],
  [
    // No way to get there: a kind, practical answer (someone nearby, a taxi or ride app, 911 if truly no way and
    // worse), never read as a ride already found ("nobody can drive me" is no "drive me"), nor a cost alone
    // ("can't afford a taxi"). Before cost, getting-there and drive-self.
    'no-ride',
    new RegExp(
      `\\b(?:cant|can t|cannot|couldnt|dont|do not|doesnt|does not|no longer|not able to|unable to|never|not allowed to) (?:really |even |safely )?(?:drive|driving)\\b(?! (?:me|him|her|them|us)\\b)|\\b(?:no|have no|got no|dont have an?|don t have an?|do not have an?|without an?|aint got no|dont have any|no way to get an?) (?:ride|lift|car|vehicle|transport|transportation|way to get there|way there|way of getting there|way to get to (?:the |an? )?\\w+)\\b|\\b(?:nobody|no one|noone|no body|not anyone|dont have anyone|don t have anyone|dont have anybody|have no one|got no one)\\b(?: \\w+){0,2} (?:to |who can |that can |can |could |available to |around to )?(?:drive|take|bring|give|run|pick) (?:me|us|him|her)\\b|\\b(?:cant|can t|cannot|couldnt|no way to|no way of|dont know how (?:to|i ll|ill|i would|id)|how (?:do|will|would|can) (?:i|we)) (?:get|getting|make it) (?:there|over there|to (?:the |an? )?(?:er|e r|hospital|urgent care|emergency room|doctor|clinic))\\b|\\b${SOMEONE} (?:works?|is at work|s at work|is working|gets off|get off|wont be (?:home|back|off|free)|won t be (?:home|back|off|free)|isnt (?:home|back|free|off)|is not (?:home|back|free|off)|has the car|took the car|is out of town|is away|is at school|lives? (?:far|out of town|an hour|two hours|in another))\\b|\\bcar (?:is |s )?(?:in the shop|broke down|broken|wont start|won t start|is dead|died)\\b|\\b(?:cant|can t|cannot|couldnt) (?:see|drive) (?:well )?(?:after dark|at night|in the dark)\\b|\\b(?:cant|can t|cannot|couldnt) afford (?:a |an |the )?(?:taxi|cab|uber|lyft|ride)\\b|\\b(?:bus|buses|dart|train) (?:doesnt|don t|dont|does not|wont|won t) (?:go|run|come)\\b`,
    ),
  ],
  [
    'cost',
    /\b(?:no|dont have|don t have|do not have|without|lost my|cant afford|can t afford|cannot afford|no) (?:health )?insurance\b|\b(?:cant|can t|cannot|couldnt|could not) afford\b|\b(?:ambulance|er|hospital|emergency room|urgent care) (?:bill|bills|costs?|fees?|is expensive|is so expensive|is like|charges?)\b|\btoo expensive\b|\bcheaper\b|\bbetween jobs\b|\binsurance (?:lapsed|ran out|expired|ended|wont cover|won t cover|doesnt cover|doesn t cover)\b|\bbankrupt\w*|\b(?:cant|can t|cannot) pay\b|\bmedical (?:bill|bills|debt)\b|\bcost(?:s)? (?:too much|a fortune|an arm and a leg)\b|\b(?:how much|what) (?:does|will|would) (?:it|the er|an ambulance|the ambulance) cost\b|\b(?:does|will|would|is) (?:my )?insurance (?:cover|pay)\b|\bcovered by (?:my )?insurance\b|\bhow much (?:is|does|will|would|do|are|s)\b(?: \w+){0,3} (?:ambulance|ambulances|er|hospital|911|emergency room|urgent care|paramedics|ride|trip|visit|scan)\b|\b(?:high )?deductibles?\b|\bco ?pays?\b|\bout of pocket\b|\bsurprise (?:bill|bills)\b|\b(?:fixed income|on (?:a |my )?pension|on social security)\b/,
  ],
  [
    'reluctant',
    /\b(?:dont|do not|didnt|dont really|really dont) (?:want|wanna|like) to (?:bother|trouble|disturb|burden|worry|bug|inconvenience) (?:anyone|anybody|them|you|people|everyone|my \w+|the \w+)\b|\b(?:be|being) a (?:bother|nuisance|pain)\b|\b(?:make|making) a (?:fuss|scene|big deal)\b|\bwast(?:e|ing) (?:their|anyones|anyone s|the doctors?|the doctor s|your|people s|peoples|everyones|everyone s|the er s|the paramedics) time\b|\b(?:hate|scared of|afraid of|terrified of|cant stand|can t stand) (?:hospitals?|the er|ers|the hospital|doctors|ambulances?|needles)\b|\b(?:dont|do not|really dont) want to (?:spend|sit|wait) (?:\w+ ){0,4}(?:in|at) (?:the |an? )?(?:er|hospital|emergency room|urgent care|waiting room)\b|\b(?:er|hospital|emergency room|urgent care) (?:wait|waits|takes forever|is always packed|wait is|is a nightmare)\b|\b(?:the )?(?:wait|waits|waiting) (?:is|are|will be|would be) (?:so |too |like |probably )?(?:long|forever|hours)\b|\b(?:\d+|eight|six|five|ten|twelve|several) hours? (?:in|at) (?:the |an? )?(?:er|waiting room|hospital|emergency room)\b/,
  ],
  [
    'where',
    new RegExp(
      // "urgent care or ER?": which of the two is asked outright
      `\\b(?:urgent care|urgentcare|walk in|er|e r|hospital|emergency room) or (?:the |an? |that |this |one of those |a small )?(?:\\w+ )?(?:er|e r|ed|urgent care|urgentcare|walk in|hospital|emergency room)\\b|\\bwhere (?:should|do|can|could|would) (?:i|we) go\\b|\\bwhere to go\\b|\\bwhich (?:hospital|er|urgent care|one)\\b|\\b(?:nearest|closest|nearby) ${ER}\\b|\\bfind (?:an? |the )?(?:urgent care|er|hospital)\\b`,
    ),
  ],
  [
    'drive-self',
    /\bdrive myself\b|\bdriving myself\b|\b(?:can|could|should|shall|may|ok if|okay if|alright if|fine if|safe if) i (?:just )?(?:drive|be driving)\b|\b(?:ill|i will|i can|i could|im going to|im gonna|i am going to|let me) (?:just |still )?drive\b(?! (?:him|her|them|us|you|my|his|our)\b)|\bsafe (?:for me )?to drive\b|\bok (?:for me )?to drive\b|\bokay (?:for me )?to drive\b|\bdrive (?:there|over|in) myself\b|\bi drive there\b|\b(?:hop|jump|get) in (?:the|my) car\b|\bdrive (?:over|there)\b|\b(?:fine|ok|okay|able|good|alright|well enough) to drive\b/,
  ],
  [
    'to-clinic',
    /\byour (?:clinic|office|place|practice|doctors?|team|physio|staff)\b|\b(?:come|go|get|pop) (?:in )?to (?:you|your|the clinic|y all|yall|you guys)\b|\bcome (?:and )?see you\b|\bcome in (?:to you|instead|today|tomorrow|on)\b|\bsee you (?:guys )?instead\b|\b(?:can|could) you (?:see|fit|squeeze|check) (?:me|it|him|her)\b|\bbook (?:in|an appointment|a visit|a slot)\b|\binnovative health\b|\bappointment with you\b|\bbook (?:in )?with (?:you|your)\b|\byou guys\b|\b(?:can|could) i (?:just )?come (?:in|to|by|over)\b|\bwho (?:do|should|can) (?:i|we) (?:call|see|contact|follow up with|go to) (?:after|afterwards|later|next|for follow ?up)\b|\bfollow ?up (?:with|appointment|visit|after)\b|\b(?:do|can|will|would) (?:you|u|y all|yall) (?:guys )?(?:take|accept|see|do|allow|have) (?:walk ?ins?|same ?day (?:appointments?|visits?))\b|\bwalk ?ins? (?:welcome|ok|okay|allowed)\b/,
  ],
  [
    'getting-there',
    new RegExp(
      `\\b${SOMEONE} (?:can|could|will|would|is going to|is gonna|is|are|ll|to|offered to|wants to|can just) (?:\\w+ )?(?:drive|driving|drivin|take|taking|takin|bring|bringing|bringin|run|running|runnin|give|giving|givin) (?:me|us|him|her|them)\\b|\\b(?:drive|take|bring) me\\b|\\b(?:run|give) (?:me|us) (?:to|a lift|a ride|over|there|in)\\b|\\b(?:get|grab|call|order|take) (?:an? |my )?(?:uber|lyft|taxi|cab|ride|lift)\\b|\\b(?:uber|lyft|taxi|cab)\\b|\\bget a (?:ride|lift)\\b|\\b(?:can|could|should|shall) (?:i|we) (?:just )?(?:go|head|get) (?:straight )?(?:to|into) (?:the |an? )?${ER}\\b|\\b(?:instead of|rather than) (?:calling |an? )?(?:911|ambulance)\\b|\\b(?:go|going) (?:to (?:the |an? )?${ER} )?instead\\b`,
    ),
  ],
  [
    // "husband's getting the car now", "her dad's picking us up", "we're gonna go to Parkland instead"
    'getting-there',
    /\b(?:take|taking|bring|bringing|drive|driving) (?:him|her|them|me|us|my \w+) (?:to |over to |down to )?(?:\w+ ){0,5}instead\b|\b(?:lay|put|get|throw|toss|load|stick) (?:him|her|them) in (?:the |my |our |his |her )?(?:back seat|backseat|car|truck|van|suv)\b|\bback ?seat\b|\b(?:drive|take) (?:him|her|them) (?:to|there|in|over)\b|\b(?:call|ring|phone|try|message|email) (?:my |the |our |his |her )?(?:gps?|gp s|family doctor|doctors?|doctor s|doc|physio|pt|chiro|primary care|pcp|nurse line|telehealth)\b|\b(?:getting|fetching|bringing|starting|grabbing|warming up) (?:the|his|her|our|my) car\b|\b(?:picking|pick|collecting|collect) (?:me|us|him|her|them) up\b|\bgo(?:ing)? straight there\b|\b(?:go|going|head|heading|drive|driving) (?:to |over to |down to )?(?:\w+ ){0,3}instead\b/,
  ],
  [
    'exercise',
    /\b(?:stretch\w*|foam ?roll\w*|roll(?:ing|er)? (?:it|out|my|the)|massag\w*|rub (?:it|my|the)|rubbing|exercis\w*|work ?out\w*|strengthen\w*|squats?|lunges?|yoga|pilates|physio exercises|rehab exercises|walk it off|walk (?:it |him |her )?around|walk about|move (?:it |him |her )?around|run on it|run it off|keep (?:running|training|playing)|go (?:for a )?(?:run|jog|ride|swim|walk|hike)|get the blood (?:moving|flowing|going)|keep (?:it|the leg|my leg) moving|train(?:ing)? (?:on|today|tomorrow|tonight)|(?:can|could|should) (?:i|he|she|they|we) (?:still )?(?:run|jog|train|play|race|cycle|bike|ride|swim|lift|dance|compete|skate|ski|hike|climb|go to the gym|go to practice)|skip (?:\w+ ){0,3}(?:ride|run|game|games|match|race|practice|session|training|tournament|workout|meet)|tape (?:it|him|her|the knee|his knee|her knee|my knee) (?:up )?(?:and|so|to)|(?:has|have|got) an? (?:game|match|meet|race|tournament|recital|practice)|the gym|massage gun|theragun|percussion|long run|parkrun|marathon|half marathon|(?:do|go on|go for) (?:my |a |the |today s |tomorrow s )?(?:\w+ )?(?:run|jog|workout|session|race|ride|swim|training|game|match))\b/,
  ],
  [
    // Putting the part back or forcing it (oneself or someone at home): declined with the flag's own
    // reason, like exercise: "can my mate pop it back in?", "can I force it straight?"
    'exercise',
    /\b(?:pop|push|put|shove|snap|click|pull|yank|force|jam) (?:it|the \w+|my \w+|his \w+|her \w+) (?:back|straight|in|into place)\b|\bforce (?:it|the \w+|my \w+) (?:straight|to bend|to move)\b|\b(?:straighten|fix|set|splint|stitch|glue|sort) (?:it|the \w+|my \w+) (?:myself|ourselves|at home|out myself)\b/,
  ],
  [
    'medicines',
    /\b(?:blood thinners?|thinners?|warfarin|coumadin|jantoven|eliquis|apixaban|xarelto|rivaroxaban|pradaxa|dabigatran|plavix|clopidogrel|anticoagula\w*|insulin|(?:my|his|her|their) (?:usual|regular|normal|daily|heart|blood pressure|diabetes|sugar) (?:meds|medicines?|medications?|pills|tablets))\b/,
  ],
  [
    // Comfort until then: "what can I do for the swelling in the meantime?" (answered with the instruction kept).
    'home-care',
    /\b(?:in the meantime|meanwhile|until then|till then|til then|on the way|while i wait|before (?:i go|i get there|then))\b.*\?|\bwhat (?:can|should|do) (?:i|we) (?:do|use|put on it) (?:for|about) (?:the |my |his |her |this )?(?:swelling|pain|bruis\w*|ache)\b/,
  ],
  [
    // A strap, tape, a brace or a sleeve: they don't protect what may be hurt (before home care).
    'support',
    /\b(?:kt ?tape|kinesio\w*|k tape|tape it|taping|strap|straps|brace|braces|knee sleeves?|sleeve|compression sleeves?|knee supports?)\b/,
  ],
  [
    'home-care',
    // Treating it oneself: "I'll put a plaster on it", "we'll deal with it at home".
    /\b(?:plasters?|band ?aids?|steri ?strips?|super ?glue|butterfly(?: stitch\w*| it| strips?)?|tourniquet|first aid kit|antibiotic\w*|amoxicillin|amoxil|augmentin|penicillin|keflex|cephalexin|doxycycline|cipro|leftover (?:pills|meds|medicine|medication))\b|\b(?:close|shut|stitch|sew|glue|seal) (?:it|the cut|the wound|the gash) (?:up |shut )?(?:myself|ourselves|at home)?\b|\b(?:deal with|handle|manage|sort) (?:it|this) (?:myself|at home|ourselves)\b|\b(?:ice|icing|iced|ice pack|frozen peas|peas|cold pack|cold compress|heat pack|heating pad|hot water bottle|elevat\w*|compress\w*|bandag\w*|wrap it|rice|ibuprofen|advil|motrin|tylenol|paracetamol|aleve|naproxen|aspirin|painkillers?|pain killers?|pain meds|anti inflammator\w*|voltaren|deep heat|tiger balm|rest it|rest up|lie down|put (?:it|my leg|my feet|my foot) up|keep it up|at home|home remed\w*|treat (?:it|this) (?:myself|at home)|sleep it off|take something)\b|\bgive (?:him|her|them|me|grandma|grandpa|mom|dad) (?:something|anything|some(?:thing)?|a pill|pills|meds)\b/,
  ],
  [
    'wait',
    // A look at home first puts the check off: "my wife is a nurse, she can look at it first".
    new RegExp(
      `\\b(?:${SOMEONE}) (?:is|s) an? (?:nurse|doctor|paramedic|medic|emt|first aider|physio|physical therapist|pt|chiropractor|vet)\\b|\\b(?:look at|check|see to|examine|have a look at|take a look at) (?:it|me|the \\w+|my \\w+) first\\b|\\bgo to bed\\b|\\bsleep on it\\b`,
    ),
  ],
  [
    // Work or school in the way: "I got a job tomorrow tho", "can't miss my shift".
    'wait',
    /\b(?:got|have|has|ive got) (?:a |my |an? early )?(?:job|work|shift|double)(?: (?:tomorrow|today|tonight|in the morning|at \d+))?(?: tho| though)?$|\b(?:cant|can t|cannot) (?:miss|skip|leave|lose) (?:work|my shift|my job|school|class)\b|\bmy boss\b|\b(?:need|have|gotta|got) to (?:go to )?work\b|\bon the clock\b/,
  ],
  [
    'wait',
    /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tmrw|tmr|tonight|weekend|next week|in the morning|in the mornin|overnight|by (?:the )?mornin[g]?|(?:goes|go|went) down (?:by|overnight|in the)|first thing|after work|later|later on|in a few days|in a couple of days|few days|couple of days|a day or two|next few days)\b|\bcan (?:it|this|that) wait\b|\bif (?:its|it s|it is|this is|hes|she s|shes|he s) still\b|\bshift (?:ends|is over|finishes)\b|\bafter (?:my |the |her |his )?(?:shift|work|school|class|practice|the game|the meeting)\b|\bsee how (?:he|she|they|i) (?:does|do|is|are|feel|feels)\b|\b(?:wait|waiting|hold off|leave it|sleep on it|give it) (?:until|till|til|a|and|for|to|overnight|a bit|a while|a day|some time|it out)\b|\bsee (?:how|if|whether) (?:it|things|that|this)\b|\bwait and see\b|\bnot (?:right )?now\b|\bno time\b|\btoo busy\b|\bi ll wait\b|\bill wait\b|\bcan i wait\b|\bshould i wait\b|\bwait a bit\b/,
  ],
  [
    // Playing it down by what still works: "i can walk on it, kinda", "she can still stand on it".
    'dismiss',
    /\b(?:i|he|she|we|they) can (?:still |kinda |kind of |sort of )?(?:walk|stand|put weight|bear weight|hobble|get around|move it|bend it)\b/,
  ],
  [
    'dismiss',
    /\bprobably (?:nothing|fine|ok|okay|just|anxiety|stress|a cramp|cramp|nerves|panic|muscular)\b|\b(?:its|it s|it is|thats|this is|im|i am) (?:just|only|probably|likely|prob|surely) (?:anxiety|stress|nerves|panic|a panic attack|a cramp|cramp|a bruise|a strain|tired|sore|stiff|a pulled muscle|in my head|nothing|fine|dehydration)\b|\b(?:just|only) (?:anxiety|stress|nerves|a cramp|a bruise|a strain|in my head)\b|\banxiety\b|\bpanic attacks?\b|\b(?:its|it s|it is|thats) (?:probably|likely|prob|just) (?:that|it|nothing)\b|\b(?:doesnt|does not|dont|isnt|is not) (?:feel |seem |look )?(?:that|so|too) bad\b|\b(?:its|it s|it is|im|i am|i feel|feel) (?:fine|ok|okay|alright|all right|better now|not that bad|not so bad)\b|\bnot (?:that|so) (?:bad|serious)\b|\bnot serious\b|\bnothing serious\b|\bno big deal\b|\boverreact\w*|\boverthink\w*|\bparanoid\b|\bdramatic\b|\bbeing silly\b|\b(?:was|were|im|i am) (?:just )?joking\b|\bjust kidding\b|\bdont (?:think|reckon) (?:its|it s|it is) (?:serious|that bad|bad|an emergency)\b|\bim sure (?:its|it s|it is) (?:fine|nothing|ok|okay)\b|\b(?:its|it s) nothing\b|\b(?:forget it|forget i said (?:it|that|anything)|never ?mind|ignore me|ignore that|dont worry about (?:it|me))\b/,
  ],
  [
    // "ok ok going", "fine, going": said to the room, the plan agreed.
    'going',
    /^(?:(?:ok|okay|k|fine|alright|all right|yes|yeah|yep)\s+)+(?:im |i m |i am |we re |were )?going\b(?! to)/,
  ],
  [
    'going',
    /\b(?:going|heading|leaving|off|on (?:my|our) way|calling|called|ringing|rang|texting|texted|dialing|dialled|dialed)\b.*\b(?:now|there|them|911|988|ambulance|er|hospital|urgent care|right away|straight away)\b|\bon (?:my|our|the) way\b|\b(?:ill|i will|we will|well|im going to|im gonna) (?:go|call|ring|head|text) (?:now|them|911|988|right away|straight away|there|in)\b|\b(?:ill|i will|im going to|im gonna|going to|gonna|calling|texting) (?:call|ring|text|try|dial)? ?(?:the|that) (?:vet|vets|veterans|va|crisis|suicide|help)? ?(?:line|hotline|lifeline|number)\b|\bambulance (?:is )?(?:coming|here|on (?:its|the) way)\b|\bwill do\b|\b(?:ill|i will|we ll|we will|fine ill|ok ill|okay ill) go\b(?! (?:to (?:bed|sleep|work|school|the gym)|for a|running|back|home|tomorrow|later|in the morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday))|\b(?:im|i am|we are|were) (?:at|in) (?:the )?(?:er|hospital|urgent care|a e)\b/,
  ],
  [
    // "booked the same-day slot at urgent care for 4pm" (a booking for a later day is waiting, read first)
    'going',
    /\b(?:booked|scheduled|got|made|have) (?:an? |the |a same ?day |the same ?day )?(?:same ?day )?(?:slot|appointment|appt|spot|visit)\b/,
  ],
  [
    // "going to get seen this afternoon", "getting it checked now" (a later day is waiting, read first)
    'going',
    /\b(?:going to|gonna|ill|i will|will|off to|heading off to|about to) (?:go and |go )?(?:get (?:it |this |him |her |myself )?|be )(?:seen|checked|looked at|examined|x ?rayed)\b/,
  ],
  [
    // "ok, I'll go to urgent care now", "we'll head to the ER": going to a place of care (after 911 or
    // the ER, a lesser place is read as going elsewhere: dialogs/safety.ts).
    'going',
    new RegExp(
      `\\b(?:ill|i will|we will|well|im going to|im gonna|were going to|we re going to|going to|gonna) (?:just )?(?:go|head|get|drive|get a ride|get a lift) (?:down |over |straight )?(?:to|into) (?:the |an? )?${ER}\\b`,
    ),
  ],
  [
    // Someone taking the person there: "I'll walk her down to the ED", "gonna drive him over to the ER";
    // and setting off: "ok we're heading out" (a later hour in it is read as waiting: dialogs/safety.ts).
    'going',
    new RegExp(
      `\\b(?:ill|i will|we will|well|we ll|im going to|im gonna|were going to|gonna|going to|i can|we can|let me) (?:just )?(?:walk|take|drive|bring|run|wheel|get) (?:her|him|them|you|\\w+) (?:down |over |straight |up |across )?(?:to|into) (?:the |an? )?${ER}\\b|\\b(?:were|we re|im|i m|i am|we are) (?:heading|headed|setting) (?:out|off)\\b`,
    ),
  ],
  [
    'ack',
    /^(?:ok|okay|k|alright|all right|right|sure|yes|yeah|yep|fine|will do|got it|understood|thanks|thank you|thx|ty)(?: (?:ok|okay|thanks|thank you|will do|i will|ill do that|ill go|ill call|going|doing it|on it|now))*$/,
  ],
  [
    'thanks',
    /\b(?:thanks|thank you|thank u|thx|ty|tysm|appreciate (?:it|that|you|this)|i appreciate|really appreciate)\b/,
  ],
];

/** A crisis said again, in other words. */
const CRISIS_AGAIN =
  /\b(?:i mean it|mean it|i meant it|not joking|im serious|i am serious|serious|whats the point|what is the point|no point|see the point|pointless|hopeless|worthless|burden|give up|giving up|cant go on|cant do this|cant take (?:it|this)|cant cope|no one cares|nobody cares|alone|better off|end it|ending it|die|dying|dead|kill|suicid\w*|hurt myself|harm myself|dont want to (?:be here|live|exist|wake up)|not want to (?:be here|live)|nothing matters|doesnt matter|dont care|done with (?:it|everything|life)|tired of (?:it|everything|life|living)|no reason|no future|whats left|why bother|dark|numb inside|empty|want it (?:all )?to be over|not wake up|never wake up|didnt wake up|wouldnt wake up|wont wake up|wouldnt (?:really )?matter|wouldnt miss me|thinking about it|thought about it|been thinking|keep thinking|keep picturing|pills|overdose|wont fix anything|not calling|988|hotline|crisis line|lifeline|(?:that|the|this) number|number again|what number|being realistic|just realistic|actually in crisis|not in crisis|why (?:they|he|she) did it)\b/;

const PHRASINGS: Readonly<Record<Language, ReadonlyArray<readonly [FollowUpKind, RegExp]>>> = {
  en: KINDS,
  es: SPANISH_FOLLOW_UPS,
};

/**
 * What a message says about the act-now reply, if anything it is known to say. The conversation's
 * language is read first; the other one too, since a follow-up is often short or mixed
 * ("ok, ya voy", "mi esposa me lleva al ER") and missing it would lose the instruction.
 */
export function classifyFollowUp(text: string, language: Language = 'en'): FollowUpKind | undefined {
  const t = normalizeChoiceText(text);
  if (t === '') return undefined;
  const other: Language = language === 'en' ? 'es' : 'en';
  for (const lang of [language, other]) for (const [kind, pattern] of PHRASINGS[lang]) if (pattern.test(t)) return kind;
  return undefined;
}

/**
 * Taking it back ("forget it, ignore me, just tired"; "olvídalo, no me hagas caso"): after a crisis
 * reply this is not reassurance, so the line is given again rather than "glad to hear that".
 */
const TAKES_IT_BACK =
  /\b(?:forget it|forget i said (?:it|that|anything)|never ?mind|ignore me|ignore that|just tired|olvidalo|olvidelo|no me hagas caso|no me haga caso|dejalo|dejelo|(?:nomas|solo|nada mas) estoy cansad[oa])\b/;

/**
 * Asked about thoughts of suicide, a reassurance ("jk im fine", "im ok lol", "just kidding, I'm good",
 * "es broma, estoy bien"): a no, taken warmly with 988 left open. Never when the same words say the crisis
 * again ("im fine, i just want it over"): that is checked first by the caller.
 */
const REASSURES =
  /^(?:(?:jk|j k|just kidding|just joking|kidding|joking|lol|lmao|haha+|nah|no|naw|nope|honestly|seriously|sorry|es broma|era broma|no es cierto|jaja+|perdon)\W*\s*)*(?:(?:im|i am|i m)\s+(?:fine|ok|okay|good|alright|all right|safe)|all good|estoy bien|todo bien)\b/;

/** See REASSURES. */
/**
 * Care today told as under way, whatever else the message asks ("ok we're taking him to the ER at
 * presbyterian. what should i bring", "my son is driving me to urgent care now"): the standing advice is
 * being followed, so later turns need no "please get it checked today" reminder.
 */
const GOING_TOLD =
  /\b(?:were|we are|im|i am|hes|he is|shes|she is|they are|theyre|\w+ is) (?:taking|bringing|driving|running) (?:him|her|them|me|us|my \w+|mom|mum|dad)? ?(?:to|into|down to|over to) (?:the |an? )?(?:er|emergency room|emergency|hospital|urgent care|a e)\b|\b(?:were|we are|im|i am) (?:going|heading|off|on (?:our|my) way) (?:to|into) (?:the |an? )?(?:er|emergency room|hospital|urgent care)\b|\b(?:paramedics|ambulance|they) (?:took|have taken|are taking|is taking) (?:him|her|them|me)\b/;
export function announcesGoing(text: string): boolean {
  return GOING_TOLD.test(normalizeChoiceText(text));
}

/**
 * Breathing and the chest said to be fine ("breathing is fine no chest stuff", "no shortness of breath"),
 * with no sign of either told in the same breath ("breathing's ok but my chest feels tight" is not this).
 */
const LUNGS_FINE =
  /\b(?:breathing|breath|breathe|lungs?|chest)\b(?: \w+){0,2} (?:is |are |s |feels? |seems? )?(?:fine|ok|okay|normal|good|alright|all right|totally fine|no problem)\b|\bno (?:chest|breathing|breath|lung)\b|\bno (?:shortness|short) of breath\b|\bnot (?:short|out) of breath\b|\bcan breathe (?:fine|ok|okay|normally|just fine)\b/;
const LUNG_SIGN_NOW =
  /\b(?:hurts?|hurting|pain\w*|tight\w*|pressure|heavy|struggl\w*|gasp\w*|wheez\w*|cough\w*|blood|racing|pounding|dizzy|faint\w*|short of breath|out of breath|cant breathe|can t breathe|winded)\b/;
export function saysLungsFine(text: string): boolean {
  const t = normalizeChoiceText(text);
  if (!LUNGS_FINE.test(t)) return false;
  // The denials themselves name the signs ("no chest pain", "not short of breath"): only what is left counts.
  const rest = t.replace(
    /\b(?:no|not|without|any|nothing)(?: \w+){0,2} (?:pain|tightness|pressure|short(?:ness)? of breath|out of breath|coughing|cough\w*|blood)\b/g,
    ' ',
  );
  return !LUNG_SIGN_NOW.test(rest);
}

/** Where to get the scan or X-ray asked ("where do I even go for that scan, do y'all do it"). */
const WHERE_SCAN =
  /\bwhere (?:should|do|can|could|would|will) (?:i|we|he|she) (?:even |actually |just |then |now )?(?:go|get|have)\b(?: \w+){0,4} (?:scan\w*|ultrasound|sonogram|doppler|x ?rays?|imaging|test\w*)\b|\b(?:do|does|can|could) (?:you|u|y all|yall|you guys|the clinic|your clinic|your office)(?: \w+)? (?:do|does|offer|have|run) (?:it|that|the (?:scan|ultrasound|test)|scans|ultrasounds?|x ?rays?)\b|\bwho (?:does|can do) (?:the |that |a )?(?:scan|ultrasound)\b|\b(?:ustedes|uds|la clinica|su clinica|ahi|alli|alla) (?:me )?(?:hacen|hace|tienen|tiene|dan|sacan) (?:ese |el |un |una |la )?(?:estudio|ultrasonido|ultrasound|eco|ecografia|sonograma|doppler)\b|\bdonde (?:me )?(?:hago|hacen|puedo hacer|puedo hacerme|me hacen|me pueden hacer|hay) (?:ese |el |un |una |la )?(?:estudio|ultrasonido|ultrasound|eco|ecografia|sonograma)\b/;
export function asksWhereScan(text: string): boolean {
  return WHERE_SCAN.test(normalizeChoiceText(text));
}

/** Waiting or sleeping on it asked with a painkiller ("can I just take ibuprofen and sleep on it"). */
const PUT_OFF =
  /\b(?:sleep on it|sleep it off|see (?:tmrw|tomorrow|tmr|in the morning|how it is)|wait (?:till|until|til|and see|overnight|for)|hold off|tomorrow|tmrw|tmr|overnight|in the morning|and see|ride it out|instead)\b/;
export function putsOffWith(text: string): boolean {
  return PUT_OFF.test(normalizeChoiceText(text));
}

export function reassures(text: string): boolean {
  return REASSURES.test(normalizeChoiceText(text));
}

/**
 * In the crisis state, reaching for the clinic ("ok maybe I'll call you guys, what's the number", "what
 * are your hours?"): a wish to re-engage with care, answered with the clinic's phone, hours and a
 * callback, and one short 988 line, not the crisis line alone. "what's that number again" (988) is not this.
 */
const CLINIC_CONTACT =
  /\b(?:call|ring|phone|contact|reach|text|email|see|book (?:in )?with) (?:you|you guys|y all|yall|your (?:clinic|office|team|doctors?|staff)|the clinic|innovative health)\b|\byour (?:number|phone(?: number)?|hours|opening hours|address|clinic|office)\b|\b(?:clinic s|clinics|the clinic|office) (?:number|phone|hours)\b|\b(?:book|make|get|schedule) (?:me )?(?:an? )?(?:appointment|appt)\b|\b(?:llamarles|les (?:llamo|hablo)|llamar(?:les)? a ustedes|su (?:numero|telefono|horario|clinica)|(?:numero|telefono|horario) de (?:la clinica|ustedes)|(?:hacer|sacar|pedir) (?:una )?cita)\b/;
export function reachesForClinic(text: string): boolean {
  return CLINIC_CONTACT.test(normalizeChoiceText(text));
}

/**
 * In the crisis state, asking to get back to the knee ("I said I'm fine. just answer the knee stuff
 * please", "can we talk about my knee"): respected, with one short 988 line, not the line alone.
 */
const KNEE_HELP =
  /\b(?:answer|help (?:me )?with|talk about|stick to|get back to|go back to|back to|focus on|tell me about|just do)(?: \w+){0,2} (?:knee|knees|leg|my question|the question|what i asked)\b|\b(?:knee|knees) (?:stuff|question|questions|things)\b|\b(?:contesteme|conteste|contestame|ayudeme con|ayudame con|hablemos de|volvamos a|nomas|solo)(?: \w+){0,2} (?:rodilla|rodillas|la pregunta|lo que pregunte)\b/;
export function asksForKneeHelp(text: string): boolean {
  return KNEE_HELP.test(normalizeChoiceText(text));
}

/** "forget it", "ignore me", "olvídalo": taking back what was said (either language). */
export function takesItBack(text: string): boolean {
  return TAKES_IT_BACK.test(normalizeChoiceText(text));
}

/** In the crisis state: does the message say the same hard thing again, in other words (either language)? */
export function saysCrisisAgain(text: string): boolean {
  const t = normalizeChoiceText(text);
  return CRISIS_AGAIN.test(t) || SPANISH_CRISIS_AGAIN.test(t);
}

/** In the crisis state: does the message say the same hard thing again, or take it back (either language)? */
export function soundsLikeCrisis(text: string): boolean {
  const t = normalizeChoiceText(text);
  return CRISIS_AGAIN.test(t) || SPANISH_CRISIS_AGAIN.test(t) || TAKES_IT_BACK.test(t);
}

/**
 * In the crisis state, a plan, a time or a means said after the first reply ("i made a plan for this
 * weekend. just wanted someone to know"; "ya tengo el plan"): more urgent than the thoughts alone, so it
 * gets its own words (911 now), not the reminder and whatever the matcher finds. Read only in that state,
 * where "this weekend" or "just wanted someone to know" can mean nothing else worth missing.
 */
const CRISIS_PLAN =
  /\b(?:(?:made|have|got|making|had|came up with|worked out|figured out|i ve got|ive got) (?:a|the|my) plan|(?:the|my) plan is|planned (?:it|out|everything|how)|(?:picked|set|chose|got) (?:a|the) (?:date|day|time)|this (?:weekend|saturday|sunday|friday)|tonight|before (?:the weekend|saturday|sunday|monday|morning)|(?:wanted|want|needed|need) (?:someone|somebody|anyone|anybody|you) to know|wanted to tell (?:someone|somebody|anyone|you)|wrote (?:a |my |the )?(?:letters?|notes?)|(?:a|the|my) (?:goodbye|suicide) (?:note|letter)|saying (?:goodbye|bye)|said (?:my )?goodbyes?|(?:my|a|the|his|dads) (?:gun|guns|pistol|pistols|handgun|rifle|shotgun|revolver|glock|firearm|rope)|(?:saved|saving|stockpiled|stocked) (?:up )?(?:my |the |some )?(?:pills|meds)|the (?:bridge|overpass|tracks))\b|\b(?:tengo|hice|ya tengo|traigo) (?:un|el|mi) plan|ya (?:lo )?(?:tengo|decidi|planee)|(?:este|el) fin de semana|esta noche|(?:queria|quiero|quise) que alguien (?:lo )?supiera|(?:una |la |mi )?carta de despedida|despedirme|(?:la|mi) (?:pistola|soga)|el arma|(?:junte|guarde|tengo guardadas) (?:las |unas )?pastillas|el puente\b/;

/**
 * The person says they served ("Army vet", "retired Marine", "the brace the VA gave me"; Spanish:
 * safetyFollowUpEs.ts): the crisis replies add the Veterans Crisis Line (988, then 1). "vet" alone is
 * an animal doctor, so only a branch or service word before it counts.
 */
const VETERAN =
  /\b(?:veterans?|(?:army|navy|marine|marines|air force|coast guard|combat|military|disabled|infantry|guard) vets?|(?:retired|former|ex) (?:army|navy|marine|marines|military|soldier|airman|sailor|service ?member)|i served|served (?:in|with|two|three|four|\d+|overseas)|(?:the|my) va|va (?:gave|doctor|hospital|clinic|rating|disability)|deployed|deployments?)\b/;
export function saysVeteran(text: string): boolean {
  const t = normalizeChoiceText(text);
  return VETERAN.test(t) || SPANISH_VETERAN.test(t);
}

/**
 * A flight or a long trip ahead ("I'm supposed to fly home tomorrow", "mañana tengo vuelo"): while a clot
 * is not ruled out, not cleared. A trip already made ("we flew 14 hours") is a risk factor, read apart.
 */
const TRAVEL_AHEAD =
  /\b(?:fly|flying|(?:a|my|the) flight (?:home|back|out|tomorrow|tonight|on|at|to|in|this|next)|catch (?:a|my|the) (?:flight|plane)|get on (?:a|the) plane|board(?:ing)? (?:a|the|my) (?:flight|plane)|drive (?:home|back)|driving (?:home|back)|road trip)\b|\b(?:tengo|tomo|agarro) (?:el |un |mi )?vuelo|\b(?:volar|vuelo de regreso|vuelo a|subirme al avion|viajar|manejar de regreso)\b/;
export function mentionsTravelAhead(text: string): boolean {
  return TRAVEL_AHEAD.test(normalizeChoiceText(text));
}

/** In the crisis state, does the message name 988, 911 or care it will reach for ("my plan is to call 988 tonight")? */
const NAMES_HELP =
  /\b(?:988|911|hotline|crisis line|lifeline|the line|therapist|counselor|doctor|er|emergency room|hospital|linea|terapeuta|consejero|hospital|emergencias)\b/;

/** In the crisis state: a plan, a time or a means, said without reaching for help (either language). */
export function mentionsCrisisPlan(text: string): boolean {
  const t = normalizeChoiceText(text);
  return CRISIS_PLAN.test(t) && !NAMES_HELP.test(t);
}

/**
 * Pills or another means said to be at hand after the crisis reply ("theres a bottle of oxy from the
 * surgery on my nightstand", "tengo un frasco de pastillas en el buró"): putting them out of reach is
 * the most useful thing to ask for now. Not when the person says they already moved them.
 */
const MEANS_AT_HAND =
  /\b(?:bottles?|box|bag|pack|handful|stash|bunch|supply|jar) of (?:\w+ )?(?:pills|meds|medicine|medication|oxy\w*|percocets?|vicodin|hydrocodone|tramadol|norco|painkillers|sleeping pills|opioids)\b|\b(?:oxy\w*|percocets?|vicodin|hydrocodone|tramadol|norco|opioids|painkillers|pain pills|sleeping pills|pills|meds)\b.{0,40}\b(?:nightstand|night stand|bedside|drawer|right here|next to me|by my bed|in my room|left ?over|from (?:the|my) (?:surgery|operation|scope))\b|\b(?:frascos?|botes?|bolsa|caja|pu[nñ]ado) de (?:pastillas|medicinas|medicamentos|oxicodona|tramadol|calmantes)\b|\b(?:pastillas|medicinas|oxicodona|tramadol|calmantes)\b.{0,40}\b(?:buro|cajon|mesita|aqui conmigo|junto a (?:mi|la) cama|de la operacion|de la cirugia|que me sobraron)\b/;
const MEANS_PUT_AWAY =
  /\b(?:put|moved|gave|locked|hid|threw|flushed|got rid|took (?:them|it) to|guarde|quite|tire|di|escondi|le di)\b.{0,50}\b(?:away|out|cabinet|kitchen|car|neighbor|friend|wife|husband|mom|dad|sister|brother|lejos|cocina|vecin\w*|espos\w*|mama|papa|herman\w*|basura)\b/;
export function mentionsMeansAtHand(text: string): boolean {
  const t = normalizeChoiceText(text);
  return MEANS_AT_HAND.test(t) && !MEANS_PUT_AWAY.test(t);
}

/** "don't go calling anybody on me", "no llames a nadie": asking that no one be called or told (either language). */
const NOT_TO_CALL =
  /\b(?:dont|do not|don t|please dont|pls dont) (?:go |you )?(?:call|calling|tell|telling|report|reporting|contact|send|sending)(?: \w+)? (?:anybody|anyone|anybody|the cops|the police|911|my family|my kids|nobody|people|them|help)\b|\bno (?:llames|llame|le llames|le llame|le digas|le diga|avises|avise)(?: a)? (?:nadie|la policia|al 911|mi familia)\b/;
export function asksNotToCall(text: string): boolean {
  return NOT_TO_CALL.test(normalizeChoiceText(text));
}

/** "is urgent care okay?", "can I just go to my doctor instead?": asking whether less care will do. */
const ASKS_LESSER_CARE =
  /\b(?:urgent care|urgentcare|walk ?in|minute ?clinic|clinic|my doctor|gp|family doctor|centro de urgencias|clinica|mi doctor)\b.{0,20}\b(?:ok|okay|alright|all right|fine|enough|instead|good enough|esta bien|sirve|en vez)\b|\b(?:can|could|should|may) (?:i|we) (?:just )?go to (?:an? |the |my )?(?:urgent care|clinic|walk ?in|doctor|gp)\b/;
export function asksAboutLesserCare(text: string): boolean {
  return ASKS_LESSER_CARE.test(normalizeChoiceText(text));
}

/** A sign added after the warning: "it's starting to swell now and feels warm" (Spanish: safetyFollowUpEs.ts). */
const NEW_SYMPTOM =
  /\b(?:swell\w*|swollen|warm|hot|red|cold|pale|blue|numb\w*|tingl\w*|fever\w*|temperature|temp of|chills|shiver\w*|bleed\w*|throw\w* up|vomit\w*|can t (?:walk|move|feel|stand)|cant (?:walk|move|feel|stand))\b/;
export function mentionsNewSymptom(text: string): boolean {
  const t = normalizeChoiceText(text);
  return NEW_SYMPTOM.test(t) || SPANISH_NEW_SYMPTOM.test(t);
}

/**
 * Something that makes a clot more likely (NICE NG158), said after a calf warning: "just birth
 * control", "I had knee surgery 2 weeks ago", "we drove 14 hours" (Spanish: safetyFollowUpEs.ts).
 */
const RISK_FACTOR =
  /\b(?:birth control|the pill|on the pill|contracepti\w*|the patch|depo|nuvaring|hrt|hormones?|hormone (?:therapy|replacement|pills?)|estrogen|oestrogen|testosterone|pregnan\w*|gave birth|had (?:a|the|my) baby|c ?section|postpartum|(?:had|have|got) (?:an? |my )?(?:\w+ )?(?:surgery|operation|op|replacement|scope)|surgery|operation|(?:a|in a|my) cast|boot|flight|flew|flying|plane|long (?:drive|trip|car ride|road trip|haul)|road trip|drove (?:\w+ )?hours|(?:sitting|sat|seated|stuck in (?:a|the|my) seat)(?: \w+){0,2} (?:so long|that long|for hours|all day|hours|\d+ hours)|(?:long|\d+ hours?|overnight|all day) (?:bus|coach|train) (?:ride|trip|journey)?|bed ?rest|laid up|cancer|chemo\w*|clots? before|history of clots?)\b/;
export function mentionsClotRisk(text: string): boolean {
  const t = normalizeChoiceText(text);
  return RISK_FACTOR.test(t) || SPANISH_RISK_FACTOR.test(t);
}

/**
 * A weight mention ("her pediatrician has mentioned her weight", "he's a big kid", "la doctora dice que
 * tiene sobrepeso"): with a child's limp and thigh or knee pain, a hip growth-plate slip is likelier.
 */
const WEIGHT =
  /\b(?:weight|overweight|heavy|heavier|heavyset|chubby|obese|obesity|bmi|big (?:kid|boy|girl|for (?:his|her|their) age)|on the bigger side|carrying (?:extra|a few extra)|sobrepeso|peso|gordit[oa]s?|gord[oa]|obesidad|llenit[oa])\b/;
export function mentionsWeight(text: string): boolean {
  return WEIGHT.test(normalizeChoiceText(text));
}

/** One's own doctor or a specialist's office, a team doctor or a trainer: an office, not an ER or a scan today. */
const OWN_OR_TEAM_DOCTOR =
  'ortho\\w*|orthopa?edi\\w*|surgeon|sports? (?:medicine )?doc\\w*|team doc\\w*|docs?|dr|athletic trainer|team trainer|the trainer|(?:his|her|their|my|our) office|own doctor';
/** Places that give less care than an emergency room: urgent care, a clinic, a doctor's office, a physio. */
const LESSER_CARE = new RegExp(
  `\\b(?:urgent care|urgentcare|walk ?in|minute ?clinic|clinic|gp|family doctor|my doctor|the doctor|a doctor|doctors?|physio\\w*|physical therap\\w*|pt|chiro\\w*|pharmac\\w*|chemist|telehealth|${OWN_OR_TEAM_DOCTOR})\\b`,
);
/** Places that give emergency care. */
const EMERGENCY_CARE = /\b(?:er|e r|a e|a and e|emergency|emergency room|ed|hospital|ambulance|911)\b/;

/**
 * "urgent care is closer, I'll go there": going somewhere that gives less care than the emergency
 * room, said without naming an emergency room. After a 911 or ER reply that is going elsewhere, not going.
 */
export function namesLesserCareOnly(text: string): boolean {
  const t = normalizeChoiceText(text);
  return LESSER_CARE.test(t) && !EMERGENCY_CARE.test(t);
}

/** Later today, said as a plan: after a 911 or ER reply that is waiting, not going ("this afternoon"). */
const LATER_TODAY =
  /\b(?:this (?:afternoon|evening)|later (?:today|on)|in (?:an|a few|a couple of|\d+) (?:hours?|hrs?)|after (?:lunch|dinner|supper|work|my shift|school|the game|the match)|when (?:i get|my \w+ gets?) (?:home|back)|once (?:i|my \w+) (?:get|gets) (?:home|back)|(?:im|i m|i am|were|we re|she s|shes|he s|hes) off (?:work |shift )?(?:at|around) \d+|(?:when|once|after) (?:im|i m|i am|were|we re|she s|shes|he s|hes|i get|she gets|he gets) off\b|(?:at the )?end of (?:my|the|her|his|our) shift|after (?:her|his|our|the) shift)\b/;
export function namesLaterToday(text: string): boolean {
  return LATER_TODAY.test(normalizeChoiceText(text));
}

/** An office visit that can't do same-day scans or X-rays: a GP, a physio, this clinic. */
const OFFICE_CARE = new RegExp(
  `\\b(?:gp|family doctor|my doctor|the doctor|a doctor|doctors?|physio\\w*|physical therap\\w*|pt|chiro\\w*|pharmac\\w*|your clinic|you guys|primary care|${OWN_OR_TEAM_DOCTOR})\\b`,
);
const SAME_DAY_CARE = /\b(?:urgent care|urgentcare|walk ?in|er|e r|emergency|hospital|ambulance|911)\b/;

/** "my GP has a same-day slot, I'll go there": after a same-day reply, an office visit is not the check it needs. */
export function namesOfficeCareOnly(text: string): boolean {
  const t = normalizeChoiceText(text);
  return OFFICE_CARE.test(t) && !SAME_DAY_CARE.test(t);
}

/**
 * The check itself talked of beside a new callback time ("I'll skip urgent care and wait for the call
 * Friday instead", "mejor espero la llamada en vez de ir a urgencias"): that puts the check off, and
 * is answered as waiting even though the time of the call moves too. Folded text (accents gone).
 */
const TALKS_OF_THE_CHECK =
  /\b(?:checked|check it|get seen|be seen|seen today|urgent care|urgentcare|er|e r|emergency|hospital|doctor|dr|go in|going in|go there|going there|skip (?:it|going)|instead of going|rather than going|hold off|put it off|revisar|revisen|revision|urgencias|emergencias|medico|doctora?|ir (?:a|al|hoy)|en vez de ir|en lugar de ir)\b/;
export function talksOfTheCheck(text: string): boolean {
  return TALKS_OF_THE_CHECK.test(normalizeChoiceText(text));
}

/**
 * "I know about 988", "already called that hotline": after a crisis reply, the line again is not
 * enough; the bot asks directly about safety now (Spanish: safetyFollowUpEs.ts).
 */
const KNOWS_THE_LINE =
  /\b(?:i|i ve|ive|i already|already)\b(?: \w+){0,2} (?:know|knew|heard|have|got|called|texted|tried|used|rang|talked to|spoke to)\b(?: about| of| the number for)? (?:988|the (?:number|line|hotline|crisis line|lifeline)|that (?:number|line|hotline)|those (?:people|guys))\b|\b988\b(?: \w+){0,3} (?:before|already|didnt help|doesnt help|wont help|is useless|does nothing)\b/;
export function knowsTheLine(text: string): boolean {
  const t = normalizeChoiceText(text);
  return KNOWS_THE_LINE.test(t) || SPANISH_KNOWS_THE_LINE.test(t);
}

/**
 * After a see-within-days warning that asks to stop something (a flag with a caution): the two
 * follow-ups with words of their own. Talking it down ("it's just shin splints, right?", "everyone
 * gets them") and asking to keep active meanwhile ("can I at least bike?"). Narrower than the act-now
 * kinds: a race or the gym named in passing ("where is bib pickup for the marathon") is not asking.
 */
const SOON_DISMISS =
  /\b(?:just|only|probably|prob|likely|surely|must be|gotta be|has to be)(?: (?:a|an|some|my|the))? (?:shin splints?|splints|strain|sprain|bruise|niggle|tweak|pulled muscle|muscle|muscular|cramp|knot|tight|tightness|stiff|sore|soreness|tendonitis|tendinitis|overuse|wear and tear|old age|getting old|growing pains|doms|nothing)\b|\b(?:everyone|everybody|all runners|every runner) (?:gets?|has|have) (?:them|it|that|those|this)\b|\bnothing serious\b|\bno big deal\b|\bnot (?:that|so) (?:bad|serious)\b/;
const SOON_ACTIVITY =
  /\b(?:can|could|should|may|is it (?:ok|okay|safe|fine|alright) to|ok to|okay to|safe to|fine to|allowed to)(?: i| we)?(?: \w+){0,3} (?:run|running|jog|jogging|train|training|bike|biking|cycle|cycling|ride|swim|swimming|lift|lifting|play|race|racing|cross ?train\w*|pool run\w*|aqua jog\w*|elliptical|spin|spinning|row|rowing|rower|erg|stepper|stair ?master|hike|hiking|gym|work ?out|exercise)\b|\bkeep (?:running|training|playing|lifting|cycling|biking)\b|\bcross ?train\w*\b|\b(?:in the meantime|meanwhile|until then)\b.*\b(?:bike|biking|swim|swimming|run|running|train|training|exercise|gym|cycle|cycling|elliptical|pool)\b/;

/**
 * Painkillers to keep going ("if I pop 2 advil at the start and 2 at halfway I can get through 26.2";
 * "me tomo unos ibuprofenos para aguantar la carrera"): they would hide the pain that is the warning.
 */
const PAINKILLER =
  /\b(?:advil|ibuprofen|motrin|aleve|naproxen|tylenol|paracetamol|acetaminophen|painkillers?|pain killers?|pain meds|nsaids?|anti inflammator\w*|ibuprofeno\w*|naproxeno|analgesic\w*|pastillas? para el dolor|desinflamatori\w*)\b/;
const KEEP_GOING =
  /\b(?:race|racing|get through|getting through|push through|make it through|finish (?:it|the)|marathon|half marathon|at the start|halfway|mid race|keep (?:running|playing|training|going)|so i can (?:run|play|race|train)|(?:and|then) (?:run|race|play)|before (?:the|my) (?:race|run|game|match)|para (?:correr|aguantar|jugar|terminar)|aguantar|la carrera|el maraton|el partido|seguir (?:corriendo|jugando|entrenando))\b/;

/**
 * Bargaining for the race, game or meet while a within-days warning stands ("what if I taper hard and
 * run it conservatively", "can I tape it and race?", "¿y si corro la carrera despacio?"): an event
 * named together with a plan or a question about doing it. A race told as the past ("I ran a race last
 * week") names no plan, so it is not this.
 */
const EVENT =
  /\b(?:race|races|racing|marathon|half marathon|ultra|ultras|\d+ ?k|\d+ ?miler|meet|meets|game|games|match|tournament|tourney|triathlon|tri|event|competition|comp|finals?|playoffs?|race day|qualifiers?|qualifying|state|regionals?|districts?|sectionals?|nationals|championships?|champs|invitational|tryouts?|try ?outs?|showcase|carrera|maraton|partido|torneo|competencia|campeonato|eliminatorias?|clasificatorias?)\b/;
const BARGAIN =
  /\b(?:(?:cant|cannot|can not) (?:just )?(?:stop|quit|rest|sit out|skip|miss)|not (?:stopping|quitting|resting|sitting out)|no way|what if|what about|if i|can i|could i|should i|may i|can we|is it (?:ok|okay|safe|fine|alright)|would it be|ill|i ll|i will|im gonna|i m gonna|im going to|i m going to|gonna|still|just (?:run|race|play|do|walk|go)|cant miss|can t miss|cannot miss|dont want to miss|don t want to miss|have to (?:run|race|play|do)|taper|run it|race it|do it|walk the|y si|puedo|podria|no me (?:puedo|quiero) perder|voy a)\b/;
/**
 * Pushing back on the stop itself, with no event named ("i cant just stop", "stopping isn't an option
 * for me", "no puedo dejar de correr"): heard, and the warning held, with why.
 */
const PUSHBACK =
  /\b(?:cant|cannot|can not) (?:just |simply |really )?(?:stop|quit|rest|sit out|take (?:\w+ )?(?:time|weeks?|days?|a break) off)\b|\b(?:not|no way im|no way i m|im not|i m not|i am not) (?:gonna |going to )?(?:stop|stopping|quit|quitting|rest|resting|sit out|sitting out)\b|\bstopping (?:isnt|is not|isn t|is not really) (?:an )?option\b|\b(?:i|we|he|she) (?:have|has|need|needs|got) to keep (?:running|training|going|playing)\b|\bno (?:puedo|puede|podemos) (?:nomas |solo |simplemente )?(?:dejar de (?:correr|entrenar|jugar)|parar|descansar)\b/;

/** Tape, a strap, a brace or a sleeve to keep going ("what about kt tape", "¿y una rodillera?"). */
const SUPPORT =
  /\b(?:kt ?tape|kinesio\w*|k tape|tape|taping|taped|strap|straps|brace|braces|sleeve|sleeves|compression|wrap it|wrapping|insoles?|orthotics?|cinta|vendaje|vendarl[ao]|rodillera|faja|plantillas?)\b/;

export function soonFollowUp(
  text: string,
  language: Language = 'en',
): 'dismiss' | 'exercise' | 'painkiller' | 'race' | 'support' | 'pushback' | 'what-to-do' | undefined {
  const t = normalizeChoiceText(text);
  if (t === '') return undefined;
  if (PAINKILLER.test(t) && KEEP_GOING.test(t)) return 'painkiller';
  if (EVENT.test(t) && BARGAIN.test(t)) return 'race';
  if (PUSHBACK.test(t)) return 'pushback';
  if (WHAT_TO_DO.test(t) || SPANISH_WHAT_TO_DO.test(t) || newReader(text)) return 'what-to-do';
  if (SUPPORT.test(t)) return 'support';
  if (SOON_ACTIVITY.test(t)) return 'exercise';
  if (SOON_DISMISS.test(t) || SPANISH_SOON_DISMISS.test(t)) return 'dismiss';
  const read = classifyFollowUp(text, language);
  // The Spanish exercise phrasings already ask to do it ("¿puedo andar en bici mientras?").
  if (read === 'dismiss' || (read === 'exercise' && SPANISH_EXERCISE.some((p) => p.test(t)))) return read;
  return undefined;
}
const SPANISH_EXERCISE = SPANISH_FOLLOW_UPS.filter(([kind]) => kind === 'exercise').map(([, pattern]) => pattern);

/** Words for a fever or a temperature, in either language (folded text). */
const FEVER_WORDS =
  /\b(?:fever|fevers|feverish|febrile|temp|temps|temperature|burning up|fiebre|calentura|temperatura|afiebrad[oa]|destemplad[oa])\b/;
/** The fever denied or not yet known ("no fever i dont think? i can check", "no sé si tiene calentura"). */
const FEVER_UNKNOWN =
  /\b(?:i can|i ll|ill|let me|should i|i could|we can|i will|gonna|going to|puedo|voy a|le voy a|ahorita le)\b.{0,20}\b(?:check|take|taking|measure|get|checar|chequear|tomar|tomo|medir|mido)\b|\b(?:dont|don t|do not|not) (?:know|think|sure)\b|\bno (?:se|creo|estoy segur[oa])\b|\bidk\b|\bnot sure\b|\bhaven t|\bhavent\b|\bno (?:le )?he (?:tomado|checado|medido)\b/;
const FEVER_DENIED =
  /\b(?:no|not|without|sin|normal|fine|ok|okay|none)\b(?: \w+){0,2} (?:fever|feverish|temp|temperature|fiebre|calentura|temperatura)\b|\b(?:fever|temp|temperature|fiebre|calentura|temperatura)\b(?: \w+){0,2} (?:normal|fine|ok|okay|none|no)\b/;

/**
 * A temperature read as a fever: 100.4 °F (38 °C) or more ("ok just checked, 100.8", "38.6 de
 * calentura"), or a fever named ("he's burning up now"); 'unknown' when it is denied with doubt or
 * about to be checked ("no fever i dont think? i can check"). Read after a child's limp warning.
 */
export function reportsFever(text: string): 'fever' | 'unknown' | undefined {
  const lower = text.toLowerCase();
  const t = normalizeChoiceText(text);
  const named = FEVER_WORDS.test(t);
  let measured: 'fever' | 'normal' | undefined;
  for (const m of lower.matchAll(/(?<![\d.,])(\d{2,3}(?:[.,]\d{1,2})?)(?![\d])\s*(°|º|degrees?|grados?|f\b|c\b)?/g)) {
    const value = Number((m[1] as string).replace(',', '.'));
    const decimal = /[.,]/.test(m[1] as string);
    const celsius = value >= 35 && value <= 43 && (decimal || m[2] !== undefined || named);
    if ((value >= 100.4 && value <= 108) || (celsius && value >= 38)) measured = 'fever';
    else if (measured === undefined && ((value >= 95 && value < 100.4 && (decimal || named)) || celsius))
      measured = 'normal';
  }
  if (measured !== undefined) return measured === 'fever' ? 'fever' : undefined;
  if (!named) return undefined;
  if (FEVER_UNKNOWN.test(t)) return 'unknown';
  if (FEVER_DENIED.test(t)) return undefined;
  return 'fever';
}

/** Getting back to a sport, asked once it has been seen to ("when can I get back on the bike?", "¿cuándo puedo volver a correr?"). */
const BACK_TO_SPORT =
  /\b(?:get|go|be|come) back (?:on|to|into) (?:the |my |a )?(?:bike|bicycle|saddle|field|court|pitch|track|gym|mat|trail|slopes|board|team|practice|training|running|riding|cycling|sport|sports)\b|\bwhen (?:can|could|should|will) (?:i|he|she|we|they) (?:\w+ ){0,2}(?:run|ride|bike|cycle|train|play|race|swim|lift|work out|exercise|skate|ski|climb|dance)\b|\b(?:back to|return to|start) (?:running|riding|cycling|training|playing|sport|sports|the gym)\b|\bcuando (?:puedo|puede|podre|podra|podemos) (?:volver a |regresar a )?(?:correr|andar en bici|rodar|entrenar|jugar|nadar|hacer ejercicio|ir al gimnasio)\b|\b(?:volver|regresar) a (?:la bici|correr|rodar|entrenar|jugar|nadar|hacer ejercicio)\b/;
export function asksBackToSport(text: string): boolean {
  return BACK_TO_SPORT.test(normalizeChoiceText(text)) || classifyFollowUp(text) === 'exercise';
}

/**
 * In the crisis state, an answer to "are you safe?" that says no plan and no intent: "no plan or
 * anything", "im not going to do anything", "I wouldn't act on it", "no tengo ningún plan". Read only
 * when the same message does not say the thoughts again (saysCrisisAgain is checked first by the caller).
 */
const NO_PLAN =
  /\b(?:no plan|no plans|not (?:a|any) plan|dont have (?:a|any) plan|havent (?:got )?(?:a|any) plan|(?:im|i m|i am) not (?:going|gonna) (?:to )?(?:do|try) (?:anything|something|it)|(?:i )?(?:wouldnt|would not|wont|will not) (?:do|act on|try) (?:anything|it|them|that)|not (?:going|gonna) (?:to )?act on (?:it|them)|(?:im|i m|i am) (?:safe|not in danger)|no tengo (?:ningun |un )?plan|no (?:voy|pienso) a hacer(?:me)? nada)\b/;
export function saysNoPlan(text: string): boolean {
  return NO_PLAN.test(normalizeChoiceText(text));
}
/** The message with its "no plan" words set aside (what else it tells is still read). */
export function withoutNoPlan(text: string): string {
  return normalizeChoiceText(text).replace(new RegExp(NO_PLAN.source, 'g'), ' ');
}

/** A question somewhere in the message, after a story: "gained 30 lbs. does weight matter for knees". */
const QUESTION_SENTENCE =
  /\?|(?:^|[.!?;]\s+)(?:(?:also|and|but|so|btw|ok|okay|anyway)\s+)?(?:is|are|does|do|should|can|could|will|would|how|what|when|where|which|why)\b/i;
export function asksInPassing(text: string): boolean {
  return QUESTION_SENTENCE.test(text);
}
