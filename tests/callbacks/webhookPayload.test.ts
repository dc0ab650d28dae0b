import { describe, expect, it } from 'vitest';
import { preferredLabel, webhookBody, whenLabel } from '../../src/callbacks/webhookPayload';
import type { CallbackRequest } from '../../src/callbacks/types';
import { knowledgeMessages } from '../helpers/messages';

const req: CallbackRequest = {
  id: '6f1c2a4e-1111-4222-8333-444455556666',
  createdAt: '2026-11-25T16:00:00.000Z',
  updatedAt: '2026-11-25T16:00:00.000Z',
  status: 'new',
  delivery: 'pending',
  attempts: 0,
  reachAttempts: 0,
  history: [],
  name: 'Jo <!channel> [click](http://x.test)',
  phone: '+442079460958',
  preferredTime: 'afternoon',
  preferredDate: '2026-11-27',
  reason: 'knee & stairs **now** _please_ <http://evil.test|here>',
  consent: true,
};
const BASE = 'https://bot.clinic.example/';

type TeamsBody = {
  type: string;
  attachments: Array<{
    contentType: string;
    content: { type: string; body: unknown[]; actions?: Array<{ type: string; url: string; title: string }> };
  }>;
};
type SlackBody = {
  text: string;
  blocks: Array<{
    type: string;
    text?: { type: string; text: string };
    fields?: Array<{ type: string; text: string }>;
    elements?: Array<{ type: string; text: string }>;
  }>;
};

/** Every piece of text in a card, with the element type that holds it. */
function texts(node: unknown, out: Array<{ type: string; text: string }> = []): Array<{ type: string; text: string }> {
  if (Array.isArray(node)) node.forEach((n) => texts(n, out));
  else if (node && typeof node === 'object') {
    const n = node as Record<string, unknown>;
    if (typeof n.text === 'string') out.push({ type: String(n.type), text: n.text });
    Object.values(n).forEach((v) => texts(v, out));
  }
  return out;
}

describe('webhook payloads', () => {
  it('labels the preferred time as the patient saw it, or the specific time in clinic time', () => {
    expect(preferredLabel(req)).toBe('Fri 27 Nov, afternoon');
    expect(preferredLabel({ preferredDate: '2026-11-30', preferredTime: 'any' })).toBe('Mon 30 Nov, any time');
    // 23:00 UTC on 25 Nov is 5pm in Dallas.
    expect(whenLabel({ ...req, preferredAt: '2026-11-25T23:00:00.000Z' }, 'America/Chicago')).toBe('Wed 25 Nov, 5pm');
    expect(whenLabel({ ...req, preferredAt: '2026-11-25T23:30:00.000Z' }, 'America/Chicago')).toBe(
      'Wed 25 Nov, 5:30pm',
    );
  });

  it('json carries the full request, its reference and a link to it', () => {
    expect(webhookBody(req, 'json', { messages: knowledgeMessages })).toMatchObject({
      id: req.id,
      reference: '6F1C2A4E',
      phone: '+442079460958',
      phoneDisplay: '+44 20 7946 0958',
      channelId: null,
      staffUrl: null,
      urgent: false,
    });
    expect(
      webhookBody({ ...req, urgent: true, language: 'es' }, 'json', {
        messages: knowledgeMessages,
        publicBaseUrl: BASE,
      }),
    ).toMatchObject({
      urgent: true,
      language: 'es',
      staffUrl: 'https://bot.clinic.example/staff?q=6F1C2A4E',
    });
  });

  it('slack: patient text only in plain_text, the notification line has none; reference, id and link', () => {
    const body = webhookBody({ ...req, preferredTimeText: 'after *5*' }, 'slack', {
      messages: knowledgeMessages,
      publicBaseUrl: BASE,
    }) as SlackBody;
    expect(body.text).toBe('Callback request 6F1C2A4E');
    const all = texts(body.blocks);
    for (const t of all.filter((x) => /Jo|knee|after/.test(x.text))) expect(t.type).toBe('plain_text');
    expect(all.map((t) => t.text)).toEqual(
      expect.arrayContaining([
        `Name: ${req.name}`,
        `Reason: ${req.reason}`,
        'Phone: +44 20 7946 0958',
        'They said: after *5*',
      ]),
    );
    const context = all.find((t) => t.type === 'mrkdwn')!.text;
    expect(context).toContain('6F1C2A4E');
    expect(context).toContain(req.id);
    expect(context).toContain('<https://bot.clinic.example/staff?q=6F1C2A4E|Open in the staff console>');
    expect(JSON.stringify(body)).not.toMatch(/Jamie|\+44207/);
    const urgent = webhookBody({ ...req, urgent: true }, 'slack', { messages: knowledgeMessages }) as SlackBody;
    expect(urgent.text).toMatch(/^URGENT/);
    expect(texts(urgent.blocks).some((t) => t.type === 'mrkdwn' && t.text.includes('staff console'))).toBe(false);
  });

  it('teams: one Adaptive Card; patient text in TextRuns (never markdown); reference, id and an Open button', () => {
    const body = webhookBody({ ...req, language: 'es', urgent: true }, 'teams', {
      messages: knowledgeMessages,
      publicBaseUrl: BASE,
    }) as TeamsBody;
    expect(body.type).toBe('message');
    expect(body.attachments).toHaveLength(1);
    const card = body.attachments[0]!;
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.content.type).toBe('AdaptiveCard');
    const all = texts(card.content.body);
    for (const t of all.filter((x) => x.text.includes('Jo') || x.text.includes('knee'))) expect(t.type).toBe('TextRun');
    expect(all.filter((t) => t.type === 'TextBlock').map((t) => t.text)).toEqual(
      expect.arrayContaining([
        'Name:',
        'Phone:',
        'When:',
        'Language:',
        'Reason:',
        `Reference 6F1C2A4E · request ${req.id}`,
      ]),
    );
    expect(all.map((t) => t.text)).toEqual(
      expect.arrayContaining(['prefers Spanish', 'Fri 27 Nov, afternoon', '+44 20 7946 0958']),
    );
    expect(all[0]!.text).toMatch(/^URGENT/);
    expect(card.content.actions).toEqual([
      {
        type: 'Action.OpenUrl',
        title: 'Open in the staff console',
        url: 'https://bot.clinic.example/staff?q=6F1C2A4E',
      },
    ]);
    expect(
      (webhookBody(req, 'teams', { messages: knowledgeMessages }) as TeamsBody).attachments[0]!.content.actions,
    ).toBeUndefined();
  });
});

describe('a time the patient changed after sending', () => {
  const changed: CallbackRequest = {
    ...req,
    preferredAt: '2026-11-27T23:00:00.000Z',
    timeChange: {
      by: 'patient',
      at: '2026-11-25T17:00:00.000Z',
      from: { preferredTime: 'morning', preferredDate: '2026-11-26' },
      count: 1,
    },
  };
  const o = { messages: knowledgeMessages, timeZone: 'America/Chicago' };

  it('says so in the title and names the time it replaces (Slack, Teams, JSON)', () => {
    const slack = webhookBody(changed, 'slack', o) as SlackBody;
    expect(slack.text).toBe('Callback time changed 6F1C2A4E');
    expect(slack.blocks[0]!.text!.text).toBe('Callback time changed by the patient');
    expect(JSON.stringify(slack)).toContain('Changed: by the patient; it was Thu 26 Nov, morning');
    const teams = JSON.stringify(webhookBody(changed, 'teams', o));
    expect(teams).toContain('Callback time changed by the patient');
    expect(teams).toContain('Fri 27 Nov, 5pm');
    expect(webhookBody(changed, 'json', o)).toMatchObject({
      event: 'time-changed',
      timeChange: { previousLabel: 'Thu 26 Nov, morning', previousPreferredAt: null, count: 1 },
    });
  });

  it('after "couldn\'t reach": the same time-changed notice, with the status staff left it in', () => {
    const missed: CallbackRequest = { ...changed, status: 'unreachable', reachAttempts: 1 };
    const slack = webhookBody(missed, 'slack', o) as SlackBody;
    expect(slack.blocks[0]!.text!.text).toBe('Callback time changed by the patient');
    expect(JSON.stringify(webhookBody(missed, 'teams', o))).toContain('Callback time changed by the patient');
    expect(webhookBody(missed, 'json', o)).toMatchObject({ event: 'time-changed', status: 'unreachable' });
  });

  it('an urgent request stays urgent in the headline', () => {
    const slack = webhookBody({ ...changed, urgent: true }, 'slack', o) as SlackBody;
    expect(slack.text).toMatch(/^URGENT/);
    expect(JSON.stringify(slack)).toContain('it was Thu 26 Nov, morning');
  });
});
