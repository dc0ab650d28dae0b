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
        paths: [
          'name',
          'phone',
          'email',
          '*.name',
          '*.phone',
          '*.email',
          'req.headers.authorization',
          'headers.authorization',
        ],
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

/** Anything that carries per-turn state (botbuilder's TurnContext), without depending on botbuilder. */
interface TurnStateHolder {
  turnState: { get(key: unknown): unknown; set(key: unknown, value: unknown): unknown };
}

/** turnState key of the turn's logger: the app's logger bound to the request id of that turn. */
const TURN_LOGGER_KEY = 'kneeBot.logger';

/** Runs `logic` with `logger` (usually a child carrying the request id) as the turn's logger. */
export function withTurnLogger<C extends TurnStateHolder>(
  logic: (context: C) => Promise<void>,
  logger: Logger,
): (context: C) => Promise<void> {
  return (context) => {
    context.turnState.set(TURN_LOGGER_KEY, logger);
    return logic(context);
  };
}

/** The turn's logger (so every line of a turn carries its request id), or `fallback`. */
export function turnLogger(context: TurnStateHolder, fallback: Logger): Logger {
  return (context.turnState.get(TURN_LOGGER_KEY) as Logger | undefined) ?? fallback;
}
