// "nvm", "forget it, start over", "ok never mind": quitting or restarting said anywhere in a message,
// clause by clause, unless the person goes on to ask something new ("nvm, what about box jumps?").
import { classifyCommand } from './commands';

/** Words that open a clause without changing what it asks: "no, stop", "ugh forget it", "ok never mind". */
const INTERJECTIONS =
  /^(?:(?:no|nope|nah|ok|okay|oh|ugh|argh|actually|um|uh|hmm|sorry|wait|please|just|so|well|yeah|yes|hey|look|honestly|you know what|on second thought)\s+)+/;
/** Quitting phrases that mean it wherever a clause starts or ends with them. */
const CANCEL_EDGE =
  /^(?:forget (?:it|that|this|about it)|never ?mind|nvm|cancel (?:that|this|it|the request|my request|everything)|i (?:ve )?changed my mind|dont bother|stop asking)\b|\b(?:forget (?:it|that|this|about it)|never ?mind|nvm|cancel (?:that|this|it)|dont bother)$/;
/** A clause that opens a new question ("what about box jumps", "how long does it take"). */
const ASKS_NEXT =
  /^(?:what|whats|how|hows|why|when|where|which|who|can|could|should|is|are|do|does|will|would|que|como|cuanto|cuando|donde|puedo|debo)\b|^(?:tell|explain|show|give|talk|help) (?:me|us)\b|^(?:tell|talk) about\b|^(?:dime|digame|dígame|cuentame|cuéntame|expliqueme|explíqueme|explicame|explícame|hablame|háblame|hableme|hábleme)\b/;
// ("forget it, just tell me about rehab": the opening "just" is an interjection, so the request is the next clause.)
/** A place on the knee said with it ("no forget it, it's the front"): taking back what was said, not quitting. */
const NAMES_PLACE =
  /\b(?:front|back|inside|outside|inner|outer|kneecap|behind|below|above|under|enfrente|atras|adentro|afuera|rotula)\b/;
/** Restarting phrases: only at a clause's end ("forget it, start over"), never "start over my training". */
const RESTART_END =
  /\b(?:(?:start (?:over|again|from scratch|afresh)|begin again)(?: from the (?:beginning|start|top))?|from the top)$/;

/**
 * Quitting or restarting said inside a longer message: "nevermind forget it", "ugh, no stop",
 * "ok forget it, start over", "cancel that please". Each clause is read on its own, so "I had to
 * stop running" stays a question. A restart anywhere wins over a cancel ("forget it, start over").
 */
export function quitCommand(text: string): 'cancel' | 'start-over' | undefined {
  const clauses = text
    .toLowerCase()
    .replace(/['’`]/g, '')
    .split(/[,.!?;:()\u2013\u2014]+|\s+-\s+|\s+(?:and|but|so|then)\s+/)
    .map((c) =>
      c
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()
        .replace(INTERJECTIONS, '')
        .trim(),
    )
    .filter((c) => c !== '');
  let found: 'cancel' | 'start-over' | undefined;
  for (const [i, clause] of clauses.entries()) {
    const whole = classifyCommand(clause);
    if (whole === 'start-over' || RESTART_END.test(clause)) return 'start-over';
    // "nvm, what about box jumps?", "no forget it, it's the front": dropping the last thing said to
    // say something new, not quitting.
    const asksNext =
      clauses.slice(i + 1).some((c) => ASKS_NEXT.test(c) || NAMES_PLACE.test(c)) ||
      NAMES_PLACE.test(clause.replace(CANCEL_EDGE, ''));
    if ((whole === 'cancel' || CANCEL_EDGE.test(clause)) && !asksNext) found = 'cancel';
  }
  return found;
}
