import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  return { logger: createLogger('info', stream), lines };
}

describe('logs', () => {
  it('are JSON lines with level names', () => {
    const { logger, lines } = capture();
    logger.info({ requestId: 'r1' }, 'turn');
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({ level: 'info', requestId: 'r1', msg: 'turn', service: 'knee-pain-bot' });
  });

  it('censor personal fields and scrub free text', () => {
    const { logger, lines } = capture();
    logger.info(
      { name: 'Jane Doe', phone: '+12145550143', detail: { email: 'j@example.com' } },
      'callback from my name is Jane Doe on 214-555-0143',
    );
    logger.warn('reach me at jane@example.com');
    const all = lines.join('\n');
    expect(all).not.toMatch(/Jane|555\D?01\d\d|jane@|j@example/);
    expect(all).toContain('[redacted]');
    expect(all).toContain('[phone]');
    expect(all).toContain('[email]');
  });
});
