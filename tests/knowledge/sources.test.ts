// Every medical answer names what it rests on (a guideline or organisation, with a link) and when a
// clinician last checked it; the schema refuses a medical entry without them, and this file holds
// the review routine of docs/knowledge.md ("Sources and review") to account.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeError, loadKnowledge } from '../../src/knowledge/load';
import type { Knowledge } from '../../src/knowledge/types';
import { MEDICAL_KINDS } from '../../src/knowledge/types';
import { copyKnowledge, editYaml, entryIndex, KNOWLEDGE_DIR, removeDir } from './helpers';

/** docs/knowledge.md: every medical entry is re-checked at least once a year; after 18 months the
 *  tests fail, so an unreviewed answer cannot linger. */
const MAX_AGE_MONTHS = 18;

const NEW_IDS = [
  'first-days-after-injury',
  'knee-osteoarthritis',
  'acl-injury',
  'kids-and-teens',
  'bone-stress-injuries',
  'braces-taping-insoles',
  'knee-imaging',
  'other-knee-conditions',
  'swollen-knee',
  'fat-pad-and-plica',
  'clinic-visits',
  'general-knee-pain',
];

describe('sources and review dates', () => {
  let k: Knowledge;
  beforeAll(() => {
    k = loadKnowledge(KNOWLEDGE_DIR);
  });

  it('every medical entry names at least one source with an https link and a review date', () => {
    const medical = k.entries.filter((e) => (MEDICAL_KINDS as readonly string[]).includes(e.kind));
    expect(medical.length).toBeGreaterThan(40);
    const problems: string[] = [];
    for (const e of medical) {
      if (!e.sources?.length) problems.push(`${e.id}: no sources`);
      for (const s of e.sources ?? [])
        if (!s.url.startsWith('https://')) problems.push(`${e.id}: ${s.url} is not https`);
      if (!e.reviewed) problems.push(`${e.id}: no reviewed date`);
    }
    expect(problems).toEqual([]);
  });

  it(`no medical entry was last reviewed more than ${MAX_AGE_MONTHS} months ago, or in the future`, () => {
    const now = new Date();
    const oldest = new Date(now);
    oldest.setMonth(oldest.getMonth() - MAX_AGE_MONTHS);
    const stale = k.entries
      .filter((e) => e.reviewed && new Date(`${e.reviewed}T00:00:00Z`) < oldest)
      .map((e) => `${e.id} (${e.reviewed})`);
    const future = k.entries
      .filter((e) => e.reviewed && new Date(`${e.reviewed}T00:00:00Z`).getTime() > now.getTime() + 86_400_000)
      .map((e) => e.id);
    expect(stale).toEqual([]);
    expect(future).toEqual([]);
  });

  it('the new topics of this round exist, and the medical ones cite the guidance they follow', () => {
    for (const id of NEW_IDS) expect(k.byId.get(id), id).toBeDefined();
    const cites = (id: string) => (k.byId.get(id)?.sources ?? []).map((s) => s.name).join(' | ');
    expect(cites('first-days-after-injury')).toMatch(/PEACE & LOVE/);
    expect(cites('knee-osteoarthritis')).toMatch(/NICE guideline NG226/);
    expect(cites('acl-injury')).toMatch(/AAOS/);
    expect(cites('runners-knee')).toMatch(/consensus/);
    expect(cites('runners-knee')).toMatch(/JOSPT 2019/);
    expect(cites('patellar-tendonitis')).toMatch(/ICON 2019/);
    expect(cites('nutrition-hydration')).toMatch(/Hyponatremia Consensus/);
    expect(cites('supplements')).toMatch(/NICE/);
  });

  it('clinic entries (phone, hours, what the bot does) need no sources', () => {
    const clinic = k.entries.filter((e) => e.kind === 'clinic');
    expect(clinic.map((e) => e.id)).toContain('clinic-visits');
    expect(clinic.every((e) => e.sources === undefined)).toBe(true);
  });
});

describe('the schema refuses medical entries without sources or review date', () => {
  const dirs: string[] = [];
  afterEach(() => {
    while (dirs.length > 0) removeDir(dirs.pop()!);
  });
  function errorAfter(
    edit: (dir: string, index: number) => void,
    id = 'stretching',
    file = 'entries/faq.yaml',
  ): KnowledgeError {
    const dir = copyKnowledge();
    dirs.push(dir);
    const index = entryIndex(dir, file, id);
    edit(dir, index);
    try {
      loadKnowledge(dir);
    } catch (err) {
      expect(err).toBeInstanceOf(KnowledgeError);
      return err as KnowledgeError;
    }
    throw new Error('expected the load to fail');
  }

  it('no sources: names the file, the entry and what to add', () => {
    let at = -1;
    const e = errorAfter((dir, index) => {
      at = index;
      editYaml(dir, 'entries/faq.yaml', (doc) => doc.deleteIn(['entries', index, 'sources']));
    });
    expect(e.file).toBe('entries/faq.yaml');
    expect(e.where).toBe(`entries[${at}].sources`);
    expect(e.reason).toMatch(/is required for kind "faq"/);
  });

  it('no review date', () => {
    const e = errorAfter((dir, index) =>
      editYaml(dir, 'entries/faq.yaml', (doc) => doc.deleteIn(['entries', index, 'reviewed'])),
    );
    expect(e.where).toMatch(/\.reviewed$/);
  });

  it('a review date that is not a real date', () => {
    const e = errorAfter((dir, index) =>
      editYaml(dir, 'entries/faq.yaml', (doc) => doc.setIn(['entries', index, 'reviewed'], '2026-02-30')),
    );
    expect(e.reason).toMatch(/real date/);
  });

  it('a source without a link', () => {
    const e = errorAfter((dir, index) =>
      editYaml(dir, 'entries/faq.yaml', (doc) => doc.setIn(['entries', index, 'sources', 0, 'url'], 'NHS website')),
    );
    expect(e.where).toMatch(/\.sources\[0\]\.url$/);
  });
});
