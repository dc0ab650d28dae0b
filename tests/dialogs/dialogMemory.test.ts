// The shared dialog-memory configuration (src/dialogMemory.ts) relies on an internal turnState key
// of botbuilder-dialogs: if an SDK update renames it, these fail instead of the speed-up silently
// vanishing or the bot's dialogs losing a memory scope.
import { ConversationState, MemoryStorage, TestAdapter, type TurnContext } from 'botbuilder';
import { type DialogContext, DialogSet, type DialogState } from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import { buildDialogMemoryConfiguration, shareDialogMemoryConfiguration } from '../../src/dialogMemory';

/** A dialog context of a turn; `use` runs inside the turn (the context is revoked after it). */
async function dialogContextOf(
  prepare: (context: TurnContext) => void,
  use: (dc: DialogContext) => void = () => undefined,
): Promise<DialogContext> {
  const dialogs = new DialogSet(new ConversationState(new MemoryStorage()).createProperty<DialogState>('dialogs'));
  let dc: DialogContext | undefined;
  await new TestAdapter(async (context) => {
    prepare(context);
    dc = await dialogs.createContext(context);
    use(dc);
  }).send('hello');
  return dc!;
}

const names = (configuration: DialogContext['state']['configuration']) => ({
  scopes: configuration.memoryScopes.map((s) => s.name),
  resolvers: configuration.pathResolvers.map((r) => r.constructor.name),
});

describe('shared dialog memory configuration', () => {
  it('is the configuration the dialog contexts of the turn use', async () => {
    const shared = buildDialogMemoryConfiguration();
    const dc = await dialogContextOf((context) => shareDialogMemoryConfiguration(context, shared));
    expect(dc.state.configuration).toBe(shared);
  });

  it('has the same memory scopes and path resolvers botbuilder builds for itself', async () => {
    const own = await dialogContextOf(() => undefined);
    expect(names(buildDialogMemoryConfiguration())).toEqual(names(own.state.configuration));
    expect(names(own.state.configuration).scopes).toEqual(
      expect.arrayContaining(['turn', 'dialog', 'conversation', 'user']),
    );
  });

  it('still lets dialogs read and write their memory', async () => {
    const seen: unknown[] = [];
    await dialogContextOf(
      (context) => shareDialogMemoryConfiguration(context, buildDialogMemoryConfiguration()),
      (dc) => {
        dc.state.setValue('turn.example', 42);
        seen.push(dc.state.getValue('turn.example'), dc.state.getValue('turn.activity.text'));
      },
    );
    expect(seen).toEqual([42, 'hello']);
  });
});
