// The triage a person meets: every message is read by the English triage and by the Spanish one
// (silent without Spanish in the message), the higher tier wins (dialogs/decisions/language.ts).
// Both languages' labelled sets must hold for that combination, not only for each triage alone:
// before the Spanish side was gated it alarmed on 14 % of the English near misses.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bothLanguages } from '../../dialogs/decisions/language';
import { loadKnowledgeSet } from '../../src/knowledge/load';
import { projectRoot } from '../../src/paths';
import { createSpanishTriage, createTriage, type Triage, type TriageOutcome } from '../../src/triage';
import { caught, nearMissRight, readJsonl, type NearMissCase, type RedFlagCase } from '../../scripts/eval-triage';
import { CORPUS_TIMEOUT_MS } from '../helpers/timeouts';

const root = projectRoot();
const set = loadKnowledgeSet(path.join(root, 'knowledge'));
const english = createTriage(set.en);
const spanishPlain = createTriage(set.es, { language: 'es' });
const spanish = createSpanishTriage(set);

type Case = RedFlagCase | NearMissCase;
const labelled = (dir: string): Case[] =>
  readdirSync(path.join(root, dir))
    // open-misses-*.jsonl: known misses kept out of the regression sets (tests/triage/README.md);
    // unseen-*.jsonl: held-out rounds scored as a first look by npm run eval, never a gate.
    .filter(
      (f) =>
        f.endsWith('.jsonl') && !f.startsWith('followups') && !f.startsWith('open-misses') && !f.startsWith('unseen'),
    )
    .sort()
    .flatMap((f) => readJsonl<Case>(path.join(root, dir, f)));
const isFlag = (c: Case): c is RedFlagCase => 'tier' in c;

function check(name: string, triage: Triage, cases: Case[]): void {
  const flags = cases.filter(isFlag);
  const nearMisses = cases.filter((c): c is NearMissCase => !isFlag(c));
  it(
    `${name}: every red flag at the right flag and tier (${flags.length})`,
    () => {
      const misses = flags.filter((c) => !caught(triage, c).ok).map((c) => `${c.tier}/${c.flag}: ${c.text}`);
      expect(misses).toEqual([]);
    },
    CORPUS_TIMEOUT_MS,
  );
  it(
    `${name}: no near miss alarms (${nearMisses.length})`,
    () => {
      const alarms = nearMisses.filter((c) => nearMissRight(triage, c).alarm).map((c) => c.text);
      expect(alarms).toEqual([]);
    },
    CORPUS_TIMEOUT_MS,
  );
}

describe('the combined triage, English first (an English conversation)', () => {
  const triage = bothLanguages(english, spanish);
  check('English sets', triage, labelled('tests/triage'));
  check('Spanish sets', triage, labelled('tests/triage-es'));
});

describe('the combined triage, Spanish first (a Spanish conversation)', () => {
  const triage = bothLanguages(spanish, english);
  check('English sets', triage, labelled('tests/triage'));
  check('Spanish sets', triage, labelled('tests/triage-es'));
});

describe('the Spanish gate changes nothing where there is Spanish', () => {
  const describeOutcome = (o: TriageOutcome): string =>
    o.kind === 'red-flag' ? `${o.result.tier} ${o.result.flags.map((f) => f.id).join(',')}` : o.kind;
  it(
    'answers every labelled Spanish message (red flags, near misses, questions) as the ungated triage',
    () => {
      const texts = [
        ...labelled('tests/triage-es').map((c) => c.text),
        ...['es-blind.jsonl', 'es-tune.jsonl'].flatMap((f) =>
          readJsonl<{ text: string }>(path.join(root, 'tests/eval', f)).map((c) => c.text),
        ),
      ];
      const differ = texts.filter(
        (t) => describeOutcome(spanish.classify(t)) !== describeOutcome(spanishPlain.classify(t)),
      );
      expect(differ).toEqual([]);
      expect(texts.length).toBeGreaterThan(1000);
    },
    CORPUS_TIMEOUT_MS,
  );
});

describe('the combined triage knows which reading is which language, whatever the order', () => {
  // An English "what if" with a borrowed symptom word: the English reading's question wins over a
  // Spanish alarm on the borrowed word, with Spanish given first or second.
  const flag = english.classify('my calf is swollen and I am short of breath');
  const fake = (language: 'en' | 'es', outcome: TriageOutcome): Triage => ({
    language,
    classify: () => outcome,
    assess: () => null,
    suspect: () => null,
    signsNamed: () => [],
  });
  const en = fake('en', { kind: 'warning-signs-question' });
  const es = fake('es', flag);
  const text = 'what happens if someone says their leg is swollen and they are short of breath';
  it('English first', () => expect(bothLanguages(en, es).classify(text).kind).toBe('warning-signs-question'));
  it('Spanish first', () => expect(bothLanguages(es, en).classify(text).kind).toBe('warning-signs-question'));
});
