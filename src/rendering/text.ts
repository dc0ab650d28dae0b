// Text adaptations: our light markdown (**bold**, "- " lists, [text](url)) per channel, and the
// numbered-choice block used where buttons do not exist.
import type { CallAction, Choice, Fact } from './reply';

/** Slack mrkdwn: *bold*, _italic_, • bullets, <url|text> links; &, <, > escaped as Slack requires. */
export function toSlackMrkdwn(markdown: string): string {
  const escaped = markdown.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped
    .split('\n')
    .map((line) => {
      let l = line.replace(/^(\s*)[-*+]\s+/, '$1• ');
      l = l.replace(/^#{1,6}\s+(.+)$/, '**$1**');
      return l;
    })
    .join('\n')
    .replace(/\[([^\]\n]+)\]\(((?:https?:|mailto:|tel:)[^)\s]+)\)/g, '<$2|$1>')
    .replace(/(^|[^*])\*([^*\n]+)\*(?!\*)/g, '$1_$2_') // markdown *italic* → _italic_
    .replace(/\*\*([^*\n]+)\*\*/g, '*$1*')
    .replace(/__([^_\n]+)__/g, '*$1*');
}

/** Plain text for channels that show markdown literally: emphasis markers removed. */
export function toPlainText(markdown: string): string {
  return markdown
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/__([^_\n]+)__/g, '$1')
    .replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, '$1 ($2)');
}

/** The hint under numbered choices, in the conversation's language (knowledge/messages: choices-reply, list-or). */
export interface ChoiceWording {
  /** "Reply {numbers}." */
  reply: string;
  /** "or" */
  or: string;
}

/** "Reply 1, 2 or 3." (and "Reply 1 or 2.", "Reply 1."); "Responda 1, 2 o 3." in Spanish. */
export function replyWithNumbers(count: number, wording: ChoiceWording): string {
  const nums = Array.from({ length: count }, (_, i) => String(i + 1));
  const numbers =
    nums.length <= 1 ? (nums[0] ?? '') : `${nums.slice(0, -1).join(', ')} ${wording.or} ${nums[nums.length - 1]}`;
  return wording.reply.split('{numbers}').join(numbers);
}

/** Numbered list of choices followed by the "Reply 1, 2 or 3." hint (without wording: the list alone). */
export function numberedChoices(choices: Choice[], bold: (s: string) => string, wording?: ChoiceWording): string {
  const lines = choices.map((c, i) => `${bold(String(i + 1))}. ${c.label}`);
  return wording ? `${lines.join('\n')}\n${replyWithNumbers(choices.length, wording)}` : lines.join('\n');
}

export function factLines(facts: Fact[], bullet: string, bold: (s: string) => string): string {
  return facts.map((f) => `${bullet}${bold(`${f.label}:`)} ${f.value}`).join('\n');
}

/**
 * The phone number written out, for channels without a call button (and on cards, where a tel:
 * button may do nothing on a desktop). "Call (214) 972-0302" stays one phrase, number in bold.
 */
export function callLine(call: CallAction, bold: (s: string) => string): string {
  if (call.label.includes(call.display)) return call.label.replace(call.display, bold(call.display));
  return `${call.label}: ${bold(call.display)}`;
}

/** Title as a bold first line. */
export function withTitle(title: string | undefined, text: string, bold: (s: string) => string): string {
  return title ? `${bold(title)}\n\n${text}` : text;
}

/**
 * Splits text into chunks of at most `limit` characters, preferring paragraph, then line, then
 * word boundaries, so a long answer arrives as several readable messages.
 */
export function splitText(text: string, limit: number): string[] {
  if (limit < 1) throw new RangeError('limit must be positive');
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const window = rest.slice(0, limit + 1);
    let cut = window.lastIndexOf('\n\n');
    if (cut < limit / 2) cut = window.lastIndexOf('\n');
    if (cut < limit / 2) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = limit;
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) chunks.push(rest);
  return chunks;
}
