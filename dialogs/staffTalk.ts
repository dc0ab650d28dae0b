// The clinic's own staff in the chat (the front desk tries the bot in Teams): "if a patient writes
// in Spanish, does the bot answer in Spanish?", "she's in California and said after 5 her time, what's
// that for us?", "should I call them back now?". Once a message reads as staff talk the conversation
// is a staff one: their questions get the staff entries (knowledge/entries/staff.yaml) or a time in
// our zone, and never start a patient's callback or questions (only a test request they ask for). Patients' requests are never shown
// here (they hold names and numbers): the staff page is where they are worked.
import type { StatePropertyAccessor } from 'botbuilder';
import { hoursWords } from '../src/clinic/hoursWords';
import { type ZoneAnswer, zoneQuestion } from '../src/clinic/zoneQuestion';
import { zoneLabel } from '../src/clinic/zonedTime';
import { fillTemplate } from '../src/knowledge/template';
import { TIER_RANK, type Knowledge, type RedFlag } from '../src/knowledge/types';
import { careMode, type TriageResult } from '../src/triage';
import { looksSpanish } from '../src/text/language';
import { foldToWords } from '../src/text';
import { isCallbackRequest } from './decisions/main';
import { detailsFromMessage } from './decisions/callback';
import { CALLBACK_DIALOG } from './callbackSteps';
import {
  asksForSpanishVersion,
  asksForTestRequest,
  asksToStartCallerRequest,
  asksAboutHours,
  asksForClinicNumber,
  asksToDefer,
  asksHowSoonAboutSign,
  asksWhatNow,
  isStaffFollowUp,
  isStaffTalk,
  staffEntry,
  staffTopic,
  staffSignNamed,
  staffWork,
  STAFF_STATE_PROPERTY,
} from './decisions/staff';
import type { MainTalk } from './mainTalk';
import type { MainDialogDeps, Turn } from './mainTurn';
import { tidyStops } from './messages';
import { answerReply } from './replies';
import { routed } from './routes';

const STAFF_CHAT_KEYS = [
  'staff-chat-after',
  'staff-chat-before',
  'staff-chat-around',
  'staff-chat-zone',
  'staff-chat-zone-in-hours',
  'staff-chat-zone-after-close',
  'staff-chat-zone-before-open',
  'staff-chat-outside-hours',
  'staff-chat-working',
  'staff-chat-undo',
  'staff-chat-calling',
  'staff-chat-lookup',
  'staff-chat-relay-crisis',
  'staff-chat-relay-emergency',
  'staff-chat-relay-er',
  'staff-chat-relay-urgent',
  'staff-chat-relay-soon',
  'staff-chat-defer-crisis',
  'staff-chat-defer-emergency',
  'staff-chat-defer-er',
  'staff-chat-defer-urgent',
  'staff-chat-sign-first',
  'staff-chat-sign-first-bleeding',
  'staff-chat-sign-first-clot',
] as const;
type StaffChatKey = (typeof STAFF_CHAT_KEYS)[number];

interface StaffState {
  /** A message read as staff talk: the conversation is a staff member's. */
  staff?: boolean;
  /** The entry answered last (for "in Spanish too"), or the last question the usual routes answered. */
  lastEntry?: string;
  lastText?: string;
  /** The last answer was a time outside opening hours ("so what do I do?" gets what to do). */
  outsideHours?: boolean;
  /** The last act-now warning sign passed on here, so putting that patient's call off gets a plain no. */
  relayed?: { mode: ActNowMode; sign: string; at: string };
}

/** The tiers whose call back can't go in the normal list (a within-days sign can be booked). */
type ActNowMode = 'crisis' | 'emergency' | 'er' | 'urgent';
/** A relayed warning stands this long for "put her in the normal list" (the safety state's half hour). */
const RELAY_WITHIN_MS = 30 * 60 * 1000;

/**
 * Who may be passing on a patient's words: 'anyone' (the wording says it is a relay: "pt just called, says her
 * knee is hot and swollen", "a patient on line 2 says…", "the note says…"; answered as a relay when the message
 * or the conversation is staff's), or 'staff' (any person's words, "another guy wrote he fell off a ladder", read
 * as a relay only in a conversation already known to be staff: from a patient, "a guy at my gym says…" is a story).
 */
type RelayRole = 'anyone' | 'staff';

interface RelayWording {
  role: RelayRole;
  words: RegExp;
  /** Read on the raw text (lower-cased) too: a name's capital ("request from Mrs Diaz") is lost in folding. */
  raw?: boolean;
  /** Wording that looks like a relay and is not one. */
  unless?: RegExp;
}

/** The one relay reading, least demanding role first. */
const RELAY_WORDINGS: readonly RelayWording[] = [
  {
    role: 'anyone',
    raw: true,
    words:
      /\b(?:pt|patient|caller)s?\b(?: \w+){0,4} (?:called|calling|rang|phoned|is on the (?:phone|line)|on the (?:phone|line)|at the (?:front )?desk|came in|walked in|says|said|told me|is saying|reports|reported|messaged|emailed)\b|\b(?:callback|call back|callback request|request|voicemail|vm|message) (?:from|for) (?:a|an|the|this|that|one|our|mrs|mr|ms|\p{Lu})|\b(?:notes?|requests?|callbacks?|messages?|voicemails?)\b(?: \w+){0,3} (?:says|said|mentions|mentioned|reads)\b/u,
  },
  {
    role: 'staff',
    words:
      // Plurals too ("one of the ladies on the phone … she says"), and a person on the line now.
      /\b(?:guy|guys|man|men|woman|women|lady|ladies|gentleman|gent|person|people|someone|somebody|client|clients|one)\b(?: \w+){0,4} (?:wrote|texted|messaged|emailed|left|said|says|is saying|called|rang|phoned|mentioned|reported|on the (?:phone|line))\b/,
    // "what happens when someone writes they have chest pain?": a question about the bot, not a relay.
    unless:
      /\b(?:if|when|whenever|what if)\s+(?:a |an |the )?(?:guy|man|woman|lady|gentleman|person|someone|somebody|client)\b/,
  },
];

/** The role a message's relay wording asks of its speaker, or undefined when it passes on nobody's words. */
function relayRole(text: string): RelayRole | undefined {
  const folded = foldToWords(text);
  const lower = text.toLowerCase();
  return RELAY_WORDINGS.find(
    (w) => (w.words.test(folded) || (w.raw === true && w.words.test(lower))) && !(w.unless?.test(folded) ?? false),
  )?.role;
}

function say(knowledge: Knowledge, key: StaffChatKey, values: Record<string, string> = {}): string {
  return tidyStops(fillTemplate(knowledge.messages[key] ?? '', values).trim());
}

/** "After 5pm Pacific Time is **after 7pm here** (Central Time). That's after we close at 6pm: …" */
function zoneReply(knowledge: Knowledge, z: ZoneAnswer, now: Date): string {
  const locale = hoursWords(knowledge).locale;
  const at = (time: string): string => (z.qualifier ? say(knowledge, `staff-chat-${z.qualifier}`, { time }) : time);
  const first = say(knowledge, 'staff-chat-zone', {
    asked: at(z.theirTime),
    theirZone: zoneLabel(z.theirZone, now, locale),
    ours: at(z.ourTime),
    ourZone: zoneLabel(knowledge.clinic.timeZone, now, locale),
  });
  const fit = say(knowledge, `staff-chat-zone-${z.fits}`, {
    open: z.open,
    close: z.close,
    theirOpen: z.theirOpen,
    theirClose: z.theirClose,
  });
  return `${first.charAt(0).toUpperCase()}${first.slice(1)} ${fit}`;
}

export class StaffTalk {
  private readonly state: StatePropertyAccessor<StaffState>;

  constructor(
    private readonly deps: MainDialogDeps,
    private readonly talk: MainTalk,
  ) {
    for (const k of [deps.knowledge, deps.spanish?.knowledge]) {
      const missing = STAFF_CHAT_KEYS.filter((key) => k && typeof k.messages[key] !== 'string');
      if (missing.length > 0) throw new Error(`knowledge messages/staff.yaml: missing keys: ${missing.join(', ')}`);
    }
    this.state = deps.conversationState.createProperty<StaffState>(STAFF_STATE_PROPERTY);
  }

  /**
   * True when this message is staff talk to answer here: staff words anywhere, or, once the
   * conversation is a staff one, a follow-up about patients, requests, times or wording. In a staff
   * conversation, a question left to the usual routes is remembered (for "say it in Spanish").
   */
  async claims(t: Turn): Promise<boolean> {
    const now = this.deps.clock.now();
    const zone = zoneQuestion(foldToWords(t.text), t.speaker.knowledge.clinic, now) !== undefined;
    // "who's the oldest one still open", "close it out" in a staff conversation: the queue, not the clinic's hours.
    const lookup = staffWork(t.text) !== undefined && (await this.state.get(t.dc.context))?.staff === true;
    // "What are our Saturday hours, a patient is asking": the hours, as anyone gets them.
    if (asksAboutHours(t.text) && !zone && !lookup) return false;
    // "what's the number I should give people who want to call back?": the clinic's number, as anyone gets it.
    if (asksForClinicNumber(t.text)) return false;
    if (isStaffTalk(t.text)) return true;
    // A (test) request being filled in: "Test Patient" is its answer, not a follow-up about patients.
    if (t.stack.includes(CALLBACK_DIALOG)) return false;
    const state = await this.state.get(t.dc.context);
    if (!state?.staff) return false;
    if (
      (asksToDefer(t.text) && this.standing(state, now) !== undefined) ||
      asksHowSoonAboutSign(t.text, this.deps.triage) ||
      lookup ||
      asksForTestRequest(t.text) ||
      asksToStartCallerRequest(t.text) ||
      isStaffFollowUp(t.text) ||
      asksForSpanishVersion(t.text) ||
      asksWhatNow(t.text) ||
      isCallbackRequest(t.text, t.command) ||
      zone
    )
      return true;
    state.lastText = t.text;
    state.lastEntry = undefined;
    return false;
  }

  /**
   * A warning sign in a message from staff (the conversation is a staff one, or the message passes on
   * a patient's words): answered to the staff member, not as if they were the patient. What to tell the
   * patient for that tier, and to alert a clinician now; no patient safety state is kept for it.
   */
  async relays(t: Turn): Promise<boolean> {
    const role = relayRole(t.text);
    if (role === undefined || this.relayed(t) === undefined) return false;
    if (role === 'anyone' && (isStaffTalk(t.text) || isStaffFollowUp(t.text))) return true;
    return (await this.state.get(t.dc.context))?.staff === true;
  }

  /**
   * "how fast do I call the lady who can't breathe well?" from staff (a staff message, or a staff conversation):
   * their question, answered as staff (run), never the patient alarm its sign words would raise.
   */
  async asksHowSoon(t: Turn): Promise<boolean> {
    if (!asksHowSoonAboutSign(t.text, this.deps.triage)) return false;
    return isStaffTalk(t.text) || (await this.state.get(t.dc.context))?.staff === true;
  }

  /**
   * The warning sign passed on: the message's own reading, or else the signs the relayed words name. Triage
   * sets aside what someone else is said to have ("a patient just phoned, says his knee is hot, red and
   * swollen and he has a fever"); passed on by staff, it is the patient's sign all the same.
   */
  private relayed(t: Turn): TriageResult | undefined {
    if (t.safety.kind === 'red-flag') return t.safety.result;
    const flags = this.deps.triage.signsNamed(t.text).sort((a, b) => TIER_RANK[a.tier] - TIER_RANK[b.tier]);
    return flags[0] ? { tier: flags[0].tier, flags } : undefined;
  }

  async relayWarning(t: Turn): Promise<void> {
    const relayed = this.relayed(t);
    if (relayed === undefined) return;
    const context = t.dc.context;
    const state = (await this.state.get(context)) ?? {};
    state.staff = true;
    state.lastEntry = undefined;
    await this.state.set(context, state);
    if (t.inFlow) await t.dc.cancelAllDialogs();
    const knowledge = looksSpanish(t.text) ? t.speaker.knowledge : this.deps.knowledge;
    const { tier, flags } = relayed;
    const top = flags[0] as RedFlag;
    const local = knowledge.redFlags.find((f) => f.id === top.id) ?? top;
    const mode = careMode(tier, top);
    const sign = local.label.charAt(0).toLowerCase() + local.label.slice(1);
    if (mode !== 'soon') state.relayed = { mode, sign, at: this.deps.clock.now().toISOString() };
    await this.state.set(context, state);
    // "…her calf is swollen, can we just put her in the normal list for next week?": the plain no, at once.
    const key =
      mode !== 'soon' && asksToDefer(t.text)
        ? (`staff-chat-defer-${mode}` as const)
        : (`staff-chat-relay-${mode}` as const);
    const text = say(knowledge, key, { sign, emergency: knowledge.clinic.emergencyNumber });
    return this.talk.say(t.dc, routed({ text }), false);
  }

  async run(t: Turn): Promise<void> {
    const context = t.dc.context;
    const state = (await this.state.get(context)) ?? {};
    state.staff = true;
    await this.state.set(context, state);
    // Staff are not patients: a patient's flow started before they were recognised is dropped.
    if (t.inFlow) await t.dc.cancelAllDialogs();
    // "Submit a test one: Name: Test Patient, phone …": the callback flow, with what the message gives.
    // "enter a phone request": the callback questions, answered with the caller's details (staff-phone-callers).
    if (asksToStartCallerRequest(t.text)) return this.talk.beginCallback(t.dc, {});
    if (asksForTestRequest(t.text))
      return this.talk.beginCallback(t.dc, detailsFromMessage(t.speaker.knowledge, t.text, this.deps.clock.now()));
    // Staff are answered in the language they write, whatever a patient's words quoted in it.
    const knowledge = looksSpanish(t.text) ? t.speaker.knowledge : this.deps.knowledge;
    const now = this.deps.clock.now();
    // "can we just put her in the normal callback list for next week?" after a warning sign passed on here:
    // no, that one needs a call back today (or now), said plainly.
    // "one of the notes says she was short of breath, how fast do I call back?": that one first, now.
    if (asksHowSoonAboutSign(t.text, this.deps.triage)) {
      state.lastEntry = undefined;
      const named = staffSignNamed(t.text, this.deps.triage);
      const key =
        named === 'clot' || named === 'bleeding'
          ? (`staff-chat-sign-first-${named}` as const)
          : 'staff-chat-sign-first';
      const text = say(knowledge, key, { emergency: knowledge.clinic.emergencyNumber });
      return this.talk.say(t.dc, routed({ text }), false);
    }
    const standing = asksToDefer(t.text) ? this.standing(state, now) : undefined;
    if (standing) {
      state.lastEntry = undefined;
      const text = say(knowledge, `staff-chat-defer-${standing.mode}`, {
        sign: standing.sign,
        emergency: knowledge.clinic.emergencyNumber,
      });
      return this.talk.say(t.dc, routed({ text }), false);
    }
    const zone = zoneQuestion(foldToWords(t.text), knowledge.clinic, now, hoursWords(knowledge).locale);
    if (zone) {
      state.outsideHours = zone.fits !== 'in-hours';
      state.lastEntry = undefined;
      return this.talk.say(t.dc, routed({ text: zoneReply(knowledge, zone, now) }), false);
    }
    if (asksWhatNow(t.text) && state.outsideHours) {
      return this.talk.say(t.dc, routed({ text: say(knowledge, 'staff-chat-outside-hours') }), false);
    }
    if (asksForSpanishVersion(t.text)) {
      const es = this.deps.spanish?.knowledge;
      const id = state.lastEntry ?? (state.lastText ? this.answeredBy(state.lastText) : undefined);
      const entry = id ? es?.byId.get(id) : undefined;
      if (es && entry) return this.talk.say(t.dc, answerReply(es, entry, false), false);
    }
    // "mark that one done", "undo that": one line on where that is done, not the queue entry again.
    const work = staffWork(t.text);
    if (work) {
      state.lastEntry = undefined;
      return this.talk.say(t.dc, routed({ text: say(knowledge, `staff-chat-${work}`) }), false);
    }
    const entry = knowledge.byId.get(staffTopic(t.text)) ?? staffEntry(knowledge);
    state.outsideHours = false;
    if (!entry) return;
    state.lastEntry = entry.id;
    return this.talk.say(t.dc, answerReply(knowledge, entry, false), false);
  }

  /** The act-now warning passed on here within the half hour, if any. */
  private standing(state: StaffState, now: Date): StaffState['relayed'] {
    const relayed = state.relayed;
    return relayed && now.getTime() - Date.parse(relayed.at) <= RELAY_WITHIN_MS ? relayed : undefined;
  }

  /** The entry the usual routes answered a question with (the first "did you mean" when unsure). */
  private answeredBy(text: string): string | undefined {
    const result = this.deps.matcher.match(text);
    if (result.kind === 'answer') return result.best.entry.id;
    return result.kind === 'clarify' ? result.candidates[0]?.entry.id : undefined;
  }
}
