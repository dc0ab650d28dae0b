// Triage replies: pure functions from knowledge to a Reply. Wording comes from
// knowledge/messages/triage.yaml and the flags' own label/advice; nothing user-facing is written here.
import { fillTemplate } from '../knowledge/template';
import type { Knowledge, RedFlag, RedFlagTier } from '../knowledge/types';
import type { CallAction, Reply } from '../rendering/reply';
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
export function labelList(flags: readonly RedFlag[]): string {
  return [...new Set(flags.map((flag) => flag.label))].map((label) => `- ${label}`).join('\n');
}

/** The flags people are shown as a list (warning signs, the guided question). */
function listedFlags(knowledge: Knowledge): RedFlag[] {
  return knowledge.redFlags.filter((flag) => flag.listed !== false);
}

function flagsOfTier(knowledge: Knowledge, tier: RedFlagTier): RedFlag[] {
  return listedFlags(knowledge).filter((flag) => flag.tier === tier);
}

function emergencyCall(knowledge: Knowledge, values: Record<string, string>): CallAction {
  const number = knowledge.clinic.emergencyNumber;
  return { label: message(knowledge, 'triage-emergency-call-label', values), display: number, e164: number };
}

function clinicCall(knowledge: Knowledge, values: Record<string, string>): CallAction {
  const { phone } = knowledge.clinic;
  return { label: message(knowledge, 'triage-call-clinic-label', values), display: phone.display, e164: phone.e164 };
}

/**
 * What to do now and why. Emergency: "call 911 now" first, with a 911 call button. Urgent:
 * same-day care, then the clinic's phone for non-emergencies (call button to the clinic).
 */
export function triageReply(result: TriageResult, knowledge: Knowledge): Reply {
  const values = baseValues(knowledge);
  const [top, ...others] = result.flags;
  if (top === undefined) throw new Error('triageReply needs at least one red flag');
  const othersWithNewLabels = others.filter((flag) => flag.label !== top.label);
  const also = othersWithNewLabels.length > 0 ? labelList(othersWithNewLabels) : '';
  const tier = result.tier;
  const advice = top.advice.trim();
  // A flag may carry its own heading and number (a crisis line rather than the tier's): any tier.
  const parts = [
    top.title
      ? message(knowledge, 'triage-own', { ...values, title: top.title, advice })
      : message(knowledge, `triage-${tier}`, { ...values, advice }),
  ];
  if (also) parts.push(message(knowledge, `triage-${tier}-also`, { ...values, list: also }));
  if (tier === 'urgent') parts.push(message(knowledge, 'triage-urgent-clinic', values));
  const tierCall = tier === 'emergency' ? emergencyCall(knowledge, values) : clinicCall(knowledge, values);
  return {
    title: top.title ?? message(knowledge, `triage-${tier}-title`, values),
    text: parts.join('\n\n'),
    call: top.call ? { label: top.call.label, display: top.call.number, e164: top.call.number } : tierCall,
  };
}

/** The warning signs, calmly, for "what are the warning signs?" — no alarm. */
export function warningSignsReply(knowledge: Knowledge): Reply {
  const values = {
    ...baseValues(knowledge),
    emergencyList: labelList(flagsOfTier(knowledge, 'emergency')),
    urgentList: labelList(flagsOfTier(knowledge, 'urgent')),
  };
  return {
    title: message(knowledge, 'triage-warning-signs-title', values),
    text: message(knowledge, 'triage-warning-signs', values),
    call: clinicCall(knowledge, values),
  };
}

/** The guided flow's one safety question before likely causes: the list, Yes / No. */
export function guidedRedFlagQuestion(knowledge: Knowledge): Reply {
  const values = baseValues(knowledge);
  const yes = message(knowledge, 'triage-choice-yes', values);
  const no = message(knowledge, 'triage-choice-no', values);
  return {
    text: message(knowledge, 'triage-guided-question', { ...values, list: labelList(listedFlags(knowledge)) }),
    choices: [
      { label: yes, value: 'yes' },
      { label: no, value: 'no' },
    ],
  };
}

/** A "yes" in the guided flow: 911 for the emergency signs, same-day care for the others. */
export function guidedRedFlagYesReply(knowledge: Knowledge): Reply {
  const values = { ...baseValues(knowledge), emergencyList: labelList(flagsOfTier(knowledge, 'emergency')) };
  return {
    title: message(knowledge, 'triage-guided-yes-title', values),
    text: [message(knowledge, 'triage-guided-yes', values), message(knowledge, 'triage-guided-yes-clinic', values)].join('\n\n'),
    call: emergencyCall(knowledge, values),
    facts: [{ label: message(knowledge, 'triage-fact-clinic-label', values), value: knowledge.clinic.phone.display }],
  };
}
