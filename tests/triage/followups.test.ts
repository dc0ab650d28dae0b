// Two-turn follow-ups written blind (tests/triage/followups-*.jsonl): after an act-now reply, what the
// person says next must still get the tier's instruction (911 / the ER / today / 988), and "ok, going
// now" a short close. Once a batch has been scored and fixed it stays a regression test, end to end
// over POST /api/messages, as a channel meets the bot.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFollowUps } from '../../scripts/eval-followups';

const dir = __dirname;
const files = readdirSync(dir)
  .filter((f) => /^followups-.*\.jsonl$/.test(f))
  .sort();

describe('safety follow-ups after an act-now reply', () => {
  it('has at least one batch of follow-ups', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files)
    it(`${file}: every first message gets its instruction and every follow-up keeps it`, async () => {
      const r = await scoreFollowUps(path.join(dir, file));
      expect(r.misses).toEqual([]);
      expect(r.firstCaught).toBe(r.cases);
      expect(r.held).toBe(r.cases);
    }, 60_000);
});
