// What a button offered at the top level leads to. Kept beside the Choice in conversation state,
// so "Call the clinic" or a follow-up title routes exactly, without asking the matcher again.
import type { KneeLocation, Language } from '../src/knowledge/types';
import type { Choice, Reply } from '../src/rendering/reply';

export type Route =
  | { kind: 'entry'; id: string }
  | { kind: 'call' }
  | { kind: 'callback' }
  | { kind: 'hours' }
  | { kind: 'assess'; location?: KneeLocation }
  | { kind: 'ask' }
  | { kind: 'none' }
  | { kind: 'language'; language: Language };

export interface OfferedChoice extends Choice {
  route: Route;
}

/** The plain Choices of a set of offers (what the renderer and recognizeChoice see). */
export function choicesOf(offers: OfferedChoice[]): Choice[] {
  return offers.map(({ label, value }) => ({ label, value }));
}

/** One offer per distinct value; the first wins (a follow-up never shadows "Call the clinic"). */
export function dedupeOffers(offers: OfferedChoice[]): OfferedChoice[] {
  const seen = new Set<string>();
  return offers.filter((o) => {
    const key = o.value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A Reply together with the routes of its buttons (reply.choices is derived from offers). */
export interface RoutedReply {
  reply: Reply;
  offers: OfferedChoice[];
}

/** Builds a RoutedReply whose reply.choices mirror the offers (none → no choices at all). */
export function routed(reply: Omit<Reply, 'choices'>, offers: OfferedChoice[] = []): RoutedReply {
  const unique = dedupeOffers(offers);
  return { reply: unique.length > 0 ? { ...reply, choices: choicesOf(unique) } : { ...reply }, offers: unique };
}
