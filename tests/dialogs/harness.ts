// Test harness for the conversation: the real knowledge, matcher and triage, MemoryStorage, the
// real renderer (channel "test" renders like Web Chat), and a chat helper that returns every
// reply of a turn in a readable shape.
import path from 'node:path';
import { MemoryStorage, TestAdapter, type Activity, type Storage } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { createBot, type BotDeps } from '../../src/bot';
import { InboundNormalizer } from '../../src/channels/inbound';
import { SqliteCallbackStore } from '../../src/callbacks/sqliteCallbackStore';
import { fixedClock } from '../../src/clock';
import { loadKnowledgeSet } from '../../src/knowledge/load';
import type { Knowledge, KnowledgeSet } from '../../src/knowledge/types';
import { silentLogger } from '../../src/logging';
import { createMatcher } from '../../src/matching';
import type { UnansweredLog } from '../../src/matching/unansweredLog';
import { projectRoot } from '../../src/paths';
import { JsonUserState } from '../../src/storage/jsonBotState';
import { MemberConversationState } from '../../src/channels/conversationScope';
import { openDatabase } from '../../src/storage/sqliteDb';
import { createBotTriages } from '../../src/triage';
import { MainDialog } from '../../dialogs/mainDialog';
import { bothLanguages } from '../../dialogs/decisions/language';

let cached: KnowledgeSet | undefined;
/** The real knowledge folder, both languages, loaded once per test file. */
function realKnowledgeSet(): KnowledgeSet {
  cached ??= loadKnowledgeSet(path.join(projectRoot(), 'knowledge'));
  return cached;
}

/** The real English knowledge. */
export function realKnowledge(): Knowledge {
  return realKnowledgeSet().en;
}

/** The real Spanish knowledge. */
export function spanishKnowledge(): Knowledge {
  return realKnowledgeSet().es;
}

/** Tuesday 10:00 in Dallas (16:00 UTC): the clinic is open. */
export const OPEN_TIME = '2026-11-24T16:00:00Z';
/** Saturday 10:00 in Dallas: closed. */
export const CLOSED_TIME = '2026-11-28T16:00:00Z';

/** Records what would go to the unanswered log, so tests can see it was called. */
class RecordingUnansweredLog implements UnansweredLog {
  readonly records: { text: string; outcome: string; topIds: string[] }[] = [];
  record(text: string, outcome: 'unknown' | 'clarify' | 'out-of-scope', topIds: string[]): void {
    this.records.push({ text, outcome, topIds });
  }
}

export interface Deps extends BotDeps {
  unanswered: RecordingUnansweredLog;
  storage: Storage;
}

export function makeDeps(opts: { storage?: Storage; now?: string } = {}): Deps {
  const knowledge = realKnowledge();
  const es = spanishKnowledge();
  const storage = opts.storage ?? new MemoryStorage();
  const clock = fixedClock(opts.now ?? OPEN_TIME);
  // As src/app.ts builds them (the gated Spanish triage beside the English one), by the same function.
  const triages = createBotTriages({ en: knowledge, es }, { clock });
  return {
    knowledge,
    matcher: createMatcher(knowledge),
    triage: triages.en,
    spanish: { knowledge: es, matcher: createMatcher(es), triage: triages.es! },
    conversationState: new MemberConversationState(storage),
    userState: new JsonUserState(storage),
    callbackStore: new SqliteCallbackStore(openDatabase(':memory:'), true),
    clock,
    unanswered: new RecordingUnansweredLog(),
    logger: silentLogger,
    storage,
  };
}

/** One bot reply, flattened for assertions. */
export interface Said {
  text: string;
  /** The text without Web Chat's rendered call line (`[Call …](tel:…)`): what the bot says in words. */
  body: string;
  /** Button labels (suggested actions, or card Action.Submit titles). */
  choices: string[];
  /** tel: URL of a call button, if any. */
  tel?: string;
  /** Everything in the activity, as JSON, for "mentions X somewhere" checks. */
  all: string;
  activity: Partial<Activity>;
}

function collectActions(node: unknown, out: { titles: string[]; urls: string[] }): void {
  if (Array.isArray(node)) return node.forEach((n) => collectActions(n, out));
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  if (o['type'] === 'Action.OpenUrl' && typeof o['url'] === 'string') out.urls.push(o['url']);
  if (o['type'] === 'Action.Submit' && typeof o['title'] === 'string') out.titles.push(o['title']);
  Object.values(o).forEach((v) => collectActions(v, out));
}

function describe(activity: Partial<Activity>): Said {
  const found = { titles: [] as string[], urls: [] as string[] };
  collectActions(activity.attachments ?? [], found);
  // Web chat writes the call as a markdown tel: link instead of a card button.
  for (const m of (activity.text ?? '').matchAll(/\]\((tel:[^)\s]+)\)/g)) found.urls.push(m[1]!);
  const suggested = (activity.suggestedActions?.actions ?? []).map((a) => String(a.title));
  return {
    text: activity.text ?? '',
    body: (activity.text ?? '').replace(/\n*\[[^\]\n]*\]\(tel:[^)\s]+\)\s*$/, ''),
    choices: [...suggested, ...found.titles],
    tel: found.urls.find((u) => u.startsWith('tel:')),
    all: JSON.stringify(activity),
    activity,
  };
}

/** The texts alone (no buttons), one message a line. */
export const texts = (said: { text: string }[]): string => said.map((s) => s.text).join('\n');

/** Where and when a test conversation happens (BotChat's channel options, and the clock). */
export type ChatOptions = ConstructorParameters<typeof BotChat>[0] & { now?: string };

/** A fresh conversation with the real bot at `now` (OPEN_TIME unless given), on the channel asked for. */
export function chatAt(opts: ChatOptions = {}): BotChat {
  const { now, ...chat } = opts;
  return new BotChat({ ...chat, deps: chat.deps ?? makeDeps({ now: now ?? OPEN_TIME }) });
}

/** What the bot says back to one message, as text (every reply of the turn, one a line). */
export async function reply(chat: BotChat, text: string): Promise<string> {
  return texts(await chat.send(text));
}

/** A fresh conversation (see chatAt) after `first` messages; `said` is what the last one got. */
export async function startedChat(
  first: readonly string[],
  opts: ChatOptions = {},
): Promise<{ chat: BotChat; said: string }> {
  const chat = chatAt(opts);
  let said = '';
  for (const text of first) said = await reply(chat, text);
  return { chat, said };
}

/** A fresh conversation at OPEN_TIME after `first` messages; `said` is what the last one got. */
export function chatAfter(...first: string[]): Promise<{ chat: BotChat; said: string }> {
  return startedChat(first);
}

/** A Teams chat the front desk has opened with a staff question (`opener`): the conversation is a staff one. */
export async function staffChat(opener: string, now = OPEN_TIME): Promise<BotChat> {
  return (await startedChat([opener], { now, channelId: 'msteams' })).chat;
}

/** A Slack channel whose relay gives every member one sender id: only the words tell who speaks. */
export function slackGroup(now = OPEN_TIME): BotChat {
  return chatAt({
    now,
    channelId: 'slack',
    conversationType: 'channel',
    conversationId: 'eng-team',
    userId: 'slack-relay',
  });
}

/**
 * A Slack channel with several members: `as(userId)` is that member's chat, all on one bot (one
 * storage, one clock), so the bot sees who says what in the same conversation.
 */
export function slackMembers(conversationId: string, now = OPEN_TIME): { as: (userId: string) => BotChat } {
  const deps = makeDeps({ now });
  const chats = new Map<string, BotChat>();
  return {
    as: (userId) => {
      let chat = chats.get(userId);
      if (!chat) {
        chat = new BotChat({ deps, channelId: 'slack', conversationType: 'channel', conversationId, userId });
        chats.set(userId, chat);
      }
      return chat;
    },
  };
}

export function joined(said: Said[]): string {
  return said.map((s) => s.all).join('\n');
}

/** The whole bot (welcome, dialogs, state saving) on a TestAdapter. */
export class BotChat {
  readonly adapter: TestAdapter;
  readonly deps: Deps;

  constructor(
    opts: {
      deps?: Deps;
      channelId?: string;
      userId?: string;
      conversationId?: string;
      conversationType?: string;
      /** A group conversation that says so only by isGroup (no conversationType, as some relays send it). */
      groupWithoutType?: boolean;
    } = {},
  ) {
    this.deps = opts.deps ?? makeDeps();
    const { bot } = createBot(this.deps);
    this.adapter = new TestAdapter(async (context) => bot.run(context), {
      channelId: opts.channelId ?? 'test',
      from: { id: opts.userId ?? 'user1', name: 'User' },
      recipient: { id: 'bot', name: 'Bot' },
      conversation: {
        id: opts.conversationId ?? 'conv1',
        isGroup: opts.groupWithoutType === true || (opts.conversationType ?? 'personal') !== 'personal',
        conversationType: (opts.groupWithoutType === true
          ? undefined
          : (opts.conversationType ?? 'personal')) as string,
        name: '',
      },
    });
    // As in src/app.ts: card submits, Teams mentions and typed numbers are normalised first.
    this.adapter.use(new InboundNormalizer(this.deps.conversationState, [this.deps.knowledge.clinic.name]));
  }

  /** Sends a message (or any activity) and returns every reply of that turn (the template's
   *  channel, user and conversation always apply: TestAdapter assigns them last). */
  async send(activity: string | Partial<Activity>): Promise<Said[]> {
    const incoming = typeof activity === 'string' ? { type: 'message', text: activity } : activity;
    await this.adapter.receiveActivity(incoming);
    const out: Said[] = [];
    while (this.adapter.activeQueue.length > 0) {
      const a = this.adapter.getNextReply();
      if (a.type === 'message') out.push(describe(a));
    }
    return out;
  }
}

/** MainDialog alone under botbuilder-testing's DialogTestClient (no welcome). */
export class DialogChat {
  readonly client: DialogTestClient;
  readonly deps: Deps;

  constructor(opts: { deps?: Deps } = {}) {
    this.deps = opts.deps ?? makeDeps();
    this.client = new DialogTestClient(
      'test',
      new MainDialog({ ...this.deps, triage: bothLanguages(this.deps.triage, this.deps.spanish!.triage) }),
      undefined,
      [],
      this.deps.conversationState,
    );
  }

  async send(text: string): Promise<Said[]> {
    const out: Said[] = [];
    const first = (await this.client.sendActivity(text)) as Partial<Activity> | undefined;
    for (let a = first; a; a = this.client.getNextReply()) if (a.type === 'message') out.push(describe(a));
    return out;
  }

  /** Ids on MainDialog's inner stack, outermost first, read from storage (empty: no flow running). */
  async activeIds(): Promise<string[]> {
    // DialogTestClient's adapter: channel "test", conversation "Convo1" (botbuilder's default).
    const key = 'test/conversations/Convo1/';
    const stored = (await this.deps.storage.read([key]))[key] as
      { DialogState?: { dialogStack?: StoredInstance[] } } | undefined;
    const main = stored?.DialogState?.dialogStack?.[0];
    return stackOf(main);
  }
}

interface StoredInstance {
  id: string;
  state?: { dialogs?: { dialogStack?: StoredInstance[] } };
}

/** Flattens nested component stacks (a component keeps its children under state.dialogs). */
function stackOf(instance: StoredInstance | undefined): string[] {
  const inner = instance?.state?.dialogs?.dialogStack ?? [];
  // botbuilder keeps the active dialog last.
  return inner.flatMap((i) => [i.id, ...stackOf(i)]);
}
