// Channel input normalisation, run by the adapter before the bot on every turn:
//   (a) a card submit (value carries our choice, no text) becomes the text the choice stands for;
//   (b) Teams: the bot's @mention is stripped; in channels/group chats an un-mentioned message is
//       marked so the bot stays silent;
//   (c) Slack and other text-only channels: a typed "2" becomes the 2nd choice last offered;
//   (d) control and bidi characters are removed and the text trimmed.
import { type ConversationState, type Middleware, type StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Activity } from 'botframework-schema';
import { showsNumberedChoices } from '../rendering/channel';
import { isSharedConversation } from './conversationScope';
import { choiceFromSubmit } from '../rendering/submit';
import { cleanInboundText, LEADING_TEAMS_MENTION, unescapeSlackText, unescapeTeamsText } from './clean';
import {
  mapTypedChoice,
  OFFERED_CHOICES_ACCESSOR,
  OFFERED_CHOICES_PROPERTY,
  type OfferedChoicesState,
} from './offered';

/**
 * turnState key: true when a Teams channel/group message did not mention the bot. Teams users address
 * a bot by @mentioning it, so such a message is answered only when it must be (a red flag, a warning
 * that still stands, the answer to the bot's own question), never for a question it could answer.
 */
const BOT_NOT_ADDRESSED = 'kneeBot.notAddressed';
/**
 * turnState key: true when a message in a shared Slack (or other non-Teams) conversation did not
 * address the bot (no @mention of it): office chatter the bot answers only when it must.
 */
const SHARED_NOT_ADDRESSED = 'kneeBot.sharedNotAddressed';
/**
 * "@kneebot", "@clinic-bot", "@Knee Pain Helper" typed as a handle: found to address the bot, then
 * taken off the text.
 */
const BOT_HANDLE = /(?:^|\s)@(?:[\w.-]+ ){0,2}[\w.-]*(?:bot|helper)\b[:,]?/gi;

/** "@Innovative Health": one of the names the bot goes by, typed as a handle (any spacing or case). */
function nameHandle(name: string): RegExp {
  const words = name
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?:^|\\s)@${words.join('\\s*')}\\b[:,]?`, 'gi');
}

/** "@kneebot", "<@U123>" (the bot's own id), "@<its name>": the bot addressed in a shared channel's text. */
/**
 * "bot what strengthening should I do", "same bot but mine is the front": the bot called "bot" in the
 * words of the message, as people do in a channel where it talks (not "the bot said", "bots").
 */
const BOT_VOCATIVE =
  /(?:^|[\s,.!])(?:hey |hi |ok |okay |yo |same |thanks |thank you )?bot(?:[,:!]|\s+(?:what|whats|how|is|are|can|could|should|do|does|but|mine|my|i|and|please|pls|any|tell|which|where|when|why))\b/i;

function addressesBotInText(activity: Activity, names: readonly RegExp[]): boolean {
  const text = activity.text ?? '';
  if (BOT_VOCATIVE.test(text) && !/\b(?:the|a|this|that|your|our) bot\b/i.test(text)) return true;
  const id = activity.recipient?.id;
  if (id && text.includes(`<@${id}`)) return true;
  if (text.search(BOT_HANDLE) >= 0) return true;
  if (names.some((re) => text.search(re) >= 0)) return true;
  const name = activity.recipient?.name?.replace(/\s+/g, '').toLowerCase();
  return !!name && text.toLowerCase().replace(/\s+/g, '').includes(`@${name}`);
}

/**
 * "dev omg go get that checked. bot what strengthening should I do": a sentence that starts by calling
 * the bot "bot" is what was said to it; what came before was said to someone else in the group.
 */
const BOT_SENTENCE = /[.!?]\s+(?:hey |hi |ok |okay |yo )?bot[,:]?\s+/i;
function toTheBot(text: string): string {
  const m = BOT_SENTENCE.exec(text);
  return m ? text.slice(m.index + m[0].length) : text;
}

function withoutHandles(text: string, names: readonly RegExp[]): string {
  return names.reduce((t, re) => t.replace(re, ' '), text.replace(BOT_HANDLE, ' '));
}

/** False for a message in a shared non-Teams conversation that did not address the bot. */
export function addressedInShared(context: TurnContext): boolean {
  return context.turnState.get(SHARED_NOT_ADDRESSED) !== true;
}

/** turnState key: the text as received, before normalisation (for logs and debugging). */
export const ORIGINAL_TEXT = 'kneeBot.originalText';
/** turnState key: how the text was changed ('submit' | 'number' | 'label'), when it was. */
export const TEXT_SOURCE = 'kneeBot.textSource';

export type TeamsScope = 'personal' | 'groupChat' | 'channel';

/** Teams conversation scope; personal when Teams does not say (1:1 chats omit conversationType). */
export function teamsScope(activity: Partial<Activity>): TeamsScope {
  const type = activity.conversation?.conversationType;
  return type === 'channel' || type === 'groupChat' ? type : 'personal';
}

/** False only for a Teams channel/group message that did not @mention the bot (it is also not addressedInShared). */
export function isAddressedToBot(context: TurnContext): boolean {
  return context.turnState.get(BOT_NOT_ADDRESSED) !== true;
}

function mentionsRecipient(activity: Activity): boolean {
  const botId = activity.recipient?.id;
  if (!botId) return false;
  return TurnContext.getMentions(activity).some((m) => m?.mentioned?.id === botId);
}

/** Removes every "<at>Bot</at>" of the bot; TurnContext.removeRecipientMention only does the first. */
function stripBotMentions(activity: Activity): void {
  if (typeof activity.text !== 'string') return;
  const botId = activity.recipient?.id;
  const mentionTexts = TurnContext.getMentions(activity)
    .filter((m) => m?.mentioned?.id === botId && typeof m.text === 'string' && m.text !== '')
    .map((m) => m.text);
  if (mentionTexts.length === 0) return;
  TurnContext.removeRecipientMention(activity);
  for (const t of mentionTexts) activity.text = activity.text.split(t).join(' ');
}

export class InboundNormalizer implements Middleware {
  private readonly offered: StatePropertyAccessor<OfferedChoicesState>;

  private readonly names: readonly RegExp[];

  /**
   * @param names what people call the bot when they type its handle in a relay that carries no
   *   mention entities ("@Innovative Health …"): the clinic's name.
   */
  constructor(
    private readonly conversationState: ConversationState,
    names: readonly string[] = [],
  ) {
    this.offered = conversationState.createProperty<OfferedChoicesState>(OFFERED_CHOICES_PROPERTY);
    this.names = names.filter((n) => n.trim() !== '').map(nameHandle);
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    context.turnState.set(OFFERED_CHOICES_ACCESSOR, this.offered);
    if (context.activity.type === 'message') await this.normalize(context);
    await next();
    // sendReply may have remembered new choices after the bot saved its state; saving again is a
    // no-op when nothing changed.
    await this.conversationState.saveChanges(context);
  }

  private async normalize(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const channelId = activity.channelId;
    if (typeof activity.text === 'string') context.turnState.set(ORIGINAL_TEXT, activity.text);

    // (a) card submit: the payload decides, whatever text a host may have added.
    const submitted = choiceFromSubmit(activity.value);

    if (channelId === 'msteams') {
      // (b) mentions; a card submit is aimed at the bot even without one.
      let mentioned = mentionsRecipient(activity);
      if (mentioned) stripBotMentions(activity);
      else if (TurnContext.getMentions(activity).length === 0 && LEADING_TEAMS_MENTION.test(activity.text ?? '')) {
        // A payload that carries the mention only as text (no mention entities, as some test tools
        // and relays send it): in a group the bot only receives what @mentions it, so it is ours.
        activity.text = activity.text!.replace(LEADING_TEAMS_MENTION, ' ');
        mentioned = true;
      } else if (TurnContext.getMentions(activity).length === 0 && addressesBotInText(activity, this.names)) {
        // "@kneebot how do callbacks work?" typed as plain text (a relay without mention entities).
        activity.text = withoutHandles(activity.text ?? '', this.names);
        mentioned = true;
      }
      // A group conversation is shared even when Teams leaves out its type (isGroup alone, as some relays send it).
      const shared = teamsScope(activity) !== 'personal' || isSharedConversation(activity);
      if (shared && !mentioned && submitted === undefined) {
        // Teams delivers these only with resource-specific consent (or through a relay); when one comes,
        // it is chatter in a shared conversation, answered only for safety or the bot's own question.
        context.turnState.set(BOT_NOT_ADDRESSED, true);
        context.turnState.set(SHARED_NOT_ADDRESSED, true);
      }
    }

    // Elsewhere (Slack channels, group DMs) every message arrives: note the ones not addressed to us,
    // and take the bot's @name off the ones that are.
    if (channelId !== 'msteams' && isSharedConversation(activity) && submitted === undefined) {
      if (addressesBotInText(activity, this.names))
        activity.text = toTheBot(withoutHandles(activity.text ?? '', this.names));
      else context.turnState.set(SHARED_NOT_ADDRESSED, true);
    }

    if (submitted !== undefined) {
      activity.text = submitted;
      context.turnState.set(TEXT_SOURCE, 'submit');
    }
    if (typeof activity.text !== 'string') return;

    // (d) clean.
    let text = activity.text;
    if (channelId === 'slack') text = unescapeSlackText(text);
    if (channelId === 'msteams') text = unescapeTeamsText(text);
    text = cleanInboundText(text);
    activity.text = text;
    if (submitted !== undefined || text === '') return;

    // (c) a typed number or exact label → the value of the choice last offered here.
    const offered = await this.offered.get(context);
    const mapped = mapTypedChoice(text, offered, showsNumberedChoices(channelId));
    if (mapped !== undefined) {
      activity.text = mapped.value;
      context.turnState.set(TEXT_SOURCE, mapped.by);
    }
  }
}
