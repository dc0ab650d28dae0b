// The pure half of the callback conversation: wording lookup, reading a name, the time options
// with concrete dates, the summary. No botbuilder here; dialogs/callbackDialog.ts does the talking.
import { callbackSlots, requestedTime, type CallbackSlot, type RequestedTime } from '../../src/clinic/slots';
import { addDays, zoneLabel } from '../../src/clinic/zonedTime';
import { clinicDate, formatShortDate, formatTime } from '../../src/clinic/hours';
import { hoursWords } from '../../src/clinic/hoursWords';
import { expandTimeShorthand } from '../../src/clinic/timeShorthand';
import type { Knowledge } from '../../src/knowledge/types';
import type { Choice, Fact } from '../../src/rendering/reply';
import { formatPartialDigits, formatPhone, phoneInText } from '../../src/callbacks/phone';
import type { PreferredTime } from '../../src/callbacks/types';
import { LIMITS } from '../../src/callbacks/validate';
import { foldToWords, spokenDigits } from '../../src/text';
import { NAME_BEFORE_PHONE, NAME_IN_SENTENCE, NOT_NAME_WORDS, parseName } from './callbackName';
import { isStaffTalk } from './staff';
import { classifyCommand } from '../commands';

export { parseName } from './callbackName';

import { cbMsg, type CallbackMessageKey } from './callbackMessages';

export { assertCallbackMessages, cbMsg } from './callbackMessages';

const PHONE_IN_SENTENCE = /\+?\(?\d[\d\s().-]{8,}\d/g;
/** The same, for a yes/no test (a global pattern's test() keeps its position between calls). */
const HAS_PHONE = new RegExp(PHONE_IN_SENTENCE.source);
/** "about my knee", "regarding the MRI", "because my knee locks", "reason: knee check": what the call is about. */
// "what about tomorrow morning", "how about 3": a time offered, not a reason ("about" asks, there).
const REASON_IN_SENTENCE = /\b(?<!(?:what|how)\s)(?:about|regarding|re|because|as|reason:|motivo:)\s+(.{3,})$/i;
/** Asking to be called ("please call me", "can someone ring me back", "callback"). */
// "can someone from your office check in on him next week?": a call to check on them is a callback.
const CALLBACK_REQUEST =
  /\b(?:call me|call me back|callback|call back|(?:call|ring|phone) (?:her|him|them) back|(?:someone|somebody|anyone|you|u|y'?all|the clinic|the doctor|a nurse)\s+(?:\w+\s+){0,2}(?:call|ring|phone) (?:her|him|them|us)|ring me|phone me|give me a call|(?:someone|somebody|anyone|you|u|y'?all|you guys|the clinic|the doctor|a nurse)\s+(?:\w+\s+){0,4}(?:check on|check in on|check in with|follow up with|follow up on) (?:me|him|her|them|us|my \w+)|give (?:him|her|them|us) a (?:call|ring|phone call)|contact me|get back to me|reach me|(?:you|someone|somebody|anyone|please|pls|plz)\s+(?:\w+\s+){0,2}(?:call|ring|phone) (?:my|our) (?:mom|mum|mother|dad|father|parents?|wife|husband|partner|son|daughter|grandma|grandmother|granny|grandpa|grandfather|aunt|uncle|brother|sister|friend|neighbou?r))\b/i;
/** The same in Spanish, accent-folded: "llámenme", "que me llamen", "me pueden llamar al …". */
const CALLBACK_REQUEST_ES =
  /\b(?:llamenme|llameme|que me llamen|(?:quiero|quisiera|necesito|me gustaria|pido) (?:una llamada|que me (?:llamen|marquen))|me (?:pueden|puede|podrian|podria) (?:llamar|marcar|hablar)|(?:pueden|puede|podrian|podria) (?:llamarme|marcarme)|me llaman|marquenme|devolver la llamada|devuelvan la llamada|(?:llamen|llamenle|marquen|marquenle|(?:pueden|puede|podrian|podria) (?:llamar|marcar|llamarle|marcarle)) a mi (?:mama|papa|madre|padre|esposa|esposo|hijo|hija|abuela|abuelo|tia|tio|hermana|hermano|suegra|suegro|vecina|vecino))\b/;

/** "her knee", "his knee", "su rodilla", "le duele": the knee is the relative's own. */
const RELATIVES_KNEE = /\b(?:her|his|their) (?:\w+ )?knees?\b|\bsu (?:\w+ )?rodilla\b|\ble duele\b/;

/** Who a person asks the clinic to call instead of them: "call my daughter", "llamen a mi hija" (folded). */
const RELATIONS_EN =
  'mom|mum|mother|dad|father|wife|husband|partner|son|daughter|grandma|grandmother|granny|grandpa|grandfather|aunt|uncle|brother|sister|friend|neighbou?r|caregiver|carer';
const RELATIONS_ES =
  'mama|papa|madre|padre|esposa|esposo|hijo|hija|abuela|abuelo|tia|tio|hermana|hermano|suegra|suegro|vecina|vecino';
const CALL_RELATIVE = new RegExp(
  `\\b(?:call|ring|phone|contact|reach|speak to|talk to|ask for)\\s+(?:\\w+\\s+)?(?:my|our)\\s+(${RELATIONS_EN})\\b` +
    `|\\b(?:llam\\w*|marqu\\w*|hablen?|hable|pregunten por|comuniquense con)\\s+(?:\\w+\\s+)?(?:a|con)?\\s*mi\\s+(${RELATIONS_ES})\\b`,
);

const SPANISH_ACCENTS: Readonly<Record<string, string>> = { mama: 'mamá', papa: 'papá', tia: 'tía', tio: 'tío' };

/** The relative to call ("daughter", "hija") when the person asks the clinic to call someone else. */
export function relativeToCall(text: string): string | undefined {
  const m = CALL_RELATIVE.exec(foldToWords(text));
  const word = m ? (m[1] ?? m[2]) : undefined;
  // Matched accent-folded; said back as written ("su mamá", not "su mama").
  return word ? (SPANISH_ACCENTS[word] ?? word) : undefined;
}

/** Words that make a clause a reason for the call ("my knee keeps swelling", "about my MRI results"). */
const REASON_WORDS =
  /\b(?:knees?|kneecaps?|legs?|calf|pain|painful|hurts?|arthritis|arthritic|stiff|stiffness|hurting|aches?|aching|swell\w*|swollen|sore|injur\w*|sprain\w*|tear|torn|appointment|visit|mri|x-?rays?|scan|results|surgery|physio|therapy|rodillas?|pierna|dolor|duele|artritis|artrosis|rigid\w*|entumid\w*|hinchad\w*|lesion|cita|operacion|resultados|terapia)\b/;

/**
 * The clauses of an opening message that say what the call is about ("…, my knee keeps swelling
 * after runs"): those with a reason word, leaving out the ones giving the name, number or the request.
 */
function reasonClauses(text: string): string | undefined {
  const kept = text
    .split(/[,.;!?\n]+|\s+-\s+/)
    .map((c) => c.trim())
    .filter(
      (c) =>
        c !== '' &&
        !HAS_PHONE.test(c) &&
        !NAME_IN_SENTENCE.test(c) &&
        !asksForCallback(c) &&
        REASON_WORDS.test(foldToWords(c)),
    );
  return kept.length > 0 ? kept.join(', ') : undefined;
}

/** "text me instead", "can you email me", "mándeme un mensaje": a channel the clinic doesn't call back on. */
const OTHER_CHANNEL =
  /\b(?:text me|send (?:me )?a text|by text|texting|sms|email me|e mail me|send (?:me )?an? e ?mail|whatsapp|mandame un mensaje|mandeme un mensaje|un mensaje de texto|por mensaje|por texto|por correo|mandenme un correo)\b/;

/** True when the person asks to be texted or emailed instead of called. */
export function asksForOtherChannel(text: string): boolean {
  return OTHER_CHANNEL.test(foldToWords(text));
}

/**
 * "Do the people who call speak Spanish?", "¿los que llaman hablan español?", "is there someone who
 * speaks Spanish?" (folded): asked inside a callback, the request is marked "prefers Spanish" for
 * the team and the person is told so honestly (the bot can't promise who will call).
 */
const ASKS_SPANISH_CALLER =
  /\b(?:speak|speaks|speaking|talk|talks)\s+(?:in\s+)?spanish\b|\bspanish\s*speak(?:ing|er|ers)\b|\b(?:hablan|habla|hable|hablen|hablara|hablaran)\s+(?:en\s+)?espanol\b|\b(?:llaman|llama|llamar|llamarme|llamen)\b(?:\s+\w+){0,3}\s+en\s+espanol\b|\b(?:in spanish|en espanol)\s*$/;
const QUESTION_FORM =
  /^(?:do|does|is|are|will|would|can|could|any|anyone|anybody|someone|somebody|hay|habra|pueden|puede|me pueden|los|las|y los|y las|alguien|tienen|tiene)\b/;

/** True when a message asks whether the clinic's callers speak Spanish (a question, not "I speak Spanish"). */
export function asksSpanishCaller(text: string): boolean {
  const asked = text.includes('?') || text.includes('¿');
  return text
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => foldToWords(sentence))
    .some((t) => ASKS_SPANISH_CALLER.test(t) && (asked || QUESTION_FORM.test(t)));
}

/** "Why do you need my number?", "what will you do with my info", "¿para qué quiere mi teléfono?" (folded). */
const WHY_DETAILS =
  /\b(?:why (?:do|would|does) (?:you|u|the clinic|they) (?:need|want)|what (?:do|will|would) (?:you|u|they) (?:do|use)|what (?:is|s) (?:it|this) for|who (?:sees|will see|gets|can see)|is (?:it|my \w+) (?:safe|private)|para que (?:quiere|quieren|necesita|necesitan|es|sirve|me pide|pide)|por que (?:quiere|quieren|necesita|necesitan|me pide|pide)|que (?:van a hacer|hacen|hara) con|quien (?:ve|va a ver))\b.*\b(?:number|phone|name|info|information|details|data|numero|telefono|nombre|datos|informacion|cel|celular)\b|\b(?:number|phone|name|info|details|numero|telefono|nombre|datos)\b.*\b(?:for what|what for|para que)\b/;

/** True when the person asks why the callback needs their name or number, or who sees them. */
export function asksWhyDetails(text: string): boolean {
  return WHY_DETAILS.test(foldToWords(text));
}

/** "Anything else?", "what else do you need", "¿falta algo?" (folded, whole message): always a question here. */
const WHATS_LEFT =
  /^(?:(?:ok|okay|so|and|y|bueno|entonces)\s+)?(?:(?:do you need |need |you need )?anything else(?: you need)?|what else(?: do you need| is needed)?|what(?:s| is) (?:left|missing|next)|what do you still need|algo mas|que mas (?:necesita|necesitan|falta)|falta algo|que falta|necesita algo mas)(?:\s+(?:then|now|entonces|ya))?$/;
/** "Is that it?", "are we done?", "¿es todo?": only with a question mark ("eso es todo" alone is goodbye). */
const WHATS_LEFT_ASKED =
  /^(?:(?:ok|okay|so|and|y|bueno|entonces)\s+)?(?:is that (?:it|all|everything)|are we (?:done|good|finished)|(?:all )?done|es todo|eso es todo|ya esta|terminamos|listo)(?:\s+(?:then|now|entonces|ya))?$/;

/**
 * "what did you put down?", "read it back to me", "what have you got so far", "¿qué anotó?": what the
 * request holds, read back (the same answer as "is that it?").
 */
const READ_BACK =
  /\b(?:what (?:did|have|do) (?:you|u|ya) (?:end up |finally |actually |just )?(?:put|putting|put down|write|writing|written|wrote|get|got|have|save|saved|saving|record|recorded|enter|entered|take|taken|note|noted|book|booked|schedule|scheduled|go with|going with)(?: down)?|what (?:time|day) (?:did|have) (?:you|u|ya) (?:end up )?(?:put|putting|write|writing|set|setting|pick|go with)|what(?:s| is| have you got) (?:on it|down|so far|in there)|read (?:it|that|them|those|everything|me|my details|the details)?(?: \w+)?(?: back)|repeat (?:it|that|everything|my details) back|(?:show|tell) me what (?:you have|you ve got|you got|you put)|que (?:anoto|apunto|puso|escribio|tiene anotado|tiene)|me (?:lo|la|los) (?:lee|puede leer|repite))\b/;

/** True when the person asks whether the request is complete or what is still needed, or to hear it read back. */
export function asksWhatsLeft(text: string): boolean {
  const words = foldToWords(text);
  return WHATS_LEFT.test(words) || (/[?¿]/.test(text) && WHATS_LEFT_ASKED.test(words)) || READ_BACK.test(words);
}

/** "text me first", "send me a text before you call", "mándeme un mensaje antes": a text before the call. */
const TEXT_FIRST =
  /\b(?:text|txt|message|msg|sms) (?:me |us )?(?:first|before(?: (?:you|u|they|anyone|someone) (?:call|ring))?|ahead)\b|\b(?:send|shoot|drop) (?:me )?(?:a |an )?(?:text|txt|sms|message) (?:first|before)\b|\b(?:mandeme|mandame|enviame|envieme) (?:un )?(?:mensaje|texto) (?:primero|antes)\b/;
export function asksTextFirst(text: string): boolean {
  return TEXT_FIRST.test(foldToWords(text));
}

/** A message that says what the call is about ("it's about my meniscus tear"), typed where a time was asked. */
export function readsAsReason(text: string): boolean {
  return REASON_WORDS.test(foldToWords(text));
}

/** True when a message asks to be called back, whatever else it says ("I'm Robert, please call me at …"). */
export function asksForCallback(text: string): boolean {
  if (isStaffTalk(text)) return false;
  const plain = text.replace(/['’]/g, "'");
  const folded = foldToWords(text);
  return CALLBACK_REQUEST.test(plain) || CALLBACK_REQUEST_ES.test(folded);
}

/**
 * The phone number a message carries (a corrected one said last wins), if any. Cheap on its own (no time parsing), so a
 * router can ask "was a number typed?" on every turn without reading the whole request.
 */
export function phoneInMessage(knowledge: Knowledge, text: string): string | undefined {
  if (!/\d/.test(spokenDigits(text))) return undefined;
  const parsed = phoneInText(text, { clinicE164: knowledge.clinic.phone.e164 });
  return parsed.ok ? parsed.e164 : undefined;
}

/**
 * The details a message already gives ("Hi, I'm Robert Chen, please call me at 214-555-0177
 * tomorrow morning"): name, number, day/time and reason, each only when it reads as one. Times the
 * clinic cannot call at are left out here (the time step says why and offers the nearest ones).
 */
export function detailsFromMessage(knowledge: Knowledge, text: string, now: Date): Draft {
  const draft: Draft = {};
  const nameHit = NAME_IN_SENTENCE.exec(text) ?? NAME_BEFORE_PHONE.exec(text);
  if (nameHit) {
    // Stop at the first word that is not a name ("Robert Chen Please" → "Robert Chen").
    const words = nameHit[1]!.split(/\s+/);
    const kept: string[] = [];
    for (const w of words) {
      if (NOT_NAME_WORDS.test(w) || !/^\p{Lu}/u.test(w)) break;
      kept.push(w);
    }
    const name = parseName(kept.join(' '));
    if (name) draft.name = name;
  }
  const phone = phoneInMessage(knowledge, text);
  if (phone) draft.phone = phone;
  const asked = timeRequest(knowledge, text, now);
  if (asked?.kind === 'slot') draft.slot = asked.slot;
  if (asked?.kind === 'closed') draft.timeOptions = asked.options;
  // "afternoon instead", "mornings are best" with no day: the nearest such time (a knee that hurts
  // "in the morning" is not a time to call, so not when the message talks about pain).
  const part = asked ? undefined : timeFromText(text);
  // "I'm home all day" in the request itself: the nearest day, any time (no second time question);
  // "whenever" only when no pain is talked of ("it hurts whenever I climb stairs").
  const folded = foldToWords(text);
  const anyTime = FREE_ALL_DAY.test(folded) || (ANY_TIME_SAID.test(folded) && !REASON_WORDS.test(folded));
  if (part && (part === 'any' ? anyTime : !REASON_WORDS.test(folded))) {
    const nearest = callbackSlots(knowledge.clinic, now).find((s) => s.preferredTime === part);
    if (nearest) draft.slot = nearest;
  }
  const relative = relativeToCall(text);
  if (relative) draft.forRelative = relative;
  // "call my mom, her knee is bad": the relative is the patient, so nobody else's name is needed.
  if (relative && RELATIVES_KNEE.test(foldToWords(text))) draft.relativesKnee = true;
  const reason = REASON_IN_SENTENCE.exec(text.replace(PHONE_IN_SENTENCE, ' '));
  // "about my knee, but please call my daughter": the request after "but" is not the reason.
  const said = reason ? reason[1]!.split(/,?\s+(?:but|pero)\s+/i)[0]! : reasonClauses(text);
  if (said) {
    const r = parseReason(said.replace(/\s+/g, ' ').trim(), knowledge);
    if (r?.reason) draft.reason = r.reason;
  }
  return draft;
}

/**
 * "Skip", "no", and also a bare "yes", "ok", "thanks" or 👍: a reply to the question, not a note for
 * the team ("about this: yes" on the staff's list helps no one), so no reason is kept.
 */
const NO_REASON =
  /^(?:skip|saltar|omitir|no|nope|nah|none|nothing|nada|ninguno|ninguna|n ?a|no thanks?|no thank you|no gracias|not really|rather not say|id rather not|prefiero no|yes|yeah|yep|yup|ya|sure|ok|okay|k|si|claro|vale|esta bien|thanks?|thank you|thx|ty|gracias|muchas gracias)$/;
const ACK_EMOJI = /^[\s\u{1F44D}\u{1F44C}\u{1F44E}\u{1F64F}\u2705\u2714\u274C\uFE0F\u{1F3FB}-\u{1F3FF}]+$/u;

/** The optional reason: undefined when too long, `{}` when skipped, else the text. */
export function parseReason(text: string, knowledge: Knowledge): { reason?: string } | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  const words = foldToWords(t);
  if (
    t === '' ||
    words === foldToWords(cbMsg(knowledge, 'callback-skip')) ||
    NO_REASON.test(words) ||
    ACK_EMOJI.test(t) ||
    // "thanks 👍", "muchas gracias mijo, que Dios lo bendiga 🙏": a sign-off, not a note for the team.
    classifyCommand(t) === 'thanks'
  )
    return {};
  if (t.length > LIMITS.reason) return undefined;
  return { reason: t };
}

/** A concrete option offered to the patient, and how the button reads. */
export interface SlotChoice extends CallbackSlot, Choice {}

function slotDate(knowledge: Knowledge, date: string, today: string): string {
  const short = formatShortDate(date, hoursWords(knowledge).locale);
  if (date === today) return cbMsg(knowledge, 'callback-date-today', { date: short });
  if (date === addDays(today, 1)) return cbMsg(knowledge, 'callback-date-tomorrow', { date: short });
  return short;
}

const SLOT_KEY: Record<PreferredTime, CallbackMessageKey> = {
  morning: 'callback-slot-morning',
  afternoon: 'callback-slot-afternoon',
  any: 'callback-slot-any',
};

/** "Mon 30 Nov, morning", "Wed 25 Nov (today), afternoon", … as buttons (label = value). */
export function slotChoices(knowledge: Knowledge, now: Date): SlotChoice[] {
  return labelSlots(knowledge, callbackSlots(knowledge.clinic, now), now);
}

/** Slots as buttons (label = value). */
export function labelSlots(knowledge: Knowledge, slots: CallbackSlot[], now: Date): SlotChoice[] {
  return slots.map((s) => {
    const label = slotLabel(knowledge, s, now);
    return { ...s, label, value: label };
  });
}

/** How a chosen slot reads in summaries and confirmations. */
export function slotLabel(knowledge: Knowledge, slot: CallbackSlot, now: Date): string {
  const date = slotDate(knowledge, slot.date, clinicDate(knowledge.clinic, now));
  if (slot.time) {
    const clock = formatTime(slot.time, hoursWords(knowledge).locale);
    const time = slot.qualifier ? cbMsg(knowledge, `callback-time-${slot.qualifier}`, { time: clock }) : clock;
    return cbMsg(knowledge, 'callback-slot-at', { date, time });
  }
  return cbMsg(knowledge, SLOT_KEY[slot.preferredTime], { date });
}

/**
 * "Any time" said in so many words, so it can be read in a longer message too (a bare "any" or
 * "either" only as the answer to the time question). "I'm home all day", "estoy en casa todo el
 * día": free all day is any time ("it hurts all day" is not).
 */
const FREE_ALL_DAY =
  /\b((?:home|in|around|here|free|available) all day|all day is fine|(?:en casa|disponible|libre) todo el dia|todo el dia (?:en casa|disponible|libre))\b/;
const ANY_TIME_SAID = /\b(any ?time (?:is|works)|whenever|a cualquier hora|cuando sea)\b/;

/** Free text for a time: "morning", "mornings", "afternoon", "any time", "whenever", "home all day". */
// Spanish on accent-folded text: "mañana" alone is tomorrow, "en/por la mañana" the morning.
export function timeFromText(text: string): PreferredTime | undefined {
  const t = foldToWords(expandTimeShorthand(text));
  const morning =
    /\b(morning|mornings|before noon|before lunch|(?:en|por) la manana|temprano|antes del mediodia)\b/.test(t);
  const afternoon =
    /\b(afternoon|afternoons|after lunch|after noon|(?:en|por) la tarde|despues del mediodia|despues de comer)\b/.test(
      t,
    );
  if (morning !== afternoon) return morning ? 'morning' : 'afternoon';
  if (
    FREE_ALL_DAY.test(t) ||
    /\b(any ?time|whenever|either|doesnt matter|dont mind|no preference|any|both|cuando sea|a cualquier hora|no importa|me da igual|cualquier hora|cualquiera)\b/.test(
      t,
    )
  )
    return 'any';
  return undefined;
}

/**
 * A question about the clinic's own hours ("what time do you close on Friday?", "¿a qué hora cierran el viernes?"):
 * a day in it is the day asked about, not a time to be called (left25: it was taken as Friday at the time step).
 */
const CLINIC_HOURS_QUESTION =
  /\b(?:(?:what time|when|how late|till when|until when|until what time|till what time|are you|is the (?:clinic|office)|you guys)\b.{0,30}\b(?:close|closes|closed|closing|open|opens|opening|shut)|(?:your|the clinics?|office|opening) hours|(?:a que hora|hasta que hora|cuando|estan|esta la clinica)\b.{0,20}\b(?:cierran|cierra|abren|abre|abiertos|abierta|cerrado|cerrados)|horario)\b/;
export function asksClinicHours(text: string): boolean {
  const t = foldToWords(text);
  return (
    CLINIC_HOURS_QUESTION.test(t) &&
    (text.includes('?') || /^(?:what|when|how|are|is|till|until|a que|hasta|cuando|estan|esta)\b/.test(t))
  );
}

const EVENING =
  /\b(evening|evenings|tonight|night|after work|after hours|en la noche|por la noche|esta noche|noche|despues del trabajo)\b/;

/**
 * A day or time typed instead of tapped ("tomorrow morning", "after 5pm today", "Tuesday around
 * 10", "in an hour"), read in the clinic's zone. Undefined when none is named; 'closed' with the
 * nearest options when the clinic cannot call then (an evening, a closed day, a time past) — never
 * another day silently instead.
 */
export function timeRequest(knowledge: Knowledge, text: string, now: Date): RequestedTime | undefined {
  const t = foldToWords(expandTimeShorthand(text, knowledge.language ?? 'en'));
  const asked = requestedTime(knowledge.clinic, text, now, timeFromText(t), knowledge.language ?? 'en');
  // "tonight", "tomorrow evening": chrono reads a day; the clinic does not call in the evening.
  if (EVENING.test(t) && asked?.kind === 'slot' && !asked.slot.time) {
    return { kind: 'closed', options: callbackSlots(knowledge.clinic, now) };
  }
  if (!asked && EVENING.test(t)) return { kind: 'closed', options: callbackSlots(knowledge.clinic, now) };
  return asked;
}

/** The slot a typed day or time stands for: undefined when none is named, null when the clinic cannot call then. */
export function slotFromText(knowledge: Knowledge, text: string, now: Date): CallbackSlot | null | undefined {
  const asked = timeRequest(knowledge, text, now);
  if (asked?.kind === 'slot') return asked.slot;
  // Two times offered ("after 5 or Saturday morning works better"): the first the clinic can call at.
  const parts = text.split(/\s+(?:or|o|or else)\s+|\s*\/\s*/i);
  if (parts.length > 1) {
    for (const part of parts) {
      const one = timeRequest(knowledge, part, now);
      if (one?.kind === 'slot') return one.slot;
    }
  }
  if (!asked) return undefined;
  return null;
}

/** "Times are Central Time." */
export function zoneText(knowledge: Knowledge, now: Date): string {
  return zoneLabel(knowledge.clinic.timeZone, now, hoursWords(knowledge).locale);
}

export interface Draft {
  name?: string;
  phone?: string;
  slot?: CallbackSlot;
  /** undefined = not asked yet; '' = skipped */
  reason?: string;
  consent?: boolean;
  /** A red flag was raised in this conversation: staff call first. */
  urgent?: boolean;
  /** "text me first": the person asked for a text before the call (staff read it in the note). */
  textFirst?: boolean;
  /** The time was changed after it was first given (a read-back says the earlier time is replaced). */
  timeChanged?: boolean;
  /** Made once when the draft starts, so a resend after a crash finds the stored request. */
  idempotencyKey?: string;
  /** 'es' once the person wrote in Spanish (staff see "prefers Spanish"); stored as 'en' otherwise. */
  language?: 'en' | 'es';
  /**
   * The opening message named a time the clinic cannot call at: the time step says so first and
   * offers these, the nearest to it (its time of day kept first).
   */
  timeOptions?: CallbackSlot[];
  /** "Call my daughter": the relative the clinic calls (the name is who to ask for). */
  forRelative?: string;
  /** Whose knee it is, when the call goes to a relative. */
  patientName?: string;
  /** The relative called is the patient ("call my mom, her knee is bad"). */
  relativesKnee?: boolean;
  /** Digits given beside the name that are too few for a number ("Dana Reyes 469-555-01"): the phone step asks to check them. */
  partialPhone?: string;
}

/** What the patient is told about a request already stored (a second Send). */
export interface SentCallback {
  ref: string;
  phone: string;
  when: string;
  /** The stored request, so a new time said afterwards can be saved on it (absent in older state). */
  id?: string;
}

/** "name **Robert Chen**, number **(214) 555-0177**, **Wed 25 Nov (tomorrow), morning**". */
export function detailsText(knowledge: Knowledge, d: Draft, now: Date): string {
  const parts: string[] = [];
  if (d.name) parts.push(cbMsg(knowledge, 'callback-detail-name', { name: contactName(knowledge, d) }));
  if (d.patientName && !d.relativesKnee)
    parts.push(cbMsg(knowledge, 'callback-detail-patient', { patient: d.patientName }));
  if (d.phone) parts.push(cbMsg(knowledge, 'callback-detail-phone', { phone: formatPhone(d.phone) }));
  if (d.partialPhone)
    parts.push(cbMsg(knowledge, 'callback-detail-partial-phone', { digits: formatPartialDigits(d.partialPhone) }));
  if (d.slot) parts.push(cbMsg(knowledge, 'callback-detail-when', { when: slotLabel(knowledge, d.slot, now) }));
  else if (d.timeOptions) parts.push(cbMsg(knowledge, 'callback-detail-time-asked'));
  if (d.reason) parts.push(cbMsg(knowledge, 'callback-detail-reason', { reason: d.reason }));
  if (d.textFirst) parts.push(cbMsg(knowledge, 'callback-detail-text-first'));
  return parts.join(', ');
}

/** "Marisol Vega (your daughter)" when the call goes to a relative; else just the name. */
function contactName(knowledge: Knowledge, d: Draft): string {
  if (!d.name || !d.forRelative) return d.name ?? '';
  return cbMsg(knowledge, 'callback-contact-relative', { name: d.name, relation: d.forRelative });
}

/** A note about the knee given along the way, added to what the team reads (within the note's limit). */
export function withNote(reason: string | undefined, note: string): string {
  if (!reason) return note.slice(0, LIMITS.reason);
  if (foldToWords(reason).includes(foldToWords(note))) return reason;
  return `${reason}; ${note}`.slice(0, LIMITS.reason);
}

/**
 * What staff read as the note: for a relative, who the patient is and who to ask for first
 * (`staff`: the wording staff read), then the reason; within the note's limit.
 */
export function staffNote(staff: Knowledge, d: Draft): string | undefined {
  const head =
    d.forRelative && d.patientName && d.name && !d.relativesKnee
      ? cbMsg(staff, 'callback-note-relative', { patient: d.patientName, name: d.name, relation: d.forRelative })
      : d.forRelative && d.relativesKnee
        ? cbMsg(staff, 'callback-note-relative-patient', { relation: d.forRelative })
        : '';
  const text = d.textFirst ? cbMsg(staff, 'callback-note-text-first') : '';
  const note = [head, text, d.reason ?? ''].filter((p) => p !== '').join(' ');
  return note === '' ? undefined : note.slice(0, LIMITS.reason);
}

/** "Is that it?" mid-request: what is recorded and what is still needed (`asking`: the step waiting). */
export function progressText(knowledge: Knowledge, d: Draft, now: Date, asking: string | undefined): string {
  const details = detailsText(knowledge, d, now) || cbMsg(knowledge, 'callback-status-nothing');
  const status = cbMsg(knowledge, 'callback-status', { details, missing: missingText(knowledge, d, asking) });
  // After a changed time: the one request holds the new time, the earlier one is gone.
  return d.timeChanged ? `${status} ${cbMsg(knowledge, 'callback-one-request')}` : status;
}

/** "a time that suits, your OK for the call, …": what the request still needs, the step asked first. */
export function missingText(knowledge: Knowledge, d: Draft, asking: string | undefined): string {
  const missing: CallbackMessageKey[] = [];
  if (!d.name) missing.push('callback-missing-name');
  if (d.forRelative && !d.relativesKnee && !d.patientName) missing.push('callback-missing-patient');
  if (!d.phone) missing.push('callback-missing-phone');
  if (!d.slot) missing.push('callback-missing-time');
  if (d.reason === undefined) missing.push('callback-missing-reason');
  if (!d.consent) missing.push('callback-missing-consent');
  missing.push('callback-missing-send');
  // The step being asked comes first in what is still needed.
  const first = asking ? missing.findIndex((k) => k === asking) : -1;
  if (first > 0) missing.unshift(...missing.splice(first, 1));
  return missing.map((k) => cbMsg(knowledge, k)).join(', ');
}

/** The summary facts shown before sending. */
export function summaryFacts(
  knowledge: Knowledge,
  d: Required<Pick<Draft, 'name' | 'phone' | 'slot'>> & Draft,
  now: Date,
): Fact[] {
  return [
    { label: cbMsg(knowledge, 'callback-fact-name'), value: contactName(knowledge, d) },
    ...(d.patientName && !d.relativesKnee
      ? [{ label: cbMsg(knowledge, 'callback-fact-patient'), value: d.patientName }]
      : []),
    { label: cbMsg(knowledge, 'callback-fact-phone'), value: formatPhone(d.phone) },
    { label: cbMsg(knowledge, 'callback-fact-when'), value: slotLabel(knowledge, d.slot, now) },
    {
      label: cbMsg(knowledge, 'callback-fact-reason'),
      value: d.reason ? d.reason : cbMsg(knowledge, 'callback-no-reason'),
    },
    ...(d.urgent
      ? [{ label: cbMsg(knowledge, 'callback-fact-priority'), value: cbMsg(knowledge, 'callback-priority-urgent') }]
      : []),
  ];
}

/** Short reference the patient can quote on the phone; staff find it as the id's start. */
export function shortRef(id: string): string {
  return id.slice(0, 8).toUpperCase();
}
