// Plausible extra knowledge entries for load tests of the matcher ("does it stay fast with 1,000
// entries?"). Deterministic: the same n always gives the same entries.
import type { Knowledge, KnowledgeEntry } from '../../src/knowledge/types';
import { tokenize } from '../../src/matching/normalize';

/** Small seeded PRNG (mulberry32) so runs are comparable. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BODY = ['knee', 'kneecap', 'thigh', 'hamstring', 'quad', 'tendon', 'ligament', 'cartilage', 'bursa', 'joint'];
const FEEL = ['pain', 'ache', 'stiffness', 'clicking', 'swelling', 'tightness', 'burning', 'soreness', 'weakness'];
const WHEN = [
  'after long runs',
  'on hills',
  'going downstairs',
  'in the morning',
  'after speed work',
  'on trails',
  'when squatting',
  'after sitting',
];
const TOPIC_PARTS = ['patello', 'femoro', 'tibio', 'synovo', 'chondro', 'fascio', 'myo', 'teno', 'capsulo', 'menisco'];
const TOPIC_ENDS = ['itis', 'osis', 'algia', 'pathy', 'plasty', 'drome'];

export function syntheticKnowledge(base: Knowledge, n: number): Knowledge {
  const rand = prng(42 + n);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  // Reuse real question words so synthetic entries compete with real ones for common terms.
  const pool = [...new Set(base.entries.flatMap((e) => e.questions.flatMap((q) => tokenize(q))))];
  const extra: KnowledgeEntry[] = [];
  for (let i = 0; i < n; i++) {
    const topic = `${pick(TOPIC_PARTS)}${pick(TOPIC_PARTS)}${pick(TOPIC_ENDS)}${i}`;
    const body = pick(BODY);
    const questions = [
      `what is ${topic}`,
      `${pick(FEEL)} in my ${body} ${pick(WHEN)}`,
      `does ${topic} cause ${pick(FEEL)} ${pick(WHEN)}`,
      `${pick(pool)} ${pick(pool)} ${body} ${pick(pool)} ${pick(FEEL)}`,
      `how do i treat ${body} ${pick(FEEL)} from ${topic}`,
    ];
    extra.push({
      id: `synthetic-${i}`,
      kind: 'advice',
      title: `Synthetic topic ${i}`.slice(0, 40),
      questions,
      keywords: [topic, `${body} ${pick(FEEL)}`, pick(pool)],
      answer: `A synthetic answer about ${topic} for load testing; it is never shown to anyone.`,
      followUps: [],
    });
  }
  const entries = [...base.entries, ...extra];
  return { ...base, entries, byId: new Map(entries.map((e) => [e.id, e])) };
}
