// Triage replies: emergency says "call 911" first with a 911 button, urgent gives same-day care and
// the clinic's phone, nothing states a diagnosis, all wording comes from the knowledge.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load';
import type { Knowledge, RedFlag } from '../../src/knowledge/types';
import { projectRoot } from '../../src/paths';
import type { Reply } from '../../src/rendering/reply';
import { renderReply } from '../../src/rendering/render';
import { toPlainText } from '../../src/rendering/text';
import {
  checklistLines,
  createTriage,
  guidedRedFlagQuestion,
  guidedRedFlagYesReply,
  triageReply,
  warningSignsReply,
  whereToGoReply,
} from '../../src/triage';

let knowledge: Knowledge;
// ESM-only packages: loaded with import() from this CommonJS test.
let fleschKincaid: (counts: { sentence: number; word: number; syllable: number }) => number;
let syllable: (word: string) => number;
beforeAll(async () => {
  knowledge = loadKnowledge(path.join(projectRoot(), 'knowledge'));
  ({ fleschKincaid } = await import('flesch-kincaid'));
  ({ syllable } = await import('syllable'));
});

const DIAGNOSIS =
  /\byou(?:'ve| have| got)\b|\byou are suffering|\bit is (?:a|an) (?:clot|fracture|tear|infection)\b|\bthis is (?:a|an) (?:clot|fracture|tear|infection)\b/i;

/** Flesch-Kincaid grade of plain prose. */
function readingGrade(text: string): number {
  const sentences = text
    .trim()
    .split(/(?<=[.!?])\s+/)
    .filter(Boolean).length;
  const words = text.match(/[A-Za-z0-9'’]+/g) ?? [];
  return fleschKincaid({
    sentence: sentences,
    word: words.length,
    syllable: words.reduce((n, w) => n + syllable(w), 0),
  });
}

function allText(reply: Reply): string {
  return [
    reply.title ?? '',
    reply.text,
    ...(reply.facts ?? []).map((f) => `${f.label} ${f.value}`),
    reply.call?.label ?? '',
  ].join('\n');
}

/** The flags shown in lists (a flag with `listed: false` is caught but never listed). */
function listed(): RedFlag[] {
  return knowledge.redFlags.filter((f) => f.listed !== false);
}
function unlisted(): RedFlag[] {
  return knowledge.redFlags.filter((f) => f.listed === false);
}
function flagsOf(tier: RedFlag['tier']): RedFlag[] {
  return listed().filter((f) => f.tier === tier);
}

describe('triageReply', () => {
  it('a person in crisis gets the crisis line (988, its own heading and button) and 911, whatever else they said', () => {
    const text = 'I want to kill myself, my knee is swollen and I cant run anymore';
    const result = createTriage(knowledge).assess(text);
    expect(result?.flags[0]?.id).toBe('self-harm');
    const reply = triageReply(result!, knowledge);
    expect(reply.text).toContain('988');
    expect(reply.text).toContain(knowledge.clinic.emergencyNumber);
    expect(reply.title).toBe('Please talk to someone now');
    expect(reply.call).toMatchObject({ label: 'Call or text 988', e164: '988' });
  });

  it('emergency: the heading says call 911 (or the emergency room) once, the advice follows, a 911 call button', () => {
    for (const flag of flagsOf('emergency')) {
      const reply = triageReply({ tier: 'emergency', flags: [flag] }, knowledge);
      const heading =
        flag.title ??
        (flag.care === 'er' ? 'Go to an emergency room now' : `Call ${knowledge.clinic.emergencyNumber} now`);
      expect(reply.title, flag.id).toBe(heading);
      expect(reply.call?.e164).toBe(knowledge.clinic.emergencyNumber);
      expect(reply.text.startsWith(flag.advice.trim()), flag.id).toBe(true);
      expect(reply.text, flag.id).toMatch(/don't drive yourself|Have someone drive you/);
      expect(reply.choices, flag.id).toBeUndefined();
    }
  });

  it('a hot, swollen knee goes to an emergency room, not urgent care', () => {
    const joint = knowledge.redFlags.find((f) => f.id === 'hot-swollen-joint') as RedFlag;
    const reply = triageReply({ tier: joint.tier, flags: [joint] }, knowledge);
    expect(joint.tier).toBe('emergency');
    expect(reply.title).toBe('Go to an emergency room now');
    expect(reply.text).toMatch(/not urgent care/);
  });

  it('urgent: get checked today, a "Where should I go?" button and the clinic call button for non-emergencies', () => {
    for (const flag of flagsOf('urgent')) {
      const reply = triageReply({ tier: 'urgent', flags: [flag] }, knowledge);
      expect(reply.title).toBe('Get this checked today');
      expect(reply.text).toMatch(/today/i);
      expect(reply.text).toMatch(/urgent care|emergency room/i);
      expect(reply.text).toContain(knowledge.clinic.phone.display);
      expect(reply.call?.e164).toBe(knowledge.clinic.phone.e164);
      expect(reply.choices?.map((c) => c.label)).toEqual(['Where should I go?']);
      expect(reply.text).toContain(flag.advice.trim());
    }
    const where = whereToGoReply(knowledge);
    expect(where.text).toMatch(/urgent care/);
    expect(where.text).toMatch(/emergency room/);
    expect(where.text).toContain(knowledge.clinic.emergencyNumber);
  });

  it('soon: not an alarm — see a clinician within days, a callback button and the clinic phone', () => {
    expect(
      flagsOf('soon')
        .map((f) => f.id)
        .sort(),
    ).toEqual(['bone-stress-injury', 'catching-locking-occasional', 'night-or-rest-pain', 'tumour-signs']);
    for (const flag of flagsOf('soon')) {
      const reply = triageReply({ tier: 'soon', flags: [flag] }, knowledge);
      expect(reply.title).toBe('See a clinician in the next few days');
      expect(allText(reply)).not.toMatch(/call 911 now|emergency room/i);
      expect(reply.text).toContain(flag.advice.trim());
      expect(reply.call?.e164).toBe(knowledge.clinic.phone.e164);
      expect(reply.choices?.map((c) => [c.label, c.value])).toEqual([['Request a callback', 'call me back']]);
    }
  });

  it('prints the heading once: the text never repeats it', () => {
    for (const flag of knowledge.redFlags) {
      const reply = triageReply({ tier: flag.tier, flags: [flag] }, knowledge);
      const rendered = renderReply(reply, 'webchat').text ?? '';
      const title = reply.title as string;
      expect(rendered.split(title).length - 1, flag.id).toBe(1);
      expect(reply.text.toLowerCase(), flag.id).not.toContain(title.toLowerCase());
    }
  });

  it('advice and cautions read at grade 8 or below (Flesch-Kincaid), what to do first', () => {
    for (const flag of knowledge.redFlags) {
      expect(readingGrade(flag.advice), `${flag.id} advice`).toBeLessThanOrEqual(8);
      if (flag.caution) expect(readingGrade(flag.caution), `${flag.id} caution`).toBeLessThanOrEqual(8);
    }
  });

  it('when the person describes their calf, the clot is the headline', () => {
    const triage = createTriage(knowledge);
    for (const text of [
      'my calf is hot, red and swollen',
      'calf swollen and warm and red since yesterday',
      'my calf is sore, red and swollen',
    ]) {
      const result = triage.assess(text);
      expect(result?.flags[0]?.id, text).toBe('calf-pain-swelling');
      expect(triageReply(result!, knowledge).text, text).toMatch(/blood clot must be ruled out/);
    }
  });

  it('lists the other matched flags once each', () => {
    const [first, second] = flagsOf('emergency');
    const urgent = flagsOf('urgent')[0] as RedFlag;
    const reply = triageReply({ tier: 'emergency', flags: [first as RedFlag, second as RedFlag, urgent] }, knowledge);
    expect(reply.text).toContain(`- ${(second as RedFlag).label}`);
    expect(reply.text).toContain(`- ${urgent.label}`);
    expect(reply.text.split((second as RedFlag).label).length - 1).toBe(1);
  });

  it('never states a diagnosis and leaves no placeholder unfilled', () => {
    for (const flag of knowledge.redFlags) {
      const reply = triageReply({ tier: flag.tier, flags: [flag] }, knowledge);
      expect(allText(reply), flag.id).not.toMatch(DIAGNOSIS);
      expect(allText(reply), flag.id).not.toMatch(/\{\w+\}/);
    }
  });

  it('keeps what-to-do-and-why short: one or two sentences of advice per flag', () => {
    for (const flag of knowledge.redFlags) {
      const sentences = flag.advice
        .trim()
        .split(/(?<=[.!?])\s+/)
        .filter(Boolean);
      expect(sentences.length, flag.id).toBeLessThanOrEqual(2);
    }
  });

  it('says a clot must be ruled out for calf symptoms rather than naming one', () => {
    const calf = knowledge.redFlags.find((f) => f.id === 'calf-pain-swelling') as RedFlag;
    const reply = triageReply({ tier: 'urgent', flags: [calf] }, knowledge);
    expect(reply.text).toMatch(/clot must be ruled out/);
    expect(reply.text).toMatch(/Baker's cyst/);
  });
});

describe('warningSignsReply', () => {
  it('lists every flag label calmly, 911 for the emergency ones, same-day care for the rest', () => {
    const reply = warningSignsReply(knowledge);
    for (const flag of listed()) expect(reply.text).toContain(flag.label);
    for (const flag of unlisted()) expect(reply.text).not.toContain(flag.label);
    const emergencyAt = reply.text.indexOf((flagsOf('emergency')[0] as RedFlag).label);
    const urgentAt = reply.text.indexOf((flagsOf('urgent')[0] as RedFlag).label);
    expect(reply.text.indexOf(`Call ${knowledge.clinic.emergencyNumber} now`)).toBeLessThan(emergencyAt);
    expect(reply.text.indexOf('same-day care')).toBeLessThan(urgentAt);
    expect(reply.text.indexOf('same-day care')).toBeGreaterThan(emergencyAt);
    expect(reply.call?.e164).toBe(knowledge.clinic.phone.e164);
    expect(allText(reply)).not.toMatch(DIAGNOSIS);
    expect(allText(reply)).not.toMatch(/\{\w+\}/);
  });
});

describe('guided flow', () => {
  it('asks one question with a few grouped lines and Yes / No choices; every act-now sign is in one line', () => {
    const reply = guidedRedFlagQuestion(knowledge);
    expect(reply.text).toMatch(/^Before I go on: do any of these apply/);
    for (const flag of [...flagsOf('emergency'), ...flagsOf('urgent')]) {
      expect(flag.group, `${flag.id} needs a checklist group`).toBeDefined();
      expect(reply.text).toContain(knowledge.messages[`triage-group-${flag.group}`]);
    }
    // Not a knee sign: a person in crisis is caught in any message, not asked about in a checklist.
    expect(unlisted().map((f) => f.id)).toContain('self-harm');
    for (const flag of unlisted()) expect(reply.text).not.toContain(flag.label);
    expect(reply.choices?.map((c) => c.value)).toEqual(['yes', 'no']);
    expect(reply.choices?.map((c) => c.label)).toEqual(['Yes', 'No']);
  });

  it('fits a 390×844 phone screen with its question and Yes / No buttons: at most 8 short lines', () => {
    const reply = guidedRedFlagQuestion(knowledge);
    const bullets = reply.text.split('\n').filter((l) => l.startsWith('- '));
    expect(bullets.length).toBeLessThanOrEqual(8);
    for (const line of bullets) expect(line.length, line).toBeLessThanOrEqual(110);
    // Measured in Chromium at 390×844 on the web chat page (Dec 2026): a bullet line holds about 30
    // characters at about 22 px a line; this checklist took 531 px, with the Yes / No buttons at
    // 682–746 px, above the input box. This estimate counted 25 lines for it (blank lines included);
    // one more group line would add about 3 and push the buttons off the screen.
    const plain = toPlainText(renderReply(reply, 'webchat').text ?? '');
    expect(wrappedLines(plain, 30)).toBeLessThanOrEqual(26);
  });

  it('a yes covers both tiers: 911 for the emergency lines, same-day care for the others, clinic phone shown', () => {
    const reply = guidedRedFlagYesReply(knowledge);
    expect(reply.text).toContain(`Call ${knowledge.clinic.emergencyNumber} now`);
    for (const line of checklistLines(knowledge, 'emergency')) expect(reply.text).toContain(line);
    for (const line of checklistLines(knowledge, 'urgent')) expect(reply.text).not.toContain(line);
    expect(reply.text).toMatch(/today/);
    expect(reply.text).toMatch(/urgent care/);
    expect(reply.call?.e164).toBe(knowledge.clinic.emergencyNumber);
    expect(allText(reply)).toContain(knowledge.clinic.phone.display);
    expect(allText(reply)).not.toMatch(DIAGNOSIS);
    expect(allText(reply)).not.toMatch(/\{\w+\}/);
  });
});

/** Lines a text takes when wrapped at `width` characters (word wrap). */
function wrappedLines(text: string, width: number): number {
  let count = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    count += 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line > 0 && line + 1 + word.length > width) {
        count += 1;
        line = word.length;
      } else line += (line > 0 ? 1 : 0) + word.length;
    }
  }
  return count;
}
