import type { Middleware, TurnContext } from 'botbuilder';

const TEXT_TRUNCATED_KEY = Symbol('textTruncated');
/** The whole message before cutting: triage reads it all, so a red flag late in a long story still counts. */
export const UNTRUNCATED_TEXT_KEY = Symbol('untruncatedText');

/** Cuts very long messages before matching, and tells the person so, politely. */
export class TextLimitMiddleware implements Middleware {
  constructor(
    private readonly maxChars: number,
    private readonly notice: string,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const text = context.activity.text;
    if (typeof text === 'string' && text.length > this.maxChars) {
      context.turnState.set(UNTRUNCATED_TEXT_KEY, text);
      context.activity.text = text.slice(0, this.maxChars);
      context.turnState.set(TEXT_TRUNCATED_KEY, true);
      await context.sendActivity(this.notice);
    }
    await next();
  }
}
