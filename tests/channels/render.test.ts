import { describe, expect, it } from 'vitest';
import { handoffReply } from '../../dialogs/handoff';
import { OPEN_TIME, realKnowledge, spanishKnowledge } from '../dialogs/harness';

/** "Reply 1, 2 or 3." as the bot words it in each language (knowledge/messages, knowledge/es/messages). */
const wordingOf = (m: Record<string, string>) => ({ reply: m['choices-reply']!, or: m['list-or']! });
const en = wordingOf(realKnowledge().messages);
const es = wordingOf(spanishKnowledge().messages);
import { ADAPTIVE_CARD_CONTENT_TYPE, telUrl, type AdaptiveCard } from '../../src/rendering/cards';
import { channelKind, showsNumberedChoices } from '../../src/rendering/channel';
import { renderReply, renderReplyActivities, SLACK_MAX_CHARS } from '../../src/rendering/render';
import type { Reply } from '../../src/rendering/reply';
import { CHOICE_SUBMIT_KEY } from '../../src/rendering/submit';
import { callLine, replyWithNumbers, splitText, toSlackMrkdwn } from '../../src/rendering/text';
import { CLINIC_PHONE, CLINIC_E164, CLINIC_TEL } from '../helpers/clinic';

const call = { label: 'Call the clinic', display: CLINIC_PHONE, e164: CLINIC_E164 };
const full: Reply = {
  title: 'Front of the knee',
  text: 'Pain at the **front** usually comes from:\n- runners knee\n- patellar tendonitis',
  choices: [
    { label: 'Start over', value: 'start over' },
    { label: 'Call the clinic', value: 'call' },
    { label: 'Request a callback', value: 'callback' },
  ],
  call,
  facts: [{ label: 'Hours', value: 'Mon–Fri 8am–6pm' }],
};
const card = (a: { attachments?: { content?: unknown; contentType: string }[] }): AdaptiveCard => {
  expect(a.attachments).toHaveLength(1);
  expect(a.attachments![0]!.contentType).toBe(ADAPTIVE_CARD_CONTENT_TYPE);
  return a.attachments![0]!.content as AdaptiveCard;
};

describe('channelKind', () => {
  it('groups channel ids', () => {
    expect(['webchat', 'emulator', 'directline', 'test'].map(channelKind)).toEqual([
      'webchat',
      'webchat',
      'webchat',
      'webchat',
    ]);
    expect(channelKind('msteams')).toBe('msteams');
    expect(channelKind('slack')).toBe('slack');
    expect(channelKind('telegram')).toBe('other');
    expect(channelKind(undefined)).toBe('other');
    expect(showsNumberedChoices('slack')).toBe(true);
    expect(showsNumberedChoices('webchat')).toBe(false);
    expect(showsNumberedChoices('msteams')).toBe(false);
  });
});

describe.each(['webchat', 'emulator', 'directline', 'test'])('renderReply on %s', (channel) => {
  it('sends markdown with the facts as a list and a tel: link (no card: the minimal Web Chat bundle), and imBack suggested actions', () => {
    const a = renderReply(full, channel);
    expect(a.type).toBe('message');
    expect(a.textFormat).toBe('markdown');
    expect(a.text).toBe(
      `**Front of the knee**\n\n${full.text}\n\n- **Hours:** Mon–Fri 8am–6pm\n\n[Call the clinic: **${CLINIC_PHONE}**](${CLINIC_TEL})`,
    );
    expect(a.attachments).toBeUndefined();
    expect(a.suggestedActions?.actions).toEqual([
      { type: 'imBack', title: 'Start over', value: 'start over' },
      { type: 'imBack', title: 'Call the clinic', value: 'call' },
      { type: 'imBack', title: 'Request a callback', value: 'callback' },
    ]);
    expect(a.inputHint).toBe('expectingInput');
    expect(a.text).not.toMatch(/Reply 1/);
  });

  it('sends plain text without a card when there is nothing for one', () => {
    const a = renderReply({ text: 'Hello' }, channel);
    expect(a.text).toBe('Hello');
    expect(a.attachments).toBeUndefined();
    expect(a.suggestedActions).toBeUndefined();
    expect(a.inputHint).toBe('acceptingInput');
  });
});

describe('renderReply on msteams', () => {
  it('puts choices on the card as Action.Submit with messageBack and never suggested actions', () => {
    const a = renderReply(full, 'msteams');
    expect(a.suggestedActions).toBeUndefined();
    expect(a.text).toContain('**front**');
    const c = card(a);
    expect(c.actions[0]).toEqual({ type: 'Action.OpenUrl', title: 'Call the clinic', url: CLINIC_TEL });
    const submits = c.actions.slice(1);
    expect(submits).toHaveLength(3);
    expect(submits[1]).toEqual({
      type: 'Action.Submit',
      title: 'Call the clinic',
      data: {
        [CHOICE_SUBMIT_KEY]: 'call',
        msteams: { type: 'messageBack', text: 'call', displayText: 'Call the clinic' },
      },
    });
    expect(c.body[0]).toMatchObject({ type: 'FactSet' });
    expect(c.fallbackText).toContain('1. Start over');
  });

  it('puts many choices into rows of at most five buttons so Teams drops none', () => {
    const choices = Array.from({ length: 7 }, (_, i) => ({ label: `Choice ${i + 1}`, value: `c${i + 1}` }));
    const c = card(renderReply({ text: 'Pick', choices, call }, 'msteams'));
    expect(c.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Call the clinic', url: CLINIC_TEL }]);
    const sets = c.body.filter((e) => e.type === 'ActionSet') as unknown as { actions: { title: string }[] }[];
    expect(sets.map((s) => s.actions.length)).toEqual([5, 2]);
    expect(sets.flatMap((s) => s.actions.map((a) => a.title))).toEqual(choices.map((x) => x.label));
  });

  it('sends a card with buttons for choices alone, and no card for plain text', () => {
    const a = renderReply({ text: 'Where does it hurt?', choices: [{ label: 'Front', value: 'front' }] }, 'msteams');
    expect(card(a).actions).toHaveLength(1);
    expect(card(a).body).toEqual([]);
    expect(renderReply({ text: 'Hi' }, 'msteams').attachments).toBeUndefined();
  });
});

describe('renderReply on slack', () => {
  it('writes mrkdwn with numbered choices and the number written out, no cards or buttons', () => {
    const a = renderReply(full, 'slack', en);
    expect(a.attachments).toBeUndefined();
    expect(a.suggestedActions).toBeUndefined();
    expect(a.text).toBe(
      [
        '*Front of the knee*',
        '',
        'Pain at the *front* usually comes from:\n• runners knee\n• patellar tendonitis',
        '',
        '• *Hours:* Mon–Fri 8am–6pm',
        '',
        `Call the clinic: *${CLINIC_PHONE}*`,
        '',
        '1. Start over\n2. Call the clinic\n3. Request a callback\nReply 1, 2 or 3.',
      ].join('\n'),
    );
    expect(a.channelData).toEqual({ text: a.text });
    expect(a.textFormat).toBe('plain');
  });

  it('splits replies longer than Slack allows into several messages, choices in the last', () => {
    const paragraph = 'Knee pain in runners is common and usually gets better with the right load. '.repeat(12);
    const long: Reply = { text: Array.from({ length: 8 }, () => paragraph).join('\n\n'), choices: full.choices };
    const parts = renderReplyActivities(long, 'slack', en);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(p.text!.length).toBeLessThanOrEqual(SLACK_MAX_CHARS);
      expect(p.attachments).toBeUndefined();
    }
    expect(parts.at(-1)!.text).toMatch(/Reply 1, 2 or 3\.$/);
    const joined = parts
      .map((p) => p.text)
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(joined).toContain(paragraph.trim());
  });

  it('escapes Slack control characters', () => {
    expect(renderReply({ text: 'a < b & c > d' }, 'slack').text).toBe('a &lt; b &amp; c &gt; d');
  });
});

describe('renderReply on other channels', () => {
  it('sends text with numbered fallbacks, the phone written out and suggested actions', () => {
    const a = renderReply(full, 'telegram', en);
    expect(a.attachments).toBeUndefined();
    expect(a.suggestedActions?.actions).toHaveLength(3);
    expect(a.text).toContain('Front of the knee\n\nPain at the front usually');
    expect(a.text).toContain('- Hours: Mon–Fri 8am–6pm');
    expect(a.text).toContain(`Call the clinic: ${CLINIC_PHONE}`);
    expect(a.text).toMatch(/1\. Start over\n2\. Call the clinic\n3\. Request a callback\nReply 1, 2 or 3\.$/);
  });
});

describe('renderReplyActivities', () => {
  it('is one activity off Slack', () => {
    expect(renderReplyActivities(full, 'msteams')).toEqual([renderReply(full, 'msteams')]);
  });
});

describe('text helpers', () => {
  it('writes the phone number once, in bold, whatever the label says', () => {
    const bold = (s: string) => `*${s}*`;
    expect(callLine(call, bold)).toBe(`Call the clinic: *${CLINIC_PHONE}*`);
    expect(callLine({ ...call, label: `Call ${CLINIC_PHONE}` }, bold)).toBe(`Call *${CLINIC_PHONE}*`);
  });
  it('converts markdown to Slack mrkdwn', () => {
    expect(toSlackMrkdwn('**bold** and *italic* and [site](https://example.org)')).toBe(
      '*bold* and _italic_ and <https://example.org|site>',
    );
    expect(toSlackMrkdwn('# Heading\n* item')).toBe('*Heading*\n• item');
  });
  it('says Reply 1, 2 or 3', () => {
    expect(replyWithNumbers(1, en)).toBe('Reply 1.');
    expect(replyWithNumbers(2, en)).toBe('Reply 1 or 2.');
    expect(replyWithNumbers(4, en)).toBe('Reply 1, 2, 3 or 4.');
    expect(replyWithNumbers(3, es)).toBe('Responda 1, 2 o 3.');
  });
  it('splits on paragraph, line, word, then hard', () => {
    expect(splitText('aaaa\n\nbbbb', 6)).toEqual(['aaaa', 'bbbb']);
    expect(splitText('aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
    expect(splitText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(splitText('short', 10)).toEqual(['short']);
  });
  it('refuses a tel: link for anything but E.164', () => {
    expect(telUrl('+1 214 972 0302')).toBe('tel:+12149720302');
    expect(() => telUrl('javascript:alert(1)')).toThrow();
    expect(() => telUrl('12149720302')).toThrow();
    expect(telUrl('911')).toBe('tel:911');
  });
});

describe('hand-off card, one per channel (issue 16)', () => {
  it('shows the number once as text and once as a button, and "Open now" once', () => {
    const knowledge = realKnowledge();
    const { reply } = handoffReply(knowledge, new Date(OPEN_TIME));
    const display = knowledge.clinic.phone.display;
    const count = (hay: string, needle: string) => hay.split(needle).length - 1;
    // Web chat draws no cards: the number is a tel: link under the text (once).
    const [web] = [renderReply(reply, 'webchat')].flat();
    expect(web!.attachments ?? []).toHaveLength(0);
    expect(count(web!.text ?? '', '](tel:')).toBe(1);
    expect(count(web!.text ?? '', 'Open now')).toBe(1);
    for (const channel of ['msteams']) {
      const [activity] = [renderReply(reply, channel)].flat();
      // What the card shows (its fallbackText is for hosts that cannot draw it).
      const card = JSON.stringify((activity!.attachments ?? []).map((a) => (a.content as { body?: unknown[] }).body));
      const buttons = JSON.stringify(
        (activity!.attachments ?? []).map((a) => (a.content as { actions?: unknown[] }).actions),
      );
      expect(count(activity!.text ?? '', display), `${channel} text`).toBe(1);
      expect(count(buttons, display), `${channel} button`).toBe(1);
      expect(count(card, display), `${channel} card body`).toBe(0);
      expect(count(activity!.text ?? '', 'Open now') + count(card, 'Open now'), channel).toBe(1);
    }
    const [slack] = [renderReply(reply, 'slack')].flat();
    expect(count(slack!.text ?? '', display)).toBe(1);
    expect(count(slack!.text ?? '', 'Open now')).toBe(1);
  });
});
