// Issue 2, "done when": whole conversations over POST /api/messages with expectReplies, as a new user.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allText, choicesOf, pick, startTestBot, type TestBot } from '../helpers/server';
import { CLINIC_PHONE, CLINIC_TEL } from '../helpers/clinic';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(async () => {
  await bot?.close();
});

describe('a new user over HTTP', () => {
  it('gets the welcome and disclaimer once', async () => {
    const conv = bot.conversation();
    const first = await conv.say('hi');
    expect(allText(first)).toMatch(/diagnos/i);
    const second = await conv.say('how long does knee pain take to heal');
    expect(allText(second)).not.toMatch(/not a diagnosis|isn't a diagnosis|not diagnose/i);
  });

  it('"pain along the outside of my knee at mile 5" reaches IT band content', async () => {
    const conv = bot.conversation();
    let replies = await conv.say('pain along the outside of my knee at mile 5');
    let seen = allText(replies);
    // The assessment may ask a few yes/no questions first; answer "No" until the causes are shown.
    for (let i = 0; i < 5 && !/IT band|iliotibial/i.test(seen); i++) {
      const no = choicesOf(replies).find((c) => /^no\b/i.test(c.label));
      if (!no) break;
      replies = await conv.say(no.value);
      seen += allText(replies);
    }
    expect(seen).toMatch(/IT band|iliotibial/i);
  });

  it('"behind the knee" through the buttons reaches hamstring/popliteus tendinitis and Baker\'s cyst', async () => {
    const conv = bot.conversation();
    let replies = await conv.say('where does my knee hurt? help me work it out');
    if (!choicesOf(replies).some((c) => /back|behind/i.test(c.label))) {
      replies = await conv.say(pick(replies, /check|assess|where/i));
    }
    replies = await conv.say(pick(replies, /back|behind/i));
    let seen = allText(replies);
    for (let i = 0; i < 6 && !/baker/i.test(seen); i++) {
      replies = await conv.say(pick(replies, /^no\b/i));
      seen += allText(replies);
    }
    expect(seen).toMatch(/hamstring/i);
    expect(seen).toMatch(/popliteus/i);
    expect(seen).toMatch(/baker/i);
  });

  it('"how can I reach you by phone" shows the number with a tap-to-call button', async () => {
    const conv = bot.conversation();
    const replies = await conv.say('how can I reach you by phone');
    const seen = allText(replies);
    expect(seen).toContain(CLINIC_PHONE);
    expect(seen).toContain(CLINIC_TEL);
  });

  it('"what is a good marathon playlist" gets an honest not-sure', async () => {
    const conv = bot.conversation();
    await conv.say('hello');
    const replies = await conv.say('what is a good marathon playlist');
    const seen = allText(replies);
    expect(seen).toMatch(/not sure|knee pain|can help with/i);
    expect(seen).not.toMatch(/iliotibial|patellofemoral|baker/i);
  });
});

describe('durable state', () => {
  it('a conversation in the middle of the assessment survives a server restart', async () => {
    const durable = await startTestBot({ STORAGE: 'sqlite' });
    try {
      const conv = durable.conversation();
      await conv.say('hi');
      let replies = await conv.say('I want to check where my knee pain comes from');
      if (!choicesOf(replies).some((c) => /front/i.test(c.label)))
        replies = await conv.say(pick(replies, /check|assess|where/i));
      replies = await conv.say(pick(replies, /front/i));
      const question = allText(replies);
      expect(choicesOf(replies).some((c) => /^yes\b/i.test(c.label))).toBe(true);

      await durable.restart();
      const health = await fetch(`${durable.url}/healthz`);
      expect(health.status).toBe(200);

      let after = await conv.say(pick(replies, /^no\b/i));
      // Still in the assessment: another yes/no question or the causes for the front of the knee.
      let seen = allText(after);
      for (let i = 0; i < 5 && !/kneecap|patell|quadriceps/i.test(seen); i++) {
        after = await conv.say(pick(after, /^no\b/i));
        seen += allText(after);
      }
      expect(seen).not.toEqual(question);
      expect(seen).toMatch(/kneecap|patell|quadriceps/i);
    } finally {
      await durable.close();
    }
  });
});

describe('health', () => {
  it('GET /healthz reports status, version, knowledge entries and storage', async () => {
    const res = await fetch(`${bot.url}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body.status).toBe('ok');
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(body.knowledgeEntries).toBeGreaterThanOrEqual(35);
    expect(body.storage).toMatchObject({ reachable: true });
  });
});

describe('safety first for a brand-new user', () => {
  it('a red flag in the very first message is answered before the welcome', async () => {
    const conv = bot.conversation();
    const replies = await conv.say("I heard a pop and now my knee is hugely swollen and I can't put any weight on it");
    const texts = replies
      .filter((r) => r.type === 'message')
      .map((r) => `${r.text ?? ''} ${JSON.stringify(r.attachments ?? [])}`);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts[0]).toMatch(/urgent|today|same-day|911|emergency/i);
  });
});

describe('pages the Teams manifest links to', () => {
  it.each(['privacy', 'terms'])('GET /%s is a filled, script-free page', async (name) => {
    const res = await fetch(`${bot.url}/${name}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).toContain(CLINIC_PHONE);
    expect(html).not.toMatch(/\{\w+\}/);
    expect(html).not.toContain('<script');
  });
});
