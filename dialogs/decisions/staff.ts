// The clinic's own staff talking about the callback queue in the chat (the front desk tries the bot
// in Teams: "any new callback requests today?", "did Maria Gonzalez leave a callback?", "mark the
// second one as done", "reschedule John Park's callback"). That is talk ABOUT callbacks, never a
// request for one: the queue holds patients' names and numbers and is worked on the staff page, so
// the answer is the staff entry (knowledge/entries/staff.yaml, `audience: staff`). One home for these
// words; callback.ts asks here before reading a message as a request.
import type { Knowledge, KnowledgeEntry } from '../../src/knowledge/types';
import { foldToWords } from '../../src/text';
import type { Triage } from '../../src/triage';

/** Words only staff use about the queue ("the callback list", "staff login"). */
const QUEUE_WORDS =
  /\b(?:receptionists?|callback (?:list|queue|requests)|call back (?:list|queue|requests)|list of callbacks|staff (?:page|login|token))\b/;
/** Someone else's request: "did Maria Gonzalez leave a callback", "who asked to be called after 5". */
const THIRD_PARTY =
  /\b(?:(?:did|has|have)\s+(?!i\b|we\b)(?:\w+\s+){1,3}(?:leave|left|request|requested|ask for|asked for)\s+(?:a\s+)?(?:callback|call back|call)|who (?:asked|wanted|requested|needs)\s+(?:to be called|a call|a callback|a call back|us to call)|(?:any|new|pending|open|todays|today s)\s+(?:new\s+)?(?:callbacks|call backs|callback requests))\b/;
/**
 * Working a request: "mark the second one as done", "mark it in progress", "reschedule John Park's
 * callback", "mark that i left a vm", "close it out".
 */
const WORKING =
  /\b(?:mark|set|flag)\s+(?:\w+\s+){0,3}(?:as\s+)?(?:done|called|handled|complete|completed|in progress|reached|unreachable|no answer|(?:i\s+)?left (?:a\s+)?(?:vm|voicemail|voice mail|message))\b|\bclose (?:it|that|this|that one|this one|her|his|him|them) (?:out|off)\b|\bclose (?:it|that one|this one) (?:now|please|pls)?$|\b(?:reschedule|move|update|change|reassign)\s+(?!my\b)(?:\w+\s+){1,3}(?:callback|call back)\b/;
const QUEUE_WORDS_ES = /\b(?:recepcionista|lista de llamadas|llamadas pendientes|solicitudes de llamada)\b/;
/** Said about oneself, a request stands even beside staff words ("receptionist, please call me back"). */
const ASKS_TO_BE_CALLED = /\b(?:call me|ring me|phone me|give me a call|contact me|reach me)\b/;

/** Staff saying who they are: "front desk here", "I work at the clinic", "this is reception". */
const SELF_STAFF =
  /\b(?:front desk here|reception here|staff here|(?:this is|its|it s) (?:the )?(?:front desk|reception)|(?:i m|im|i am) (?:new |working |just started )?(?:at|on) (?:the )?(?:front desk|reception)|i work (?:at|for|in) (?:the |this )?(?:clinic|front desk|reception|office))\b/;
/**
 * Talk about patients and the assistant from the other side of the desk: "if a patient writes in
 * Spanish", "a pt is asking", "does the bot answer…", "the callback reason", "should I call them
 * back now", "I called her twice", "a voicemail script".
 */
const ABOUT_PATIENTS =
  /\b(?:(?:if|when) (?:a|the) (?:patient|pt|caller)|(?:if|when) (?:someone|somebody|anyone|a person|people) (?:calls? in|phones? in|types?|writes?|messages?|tells? (?:the bot|it|you))|(?:a|the|our|this|that) (?:patient|pt|caller) (?:is asking|asks|asked|messages|messaged|writes|wrote|said|says|wants|wanted|called|left|requested|gave|gives)|(?:does|will|would) the bot (?:answer|reply|respond|handle|deal with|show|send|tell)|callback reason|reason (?:for|on) (?:the|this|that|her|his|their) (?:callback|request)|voicemail (?:script|template|wording|message for)|(?:should|do|can|shall|must) (?:i|we) (?:\w+ )?(?:call|ring|phone) (?:them|her|him|the patient)|i (?:called|rang|phoned|tried) (?:her|him|them))\b/;
/** A patient speaking of the clinic ("…or wait for the clinic to call"), not staff speaking of a patient. */
const PATIENT_SIDE =
  /\b(?:the clinic|your clinic|you guys|your office|the office|the doctor|my doctor|the receptionist|your staff)\b/;
/** "the patient Jasmine", "patient María Ruiz": a patient named by someone else. */
const NAMED_PATIENT = /\b(?:the )?(?:patient|pt) \p{Lu}\p{Ll}+/u;

/** The clinic's hours asked about. */
const HOURS_QUESTION = /\b(?:hours|open|close|closed|closing|opening)\b/;

/** The clinic's own number asked for: "what's the number I should give people who want to call back later?" */
const NUMBER_QUESTION =
  /\b(?:what s|whats|what is|which)(?: \w+){0,2} (?:phone )?number\b|\bnumber (?:should|do|can|shall) (?:i|we) (?:give|tell|pass)\b/;

/** Staff asking for the clinic's phone number: the clinic's number, as anyone gets it (not the queue entry). */
export function asksForClinicNumber(text: string): boolean {
  return NUMBER_QUESTION.test(foldToWords(text));
}

/** True when the message is staff talk about the callback queue, not a patient asking for a call. */
export function isStaffTalk(text: string): boolean {
  const folded = foldToWords(text);
  if (ASKS_TO_BE_CALLED.test(folded)) return false;
  if (QUEUE_WORDS.test(folded) || THIRD_PARTY.test(folded) || WORKING.test(folded) || QUEUE_WORDS_ES.test(folded))
    return true;
  // "Saturday hours? a patient is asking": staff, but the answer is the hours, as for anyone.
  if (HOURS_QUESTION.test(folded)) return false;
  // "should I call them back or wait for the clinic?": a patient talking about the clinic.
  const aboutPatients = (ABOUT_PATIENTS.test(folded) || NAMED_PATIENT.test(text)) && !PATIENT_SIDE.test(folded);
  return SELF_STAFF.test(folded) || aboutPatients;
}

/**
 * Once a conversation is known to be staff: what still reads as staff talk (about patients, requests,
 * times to call, the bot's wording), never as a patient's own request. A question about the clinic's
 * hours is left to the usual answer.
 */
const STAFF_FOLLOW_UP =
  /\b(?:undo|revert|unmark|change it back|put it back|(?:calling|ringing|phoning|dialing|dialling) (?:the (?:first|second|third|next|last|other) one|that one|this one|her|him|them|the patient)|which ones?|the one (?:for|from|who|that|with)|them|they|her|him|she|he|patients?|callers?|callbacks?|call back|requests?|reason|urgent|translate|spanish|espanol|english|what do i (?:do|tell|say)|what should i (?:do|tell|say)|what now|for us|our time|voicemail|script|mark|simpler|flyer|handout|what time should i call|when should i call|what (?:time|hours?) (?:is|does|would|are) (?:that|it|this|they|morning|afternoon|evening)|(?:morning|afternoon|evening|lunchtime|after work) (?:mean|means|meant|is supposed)|(?:one|it|the request|the note|a request|that one|this one) (?:says|said)|manana|temprano|en la tarde|cuando sea|still open|oldest|close it out|vm)\b/;

/** Requests themselves named: "callbacks asked for when we're closed" is about the queue, not the hours. */
const ABOUT_REQUESTS = /\b(?:callbacks?|call backs?|requests?)\b/;

/**
 * Staff putting a patient's call off: "can we just put her in the normal callback list for next week?",
 * "keep him in the regular queue", "I'll ring her back tomorrow", "can it wait till Monday?". After a
 * warning sign, that gets a plain no (dialogs/staffTalk.ts).
 */
const DEFER =
  /\b(?:normal|regular|usual|standard|routine|general|ordinary)\s+(?:callback |call back |call |phone )?(?:list|queue|callbacks|call backs|calls|pile|rotation|order)\b|\b(?:next week|next month|tomorrow|tmrw|tmr|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|later this week|end of the week|after the weekend|in a few days|in a couple of days)\b|\b(?:can|could|would) (?:it|this|that|this one|that one|she|he|they) (?:just )?wait\b|\b(?:no rush|not urgent|isnt urgent|is not urgent|low priority|whenever)\b/;

export function asksToDefer(text: string): boolean {
  return DEFER.test(foldToWords(text));
}

/**
 * Staff asking how soon to call about a request whose note names a warning sign: "one of the notes says
 * she was short of breath, how fast am I supposed to call back?" That call goes first (staffTalk.ts).
 * The sign is the red-flag triage's to find (Triage.signsNamed reads the flags of knowledge/red-flags.yaml),
 * so a new flag is covered without a word here.
 */
const HOW_SOON =
  /\b(?:how (?:fast|soon|quickly|urgent|urgently)|right away|straight away|asap|first|priority|prioriti[sz]e|que tan (?:rapido|pronto)|cuan (?:rapido|pronto)|cuando|primero|de inmediato|enseguida|ya mismo|urgente|prioridad)\b/;
/** The call asked about, in either language ("call", "ring", "llamo", "le llamo"). */
const CALL = /\b(?:call\w*|ring|phone|llam\w*)\b/;
/**
 * Bleeding named alone in a note ("the note says he's bleeding"): not the heavy-bleeding flag (that needs it not
 * stopping, or a lot), but staff must hear that bleeding which won't stop is 911. Staff wording only, never an alarm.
 */
const BLEEDING = /\b(?:bleed\w*|bled|bloody|blood|sangr\w*|hemorrag\w*)\b/;
/** Blood named for something else: "on blood thinners", "blood pressure", "análisis de sangre". */
const NOT_BLEEDING =
  /\bblood (?:thinner|thinners|pressure|test|tests|work|sugar|draw|type)\b|\b(?:analisis|examen|examenes|prueba|pruebas|presion) de sangre\b|\b(?:adelgazar|diluir) la sangre\b/g;
/** A calf or leg complaint beside breathlessness: a clot that may have reached the lungs. */
const LEG = /\b(?:calf|calves|leg|legs|pantorrilla\w*|pierna\w*|chamorro\w*)\b/;
const BREATHLESS_FLAGS = new Set(['chest-pain', 'calf-swelling-breathless']);

/**
 * What staff must hear first about a note's sign: breathlessness with a calf or leg complaint ('clot': 911 now),
 * bleeding ('bleeding': 911 if it won't stop), another warning sign ('sign'), or none.
 */
export type StaffSign = 'clot' | 'bleeding' | 'sign';

export function staffSignNamed(text: string, triage: Pick<Triage, 'signsNamed'>): StaffSign | undefined {
  const folded = foldToWords(text);
  const ids = new Set(triage.signsNamed(text).map((f) => f.id));
  const breathless = [...BREATHLESS_FLAGS].some((id) => ids.has(id));
  if (ids.has('calf-swelling-breathless') || (breathless && (ids.has('calf-pain-swelling') || LEG.test(folded))))
    return 'clot';
  if (ids.has('heavy-bleeding') || BLEEDING.test(folded.replace(NOT_BLEEDING, ' '))) return 'bleeding';
  return ids.size > 0 ? 'sign' : undefined;
}

export function asksHowSoonAboutSign(text: string, triage: Pick<Triage, 'signsNamed'>): boolean {
  const folded = foldToWords(text);
  return CALL.test(folded) && HOW_SOON.test(folded) && staffSignNamed(text, triage) !== undefined;
}

export function isStaffFollowUp(text: string): boolean {
  const folded = foldToWords(text);
  if (ASKS_TO_BE_CALLED.test(folded)) return false;
  return STAFF_FOLLOW_UP.test(folded) && !asksAboutHours(text);
}

/**
 * "what are our Saturday hours", "we close at 6 right?": the clinic's hours, answered as for anyone.
 * Not "what do you tell people who ask for a callback when we're closed": that is about requests.
 */
export function asksAboutHours(text: string): boolean {
  const folded = foldToWords(text);
  return HOURS_QUESTION.test(folded) && !ABOUT_REQUESTS.test(folded);
}

/**
 * "Can you submit a test one so I can check it comes through?", "let me send a test callback": staff
 * trying the patient's side end to end. The request is theirs to make, so the callback flow runs
 * (with what the message gives), and the test shows on the staff page like any request.
 */
const TEST_REQUEST =
  /\b(?:submit|send|make|put|run|try|do|create|place|file|enter|log|leave)\b(?:\s+\w+){0,2}\s+(?:test|testing|dummy|practice|sample|fake|trial)\s+(?:one|callback|call back|request|submission|call)\b|\btest (?:the )?(?:callback|call back|request) (?:flow|form|feature|system|button)\b|\b(?:enviar|mandar|hacer) (?:una )?(?:solicitud|llamada) de prueba\b/;
export function asksForTestRequest(text: string): boolean {
  return TEST_REQUEST.test(foldToWords(text));
}

/**
 * Staff asking to enter a phone caller's request here ("could I log one in here on her behalf?", "new
 * phone request"): the callback questions run for them (the caller's details), so it lands on the staff
 * page like any request. A question about whether typed details count is answered, never started.
 */
const ENTER_FOR_CALLER =
  /\b(?:can|could|may|should|shall|do) (?:i|we) (?:just |also )?(?:put|enter|add|log|make|type|start|create|file|submit|do)\b(?: \w+){0,5} (?:for (?:them|him|her|the caller|a caller|this caller|someone|the patient|a patient)|on (?:their|his|her|the caller s) behalf|(?:in|into) (?:here|this chat|the chat|the bot))\b/;
export function asksToEnterForCaller(text: string): boolean {
  return ENTER_FOR_CALLER.test(foldToWords(text));
}

/** "enter a phone request", "new phone request": start the callback questions for a caller now. */
const START_CALLER_REQUEST =
  /^(?:(?:ok|okay|please|pls|lets|let s|ok lets)\s+)*(?:enter|log|add|start|make|new)(?: a| the)? (?:new )?(?:phone|caller s|callers|phoned in|front desk) (?:request|callback|call back)\b|^(?:registrar|registra|registre) (?:una )?llamada telefonica\b/;
export function asksToStartCallerRequest(text: string): boolean {
  return START_CALLER_REQUEST.test(foldToWords(text));
}

/** "say it in Spanish", "translate that to Spanish too": the last answer again, in Spanish. */
const IN_SPANISH =
  /\b(?:(?:say|put|write|give|send|translate|do|have|make)\b(?:\s+\w+){0,3}\s+(?:in|to|into) spanish|spanish version|in spanish (?:too|also|as well|please)|en espanol)\b/;
export function asksForSpanishVersion(text: string): boolean {
  return IN_SPANISH.test(foldToWords(text)) && !/['"“‘:]/.test(text.replace(/\b\w+'\w+\b/g, ''));
}

/** "ok so what do I do", "what should we do then": the next step of the last staff answer. */
const WHAT_NOW = /^(?:(?:ok|okay|so|and|then|hmm|well)\s+)*(?:what (?:do|should|can) (?:i|we) do|what now|now what)\b/;
export function asksWhatNow(text: string): boolean {
  return WHAT_NOW.test(foldToWords(text));
}

/** Which staff entry answers a staff message (most specific first); the queue when none is more specific. */
const STAFF_TOPICS: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\bhow does (?:this|the|it)(?: \w+){0,2} work\b|\bwhat does (?:this|the) (?:bot|assistant|chat|thing) do\b|\bhow do(?:es)? (?:this|the) (?:bot|assistant|chat) work\b/,
    'staff-how-it-works',
  ],
  [
    // Also a patient's details typed in ("Patient is Harold Jenkins, 972-555-0143…") and "will that
    // land in the real queue?": nothing typed here by staff becomes a request.
    /\b(?:calls? in|phones? in|on the phone|phoned|called in|(?:called|rang|phoned) (?:the )?(?:front )?(?:desk|office|clinic|reception))\b.*\b(?:callback|call back|request)\b|\b(?:put|enter|add|log|make|type) (?:it|one|a callback|a request|them|that|this|that one|this one)? ?(?:in |into )?(?:here |this )?(?:for (?:them|him|her|a patient|a caller|someone)|on (?:their|his|her|the caller s) behalf)\b|\b(?:patient|pt) (?:is|name is|named)\b.*\b\d{3} ?\d{3} ?\d{4}\b|\b(?:add|put in|enter|log|create)\b (?:one|her|him|them|it|a callback|a request)\b.*\b\d{3} ?\d{3} ?\d{4}\b|\b(?:real|actual|live) (?:queue|list)\b|\b(?:land|end up|show up|go) in the (?:queue|list)\b/,
    'staff-phone-callers',
  ],
  [
    /\b(?:relative s|relatives|family member s|someone else s|somebody else s|(?:husband|wife|partner|mom|mum|mother|dad|father|son|daughter|sister|brother|caregiver|carer) s) (?:number|phone|cell|cellphone|mobile)\b|\b(?:instead of|not) (?:their|her|his) own (?:number|phone)?\b/,
    'staff-someone-elses-number',
  ],
  [/\b(?:insurance|insured|coverage|cover|copay|co pay|referral|how much|cost|price)\b/, 'clinic-visits'],
  [
    /\b(?:chest pain|warning signs?|red flags?|emergenc\w*|911|something serious|suicid\w*|(?:if|when) (?:someone|somebody|anyone|a patient|a person) (?:types?|writes?|says?|messages?))\b/,
    'staff-warning-signs',
  ],
  [
    /\b(?:which ones?|the one (?:for|from|who|that|with)|what was the reason|reason exactly|(?:did|what did) (?:the )?(?:patient|pt)|ask(?:ed)? about)\b/,
    'staff-callback-queue',
  ],
  [/\b(?:voicemail|voice mail|vm)\b/, 'staff-voicemail-script'],
  [/\b(?:simpler|reading level|rewrite|reword|flyer|handout|leaflet|poster|brochure)\b/, 'staff-handouts'],
  [
    /\b(?:urgent|right away|straight away|(?:call|ring|phone) (?:them|her|him) (?:back )?now|what do i (?:tell|say)|what should i (?:tell|say)|on the phone)\b/,
    'staff-urgent-requests',
  ],
  [
    // "one says 'monday morning', what time is that supposed to be": the window a time word means.
    /\b(?:(?:morning|afternoon|evening|lunchtime) (?:mean|means|meant)|(?:supposed|meant) to (?:be|mean)|what time|when should (?:i|we) (?:call|ring|phone)|manana|temprano|tarde|cuando sea|time zone|when (?:we re|we are|the clinic is|were) closed|after hours|out of hours|over the weekend|on weekends?|at night|cerrad[oa]s?|fin de semana)\b/,
    'staff-call-times',
  ],
  [/\b(?:spanish|espanol|english|language|translate|translated|bilingual)\b/, 'staff-spanish-callers'],
];

/**
 * Working a request from the chat, which only the staff page can do: "mark that one done" (working),
 * "undo that" (undo), "ok calling the first one now" (calling). Each gets one line, not the queue again.
 */
export type StaffWork = 'working' | 'undo' | 'calling' | 'lookup';
/**
 * Asking what is in the queue: "how many still open", "who's the oldest one still open", "did anybody
 * ask for a call in Spanish", "any from yesterday?". The chat can't see it (names and numbers): say so
 * in one line and where to look, never a "yes" that reads as an answer.
 */
const LOOKUP =
  /\bhow many\b(?: \w+){0,3} (?:open|still open|left|pending|waiting|outstanding|to call|in the (?:queue|list))\b|\b(?:who s|whos|who is|which is|what s|whats|which one is|show me) (?:the )?(?:oldest|newest|latest|first|last|next) (?:one|request|callback)\b|\b(?:the )?(?:oldest|newest|latest) (?:one|request|callback)s? (?:still )?(?:open|left|pending|waiting)\b|\b(?:did|has|have) (?:anybody|anyone|somebody|someone|any patients?|any callers?|any of them)\b(?: \w+){0,2} (?:ask|asked|request|requested|want|wanted|leave|left|need|needed)\b/;
const UNDO = /\b(?:undo|revert|unmark|change it back|put it back|take that back)\b/;
const CALLING =
  /\b(?:calling|ringing|phoning|dialing|dialling) (?:the (?:first|second|third|next|last|other) one|that one|this one|her|him|them|the patient)\b/;
export function staffWork(text: string): StaffWork | undefined {
  const folded = foldToWords(text);
  if (UNDO.test(folded)) return 'undo';
  if (WORKING.test(folded)) return 'working';
  if (CALLING.test(folded)) return 'calling';
  if (LOOKUP.test(folded)) return 'lookup';
  return undefined;
}

/** The id of the staff entry that answers `text` (the callback queue by default). */
export function staffTopic(text: string): string {
  const folded = foldToWords(text);
  return STAFF_TOPICS.find(([re]) => re.test(folded))?.[1] ?? 'staff-callback-queue';
}

/** The entry written for staff (where the queue is), if the knowledge has one. */
export function staffEntry(knowledge: Knowledge): KnowledgeEntry | undefined {
  return knowledge.entries.find((e) => e.audience === 'staff');
}

/** The conversation-state property that marks a staff conversation (dialogs/staffTalk.ts keeps it; the safety check reads it). */
export const STAFF_STATE_PROPERTY = 'dialogs.staff';
