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

/** A short answer of which knee: "both", "both knees", "just the left one". */
const WHICH_KNEE =
  /^(?:(?:it s|its|it is|in|on)\s+)?(?:both|both (?:knees|sides|legs|of them)|(?:just |only )?(?:the )?(?:left|right)(?: one| knee| side)?|(?:just |only )?one (?:knee|side)|(?:las dos|ambas|las dos rodillas|ambas rodillas|los dos lados)|(?:solo |nomas )?(?:la )?(?:izquierda|derecha))$/;

/** A short answer of how long: "3 weeks", "about a month now", "since summer", "unas 3 semanas". */
const HOW_LONG =
  /^(?:(?:about|around|maybe|like|for|over|almost|nearly|roughly|probably|it s been|its been|been)\s+)*(?:a|an|one|two|three|four|five|six|few|a few|couple|a couple|a couple of|\d+)\s+(?:days?|weeks?|wks?|months?|mos?|years?|yrs?)(?:\s+(?:now|ago|or so))?$|^(?:(?:unas?|como|hace|desde hace|mas de|casi)\s+)*(?:un|una|dos|tres|cuatro|cinco|seis|\d+)\s+(?:dias?|semanas?|meses|mes|anos?)(?:\s+(?:ya|mas o menos))?$/;

/** A warning sign said not to be there: "no limp", "no fever", "it doesn't wake him at night", "sin fiebre". */
const SIGN_DENIED =
  /\b(?:no|not|never|doesnt|doesn t|isnt|isn t|hasnt|hasn t|hes not|shes not|without|nor|sin|ni|no tiene|no le|no se)\b(?:\s+\w+){0,4}?\s+(?:limp\w*|fever\w*|temperature|night|nights|wak\w*|woke|swell\w*|swollen|red|redness|hot|warm|rest|cojea\w*|fiebre|calentura|noche|despierta|hinchad\w*)\b/g;

/**
 * A short reply during the questions that tells what was not asked yet ("both", "3 weeks") or says
 * the warning signs are not there ("no limp, no fever, it doesn't wake him at night"): taken in with
 * its own word (and, for the signs, which ones would need a same-day check), never "I didn't catch that".
 */
export function shortRemarkKey(
  text: string,
): 'remark-which-knee' | 'remark-how-long' | 'remark-reassuring' | undefined {
  const t = foldToWords(text);
  if (WHICH_KNEE.test(t)) return 'remark-which-knee';
  if (HOW_LONG.test(t)) return 'remark-how-long';
  if ((t.match(SIGN_DENIED) ?? []).length >= 2) return 'remark-reassuring';
  return undefined;
}
