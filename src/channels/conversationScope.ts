// Shared conversations (a Teams channel or group chat, a Slack channel): several people talk to the
// bot in one conversation id. Their dialog state must never mix — one member's message must never
// be read as another member's answer — so in a shared conversation the conversation state is kept
// per member (the storage key gains the sender's id). Pure except for the ConversationState class.
import type { TurnContext } from 'botbuilder';
import type { Activity } from 'botframework-schema';
import { JsonConversationState } from '../storage/jsonBotState';

interface SlackChannelData {
  SlackMessage?: { event?: { channel_type?: string; channel?: string } };
}

/** Slack's conversation kinds that are not a direct message with the bot. */
const SLACK_SHARED_TYPES = new Set(['channel', 'group', 'mpim']);

/**
 * True when more people than the sender may read and write in this conversation: Teams channels
 * and group chats, Slack channels (public, private, group DMs), and any channel that says isGroup.
 */
export function isSharedConversation(activity: Partial<Activity>): boolean {
  const conversation = activity.conversation;
  if (!conversation) return false;
  if (conversation.isGroup === true) return true;
  const type = conversation.conversationType;
  if (type === 'channel' || type === 'groupChat') return true;
  if (activity.channelId === 'slack') {
    const event = (activity.channelData as SlackChannelData | undefined)?.SlackMessage?.event;
    if (event?.channel_type) return SLACK_SHARED_TYPES.has(event.channel_type);
    // Bot Framework's Slack conversation id is "bot:team:channel[:thread]"; Slack channel ids start
    // with C (public) or G (private/group), direct messages with D.
    const channel = event?.channel ?? conversation.id.split(':')[2] ?? '';
    return /^[CG]/.test(channel);
  }
  return false;
}

/** Conversation state with one record per member in a shared conversation (1:1 chats unchanged). */
export class MemberConversationState extends JsonConversationState {
  override getStorageKey(context: TurnContext): string | undefined {
    const key = super.getStorageKey(context);
    const activity = context.activity;
    const member = activity.from?.id;
    if (!key || !member || !isSharedConversation(activity)) return key;
    return `${key}members/${encodeURIComponent(member)}/`;
  }

  /**
   * One value every member of a shared conversation reads: what the bot said there for all to see
   * (a 911 warning given to one member, so another's "what do we tell them?" is answered). Never a
   * member's own answers or details; undefined outside a shared conversation.
   */
  async readShared<T>(context: TurnContext, name: string): Promise<T | undefined> {
    const key = this.sharedKey(context);
    if (key === undefined) return undefined;
    const items = await this.storage.read([key]);
    return (items[key] as Record<string, T> | undefined)?.[name];
  }

  async writeShared(context: TurnContext, name: string, value: unknown): Promise<void> {
    const key = this.sharedKey(context);
    if (key === undefined) return;
    const items = await this.storage.read([key]);
    const record = { ...((items[key] as Record<string, unknown> | undefined) ?? {}), [name]: value, eTag: '*' };
    await this.storage.write({ [key]: record });
  }

  private sharedKey(context: TurnContext): string | undefined {
    const key = super.getStorageKey(context);
    return key && isSharedConversation(context.activity) ? `${key}shared/` : undefined;
  }
}
