// Spanish framings that name red-flag signs without reporting one: what a nurse sees at work, what a
// coach explains to the team. The same hook as the English all-clear story (src/triage/allClear.ts).
import type { Hit } from '../../match';
import type { Sentence } from '../../normalize';
import { hasPhrase } from '../../phrases';
import { OWN_BODY_WORDS, ROLE_LEADS, SEEN_OR_TAUGHT_PHRASES, WORK_ROLES, WORKPLACE_PHRASES } from './cues/framing';

/**
 * "Soy enfermera de ER y veo de todo: rodillas dislocadas, coágulos": a role or workplace named by the
 * writer, many cases seen or a lesson to give, and the sign's own sentence not about the writer's body.
 * The writer's own complaint in another sentence is read there, on its own.
 */
export function isSeenAtWork(sentences: readonly Sentence[], s: number, _hit: Hit): boolean {
  const sentence = sentences[s] as Sentence;
  if (sentence.words.some((w) => OWN_BODY_WORDS.has(w))) return false;
  const upTo = sentences.slice(0, s + 1);
  const role = upTo.some(({ words }) =>
    words.some((w, i) => WORK_ROLES.has(w) && words.slice(Math.max(0, i - 3), i).some((v) => ROLE_LEADS.has(v))),
  );
  const place = upTo.some(({ words }) => hasPhrase(words, 0, words.length, WORKPLACE_PHRASES));
  if (!role && !place) return false;
  return sentences.some(({ words }) => hasPhrase(words, 0, words.length, SEEN_OR_TAUGHT_PHRASES));
}
