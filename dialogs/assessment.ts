// The guided assessment's content decisions: which questions remain, how the common causes are
// ordered, and the wording of the result. Pure (no botbuilder); assessmentDialog.ts runs the turns.
import { normalizeChoiceText, saysPhrase } from '../src/channels/choices';
import { GENERAL_PLACE } from '../src/knowledge/types';
import type {
  KneeLocation,
  Knowledge,
  LocationInfo,
  PlaceId,
  PlaceInfo,
  SymptomQuestion,
} from '../src/knowledge/types';
import type { Choice, Reply } from '../src/rendering/reply';
import { callbackOffer, callOffer } from './handoff';
import { msg } from './messages';
import { entryOffer } from './replies';
import { routed, type RoutedReply } from './routes';

export function findLocation(knowledge: Knowledge, id: KneeLocation): LocationInfo | undefined {
  return knowledge.locations.find((l) => l.id === id);
}

/** One of the four places, or the knee in general (the fifth answer to "where?"). */
export function findPlace(knowledge: Knowledge, id: PlaceId): PlaceInfo | undefined {
  return id === GENERAL_PLACE ? knowledge.general : findLocation(knowledge, id);
}

/** "Outer side of the knee" → "outer side of the knee", for use inside a sentence. */
function whereText(location: PlaceInfo): string {
  return location.label.charAt(0).toLowerCase() + location.label.slice(1);
}

/** The four places, then "All over / not sure". */
function locationChoices(knowledge: Knowledge): Choice[] {
  return [...knowledge.locations, knowledge.general].map((l) => ({ label: l.label, value: l.label }));
}

/** The place a chosen button value names. */
export function locationForValue(knowledge: Knowledge, value: string): PlaceId | undefined {
  return [...knowledge.locations, knowledge.general].find((l) => l.label === value || l.id === value)?.id;
}

/**
 * "All over", "the whole knee", "both sides", "it moves around", "not sure": an answer to "where?"
 * that names no single place. Checked before the four places, so "not sure, maybe the front"
 * gets the general overview rather than a guess.
 */
export function meansGeneral(knowledge: Knowledge, text: string): boolean {
  if (!knowledge.general.aliases.some((alias) => saysPhrase(text, alias))) return false;
  // "kind of everywhere but mostly the front": the place it is mostly in is the answer.
  const dominant = MOSTLY.test(normalizeChoiceText(text));
  return !(dominant && knowledge.locations.some((l) => [l.label, ...l.aliases].some((a) => saysPhrase(text, a))));
}

/** "mostly", "mainly", "sobre todo": one place named as where it hurts most. */
const MOSTLY =
  /\b(?:mostly|mainly|mostly on|more|especially|primarily|worst|worse|sobre todo|mas que nada|principalmente|mas)\b/;

/** Symptom questions of the general path the text already answers ("it's swollen and stiff"). */
export function generalSymptomsSaid(knowledge: Knowledge, text: string): string[] {
  return knowledge.general.symptomQuestions.filter((q) => q.mentions.some((m) => saysPhrase(text, m))).map((q) => q.id);
}

/**
 * The place's other symptom questions an answer already speaks to ("yes when jumping" to the stairs
 * question answers "does jumping make it worse?" too): asked no more. A mention said as absent ("not
 * when jumping", "never on stairs") does not count.
 */
export function otherSymptomsSaid(location: PlaceInfo, text: string, answered: readonly string[]): string[] {
  const folded = normalizeChoiceText(text);
  return remainingQuestions(location, answered)
    .filter((q) =>
      q.mentions.some(
        (m) =>
          saysPhrase(text, m) &&
          !new RegExp(`\\b(?:not|never|no|nor|dont|doesnt|isnt)\\b(?: \\w+){0,2} ${normalizeChoiceText(m)}\\b`).test(
            folded,
          ),
      ),
    )
    .map((q) => q.id);
}

export function locationQuestion(knowledge: Knowledge): Reply {
  return { text: msg(knowledge, 'assess-where'), choices: locationChoices(knowledge) };
}

function yesNoChoices(knowledge: Knowledge): Choice[] {
  const yes = msg(knowledge, 'choice-yes');
  const no = msg(knowledge, 'choice-no');
  return [
    { label: yes, value: yes },
    { label: no, value: no },
  ];
}

export function symptomQuestionReply(knowledge: Knowledge, question: SymptomQuestion): Reply {
  return { text: question.text, choices: yesNoChoices(knowledge) };
}

/** The symptom questions not yet answered, in their curated order. */
export function remainingQuestions(location: PlaceInfo, answered: readonly string[]): SymptomQuestion[] {
  return location.symptomQuestions.filter((q) => !answered.includes(q.id));
}

/** "IT band syndrome" · "A or B" · "A, B or C" (`or` in the conversation's language). */
export function joinOr(items: string[], or: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${or} ${items[items.length - 1]}`;
}

/** Names the common causes right away (so the first reply already says something useful). */
export function introText(knowledge: Knowledge, location: PlaceInfo, questionsLeft: number): string {
  const causes = joinOr(
    location.conditionIds.flatMap((id) => knowledge.byId.get(id)?.title ?? []),
    msg(knowledge, 'list-or'),
  );
  const values = { where: whereText(location), causes };
  const key = location.id === GENERAL_PLACE ? 'assess-general-intro' : 'assess-intro';
  return msg(knowledge, questionsLeft > 0 ? key : `${key}-none`, values);
}

/**
 * The location's conditions, the ones the "yes" symptoms point to first (more pointers, higher),
 * ties kept in the curated most-common-first order. Ordering only: it never rules anything out.
 */
export function rankConditions(location: PlaceInfo, yesIds: readonly string[]): { id: string; score: number }[] {
  const score = new Map<string, number>(location.conditionIds.map((id) => [id, 0]));
  for (const q of location.symptomQuestions) {
    if (!yesIds.includes(q.id)) continue;
    for (const id of q.pointsTo) if (score.has(id)) score.set(id, score.get(id)! + 1);
  }
  return location.conditionIds
    .map((id, order) => ({ id, score: score.get(id)!, order }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ id, score: s }) => ({ id, score: s }));
}

/** The first sentence of an answer, markdown stripped: a one-line summary for a list. */
export function oneLine(answer: string, max = 180): string {
  // A "- " list reads as one sentence: items joined by semicolons, a full stop after the last.
  const lines = answer.replace(/\*\*([^*]+)\*\*/g, '$1').split('\n');
  let plain = '';
  let inList = false;
  for (const raw of lines) {
    const item = /^\s*-\s+(.*)$/.exec(raw);
    const text = (item ? item[1]! : raw).trim();
    if (text === '') continue;
    if (item) {
      plain += inList ? `; ${text}` : ` ${text}`;
      inList = true;
    } else {
      if (inList && !/[.!?]$/.test(plain)) plain += '.';
      plain += ` ${text}`;
      inList = false;
    }
  }
  if (inList && !/[.!?]$/.test(plain)) plain += '.';
  plain = plain.replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.!?])(\s|$)/.exec(plain)?.[1] ?? plain;
  if (sentence.length <= max) return sentence;
  // Cut at a list item or, failing that, a word: never in the middle of one.
  const head = sentence.slice(0, max - 1);
  const item = head.lastIndexOf('; ');
  const cut = item > max * 0.5 ? item : head.lastIndexOf(' ');
  return `${head
    .slice(0, cut > 0 ? cut : head.length)
    .replace(/[,;:]$/, '')
    .trimEnd()}…`;
}

/** "- **IT band syndrome** (ITBS) is …" when the summary starts with the title, else "- **Title**: …". */
export function causeLine(title: string, answer: string): string {
  const summary = oneLine(answer);
  if (summary.toLowerCase().startsWith(title.toLowerCase())) return `- **${title}**${summary.slice(title.length)}`;
  return `- **${title}**: ${summary}`;
}

/**
 * Common causes for the location (ordered by what was said), what helps, when to see someone,
 * and the way on: call, callback, or more about each condition.
 */
export function assessmentResult(knowledge: Knowledge, location: PlaceInfo, yesIds: readonly string[]): RoutedReply {
  const ranked = rankConditions(location, yesIds).filter((r) => knowledge.byId.has(r.id));
  const where = whereText(location);
  const general = location.id === GENERAL_PLACE;
  const lines = ranked.map((r) => causeLine(knowledge.byId.get(r.id)!.title, knowledge.byId.get(r.id)!.answer));
  const introKey = general
    ? 'assess-general-result-intro'
    : lines.length === 1
      ? 'assess-result-intro-one'
      : 'assess-result-intro';
  const parts = [msg(knowledge, introKey, { where }), lines.join('\n')];
  // Only claim a "best fit" when the answers singled one out.
  const top = ranked[0];
  const second = ranked[1];
  if (top && top.score > 0 && (!second || top.score > second.score)) parts.push(msg(knowledge, 'assess-result-fits'));
  parts.push(msg(knowledge, 'assess-what-helps', { text: location.whatHelps.trim() }));
  parts.push(msg(knowledge, 'assess-when-to-see', { text: location.whenToSeeSomeone.trim() }));
  parts.push(msg(knowledge, 'assess-next'));
  const title = msg(knowledge, general ? 'assess-general-result-title' : 'assess-result-title', { where });
  return routed({ title, text: parts.join('\n\n') }, [
    callOffer(knowledge),
    callbackOffer(knowledge),
    ...ranked.map((r) => entryOffer(knowledge.byId.get(r.id)!)),
    { label: msg(knowledge, 'choice-ask'), value: msg(knowledge, 'choice-ask'), route: { kind: 'ask' } },
  ]);
}
