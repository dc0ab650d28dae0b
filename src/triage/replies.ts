// Triage replies: pure functions from knowledge to a Reply. Wording comes from
// knowledge/messages/triage.yaml and the flags' own label/advice; nothing user-facing is written here.
import { fillTemplate } from '../knowledge/template';
import type { Knowledge, RedFlag, RedFlagTier } from '../knowledge/types';
import type { CallAction, Choice, Reply } from '../rendering/reply';
import type { TriageResult } from './detect';

/** A curated message; a missing key is a load-time/test failure, so fail loudly rather than say nothing. */
function message(knowledge: Knowledge, key: string, values: Record<string, string>): string {
  const template = knowledge.messages[key];
  if (template === undefined) throw new Error(`knowledge/messages: missing "${key}" (triage.yaml)`);
  return fillTemplate(template, values);
}

function baseValues(knowledge: Knowledge): Record<string, string> {
  const { clinic } = knowledge;
  return { emergency: clinic.emergencyNumber, phone: clinic.phone.display, clinic: clinic.name };
}

/** "- label" lines, each label once (several flags may share one label). */
function labelList(flags: readonly RedFlag[]): string {
  return bullets(flags.map((flag) => flag.label));
}

function bullets(lines: readonly string[]): string {
  return [...new Set(lines)].map((line) => `- ${line}`).join('\n');
}

/** The flags people are shown as a list (warning signs, the guided question). */
function listedFlags(knowledge: Knowledge): RedFlag[] {
  return knowledge.redFlags.filter((flag) => flag.listed !== false);
}

function flagsOfTier(knowledge: Knowledge, tier: RedFlagTier): RedFlag[] {
  return listedFlags(knowledge).filter((flag) => flag.tier === tier);
}

/**
 * The guided checklist groups a tier's flags into a few short lines (triage.yaml
 * `triage-group-<group>`), so the question and its buttons fit on a phone screen.
 */
export function checklistLines(knowledge: Knowledge, tier: RedFlagTier): string[] {
  const groups = [...new Set(flagsOfTier(knowledge, tier).map((flag) => flag.group ?? flag.id))];
  return groups.map((group) => message(knowledge, `triage-group-${group}`, baseValues(knowledge)));
}

function emergencyCall(knowledge: Knowledge, values: Record<string, string>): CallAction {
  const number = knowledge.clinic.emergencyNumber;
  return { label: message(knowledge, 'triage-emergency-call-label', values), display: number, e164: number };
}

function clinicCall(knowledge: Knowledge, values: Record<string, string>): CallAction {
  const { phone } = knowledge.clinic;
  return { label: message(knowledge, 'triage-call-clinic-label', values), display: phone.display, e164: phone.e164 };
}

/** The call button for a reply about these flags: the top flag's own line (988), else the tier's. */
export function tierCall(knowledge: Knowledge, tier: RedFlagTier, top?: RedFlag): CallAction {
  if (top?.call) return { label: top.call.label, display: top.call.number, e164: top.call.number };
  const values = baseValues(knowledge);
  return tier === 'emergency' ? emergencyCall(knowledge, values) : clinicCall(knowledge, values);
}

/**
 * The buttons besides the call button. Same day: where to go today (the call button is the
 * clinic's, for non-emergencies). Soon: a callback from the clinic. Emergency: none — one action.
 */
export function tierChoices(knowledge: Knowledge, tier: RedFlagTier, top?: RedFlag): Choice[] | undefined {
  if (top?.call) return undefined;
  const values = baseValues(knowledge);
  if (tier === 'urgent') {
    return [
      {
        label: message(knowledge, 'triage-where-label', values),
        value: message(knowledge, 'triage-where-value', values),
      },
    ];
  }
  if (tier === 'soon') {
    return [
      {
        label: message(knowledge, 'triage-callback-label', values),
        value: message(knowledge, 'triage-callback-value', values),
      },
    ];
  }
  return undefined;
}

/**
 * How a reply tells the person to get care: crisis (the flag has its own line, e.g. 988),
 * emergency (call 911), er (the emergency room now; a ride is fine), urgent (today), soon (days).
 */
export type CareMode = 'crisis' | 'emergency' | 'er' | 'urgent' | 'soon';

export function careMode(tier: RedFlagTier, top: RedFlag): CareMode {
  if (top.call) return 'crisis';
  if (tier === 'emergency' && top.care === 'er') return 'er';
  return tier;
}

/** The heading of a reply about this flag: its own (a crisis line) or its mode's. */
function triageTitle(knowledge: Knowledge, tier: RedFlagTier, top: RedFlag): string {
  const mode = careMode(tier, top);
  return top.title ?? message(knowledge, `triage-${mode === 'crisis' ? tier : mode}-title`, baseValues(knowledge));
}

/**
 * What to do now and why. The heading says the tier's instruction once ("Call 911 now", "Get
 * checked today", "See a clinician in the next few days"); the text gives the flag's advice and the
 * tier's closing lines. Emergency: a 911 button. Same day: where to go, and the clinic's phone for
 * non-emergencies. Soon: a callback and the clinic's phone.
 */
export function triageReply(result: TriageResult, knowledge: Knowledge): Reply {
  const values = baseValues(knowledge);
  const [top, ...others] = result.flags;
  if (top === undefined) throw new Error('triageReply needs at least one red flag');
  const othersWithNewLabels = others.filter((flag) => flag.label !== top.label && flag.listed !== false);
  const tier = result.tier;
  const parts = [top.advice.trim()];
  if (othersWithNewLabels.length > 0)
    parts.push(
      message(knowledge, 'triage-also', {
        ...values,
        list: bullets(othersWithNewLabels.map((f) => f.mentioned ?? f.label)),
      }),
    );
  // A crisis line's advice carries its own instructions; a tier's closing would be noise there.
  const mode = careMode(tier, top);
  if (mode !== 'crisis') parts.push(message(knowledge, `triage-${mode}`, values));
  const choices = tierChoices(knowledge, tier, top);
  return {
    title: triageTitle(knowledge, tier, top),
    text: parts.join('\n\n'),
    call: tierCall(knowledge, tier, top),
    ...(choices ? { choices } : {}),
  };
}

/** "Where should I go today?" after a same-day reply: urgent care or an ER, how to get there. */
export function whereToGoReply(knowledge: Knowledge): Reply {
  const values = baseValues(knowledge);
  return {
    title: message(knowledge, 'triage-where-title', values),
    text: message(knowledge, 'triage-where', values),
    call: clinicCall(knowledge, values),
  };
}

/** The warning signs, calmly, for "what are the warning signs?" — no alarm. */
export function warningSignsReply(knowledge: Knowledge): Reply {
  const values = {
    ...baseValues(knowledge),
    emergencyList: labelList(flagsOfTier(knowledge, 'emergency')),
    urgentList: labelList(flagsOfTier(knowledge, 'urgent')),
    soonList: labelList(flagsOfTier(knowledge, 'soon')),
  };
  return {
    title: message(knowledge, 'triage-warning-signs-title', values),
    text: message(knowledge, 'triage-warning-signs', values),
    call: clinicCall(knowledge, values),
  };
}

/** The guided flow's one safety question before likely causes: a short grouped list, Yes / No. */
export function guidedRedFlagQuestion(knowledge: Knowledge): Reply {
  const values = baseValues(knowledge);
  const yes = message(knowledge, 'triage-choice-yes', values);
  const no = message(knowledge, 'triage-choice-no', values);
  const list = bullets([...checklistLines(knowledge, 'emergency'), ...checklistLines(knowledge, 'urgent')]);
  return {
    text: message(knowledge, 'triage-guided-question', { ...values, list }),
    choices: [
      { label: yes, value: 'yes' },
      { label: no, value: 'no' },
    ],
  };
}

/** A "yes" in the guided flow: 911 for the emergency signs, same-day care for the others. */
export function guidedRedFlagYesReply(knowledge: Knowledge): Reply {
  const values = { ...baseValues(knowledge), emergencyList: bullets(checklistLines(knowledge, 'emergency')) };
  return {
    title: message(knowledge, 'triage-guided-yes-title', values),
    text: [
      message(knowledge, 'triage-guided-yes', values),
      message(knowledge, 'triage-guided-yes-clinic', values),
    ].join('\n\n'),
    call: emergencyCall(knowledge, values),
    facts: [{ label: message(knowledge, 'triage-fact-clinic-label', values), value: knowledge.clinic.phone.display }],
  };
}
