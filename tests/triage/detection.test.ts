// Red-flag detection on the labelled data: every red flag caught with the right tier, near misses
// (negations, past, hypotheticals, ordinary questions) raise no alarm.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load';
import type { Knowledge } from '../../src/knowledge/types';
import { projectRoot } from '../../src/paths';
import { createTriage, type Triage } from '../../src/triage';
import {
  caught,
  isPending,
  loadBlindBatches,
  nearMissRight,
  readJsonl,
  SPEC_TIERS,
  type NearMissCase,
  type RedFlagCase,
} from '../../scripts/eval-triage';
import { CORPUS_TIMEOUT_MS } from '../helpers/timeouts';

const dir = path.join(projectRoot(), 'tests/triage');
// Blind batches (blind-*.jsonl) hold both kinds; once scored and fixed they are regression tests too.
const blind = loadBlindBatches(dir);
const redFlags = [...readJsonl<RedFlagCase>(path.join(dir, 'red-flags.jsonl')), ...blind.flags];
const nearMisses = [...readJsonl<NearMissCase>(path.join(dir, 'near-misses.jsonl')), ...blind.nearMisses];

let knowledge: Knowledge;
let triage: Triage;
beforeAll(() => {
  knowledge = loadKnowledge(path.join(projectRoot(), 'knowledge'));
  triage = createTriage(knowledge);
});

describe('the labelled data', () => {
  it('has at least 80 red-flag phrasings and 80 near misses, with a held-out part of each', () => {
    expect(redFlags.length).toBeGreaterThanOrEqual(80);
    expect(nearMisses.length).toBeGreaterThanOrEqual(80);
    expect(redFlags.filter((c) => c.split === 'heldout').length).toBeGreaterThanOrEqual(20);
    expect(nearMisses.filter((c) => c.split === 'heldout').length).toBeGreaterThanOrEqual(20);
  });

  it("labels only flags and tiers that exist, or that this round's flag list (FLAGS.md) agreed", () => {
    const tiers = new Map(knowledge.redFlags.map((f) => [f.id, f.tier]));
    for (const c of redFlags)
      expect(tiers.get(c.flag) === c.tier || SPEC_TIERS[c.flag] === c.tier, `${c.tier}/${c.flag}`).toBe(true);
    for (const c of nearMisses) expect(['none', 'warning-signs-question']).toContain(c.expect);
  });

  it('covers every red flag in the knowledge', () => {
    const labelled = new Set(redFlags.map((c) => c.flag));
    for (const flag of knowledge.redFlags) expect(labelled.has(flag.id), flag.id).toBe(true);
  });
});

// Pending labels (a flag or tier the knowledge does not have yet) join this gate once it has them.
const gated = redFlags.filter((c) => !isPending(loadKnowledge(path.join(projectRoot(), 'knowledge')), c));
describe('recall: every red-flag phrasing is caught with the right tier', () => {
  it.each(gated.map((c) => [`${c.split ?? 'dev'} ${c.tier}/${c.flag}: ${c.text}`, c] as const))('%s', (_name, c) => {
    const r = caught(triage, c);
    expect(r.ok, `got ${r.got}`).toBe(true);
  });
});

describe('near misses raise no alarm; questions about warning signs are recognised', () => {
  it.each(nearMisses.map((c) => [`${c.split ?? 'dev'} ${c.expect}: ${c.text}`, c] as const))('%s', (_name, c) => {
    const r = nearMissRight(triage, c);
    expect(r.ok, `got ${r.got}`).toBe(true);
  });
});

describe('context the engine reads across the whole message', () => {
  const flagsOf = (text: string): string[] => triage.assess(text)?.flags.map((f) => f.id) ?? [];
  it('a more specific flag replaces a broader one anywhere in the message', () => {
    // went back in: a relocated kneecap (same day), not a kneecap out of place now (911)
    expect(triage.assess('my kneecap shot out to the side at netball. It went back in by itself')?.tier).toBe('urgent');
    expect(flagsOf('my kneecap shot out to the side at netball. It went back in by itself')).not.toContain('deformity');
    // occasional locking that frees itself is "soon"; stuck right now stays same day
    expect(triage.assess('my knee locks up once or twice a week and then it frees itself')?.tier).toBe('soon');
    expect(triage.assess("my knee locks up now and then, and right now it is stuck and won't straighten")?.tier).toBe(
      'urgent',
    );
  });
  it('a flag about something that passes by itself is not cancelled by its passing', () => {
    expect(flagsOf('sometimes my knee catches for a moment and then it is fine')).toContain(
      'catching-locking-occasional',
    );
    // other flags still are: numbness that wore off is not a present red flag
    expect(triage.assess('my foot went numb for a moment after sitting on it, then it was fine')).toBeNull();
  });
  it('"over the last month" is a span up to now, not a past event', () => {
    expect(flagsOf('I have a hard lump on the side of my knee that has grown over the last month')).toContain(
      'tumour-signs',
    );
    expect(triage.assess('I had a hard lump there last year but it went away')).toBeNull();
  });
  it('a body part after a negated action is still there ("can\'t bend his knee")', () => {
    expect(flagsOf("my 9 year old has a temperature and can't bend his knee")).toContain('child-hip-knee-pain');
    expect(triage.assess("I don't think my knee is swollen")).toBeNull();
  });
});

describe('assess()', () => {
  it('returns null for ordinary text and for questions about warning signs', () => {
    expect(triage.assess('my knee hurts after running')).toBeNull();
    expect(triage.assess('what are the warning signs?')).toBeNull();
    expect(triage.classify('what are the warning signs?').kind).toBe('warning-signs-question');
  });

  it('lists every matched flag, highest tier first, and the highest tier wins', () => {
    const result = triage.assess("I can't put weight on it, my calf is swollen and I'm short of breath");
    expect(result?.tier).toBe('emergency');
    const ids = result?.flags.map((f) => f.id) ?? [];
    expect(ids).toEqual(
      expect.arrayContaining(['calf-swelling-breathless', 'calf-pain-swelling', 'cannot-bear-weight']),
    );
    expect(result?.flags[0]?.tier).toBe('emergency');
    const tiers = result?.flags.map((f) => f.tier) ?? [];
    expect(tiers.lastIndexOf('emergency')).toBeLessThan(tiers.indexOf('urgent'));
  });

  it('finds a red flag at the end of a long story', () => {
    const story =
      'I have been running for ten years and love trail races. '.repeat(30) +
      "Today I fell and now I can't put weight on it.";
    expect(triage.assess(story)?.flags.map((f) => f.id)).toContain('cannot-bear-weight');
  });

  it('treats "can\'t" and "cannot" the same, with curly apostrophes and capitals', () => {
    for (const text of ['I can’t put weight on it', 'I CANNOT PUT WEIGHT ON IT', 'i can not put weight on it']) {
      expect(triage.assess(text)?.flags[0]?.id, text).toBe('cannot-bear-weight');
    }
  });

  it('does not read real words as typos of red-flag words', () => {
    for (const text of [
      'I never had this before',
      'my knee looks fine',
      'what is your number',
      'knee pain when walking',
    ]) {
      expect(triage.assess(text), text).toBeNull();
    }
  });

  it(
    'is fast enough to run on every message',
    () => {
      const texts = [...redFlags, ...nearMisses].map((c) => c.text);
      const start = performance.now();
      for (const text of texts) triage.classify(text);
      const perMessage = (performance.now() - start) / texts.length;
      // Generous for a shared CI machine; measured ~0.5 ms on a loaded 2-core box.
      expect(perMessage).toBeLessThan(10);
    },
    CORPUS_TIMEOUT_MS,
  );
});

describe('context handling', () => {
  it.each([
    ['no swelling', null],
    ['I can walk fine', null],
    ['my calf is not swollen', null],
    ['no fever', null],
    ['without any numbness', null],
    ["I can't put weight on it", 'cannot-bear-weight'],
    ["I don't think I can put weight on it", 'cannot-bear-weight'],
    ['I am not able to put weight on it', 'cannot-bear-weight'],
    ["I don't know why but my calf is swollen", 'calf-pain-swelling'],
    ['No, my calf is swollen', 'calf-pain-swelling'],
    ['no fever but my knee is hot and swollen', 'hot-swollen-joint'],
    ['no pain or swelling', null],
    ['I have no fever, swelling or redness', null],
    ['swelling: none', null],
    ["it swelled up last year but it's fine now", null],
    ["my knee locked last year and it's locked again", 'locked-knee'],
    ["my knee was locked for a minute yesterday but now it's fine", null],
    ['the swelling went down but I still cannot straighten it', 'locked-knee'],
    ["I can't walk far", null],
    ["I can't walk, it hurts so much", 'cannot-bear-weight'],
    ['my knee cap is sitting on the outside of my knee', 'deformity'],
  ])('%j → %s', (text, expected) => {
    const result = triage.assess(text);
    if (expected === null) expect(result, JSON.stringify(result?.flags.map((f) => f.id))).toBeNull();
    else expect(result?.flags.map((f) => f.id)).toContain(expected);
  });

  it.each([
    'what are the warning signs?',
    'when should I worry about swelling?',
    'what if my calf swells?',
    'signs of a blood clot?',
  ])('%j is a question about warning signs, not an alarm', (text) => {
    expect(triage.classify(text).kind).toBe('warning-signs-question');
  });
});

describe('the prefilter', () => {
  it(
    'never changes an outcome: every labelled message classifies the same with every pattern tried',
    () => {
      const full = createTriage(knowledge, { withoutPrefilter: true });
      const texts = [...redFlags, ...nearMisses].map((c) => c.text);
      const differ = texts.filter(
        (text) => JSON.stringify(full.classify(text)) !== JSON.stringify(triage.classify(text)),
      );
      expect(differ).toEqual([]);
    },
    CORPUS_TIMEOUT_MS,
  );
});
