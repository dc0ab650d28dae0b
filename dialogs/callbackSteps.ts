// The callback dialog's id and its steps' ids, and what a running request holds: MainDialog reads
// the draft from the stack when a red flag interrupts (./callbackDialog.ts runs the steps).
import { ActivityTypes } from 'botbuilder';
import type { DialogContext, DialogTurnResult } from '../src/dialogsSdk';
import type { Knowledge } from '../src/knowledge/types';
import { sendReply } from '../src/rendering/send';
import { cbMsg, detailsText, type Draft } from './decisions/callback';
import {
  callbackCorrection,
  type Correction,
  detailsAtStep,
  type LaterStep,
  type WaitingStep,
} from './decisions/callbackCorrection';
import { ReplyPrompt } from './prompts';

export const CALLBACK_DIALOG = 'callbackDialog';
export const FLOW = 'callbackDialog.flow';
export const NAME = 'callbackDialog.name';
/** Whose knee it is, when the call goes to a relative. */
export const PATIENT = 'callbackDialog.patient';
export const PHONE = 'callbackDialog.phone';
export const TIME = 'callbackDialog.time';
export const REASON = 'callbackDialog.reason';
export const CONSENT = 'callbackDialog.consent';
export const SUMMARY = 'callbackDialog.summary';
export const CHANGE = 'callbackDialog.change';

/**
 * True while the callback waits for a name or a phone number. Those answers say nothing about the
 * language ("José Ñúñez-García" is no reason to switch an English conversation to Spanish).
 */
export function awaitsNameOrNumber(stack: readonly string[]): boolean {
  // A prompt is on the stack only while it waits for its answer.
  return stack.includes(CALLBACK_DIALOG) && (stack.includes(NAME) || stack.includes(PATIENT) || stack.includes(PHONE));
}

/**
 * The draft of a callback request running somewhere under `dc` (undefined when none is): MainDialog
 * keeps it when a red flag interrupts, so the request is never lost silently. `waiting` is the
 * prompt the person was answering (the reason step's text is kept as the reason).
 */
export function runningCallback(dc: DialogContext): { draft: Draft; waiting?: string } | undefined {
  const found = liveDraft(dc);
  return found?.draft ? { draft: { ...found.draft }, waiting: found.waiting } : undefined;
}

/** The running flow's draft itself (changes to it are kept), and the prompt it waits on. */
function liveDraft(dc: DialogContext): { draft?: Draft; waiting?: string } | undefined {
  for (let current: DialogContext | undefined = dc; current; current = current.child) {
    const flow = current.stack.find((i) => i.id === FLOW);
    if (flow)
      return {
        draft: (flow.state as { values?: { draft?: Draft } } | undefined)?.values?.draft,
        waiting: current.activeDialog?.id,
      };
  }
  return undefined;
}

/** Applies `mark` to the running callback request's draft; false when none is running. */
function markDraft(dc: DialogContext, mark: (draft: Draft) => void): boolean {
  const draft = liveDraft(dc)?.draft;
  if (draft) mark(draft);
  return draft !== undefined;
}

/** Marks the running callback request "prefers Spanish" (staff see it); false when none is running. */
export function markCallbackSpanish(dc: DialogContext): boolean {
  return markDraft(dc, (draft) => {
    draft.language = 'es';
  });
}

/** Marks the running callback request "text first" (staff read it in the note); false when none is running. */
export function markCallbackTextFirst(dc: DialogContext): boolean {
  return markDraft(dc, (draft) => {
    draft.textFirst = true;
  });
}

/**
 * True when `text` changes a detail the running request holds ("friday 4-5 instead, and text me
 * first"): a route that answers part of the message lets the dialog take the change too.
 */
export function changesCallback(dc: DialogContext, text: string, knowledge: Knowledge, now: Date): boolean {
  const running = runningCallback(dc);
  const step = running?.waiting ? LATER_STEPS[running.waiting] : undefined;
  if (!running || !step) return false;
  const fix = callbackCorrection(text, step, running.draft, knowledge, now);
  return fix !== undefined && !fix.note;
}

/** What the waiting prompt `id` still needs, as its message key (for "is that it?"). */
export function neededAt(id: string | undefined): string | undefined {
  const at: Record<string, string> = {
    [NAME]: 'callback-missing-name',
    [PATIENT]: 'callback-missing-patient',
    [PHONE]: 'callback-missing-phone',
    [TIME]: 'callback-missing-time',
    [REASON]: 'callback-missing-reason',
    [CONSENT]: 'callback-missing-consent',
    [SUMMARY]: 'callback-missing-send',
  };
  return id ? at[id] : undefined;
}

/** True when the prompt waiting for the reason is `id` (see runningCallback). */
export function isReasonStep(id: string | undefined): boolean {
  return id === REASON;
}

const LATER_STEPS: Record<string, LaterStep> = {
  [PATIENT]: 'patient',
  [PHONE]: 'phone',
  [TIME]: 'time',
  [REASON]: 'reason',
  [CONSENT]: 'consent',
  [SUMMARY]: 'summary',
};

/**
 * A detail given earlier corrected in this message ("actually my name is Jon"), read inside the
 * callback component (`innerDc`: its prompt waiting on top of the flow); undefined when none.
 */
function correctionAt(innerDc: DialogContext, knowledge: Knowledge, now: Date): Correction | undefined {
  const id = innerDc.activeDialog?.id ?? '';
  // A number given beside the request, corrected where the name is asked, counts too.
  const step: LaterStep | undefined = id === NAME ? 'name' : LATER_STEPS[id];
  if (!step || innerDc.context.activity.type !== ActivityTypes.Message) return undefined;
  const flow = innerDc.stack.find((i) => i.id === FLOW);
  const draft = (flow?.state as { values?: { draft?: Draft } } | undefined)?.values?.draft;
  if (!draft) return undefined;
  return callbackCorrection(innerDc.context.activity.text ?? '', step, draft, knowledge, now);
}

/**
 * Details given beside (or instead of) the step's own answer ("Alexis, 214 555 0166" where the name
 * goes), read inside the callback component; undefined when the message holds no more than its answer.
 */
function detailsAt(innerDc: DialogContext, knowledge: Knowledge, now: Date): Correction | undefined {
  const id = innerDc.activeDialog?.id ?? '';
  const step: WaitingStep | undefined = id === NAME ? 'name' : LATER_STEPS[id];
  if (!step || innerDc.context.activity.type !== ActivityTypes.Message) return undefined;
  const flow = innerDc.stack.find((i) => i.id === FLOW);
  const draft = (flow?.state as { values?: { draft?: Draft } } | undefined)?.values?.draft;
  if (!draft) return undefined;
  const text = innerDc.context.activity.text ?? '';
  const prompt = innerDc.findDialog(id);
  const accepted = prompt instanceof ReplyPrompt && prompt.accepts(innerDc.activeDialog!, text, innerDc.context);
  return detailsAtStep(text, step, draft, knowledge, now, accepted);
}

/**
 * When this message corrects an earlier detail, or gives details beyond the one asked for: says
 * what it took and runs the flow again from the start without its introduction (filled fields are
 * skipped, so the next missing question comes).
 */
export async function applyCorrection(
  innerDc: DialogContext,
  knowledge: Knowledge,
  now: Date,
): Promise<DialogTurnResult | undefined> {
  const fix = correctionAt(innerDc, knowledge, now);
  const more = fix ? undefined : detailsAt(innerDc, knowledge, now);
  const taken = fix ?? more;
  if (!taken) return undefined;
  // Said back exactly as understood: a note about the knee as a note for the team, else the fields.
  if (taken.note && taken.changed.reason) {
    await sendReply(innerDc.context, { text: cbMsg(knowledge, 'callback-note-added', { note: taken.changed.reason }) });
  } else {
    const details = detailsText(knowledge, taken.changed, now);
    const key = fix ? 'callback-updated' : 'callback-noted';
    if (details !== '') await sendReply(innerDc.context, { text: cbMsg(knowledge, key, { details }) });
  }
  await innerDc.cancelAllDialogs();
  return innerDc.beginDialog(FLOW, { draft: taken.draft, resume: true });
}
