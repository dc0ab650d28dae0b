// The pure decisions of the main conversation: what a message is (a correction, a statement of
// pain, a bare yes/no), when free text starts the assessment, which buttons of a foreign Reply are
// routed. No botbuilder here; dialogs/mainDialog.ts does the talking. The callback's pure half is
// ./callback.ts.
import { normalizeChoiceText } from '../../src/channels/choices';
import { foldToWords } from '../../src/text';
import type { KnowledgeEntry } from '../../src/knowledge/types';
import type { MatchResult, ScoredEntry } from '../../src/matching/types';
import type { Reply } from '../../src/rendering/reply';
import type { AssessmentOptions } from '../assessmentDialog';
import { classifyCommand, mentionsPain, type Command } from '../commands';
import { asksForCallback } from './callback';
import type { OfferedChoice, RoutedReply } from '../routes';

/**
 * A Reply built elsewhere (triage): its buttons keep their wording; the ones that mean call or
 * callback are routed as such, any other goes through the usual routing as typed text.
 */
export function foreign(reply: Reply): RoutedReply {
  const offers: OfferedChoice[] = [];
  for (const c of reply.choices ?? []) {
    const command = classifyCommand(c.value) ?? classifyCommand(c.label);
    if (command === 'call' || command === 'callback') offers.push({ ...c, route: { kind: command } });
  }
  return { reply, offers };
}

/** A clinic entry whose facts (phone, hours, address) are all on the hand-off card. */
export function isClinicFact(entry: KnowledgeEntry): boolean {
  return entry.kind === 'clinic' && (entry.action === undefined || entry.action === 'call' || entry.action === 'hours');
}

/** How close a second clinic fact must score to the first for both to count as asked (90 %). */
const BOTH_FACTS_RATIO = 0.9;

/** Two different clinic facts, the second scoring nearly as well as the first ("your hours and where are you"). */
export function bothClinicFacts(first: ScoredEntry, second: ScoredEntry | undefined): boolean {
  return (
    second !== undefined &&
    first.entry.id !== second.entry.id &&
    isClinicFact(first.entry) &&
    isClinicFact(second.entry) &&
    second.score >= BOTH_FACTS_RATIO * first.score
  );
}

/** "hi", "thanks", "bye": answered with a short human reply (or, in a flow, ignored). */
/**
 * "my kne", "the knee", "mi rodilla": only the knee named, nothing said about it yet (a message sent
 * too soon, often on a phone): the person is invited to go on, not shown a menu of guesses.
 */
const ONLY_THE_KNEE =
  /^(?:(?:so|um|umm|uh|ok|well|hi|hello|y|pues|hola|este)\s+)*(?:(?:my|the|his|her|mi|la|su|el)\s+)?(?:(?:right|left|derecha|izquierda)\s+)?(?:knee|knees|kne|knne|kee|nee|kneee|rodilla|rodillas|rodila|rodiya)(?:\s+(?:right|left|derecha|izquierda))?$/;
export function onlyTheKnee(text: string): boolean {
  return ONLY_THE_KNEE.test(foldToWords(text));
}

export function isSmallTalk(command: Command | undefined): command is 'greeting' | 'thanks' | 'bye' {
  return command === 'greeting' || command === 'thanks' || command === 'bye';
}

/** "actually …", "no, more on …", "I meant …": a statement that corrects what was said before. */
const CORRECTION =
  /^(?:actually|no|nope|sorry|oops|wait|i meant|i mean|correction|its more|more on|more like|rather)\b/;

export function isCorrection(text: string): boolean {
  return !text.includes('?') && CORRECTION.test(normalizeChoiceText(text));
}

const QUESTION_START = /^\s*(what|why|how|when|where|which|who|should|can|could|is|are|does|do|will|would|may)\b/i;
/** Spanish question openings, on accent-folded text ("¿por qué …" → "por que …"). */
const QUESTION_START_ES = /^(que|por que|como|cuando|donde|cual|cuales|quien|puedo|debo|deberia|es normal|se puede)\b/;

/** "ok", "fine.", "pero": a lead-in before the question itself ("fine. what do i tell the ER"). */
const LEAD_IN =
  /^(?:(?:ok(?:ay)?|fine|so|and|but|also|oh|wait|um+|hm+|lol|lmao|haha|same|btw|anyway|anyways|bueno|pero|oye|y)\b[\s.,!]*)+/i;

/**
 * "wait, back to my question: …", "re my earlier question, …": a return to one's own question, which
 * says nothing of it. Dropped before matching (the question follows it), and it marks the message as
 * put to the bot in a group chat.
 */
const BACK_TO_MY_QUESTION =
  /^(?:(?:wait|ok(?:ay)?|so|anyway|anyways|um+|hm+|sorry|but|oh)\b[\s,.!-]*)*(?:(?:going |getting |coming |circling |bringing it )?back to (?:my|our) (?:original |first |earlier |actual |real )?(?:question|q)|(?:re|about|on) my (?:earlier |first |original )?question|(?:you didn ?t|you never|u didnt|you didnt) answer(?:ed)? my (?:earlier |first |original )?question)\b[\s,.:;!-]*/i;

/** A reaction said first, as a sentence of its own, in a group chat: "lol same.", "haha yeah!" */
const REACTION_FIRST = /^(?:(?:lol|lmao|haha+|hehe+|same|yeah|yep|omg|ikr|true|fr|ok|okay|right)\b[\s,]*)+[.!]+\s+/i;

/**
 * The message without an opening that says nothing of the question ("back to my question", "lol
 * same."); the message itself when it has none or nothing follows it.
 */
export function withoutOpening(text: string): string {
  const rest = text.replace(REACTION_FIRST, '').replace(BACK_TO_MY_QUESTION, '');
  return rest !== text && rest.trim() !== '' ? rest.trim() : text;
}

/** "What are your hours?", "fine. what do i tell the ER", "¿qué hago mientras?": a question put to the bot. */
export function isQuestion(text: string): boolean {
  const t = text.trim().replace(LEAD_IN, '');
  return t.includes('?') || QUESTION_START.test(t) || QUESTION_START_ES.test(foldToWords(t));
}

/** "my knee hurts after long runs" (a report), not "why does my knee hurt?" (a question). */
function isStatement(text: string): boolean {
  return (
    !text.includes('?') &&
    !QUESTION_START.test(text) &&
    !QUESTION_START_ES.test(foldToWords(text)) &&
    text.trim().split(/\s+/).length <= 10
  );
}

/** The entry ids a match result names, for logs and the unanswered log. */
export function topIds(result: MatchResult): string[] {
  switch (result.kind) {
    case 'answer':
      return [result.best.entry.id];
    case 'clarify':
      return result.candidates.map((c) => c.entry.id);
    case 'unknown':
      return result.suggestions.map((s) => s.entry.id);
    case 'out-of-scope':
      return [];
  }
}

/**
 * When free text should start the guided assessment: it names a location and says it hurts
 * ("pain along the outside of my knee") and the matcher did not find a specific other topic
 * (a question about healing time that mentions "outer knee pain" is still answered as such).
 */
export function assessmentFor(result: MatchResult, text: string): AssessmentOptions | undefined {
  const u = result.understanding;
  if (!mentionsPain(text)) return undefined;
  // "Is this the IT band thing, and should I change my saddle or my cleats first?": two questions the
  // matcher can each answer are answered; a quiz would leave both unanswered.
  if (result.kind === 'answer' && result.second) return undefined;
  // "my knee hurts": a statement of pain the matcher cannot place → ask where (not "did you mean").
  if (!u.location) return result.kind !== 'answer' && isStatement(text) ? {} : undefined;
  // The best reading, answered or offered first, must be about that spot (a condition or the place's
  // overview) or the assessment itself: "my 12-year-old's knee hurts below the kneecap" is first a
  // question about children's knees, not the adult kneecap questions.
  const best = result.kind === 'answer' ? result.best : result.kind === 'clarify' ? result.candidates[0] : undefined;
  if (best) {
    const e = best.entry;
    const sameSpot =
      (e.kind === 'location' || e.kind === 'condition') && (e.location === undefined || e.location === u.location);
    const startsAssessment = e.action === 'assess';
    if (!sameSpot && !startsAssessment) return undefined;
  }
  return { location: u.location, symptomIds: u.symptomIds };
}

/** "do you do callbacks?", "how does a callback work?": a question about callbacks, not a request. */
const ABOUT_CALLBACKS = /^\s*(?:(?:and|so|ok|okay|also|then)\b[\s,]*)?(?:do|does|how|what|when|is|are|will|who)\b/i;

/**
 * A request to be called back: the command on its own ("call me back"), or said inside a longer
 * message that may carry the details ("Hi, I'm Robert Chen, please call me at 214-555-0177").
 */
export function isCallbackRequest(text: string, command: Command | undefined): boolean {
  if (command === 'callback') return true;
  if (command !== undefined) return false;
  return asksForCallback(text) && !(text.includes('?') && ABOUT_CALLBACKS.test(text));
}

/** "this stupid knee", "my left knee", "my knees": the person talks about their own knee. */
const OWN_KNEE = /\b(?:my|this|me|the)\s+(?:\w+\s+){0,2}knees?\b/i;
/** "mi rodilla", "esta rodilla", "me duele la rodilla" (accent-folded). */
const OWN_KNEE_ES = /\b(?:mi|mis|esta|me \w+ la|me \w+ las)\s+(?:\w+\s+){0,1}rodillas?\b/;

/** A statement about the person's own knee ("my knee feels weird"), not a question that mentions it. */
export function aboutOwnKnee(text: string): boolean {
  return isStatement(text) && (OWN_KNEE.test(text) || OWN_KNEE_ES.test(foldToWords(text)));
}

/** "no tengo tiempo para preguntas", "no questions, just call me": the person wants a person, not the questions. */
const NO_QUESTIONS =
  /\b(?:no|dont have|don t have|havent got|not|ni)(?: tengo| tenemos)? (?:the )?(?:time|tiempo)\b.*\b(?:questions|quiz|preguntas|cuestionario)\b|\b(?:no|skip the|without|sin|basta de|ya no|no mas) (?:more )?(?:questions|preguntas)\b|\bno (?:quiero|voy a) (?:contestar|responder) (?:\w+ )?preguntas\b|\bstop (?:asking|the questions)\b/;

export function refusesQuestions(text: string): boolean {
  return NO_QUESTIONS.test(foldToWords(text));
}

/** A knee operation: "total knee replacement", "ACL reconstruction", "my scope", "post-op". */
const OPERATION =
  /\b(?:surgery|surgeries|operation|op|operated|replacement|replaced|tkr|tka|arthroscopy|scope|scoped|reconstruction|meniscectomy|menisectomy|post ?op|repair|(?:meniscus|cartilage) (?:trimmed|shaved|cleaned up))\b/;
/** Told as one's own and recent: "10 days out from", "3 weeks ago", "I had", "since my", "after my". */
const OWN_RECENT =
  /\b(?:\w+ (?:days?|weeks?|wks?|months?) (?:out|post|since|after|ago)|i had|i ve had|ive had|i just had|had my|since my|after my|from my|from (?:a|the|my) (?:left|right)|my (?:left |right )?(?:knee |total knee |partial knee |acl |meniscus )?(?:surgery|operation|replacement|scope|reconstruction|repair))\b/;

/**
 * The person's own recent knee operation: "I'm 10 days out from a left total knee replacement", "since my
 * scope 3 weeks ago". A tie between topics is then read as the after-surgery one (dialogs/mainAnswers.ts).
 */
export function afterOwnSurgery(text: string): boolean {
  const t = normalizeChoiceText(text);
  return OPERATION.test(t) && OWN_RECENT.test(t);
}
