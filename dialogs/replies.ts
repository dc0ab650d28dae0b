// Replies of the main conversation: greeting, help, answers, fallbacks. Pure (no botbuilder):
// each returns a RoutedReply, so the dialog knows where every button leads.
import { fillTemplate } from '../src/knowledge/template';
import type { Knowledge, KnowledgeEntry } from '../src/knowledge/types';
import type { ScoredEntry } from '../src/matching/types';
import { askOffer, assessOffer, callAction, callOffer, callbackOffer } from './handoff';
import { msg } from './messages';
import { routed, type OfferedChoice, type RoutedReply } from './routes';

/** At most this many follow-up buttons under an answer (more is noise on a phone). */
const MAX_FOLLOW_UPS = 4;
/** Suggestions under "I'm not sure" and "Did you mean …?". */
const MAX_SUGGESTIONS = 3;

/** Shown under "I'm not sure" when the matcher has too few suggestions of its own. */
const DEFAULT_SUGGESTION_IDS = ['start-assessment', 'why-knee-hurts', 'when-to-see-professional', 'run-through-pain'];
/** Used when the defaults were just shown: the same buttons never twice in a row. */
const MORE_SUGGESTION_IDS = ['rest-and-recovery', 'strengthening-exercises', 'return-to-running'];

export function entryOffer(entry: KnowledgeEntry): OfferedChoice {
  return { label: entry.title, value: entry.title, route: { kind: 'entry', id: entry.id } };
}

function entryOffers(knowledge: Knowledge, ids: string[]): OfferedChoice[] {
  return ids.flatMap((id) => {
    const e = knowledge.byId.get(id);
    return e ? [entryOffer(e)] : [];
  });
}

function disclaimer(knowledge: Knowledge): string {
  return msg(knowledge, 'disclaimer', { emergency: knowledge.clinic.emergencyNumber });
}

/** "Español" under the English welcome, "English" under the Spanish one. */
function otherLanguageOffer(knowledge: Knowledge): OfferedChoice {
  const label = msg(knowledge, 'choice-other-language');
  return { label, value: label, route: { kind: 'language', language: knowledge.language === 'es' ? 'en' : 'es' } };
}

/**
 * The one-time greeting with the disclaimer. `withNext` adds "tell me where it hurts" and the start
 * buttons (a greeting on its own); without it the answer to the first message follows right away.
 */
export function welcomeReply(knowledge: Knowledge, withNext: boolean): RoutedReply {
  const parts = [msg(knowledge, 'welcome', { clinic: knowledge.clinic.name }), disclaimer(knowledge)];
  if (!withNext) return routed({ text: parts.join('\n\n') });
  parts.push(msg(knowledge, 'welcome-next'));
  return routed({ text: parts.join('\n\n') }, [
    assessOffer(knowledge),
    callOffer(knowledge),
    callbackOffer(knowledge),
    otherLanguageOffer(knowledge),
  ]);
}

/** After "Español" / "English please": said in the new language, with the way on. */
export function languageReply(knowledge: Knowledge): RoutedReply {
  return routed({ text: `${msg(knowledge, 'language-switched')} ${msg(knowledge, 'welcome-next')}` }, [
    assessOffer(knowledge),
    callOffer(knowledge),
    callbackOffer(knowledge),
  ]);
}

/** Help and the disclaimer; inside a flow without buttons (the question is asked again after it). */
export function helpReply(knowledge: Knowledge, inFlow: boolean, again = false): RoutedReply {
  const parts = again ? [msg(knowledge, 'help-again')] : [msg(knowledge, 'help'), disclaimer(knowledge)];
  if (inFlow) return routed({ text: parts.join('\n\n') });
  parts.push(msg(knowledge, 'help-next'));
  return routed({ text: parts.join('\n\n') }, [assessOffer(knowledge), callOffer(knowledge), callbackOffer(knowledge)]);
}

export function cancelledReply(knowledge: Knowledge): RoutedReply {
  return routed({ text: msg(knowledge, 'cancelled') }, [assessOffer(knowledge), callOffer(knowledge)]);
}

export function startOverReply(knowledge: Knowledge): RoutedReply {
  return routed({ text: `${msg(knowledge, 'start-over')} ${msg(knowledge, 'welcome-next')}` }, [
    assessOffer(knowledge),
    callOffer(knowledge),
    callbackOffer(knowledge),
  ]);
}

const SMALL_TALK_KEYS = {
  greeting: 'greeting-reply',
  thanks: 'thanks-reply',
  yes: 'yes-reply',
  bye: 'bye-reply',
  ack: 'ack-reply',
} as const;

/** "hello", "thanks", a bare "yes", "bye": a short human answer and the way on. */
export function smallTalkReply(knowledge: Knowledge, kind: keyof typeof SMALL_TALK_KEYS): RoutedReply {
  const text = msg(knowledge, SMALL_TALK_KEYS[kind]);
  if (kind === 'bye' || kind === 'ack') return routed({ text });
  return routed({ text }, [assessOffer(knowledge), callOffer(knowledge), askOffer(knowledge)]);
}

export function textReply(
  knowledge: Knowledge,
  key: 'resume' | 'ask-another' | 'empty-message' | 'already-assessing',
): RoutedReply {
  return routed({ text: msg(knowledge, key) });
}

/**
 * An entry's answer with its follow-ups as buttons. Inside a flow the buttons are left off: the
 * flow's own question comes right after and its buttons are the ones that count.
 */
export function answerReply(
  knowledge: Knowledge,
  entry: KnowledgeEntry,
  inFlow: boolean,
  second?: KnowledgeEntry,
): RoutedReply {
  const base = {
    title: entry.title,
    text: entry.answer.trim(),
    ...(entry.call ? { call: { label: entry.call.label, display: entry.call.display, e164: entry.call.number } } : {}),
  };
  if (inFlow) return routed(base);
  // A second question in the same message ("…and when can I run again?"): its answer is the first button.
  const other = second && second.id !== entry.id ? second : undefined;
  const followUps = entryOffers(
    knowledge,
    entry.followUps.filter((id) => id !== entry.id && id !== other?.id),
  );
  const offers = [...(other ? [entryOffer(other)] : []), ...followUps].slice(0, MAX_FOLLOW_UPS);
  // Symptoms and conditions lead naturally to the clinic; general advice does not need the push.
  if (entry.kind === 'condition' || entry.kind === 'location') offers.push(callOffer(knowledge));
  return routed(base, offers);
}

/** "Did you mean …?" with the top candidates and a way out. */
export function clarifyReply(knowledge: Knowledge, candidates: ScoredEntry[]): RoutedReply {
  const noneLabel = msg(knowledge, 'choice-none');
  return routed({ text: msg(knowledge, 'clarify') }, [
    ...candidates.slice(0, MAX_SUGGESTIONS).map((c) => entryOffer(c.entry)),
    { label: noneLabel, value: noneLabel, route: { kind: 'none' } },
  ]);
}

/** After "None of these": ask for other words, with the phone as the sure way. */
export function noneOfTheseReply(knowledge: Knowledge): RoutedReply {
  return routed(
    { text: msg(knowledge, 'none-of-these', { phone: knowledge.clinic.phone.display }), call: callAction(knowledge) },
    [assessOffer(knowledge)],
  );
}

/** A message in Spanish: said plainly in both languages, with the emergency number and the clinic's phone. */
export function notEnglishReply(knowledge: Knowledge): RoutedReply {
  const { clinic } = knowledge;
  return routed(
    {
      text: msg(knowledge, 'not-english', { emergency: clinic.emergencyNumber, phone: clinic.phone.display }),
      call: callAction(knowledge),
    },
    [callbackOffer(knowledge)],
  );
}

/** How this "I'm not sure" differs from the last ones (MainDialog keeps the count and last buttons). */
export interface UnknownContext {
  /** 0 for the first "not sure" in a row, 1 for the second, … */
  inARow?: number;
  /** Button values shown under the previous "not sure": not shown again as the same set. */
  lastValues?: string[];
  /** The message is about the person's own knee: the assessment is offered first. */
  ownKnee?: boolean;
}

const UNKNOWN_KEYS = ['unknown', 'unknown-2', 'unknown-3'] as const;

/**
 * An honest "I'm not sure": three suggestions and the phone, never a guess dressed as an answer.
 * The wording varies when it happens again; the same buttons are never shown twice in a row; a
 * message about the person's own knee gets the assessment first.
 */
export function unknownReply(
  knowledge: Knowledge,
  suggestions: ScoredEntry[],
  context: UnknownContext = {},
): RoutedReply {
  const phone = knowledge.clinic.phone.display;
  const last = new Set(context.lastValues ?? []);
  // Staff entries answer the front desk when asked; a patient who wasn't understood never sees them.
  const ids = suggestions.filter((s) => s.entry.audience !== 'staff').map((s) => s.entry.id);
  const defaults = [...DEFAULT_SUGGESTION_IDS, ...MORE_SUGGESTION_IDS];
  for (const id of defaults) if (ids.length < MAX_SUGGESTIONS && !ids.includes(id)) ids.push(id);
  let offers = entryOffers(knowledge, ids).slice(0, MAX_SUGGESTIONS);
  if (context.ownKnee)
    offers = [
      assessOffer(knowledge),
      ...offers.filter((o) => o.route.kind !== 'entry' || o.route.id !== 'start-assessment'),
    ].slice(0, MAX_SUGGESTIONS);
  if (offers.length > 0 && offers.every((o) => last.has(o.value))) {
    // The same set again: keep the best suggestion, fill with ones not shown last time.
    const fresh = entryOffers(knowledge, defaults).filter((o) => !last.has(o.value));
    offers = [offers[0]!, ...fresh].slice(0, MAX_SUGGESTIONS);
  }
  const key = context.ownKnee
    ? 'unknown-own-knee'
    : UNKNOWN_KEYS[Math.min(context.inARow ?? 0, UNKNOWN_KEYS.length - 1)]!;
  return routed({ text: msg(knowledge, key, { phone }), call: callAction(knowledge) }, offers);
}

/** Not about runners' knees: say so kindly, say what the bot can do. */
export function outOfScopeReply(knowledge: Knowledge, topic: string | undefined): RoutedReply {
  const found = topic === undefined ? undefined : knowledge.outOfScope.find((t) => t.id === topic || t.label === topic);
  if (found?.clinic) {
    const text = msg(knowledge, 'out-of-scope-clinic', { topic: found.label, phone: knowledge.clinic.phone.display });
    return routed({ text, call: callAction(knowledge) }, [
      callbackOffer(knowledge),
      callOffer(knowledge),
      askOffer(knowledge),
    ]);
  }
  const first = found ? msg(knowledge, 'out-of-scope-topic', { topic: found.label }) : msg(knowledge, 'out-of-scope');
  // A body part near the knee (hip, shin, calf …) says when to get it checked.
  const safety = found?.safety
    ? `\n\n${fillTemplate(knowledge.messages['out-of-scope-safety'] ?? '{safety}', { safety: found.safety.trim() })}`
    : '';
  return routed({ text: `${first} ${msg(knowledge, 'what-i-can-do')}${safety}` }, [
    assessOffer(knowledge),
    callOffer(knowledge),
    askOffer(knowledge),
  ]);
}
