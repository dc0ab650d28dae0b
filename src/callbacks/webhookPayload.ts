// What staff receive for one callback request, in the format their tool expects:
// plain JSON for their own systems, an Adaptive Card for a Teams incoming webhook (or a
// Workflows "post to channel" webhook), or Block Kit for a Slack incoming webhook.
//
// Patient text (name, reason, their own words for the time) is never markup: Teams gets it in
// TextRun elements (not markdown), Slack in plain_text objects. Every message names the request
// (reference and id), so a redelivery after a crash is visibly the same request, and links to it
// on /staff when PUBLIC_BASE_URL is set (the link carries the reference only, no personal data).
import { formatShortDate, formatTime } from '../clinic/hours';
import { fillTemplate } from '../knowledge/template';
import { isoDate, localParts } from '../clinic/zonedTime';
import { referenceOf } from './handling';
import { formatPhone, splitExtension } from './phone';
import type { CallbackRequest, PreferredTime } from './types';

export type WebhookFormat = 'json' | 'teams' | 'slack';

/** The staff.yaml wording of the Teams and Slack notifications (checked when the outbox starts). */
const WEBHOOK_MESSAGE_KEYS = [
  'staff-notify-title',
  'staff-notify-title-urgent',
  'staff-notify-line',
  'staff-notify-line-urgent',
  'staff-notify-reference',
  'staff-notify-open',
  'staff-notify-name',
  'staff-notify-phone',
  'staff-notify-when',
  'staff-notify-they-said',
  'staff-notify-language',
  'staff-notify-reason',
  'staff-spanish',
  'staff-notify-title-changed',
  'staff-notify-line-changed',
  'staff-notify-changed',
  'staff-notify-changed-from',
] as const;
type WebhookMessageKey = (typeof WEBHOOK_MESSAGE_KEYS)[number];

/** Throws naming missing keys, so a broken messages/staff.yaml stops the start, not a notification. */
export function assertWebhookMessages(messages: Readonly<Record<string, string>>): void {
  const missing = WEBHOOK_MESSAGE_KEYS.filter((k) => typeof messages[k] !== 'string');
  if (missing.length > 0) throw new Error(`knowledge/messages/staff.yaml: missing message keys: ${missing.join(', ')}`);
}

export interface WebhookOptions {
  /** The knowledge's messages (staff.yaml holds the notification wording). */
  messages: Readonly<Record<string, string>>;
  /** Public address of the bot (PUBLIC_BASE_URL): adds a link to the request on /staff. */
  publicBaseUrl?: string;
  /** The clinic's IANA zone, to show a specific time the patient asked for. */
  timeZone?: string;
}

const TIME_LABEL: Record<PreferredTime, string> = { morning: 'morning', afternoon: 'afternoon', any: 'any time' };

/** "Mon 30 Nov, morning" — the same wording the patient chose from. */
export function preferredLabel(r: Pick<CallbackRequest, 'preferredDate' | 'preferredTime'>): string {
  return `${formatShortDate(r.preferredDate)}, ${TIME_LABEL[r.preferredTime]}`;
}

/** "Tue 1 Dec, 5pm" in the clinic's zone. */
function clinicTimeLabel(isoInstant: string, timeZone: string): string {
  const p = localParts(new Date(isoInstant), timeZone);
  return `${formatShortDate(isoDate(p))}, ${formatTime(`${p.hour}:${String(p.minute).padStart(2, '0')}`)}`;
}

/**
 * When to call, for staff: the specific time in clinic time when the patient named one,
 * else the day and part of day they picked. Their own words come separately (plain text).
 */
export function whenLabel(
  r: Pick<CallbackRequest, 'preferredDate' | 'preferredTime' | 'preferredAt'>,
  timeZone?: string,
): string {
  if (r.preferredAt && timeZone) return clinicTimeLabel(r.preferredAt, timeZone);
  return preferredLabel(r);
}

/** The request on the staff page: a search for its reference (no personal data in the link). */
function staffLink(publicBaseUrl: string, id: string): string {
  const url = new URL('/staff', publicBaseUrl);
  url.searchParams.set('q', referenceOf(id));
  return url.toString();
}

/** Slack treats <, > and & as control characters (links, @channel) even in fallback text. */
function slackEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

interface Fact {
  title: string;
  value: string;
}

function say(o: WebhookOptions, key: WebhookMessageKey, values: Record<string, string> = {}): string {
  return fillTemplate(o.messages[key] ?? '', values).trim();
}

function factsOf(r: CallbackRequest, o: WebhookOptions): Fact[] {
  const facts: Fact[] = [
    { title: say(o, 'staff-notify-name'), value: r.name },
    { title: say(o, 'staff-notify-phone'), value: formatPhone(r.phone) },
    { title: say(o, 'staff-notify-when'), value: whenLabel(r, o.timeZone) },
  ];
  if (r.preferredTimeText) facts.push({ title: say(o, 'staff-notify-they-said'), value: r.preferredTimeText });
  if (r.language === 'es') facts.push({ title: say(o, 'staff-notify-language'), value: say(o, 'staff-spanish') });
  if (r.reason) facts.push({ title: say(o, 'staff-notify-reason'), value: r.reason });
  if (r.timeChange)
    facts.push({
      title: say(o, 'staff-notify-changed'),
      value: say(o, 'staff-notify-changed-from', { was: whenLabel(r.timeChange.from, o.timeZone) }),
    });
  return facts;
}

/**
 * The Idempotency-Key of one notification: the request id for the request itself (as before), and
 * one key per change of time, so a receiver that drops repeats still gets each new time once.
 */
export function notificationKey(r: Pick<CallbackRequest, 'id' | 'timeChange'>): string {
  return r.timeChange ? `${r.id}:time-${r.timeChange.count}` : r.id;
}

export function webhookBody(r: CallbackRequest, format: WebhookFormat, o: WebhookOptions): unknown {
  const reference = referenceOf(r.id);
  const link = o.publicBaseUrl ? staffLink(o.publicBaseUrl, r.id) : undefined;
  // Urgent stays the headline when the time changed too (the change is one of the facts).
  const title = say(
    o,
    r.urgent ? 'staff-notify-title-urgent' : r.timeChange ? 'staff-notify-title-changed' : 'staff-notify-title',
  );
  const line = r.urgent ? 'staff-notify-line-urgent' : r.timeChange ? 'staff-notify-line-changed' : 'staff-notify-line';
  const idLine = say(o, 'staff-notify-reference', { reference, id: r.id });
  switch (format) {
    case 'json':
      return {
        type: 'callback-request',
        version: 2,
        // 'time-changed': the patient moved the time after sending; the fields hold the new time.
        event: r.timeChange ? 'time-changed' : 'new',
        timeChange: r.timeChange
          ? {
              at: r.timeChange.at,
              count: r.timeChange.count,
              previousPreferredTime: r.timeChange.from.preferredTime,
              previousPreferredDate: r.timeChange.from.preferredDate,
              previousPreferredAt: r.timeChange.from.preferredAt ?? null,
              previousLabel: whenLabel(r.timeChange.from, o.timeZone),
            }
          : null,
        id: r.id,
        reference,
        createdAt: r.createdAt,
        status: r.status,
        urgent: r.urgent === true,
        language: r.language ?? null,
        name: r.name,
        // E.164 as before; an office extension beside it (and in the display form).
        phone: splitExtension(r.phone).e164,
        extension: splitExtension(r.phone).ext ?? null,
        phoneDisplay: formatPhone(r.phone),
        preferredTime: r.preferredTime,
        preferredDate: r.preferredDate,
        preferredLabel: preferredLabel(r),
        preferredAt: r.preferredAt ?? null,
        preferredTimeText: r.preferredTimeText ?? null,
        reason: r.reason ?? null,
        channelId: r.channelId ?? null,
        staffUrl: link ?? null,
      };
    case 'slack': {
      const blocks: unknown[] = [
        { type: 'header', text: { type: 'plain_text', text: title } },
        {
          type: 'section',
          fields: factsOf(r, o).map((f) => ({ type: 'plain_text', text: `${f.title}: ${f.value}`, emoji: false })),
        },
        {
          type: 'context',
          elements: [
            {
              type: 'mrkdwn',
              text: slackEscape(idLine) + (link ? ` · <${link}|${slackEscape(say(o, 'staff-notify-open'))}>` : ''),
            },
          ],
        },
      ];
      // The notification line: no patient text, so nothing in it can be read as formatting.
      return { text: say(o, line, { reference }), blocks };
    }
    case 'teams': {
      const factRow = (f: Fact) => ({
        type: 'ColumnSet',
        columns: [
          {
            type: 'Column',
            width: 'auto',
            items: [{ type: 'TextBlock', text: `${f.title}:`, weight: 'Bolder', wrap: false }],
          },
          // A TextRun is plain text: markdown typed by a patient stays as typed.
          {
            type: 'Column',
            width: 'stretch',
            items: [{ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: f.value }] }],
          },
        ],
      });
      return {
        type: 'message',
        attachments: [
          {
            contentType: 'application/vnd.microsoft.card.adaptive',
            contentUrl: null,
            content: {
              $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
              type: 'AdaptiveCard',
              version: '1.4',
              body: [
                {
                  type: 'TextBlock',
                  text: title,
                  weight: 'Bolder',
                  size: 'Medium',
                  wrap: true,
                  ...(r.urgent ? { color: 'Attention' } : {}),
                },
                ...factsOf(r, o).map(factRow),
                { type: 'TextBlock', text: idLine, isSubtle: true, size: 'Small', wrap: true },
              ],
              ...(link ? { actions: [{ type: 'Action.OpenUrl', title: say(o, 'staff-notify-open'), url: link }] } : {}),
            },
          },
        ],
      };
    }
  }
}
