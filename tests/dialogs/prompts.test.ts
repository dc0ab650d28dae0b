// The reusable Reply prompts on their own (as dialogs/callbackDialog.ts uses them): they send the
// Reply, recognise with recognizeChoice (or a parser), retry with their retry wording, end with a value.
import { DialogTestClient } from 'botbuilder-testing';
import { DialogTurnStatus } from 'botbuilder-dialogs';
import { describe as suite, expect, it } from 'vitest';
import { ChoiceReplyPrompt, TextReplyPrompt, YesNoReplyPrompt, type ReplyPromptOptions } from '../../dialogs/prompts';

const choices = [
  { label: 'Front of the knee', value: 'front' },
  { label: 'Back of the knee', value: 'back' },
];
const options: ReplyPromptOptions = { prompt: { text: 'Where?', choices }, retry: { text: 'Sorry, where?', choices } };

suite('ChoiceReplyPrompt', () => {
  it('asks, retries on a non-answer, ends with the chosen value', async () => {
    const client = new DialogTestClient('test', new ChoiceReplyPrompt('where'), options);
    expect((await client.sendActivity('start')).text).toBe('Where?');
    expect((await client.sendActivity('banana')).text).toBe('Sorry, where?');
    await client.sendActivity('the back one');
    expect(client.dialogTurnResult.status).toBe(DialogTurnStatus.complete);
    expect(client.dialogTurnResult.result).toBe('back');
  });

  it('a fallback recogniser may map free text to one of the values (never to anything else)', async () => {
    const fallback = (text: string) =>
      text.includes('kneecap') ? 'front' : text.includes('elbow') ? 'elbow' : undefined;
    const client = new DialogTestClient('test', new ChoiceReplyPrompt('where', fallback), options);
    await client.sendActivity('start');
    expect((await client.sendActivity('my elbow')).text).toBe('Sorry, where?');
    await client.sendActivity('around my kneecap');
    expect(client.dialogTurnResult.result).toBe('front');
  });

  it('non-message activities do not count as answers', async () => {
    const client = new DialogTestClient('test', new ChoiceReplyPrompt('where'), options);
    await client.sendActivity('start');
    await client.sendActivity({ type: 'typing' });
    expect(client.dialogTurnResult.status).toBe(DialogTurnStatus.waiting);
  });

  it('without a prompt Reply it refuses to start', async () => {
    const client = new DialogTestClient('test', new ChoiceReplyPrompt('where'), {});
    await expect(client.sendActivity('start')).rejects.toThrow(/prompt Reply is required/);
  });
});

suite('YesNoReplyPrompt', () => {
  const yesNo: ReplyPromptOptions = {
    prompt: {
      text: 'Swollen?',
      choices: [
        { label: 'Yes', value: 'yes' },
        { label: 'No', value: 'no' },
      ],
    },
  };
  it.each([
    ['Yes', true],
    ['yep', true],
    ['yes, a little', true],
    ['1', true],
    ['No', false],
    ['nope', false],
    ["I don't think so", false],
    ['2', false],
  ] as const)('"%s" → %s', async (text, want) => {
    const client = new DialogTestClient('test', new YesNoReplyPrompt('yn'), yesNo);
    await client.sendActivity('start');
    await client.sendActivity(text);
    expect(client.dialogTurnResult.result).toBe(want);
  });

  it('"maybe" is not an answer: asked again', async () => {
    const client = new DialogTestClient('test', new YesNoReplyPrompt('yn'), yesNo);
    await client.sendActivity('start');
    expect((await client.sendActivity('maybe')).text).toBe('Swollen?');
    expect(client.dialogTurnResult.status).toBe(DialogTurnStatus.waiting);
  });
});

suite('TextReplyPrompt', () => {
  it('ends with what the parser returns; refuses blank and unparsable text', async () => {
    const parse = (t: string) => (/^\d{3}$/.test(t.trim()) ? Number(t) : undefined);
    const client = new DialogTestClient('test', new TextReplyPrompt('code', parse), {
      prompt: { text: 'Code?' },
      retry: { text: 'Three digits, please.' },
    });
    await client.sendActivity('start');
    expect((await client.sendActivity('   ')).text).toBe('Three digits, please.');
    expect((await client.sendActivity('12a')).text).toBe('Three digits, please.');
    await client.sendActivity('123');
    expect(client.dialogTurnResult.result).toBe(123);
  });
});
