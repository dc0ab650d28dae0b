// Is a matched red-flag phrase negated ("no swelling", "calf is not swollen", "fever? no")? Pure.
import {
  ACTION_OBJECT_FILLER,
  ACTIONS_ON_BODY_PART,
  ANSWER_NO_FOLLOWERS,
  ANSWER_WORDS,
  BODY_PARTS,
  CONDITION_OPENERS,
  DEGREE_AFTER_ALMOST,
  FINE_FILLER,
  FINE_WORDS,
  MAIN_CLAUSE_SUBJECTS,
  NEAR_MISS_WORDS,
  NEGATION_CUES,
  NEGATION_IDIOMS,
  NOTHING_AS_DOWNPLAY_AFTER,
  NOTHING_AS_OBJECT_AFTER,
  NEGATION_REACH,
  NEGATED_STATE_TRAIL,
  NEGATED_STATE_WORDS,
  NEVER_BEFORE_WORDS,
  NO_AS_ANSWER_BEFORE,
  SCOPE_BREAK_AFTER_AND,
  SCOPE_BREAK_WORDS,
  SCOPE_CLOSING_WORDS,
  TRAILING_FILLER,
  TRAILING_NO,
} from './cues';
import { INJURY_WORDS } from './words/secondLine';
import type { Hit } from './match';
import type { Sentence } from './normalize';
import { clauseBounds, phraseAt } from './phrases';

/** Is the word at `index` a negation cue that really negates (not "I don't know why", not "No, my …")? */
function isNegationCue(sentence: Sentence, index: number): boolean {
  const { words } = sentence;
  const word = words[index] as string;
  if (!NEGATION_CUES.has(word)) return false;
  const next = words[index + 1];
  if (NEGATION_IDIOMS.some((idiom) => phraseAt(words, index, idiom))) return false;
  if (word === 'nothing' && NOTHING_AS_OBJECT_AFTER.has(words[index - 1] as string)) return false;
  if (word === 'nothing' && NOTHING_AS_DOWNPLAY_AFTER.has(words[index - 1] as string)) return false;
  if (ANSWER_WORDS.has(word)) {
    // "No, my calf is swollen" / "nope my calf is swollen": an answer, not a negation of what follows.
    if (next === undefined || sentence.clause[index + 1] !== sentence.clause[index]) return false;
    if (NO_AS_ANSWER_BEFORE.has(next)) return false;
  }
  if (word === 'never') {
    const [, to] = clauseBounds(sentence, index);
    for (let i = index + 1; i < to; i += 1) if (NEVER_BEFORE_WORDS.has(words[i] as string)) return false;
  }
  return true;
}

/**
 * Negated when a negation cue sits inside the matched span (between pattern words: "calf is not
 * swollen"), or shortly before it without a new statement in between ("no pain or swelling",
 * "I don't have a fever"), or the sentence answers it with a lone "no" ("calf swelling: none").
 */
export function isNegated(sentences: readonly Sentence[], sentenceIndex: number, hit: Hit): boolean {
  const sentence = sentences[sentenceIndex] as Sentence;
  const first = hit[0] as number;
  const last = hit[hit.length - 1] as number;
  const matched = new Set(hit);
  for (let i = first + 1; i < last; i += 1) {
    // "my knee almost gave way": it did not happen (only inside the match: "almost twice the size" is big).
    if (
      !matched.has(i) &&
      NEAR_MISS_WORDS.has(sentence.words[i] as string) &&
      !DEGREE_AFTER_ALMOST.has(sentence.words[i + 1] as string) &&
      !hedgeAfterInjury(sentences, sentence.words[i] as string)
    )
      return true;
    // "my chest is fine, just my knee aches": a body part declared fine before a break ends that statement.
    if (
      !matched.has(i) &&
      FINE_WORDS.has(sentence.words[i] as string) &&
      sentence.breakBefore[i + 1] !== 'none' &&
      sentence.breakBefore[i + 1] !== undefined
    )
      return true;
    if (matched.has(i) || !isNegationCue(sentence, i)) continue;
    // Only a negation in the same clause as the next matched word counts ("hot, no fever, swollen" is hot and swollen).
    const next = hit.find((position) => position > i) as number;
    // Nor across "and" + a new subject: "cut my thigh because I can't dance and it's the only thing that …".
    const newStatement = sentence.words
      .slice(i + 1, next)
      .some((w, k) => w === 'and' && SCOPE_BREAK_AFTER_AND.has(sentence.words[i + 2 + k] as string));
    if (sentence.clause[i] === sentence.clause[next] && !newStatement && !negatesOnlyAnAction(sentence, i, next))
      return true;
  }
  // "I can't feel my toes and they look blue": a negation before the match covers its first part
  // only when a new statement starts inside the match.
  if (!onlyBodyPartBeforeNewStatement(sentence, hit) && negatedBefore(sentence, first)) return true;
  if (declaredFine(sentence, last)) return true;
  return answeredNo(sentences, sentenceIndex, last);
}

/**
 * "practically buckles" hedges less than "almost": after a twist or a fall ("twisted it Saturday and it
 * practically buckles every time I turn") it describes the knee giving way.
 */
function hedgeAfterInjury(sentences: readonly Sentence[], hedge: string): boolean {
  if (hedge === 'almost' || hedge === 'nearly') return false;
  return sentences.some((x) => x.words.some((w) => INJURY_WORDS.has(w)));
}

/**
 * "I can't feel my toes and they look blue": the match starts with a body part only ("toes") and
 * the symptom comes in a new statement, so the negation before it is not about the symptom.
 * "No fever and the knee is warm": the part before the new statement is a symptom, so it is negated.
 */
function onlyBodyPartBeforeNewStatement(sentence: Sentence, hit: Hit): boolean {
  const { words, breakBefore } = sentence;
  const first = hit[0] as number;
  const last = hit[hit.length - 1] as number;
  for (let i = first + 1; i <= last; i += 1) {
    const word = words[i] as string;
    const kind = breakBefore[i];
    const starts =
      kind === 'contrast' || (SCOPE_BREAK_AFTER_AND.has(word) && (kind === 'comma' || words[i - 1] === 'and'));
    if (starts)
      return hit.filter((position) => position < i).every((position) => BODY_PARTS.has(words[position] as string));
  }
  return false;
}

/** "hot after, knee ok": the matched body part is said to be fine right after the match. */
function declaredFine(sentence: Sentence, last: number): boolean {
  const { words, clause } = sentence;
  for (let i = last + 1; i < words.length && clause[i] === clause[last]; i += 1) {
    const word = words[i] as string;
    if (FINE_WORDS.has(word)) return true;
    // "…, calf soft and not sore": a body part that ends the match, said to be soft in its own clause.
    if (
      word === 'soft' &&
      BODY_PARTS.has(sentence.words[last] as string) &&
      sentence.clause[last] !== sentence.clause[last - 1]
    )
      return true;
    if (!FINE_FILLER.has(word)) return false;
  }
  return false;
}

/**
 * "can't bend his knee": the cue negates the action and the body part is only its object, so the
 * body part is present (the action itself is what a pattern like "cant bend" is for).
 */
function negatesOnlyAnAction(sentence: Sentence, cue: number, target: number): boolean {
  const { words } = sentence;
  const part = words[target] as string;
  if (!BODY_PARTS.has(part) || ACTION_OBJECT_FILLER.has(part) || part === 'it' || part === 'its') return false;
  let i = target - 1;
  while (i > cue && ACTION_OBJECT_FILLER.has(words[i] as string)) i -= 1;
  if (i <= cue || !ACTIONS_ON_BODY_PART.has(words[i] as string)) return false;
  // Only the action (and an "even" or "really") between the cue and it: "can't really bend my knee".
  for (let j = cue + 1; j < i; j += 1) if (!ACTION_OBJECT_FILLER.has(words[j] as string)) return false;
  return true;
}

function negatedBefore(sentence: Sentence, first: number): boolean {
  const { words, breakBefore } = sentence;
  for (let i = first - 1, steps = 1; i >= 0 && steps <= NEGATION_REACH; i -= 1, steps += 1) {
    // A break between i and i+1 ends the negation's reach when a new statement starts there.
    const after = i + 1;
    const kind = breakBefore[after];
    if (kind === 'contrast') return false;
    const startWord = words[after] as string;
    if (kind === 'comma' && (SCOPE_BREAK_AFTER_AND.has(startWord) || startWord === 'and')) return false;
    if (words[i] === 'and' && SCOPE_BREAK_AFTER_AND.has(startWord)) return false;
    if (SCOPE_BREAK_WORDS.has(words[i] as string)) return false;
    if (
      kind === 'comma' &&
      SCOPE_CLOSING_WORDS.has(words[i] as string) &&
      (words[i] !== 'longer' || words[i - 1] === 'any')
    )
      return false;
    // "not doing great tbh, been thinking about ending it": a negated state ends at a comma or "and".
    if ((kind === 'comma' || startWord === 'and') && endsNegatedState(words, i)) return false;
    if (isNegationCue(sentence, i))
      return !negatesOnlyAnAction(sentence, i, first) && !inConditionClause(sentence, i, first);
  }
  return false;
}

/** Does the statement ending at `end` negate a state of mind ("not great tbh", "not sleeping", "not ok at all")? */
function endsNegatedState(words: readonly string[], end: number): boolean {
  let i = end;
  while (i > 0 && NEGATED_STATE_TRAIL.has(words[i] as string) && !NEGATED_STATE_WORDS.has(words[i] as string)) i -= 1;
  if (!NEGATED_STATE_WORDS.has(words[i] as string)) return false;
  // The negation sits just before the state: "not great", "not doing so great", "not in a good place".
  for (let k = i - 1; k >= Math.max(0, i - 4); k -= 1) if (NEGATION_CUES.has(words[k] as string)) return true;
  return false;
}

/**
 * "if i can't play this season i want to disappear": the negation belongs to an if / when clause (opened just
 * before it) and the match is in the main clause that follows, which starts with its own subject.
 */
function inConditionClause(sentence: Sentence, cue: number, first: number): boolean {
  const { words } = sentence;
  let opened = false;
  for (let i = cue - 1; i >= Math.max(0, cue - 3); i -= 1) if (CONDITION_OPENERS.has(words[i] as string)) opened = true;
  if (!opened) return false;
  // The subject of the main clause, at least one word after the cue's own verb ("if i dont make the team i …").
  for (let i = cue + 2; i <= first; i += 1) if (MAIN_CLAUSE_SUBJECTS.has(words[i] as string)) return true;
  return false;
}

/** "swelling: none", "fever? no" — what follows the phrase is only a "no". */
function answeredNo(sentences: readonly Sentence[], sentenceIndex: number, last: number): boolean {
  const sentence = sentences[sentenceIndex] as Sentence;
  let rest = sentence.words.slice(last + 1);
  // "the knee bent the wrong way? no, …": a question that ends a few words after the match.
  const shortQuestionTail = sentence.question && rest.length <= 3 && sentences[sentenceIndex + 1] !== undefined;
  if (rest.length > 0 && sentence.breakBefore[last + 1] === 'none' && !shortQuestionTail) return false;
  if (rest.length === 0 || shortQuestionTail) {
    const next = sentences[sentenceIndex + 1];
    if (!sentence.question || next === undefined) return false;
    rest = next.words;
  }
  if (rest.length === 0 || !TRAILING_NO.has(rest[0] as string)) return false;
  if (rest.slice(1).every((word) => TRAILING_FILLER.has(word))) return true;
  // "knee gave out? no, never has" / "hurts at rest? no, only when running": the question is answered no.
  const answer = sentences[sentenceIndex + 1];
  return (
    sentence.question &&
    answer !== undefined &&
    rest === answer.words &&
    answer.breakBefore[1] !== 'none' &&
    rest.slice(1).some((word) => ANSWER_NO_FOLLOWERS.has(word))
  );
}
