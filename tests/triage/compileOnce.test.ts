// The second line's model is compiled once per triage (src/triage/detect.ts) and the one compiled model
// is shared by the doubt (doubt.ts) and the suspicion (suspect.ts): compiling it twice cost start-up time
// and let the two uses drift apart.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadKnowledgeSet } from '../../src/knowledge/load';
import { compileModel } from '../../src/triage/classifier';
import { createDoubt } from '../../src/triage/doubt';
import { createSuspicion } from '../../src/triage/suspect';
import { createSpanishTriage, createTriage } from '../../src/triage';

vi.mock('../../src/triage/classifier', async (original) => {
  const actual = await original<typeof import('../../src/triage/classifier')>();
  return { ...actual, compileModel: vi.fn(actual.compileModel) };
});
vi.mock('../../src/triage/doubt', async (original) => {
  const actual = await original<typeof import('../../src/triage/doubt')>();
  return { ...actual, createDoubt: vi.fn(actual.createDoubt) };
});
vi.mock('../../src/triage/suspect', async (original) => {
  const actual = await original<typeof import('../../src/triage/suspect')>();
  return { ...actual, createSuspicion: vi.fn(actual.createSuspicion) };
});

const set = loadKnowledgeSet('knowledge');
const compiles = vi.mocked(compileModel);

describe('the second-line model: one compile per triage', () => {
  beforeEach(() => vi.clearAllMocks());

  it('English: compiled once, and the doubt and the suspicion read the same compiled model', () => {
    createTriage(set.en);
    expect(compiles).toHaveBeenCalledTimes(1);
    const compiled = compiles.mock.results[0]?.value;
    expect(vi.mocked(createDoubt).mock.calls[0]?.[0]).toBe(compiled);
    expect(vi.mocked(createSuspicion).mock.calls[0]?.[1]).toBe(compiled);
  });

  it('English without the doubt: still once (for the suspicion)', () => {
    createTriage(set.en, { withoutDoubt: true });
    expect(compiles).toHaveBeenCalledTimes(1);
    expect(createDoubt).not.toHaveBeenCalled();
  });

  it('Spanish: only its own second line compiles (once), never the English model', () => {
    createSpanishTriage(set);
    expect(compiles).toHaveBeenCalledTimes(1);
    expect(createDoubt).not.toHaveBeenCalled();
    expect(createSuspicion).not.toHaveBeenCalled();
  });

  it('each triage compiles its own (two English triages: two compiles)', () => {
    createTriage(set.en);
    createTriage(set.en);
    expect(compiles).toHaveBeenCalledTimes(2);
  });
});
