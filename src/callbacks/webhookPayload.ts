// What staff receive for one callback request, in the format their tool expects:
// plain JSON for their own systems, an Adaptive Card for a Teams incoming webhook (or a
// Workflows "post to channel" webhook), or text for a Slack incoming webhook.
import { formatShortDate } from '../clinic/hours';
import { formatPhone } from './phone';
import type { CallbackRequest, PreferredTime } from './types';

export type WebhookFormat = 'json' | 'teams' | 'slack';

const TIME_LABEL: Record<PreferredTime, string> = { morning: 'morning', afternoon: 'afternoon', any: 'any time' };

/** "Mon 30 Nov, morning" — the same wording the patient chose from. */
export function preferredLabel(r: Pick<CallbackRequest, 'preferredDate' | 'preferredTime'>): string {
  return `${formatShortDate(r.preferredDate)}, ${TIME_LABEL[r.preferredTime]}`;
}

/** Slack treats <, > and & as control characters (links, @channel); patient text must stay text. */
function slackEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Adaptive Card text is markdown and backslash escapes are not reliably honoured, so the one
 * construct that matters — a link like "[x](http://…)" typed as a name — is broken up instead.
 */
function cardEscape(s: string): string {
  return s.replace(/\[/g, '(').replace(/\]/g, ')');
}

export function webhookBody(r: CallbackRequest, format: WebhookFormat): unknown {
  const phone = formatPhone(r.phone);
  const when = preferredLabel(r);
  switch (format) {
    case 'json':
      return {
        type: 'callback-request',
        version: 1,
        id: r.id,
        createdAt: r.createdAt,
        status: r.status,
        name: r.name,
        phone: r.phone,
        phoneDisplay: phone,
        preferredTime: r.preferredTime,
        preferredDate: r.preferredDate,
        preferredLabel: when,
        reason: r.reason ?? null,
        channelId: r.channelId ?? null,
      };
    case 'slack': {
      const lines = [
        '*Callback request*',
        `*Name:* ${slackEscape(r.name)}`,
        `*Phone:* ${slackEscape(phone)}`,
        `*When:* ${slackEscape(when)}`,
        ...(r.reason ? [`*Reason:* ${slackEscape(r.reason)}`] : []),
        `_Request ${r.id}_`,
      ];
      return { text: lines.join('\n') };
    }
    case 'teams':
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
                { type: 'TextBlock', text: 'Callback request', weight: 'Bolder', size: 'Medium', wrap: true },
                {
                  type: 'FactSet',
                  facts: [
                    { title: 'Name', value: cardEscape(r.name) },
                    { title: 'Phone', value: phone },
                    { title: 'When', value: when },
                    ...(r.reason ? [{ title: 'Reason', value: cardEscape(r.reason) }] : []),
                  ],
                },
                { type: 'TextBlock', text: `Request ${r.id}`, isSubtle: true, size: 'Small', wrap: true },
              ],
            },
          },
        ],
      };
  }
}
