// Callback requests as a plain-text table for `npm run callbacks` (staff at a terminal).
import { formatShortDate } from '../clinic/hours';
import { isoDate, localParts } from '../clinic/zonedTime';
import { formatPhone } from './phone';
import type { CallbackRequest, CallbackStatus } from './types';
import { preferredLabel } from './webhookPayload';

const COLUMNS = ['Created', 'Status', 'Name', 'Phone', 'Call', 'Tries', 'Reason', 'Id'] as const;

/** "Mon 30 Nov 14:05" in the clinic's zone, so staff read their own clock. */
export function localStamp(iso: string, timeZone: string): string {
  const p = localParts(new Date(iso), timeZone);
  return `${formatShortDate(isoDate(p))} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

function clip(s: string, max: number): string {
  const oneLine = s.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}

export function formatTable(rows: CallbackRequest[], timeZone: string): string {
  if (rows.length === 0) return 'No callback requests.';
  const cells = rows.map((r) => [
    localStamp(r.createdAt, timeZone),
    r.status,
    clip(r.name, 24),
    formatPhone(r.phone),
    preferredLabel(r),
    String(r.attempts),
    clip(r.reason ?? '', 32),
    r.id,
  ]);
  const widths = COLUMNS.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) => c.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(COLUMNS), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

export interface CliArgs {
  status?: CallbackStatus;
  limit: number;
  json: boolean;
  help: boolean;
}

/** Parses `--status new --limit 20 --json`; throws with a one-line message on a bad argument. */
export function parseCliArgs(argv: string[]): CliArgs {
  const out: CliArgs = { limit: 100, json: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--status') {
      const v = value();
      if (v !== 'new' && v !== 'notified' && v !== 'done') throw new Error(`--status must be new, notified or done, got "${v}"`);
      out.status = v;
    } else if (flag === '--limit') {
      const v = value();
      if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 500) throw new Error(`--limit must be a whole number from 1 to 500, got "${v}"`);
      out.limit = Number(v);
    } else if (flag === '--json') out.json = true;
    else if (flag === '--help' || flag === '-h') out.help = true;
    else throw new Error(`unknown argument "${arg}" (try --help)`);
  }
  return out;
}
