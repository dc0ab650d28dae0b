// Punctuation said aloud by voice typing becomes marks; "period" and "full stop" only when the message
// dictates another mark too, so ordinary prose ("my period", "a period of rest") stays as it is.
import { describe, expect, it } from 'vitest';
import { spokenPunctuation } from '../../src/text';
import { tokenize } from '../../src/triage/normalize';

describe('spokenPunctuation', () => {
  it('reads the marks of a dictated message', () => {
    expect(spokenPunctuation('her knee hurts at night comma no fall period what doctor should she see')).toBe(
      'her knee hurts at night , no fall . what doctor should she see',
    );
    expect(spokenPunctuation('is it swollen question mark yes exclamation point')).toBe('is it swollen ? yes !');
  });

  it('leaves prose alone when nothing else is dictated', () => {
    for (const text of [
      'my knee aches around my period',
      'after a period of rest it came back',
      'full stop, no more running',
    ])
      expect(spokenPunctuation(text)).toBe(text);
  });

  it('lets triage split the sentences the speaker meant', () => {
    const sentences = tokenize('knee hurts so bad at night comma no fall period what kind of doctor should she see');
    expect(sentences.map((s) => s.words.join(' '))).toEqual([
      'knee hurts so bad at night no fall',
      'what kind of doctor should she see',
    ]);
  });
});
