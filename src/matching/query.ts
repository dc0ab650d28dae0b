// A read message as a scoring query: the place it steers to, the symptoms that lift entries, a
// named diagnosis's lift, and each known term's weight (src/matching/score.ts scores it).
import type { Analysis } from './analyzer';
import { LOCATION_CODE, type MatcherIndex } from './buildIndex';
import { mentionsKnee } from './outOfScope';
import type { ReadMessage } from './read';
import type { Query } from './score';
import type { Understanding } from './types';

export type QueryOf = (message: ReadMessage) => { query: Query; understanding: Understanding; locationNote?: string };

export function createQueryBuilder(ix: MatcherIndex, analyzeText: (text: string) => Analysis): QueryOf {
  const cfg = ix.cfg;
  // An activity's own entry is the one whose title names it ("Knee pain from cycling"): activity stem → entries.
  const activityEntries = new Map<string, number[]>();
  ix.entries.forEach((e, i) => {
    if (e.location || e.kind === 'clinic') return;
    for (const t of new Set(analyzeText(e.title).terms))
      if (ix.activityTerms.has(t)) activityEntries.set(t, [...(activityEntries.get(t) ?? []), i]);
  });

  function query(message: ReadMessage): { query: Query; understanding: Understanding; locationNote?: string } {
    const terms = message.analysis.terms;
    let hit = message.sorePlace ?? ix.extractor.location(terms);
    // A bare "back" or "inside" only names a place on the knee when the knee is in the message
    // ("easing back into running" is not about the back of the knee). understand() is looser: it
    // reads an answer to "where does it hurt?", where "the back" is enough.
    // In a long post the place must be named as a place in one clause: its idioms ("cut back",
    // "a week back", "the back leg") do not put the pain behind the knee.
    let named = hit && (message.placed ? message.placed.has(hit.location) : true);
    // The first place named may be only an idiom ("came back… pain on the outside"): then the most
    // specific place the post does name as a place.
    if (hit && !named && message.placed && !message.sorePlace) {
      const placed = ix.extractor.locations(terms).find((h) => message.placed!.has(h.location));
      if (placed) [hit, named] = [placed, true];
    }
    const steer =
      hit && named && (mentionsKnee(terms, ix.kneeTerms) || hit.alias.split(/\s+/).length > 1)
        ? hit.location
        : undefined;
    const understanding: Understanding = {
      location: steer,
      symptomIds: steer ? ix.extractor.symptoms(terms, steer) : [],
      truncated: message.truncated,
    };
    const pointedBy = new Map<number, number>();
    const place = steer ? ix.knowledge.locations.find((l) => l.id === steer) : undefined;
    for (const sq of place?.symptomQuestions ?? []) {
      if (!understanding.symptomIds.includes(sq.id)) continue;
      for (const id of sq.pointsTo) {
        const e = ix.indexOfId.get(id);
        if (e !== undefined) pointedBy.set(e, (pointedBy.get(e) ?? 0) + 1);
      }
    }
    const lift = new Map<number, number>();
    for (const [e, hits] of pointedBy) lift.set(e, Math.min(cfg.symptomBoostCap, cfg.symptomBoost * hits));
    // A post that names a diagnosis ("diagnosed with osteoarthritis", "my ACL is torn") asks in its
    // light, whatever the question's own words ("can I keep running?").
    if (cfg.postNamedBoost > 0) {
      for (const i of message.named ?? [])
        for (const e of ix.diagnoses[i]!.entries) lift.set(e, Math.min(1, (lift.get(e) ?? 0) + cfg.postNamedBoost));
    }
    const unique = [...new Set(terms)];
    const factor = (t: string): number => message.factors?.get(t) ?? 1;
    const known = unique.filter((t) => ix.idf.has(t));
    const query: Query = {
      ids: Int32Array.from(known, (t) => ix.termId.get(t)!),
      weights: Float64Array.from(known, (t) => ix.idf.get(t)! * factor(t)),
      total: unique.reduce((sum, t) => sum + (ix.idf.get(t) ?? cfg.unknownWordWeight) * factor(t), 0),
      wanted: steer ? LOCATION_CODE[steer] : 0,
      lift,
      post: message.post,
      anyPlace: steer && message.post ? ownActivity(terms) : undefined,
    };
    return { query, understanding, locationNote: steer ? `location ${steer} (from "${hit?.alias}")` : undefined };
  }

  /**
   * The entries of the activity a long post's story is about (its word at least twice: "rides",
   * "the bike", "my cycling"): the place the post names is where that activity hurts, so those
   * entries keep their score beside the place's own.
   */
  function ownActivity(terms: readonly string[]): Set<number> | undefined {
    let out: Set<number> | undefined;
    for (const [t, entries] of activityEntries)
      if (terms.filter((x) => x === t).length >= cfg.postActivityMentions)
        for (const e of entries) (out ??= new Set()).add(e);
    return out;
  }

  return query;
}
