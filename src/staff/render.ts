// The /staff page as HTML, rendered on the server (pure: data in, markup out). Everything a
// patient typed is escaped text, never markup; wording comes from knowledge/messages/staff.yaml.
import { referenceOf } from '../callbacks/handling';
import { formatPhone, splitExtension } from '../callbacks/phone';
import { localStamp } from '../callbacks/table';
import type {
  CallbackCounts,
  CallbackQuery,
  CallbackRequest,
  CallbackStatus,
  HandlingAction,
} from '../callbacks/types';
import { canTransition, HANDLING_ACTIONS } from '../callbacks/handling';
import { whenLabel } from '../callbacks/webhookPayload';
import { zoneLabel } from '../clinic/zonedTime';
import { fillTemplate } from '../knowledge/template';
import type { Knowledge } from '../knowledge/types';
import { escapeHtml } from '../web/template';

const STAFF_MESSAGE_KEYS = [
  'staff-title',
  'staff-title-open',
  'staff-heading',
  'staff-signin-intro',
  'staff-token-label',
  'staff-initials-label',
  'staff-initials-hint',
  'staff-signin',
  'staff-signin-wrong',
  'staff-signin-initials',
  'staff-signin-limited',
  'staff-signed-out',
  'staff-session-expired',
  'staff-origin-refused',
  'staff-signed-in-as',
  'staff-signout',
  'staff-search-label',
  'staff-search',
  'staff-search-clear',
  'staff-filter-label',
  'staff-filter-all',
  'staff-filter-open',
  'staff-filter-called',
  'staff-filter-unreachable',
  'staff-filter-done',
  'staff-sort-label',
  'staff-sort-newest',
  'staff-sort-oldest',
  'staff-open-count',
  'staff-caption',
  'staff-col-received',
  'staff-col-name',
  'staff-col-phone',
  'staff-col-when',
  'staff-col-reason',
  'staff-col-reference',
  'staff-col-status',
  'staff-col-actions',
  'staff-urgent',
  'staff-urgent-hint',
  'staff-spanish',
  'staff-they-said',
  'staff-time-changed',
  'staff-status-new',
  'staff-status-called',
  'staff-status-unreachable',
  'staff-status-done',
  'staff-attempts',
  'staff-attempt',
  'staff-history-item',
  'staff-action-called',
  'staff-action-unreachable',
  'staff-action-done',
  'staff-removed',
  'staff-empty',
  'staff-empty-search',
  'staff-next-page',
  'staff-first-page',
  'staff-saved',
  'staff-conflict',
  'staff-not-found',
  'staff-refreshed',
  'staff-no-script',
] as const;
export type StaffMessageKey = (typeof STAFF_MESSAGE_KEYS)[number];

/** Throws naming missing keys, so a broken messages/staff.yaml stops the start, not a shift. */
export function assertStaffMessages(knowledge: Knowledge): void {
  const missing = STAFF_MESSAGE_KEYS.filter((k) => typeof knowledge.messages[k] !== 'string');
  if (missing.length > 0) throw new Error(`knowledge/messages/staff.yaml: missing message keys: ${missing.join(', ')}`);
}

/** Wording as plain text (for titles, logs); `html()` for markup. */
export function staffText(
  knowledge: Knowledge,
  key: StaffMessageKey,
  values: Record<string, string | number> = {},
): string {
  return fillTemplate(knowledge.messages[key] ?? '', values).trim();
}

const ACTION_KEY: Record<HandlingAction, StaffMessageKey> = {
  called: 'staff-action-called',
  unreachable: 'staff-action-unreachable',
  done: 'staff-action-done',
};
const STATUS_KEY: Record<CallbackStatus, StaffMessageKey> = {
  new: 'staff-status-new',
  called: 'staff-status-called',
  unreachable: 'staff-status-unreachable',
  done: 'staff-status-done',
};

interface PageShell {
  knowledge: Knowledge;
  nonce: string;
  title: string;
  body: string;
}

function renderShell(o: PageShell): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(o.title)}</title>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/staff/static/staff.css">
<script src="/staff/static/staff.js" defer nonce="${escapeHtml(o.nonce)}"></script>
</head>
<body>
${o.body}
</body>
</html>`;
}

export interface SignInView {
  knowledge: Knowledge;
  nonce: string;
  /** Where to go after signing in (a /staff path). */
  next: string;
  error?: string;
  notice?: string;
  initials?: string;
}

export function renderSignIn(v: SignInView): string {
  const k = v.knowledge;
  const t = (key: StaffMessageKey, values: Record<string, string | number> = {}) =>
    escapeHtml(staffText(k, key, values));
  const message = v.error
    ? `<p class="message error" role="alert" id="signin-error">${escapeHtml(v.error)}</p>`
    : v.notice
      ? `<p class="message" role="status">${escapeHtml(v.notice)}</p>`
      : '';
  const describedBy = v.error ? ' aria-describedby="signin-error"' : '';
  const body = `<header class="bar"><p class="clinic">${escapeHtml(k.clinic.name)}</p></header>
<main class="signin" id="main">
<h1>${t('staff-heading')}</h1>
<p>${t('staff-signin-intro', { clinicName: k.clinic.name })}</p>
${message}
<form method="post" action="/staff/sign-in" class="signin-form">
<input type="hidden" name="next" value="${escapeHtml(v.next)}">
<div class="field">
<label for="token">${t('staff-token-label')}</label>
<input id="token" name="token" type="password" autocomplete="current-password" required${describedBy}>
</div>
<div class="field">
<label for="initials">${t('staff-initials-label')}</label>
<input id="initials" name="initials" type="text" autocomplete="off" autocapitalize="characters" spellcheck="false" required maxlength="8" size="6" aria-describedby="initials-hint" value="${escapeHtml(v.initials ?? '')}">
<p class="hint" id="initials-hint">${t('staff-initials-hint')}</p>
</div>
<button type="submit" class="primary">${t('staff-signin')}</button>
</form>
</main>`;
  return renderShell({
    knowledge: k,
    nonce: v.nonce,
    title: staffText(k, 'staff-title', { clinicName: k.clinic.name }),
    body,
  });
}

export interface QueueView {
  knowledge: Knowledge;
  nonce: string;
  initials: string;
  query: Required<Pick<CallbackQuery, 'sort'>> & Pick<CallbackQuery, 'status' | 'q' | 'cursor'>;
  items: CallbackRequest[];
  nextCursor?: string;
  counts: CallbackCounts;
  retentionDays: number;
  now: Date;
  /** A message about the last change (saved / conflict). */
  notice?: { text: string; error?: boolean };
  refreshSeconds: number;
}

/** "/staff?status=open&q=…" for the given view, without empty parts. */
function queueHref(q: { status?: string; q?: string; sort?: string; cursor?: string }): string {
  const p = new URLSearchParams();
  if (q.status) p.set('status', q.status);
  if (q.q) p.set('q', q.q);
  if (q.sort && q.sort !== 'newest') p.set('sort', q.sort);
  if (q.cursor) p.set('cursor', q.cursor);
  const s = p.toString();
  return s ? `/staff?${s}` : '/staff';
}

function openCount(c: CallbackCounts): number {
  return c.new + c.unreachable;
}

function queueTitle(knowledge: Knowledge, counts: CallbackCounts): string {
  const open = openCount(counts);
  return open > 0
    ? staffText(knowledge, 'staff-title-open', { open, clinicName: knowledge.clinic.name })
    : staffText(knowledge, 'staff-title', { clinicName: knowledge.clinic.name });
}

function renderRow(r: CallbackRequest, v: QueueView, back: string): string {
  const k = v.knowledge;
  const tz = k.clinic.timeZone;
  const t = (key: StaffMessageKey, values: Record<string, string | number> = {}) =>
    escapeHtml(staffText(k, key, values));
  const ref = referenceOf(r.id);
  const rowId = `r-${r.id}`;
  const refId = `ref-${r.id}`;
  const urgentOpen = r.urgent === true && (r.status === 'new' || r.status === 'unreachable');
  const removed = r.redactedAt !== undefined;
  const badges = [
    urgentOpen ? `<span class="badge urgent" title="${t('staff-urgent-hint')}">${t('staff-urgent')}</span>` : '',
    r.language === 'es' ? `<span class="badge lang">${t('staff-spanish')}</span>` : '',
  ].join('');
  const name = removed
    ? `<span class="removed">${t('staff-removed', { days: v.retentionDays })}</span>`
    : `<span class="name">${escapeHtml(r.name)}</span>`;
  // The extension as RFC 3966 has it ("tel:+14695550187;ext=402"), never run into the number's digits.
  const { e164, ext } = splitExtension(r.phone);
  const digits = e164.replace(/[^\d+]/g, '');
  const tel = digits === '' ? '' : `${digits}${ext ? `;ext=${ext.replace(/\D/g, '')}` : ''}`;
  const phone = removed || tel === '' ? '' : `<a href="tel:${escapeHtml(tel)}">${escapeHtml(formatPhone(r.phone))}</a>`;
  const when = [
    `<span>${escapeHtml(whenLabel(r, tz))}</span>`,
    r.preferredTimeText
      ? `<span class="said">${t('staff-they-said', { text: `“${r.preferredTimeText}”` })}</span>`
      : '',
    // Moved by the patient after sending: staff may have planned for the old time.
    r.timeChange
      ? `<span class="changed">${t('staff-time-changed', { when: localStamp(r.timeChange.at, tz), was: whenLabel(r.timeChange.from, tz) })}</span>`
      : '',
  ].join('');
  const tries =
    r.reachAttempts === 1
      ? t('staff-attempt')
      : r.reachAttempts > 1
        ? t('staff-attempts', { count: r.reachAttempts })
        : '';
  const status = `<span class="status status-${r.status}">${t(STATUS_KEY[r.status])}</span>${tries ? ` <span class="tries">(${tries})</span>` : ''}`;
  const history = r.history.length
    ? `<ol class="history">${r.history
        .slice(-5)
        .map(
          (h) =>
            `<li>${t('staff-history-item', { status: staffText(k, STATUS_KEY[h.status]), by: h.by, when: localStamp(h.at, tz) })}</li>`,
        )
        .join('')}</ol>`
    : '';
  const actions = HANDLING_ACTIONS.filter((a) => canTransition(r.status, a));
  const form = actions.length
    ? `<form method="post" action="/staff/callbacks/${escapeHtml(r.id)}" class="actions">
<input type="hidden" name="back" value="${escapeHtml(back)}">
${actions
  .map(
    (a) =>
      `<button type="submit" name="status" value="${a}" class="action action-${a}" aria-describedby="${refId}">${t(ACTION_KEY[a])}</button>`,
  )
  .join('\n')}
</form>`
    : '';
  return `<tr id="${rowId}" class="row status-${r.status}${urgentOpen ? ' urgent' : ''}">
<td class="received">${escapeHtml(localStamp(r.createdAt, tz))}</td>
<th scope="row" class="who">${name}${badges ? `<span class="badges">${badges}</span>` : ''}</th>
<td class="phone">${phone}</td>
<td class="when">${when}</td>
<td class="reason">${removed ? '' : escapeHtml(r.reason ?? '')}</td>
<td class="ref"><span id="${refId}" class="reference">${escapeHtml(ref)}</span></td>
<td class="state">${status}${history}</td>
<td class="act">${form}</td>
</tr>`;
}

export function renderQueue(v: QueueView): string {
  const k = v.knowledge;
  const t = (key: StaffMessageKey, values: Record<string, string | number> = {}) =>
    escapeHtml(staffText(k, key, values));
  const open = openCount(v.counts);
  const current = { status: v.query.status, q: v.query.q, sort: v.query.sort, cursor: v.query.cursor };
  const back = queueHref(current);
  const filters: Array<[string | undefined, StaffMessageKey]> = [
    [undefined, 'staff-filter-all'],
    ['open', 'staff-filter-open'],
    ['called', 'staff-filter-called'],
    ['unreachable', 'staff-filter-unreachable'],
    ['done', 'staff-filter-done'],
  ];
  const filterLinks = filters
    .map(([status, key]) => {
      const href = queueHref({ status, q: v.query.q, sort: v.query.sort });
      const here = v.query.status === status;
      return `<li><a href="${escapeHtml(href)}"${here ? ' aria-current="page"' : ''}>${t(key)}</a></li>`;
    })
    .join('');
  const sortLinks = (['newest', 'oldest'] as const)
    .map((sort) => {
      const here = v.query.sort === sort;
      return `<li><a href="${escapeHtml(queueHref({ status: v.query.status, q: v.query.q, sort }))}"${here ? ' aria-current="true"' : ''}>${t(sort === 'newest' ? 'staff-sort-newest' : 'staff-sort-oldest')}</a></li>`;
    })
    .join('');
  const rows = v.items.map((r) => renderRow(r, v, back)).join('\n');
  const empty = v.query.q ? t('staff-empty-search', { q: v.query.q }) : t('staff-empty');
  const table = v.items.length
    ? `<div class="table-wrap"><table>
<caption>${t('staff-caption', { zone: zoneLabel(k.clinic.timeZone, v.now) })}</caption>
<thead><tr>
<th scope="col">${t('staff-col-received')}</th><th scope="col">${t('staff-col-name')}</th><th scope="col">${t('staff-col-phone')}</th>
<th scope="col">${t('staff-col-when')}</th><th scope="col">${t('staff-col-reason')}</th><th scope="col">${t('staff-col-reference')}</th>
<th scope="col">${t('staff-col-status')}</th><th scope="col">${t('staff-col-actions')}</th>
</tr></thead>
<tbody>
${rows}
</tbody>
</table></div>`
    : `<p class="empty">${empty}</p>`;
  const pager = [
    v.query.cursor
      ? `<a href="${escapeHtml(queueHref({ ...current, cursor: undefined }))}">${t('staff-first-page')}</a>`
      : '',
    v.nextCursor
      ? `<a href="${escapeHtml(queueHref({ ...current, cursor: v.nextCursor }))}" rel="next">${t('staff-next-page')}</a>`
      : '',
  ].filter(Boolean);
  const stamp = localStamp(v.now.toISOString(), k.clinic.timeZone).split(' ').at(-1)!;
  const notice = v.notice ? `<p class="message${v.notice.error ? ' error' : ''}">${escapeHtml(v.notice.text)}</p>` : '';
  const body = `<header class="bar">
<p class="clinic">${escapeHtml(k.clinic.name)}</p>
<p class="signed-in">${t('staff-signed-in-as', { initials: v.initials })}</p>
<form method="post" action="/staff/sign-out" class="signout"><button type="submit">${t('staff-signout')}</button></form>
</header>
<main id="main">
<h1>${t('staff-heading')} <span class="open-count" id="open-count" aria-live="polite" aria-atomic="true">${t('staff-open-count', { open })}</span></h1>
<div class="tools">
<form method="get" action="/staff" role="search" class="search">
<label for="q">${t('staff-search-label')}</label>
<input id="q" name="q" type="search" value="${escapeHtml(v.query.q ?? '')}" autocomplete="off" spellcheck="false">
${v.query.status ? `<input type="hidden" name="status" value="${escapeHtml(v.query.status)}">` : ''}
${v.query.sort !== 'newest' ? `<input type="hidden" name="sort" value="${escapeHtml(v.query.sort)}">` : ''}
<button type="submit">${t('staff-search')}</button>
${v.query.q ? `<a href="${escapeHtml(queueHref({ status: v.query.status, sort: v.query.sort }))}">${t('staff-search-clear')}</a>` : ''}
</form>
<nav aria-label="${t('staff-filter-label')}" class="filters"><span class="label" aria-hidden="true">${t('staff-filter-label')}:</span><ul>${filterLinks}</ul></nav>
<nav aria-label="${t('staff-sort-label')}" class="filters"><span class="label" aria-hidden="true">${t('staff-sort-label')}:</span><ul>${sortLinks}</ul></nav>
</div>
<div id="notice" role="status">${notice}</div>
<section id="queue" aria-labelledby="queue-heading" data-refresh-seconds="${v.refreshSeconds}" data-open="${open}">
<h2 id="queue-heading" class="visually-hidden">${t('staff-heading')}</h2>
${table}
${pager.length ? `<nav aria-label="${t('staff-next-page')}" class="pager">${pager.join(' ')}</nav>` : ''}
<p class="refreshed">${t('staff-refreshed', { time: stamp })}</p>
</section>
<noscript><p class="hint">${t('staff-no-script')}</p></noscript>
</main>`;
  return renderShell({ knowledge: k, nonce: v.nonce, title: queueTitle(k, v.counts), body });
}
