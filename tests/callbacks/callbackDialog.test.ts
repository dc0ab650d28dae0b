// The callback conversation on its own, under botbuilder-testing's DialogTestClient, with the real
// knowledge, the real renderer (channel "test" renders like Web Chat) and the real SQLite store.
import path from 'node:path';
import { Writable } from 'node:stream';
import type { Activity } from 'botbuilder';
import { DialogTurnStatus } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { CallbackDialog, type CallbackDialogResult } from '../../dialogs/callbackDialog';
import { SqliteCallbackStore } from '../../src/callbacks/sqliteCallbackStore';
import type { CallbackStore } from '../../src/callbacks/types';
import { fixedClock } from '../../src/clock';
import { loadKnowledge } from '../../src/knowledge/load';
import type { Knowledge } from '../../src/knowledge/types';
import { createLogger, type Logger } from '../../src/logging';
import { projectRoot } from '../../src/paths';
import { CLINIC_PHONE, CLINIC_TEL } from '../helpers/clinic';

/** Tuesday 24 Nov 2026, 10:00 in Dallas: open. */
const OPEN = '2026-11-24T16:00:00Z';
/** Saturday 28 Nov 2026, 10:00 in Dallas: closed. */
const CLOSED = '2026-11-28T16:00:00Z';

let knowledge: Knowledge;
beforeAll(() => {
  knowledge = loadKnowledge(path.join(projectRoot(), 'knowledge'));
});

interface Said {
  text: string;
  choices: string[];
  tel?: string;
  all: string;
}

function describeActivity(a: Partial<Activity>): Said {
  const all = JSON.stringify(a);
  return {
    text: a.text ?? '',
    choices: (a.suggestedActions?.actions ?? []).map((x) => String(x.title)),
    // Web Chat renders the call as a markdown link `[Call …](tel:+1…)`; other channels as a card action.
    tel: /(tel:\+\d+)/.exec(all)?.[1],
    all,
  };
}

class Chat {
  readonly client: DialogTestClient;
  readonly store: SqliteCallbackStore;
  readonly logLines: string[] = [];

  constructor(opts: { now?: string; store?: CallbackStore } = {}) {
    this.store = SqliteCallbackStore.open(':memory:');
    const sink = new Writable({
      write: (chunk, _enc, cb) => {
        this.logLines.push(String(chunk));
        cb();
      },
    });
    const logger: Logger = createLogger('debug', sink);
    const dialog = new CallbackDialog({
      knowledge,
      callbackStore: opts.store ?? this.store,
      clock: fixedClock(opts.now ?? OPEN),
      logger,
    });
    this.client = new DialogTestClient('test', dialog);
  }

  async send(text: string): Promise<Said[]> {
    const out: Said[] = [];
    const first = (await this.client.sendActivity(text)) as Partial<Activity> | undefined;
    for (let a = first; a; a = this.client.getNextReply() as Partial<Activity> | undefined) {
      if (a.type === 'message') out.push(describeActivity(a));
    }
    return out;
  }

  get status(): DialogTurnStatus {
    return this.client.dialogTurnResult.status;
  }

  get result(): CallbackDialogResult {
    return this.client.dialogTurnResult.result as CallbackDialogResult;
  }
}

const last = (said: Said[]) => said[said.length - 1]!;
const texts = (said: Said[]) => said.map((s) => s.text).join('\n');

/** Runs the flow up to the summary with the given answers. */
async function toSummary(
  chat: Chat,
  answers: { name?: string; phone?: string; time?: string; reason?: string } = {},
): Promise<Said[]> {
  await chat.send('hi');
  await chat.send(answers.name ?? 'Sam Lee');
  await chat.send(answers.phone ?? '(214) 555-0143');
  await chat.send(answers.time ?? '1');
  await chat.send(answers.reason ?? 'outer knee pain after long runs');
  return chat.send('yes');
}

describe('CallbackDialog', () => {
  it('a reason written in Spanish marks the request "es" for staff; English stays "en"', async () => {
    const chat = new Chat();
    await chat.send('call me back');
    await chat.send('Ana Ruiz');
    await chat.send('(214) 555-0143');
    await chat.send('Tue 24 Nov (today), afternoon');
    await chat.send('me duele la rodilla cuando corro');
    await chat.send('Yes, please call me');
    await chat.send('Send it');
    const [stored] = await chat.store.list();
    expect(stored).toMatchObject({ name: 'Ana Ruiz', reason: 'me duele la rodilla cuando corro', language: 'es' });
  });

  it('valid details → summary → stored → confirmation (clinic open)', async () => {
    const chat = new Chat();
    const intro = await chat.send('call me back');
    expect(texts(intro)).toContain('phone you back');
    expect(last(intro).text).toBe('What name should we ask for when we call?');

    const askPhone = await chat.send('My name is Sam Lee.');
    expect(last(askPhone).text).toContain('Thanks, Sam Lee.');

    const askTime = await chat.send('(214) 555-0143');
    expect(last(askTime).text).toContain('Central Time');
    expect(last(askTime).choices).toEqual([
      'Tue 24 Nov (today), morning',
      'Tue 24 Nov (today), afternoon',
      'Tue 24 Nov (today), any time',
    ]);

    const askReason = await chat.send('Tue 24 Nov (today), afternoon');
    expect(last(askReason).choices).toEqual(['Skip']);

    const askConsent = await chat.send('Outer knee pain after long runs');
    expect(last(askConsent).text).toContain('(214) 555-0143');
    expect(last(askConsent).choices).toEqual(['Yes, please call me', "No, don't call"]);

    const summary = await chat.send('Yes, please call me');
    expect(last(summary).choices).toEqual(['Send it', 'Change something']);
    for (const v of ['Sam Lee', '(214) 555-0143', 'Tue 24 Nov (today), afternoon', 'Outer knee pain after long runs']) {
      expect(last(summary).all).toContain(v);
    }
    expect(await chat.store.list()).toEqual([]); // nothing stored before "Send it"

    const done = await chat.send('Send it');
    const [stored] = await chat.store.list();
    expect(stored).toMatchObject({
      name: 'Sam Lee',
      phone: '+12145550143',
      preferredTime: 'afternoon',
      preferredDate: '2026-11-24',
      reason: 'Outer knee pain after long runs',
      consent: true,
      channelId: 'test',
      status: 'new',
      language: 'en',
    });
    expect(texts(done)).toContain(stored!.id.slice(0, 8).toUpperCase());
    expect(texts(done)).toContain('The clinic is open now, until 6pm.');
    expect(last(done).tel).toBe(CLINIC_TEL);
    expect(chat.status).toBe(DialogTurnStatus.complete);
    expect(chat.result.callbackId).toBe(stored!.id);
    expect(chat.result.offers.map((o) => o.route.kind)).toEqual(['ask']);
  });

  it('names and phone numbers never reach the logs; the id does', async () => {
    const chat = new Chat();
    await toSummary(chat, { name: 'Quentin Zebulon', phone: '214.555.0199' });
    await chat.send('Send it');
    const [stored] = await chat.store.list();
    const logs = chat.logLines.join('');
    expect(logs).toContain(stored!.id);
    // The number in any of its forms; not any "555" (a log line's millisecond time or a random id may hold one).
    expect(logs).not.toMatch(/Quentin|Zebulon|555[ .()-]*0199|2145550199|outer knee/);
  });

  it('re-prompts a bad number clearly, then accepts a good one', async () => {
    const chat = new Chat();
    await chat.send('hi');
    await chat.send('Sam');
    const retry = await chat.send('call me on my cell');
    expect(last(retry).text).toContain("couldn't read that as a phone number");
    const retry2 = await chat.send(CLINIC_PHONE);
    expect(last(retry2).text).toContain("clinic's own number");
    const next = await chat.send('214.555.0143');
    expect(last(next).text).toContain('When would suit you best?');
  });

  it('three invalid numbers → the clinic number to call instead, nothing stored, dialog ends', async () => {
    const chat = new Chat({ now: CLOSED });
    await chat.send('hi');
    await chat.send('Sam');
    await chat.send('abc');
    await chat.send('no idea');
    const giveUp = await chat.send('later');
    expect(texts(giveUp)).toContain(CLINIC_PHONE);
    expect(texts(giveUp)).toContain('Closed now; opens Monday 8am');
    expect(last(giveUp).tel).toBe(CLINIC_TEL);
    expect(chat.status).toBe(DialogTurnStatus.complete);
    expect(chat.result.offers.map((o) => o.route.kind)).toEqual(['call', 'ask']);
    expect(await chat.store.list()).toEqual([]);
  });

  it('international number, skipped reason, clinic closed: slots on Monday, confirmation says closed', async () => {
    const chat = new Chat({ now: CLOSED });
    await chat.send('hi');
    await chat.send('Ana');
    const askTime = await chat.send('+44 20 7946 0958');
    expect(last(askTime).choices).toEqual(['Mon 30 Nov, morning', 'Mon 30 Nov, afternoon', 'Mon 30 Nov, any time']);
    await chat.send('any time is fine');
    const consent = await chat.send('Skip');
    expect(last(consent).text).toContain('+44 20 7946 0958');
    const summary = await chat.send('yes');
    expect(last(summary).all).toContain('(not given)');
    const done = await chat.send('send it');
    const [stored] = await chat.store.list();
    expect(stored).toMatchObject({
      name: 'Ana',
      phone: '+442079460958',
      preferredTime: 'any',
      preferredDate: '2026-11-30',
    });
    expect(stored!.reason).toBeUndefined();
    expect(texts(done)).toContain('closed right now and opens Monday 8am');
    expect(texts(done)).toContain('Mon 30 Nov, any time');
  });

  it('a typed day is kept or refused, never silently moved ("tomorrow morning", "monday at 2", "saturday", "tonight")', async () => {
    const chat = new Chat(); // Tuesday 24 Nov, 10am in Dallas
    await chat.send('hi');
    await chat.send('Sam');
    await chat.send('214-555-0143');
    for (const closed of ['saturday morning', 'this weekend', 'tonight at 8pm', 'today at 7pm', 'evening']) {
      const retry = await chat.send(closed);
      expect(last(retry).text, closed).toContain('opening hours, Mon–Fri 8am–6pm');
    }
    await chat.send('tomorrow morning');
    await chat.send('Skip');
    await chat.send('yes');
    await chat.send('send it');
    const [first] = await chat.store.list();
    expect(first).toMatchObject({ preferredTime: 'morning', preferredDate: '2026-11-25' });

    const again = new Chat();
    // What the dialog hands the store (the store's own columns are the staff side's).
    const handed: unknown[] = [];
    const create = again.store.create.bind(again.store);
    again.store.create = async (details, now) => {
      handed.push(details);
      return create(details, now);
    };
    await again.send('hi');
    await again.send('Sam');
    await again.send('214-555-0143');
    await again.send('monday at 2');
    await again.send('Skip');
    const summary = await again.send('yes');
    // A clock time is kept as said (issue 16), not widened to "afternoon".
    expect(last(summary).all).toContain('Mon 30 Nov, 2pm');
    await again.send('send it');
    expect(handed[0]).toMatchObject({
      preferredTime: 'afternoon',
      preferredDate: '2026-11-30',
      preferredAt: '2026-11-30T20:00:00.000Z',
      preferredTimeText: 'monday at 2',
    });
  });

  it('an old "today" button after hours is asked again, not moved to tomorrow', async () => {
    const late = new Chat({ now: '2026-11-24T23:45:00Z' }); // Tuesday 5:45pm in Dallas
    await late.send('hi');
    await late.send('Sam');
    await late.send('214-555-0143');
    const retry = await late.send('Tue 24 Nov (today), morning');
    expect(last(retry).text).toContain('opening hours');
  });

  it('declining consent stores nothing and ends politely', async () => {
    const chat = new Chat();
    await chat.send('hi');
    await chat.send('Sam');
    await chat.send('2145550143');
    await chat.send('morning');
    await chat.send('skip');
    const said = await chat.send('no');
    expect(texts(said)).toContain("haven't saved anything");
    expect(chat.status).toBe(DialogTurnStatus.complete);
    expect(await chat.store.list()).toEqual([]);
  });

  it('an unclear consent answer is asked again, not taken as yes', async () => {
    const chat = new Chat();
    await chat.send('hi');
    await chat.send('Sam');
    await chat.send('2145550143');
    await chat.send('morning');
    await chat.send('skip');
    const said = await chat.send('maybe later');
    expect(last(said).text).toContain('Please answer **yes**');
    expect(chat.status).toBe(DialogTurnStatus.waiting);
  });

  it('change details: a new phone number asks consent again; time and name can change too', async () => {
    const chat = new Chat();
    await toSummary(chat);
    const which = await chat.send('Change something');
    expect(last(which).choices).toEqual(['Name', 'Phone number', 'Time', 'Reason']);
    const askPhone = await chat.send('the number');
    expect(last(askPhone).text).toContain('What number should we call?');
    const consent = await chat.send('+1 214 555 0188');
    expect(last(consent).text).toContain('(214) 555-0188');
    let summary = await chat.send('yes');
    expect(last(summary).all).toContain('(214) 555-0188');

    await chat.send('Change something');
    const askTime = await chat.send('Time');
    expect(last(askTime).text).toContain('When would suit you best?');
    summary = await chat.send('morning');
    // Consent and reason were kept: straight back to the summary.
    expect(last(summary).choices).toEqual(['Send it', 'Change something']);
    expect(last(summary).all).toContain('Tue 24 Nov (today), morning');

    await chat.send('Change something');
    await chat.send('Name');
    summary = await chat.send("I'm Samantha Lee");
    expect(last(summary).all).toContain('Samantha Lee');
    // The introduction is not repeated when changing.
    expect(texts(summary)).not.toContain('phone you back');

    await chat.send('Send it');
    const all = await chat.store.list();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      name: 'Samantha Lee',
      phone: '+12145550188',
      preferredTime: 'morning',
      reason: 'outer knee pain after long runs',
    });
  });

  it('does not take a command word as a name', async () => {
    const chat = new Chat();
    await chat.send('hi');
    for (const notAName of ['Phone', 'yes']) {
      const said = await chat.send(notAName);
      expect(last(said).text).toContain('Please type just the name');
      expect(said.some((s) => s.tel)).toBe(false);
    }
  });

  it('a number typed where the name goes is kept, and the name asked again', async () => {
    const chat = new Chat();
    await chat.send('hi');
    const said = await chat.send('214 555 0143');
    expect(texts(said)).toContain('number **(214) 555-0143**');
    expect(last(said).text).toContain('What name should we ask for');
    // The name, then straight to the time: the number is not asked again.
    expect(texts(await chat.send('Sam Lee'))).toContain('When would suit you best');
  });

  it('digits too few for a number are kept as its start, and the rest completes it', async () => {
    const chat = new Chat();
    await chat.send('hi');
    await chat.send('Sam');
    expect(last(await chat.send('214 555')).text).toContain('**214-555** so far');
    expect(texts(await chat.send('0143'))).toContain('When would suit you best');
  });

  it('if the store fails, says so, gives the number and does not claim success', async () => {
    const failing: CallbackStore = {
      ...SqliteCallbackStore.open(':memory:'),
      create: async () => {
        throw new Error('disk I/O error');
      },
    } as unknown as CallbackStore;
    const chat = new Chat({ store: failing });
    await toSummary(chat);
    const said = await chat.send('Send it');
    expect(texts(said)).toContain("couldn't save your request");
    expect(texts(said)).not.toContain('Your request is with the clinic');
    expect(last(said).tel).toBe(CLINIC_TEL);
    expect(chat.status).toBe(DialogTurnStatus.complete);
  });
});
