// Long posts: a runner's forum post is mostly story ("did a 10k Sunday, new shoes, hills…") with
// the question in one sentence ("should I rest or keep running?"). This finds the sentences that
// ask, so the matcher can weigh their words above the story's, and splits a message that asks two
// things into its questions. Pure; works on the raw text before analysis.
import { fold } from '../text';

/** How a language recognises a sentence that asks (lang/*.ts); English by default. */
export interface AskingRules {
  asks(sentence: string): boolean;
  secondQuestionAt(sentence: string): number;
}

export interface PostPart {
  text: string;
  /** True when this sentence (or clause) asks something. */
  asks: boolean;
  /** A blog's or thread's title line: it says what the post is about, though it may not ask. */
  title?: boolean;
}

/**
 * A title: a short first line with no full stop, then a blank line ("Mysteriously Swollen Knee",
 * "No kneeling!", "Knees ache - could it be workout").
 */
const TITLE = /^[ \t]*([^\n]{1,100}?)[ \t]*\n[ \t]*\n/;
const TITLE_MAX_WORDS = 12;

// A sentence that opens with one of these asks, even without a question mark ("how do I get back
// into running." "should I take a week off"). Leading fillers are skipped first.
// Forum statements open with "did", "have", "when", "could", "doesn't" ("Did a 10k Sunday", "When
// I run downhill, it hurts", "Doesn't hurt walking"), so those only count with a question mark.
const ASKING_OPENERS = new Set([
  'what',
  'whats',
  'why',
  'how',
  'hows',
  'where',
  'which',
  'who',
  'is',
  'are',
  'do',
  'does',
  'should',
  'would',
  'any',
  'anyone',
  'anybody',
  'thoughts',
  'advice',
  'help',
  'tips',
  'suggestions',
  'ideas',
  'recommendations',
]);
const OPENING_FILLERS = new Set([
  'so',
  'but',
  'and',
  'also',
  'ok',
  'okay',
  'anyway',
  'anyways',
  'basically',
  'well',
  'now',
  'then',
  'question',
  'q',
  'honestly',
  'honest',
  'quick',
  'my',
  'main',
  'real',
  'i',
  'guess',
  'just',
  'hi',
  'hey',
  'all',
  'thanks',
]);
const STATEMENT_AFTER_I = new Set(['is', 'are', 'do', 'does', 'should', 'would']);
// Asking phrases anywhere in a sentence ("I was wondering if…", "any advice would be great").
// A polite request asks too ("I would like to make an appointment", "please have someone call me").
const ASKING_PHRASES =
  /\b((would|d) like (to (make|book|schedule|set up|get|have|see|speak|talk)|an? (appointment|callback|call))|(want|need) to (make|book|schedule) |please (have|ask|get) (someone|somebody|a )|any (advice|tips|ideas|suggestions|thoughts|recommendations|help)|advice (please|appreciated|welcome)|wondering (if|whether|what|how|why|when)|want(ed)? to know|like to know|need (some |any )?(advice|help|ideas|tips|suggestions|input)|(love|appreciate) (any |some )?(advice|tips|ideas|suggestions|input|help)|(has|have|got) (any )?(advice|tips|ideas|suggestions)|(no idea|not (quite |really |entirely |totally )?sure|do not know|don'?t (really )?know) (what (to do|is best|i should do|i am going to do|im going to do|i will do|ill do)|(whether|if) (i should|to))|what gives|help me|should i|do i need|is it (ok|okay|normal|safe|bad|possible|worth|time)|what (could|should|would|can|do|is)|how (do|can|long|much|often|soon|should)|can (i|you|we)|could (it|this) be|is (this|that) (a|an|normal|ok|okay|serious|something)|recommend)\b/;

/** Splits a message into sentences; a sentence holding two questions is split at the second. */
export function splitPost(
  text: string,
  rules: AskingRules = { asks: englishAsks, secondQuestionAt: englishSecondQuestionAt },
): PostPart[] {
  // An ellipsis ends a sentence too, spaced or not ("…no improvement…please can you help?"): round 22.
  const sentences = text
    .split(/(?<=[.!?…])\s+|(?<=\?)(?=\S)|(?<=…|\.\.\.)(?=[A-Za-z])|\n+|;\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const parts: PostPart[] = [];
  const title = TITLE.exec(text)?.[1];
  for (const sentence of sentences) {
    for (const clause of splitQuestions(sentence, rules)) parts.push({ text: clause, asks: rules.asks(clause) });
  }
  const first = parts[0];
  if (title && first && first.text === title.trim() && !/\.$/.test(title) && wordCount(title) <= TITLE_MAX_WORDS)
    first.title = true;
  return parts;
}

/**
 * "Can I keep cycling while it hurts, and when can I start running again?" holds two questions:
 * a comma (or "and also") followed by a word that opens a question starts the second one.
 */
function splitQuestions(sentence: string, rules: AskingRules): string[] {
  const at = rules.secondQuestionAt(sentence);
  if (at <= 0) return [sentence];
  const first = sentence.slice(0, at).trim();
  const rest = sentence.slice(at + 1).trim();
  // Only when the first part asks too; "When I run, how…" is one question.
  if (!rules.asks(first)) return [sentence];
  return [first, ...splitQuestions(rest, rules)];
}

export function englishSecondQuestionAt(sentence: string): number {
  return sentence.search(
    /,\s*(and|or|also|plus)?\s*(also\s+)?(what|why|how|when|where|which|is|are|do|does|can|could|should|would|will)\b/i,
  );
}

export function englishAsks(sentence: string): boolean {
  const folded = fold(sentence).trim();
  if (folded.endsWith('?')) return true;
  const words = folded
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/'/g, '')
    .split(/\s+/)
    .filter(Boolean);
  let i = 0;
  while (i < words.length - 1 && OPENING_FILLERS.has(words[i]!)) i++;
  // "I would say…", "I do stretch", "I should rest": after "I" a verb opens a statement, not a question.
  const afterI = i > 0 && words[i - 1] === 'i' && STATEMENT_AFTER_I.has(words[i]!);
  if (i < words.length && ASKING_OPENERS.has(words[i]!) && !afterI) return true;
  return ASKING_PHRASES.test(folded);
}

/** Number of words, the cheap way (long posts are told apart from short questions by it). */
export function wordCount(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (w) n++;
  return n;
}
