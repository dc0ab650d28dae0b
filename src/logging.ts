import pino from 'pino';
import { redactPersonalData } from './privacy/redact';

export type Logger = pino.Logger;

/**
 * Structured JSON logs. Known personal fields are censored by path; any string logged under
 * `text` or `msg`-like fields should go through redactPersonalData first (see tests/unit/redact).
 */
export function createLogger(level: pino.LevelWithSilent = 'info', destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'knee-pain-bot' },
      redact: {
        paths: ['name', 'phone', 'email', '*.name', '*.phone', '*.email', 'req.headers.authorization', 'headers.authorization'],
        censor: '[redacted]',
      },
      formatters: { level: (label) => ({ level: label }) },
      hooks: {
        // Free-text log messages get the same scrubbing as the unanswered log.
        logMethod(args, method) {
          const scrubbed = args.map((a) => (typeof a === 'string' ? redactPersonalData(a) : a)) as typeof args;
          method.apply(this, scrubbed);
        },
      },
    },
    destination,
  );
}

/** A logger that discards everything (tests). */
export const silentLogger: Logger = pino({ level: 'silent' });
