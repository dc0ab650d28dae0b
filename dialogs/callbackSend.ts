// The end of the callback request: storing it (confirmed only once the store has committed it), the
// give-up after three unreadable numbers, and the closing reply with the buttons MainDialog offers
// next. ./callbackDialog.ts asks the questions. Names and phone numbers are never logged.
import type { DialogTurnResult, WaterfallStepContext } from '../src/dialogsSdk';
import { clinicStatus } from '../src/clinic/hours';
import { hoursWords } from '../src/clinic/hoursWords';
import { formatPhone } from '../src/callbacks/phone';
import type { CallbackStore } from '../src/callbacks/types';
import type { Clock } from '../src/clock';
import type { Knowledge } from '../src/knowledge/types';
import { type Logger, turnLogger } from '../src/logging';
import { looksSpanish } from '../src/text/language';
import { sendReply } from '../src/rendering/send';
import { cbMsg, type Draft, type SentCallback, shortRef, slotLabel, staffNote } from './decisions/callback';
import { askOffer, callAction, callOffer } from './handoff';
import { routed, type OfferedChoice } from './routes';

export interface CallbackDialogDeps {
  knowledge: Knowledge;
  callbackStore: CallbackStore;
  clock: Clock;
  logger: Logger;
}

/** What the dialog ends with: the buttons MainDialog offers next (and the stored id, if any). */
export interface CallbackDialogResult {
  offers: OfferedChoice[];
  callbackId?: string;
  /** What to say if the same request is sent again ("Send it" on an old card). */
  sent?: SentCallback;
}

export async function storeRequest(
  step: WaterfallStepContext,
  deps: CallbackDialogDeps,
  knowledge: Knowledge,
  draft: Draft,
): Promise<DialogTurnResult> {
  const { callbackStore, clock } = deps;
  const logger = turnLogger(step.context, deps.logger);
  const clinic = knowledge.clinic;
  const now = clock.now();
  const status = clinicStatus(clinic, now, hoursWords(knowledge));
  // Staff read who the patient is and who to ask for at the top of the note (in the staff's wording).
  const note = staffNote(deps.knowledge, draft);
  let id: string;
  try {
    const created = await callbackStore.create(
      {
        name: draft.name!,
        phone: draft.phone!,
        preferredTime: draft.slot!.preferredTime,
        preferredDate: draft.slot!.date,
        ...(note ? { reason: note } : {}),
        ...(draft.slot!.at ? { preferredAt: draft.slot!.at } : {}),
        ...(draft.slot!.said ? { preferredTimeText: draft.slot!.said } : {}),
        ...(draft.urgent ? { urgent: true } : {}),
        ...(draft.idempotencyKey ? { idempotencyKey: draft.idempotencyKey } : {}),
        // Spanish when the conversation was in Spanish, they asked for it, or wrote the reason in it.
        language: draft.language ?? (draft.reason && looksSpanish(draft.reason) ? 'es' : 'en'),
        consent: true,
        channelId: step.context.activity.channelId,
      },
      now,
    );
    id = created.id;
  } catch (err) {
    // The error message may quote a field name, never a value; still, log its kind only.
    logger.error(
      { event: 'callback-store-failed', err: (err as Error)?.name ?? 'unknown' },
      'callback request could not be stored',
    );
    return finishFlow(
      step,
      routed(
        {
          text: cbMsg(knowledge, 'callback-store-failed', { phone: clinic.phone.display, status: status.summary }),
          call: callAction(knowledge),
        },
        [askOffer(knowledge)],
      ),
    );
  }
  logger.info(
    { event: 'callback-stored', callbackId: id, channelId: step.context.activity.channelId },
    'callback request stored',
  );
  const values = {
    name: draft.patientName ?? draft.name!,
    phone: formatPhone(draft.phone!),
    when: slotLabel(knowledge, draft.slot!, now),
    ref: shortRef(id),
    closes: status.closesAtText ?? '',
    opens: status.nextOpenText ?? '',
    clinicPhone: clinic.phone.display,
    emergency: clinic.emergencyNumber,
  };
  const text = [
    cbMsg(knowledge, 'callback-done', values),
    ...(draft.urgent ? [cbMsg(knowledge, 'callback-urgent-done')] : []),
    cbMsg(knowledge, status.open ? 'callback-done-open' : 'callback-done-closed', values),
    cbMsg(knowledge, 'callback-done-red-flags', values),
  ].join('\n\n');
  const reply = routed(
    { title: cbMsg(knowledge, 'callback-done-title'), text, ...(status.open ? { call: callAction(knowledge) } : {}) },
    [askOffer(knowledge)],
  );
  return finishFlow(step, reply, id, { ref: values.ref, phone: values.phone, when: values.when, id });
}

/** Three bad numbers: the patient calls us instead; nothing is stored. */
export async function giveUpOnPhone(
  step: WaterfallStepContext,
  deps: CallbackDialogDeps,
  knowledge: Knowledge,
): Promise<DialogTurnResult> {
  const { clock } = deps;
  turnLogger(step.context, deps.logger).info(
    { event: 'callback-phone-gave-up' },
    'no valid phone number after three tries',
  );
  const status = clinicStatus(knowledge.clinic, clock.now(), hoursWords(knowledge));
  const text = cbMsg(knowledge, 'callback-phone-give-up', {
    phone: knowledge.clinic.phone.display,
    status: status.summary,
  });
  return finishFlow(step, routed({ text, call: callAction(knowledge) }, [callOffer(knowledge), askOffer(knowledge)]));
}

/** Sends the closing reply and ends the dialog with its buttons (and the stored request, if any). */
export async function finishFlow(
  step: WaterfallStepContext,
  reply: ReturnType<typeof routed>,
  callbackId?: string,
  sent?: SentCallback,
): Promise<DialogTurnResult> {
  await sendReply(step.context, reply.reply);
  const result: CallbackDialogResult = {
    offers: reply.offers,
    ...(callbackId ? { callbackId } : {}),
    ...(sent ? { sent } : {}),
  };
  return step.endDialog(result);
}
