// One Reply → the activity each channel can actually show. Pure: no botbuilder, no I/O.
//   webchat/emulator/directline/test: markdown (facts as a list, a tel: link) + suggested actions;
//            no Adaptive Card, so the website can load Web Chat's minimal bundle (half the bytes)
//   msteams: markdown + Adaptive Card with Action.Submit choices; Teams shows no suggested actions
//   slack:   mrkdwn text only, numbered choices, phone written out; ≤ 3,000 characters a message
//   other:   text + suggested actions, numbered fallbacks and the phone number in the text
import type { Activity, Attachment, CardAction, SuggestedActions } from 'botframework-schema';
import {
  ADAPTIVE_CARD_CONTENT_TYPE,
  adaptiveCard,
  callElements,
  factSet,
  submitAction,
  telUrl,
  type AdaptiveElement,
} from './cards';
import { channelKind } from './channel';
import type { Reply } from './reply';
import {
  type ChoiceWording,
  callLine,
  factLines,
  numberedChoices,
  splitText,
  toPlainText,
  toSlackMrkdwn,
  withTitle,
} from './text';

/** Buttons per action set on Teams cards; Teams shows at most six and silently drops the rest. */
const TEAMS_MAX_ACTIONS = 5;

/** Slack truncates/refuses longer text blocks; longer replies are split into several messages. */
export const SLACK_MAX_CHARS = 3000;

const mdBold = (s: string) => `**${s}**`;
const noBold = (s: string) => s;

function suggestedActions(reply: Reply): SuggestedActions | undefined {
  if (!reply.choices?.length) return undefined;
  const actions: CardAction[] = reply.choices.map((c) => ({ type: 'imBack', title: c.label, value: c.value }));
  // `to` omitted (as MessageFactory does): the actions are for whoever is in the conversation.
  return { actions } as SuggestedActions;
}

/**
 * The number written out beside the call button, unless the text already says it: a hand-off card
 * shows the number once as text and once as a button, not four times.
 */
function callLineNeeded(reply: Reply): boolean {
  return reply.call !== undefined && !reply.text.includes(reply.call.display);
}

function cardAttachment(body: AdaptiveElement[], actions: AdaptiveElement[], fallback: string): Attachment {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: adaptiveCard(body, actions, fallback) };
}

/** Plain summary used as the card's fallbackText (read by hosts that cannot draw the card). */
function fallbackFor(reply: Reply, wording?: ChoiceWording): string {
  const parts: string[] = [];
  if (reply.facts?.length) parts.push(factLines(reply.facts, '', noBold));
  if (reply.call) parts.push(callLine(reply.call, noBold));
  if (reply.choices?.length) parts.push(numberedChoices(reply.choices, noBold, wording));
  return parts.join('\n');
}

function renderWebChat(reply: Reply): Partial<Activity> {
  const parts = [withTitle(reply.title, reply.text, mdBold)];
  if (reply.facts?.length) parts.push(factLines(reply.facts, '- ', mdBold));
  // A tel: link opens the phone app on a phone; the number stays readable on a desktop.
  if (reply.call) parts.push(`[${callLine(reply.call, mdBold)}](${telUrl(reply.call.e164)})`);
  const activity: Partial<Activity> = {
    type: 'message',
    text: parts.join('\n\n'),
    textFormat: 'markdown',
    inputHint: reply.choices?.length ? 'expectingInput' : 'acceptingInput',
  };
  const suggested = suggestedActions(reply);
  if (suggested) activity.suggestedActions = suggested;
  return activity;
}

function renderTeams(reply: Reply, wording?: ChoiceWording): Partial<Activity> {
  const activity: Partial<Activity> = {
    type: 'message',
    text: withTitle(reply.title, reply.text, mdBold),
    textFormat: 'markdown',
    inputHint: reply.choices?.length ? 'expectingInput' : 'acceptingInput',
  };
  const body: AdaptiveElement[] = [];
  const actions: AdaptiveElement[] = [];
  if (reply.facts?.length) body.push(factSet(reply.facts));
  if (reply.call) {
    const call = callElements(reply.call);
    if (callLineNeeded(reply)) body.push(call.body);
    actions.push(call.action);
  }
  const submits = (reply.choices ?? []).map(submitAction);
  if (actions.length + submits.length <= TEAMS_MAX_ACTIONS) actions.push(...submits);
  else {
    // Teams drops card buttons beyond its host limit; more choices go into rows of ActionSets.
    for (let i = 0; i < submits.length; i += TEAMS_MAX_ACTIONS) {
      body.push({ type: 'ActionSet', actions: submits.slice(i, i + TEAMS_MAX_ACTIONS) });
    }
  }
  if (body.length || actions.length)
    activity.attachments = [cardAttachment(body, actions, fallbackFor(reply, wording))];
  return activity;
}

function slackText(reply: Reply, wording?: ChoiceWording): string {
  const parts = [toSlackMrkdwn(withTitle(reply.title, reply.text, mdBold))];
  if (reply.facts?.length) parts.push(toSlackMrkdwn(factLines(reply.facts, '• ', mdBold)));
  if (reply.call && callLineNeeded(reply)) parts.push(toSlackMrkdwn(callLine(reply.call, mdBold)));
  if (reply.choices?.length) parts.push(toSlackMrkdwn(numberedChoices(reply.choices, noBold, wording)));
  return parts.join('\n\n');
}

function slackActivity(text: string): Partial<Activity> {
  // channelData carries the native Slack message so the Azure Slack connector does not re-convert
  // our mrkdwn as if it were markdown (it turns *bold* into italics otherwise).
  return { type: 'message', text, textFormat: 'plain', channelData: { text } };
}

function renderOther(reply: Reply, wording?: ChoiceWording): Partial<Activity> {
  const parts = [toPlainText(withTitle(reply.title, reply.text, noBold))];
  if (reply.facts?.length) parts.push(factLines(reply.facts, '- ', noBold));
  if (reply.call && callLineNeeded(reply)) parts.push(callLine(reply.call, noBold));
  if (reply.choices?.length) parts.push(numberedChoices(reply.choices, noBold, wording));
  const activity: Partial<Activity> = {
    type: 'message',
    text: parts.join('\n\n'),
    textFormat: 'plain',
    inputHint: reply.choices?.length ? 'expectingInput' : 'acceptingInput',
  };
  const suggested = suggestedActions(reply);
  if (suggested) activity.suggestedActions = suggested;
  return activity;
}

/**
 * The whole reply as one activity for `channelId` (Slack text may exceed its limit: see below).
 * `wording`: "Reply 1, 2 or 3." in the conversation's language, under numbered choices.
 */
export function renderReply(reply: Reply, channelId: string, wording?: ChoiceWording): Partial<Activity> {
  switch (channelKind(channelId)) {
    case 'webchat':
      return renderWebChat(reply);
    case 'msteams':
      return renderTeams(reply, wording);
    case 'slack':
      return slackActivity(slackText(reply, wording));
    case 'other':
      return renderOther(reply, wording);
  }
}

/** What is actually sent: renderReply, with Slack text split into messages within Slack's limit. */
export function renderReplyActivities(reply: Reply, channelId: string, wording?: ChoiceWording): Partial<Activity>[] {
  if (channelKind(channelId) !== 'slack') return [renderReply(reply, channelId, wording)];
  return splitText(slackText(reply, wording), SLACK_MAX_CHARS).map(slackActivity);
}
