// dialogs/subject.ts tokenizes a message once for its three readings (the story told, the child
// named, the child pointed to) instead of once per reading. Proof that this changes nothing: over
// every labelled message, in English and Spanish, each reading of the shared tokenization equals the
// reading of the text itself, and reading one first does not change the next.
import { describe as suite, expect, it } from 'vitest';
import { childNamed, pointsToChild, readSubjectText, storyParts } from '../../src/triage';
import { readSubjectTextPlain } from '../../src/triage/subject';
import { labelledMessages } from './labelled';

const CHILDREN = [
  { he: true, she: false },
  { he: false, she: true },
  { he: true, she: true },
];

suite('one tokenization for the subject readings', () => {
  it('reads every labelled message as the text itself is read', () => {
    const messages = labelledMessages({ withHeldOut: false });
    expect(messages.length).toBeGreaterThan(3_000);
    const differ: string[] = [];
    for (const language of ['en', 'es'] as const) {
      for (const text of messages) {
        const read = readSubjectText(text, language);
        const same =
          JSON.stringify(storyParts(read, language, 2026)) === JSON.stringify(storyParts(text, language, 2026)) &&
          JSON.stringify(childNamed(read, language)) === JSON.stringify(childNamed(text, language)) &&
          CHILDREN.every((child) => pointsToChild(read, child, language) === pointsToChild(text, child, language)) &&
          // Read again after the others: nothing they did changed the shared tokenization.
          JSON.stringify(storyParts(read, language, 2026)) === JSON.stringify(storyParts(text, language, 2026));
        if (!same) differ.push(`${language}: ${text}`);
      }
    }
    expect(differ).toEqual([]);
  }, 300_000);
});

suite('the by-text memo of readSubjectText', () => {
  it('never changes a tokenization (every labelled message, both languages, twice)', () => {
    const messages = labelledMessages({ withHeldOut: false });
    const differ: string[] = [];
    for (let pass = 0; pass < 2; pass += 1) {
      for (const language of ['en', 'es'] as const) {
        for (const text of messages) {
          const memo = readSubjectText(text, language);
          if (JSON.stringify(memo) !== JSON.stringify(readSubjectTextPlain(text, language)))
            differ.push(`${language}: ${text}`);
        }
      }
    }
    expect(differ).toEqual([]);
  }, 300_000);

  it('hands back the same reading for a text read again', () => {
    const text = 'my son is 12 and he fell off his bike, knee swollen';
    expect(readSubjectText(text, 'en')).toBe(readSubjectText(text, 'en'));
    expect(readSubjectText(text, 'es')).not.toBe(readSubjectText(text, 'en'));
  });
});
