// What every throughput bench sends and how it starts the bot: the same five FAQ questions spread
// over 500 conversations, the same activity shape, the same limits lifted. One home, so the loopback
// bench (bench.ts), the interleaved A/B (bench-ab.ts) and the in-process profile (bench-turn.ts)
// measure the same turn.
import net from 'node:net';

export const CONVERSATIONS = 500;

export const FAQ_QUESTIONS = [
  'how long does knee pain from running take to heal',
  'should i keep running through knee pain',
  'do supplements like glucosamine help my knees',
  'can stretching help my sore knee',
  'why does my knee hurt after running',
];

/**
 * Turn i goes to conversation i % 500; the question moves on each time a conversation comes round
 * again, so every turn changes what the conversation offers next and its state is written, as in a
 * real chat (the same question again would leave the state as it was).
 */
function faqQuestion(i: number): string {
  return FAQ_QUESTIONS[(i + Math.floor(i / CONVERSATIONS)) % FAQ_QUESTIONS.length]!;
}

/** Turn i as a Bot Framework activity answered in the response (expectReplies). */
export function benchActivity(i: number, text = faqQuestion(i)) {
  return {
    type: 'message',
    id: `a-${i}`,
    channelId: 'test',
    serviceUrl: 'http://127.0.0.1:9/unused',
    from: { id: `bench-user-${i % CONVERSATIONS}`, name: 'Bench' },
    recipient: { id: 'bot' },
    conversation: { id: `bench-conv-${i % CONVERSATIONS}` },
    deliveryMode: 'expectReplies',
    text,
  };
}

/** Settings for a benched bot: its own data folder, quiet logs, no rate limits, no auth, no webhook. */
export function benchEnv(dataDir: string): Record<string, string> {
  return {
    DATA_DIR: dataDir,
    STORAGE: 'sqlite',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_CONVERSATION: '100000',
    RATE_LIMIT_PER_ADDRESS: '1000000',
    MicrosoftAppId: '',
    CALLBACK_WEBHOOK_URL: '',
  };
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}
