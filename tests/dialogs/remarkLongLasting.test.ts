// A remark during the questions that says months of pain despite rest gets a word of its own (worth
// having checked), then the question again; other remarks keep the plain "thanks". Our own wordings.
import { describe, expect, it } from 'vitest';
import { BotChat, joined, realKnowledge, spanishKnowledge } from './harness';
import { remarkNoteKey } from '../../dialogs/decisions/remarks';

const en = realKnowledge();
const es = spanishKnowledge();

describe('a long-lasting remark during the questions', () => {
  it('needs both: months or more, and self-care that has not helped', () => {
    expect(remarkNoteKey('been like this over a year, tried rest and a brace, no better')).toBe('remark-long-lasting');
    expect(remarkNoteKey("it's been 6 months now and icing hasn't helped")).toBe('remark-long-lasting');
    expect(remarkNoteKey('ya llevo más de un año así y nada me ha servido')).toBe('remark-long-lasting');
    expect(remarkNoteKey('been like this over a year')).toBeUndefined();
    expect(remarkNoteKey('tried rest, no better')).toBeUndefined();
    expect(remarkNoteKey('I did not fall and it is not swollen')).toBeUndefined();
  });

  it('in the assessment: the word, then the same question again', async () => {
    const chat = new BotChat();
    const first = await chat.send('both knees ache at the front when I hike downhill with a heavy pack');
    const question = first[first.length - 1]!.text;
    const said = await chat.send('Been like this over a year, tried rest and a knee brace, no better');
    expect(joined(said)).toContain(en.messages['remark-long-lasting']!);
    expect(said[said.length - 1]!.text).toBe(question);
    expect(es.messages['remark-long-lasting']).toBeDefined();
  });
});
