// The callback dialog's buttons and how typed answers pick them: yes/no, Send/Change, and which
// field to change. Pure (no botbuilder); the wording comes from knowledge/messages/callback.yaml.
import type { Knowledge } from '../../src/knowledge/types';
import type { Choice } from '../../src/rendering/reply';
import { foldToWords } from '../../src/text';
import { leadingYesNo } from '../prompts';
import { cbMsg } from './callback';

export type Field = 'name' | 'phone' | 'time' | 'reason';

export function yesNoChoices(knowledge: Knowledge): Choice[] {
  const yes = cbMsg(knowledge, 'callback-yes');
  const no = cbMsg(knowledge, 'callback-no');
  return [
    { label: yes, value: yes },
    { label: no, value: no },
  ];
}

export function summaryChoices(knowledge: Knowledge): Choice[] {
  const send = cbMsg(knowledge, 'callback-confirm');
  const change = cbMsg(knowledge, 'callback-change');
  return [
    { label: send, value: send },
    { label: change, value: change },
  ];
}

export function changeChoices(knowledge: Knowledge): Array<Choice & { field: Field }> {
  const c = (field: Field, key: Parameters<typeof cbMsg>[1]) => {
    const label = cbMsg(knowledge, key);
    return { label, value: label, field };
  };
  return [
    c('name', 'callback-change-name'),
    c('phone', 'callback-change-phone'),
    c('time', 'callback-change-time'),
    c('reason', 'callback-change-reason'),
  ];
}

/** "yes"/"yep"/👍 → the first choice (Send), "no"/"nah"/👎 → the second (Change). */
export function yesNoChoice(text: string, choices: Choice[]): string | undefined {
  const yes = leadingYesNo(text);
  if (yes === undefined || choices.length < 2) return undefined;
  return yes ? choices[0]!.value : choices[1]!.value;
}

/** "my number", "the phone", "when", "the note" ("mi teléfono", "la hora", "el motivo") → the field's choice value. */
export function changeFromText(text: string, choices: Array<Choice & { field: Field }>): string | undefined {
  const t = foldToWords(text);
  const field: Field | undefined = /\b(phone|number|mobile|cell|telefono|numero|celular)\b/.test(t)
    ? 'phone'
    : /\b(name|nombre)\b/.test(t)
      ? 'name'
      : /\b(time|when|day|date|morning|afternoon|hora|cuando|dia|fecha|manana|tarde)\b/.test(t)
        ? 'time'
        : /\b(reason|note|about|why|motivo|razon|nota|por que)\b/.test(t)
          ? 'reason'
          : undefined;
  return field ? choices.find((c) => c.field === field)?.value : undefined;
}
