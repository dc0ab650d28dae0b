// A remark during the questions ("been like this over a year, tried rest and a brace, nothing
// changes"): taken in with a word of its own when it says something a clinician would act on, not
// only "thanks". Pain that has lasted months despite rest and self-care is worth having checked
// (NICE CKS knee pain; AAOS: see a doctor if it does not improve with rest). Folded words, EN+ES.
import { foldToWords } from '../../src/text';

/** Months or more: "over a year", "6 months", "since last summer", "hace meses", "más de un año". */
const LONG_STANDING =
  /\b(?:(?:over|more than|almost|nearly|about|for|past|last)\s+(?:a|one|two|\d+)\s+(?:years?|months?)|(?:a|one|two|\d+|several|many|few)\s+(?:years?|months?)\s+(?:now|already|ago)|for (?:years|months)|since last (?:year|summer|spring|fall|autumn|winter)|(?:mas de|casi|hace|desde hace)\s+(?:un|una|dos|tres|\d+|varios|muchos)?\s*(?:anos?|meses)|hace (?:anos|meses)|desde el ano pasado)\b/;

/** Self-care tried without change: "tried rest", "nothing helps", "no me ha servido nada". */
const NOTHING_HELPS =
  /\b(?:nothing (?:helps|helped|changes|changed|works|worked)|(?:hasnt|hasn t|didnt|didn t|doesnt|doesn t|has not|did not|does not) (?:helped|help|changed|change|worked|work|gotten better|got better|improved|improve)|no (?:change|better|improvement)|tried (?:rest|resting|ice|icing|a brace|the brace|stretching|physio|pt|everything|it all)|(?:nada|no me|nada me) (?:ha )?(?:sirve|sirvio|servido|ayuda|ayudo|ayudado|funciona|funciono|funcionado)|sigue igual|no mejora|no ha mejorado|ya probe)\b/;

/** The message key for a remark worth its own word, or undefined ("thanks, that helps" then). */
export function remarkNoteKey(text: string): 'remark-long-lasting' | undefined {
  const t = foldToWords(text);
  return LONG_STANDING.test(t) && NOTHING_HELPS.test(t) ? 'remark-long-lasting' : undefined;
}
