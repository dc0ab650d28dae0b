// The callback dialog's id and its steps' ids, and what a running request holds: MainDialog reads
// the draft from the stack when a red flag interrupts (./callbackDialog.ts runs the steps).
import type { DialogContext } from '../src/dialogsSdk';
import type { Draft } from './decisions/callback';

export const CALLBACK_DIALOG = 'callbackDialog';
export const FLOW = 'callbackDialog.flow';
export const NAME = 'callbackDialog.name';
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
  return stack.includes(CALLBACK_DIALOG) && (stack.includes(NAME) || stack.includes(PHONE));
}

/**
 * The draft of a callback request running somewhere under `dc` (undefined when none is): MainDialog
 * keeps it when a red flag interrupts, so the request is never lost silently. `waiting` is the
 * prompt the person was answering (the reason step's text is kept as the reason).
 */
export function runningCallback(dc: DialogContext): { draft: Draft; waiting?: string } | undefined {
  for (let current: DialogContext | undefined = dc; current; current = current.child) {
    const flow = current.stack.find((i) => i.id === FLOW);
    if (flow) {
      const draft = (flow.state as { values?: { draft?: Draft } } | undefined)?.values?.draft;
      return draft ? { draft: { ...draft }, waiting: current.activeDialog?.id } : undefined;
    }
  }
  return undefined;
}

/** True when the prompt waiting for the reason is `id` (see runningCallback). */
export function isReasonStep(id: string | undefined): boolean {
  return id === REASON;
}
