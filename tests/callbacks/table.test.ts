import { describe, expect, it } from 'vitest';
import { formatTable, localStamp, parseCliArgs } from '../../src/callbacks/table';
import type { CallbackRequest } from '../../src/callbacks/types';

const row = (over: Partial<CallbackRequest>): CallbackRequest => ({
  id: '6f1c2a4e-1111-4222-8333-444455556666',
  createdAt: '2026-11-25T16:05:00.000Z',
  updatedAt: '2026-11-25T16:05:00.000Z',
  status: 'new',
  delivery: 'pending',
  attempts: 0,
  reachAttempts: 0,
  history: [],
  name: 'Sam Lee',
  phone: '+12145550143',
  preferredTime: 'morning',
  preferredDate: '2026-11-27',
  consent: true,
  ...over,
});

describe('callbacks CLI helpers', () => {
  it('shows clinic-local times', () => {
    expect(localStamp('2026-11-25T16:05:00.000Z', 'America/Chicago')).toBe('Wed 25 Nov 10:05');
  });
  it('formats an aligned table with readable phone and time', () => {
    const out = formatTable(
      [
        row({}),
        row({
          status: 'done',
          name: 'Ana',
          phone: '+442079460958',
          reason: 'a\nlong reason that goes on and on and on and on',
        }),
      ],
      'America/Chicago',
    );
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^Received\s+Status\s+Name\s+Phone\s+Call\s+Reason\s+Ref\s+Last change$/);
    expect(lines[2]).toContain('6F1C2A4E');
    expect(lines[2]).toContain('(214) 555-0143');
    expect(lines[2]).toContain('Fri 27 Nov, morning');
    expect(lines[3]).toContain('+44 20 7946 0958');
    expect(lines[3]).toContain('…');
    expect(lines[3]).not.toContain('\n');
    expect(lines[2]!.indexOf('Sam Lee')).toBe(lines[3]!.indexOf('Ana'));
    expect(formatTable([], 'UTC')).toBe('No callback requests.');
  });
  it('shows urgency, attempts, language, the specific time, who changed it last, and removed data', () => {
    const out = formatTable(
      [
        row({
          status: 'unreachable',
          reachAttempts: 2,
          urgent: true,
          language: 'es',
          preferredAt: '2026-11-25T23:00:00.000Z',
          preferredTimeText: 'after 5pm today',
          history: [{ status: 'unreachable', by: 'JD', at: '2026-11-25T17:00:00.000Z' }],
        }),
        row({ status: 'done', name: '', phone: '', redactedAt: '2026-12-01T00:00:00.000Z' }),
      ],
      'America/Chicago',
    );
    const lines = out.split('\n');
    expect(lines[2]).toMatch(/URGENT unreachable ×2\s+Sam Lee \(Spanish\)/);
    expect(lines[2]).toContain('Wed 25 Nov, 5pm "after 5pm today"');
    expect(lines[2]).toContain('JD Wed 25 Nov 11:00');
    expect(lines[3]).toContain('(removed)');
  });
  it('parses arguments and refuses bad ones', () => {
    expect(parseCliArgs(['--status', 'new', '--limit=5', '--json'])).toEqual({
      status: 'new',
      sort: 'newest',
      limit: 5,
      json: true,
      help: false,
    });
    expect(parseCliArgs(['--status', 'open', '--search', '6F1C2A4E', '--sort', 'oldest'])).toMatchObject({
      status: 'open',
      q: '6F1C2A4E',
      sort: 'oldest',
    });
    expect(() => parseCliArgs(['--status', 'lost'])).toThrow(/--status/);
    expect(() => parseCliArgs(['--status', 'notified'])).toThrow(/--status/);
    expect(() => parseCliArgs(['--sort', 'random'])).toThrow(/--sort/);
    expect(() => parseCliArgs(['--limit', '0'])).toThrow(/--limit/);
    expect(() => parseCliArgs(['--frobnicate'])).toThrow(/unknown argument/);
  });
});
