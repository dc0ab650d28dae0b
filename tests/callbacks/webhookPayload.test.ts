import { describe, expect, it } from 'vitest';
import { preferredLabel, webhookBody } from '../../src/callbacks/webhookPayload';
import type { CallbackRequest } from '../../src/callbacks/types';

const req: CallbackRequest = {
  id: '6f1c2a4e-1111-4222-8333-444455556666',
  createdAt: '2026-11-25T16:00:00.000Z',
  updatedAt: '2026-11-25T16:00:00.000Z',
  status: 'new',
  attempts: 0,
  name: 'Jo <!channel> [click](http://x.test)',
  phone: '+442079460958',
  preferredTime: 'afternoon',
  preferredDate: '2026-11-27',
  reason: 'knee & stairs',
  consent: true,
};

describe('webhook payloads', () => {
  it('labels the preferred time as the patient saw it', () => {
    expect(preferredLabel(req)).toBe('Fri 27 Nov, afternoon');
    expect(preferredLabel({ preferredDate: '2026-11-30', preferredTime: 'any' })).toBe('Mon 30 Nov, any time');
  });

  it('json carries the full request for the clinic’s own systems', () => {
    expect(webhookBody(req, 'json')).toMatchObject({ id: req.id, phone: '+442079460958', phoneDisplay: '+44 20 7946 0958', reason: 'knee & stairs', channelId: null });
  });

  it('slack: one text field, patient text cannot ping the channel', () => {
    const body = webhookBody(req, 'slack') as { text: string };
    expect(Object.keys(body)).toEqual(['text']);
    expect(body.text).toContain('&lt;!channel&gt;');
    expect(body.text).toContain('knee &amp; stairs');
    expect(body.text).toContain('+44 20 7946 0958');
    expect(body.text).toContain(req.id);
  });

  it('teams: a message with one Adaptive Card attachment; no links from patient text', () => {
    const body = webhookBody(req, 'teams') as { type: string; attachments: Array<{ contentType: string; content: { type: string; body: Array<{ type: string; facts?: Array<{ title: string; value: string }> }> } }> };
    expect(body.type).toBe('message');
    expect(body.attachments).toHaveLength(1);
    expect(body.attachments[0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(body.attachments[0]!.content.type).toBe('AdaptiveCard');
    const facts = body.attachments[0]!.content.body.find((b) => b.type === 'FactSet')!.facts!;
    expect(facts.map((f) => f.title)).toEqual(['Name', 'Phone', 'When', 'Reason']);
    expect(facts[0]!.value).not.toContain('](');
    expect(facts[2]!.value).toBe('Fri 27 Nov, afternoon');
  });
});
