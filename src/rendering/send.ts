// The only place dialogs turn a Reply into activities: render for this channel, remember the
// offered choices (so a typed "2" can be understood next turn), send.
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  OFFERED_CHOICES_ACCESSOR,
  OFFERED_CHOICES_TOUCHED,
  toOfferedState,
  type OfferedChoicesState,
} from '../channels/offered';
import { renderReplyActivities } from './render';
import type { Reply } from './reply';
import type { ChoiceWording } from './text';

/**
 * Last offered choices win: the first reply of a turn replaces what was remembered (an answer
 * without choices clears stale ones); later replies in the same turn replace them only when they
 * offer choices themselves ("Here is the answer." then "Anything else? 1. … 2. …").
 * Without the InboundNormalizer middleware (unit tests of dialogs) nothing is remembered.
 */
async function rememberOfferedChoices(context: TurnContext, reply: Reply): Promise<void> {
  const accessor = context.turnState.get(OFFERED_CHOICES_ACCESSOR) as
    StatePropertyAccessor<OfferedChoicesState> | undefined;
  if (!accessor) return;
  const firstThisTurn = context.turnState.get(OFFERED_CHOICES_TOUCHED) !== true;
  if (!firstThisTurn && !reply.choices?.length) return;
  context.turnState.set(OFFERED_CHOICES_TOUCHED, true);
  await accessor.set(context, toOfferedState(reply.choices));
}

/** turnState key: the ChoiceWording of the turn's language (set by dialogs/language.ts). */
export const CHOICE_WORDING_KEY = Symbol('rendering.choiceWording');

export async function sendReply(context: TurnContext, reply: Reply): Promise<void> {
  const wording = context.turnState.get(CHOICE_WORDING_KEY) as ChoiceWording | undefined;
  const activities = renderReplyActivities(reply, context.activity.channelId, wording);
  await rememberOfferedChoices(context, reply);
  await context.sendActivities(activities);
}

export { renderReplyActivities } from './render';
