// The safety state: after an act-now reply (call 911, the emergency room now, get checked today,
// the crisis line) the next messages are read against it first. Two-turn conversations through the
// whole bot (welcome, dialogs, state saving), as a new user would have them.
import { describe, expect, it } from 'vitest';
import { BotChat, makeDeps, OPEN_TIME, type Said } from './harness';

const CLINIC_TEL = 'tel:+12149720302';

interface Tier {
  name: string;
  /** The first message: a red flag of this tier. */
  first: string;
  /** What the first reply's heading says. */
  heading: RegExp;
  /** Every follow-up repeats this instruction. */
  instruction: RegExp;
  tel: string;
}

const TIERS: Tier[] = [
  {
    name: '911 (cold, pale foot)',
    first: 'my foot went cold and pale after the fall',
    heading: /Call 911 now/,
    instruction: /call 911/i,
    tel: 'tel:911',
  },
  {
    name: '911 (clot with breathlessness)',
    first: 'my calf is swollen and I am short of breath',
    heading: /Call 911 now/,
    instruction: /call 911/i,
    tel: 'tel:911',
  },
  {
    name: 'emergency room (hot swollen knee with fever)',
    first: 'my knee is hot, red and swollen and I have a fever',
    heading: /Go to an emergency room now/,
    instruction: /emergency room/i,
    tel: 'tel:911',
  },
  {
    name: 'same day (swollen calf)',
    first: 'my calf is swollen and tender',
    heading: /Get this checked today/,
    instruction: /today/i,
    tel: CLINIC_TEL,
  },
  {
    name: 'same day (kneecap out and back in)',
    first: 'my kneecap popped out and then went back in by itself',
    heading: /Get this checked today/,
    instruction: /today/i,
    tel: CLINIC_TEL,
  },
];

/** Each kind of follow-up, with what the answer must say beyond the tier's instruction. */
const FOLLOW_UPS: { kind: string; text: string; expect: (tier: Tier) => RegExp }[] = [
  {
    kind: 'to the clinic instead',
    text: 'can my wife drive me to your clinic instead?',
    expect: (t) => (t.tel === 'tel:911' ? /instead/i : /can't replace/i),
  },
  {
    kind: 'someone drives them',
    text: 'my husband can take me to the ER',
    expect: (t) => (t.heading.source.includes('911') ? /rather than going by car/i : /Yes/),
  },
  { kind: 'driving themselves', text: 'can I drive myself?', expect: () => /don't drive yourself/i },
  { kind: 'waiting (Monday)', text: "I'll call you Monday", expect: () => /don't (?:wait|leave it)/i },
  { kind: 'waiting (tomorrow)', text: 'can it wait till tomorrow?', expect: () => /don't (?:wait|leave it)/i },
  {
    kind: 'home care',
    text: 'can I just ice it and rest?',
    expect: () => /can't be treated at home|don't replace a check/i,
  },
  { kind: 'probably nothing', text: "it's probably anxiety, right?", expect: () => /I hope/i },
  { kind: 'stretching', text: 'what stretches can I do meanwhile?', expect: () => /don't do that for now/i },
  { kind: 'foam rolling', text: 'should I foam-roll it?', expect: () => /don't do that for now/i },
];

function texts(said: Said[]): string {
  return said.map((s) => s.text).join('\n');
}

async function afterFlag(tier: Tier, deps = makeDeps()): Promise<{ chat: BotChat; first: Said[] }> {
  const chat = new BotChat({ deps });
  const first = await chat.send(tier.first);
  return { chat, first };
}

describe('the act-now reply is the whole first answer', () => {
  for (const tier of TIERS) {
    it(`${tier.name}: one message, no welcome before or after, the right heading and call button`, async () => {
      const { first } = await afterFlag(tier);
      expect(first).toHaveLength(1);
      expect(first[0]?.text).toMatch(tier.heading);
      expect(first[0]?.text).not.toMatch(/knee helper/i);
      expect(first[0]?.tel).toBe(tier.tel);
    });
  }

  it('the welcome waits until the safety state has ended, then comes once', async () => {
    const deps = makeDeps();
    const { chat } = await afterFlag(TIERS[3] as Tier, deps);
    await chat.send('start over');
    const later = await chat.send('what shoes are good for running?');
    expect(later[0]?.text).toMatch(/knee helper/);
    expect(later[1]?.text).toMatch(/shoe/i);
    const again = await chat.send('what shoes are good for running?');
    expect(texts(again)).not.toMatch(/knee helper/);
  });
});

describe('follow-ups after an act-now reply repeat its instruction', () => {
  for (const tier of TIERS) {
    for (const follow of FOLLOW_UPS) {
      it(`${tier.name} → ${follow.kind}: "${follow.text}"`, async () => {
        const { chat } = await afterFlag(tier);
        const said = await chat.send(follow.text);
        expect(said, texts(said)).toHaveLength(1);
        const reply = said[0] as Said;
        expect(reply.text).toMatch(tier.instruction);
        expect(reply.text).toMatch(follow.expect(tier));
        expect(reply.tel).toBe(tier.tel);
        // Never the routine content the issue saw: the clinic's address, articles, mindfulness tips.
        expect(reply.text).not.toMatch(/Suite|mindful|Rest and recovery|foam roller helps|warning signs/i);
      });
    }

    it(`${tier.name} → "ok, going now": a short supportive close, nothing more`, async () => {
      const { chat } = await afterFlag(tier);
      for (const text of ['ok, going now', 'ok, going to the ER now']) {
        const said = await chat.send(text);
        expect(said).toHaveLength(1);
        // A short close in words; the tier's call stays attached (one tap if it gets worse).
        expect(said[0]?.body.length, said[0]?.text).toBeLessThan(90);
        expect(said[0]?.tel).toBe(tier.tel);
        expect(said[0]?.choices).toEqual([]);
        expect(said[0]?.text).not.toMatch(/warning signs|- /);
      }
    });

    it(`${tier.name} → an unrelated question: answered as usual, after a one-line reminder`, async () => {
      const { chat } = await afterFlag(tier);
      const said = await chat.send('what shoes are good for running?');
      expect(said.length).toBe(2);
      expect(said[0]?.text).toMatch(/reminder/i);
      expect(said[0]?.text).toMatch(tier.instruction);
      // One line of words, with the tier's call attached (Web Chat writes it as a tel: link below).
      expect(said[0]?.body.split('\n')).toHaveLength(1);
      expect(said[0]?.tel).toBe(tier.tel);
      expect(said[1]?.text).toMatch(/shoe/i);
      // The answer's own buttons stay the last ones on screen.
      expect(said[1]?.choices.length).toBeGreaterThan(0);
    });
  }

  it("declining exercise gives the flag's own reason: rolling a calf that may have a clot could move it", async () => {
    const { chat } = await afterFlag(TIERS[3] as Tier);
    const said = await chat.send('should I foam-roll it?');
    expect(said[0]?.text).toMatch(/clot, that could move it/);
  });

  it('after an emergency-room reply, going to urgent care instead is not accepted as going', async () => {
    const { chat } = await afterFlag(TIERS[2] as Tier);
    const said = await chat.send("urgent care is closer, I'll go there");
    expect(said).toHaveLength(1);
    expect(said[0]?.text).toMatch(/emergency room instead/i);
    expect(said[0]?.text).not.toMatch(/right thing/i);
  });

  it('after a 911 reply, getting it seen this afternoon is waiting', async () => {
    const { chat } = await afterFlag(TIERS[0] as Tier);
    const said = await chat.send('ok, going to get it seen this afternoon');
    expect(said).toHaveLength(1);
    expect(said[0]?.text).toMatch(/don't wait/i);
  });

  it('after a same-day reply, going to urgent care is the plan: a short close', async () => {
    const { chat } = await afterFlag(TIERS[3] as Tier);
    const said = await chat.send("ok, I'll go to urgent care now");
    expect(said).toHaveLength(1);
    expect(said[0]?.text).toMatch(/good plan/i);
  });

  it("putting it back or forcing it is declined with the flag's reason, not answered with an article", async () => {
    const { chat } = await afterFlag(TIERS[0] as Tier);
    const said = await chat.send('can my mate just pop it back in?');
    expect(said).toHaveLength(1);
    expect(said[0]?.text).toMatch(/don't do that for now/i);
    expect(said[0]?.text).toMatch(/call 911/i);
  });

  // (A swollen calf has its own word on where, the ER for the scan: convoR20.test.ts.)
  it('a same-day reply offers where to go, and that button answers with urgent care or the ER', async () => {
    const { chat, first } = await afterFlag(TIERS[4] as Tier);
    expect(first[0]?.choices).toEqual(['Where should I go?']);
    const said = await chat.send('Where should I go today?');
    expect(said[0]?.text).toMatch(/urgent care center that does X-rays/);
    expect(said[0]?.text).toMatch(/emergency room/);
  });

  it('a guided assessment started meanwhile runs as usual: "No" answers its question, no reminder each turn', async () => {
    const { chat } = await afterFlag(TIERS[3] as Tier);
    const start = await chat.send('pain on the outside of my knee');
    expect(start[0]?.text).toMatch(/reminder/i);
    const question = start.at(-1) as Said;
    expect(question.choices).toEqual(['Yes', 'No']);
    const next = await chat.send('No');
    expect(texts(next)).not.toMatch(/reminder|Good plan|Take care/i);
    expect(next.at(-1)?.choices.length).toBeGreaterThan(0);
  });

  it('a worse sign in a follow-up gets its own full reply and becomes the state', async () => {
    const { chat } = await afterFlag(TIERS[3] as Tier);
    const said = await chat.send('now I am short of breath and my chest hurts');
    expect(said[0]?.text).toMatch(/Call 911 now/);
    const next = await chat.send('can my wife drive me to your clinic instead?');
    expect(next[0]?.text).toMatch(/call 911/i);
    expect(next[0]?.tel).toBe('tel:911');
  });
});

describe('crisis', () => {
  const crisis = 'I want to kill myself, my knee is ruined and I cant run anymore';

  it('keeps the crisis reply when the statement is repeated in other words, 988 button every time', async () => {
    const chat = new BotChat();
    const first = await chat.send(crisis);
    expect(first).toHaveLength(1);
    expect(first[0]?.tel).toBe('tel:988');
    for (const text of [
      "I mean it, I don't see the point",
      'honestly whats the point of anything',
      'nobody cares anyway',
    ]) {
      const said = await chat.send(text);
      expect(said, text).toHaveLength(1);
      expect(said[0]?.text, text).toMatch(/988/);
      expect(said[0]?.text, text).not.toMatch(/not sure|IT band/i);
      expect(said[0]?.tel, text).toBe('tel:988');
    }
  });

  it('every follow-up carries 988: going, "I\'m fine", and an unrelated question (reminder first)', async () => {
    const chat = new BotChat();
    await chat.send(crisis);
    const going = await chat.send('ok I will call them');
    expect(going[0]?.tel).toBe('tel:988');
    expect(going[0]?.text).toMatch(/988/);
    const fine = await chat.send("I'm fine, I was joking");
    expect(fine[0]?.tel).toBe('tel:988');
    const other = await chat.send('what shoes are good for running?');
    expect(other[0]?.text).toMatch(/988/);
    expect(other[0]?.tel).toBe('tel:988');
    expect(other[1]?.text).toMatch(/shoe/i);
  });
});

describe('the state ends', () => {
  it('with start over', async () => {
    const { chat } = await afterFlag(TIERS[0] as Tier);
    await chat.send('start over');
    const said = await chat.send('can I drive myself?');
    expect(texts(said)).not.toMatch(/don't drive yourself/i);
  });

  it('after half a day (clock injected); the crisis line after a full day', async () => {
    const deps = makeDeps({ now: OPEN_TIME });
    const { chat } = await afterFlag(TIERS[0] as Tier, deps);
    const clock = deps.clock as unknown as { set(iso: string): void };
    clock.set('2026-11-25T03:00:00Z'); // 11 hours later: still standing
    expect(texts(await chat.send('can I drive myself?'))).toMatch(/don't drive yourself/i);
    clock.set('2026-11-25T05:00:00Z'); // 13 hours later: over
    expect(texts(await chat.send('can I drive myself?'))).not.toMatch(/don't drive yourself/i);

    const crisisDeps = makeDeps({ now: OPEN_TIME });
    const crisisChat = new BotChat({ deps: crisisDeps });
    await crisisChat.send('I want to end my life');
    (crisisDeps.clock as unknown as { set(iso: string): void }).set('2026-11-25T12:00:00Z'); // 20 hours
    expect((await crisisChat.send('what shoes are good for running?'))[0]?.tel).toBe('tel:988');
  });

  it('a soon reply is not an act-now state: no alarm and no reminder afterwards', async () => {
    const chat = new BotChat();
    const first = await chat.send('my knee catches sometimes but frees itself after a second');
    expect(texts(first)).toMatch(/See a clinician in the next few days/);
    expect(texts(first)).not.toMatch(/Call 911 now/);
    expect(first.flatMap((s) => s.choices)).toContain('Request a callback');
    const said = await chat.send('what shoes are good for running?');
    expect(texts(said)).not.toMatch(/reminder/i);
  });
});

describe('a body part near the knee: the out-of-scope reply says when to get it checked', () => {
  const cases: [string, RegExp][] = [
    ['my hip hurts when I run', /Hip problems can be felt in the thigh or knee/],
    ['groin strain from sprinting', /Groin pain that gets worse with every run/],
    ['my shins hurt after running', /stress fracture/],
    ['I pulled my calf on my long run', /blood clot must be ruled out/],
  ];
  for (const [text, line] of cases) {
    it(`"${text}"`, async () => {
      const chat = new BotChat();
      await chat.send('hi');
      const said = await chat.send(text);
      expect(texts(said)).toMatch(/When to get it checked/);
      expect(texts(said)).toMatch(line);
    });
  }

  it('a topic far from the knee gets no safety line', async () => {
    const chat = new BotChat();
    await chat.send('hi');
    expect(texts(await chat.send('what should I eat the night before a marathon?'))).not.toMatch(
      /When to get it checked/,
    );
  });
});
