// A relative's cancer told beside a knee or bone pain: family history when the pain is the writer's
// ("mi mamá tuvo cáncer y a mí me duele la rodilla"), the relative's own sign when the pain is told
// as theirs ("mi papá tuvo cáncer … y ahora le empezó un dolor nuevo en el hueso"). Read from the
// words themselves: the patterns treat "le" and "me" alike (index.ts sameRole), so the yaml cannot.
import type { Hit } from '../../match';
import type { Sentence } from '../../normalize';
import { CANCER_WORDS } from './cues/secondLine';
import { RELATIVE_WORDS } from './cues/whose';

/** "le duele", "le empezó un dolor", "le dio un dolor": a pain told as someone else's. */
const PAIN_VERBS: ReadonlySet<string> = new Set(['duele', 'duelen', 'empezo', 'comenzo', 'dio', 'salio', 'molesta']);

function painOf(sentences: readonly Sentence[], who: string): boolean {
  return sentences.some(({ words }) =>
    words.some((w, i) => w === who && words.slice(i + 1, i + 3).some((v) => PAIN_VERBS.has(v))),
  );
}

/** The hit names a relative's cancer, and the pain told is not theirs: family history, not a sign. */
export function isFamilyHistory(sentences: readonly Sentence[], s: number, hit: Hit): boolean {
  const { words } = sentences[s] as Sentence;
  const relativesCancer = hit.some(
    (i) =>
      CANCER_WORDS.has(words[i] as string) && words.slice(Math.max(0, i - 5), i).some((w) => RELATIVE_WORDS.has(w)),
  );
  if (!relativesCancer) return false;
  return !(painOf(sentences, 'le') && !painOf(sentences, 'me'));
}
