// Cleaning of incoming text: what people (and channels) add that the matcher must never see.

// C0/C1 controls except tab and newline; bidi embeddings, overrides and isolates (a "Trojan
// Source" style reordering must not hide words from triage); zero-width spaces and the BOM.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const BIDI_AND_INVISIBLE = /[\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/** Trimmed text with control and bidi characters removed; CRLF becomes LF. */
export function cleanInboundText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(BIDI_AND_INVISIBLE, '')
    .replace(/\u00A0/g, ' ') // no-break spaces (Teams puts one after a mention) match like spaces
    .trim();
}

/** Teams may leave "&nbsp;" where a mention was removed. */
export function unescapeTeamsText(text: string): string {
  // Other people's mentions ("<at>Jane</at> can you check this") keep only the name.
  return text.replace(/<at>([^<]*)<\/at>/gi, '$1').replace(/&nbsp;/gi, ' ');
}

/** A mention at the very start of a Teams message, as text: "<at>Knee Helper</at> thanks". */
export const LEADING_TEAMS_MENTION = /^\s*<at>[^<]*<\/at>/i;

/**
 * Slack delivers text in its own markup: &amp; &lt; &gt; escaped, links as <url|label>,
 * mentions as <@U123>. Turned back into what the person typed.
 */
export function unescapeSlackText(text: string): string {
  return text
    .replace(/<[@#!][^>]*>/g, ' ')
    .replace(/<((?:https?|mailto|tel):[^|>]+)\|([^>]+)>/g, '$2')
    .replace(/<((?:https?|mailto|tel):[^>]+)>/g, (_m, url: string) => url.replace(/^(mailto|tel):/, ''))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]{2,}/g, ' ');
}
