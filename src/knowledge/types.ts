// The curated knowledge, as the rest of the bot sees it once loaded and validated.
// The YAML files under knowledge/ are the source; src/knowledge/schema.ts checks them.

/** The languages the bot speaks; every wording exists in each (knowledge/ is English, knowledge/es/ Spanish). */
export type Language = 'en' | 'es';

export const LOCATIONS = ['front', 'back', 'inner', 'outer'] as const;
export type KneeLocation = (typeof LOCATIONS)[number];

/** The assessment's fifth answer to "where does it hurt?": all over, both sides, not sure, it moves. */
export const GENERAL_PLACE = 'general' as const;
/** A place the guided assessment can explain: one of the four locations, or the knee in general. */
export type PlaceId = KneeLocation | typeof GENERAL_PLACE;

/** Kinds whose answers give medical information: they must name their sources and review date. */
export const MEDICAL_KINDS = ['condition', 'location', 'advice', 'faq'] as const;

/** A named guideline or organisation an answer is based on. */
interface Source {
  /** e.g. "NICE NG226: Osteoarthritis in over 16s (2022)" */
  name: string;
  /** Where a reviewer can read it. */
  url: string;
}

/** What a matched entry asks the bot to do instead of (or besides) showing its answer. */
export const ENTRY_ACTIONS = ['call', 'callback', 'hours', 'assess', 'help', 'warning-signs'] as const;
export type EntryAction = (typeof ENTRY_ACTIONS)[number];

export interface KnowledgeEntry {
  /** kebab-case, unique across all files */
  id: string;
  kind: 'faq' | 'condition' | 'location' | 'advice' | 'clinic';
  /** Short label for buttons and suggestions (≤ 40 characters). */
  title: string;
  /** The question in several phrasings (at least four; the schema enforces it). */
  questions: string[];
  /** Keywords, slang and synonyms that point at this entry. */
  keywords: string[];
  /** Plain-language answer in our own words. Light markdown: **bold**, "- " lists. */
  answer: string;
  /** Ids of related entries, offered as follow-up buttons. */
  followUps: string[];
  location?: KneeLocation;
  action?: EntryAction;
  /** Another service's tap-to-call button under the answer (Poison Control); the answer may quote its `display`. */
  call?: { label: string; display: string; number: string };
  /** Guidelines and organisations the answer follows (medical kinds: required, at least one). */
  sources?: Source[];
  /** Date (YYYY-MM-DD) a clinician last checked the answer against its sources (medical kinds: required). */
  reviewed?: string;
  /** `staff`: written for the clinic's staff; answered when asked, never suggested to patients. */
  audience?: 'staff';
}

/** A yes/no symptom question asked in the guided assessment for one location. */
export interface SymptomQuestion {
  /** kebab-case, unique within the location, e.g. "worse-on-stairs" */
  id: string;
  /** The question as the bot asks it. */
  text: string;
  /** Words or phrases that, found in free text, mean the person already said "yes". */
  mentions: string[];
  /** Condition entry ids this symptom points towards (raises them in the explanation). */
  pointsTo: string[];
}

/** What the assessment needs to explain a place: its causes, questions, what helps, when to see someone. */
export interface PlaceInfo {
  id: PlaceId;
  /** Button label, e.g. "Front of the knee" */
  label: string;
  /** Words that name this location in free text ("outside", "lateral", "side of my knee"). */
  aliases: string[];
  /** Id of the location overview entry in entries. */
  overviewEntryId: string;
  /** Condition entry ids, most common first. */
  conditionIds: string[];
  /** Two or three symptom questions that matter for this location. */
  symptomQuestions: SymptomQuestion[];
  /** What helps, for this location, in plain words. */
  whatHelps: string;
  /** When to see someone, for this location. */
  whenToSeeSomeone: string;
}

export interface LocationInfo extends PlaceInfo {
  id: KneeLocation;
}

/**
 * Pain all over the knee, on both sides, moving around, or "not sure where". Its causes are entry
 * ids of any kind (arthritis, a swollen knee, overuse …), not the conditions of one place.
 */
export interface GeneralPlaceInfo extends PlaceInfo {
  id: typeof GENERAL_PLACE;
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

interface OpeningHours {
  days: Weekday[];
  /** "HH:MM", 24-hour, clinic local time */
  open: string;
  close: string;
}

export interface Clinic {
  name: string;
  phone: { display: string; e164: string };
  address: { street: string; suite?: string; city: string; region: string; postalCode: string; country: string };
  /** IANA time zone, e.g. America/Chicago */
  timeZone: string;
  hours: OpeningHours[];
  /** Dates (YYYY-MM-DD, clinic local) the clinic is closed despite the weekly hours. */
  closedDates: string[];
  emergencyNumber: string;
  website?: string;
}

export interface SynonymGroup {
  /** The form every variant is rewritten to before matching. */
  canonical: string;
  variants: string[];
}

export interface OutOfScopeTopic {
  id: string;
  /** e.g. "heel or foot pain" */
  label: string;
  /** Words or phrases that mark a message as about this topic (normalised before use). */
  keywords: string[];
  /** Optional: when to get this body part checked (nearby parts: hip, groin, thigh, shin, calf). */
  safety?: string;
  /**
   * Optional: the topic holds even when the message names the knee, unless the writer speaks of
   * their own ("my dog tore his ACL" is about a pet; "I tripped over my dog" is a knee question).
   */
  evenWithKnee?: boolean;
  /**
   * Optional: the topic holds even when the writer's own knee is named: the knee is the reason
   * for a question about something else ("my knee surgery means I can't sit back on my heels: how
   * can I pray?" asks how to adapt a religious practice).
   */
  evenWithOwnKnee?: boolean;
  /** Optional: the clinic's own business (prices, bills): the reply is its phone and a callback. */
  clinic?: boolean;
  /** Optional: its single words are also knee-care words ("heat"); see src/matching/decide.ts. */
  homonyms?: boolean;
  /**
   * Optional: a body part far from the knee. A long post that names it at least twice and the knee
   * only once, not as the writer's own ("my knee"), is about it: "…rack pulls from just below the
   * knee… her low back still hurts" is a back question (see src/matching/index.ts).
   */
  kneeInPassing?: boolean;
  /**
   * Optional: everyday phrases that hold one of its words but are not the topic ("walk the dog": the
   * writer's outing, not the pet's health); a keyword found only inside one of them does not count.
   */
  except?: string[];
}

/**
 * emergency: call 911 / ER now; urgent: get seen today; soon: not an alarm — stop what aggravates
 * it and see a clinician within days. Highest first.
 */
export const RED_FLAG_TIERS = ['emergency', 'urgent', 'soon'] as const;
export type RedFlagTier = (typeof RED_FLAG_TIERS)[number];
/** A tier's rank, 0 the most serious: sorts flags and says which of two warnings is stronger. */
export const TIER_RANK: Record<RedFlagTier, number> = { emergency: 0, urgent: 1, soon: 2 };
/** The tiers that ask a person to act now (the conversation keeps them in mind afterwards). */
export function isActNow(tier: RedFlagTier): boolean {
  return tier === 'emergency' || tier === 'urgent';
}

export interface RedFlag {
  id: string;
  tier: RedFlagTier;
  /** Plain-language list item, e.g. "You can't put weight on the leg" */
  label: string;
  /**
   * Optional: this sign in its own words, for "You also mentioned:" when its list item is shared with
   * related signs ("A pop or twist followed by quick swelling, or the knee giving way").
   */
  mentioned?: string;
  /** What to do and why, one or two sentences; never a diagnosis. */
  advice: string;
  /** false: not a knee sign, so left out of the warning-signs list and the guided question (default true). */
  listed?: boolean;
  /** Optional: this flag's own heading, instead of the tier's ("Please reach out now"). */
  title?: string;
  /** Optional: this flag's own call button, instead of the tier's (a crisis line). */
  call?: { label: string; number: string };
  /** Optional, emergency only: "er" — the emergency room now, and a ride there is fine (no ambulance needed). */
  care?: 'er';
  /** Optional: the line of the guided checklist this flag is shown under (triage.yaml `triage-group-<group>`); default its id. */
  group?: string;
  /** Optional: what not to do with the flagged part until it is checked, and why (asked about stretching, rolling, massage …). */
  caution?: string;
  /**
   * Optional: said when, while this flag's warning stands, the person mentions something that makes it
   * more likely (the pill, an operation, a long flight after a swollen calf): why the check matters more.
   */
  riskNote?: string;
  /**
   * Optional, with riskNote: which risk factor the note is about, so which words bring it: 'clot' (the
   * default: the pill, an operation, a long trip) or 'weight' (a child's weight with a limp: a hip
   * growth-plate slip is likelier).
   */
  riskOf?: 'clot' | 'weight';
  /**
   * Optional: why this sign can't wait, in its own terms, said when someone asks to put the check off
   * ("can it wait till after work?"): what could happen, where it can be done today, and when to call 911.
   */
  waitNote?: string;
  /**
   * Optional: what to say at urgent care or the ER for this sign, asked as "what do I tell them?":
   * the words that get the right test, and where to go if that place can't do it.
   */
  tellThem?: string;
  /**
   * Optional: which way to go for this sign, said when someone asks where or how to go (urgent care or
   * the ER, a car or the ambulance): a swollen calf needs a scan a small urgent care may not have.
   */
  goNote?: string;
  /** Phrasings (with common typos) that signal this flag; see src/triage for the pattern syntax. */
  patterns: string[];
  /** Optional: one pattern of each group must also match somewhere in the message (e.g. swollen calf AND breathless). */
  requiresAll?: string[][];
  /** Optional: a match is ignored when one of these matches in the same clause ("can't walk far"). */
  unless?: string[];
  /**
   * Optional: like unless, for a cause that passes (tight wraps, a posture, ice): it explains a match only while
   * nothing in the message says the sign outlasted it ("still hasn't gone away", "for hours after").
   */
  unlessPassing?: string[];
  /** Optional: ids of flags this more specific one replaces when both match (a kneecap that went back in is not a deformity now). */
  overrides?: string[];
  /** Optional: the overrides hold only when none of these patterns is anywhere in the message. */
  overridesUnless?: string[];
  /** Optional: the flag is about something that passes by itself, so "then it's fine" does not cancel it. */
  transient?: boolean;
  /**
   * Optional: said as a "what if" it still raises the alarm ("what do I do if my son says he wants to
   * kill himself" is someone asking for help now); for self-harm, where a needless 988 costs little.
   */
  evenIfHypothetical?: boolean;
  /**
   * Optional: the injury its requiresAll asks for may have been told in an earlier message of the conversation
   * ("I fell in the kitchen" … "I can't bend it very far"): the Ottawa signs after a fall said in two messages.
   */
  injuryEarlier?: boolean;
}

/** User-facing wording that is not an answer: greetings, prompts, fallbacks. */
type Messages = Record<string, string>;

export interface Knowledge {
  /** The language of every text below; absent means English (knowledge built by hand in tests). */
  language?: Language;
  entries: KnowledgeEntry[];
  locations: LocationInfo[];
  /** The fifth answer to "where does it hurt?" (locations.yaml, `general`). */
  general: GeneralPlaceInfo;
  clinic: Clinic;
  synonyms: SynonymGroup[];
  outOfScope: OutOfScopeTopic[];
  redFlags: RedFlag[];
  messages: Messages;
  /** id → entry, built once at load. */
  byId: ReadonlyMap<string, KnowledgeEntry>;
}

/** The same knowledge in every language: identical ids, structure and clinic facts, translated text. */
export type KnowledgeSet = Record<Language, Knowledge>;
