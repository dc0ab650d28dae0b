// Callback requests as a plain-text table for `npm run callbacks` (staff at a terminal), in the
// same model and order as the /staff page.
import { CALLBACK_LIST_LIMITS } from '../limits';
import { formatShortDate } from '../clinic/hours';
import { isoDate, localParts } from '../clinic/zonedTime';
import { referenceOf } from './handling';
import { formatPhone } from './phone';
import type { CallbackRequest, CallbackSort, CallbackStatus, HandlingChange } from './types';
import { CALLBACK_STATUSES } from './types';
import { whenLabel } from './webhookPayload';

const COLUMNS = ['Received', 'Status', 'Name', 'Phone', 'Call', 'Reason', 'Ref', 'Last change'] as const;

/** "Mon 30 Nov 14:05" in the clinic's zone, so staff read their own clock. */
export function localStamp(iso: string, timeZone: string): string {
  const p = localParts(new Date(iso), timeZone);
  return `${formatShortDate(isoDate(p))} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

function clip(s: string, max: number): string {
  const oneLine = s.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}

/** "new", "unreachable ×2", with "URGENT" for one still to call. */
function statusText(r: CallbackRequest): string {
  const s = r.status === 'unreachable' ? `unreachable ×${r.reachAttempts}` : r.status;
  return r.urgent && (r.status === 'new' || r.status === 'unreachable') ? `URGENT ${s}` : s;
}

function lastChange(h: HandlingChange[], timeZone: string): string {
  const c = h.at(-1);
  return c ? `${c.by} ${localStamp(c.at, timeZone)}` : '';
}

export function formatTable(rows: CallbackRequest[], timeZone: string): string {
  if (rows.length === 0) return 'No callback requests.';
  const cells = rows.map((r) => [
    localStamp(r.createdAt, timeZone),
    statusText(r),
    r.redactedAt ? '(removed)' : clip(r.name, 24) + (r.language === 'es' ? ' (Spanish)' : ''),
    r.redactedAt ? '' : formatPhone(r.phone),
    whenLabel(r, timeZone) +
      (r.preferredTimeText ? ` "${clip(r.preferredTimeText, 24)}"` : '') +
      (r.timeChange ? ` (changed, was ${whenLabel(r.timeChange.from, timeZone)})` : ''),
    clip(r.reason ?? '', 32),
    referenceOf(r.id),
    lastChange(r.history, timeZone),
  ]);
  const widths = COLUMNS.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) =>
    c
      .map((v, i) => v.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(COLUMNS), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

export interface CliArgs {
  status?: CallbackStatus | 'open';
  q?: string;
  sort: CallbackSort;
  limit: number;
  json: boolean;
  help: boolean;
}

const STATUS_ARGS: readonly string[] = ['open', ...CALLBACK_STATUSES];

/** Parses `--status open --search 6F1C2A4E --sort oldest --limit 20 --json`; throws a one-line message on a bad argument. */
export function parseCliArgs(argv: string[]): CliArgs {
  const out: CliArgs = { limit: 100, sort: 'newest', json: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--status') {
      const v = value();
      if (!STATUS_ARGS.includes(v)) throw new Error(`--status must be ${STATUS_ARGS.join(', ')}, got "${v}"`);
      out.status = v as CliArgs['status'];
    } else if (flag === '--search' || flag === '-q') {
      out.q = value();
    } else if (flag === '--sort') {
      const v = value();
      if (v !== 'newest' && v !== 'oldest') throw new Error(`--sort must be newest or oldest, got "${v}"`);
      out.sort = v;
    } else if (flag === '--limit') {
      const v = value();
      if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > CALLBACK_LIST_LIMITS.max)
        throw new Error(`--limit must be a whole number from 1 to ${CALLBACK_LIST_LIMITS.max}, got "${v}"`);
      out.limit = Number(v);
    } else if (flag === '--json') out.json = true;
    else if (flag === '--help' || flag === '-h') out.help = true;
    else throw new Error(`unknown argument "${arg}" (try --help)`);
  }
  return out;
}
