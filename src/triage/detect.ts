// Red-flag detection. Everything is compiled once in createTriage, so assess() is cheap enough to
// run on every message. Pure: no botbuilder, no I/O, no fuzzy-matcher thresholds.
import path from 'node:path';
import { systemClock, type Clock } from '../clock';
import { TIER_RANK, type Knowledge, type RedFlag, type RedFlagTier } from '../knowledge/types';
import { isPrefixTypo, isTypoOf } from './fuzzy';
import { triageLanguage, type TriageLanguage, type TriageLanguageId } from './lang';
import { buildMessageWords, findHits, iterateHits, type Hit, type MessageWords, type SentenceHit } from './match';
import type { Sentence } from './normalize';
import { distinctPatternWords, parsePattern, type CompiledPattern, type WordAlt } from './pattern';
import { createPrefilter } from './prefilter';
import { compileModel, type CompiledModel, type SuspectModel } from './classifier';
import { createDoubt } from './doubt';
import { messageFeatures } from './features';
import { createSuspicion, doubtedSuspicion, type Suspicion } from './suspect';
import type { TriageContext } from './subject';
import { readModelFile } from '../text/modelFile';
// Never loaded this way (readModelFile reads it, rows on demand): the import only keeps the file in dist/.
import type _inDist from './suspectModel.json';
import { recentlyUsed } from '../recentlyUsed';

export interface TriageResult {
  /** The highest tier among the matched flags. */
  tier: RedFlagTier;
  /** Every matched flag, emergency first, in file order within a tier. */
  flags: RedFlag[];
}

/** What a message is, as far as safety goes. */
export type TriageOutcome =
  | { kind: 'red-flag'; result: TriageResult }
  /** A general question about warning signs, or a red-flag symptom mentioned hypothetically. */
  | { kind: 'warning-signs-question' }
  | { kind: 'none' };

export interface Triage {
  /** The language its patterns read (undefined: English); lets a combined reading know which is which. */
  readonly language?: TriageLanguageId;
  /** A present red flag in the message, or null. */
  assess(text: string, context?: TriageContext): TriageResult | null;
  /**
   * Like assess, but also tells a question about warning signs apart from ordinary text. `context`: what
   * the conversation says beside the message (a child named earlier is who "he" is: subject.ts).
   */
  classify(text: string, context?: TriageContext): TriageOutcome;
  /**
   * The second line of defence, for a message classify() found nothing in: the red flag worth one
   * safety question, or null. Never an alarm by itself.
   */
  suspect(text: string): Suspicion | null;
  /**
   * The flags whose sign the message names, whatever its context (asked about, negated, past, someone
   * else's): what a message is ABOUT, never an alarm. Staff asking how soon to call about a request note
   * that names a sign ("how soon should I call the short-of-breath note?": dialogs/decisions/staff.ts).
   */
  signsNamed(text: string): RedFlag[];
  /**
   * The flags classify() matched in this text only to dismiss them by context (past, resolved, negated,
   * explained away): what this reading saw and ruled out. A combined reading lets the language a message is
   * written in overrule the other one's reading of the same sign (dialogs/decisions/language.ts).
   */
  dismissed?(text: string, context?: TriageContext): ReadonlySet<string>;
}

/** Read at most this much (far above the HTTP text limit) so one message can't cost more than a few ms. */
const MAX_TRIAGE_CHARS = 10_000;

interface CompiledFlag {
  flag: RedFlag;
  order: number;
  patterns: CompiledPattern[];
  requiresAll: CompiledPattern[][];
  unless: CompiledPattern[];
  /** Explanations by a cause that passes: they hold only while the sign has not outlasted it. */
  unlessPassing: CompiledPattern[];
  /** The overrides hold only when none of these is in the message. */
  overridesUnless: CompiledPattern[];
}

/**
 * 'dismissed': a pattern matched, but its context says it is not a present report (negated, past …).
 * 'explained': an `unless` phrase explained the words away ("3 weeks" is no age): the pattern did not apply.
 */
type HitState = 'present' | 'hypothetical' | 'dismissed' | 'explained' | 'absent';
const STATE_RANK: Record<HitState, number> = { present: 4, hypothetical: 3, dismissed: 2, explained: 1, absent: 0 };
const notThere = (state: HitState): boolean => state === 'absent' || state === 'dismissed' || state === 'explained';

export interface TriageOptions {
  /** Today's date decides which years are over ("once in 2015"); injected so tests can fix it. */
  clock?: Clock;
  /** The second line's classifier; the committed model unless a test trains its own. */
  model?: SuspectModel;
  /** Try every pattern on every message (tests: the prefilter must never change an outcome). */
  withoutPrefilter?: boolean;
  /** The language the patterns of `knowledge.redFlags` are written in and messages are read as (default 'en'). */
  language?: TriageLanguageId;
  /** Read every message afresh, never from the by-text memo (tests: the memo must never change an outcome). */
  withoutMemo?: boolean;
  /** Never soften a rules alarm the model doubts to its safety question (measuring the rules alone: doubt.ts). */
  withoutDoubt?: boolean;
}

/** How many readings (text and context) createTriage keeps: a few hundred small objects. */
const MEMO_READINGS = 500;

/**
 * The conversation context as part of a memo key ('' for none), or undefined when a value is not a plain
 * boolean, string or number (then the text is read afresh).
 */
function contextKey(context: TriageContext | undefined): string | undefined {
  if (context === undefined) return '';
  let key = '';
  for (const name of Object.keys(context).sort()) {
    const value: unknown = (context as Record<string, unknown>)[name];
    const type = typeof value;
    if (type !== 'undefined' && type !== 'boolean' && type !== 'string' && type !== 'number') return undefined;
    key += `${name}=${type}:${String(value)};`;
  }
  return key;
}

interface MemoEntry {
  year: number;
  outcome: TriageOutcome;
  reading: { text: string; sentences: Sentence[]; dismissed: Set<string>; doubted?: RedFlag };
  /** suspect()'s answer for this reading, once asked (null: nothing to ask). */
  suspicion?: Suspicion | null;
}

export function createTriage(knowledge: Knowledge, options: TriageOptions = {}): Triage {
  const clock = options.clock ?? systemClock;
  const lang = triageLanguage(options.language);
  const parse = (source: string): CompiledPattern => parsePattern(source, lang.classes);
  const flags: CompiledFlag[] = knowledge.redFlags.map((flag, order) => ({
    flag,
    order,
    patterns: flag.patterns.map(parse),
    requiresAll: (flag.requiresAll ?? []).map((group) => group.map(parse)),
    unless: (flag.unless ?? []).map(parse),
    unlessPassing: (flag.unlessPassing ?? []).map(parse),
    overridesUnless: (flag.overridesUnless ?? []).map(parse),
  }));
  const words = distinctPatternWords(flags.flatMap(allPatterns));
  const index = buildWordIndex(words, knownWords(knowledge, words, lang), lang);
  // Only patterns with some word of every slot in the message are tried at all.
  const everyPattern = flags.flatMap((compiled) => [...compiled.patterns, ...compiled.requiresAll.flat()]);
  const prefilter = options.withoutPrefilter
    ? { candidates: () => new Set(everyPattern) }
    : createPrefilter(everyPattern);

  // The flags the last classified message matched only to dismiss them (see suspect()), and the flag
  // the rules raised that the model doubted (asked about instead: doubt.ts).
  let last: { text: string; sentences: Sentence[]; dismissed: Set<string>; doubted?: RedFlag } | undefined;
  // The second line's model, compiled once here for both its uses (the doubt and the suspicion), and only
  // when one of them reads it: a language with its own second line (lang.createSuspect) never does.
  let compiled: CompiledModel | undefined;
  const model = (): CompiledModel =>
    (compiled ??= compileModel(
      options.model ?? readModelFile<SuspectModel>(path.join(__dirname, 'suspectModel.json')),
    ));
  // The second line's model reads English only (lang.secondLine); it doubts an English alarm it is very sure of.
  const doubt = lang.secondLine && options.withoutDoubt !== true ? createDoubt(model(), messageFeatures) : null;

  // Readings by text and conversation context: a pure function of both and the year, and the same texts
  // come back all the time (buttons, greetings, the common questions), each read once or twice a turn.
  // Most recently used last; `lastEntry` is the entry `last` came from (its suspicion is as pure).
  const memo = recentlyUsed<MemoEntry>(MEMO_READINGS);
  let lastEntry: MemoEntry | undefined;

  function classify(text: string, context?: TriageContext): TriageOutcome {
    const year = clock.now().getFullYear();
    const told = options.withoutMemo === true ? undefined : contextKey(context);
    if (told === undefined) {
      lastEntry = undefined;
      return classifyFresh(text, context ?? {}, year);
    }
    const key = `${told}\u0000${text}`;
    const held = memo.get(key);
    if (held !== undefined && held.year === year) {
      last = held.reading;
      lastEntry = held;
      return held.outcome;
    }
    const outcome = classifyFresh(text, context ?? {}, year);
    lastEntry = { year, outcome, reading: last as NonNullable<typeof last> };
    memo.set(key, lastEntry);
    return outcome;
  }

  function classifyFresh(text: string, context: TriageContext, year: number): TriageOutcome {
    const sentences = lang.tokenize(text.slice(0, MAX_TRIAGE_CHARS));
    const dismissed = new Set<string>();
    // Flags whose every match an `unless` explained away: no evidence against the flag itself.
    const explained = new Set<string>();
    const reading0: NonNullable<typeof last> = { text, sentences, dismissed };
    last = reading0;
    const message = messageWords(sentences, index, lang);
    const candidates = prefilter.candidates(message.where.keys());
    const topics = lang.topicsOf?.(sentences) ?? sentences.map(() => 0);
    const reading: Reading = {
      sentences,
      message,
      candidates,
      year,
      lang,
      topics,
      context,
    };
    const found: CompiledFlag[] = [];
    // Flags whose own sign is present but not what requiresAll asks beside it (a hard shin, no injury named).
    const partial = new Set<string>();
    let hypothetical = false;
    for (const compiled of flags) {
      if (!compiled.patterns.some((p) => candidates.has(p))) continue; // cannot be present or hypothetical
      const state = flagState(compiled, reading, () => partial.add(compiled.flag.id));
      if (state === 'present' || (state === 'hypothetical' && compiled.flag.evenIfHypothetical)) found.push(compiled);
      else if (state === 'hypothetical') hypothetical = true;
      else if (state === 'dismissed') dismissed.add(compiled.flag.id);
      else if (state === 'explained') {
        dismissed.add(compiled.flag.id);
        explained.add(compiled.flag.id);
      }
    }
    // A more specific flag replaces a broader one anywhere in the message ("it popped out, then went
    // back in by itself" is a relocated kneecap, not a deformity now).
    const replaced = new Set(
      found.flatMap((f) =>
        f.overridesUnless.some((p) => findHits(p, message).length > 0) ? [] : (f.flag.overrides ?? []),
      ),
    );
    if (replaced.size > 0) found.splice(0, found.length, ...found.filter((f) => !replaced.has(f.flag.id)));
    // Cues spread over several sentences are strong enough for the alarm when the rules are silent, and
    // raise it when they outrank what the rules found (a tight swollen shin the painkillers don't touch is
    // more than a swollen calf).
    const top = Math.min(...found.map((f) => TIER_RANK[f.flag.tier]));
    // Nothing outranks an emergency, but an emergency the rules half-matched (its sign without the injury it
    // requires) and the cues complete is named beside another one, so its advice is given (shins hard as a
    // board after box jumps, and a foot that won't flex). Otherwise no need to read the cues then.
    const halfMatchedEmergency =
      top === 0 && [...partial].some((id) => flags.some((f) => f.flag.id === id && TIER_RANK[f.flag.tier] === 0));
    if ((top > 0 || halfMatchedEmergency) && !hypothetical && !sentences.some(lang.asksInGeneral)) {
      for (const id of lang.strongCueFlags(sentences, reading.year, context)) {
        const compiled = flags.find((f) => f.flag.id === id);
        if (compiled === undefined || found.includes(compiled)) continue;
        // A pattern an `unless` explained away ("for the last 3 weeks … limp" is no age) does not stand against
        // the cues ("My son is 12 … he's walking with a limp"); a negated or past report does.
        const against = dismissed.has(id) && !(lang.cuesOutweighUnless === true && explained.has(id));
        const rank = TIER_RANK[compiled.flag.tier];
        const beside = top === 0 && rank === 0 && partial.has(id);
        // A cue flag of the same tier is named too: "my son is 13 … walking with a limp … his groin hurts" is the
        // child's hip check as well as the bone-stress one the rules found.
        if (!against && (found.length === 0 || rank <= top || beside)) found.push(compiled);
      }
    }
    if (found.length > 0) {
      found.sort((a, b) => TIER_RANK[a.flag.tier] - TIER_RANK[b.flag.tier] || a.order - b.order);
      const top = found[0] as CompiledFlag;
      const raised = found.map((f) => f.flag);
      // A child named earlier in the conversation is context the model does not see: no doubt then.
      const doubted = context.subject === undefined ? doubt?.(sentences, raised) : null;
      if (!doubted) return { kind: 'red-flag', result: { tier: top.flag.tier, flags: raised } };
      reading0.doubted = doubted;
    }
    if (hypothetical || sentences.some((sentence, i) => lang.asksAboutWarningSigns(sentence, sentences, i))) {
      return { kind: 'warning-signs-question' };
    }
    return { kind: 'none' };
  }

  // The flags as a relayed note names them (signsNamed), built on first use: staff rarely ask.
  let readings: NoteReading[] | undefined;
  const noteReadings = (): NoteReading[] =>
    (readings ??= flags.map((compiled) => noteReading(compiled, (source) => parsePattern(source, lang.classes))));

  const suspicion = lang.createSuspect?.(knowledge) ?? createSuspicion(knowledge, model());

  return {
    language: options.language ?? 'en',
    classify,
    suspect(text) {
      // A flag the rules matched and dismissed by context ("my foot went numb, fine after a minute")
      // is not asked about again. Usually classify() has just read this very text.
      // The second line's model is trained on English; another language has its own cues or only the rules.
      if (!lang.secondLine && lang.createSuspect === undefined) return null;
      if (last?.text !== text) classify(text);
      const reading = last as NonNullable<typeof last>;
      if (reading.doubted) return doubtedSuspicion(reading.doubted, reading.sentences);
      const year = clock.now().getFullYear();
      // A memoised reading's suspicion is as pure (its sentences, dismissed flags and the year).
      const entry = lastEntry?.reading === reading && lastEntry.year === year ? lastEntry : undefined;
      if (entry?.suspicion !== undefined) return entry.suspicion;
      const found = suspicion(reading.sentences, reading.dismissed, year);
      if (entry) entry.suspicion = found;
      return found;
    },
    assess(text: string, context?: TriageContext): TriageResult | null {
      const outcome = classify(text, context);
      return outcome.kind === 'red-flag' ? outcome.result : null;
    },
    dismissed(text, context) {
      if (last?.text !== text) classify(text, context);
      return (last as NonNullable<typeof last>).dismissed;
    },
    signsNamed(text) {
      const sentences = lang.tokenize(text.slice(0, MAX_TRIAGE_CHARS));
      const message = messageWords(sentences, index, lang);
      // A hit an `unless` explains away ("a red light" is no redness) names nothing; context (asked about,
      // negated, someone else's) does not matter here.
      const named = (compiled: CompiledFlag, patterns: readonly CompiledPattern[]): boolean =>
        patterns.some((pattern) =>
          findHits(pattern, message).some(
            ({ sentence, hit }) =>
              !excludedByUnless(sentences[sentence] as Sentence, sentence, hit, compiled.unless, message),
          ),
        );
      return noteReadings()
        .filter(
          ({ compiled, patterns, requiresAll }) =>
            named(compiled, patterns) && requiresAll.every((group) => named(compiled, group)),
        )
        .map(({ compiled }) => compiled.flag);
    },
  };
}

/**
 * A flag as a note relayed by staff names it ("the note says she was short of breath"): the note is a knee
 * patient's words, so what only says that it is the knee or its pain, or that it came on suddenly, is taken
 * as said (a note rarely tells it). A pattern still needs one slot the note fills.
 */
interface NoteReading {
  compiled: CompiledFlag;
  patterns: CompiledPattern[];
  /** The requiresAll groups still asked (a group the knee alone fills is taken as said). */
  requiresAll: CompiledPattern[][];
}

/** A sudden onset, as a slot of an English or Spanish pattern names it ("sudden|suddenly", "de+repente|…"). */
const SUDDEN_ONSET = ['sudden', 'suddenly', 'de+repente', 'repentina', 'repentino'];

/**
 * A slot taken as said in a note: the knee or its pain ("$swollen|knee|joint|pain"), or a sudden onset
 * (so "la nota dice que le falta el aire" names breathlessness as "short of breath" does).
 */
function impliedSlot(slot: string): boolean {
  const alts = new Set(slot.split('|'));
  return (alts.has('knee') && (alts.has('pain') || alts.has('$pain'))) || SUDDEN_ONSET.some((w) => alts.has(w));
}

/** The pattern's source without its implied slots (a gap where one was), or null when nothing else is left. */
function withoutImpliedSlots(source: string): string | null {
  const kept: string[] = [];
  let gap = false;
  for (const token of source.split(/\s+/)) {
    if (token === '...' || impliedSlot(token)) {
      gap = true;
      continue;
    }
    if (kept.length > 0 && gap) kept.push('...');
    kept.push(token);
    gap = false;
  }
  return kept.length > 0 ? kept.join(' ') : null;
}

function noteReading(compiled: CompiledFlag, parse: (source: string) => CompiledPattern): NoteReading {
  const reduce = (patterns: readonly CompiledPattern[]): CompiledPattern[] =>
    patterns.flatMap((p) => {
      const source = withoutImpliedSlots(p.source);
      return source === null ? [] : [parse(source)];
    });
  const placeOnly = (p: CompiledPattern): boolean => p.slots.length === 1 && p.source.split('|').includes('knee');
  return {
    compiled,
    patterns: reduce(compiled.patterns),
    requiresAll: compiled.requiresAll
      .filter((group) => !group.some((p) => placeOnly(p) || withoutImpliedSlots(p.source) === null))
      .map(reduce),
  };
}

/** One message being classified, as the per-hit checks need it. */
interface Reading {
  sentences: Sentence[];
  message: MessageWords;
  candidates: ReadonlySet<CompiledPattern>;
  /** The current year (from the injected clock): "in 2015" is over. */
  year: number;
  lang: TriageLanguage;
  /** topics[sentence]: parts of a flag said in different topics ("separately, my own knee …") are not one report. */
  topics: readonly number[];
  /** What the conversation told before this message (an injury, a child: subject.ts). */
  context?: TriageContext;
}

/** Present if a pattern is present and every requiresAll group is too (present or hypothetical alike). */
function flagState(compiled: CompiledFlag, reading: Reading, onPartial?: () => void): HitState {
  const mainTopics = new Set<number>();
  const main = bestState(
    compiled.patterns,
    compiled,
    reading,
    false,
    compiled.requiresAll.length > 0 ? mainTopics : undefined,
  );
  if (notThere(main)) return main;
  let state: HitState = main;
  for (const group of compiled.requiresAll) {
    // The part named earlier in the story is still the part: "skinned my knee last Thursday … now it's red, hot, chills".
    // Only within the topic of the present sign: "my kid has a fever. separately, my own knee aches" is two stories.
    const groupState = bestState(
      group,
      compiled,
      reading,
      reading.lang.pastSentenceNames === true,
      undefined,
      main === 'present' ? mainTopics : undefined,
    );
    // The part is there only in another topic: matched, and dismissed by context (no safety question either).
    if (groupState === 'absent' && main === 'present' && !notThere(bestState(group, compiled, reading, true)))
      return 'dismissed';
    // The injury told in an earlier message ("I fell in the kitchen" … "I can't bend it very far").
    if (
      groupState === 'absent' &&
      main === 'present' &&
      compiled.flag.injuryEarlier === true &&
      reading.context?.injured
    )
      continue;
    if (groupState === 'absent' && main === 'present') onPartial?.();
    if (notThere(groupState)) return groupState;
    if (groupState === 'hypothetical') state = 'hypothetical';
  }
  return state;
}

/**
 * The best state of any hit. `presentTopics`: collect the topic of every present hit (then every hit is read);
 * `inTopics`: only hits in these topics count.
 */
function bestState(
  patterns: CompiledPattern[],
  compiled: CompiledFlag,
  reading: Reading,
  naming = false,
  presentTopics?: Set<number>,
  inTopics?: ReadonlySet<number>,
): HitState {
  let best: HitState = 'absent';
  for (const pattern of patterns) {
    if (!reading.candidates.has(pattern)) continue;
    for (const { sentence, hit } of iterateHits(pattern, reading.message)) {
      const topic = reading.topics[sentence] as number;
      if (inTopics !== undefined && !inTopics.has(topic)) continue;
      const state = hitState(sentence, hit, compiled, reading, naming);
      if (state === 'present') {
        if (presentTopics === undefined) return 'present';
        presentTopics.add(topic);
      }
      if (STATE_RANK[state] > STATE_RANK[best]) best = state;
    }
  }
  return best;
}

/** `naming`: a requiresAll hit only names what is affected, so a past sentence still names it. */
function hitState(s: number, hit: Hit, compiled: CompiledFlag, reading: Reading, naming = false): HitState {
  const { sentences, message, lang } = reading;
  const sentence = sentences[s] as Sentence;
  if (excludedByUnless(sentence, s, hit, compiled.unless, message, (other) => unlessNegated(reading, s, other)))
    return 'explained';
  // Tight wraps or a posture explain tingling only while it passes: "… still hasn't gone away" is a report.
  if (
    compiled.unlessPassing.length > 0 &&
    excludedByUnless(sentence, s, hit, compiled.unlessPassing, message, (other) => unlessNegated(reading, s, other)) &&
    lang.outlastsItsCause?.(sentences) !== true
  )
    return 'explained';
  // A phrase that carries its own negation ("can't walk") is not cancelled by another one.
  const selfNegated = hit.some((i) => lang.negationCues.has(sentence.words[i] as string));
  if (!selfNegated && lang.isNegated(sentences, s, hit)) return 'dismissed';
  if (lang.isHypothetical(sentence, hit)) return 'hypothetical';
  if (!naming && lang.isPastOrResolved(sentence, hit, reading.year, compiled.flag.transient === true))
    return 'dismissed';
  if (lang.isAboutAnimal(sentence, hit) || lang.isAboutFiction(sentence, sentences, s)) return 'dismissed';
  if (lang.isRelativesPastEvent(sentences, s, hit)) return 'dismissed';
  if (lang.isFigureOfSpeech?.(sentences, s, hit)) return 'dismissed';
  if (compiled.flag.evenIfHypothetical !== true && lang.isAccountedFor?.(sentences, s, hit)) return 'dismissed';
  if (!naming && lang.isAllClearStory?.(sentences, s, hit)) return 'dismissed';
  // "What does it mean when my knee gives way?": the informational answer, not a same-day alarm.
  // An emergency-tier symptom asked about this way still alarms: too costly to be wrong.
  if (compiled.flag.tier !== 'emergency' && lang.isMeaningQuestion(sentence, hit))
    return lang.meaningAsksWarningSigns === true ? 'hypothetical' : 'dismissed';
  // "my teammate's knee popped and swelled … mine's fine": someone else's sign, asked about for oneself; an
  // emergency still alarms (the other person may need it now) unless they are already being seen. A crisis
  // (self-harm) always alarms: the line helps people worried about someone too.
  if (
    lang.isOthersBesideOwn?.(sentences, s, hit) === true &&
    (compiled.flag.tier !== 'emergency' ||
      (compiled.flag.evenIfHypothetical !== true && lang.isOthersInCare?.(sentences) === true))
  )
    return 'dismissed';
  // "his knee 'gives out' every time we ask him to take out the trash 🙄": teasing; an emergency still alarms.
  if (compiled.flag.tier !== 'emergency' && lang.isTeasing?.(sentences, s, hit) === true) return 'dismissed';
  // "can't straighten it fully when I sit … never could": not a new same-day sign; an emergency still alarms.
  if (compiled.flag.tier !== 'emergency' && lang.isLifelong?.(sentences, s) === true) return 'dismissed';
  // "my kneecap sits kinda high … it's just how I'm built": anatomy said outright, even for an emergency sign;
  // never for a crisis (self-harm).
  if (compiled.flag.evenIfHypothetical !== true && lang.isBuiltThatWay?.(sentences, s) === true) return 'dismissed';
  return 'present';
}

/** Where an `unless` pattern occurs, found once per message (a long message has many hits to check). */
const unlessMemo = new WeakMap<MessageWords, Map<CompiledPattern, SentenceHit[]>>();
function unlessHits(pattern: CompiledPattern, message: MessageWords): SentenceHit[] {
  let memo = unlessMemo.get(message);
  if (memo === undefined) unlessMemo.set(message, (memo = new Map()));
  let hits = memo.get(pattern);
  if (hits === undefined) memo.set(pattern, (hits = findHits(pattern, message)));
  return hits;
}

/**
 * An `unless` phrase that is itself negated explains nothing: "it won't go back in" is not "went back in".
 * A phrase that carries its own negation ("cant stand it") is read as written.
 */
function unlessNegated(reading: Reading, s: number, other: Hit): boolean {
  const sentence = reading.sentences[s] as Sentence;
  if (other.some((i) => reading.lang.negationCues.has(sentence.words[i] as string))) return false;
  const first = other[0] as number;
  const last = other[other.length - 1] as number;
  // Only a negation inside the phrase's span: "kneecap … won't go back in".
  for (let i = first + 1; i < last; i += 1)
    if (!other.includes(i) && reading.lang.negationCues.has(sentence.words[i] as string)) return true;
  return false;
}

/** An `unless` phrase in the same clause that shares a word with the match explains it away ("can't walk far"). */
function excludedByUnless(
  sentence: Sentence,
  s: number,
  hit: Hit,
  unless: CompiledPattern[],
  message: MessageWords,
  negated: (other: Hit) => boolean = () => false,
): boolean {
  const words = new Set(hit);
  for (const pattern of unless) {
    for (const { sentence: at, hit: other } of unlessHits(pattern, message)) {
      if (at !== s) continue;
      const clause = sentence.clause[other[0] as number];
      // Only within one clause: "can't walk, it hurts so much" is not "walk … much".
      if (other.every((i) => sentence.clause[i] === clause) && other.some((i) => words.has(i)) && !negated(other))
        return true;
    }
  }
  return false;
}

/**
 * Every distinct pattern word, indexed once so a message's words are compared with only the
 * alternatives that could match them: exact words by lookup, prefixes and typos by first letter.
 */
interface WordIndex {
  exact: Map<string, string[]>;
  byFirstLetter: Map<string, WordAlt[]>;
  known: ReadonlySet<string>;
  /** word → the pattern keys it matches; filled as messages arrive. */
  cache: Map<string, ReadonlySet<string>>;
  /** word → the words that stand for it in patterns (the language's sameRole groups). */
  equivalents: ReadonlyMap<string, readonly string[]>;
}

function buildWordIndex(words: readonly WordAlt[], known: ReadonlySet<string>, lang: TriageLanguage): WordIndex {
  const exact = new Map<string, string[]>();
  const byFirstLetter = new Map<string, WordAlt[]>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [value]);
    else list.push(value);
  };
  for (const alt of words) {
    if (!alt.prefix) push(exact, alt.text, alt.key);
    push(byFirstLetter, alt.text[0] as string, alt);
  }
  return { exact, byFirstLetter, known, cache: new Map(), equivalents: equivalentWords(lang.sameRole) };
}

function allPatterns(compiled: CompiledFlag): CompiledPattern[] {
  return [
    ...compiled.patterns,
    ...compiled.requiresAll.flat(),
    ...compiled.unless,
    ...compiled.unlessPassing,
    ...compiled.overridesUnless,
  ];
}

/**
 * Words that stand for each other in patterns: a red flag reported for someone else ("she can't
 * move her toes", "his knee gave way") reads like one reported for oneself (the language's groups).
 */
function equivalentWords(sameRole: ReadonlyArray<readonly string[]>): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, string[]>();
  for (const group of sameRole) {
    for (const word of group) map.set(word, [...(map.get(word) ?? []), ...group.filter((other) => other !== word)]);
  }
  return map;
}

/** The pattern alternatives (by key) one typed word matches, typos included. */
function altsMatching(word: string, index: WordIndex): Set<string> {
  const keys = new Set<string>(index.exact.get(word) ?? []);
  for (const other of index.equivalents.get(word) ?? []) for (const key of index.exact.get(other) ?? []) keys.add(key);
  for (const alt of index.byFirstLetter.get(word[0] as string) ?? []) {
    if (alt.prefix) {
      if (word.startsWith(alt.text) || isPrefixTypo(word, alt.text, index.known)) keys.add(alt.key);
    } else if (word !== alt.text && isTypoOf(word, alt.text, index.known)) {
      keys.add(alt.key);
    }
  }
  return keys;
}

/** Looks each distinct word of the message up once. */
function messageWords(sentences: Sentence[], index: WordIndex, lang: TriageLanguage): MessageWords {
  const cache = index.cache;
  return buildMessageWords(
    sentences,
    (word) => {
      let keys = cache.get(word);
      if (keys === undefined) {
        keys = altsMatching(word, index);
        // Words repeat across messages ("my", "knee", "run"): keep their lookups, within a bound.
        if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
        cache.set(word, keys);
      }
      return keys;
    },
    lang.matchWords,
  );
}

/** Most distinct words whose pattern lookups are remembered across messages (a few MB at most). */
const WORD_CACHE_LIMIT = 20_000;

/** Real words are never read as typos: the built-in list plus every word the clinic's content uses. */
function knownWords(knowledge: Knowledge, patternWords: readonly WordAlt[], lang: TriageLanguage): Set<string> {
  const known = new Set<string>(lang.commonWords);
  const add = (text: string): void => {
    for (const sentence of lang.tokenize(text)) for (const word of sentence.words) known.add(word);
  };
  // Curated prose only: keywords and question phrasings deliberately contain typos.
  for (const entry of knowledge.entries) {
    add(entry.title);
    add(entry.answer);
  }
  for (const alt of patternWords) if (!alt.prefix) known.add(alt.text);
  return known;
}
