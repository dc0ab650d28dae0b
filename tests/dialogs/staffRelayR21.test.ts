// Round 21 (a held conversation, measured, then fixed): in a staff chat, a receptionist passes on what a
// patient wrote without the word "patient" ("another guy wrote he fell off a ladder…"). That is a relayed
// warning for the staff member, not a warning to her; the rest of her chat gets staff answers. Our own wording.
import { describe, expect, it } from 'vitest';
import { chatAt, reply, staffChat } from './harness';

const frontDesk = () => staffChat('morning! can you show me the callback requests from today');

describe('staff chat: a warning sign passed on by "a guy", "a lady", "someone"', () => {
  it.each([
    "another guy wrote he fell off a ladder yesterday and can't put weight on his leg at all. what do I say when I call him",
    'a lady left a message that her calf is swollen and she gets out of breath on the stairs, what do I tell her',
    'someone texted that their kid is limping and has a fever since last night, what should I say',
  ])('"%s": answered to staff, and no patient reminder follows', async (text) => {
    const chat = await frontDesk();
    const said = await reply(chat, text);
    expect(said).not.toMatch(/Have someone take you/);
    expect(said).toMatch(/911|today|now/i);
    const next = await reply(chat, 'ok and what do I leave on voicemail if he does not pick up');
    expect(next).not.toMatch(/please get what you told me checked today/i);
  });

  it('from a patient, "a guy at my gym says…" stays a story about someone else (no staff answer)', async () => {
    const said = await reply(
      chatAt({ channelId: 'msteams' }),
      'a guy at my gym says his knee swelled up fast after a pop, should I worry about mine? it clicks',
    );
    expect(said).not.toMatch(/tell the patient|alert a clinician/i);
  });
});
