// The labelled sets `npm run eval` scores, and which of them are held out (never tuned on). One home
// for that list: the eval prints from it and scripts/train-rerank-model.ts trains only on the sets
// marked heldOut: false.

export interface EvalSet {
  name: string;
  files: string[];
  heldOut: boolean;
}

// Held out (never tuned on; only aggregate numbers are looked at): short questions written fresh
// (blind.jsonl) and real forum posts (posts-blind.jsonl, split off by their collector). Tuning data:
// the older short sets, the tune half of the real posts and our own long-post examples.
export const SETS: EvalSet[] = [
  // (Spanish sets are in SPANISH_SETS below, scored against knowledge/es.)
  { name: 'short questions', files: ['blind.jsonl'], heldOut: true },
  { name: 'real posts', files: ['posts-blind.jsonl'], heldOut: true },
  // Round 5: 70 + 15 more real posts (walkers, gardeners, dancers, parents…; sources kept), collected
  // blind on 5 Dec and scored once on the final code of the round; never tuned on.
  { name: 'real posts r5', files: ['posts-blind-r5.jsonl'], heldOut: true },
  // Written blind for this round's new entries and clinic-visit questions; scored once, never tuned on.
  { name: 'new topics', files: ['topics-blind.jsonl'], heldOut: true },
  // Round 7: the held 40 % of a blind short-question set and of 78 real posts (the other 60 % are the
  // tuning sets short-r5 / posts-r6); scored at the start and on the final code, never tuned on.
  { name: 'short questions r5 (held)', files: ['short-blind-r5.jsonl'], heldOut: true },
  { name: 'real posts r6 (held)', files: ['posts-blind-r6.jsonl'], heldOut: true },
  // Round 8: the held 40 % of a new writer's short questions and of 91 real posts (61 sites); the
  // other 60 % are tuning sets (short-r8.jsonl, posts-r8.jsonl).
  { name: 'short questions r8 (held)', files: ['short-blind-r8.jsonl'], heldOut: true },
  { name: 'real posts r8 (held)', files: ['posts-blind-r8.jsonl'], heldOut: true },
  // Round 9: the held 40 % of 80 real posts + 20 out-of-scope from a new collector (74 sites); the
  // coordinator adds it at merge (skipped until then). The other 60 % is posts-r9.jsonl below.
  { name: 'real posts r9 (held)', files: ['posts-blind-r9.jsonl'], heldOut: true },
  // Round 10: the held 40 % of 80 real posts + 20 out-of-scope from a new collector (66 sites), never
  // tuned on; scored on the start code (main 66a3cae: top-1 53.1 %, wrong 12.5 %) and the final code.
  { name: 'real posts r10 (held)', files: ['posts-blind-r10.jsonl'], heldOut: true },
  // Round 12: the held 62 of 100 real posts (88 sites, many ask-the-doctor letters), never tuned on;
  // "expect" lists every entry a second labeller, blind to the bot, accepted. Start code (1463b1d):
  // top-1 44.2 %, wrong 1.9 %, out of scope 7/10. The other 38 are posts-r12.jsonl.
  { name: 'real posts r12 (held)', files: ['posts-blind-r12.jsonl'], heldOut: true },
  // Round 13: the held half of 60 real posts + 15 out-of-scope (67 sites, 78 % non-runners), never
  // tuned on. Start code (57628c3): top-1 56.7 %, wrong 6.7 %, out of scope 87.5 % (on 38 posts; three
  // that repeat an earlier round's post were taken out when the file was added in round 14).
  { name: 'real posts r13 (held)', files: ['posts-blind-r13.jsonl'], heldOut: true },
  // Round 14: the held half of 60 real posts + 15 out-of-scope (72 sites, 95 % non-runners, many
  // blogs), never tuned on. Start code (eed3d10): top-1 46.7 %, wrong 3.3 %, out of scope 100 % (on 38
  // posts; three that repeat a round-12 post were then taken out).
  { name: 'real posts r14 (held)', files: ['posts-blind-r14.jsonl'], heldOut: true },
  { name: 'real posts r15 (held)', files: ['posts-blind-r15.jsonl'], heldOut: true },
  // Round 16: the held half of 60 real posts + 15 out-of-scope (66 sites, 39 % runners; split by file
  // order), never tuned on. Start code (1fd5200): top-1 53.3 %, wrong 3.3 %, out of scope 100 %.
  { name: 'real posts r16 (held)', files: ['posts-blind-r16.jsonl'], heldOut: true },
  // Round 18: the held half of 30 real posts + 8 out-of-scope (mostly blogs: cyclists, jiu-jitsu, yoga,
  // dancers, older adults; no runners), never tuned on. Start code (d1698ec): top-1 53.3 %, wrong 0 %,
  // out of scope 100 %.
  { name: 'real posts r18 (held)', files: ['posts-blind-r18.jsonl'], heldOut: true },
  // Round 19: the held half of 40 + 10 real posts (48 domains, 42 new; mostly personal blogs), never tuned
  // on; start code (4e67adc) top-1 70.0 %, wrong 0 %, out of scope 4/5. The other half is posts-r19.jsonl.
  { name: 'real posts r19 (held)', files: ['posts-blind-r19.jsonl'], heldOut: true },
  // Round 20: the held half of 40 + 14 real posts (two blind collectors, 48 domains, 36 new; blogs, forums,
  // newspaper columns), never tuned on; start code (2787114) top-1 55.0 %, wrong 0 %, out of scope 5/7.
  // The other half is posts-r20.jsonl.
  { name: 'real posts r20 (held)', files: ['posts-blind-r20.jsonl'], heldOut: true },
  // Round 21: the held half of one blind collector's posts (blogs and forums; the pages corpus is nearly used
  // up: 27 posts from 27 pages, 12 new domains), never tuned on; start code (02626aa) top-1 1/6, wrong 1/6,
  // out of scope 7/7. The other half is posts-r21.jsonl.
  { name: 'real posts r21 (held)', files: ['posts-blind-r21.jsonl'], heldOut: true },
  // Round 22: the held half of one blind collector's posts (43 pages, 28 new domains: hikers, lifters, parents,
  // ask-the-doctor columns), labels with a second labeller's accepted entries, never tuned on; start code (ee745cf)
  // top-1 9/16, wrong 2/16, out of scope 11/11. The other half is posts-r22.jsonl.
  { name: 'real posts r22 (held)', files: ['posts-blind-r22.jsonl'], heldOut: true },
  // Round 23: one blind collector's posts; of 91 collected, 54 repeated a post already in a test set (the pages
  // corpus is nearly exhausted for knee posts), so the 37 new ones (14 in scope, second labeller's accepted
  // entries; 23 out of scope) are all held, never tuned on. Start code (3141cbf): top-1 10/14, wrong 0/14, OOS 23/23.
  { name: 'real posts r23 (held)', files: ['posts-blind-r23.jsonl'], heldOut: true },
  // Round 25: one blind collector's posts from walkers, hikers, lifters, cyclists, older adults and people after
  // surgery (78 new, 74 search hits repeated used pages), split in halves; this is the held half. Start code
  // (17e3188): top-1 11/26, wrong 1/26, out of scope 13/13. The tune half is posts-r25.jsonl.
  { name: 'real posts r25 (held)', files: ['posts-blind-r25.jsonl'], heldOut: true },
  { name: 'short questions', files: ['heldout.jsonl', 'tune.jsonl'], heldOut: false },
  // Round 3: short questions for last round's new entries and the entries they compete with.
  { name: 'short questions r3', files: ['tune-r3.jsonl'], heldOut: false },
  // Round 7: the coordinator's own probes (first look 15 of 20 right; see docs/eval-history-matching.md).
  { name: 'probes r7', files: ['probes-r7.jsonl'], heldOut: false },
  // Round 8: clinic staff looking for the callback queue (knowledge/entries/staff.yaml), and look-alikes.
  { name: 'staff questions r8', files: ['staff.jsonl'], heldOut: false },
  // Round 4: short questions for the newer topics and clinic visits, written before scoring (first look in docs/eval-history-matching.md).
  { name: 'short questions r5', files: ['short-own-r5.jsonl', 'oos-own-r5.jsonl'], heldOut: false },
  { name: 'real posts', files: ['posts-tune.jsonl'], heldOut: false },
  // Round 4 blind sets, scored once by the coordinator on this branch, then released as tuning data.
  { name: 'real posts r4', files: ['posts-r4.jsonl'], heldOut: false },
  { name: 'short questions r4', files: ['short-r4.jsonl'], heldOut: false },
  // Round 5/6 blind sets (the released tuning halves: short questions with adversarial out-of-scope
  // ones, and real posts), first looks in docs/eval-history-matching.md.
  { name: 'short questions r5b', files: ['short-r5.jsonl'], heldOut: false },
  { name: 'real posts r6', files: ['posts-r6.jsonl'], heldOut: false },
  { name: 'own long posts', files: ['posts-own.jsonl'], heldOut: false },
  // Round 3: walkers, lifters, cyclists, older adults, parents (first look in docs/eval-history-matching.md).
  { name: 'own long posts r3', files: ['posts-own-r3.jsonl'], heldOut: false },
  // Round 7: short questions for the everyday entries, written before scoring (first look in the branch report).
  { name: 'everyday topics r7', files: ['everyday.jsonl'], heldOut: false },
  // Round 7 blind set for the everyday entries (and rival questions for their neighbours), scored once
  // by the coordinator on the entries as written, then released as tuning data.
  { name: 'everyday topics r7 (blind)', files: ['topics-r7.jsonl'], heldOut: false },
  // Round 8 blind sets (the released 60 %: short questions with non-runners, clinic and adversarial
  // out-of-scope ones, and real posts), first looks in docs/eval-history-matching.md; the held 40 %
  // stays with the coordinator.
  { name: 'short questions r8', files: ['short-r8.jsonl'], heldOut: false },
  { name: 'real posts r8', files: ['posts-r8.jsonl'], heldOut: false },
  // Round 9 blind set (the released 60 %), first look on this branch's reranker in
  // docs/eval-history-matching.md; the long-post reranker trains on it from then on.
  { name: 'real posts r9', files: ['posts-r9.jsonl'], heldOut: false },
  // Round 10 blind set (the released tune part, 48 posts + 10 out-of-scope), first look 54.2 % top-1,
  // 8.3 % answered wrong; and the everyday follow-ups of the round's blind conversations that the
  // matcher got wrong, reworded as families (a sport named without the knee, "heat it", "I'm 15",
  // denials only, injections, poles), written before scoring.
  { name: 'real posts r10', files: ['posts-r10.jsonl'], heldOut: false },
  { name: 'conversation follow-ups r10', files: ['convo-r10.jsonl'], heldOut: false },
  // Round 13: everyday conversation messages answered badly (an older player's sore knees the day
  // after, arthritis and stairs), reworded in our own words before scoring.
  { name: 'conversation follow-ups r13', files: ['convo-r13.jsonl'], heldOut: false },
  // Round 16: everyday conversation messages answered badly (a dog walked by the writer read as a pet
  // question, cortisone shots, knee sleeves beside lifting, riding through pain, a cyclist's bike fit),
  // reworded in our own words.
  { name: 'conversation follow-ups r16', files: ['convo-r16.jsonl'], heldOut: false },
  // Round 17: everyday conversation messages answered badly (an exercise bike until race day read as race
  // food, worn kneepads for kneeling work, taping to race, a cyclist's inner knee), reworded in our own words.
  { name: 'conversation follow-ups r17', files: ['convo-r17.jsonl'], heldOut: false },
  // Round 11 blind set (the released tune part, 27 posts + 10 out-of-scope from a new collector, 70
  // sites), first look 55.6 % top-1, 14.8 % answered wrong, out-of-scope 90 %; the reranker trains on it.
  // Round 12: the held half of the same collection (53 posts + 10 out-of-scope, sources kept) was
  // released and appended; first look on round 11's final code 60.4 % top-1, 5.7 % answered wrong.
  { name: 'real posts r11', files: ['posts-r11.jsonl'], heldOut: false },
  // Round 12 blind set (the released tune part, 28 posts + 10 out-of-scope: ask-the-doctor letters and
  // forum posts by runners, cyclists, walkers, lifters, skiers; "expect" lists every entry two blind
  // labellers accepted), first look 35.7 % top-1, 10.7 % answered wrong, out-of-scope 100 %.
  { name: 'real posts r12', files: ['posts-r12.jsonl'], heldOut: false },
  // Round 13 blind set (the released tune part, 30 posts + 7 out-of-scope; "expect" lists every entry a
  // clinician accepted), first look 63.3 % top-1, 3.3 % answered wrong, out-of-scope 85.7 %.
  { name: 'real posts r13', files: ['posts-r13.jsonl'], heldOut: false },
  // Round 14 blind set (the released tune part, 30 posts + 7 out-of-scope; one repeat of a held
  // round-12 post taken out), first look 53.3 % top-1, 3.3 % answered wrong, out-of-scope 85.7 %.
  { name: 'real posts r14', files: ['posts-r14.jsonl'], heldOut: false },
  { name: 'real posts r15', files: ['posts-r15.jsonl'], heldOut: false },
  // Round 16 blind set (the released tune part, 30 posts + 7 out-of-scope: dancers, judoka, Ultimate
  // and basketball players, spinners, runners), first look 66.7 % top-1, 3.3 % answered wrong.
  { name: 'real posts r16', files: ['posts-r16.jsonl'], heldOut: false },
  // Round 17 blind set (the released tune part, 30 posts + 7 out-of-scope: catchers and parents of
  // catchers, cyclists, karateka, bowlers, dancers, paddlers, a prayer question), first look 40.0 %
  // top-1, 0 % answered wrong, out-of-scope 57.1 %.
  { name: 'real posts r17', files: ['posts-r17.jsonl'], heldOut: false },
  // Round 18 blind set (the released tune part, 15 posts + 4 out-of-scope: cyclists, jiu-jitsu players,
  // a yoga teacher, lifters, older adults), first look 73.3 % top-1, 0 % answered wrong, out-of-scope 50 %.
  { name: 'real posts r18', files: ['posts-r18.jsonl'], heldOut: false },
  // Round 19: the tune half of 40 + 10 real posts (48 domains, mostly blogs); held half in posts-blind-r19.
  { name: 'real posts r19', files: ['posts-r19.jsonl'], heldOut: false },
  // Round 20: 20 + 7 real posts (blogs and forums: race-week dilemmas, a walker on the Camino, a new
  // mother, an older adult on steps; many ask nothing or ask in the title); start code 2787114 top-1
  // 35.0 %, wrong 0 %, out of scope 5/7. Our own variants of its families, written before scoring.
  { name: 'real posts r20', files: ['posts-r20.jsonl'], heldOut: false },
  { name: 'own posts r20', files: ['posts-own-r20.jsonl'], heldOut: false },
  // Round 22: the tune part of a blind collection (16 posts + 11 out-of-scope: hikers, parents of teens,
  // ask-a-PT letters naming a diagnosis or treatment), start code ee745cf top-1 50.0 %, wrong 18.8 %, out
  // of scope 11/11; and our own variants of its families, written before scoring.
  { name: 'real posts r22', files: ['posts-r22.jsonl'], heldOut: false },
  { name: 'own posts r22', files: ['posts-own-r22.jsonl'], heldOut: false },
  // Round 25: the tune part of a blind collection (26 posts + 13 out-of-scope: walkers, hikers, lifters,
  // cyclists, older adults, people after surgery; many blog stories whose question is implied), start code
  // 17e3188 top-1 11/26, wrong 1/26, out of scope 13/13; and our own variants of its families.
  { name: 'real posts r25', files: ['posts-r25.jsonl'], heldOut: false },
  { name: 'own posts r25', files: ['posts-own-r25.jsonl'], heldOut: false },
  // Round 8: our own out-of-scope probes (other places' hours and phones, other body parts and
  // health, errands), written before scoring; first look in docs/eval-history-matching.md.
  { name: 'own out-of-scope r8', files: ['oos-own-r8.jsonl'], heldOut: false },
  // Round 23: our own variants of the tune sets' out-of-scope misses (the foot named with what is wrong
  // with it, numb toes on a run, tight calves, low back, race-day food, breathing technique, choosing a
  // race, bibs and packets, saddle sores, a long post naming the knee once in passing) and in-scope
  // guards beside them (numb toes on the bike, "my knee" with the back), written with the fixes.
  { name: 'own out-of-scope r23', files: ['oos-own-r23.jsonl'], heldOut: false },
];

// Spanish matching against knowledge/es (issue 19): the held-out set is written by the coordinator
// (es-blind.jsonl, never tuned on); es-tune.jsonl is ours.
export const SPANISH_SETS: EvalSet[] = [
  { name: 'Spanish questions', files: ['es-blind.jsonl'], heldOut: true },
  { name: 'Spanish questions r5 (held)', files: ['es-short-blind-r5.jsonl'], heldOut: true },
  { name: 'Spanish questions r8 (held)', files: ['es-short-blind-r8.jsonl'], heldOut: true },
  // Round 23: the first real Spanish posts (forums and runners' blogs, 19 sites; few exist in the pages corpus),
  // second labeller's accepted entries, never tuned on. Start code (3141cbf): top-1 2/10, wrong 1/10, OOS 8/11.
  { name: 'Spanish real posts r23 (held)', files: ['es-posts-blind-r23.jsonl'], heldOut: true },
  { name: 'Spanish questions', files: ['es-tune.jsonl'], heldOut: false },
  { name: 'Spanish everyday r7', files: ['es-everyday.jsonl'], heldOut: false },
  { name: 'Spanish questions r5', files: ['short-r5-es.jsonl'], heldOut: false },
  { name: 'Spanish everyday r7 (blind)', files: ['es-topics-r7.jsonl'], heldOut: false },
  { name: 'Spanish questions r8', files: ['es-short-r8.jsonl'], heldOut: false },
  { name: 'Spanish own out-of-scope r8', files: ['es-oos-own-r8.jsonl'], heldOut: false },
  { name: 'Spanish conversation follow-ups r16', files: ['es-convo-r16.jsonl'], heldOut: false },
  { name: 'Spanish conversation follow-ups r17', files: ['es-convo-r17.jsonl'], heldOut: false },
  // Round 23: our own 22 long Spanish posts (runners, cyclists, workers, older adults; Dallas and
  // Spain Spanish) with the question buried in the story, and 12 out-of-scope ones (calf, heel,
  // ankle, shin, hip, back…). Start code (3141cbf): top-1 11/22 (1 answered wrong), out of scope 9/12;
  // end of round 23: 16/22 (0 wrong, all as a "did you mean"), 12/12.
  { name: 'Spanish long posts own r23', files: ['es-posts-own-r23.jsonl'], heldOut: false },
];
