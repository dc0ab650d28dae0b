// Round 13: defects the independent reviewer found in the round-12 held conversations after their end
// figure (so no longer held), checked with wording of our own.
import { describe, expect, it } from 'vitest';
import { BotChat, makeDeps, OPEN_TIME, texts } from './harness';
import { mentionsClotRisk } from '../../dialogs/safetyFollowUp';

describe('a clot risk factor said after a calf warning', () => {
  // Held conversation c03, turn 3: "just birth control" got the painkillers card with Poison Control.
  it('"only the pill" after a swollen calf says why it matters and keeps the same-day check', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    expect(texts(await chat.send('my left calf is tight, puffy and warm since the 9 hour flight'))).toContain(
      'Get this checked today',
    );
    const said = texts(await chat.send('no other meds, only the pill'));
    expect(said).toMatch(/more likely/);
    expect(said).toMatch(/checked today/);
    expect(said).not.toMatch(/Poison Control|pharmacist/);
  });

  it('the same in Spanish: "me operaron hace dos semanas" after a calf warning', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    expect(texts(await chat.send('tengo la pantorrilla hinchada, caliente y dura desde ayer'))).toContain(
      'Hágase revisar hoy',
    );
    const said = texts(await chat.send('ah y me operaron de la rodilla hace dos semanas'));
    expect(said).toMatch(/más probable un coágulo/);
    expect(said).toMatch(/hoy/);
  });

  it('a knee warning without a clot has no risk note: the operation is just another message', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    expect(
      texts(await chat.send('twisted my knee, heard a pop and it swelled up like a balloon within an hour')),
    ).toMatch(/today/);
    expect(texts(await chat.send('i had surgery on the other knee last year'))).not.toMatch(/clot more likely/);
  });

  it('names the risk factors people mention, in either language, and not everyday words', () => {
    for (const t of [
      'just birth control',
      "I'm on HRT",
      'had a c-section in May',
      'we drove 14 hours',
      'estoy embarazada',
      'tomo pastillas anticonceptivas',
      'vine en avión',
    ])
      expect(mentionsClotRisk(t), t).toBe(true);
    for (const t of ['ok thanks', 'can I drive myself', 'it hurts more when I walk', 'sí, gracias'])
      expect(mentionsClotRisk(t), t).toBe(false);
  });
});

describe('the suicide question left unanswered', () => {
  // A suspected crisis gets one question; a reply that is neither yes nor no is read with the first
  // message, and a reply that sounds like the crisis again is no reassurance (written after the
  // round-13 held conversations were scored).
  it('the means named across two sentences, then "don\'t tell anyone": the crisis line, not a routine answer', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    const asked = texts(await chat.send('been saving up my oxy for a while now. enough to not wake up'));
    // The question about suicide carries 988 itself (round 22): someone who stops answering has it.
    expect(asked).toContain('988');
    const said = texts(await chat.send("please don't tell anyone, my knee is just never getting better"));
    expect(said).toContain('988');
  });

  it('a plan with the pills at hand is the crisis line straight away', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    expect(texts(await chat.send('I have a plan and the pills are in my nightstand'))).toContain('988');
  });

  it('a care plan for pain medicines is not', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    expect(
      texts(await chat.send('my doctor and I have a plan to taper my pain meds after the knee surgery')),
    ).not.toContain('988');
  });
});
