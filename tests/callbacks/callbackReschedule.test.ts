// A patient who changes the callback time after the request was sent: the whole bot (harness), the
// real SQLite store, and the staff page as staff would see it. Wordings of our own, both languages.
import { describe, expect, it } from 'vitest';
import type { SqliteCallbackStore } from '../../src/callbacks/sqliteCallbackStore';
import type { CallbackRequest } from '../../src/callbacks/types';
import { renderQueue } from '../../src/staff/render';
import { BotChat, makeDeps, OPEN_TIME, realKnowledge, texts } from '../dialogs/harness';

const CLINIC_PHONE = /\(214\) 972-0302/;

async function sentChat(spanish = false): Promise<{ chat: BotChat; ref: string }> {
  const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
  const steps = spanish
    ? ['quiero que me llamen', 'Lucía Torres', '214 555 0187', 'mañana por la mañana', 'omitir', 'sí', 'Enviar']
    : ['please have someone call me', 'Dana Whit', '214 555 0187', 'tomorrow morning', 'skip', 'yes', 'Send it'];
  let last = '';
  for (const s of steps) last = texts(await chat.send(s));
  const ref = /\*\*([0-9A-F]{8})\*\*/.exec(last)?.[1];
  expect(ref, last).toBeDefined();
  return { chat, ref: ref! };
}

async function only(chat: BotChat): Promise<CallbackRequest> {
  const all = await chat.deps.callbackStore.list();
  expect(all).toHaveLength(1);
  return all[0]!;
}

/** The /staff queue as rendered for staff, as text (tags dropped). */
async function staffQueue(chat: BotChat): Promise<string> {
  const store = chat.deps.callbackStore;
  const page = await store.page({ status: 'open' });
  const html = renderQueue({
    knowledge: realKnowledge(),
    nonce: 'n',
    initials: 'JD',
    query: { sort: 'newest', status: 'open' },
    items: page.items,
    counts: await store.counts(),
    retentionDays: 30,
    now: new Date(OPEN_TIME),
    refreshSeconds: 60,
  });
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('changing the callback time after it was sent', () => {
  it.each([
    ['actually after 5 works better', /after 5pm/, '2026-11-24', 'afternoon'],
    ['how about Thursday afternoon instead', /Thu 26 Nov, afternoon/, '2026-11-26', 'afternoon'],
    ['sorry, can we do Friday morning instead?', /Fri 27 Nov, morning/, '2026-11-27', 'morning'],
  ])(
    '"%s": saved, confirmed with the new time, the zone and the reference; staff see it changed',
    async (text, when, date, part) => {
      const { chat, ref } = await sentChat();
      const said = texts(await chat.send(text));
      expect(said).toMatch(/^Done: the clinic will call you on \*\*/);
      expect(said).toMatch(when);
      expect(said).toMatch(/\(Central Time\) instead of Wed 25 Nov \(tomorrow\), morning/);
      expect(said).toContain(`reference is still **${ref}**`);
      expect(said).not.toMatch(/can't change it/);
      const stored = await only(chat);
      expect(stored).toMatchObject({
        status: 'new',
        preferredDate: date,
        preferredTime: part,
        delivery: 'pending',
        timeChange: { by: 'patient', count: 1, from: { preferredTime: 'morning', preferredDate: '2026-11-25' } },
      });
      const queue = await staffQueue(chat);
      expect(queue).toMatch(/Time changed by the patient .*; it was Wed 25 Nov, morning/);
      expect(queue).not.toMatch(/Time changed[^;]*; it was [^W]/);
    },
  );

  it('Spanish: saved and confirmed in Spanish; staff see the new time and that it changed', async () => {
    const { chat, ref } = await sentChat(true);
    const said = texts(await chat.send('mejor el jueves por la tarde'));
    expect(said).toMatch(/^Hecho: la clínica le llamará el \*\*jue 26 nov, en la tarde\*\* \(hora central\)/);
    expect(said).toContain('en lugar de mié 25 nov (mañana), en la mañana');
    expect(said).toContain(`referencia sigue siendo **${ref}**`);
    expect(await only(chat)).toMatchObject({ preferredDate: '2026-11-26', preferredTime: 'afternoon', language: 'es' });
    const queue = await staffQueue(chat);
    expect(queue).toMatch(/Thu 26 Nov, afternoon/);
    expect(queue).toMatch(/Time changed by the patient .*it was Wed 25 Nov, morning/);
  });

  it('a second change is saved too, replacing the first; the same change again changes nothing', async () => {
    const { chat } = await sentChat();
    await chat.send('how about Thursday afternoon instead');
    const second = texts(await chat.send('actually Friday morning would be better'));
    expect(second).toMatch(/Fri 27 Nov, morning\*\* \(Central Time\) instead of Thu 26 Nov, afternoon/);
    const repeat = texts(await chat.send('actually Friday morning would be better'));
    expect(repeat).toMatch(
      /^That's already the time the clinic has: we'll call \*\*\(214\) 555-0187\*\* on \*\*Fri 27 Nov, morning\*\*/,
    );
    const stored = await only(chat);
    expect(stored).toMatchObject({
      preferredDate: '2026-11-27',
      timeChange: { count: 2, from: { preferredDate: '2026-11-26', preferredTime: 'afternoon' } },
    });
    // "Send it" on the old card says the time now stored.
    expect(texts(await chat.send('Send it'))).toMatch(/Fri 27 Nov, morning/);
    expect(await staffQueue(chat)).toMatch(/it was Thu 26 Nov, afternoon/);
  });

  it('Spanish, a second change: "en realidad mejor el viernes después de las 3"', async () => {
    const { chat } = await sentChat(true);
    await chat.send('mejor el jueves por la tarde');
    const said = texts(await chat.send('en realidad mejor el viernes después de las 3'));
    expect(said).toMatch(
      /vie 27 nov, después de las 3 p\.m\.\*\* \(hora central\) en lugar de jue 26 nov, en la tarde/,
    );
    expect(await only(chat)).toMatchObject({ preferredAt: '2026-11-27T21:00:00.000Z', timeChange: { count: 2 } });
  });

  it.each([
    ['done', 'how about Thursday afternoon instead'],
    ['called', 'actually after 5 works better'],
  ] as const)(
    'once staff marked it %s: not changed, the honest answer with the clinic number',
    async (status, text) => {
      const { chat, ref } = await sentChat();
      const before = await only(chat);
      await chat.deps.callbackStore.handle(before.id, status, 'JD', new Date(OPEN_TIME));
      const said = texts(await chat.send(text));
      expect(said).toMatch(/can't change it from this chat/);
      expect(said).toContain(`reference **${ref}**`);
      expect(said).toMatch(CLINIC_PHONE);
      expect(said).not.toMatch(/^Done:/);
      const after = await only(chat);
      expect(after).toMatchObject({ status, preferredDate: '2026-11-25', preferredTime: 'morning' });
      expect(after.timeChange).toBeUndefined();
    },
  );

  it('Spanish, refused after done: the honest answer in Spanish', async () => {
    const { chat } = await sentChat(true);
    await chat.deps.callbackStore.handle((await only(chat)).id, 'done', 'JD', new Date(OPEN_TIME));
    const said = texts(await chat.send('mejor el jueves por la tarde'));
    expect(said).toMatch(/no la puedo cambiar desde este chat/);
    expect(said).toMatch(CLINIC_PHONE);
  });

  it('when the store fails: the honest answer with the clinic number, nothing claimed', async () => {
    const { chat } = await sentChat();
    (chat.deps.callbackStore as SqliteCallbackStore).reschedule = async () => {
      throw new Error('disk I/O error');
    };
    const said = texts(await chat.send('how about Thursday afternoon instead'));
    expect(said).toMatch(/can't change it from this chat/);
    expect(said).toMatch(CLINIC_PHONE);
    expect(said).not.toMatch(/Done:/);
  });

  it('an urgent request stays urgent and says so with the new time', async () => {
    const { chat } = await sentChat();
    const { id } = await only(chat);
    // As if a warning sign had marked it (the safety follow-up answers a deferral first; see safety tests).
    (chat.deps.callbackStore as unknown as { db: import('better-sqlite3').Database }).db
      .prepare('UPDATE callbacks SET urgent = 1 WHERE id = ?')
      .run(id);
    const said = texts(await chat.send('how about Thursday afternoon instead'));
    expect(said).toMatch(/^Done:/);
    expect(said).toMatch(/still marked \*\*urgent\*\*/);
    expect(await only(chat)).toMatchObject({ urgent: true, preferredDate: '2026-11-26' });
    expect(await staffQueue(chat)).toMatch(/Urgent/);
  });
});
