// stackIds (dialogs/mainTurn.ts) reads nested components' stacks from their stored state instead of
// building a DialogContext per level through dc.child. Proof that this changes nothing: over stacks of
// every shape the bot can store (empty, a component with an empty or missing inner stack, components
// nested three deep, a plain dialog on top, a container of another kind), it returns the ids dc.child
// gives and leaves the conversation state exactly as dc.child leaves it.
import { ConversationState, MemoryStorage, TestAdapter } from 'botbuilder';
import { describe as suite, expect, it } from 'vitest';
import { plainStackIds, stackIds } from '../../dialogs/mainTurn';
import {
  ComponentDialog,
  type DialogContext,
  type DialogInstance,
  DialogSet,
  type DialogState,
  WaterfallDialog,
} from '../../src/dialogsSdk';

class Component extends ComponentDialog {
  constructor(id: string, ...children: Array<ComponentDialog | WaterfallDialog>) {
    super(id);
    for (const child of children) this.addDialog(child);
  }
}

/** A container whose child context is its own (not a stock ComponentDialog): read through dc.child. */
class OwnChild extends Component {
  override createChildContext(dc: DialogContext): DialogContext {
    return super.createChildContext(dc);
  }
}

const waiting = () => new WaterfallDialog('wait', [async () => ({ status: 'waiting' }) as never]);
const dialogs = new DialogSet(new ConversationState(new MemoryStorage()).createProperty<DialogState>('unused'))
  .add(new Component('outer', new Component('middle', new Component('inner', waiting())), waiting()))
  .add(new OwnChild('own', new Component('middle', waiting())))
  .add(waiting());

const at = (id: string, state: Record<string, unknown> = {}): DialogInstance => ({ id, state }) as DialogInstance;
const holding = (...stack: DialogInstance[]) => ({ dialogs: { dialogStack: stack } });

const STACKS: Record<string, DialogInstance[]> = {
  empty: [],
  'a plain dialog': [at('wait')],
  'a component, inner stack empty': [at('outer', holding())],
  'a component, inner state missing': [at('outer')],
  'a component, inner stack not a list': [at('outer', { dialogs: { dialogStack: 'broken' } })],
  'a component over a plain dialog': [at('wait'), at('outer', holding(at('wait')))],
  'three components deep': [at('outer', holding(at('middle', holding(at('inner', holding(at('wait')))))))],
  'inner component, its state missing': [at('outer', holding(at('middle', holding(at('inner')))))],
  'a container of another kind': [at('own', holding(at('middle', holding(at('wait')))))],
};

/** The ids and the stack as left, read by `read` in a turn of its own over a copy of `stack`. */
async function readStack(stack: DialogInstance[], read: (dc: DialogContext) => string[]) {
  const state = { dialogStack: structuredClone(stack) } as DialogState;
  let ids: string[] = [];
  await new TestAdapter(async (context) => {
    const accessor = { get: async () => state, set: async () => undefined, delete: async () => undefined };
    const dc = await new DialogSet(accessor as never)
      .add(dialogs.find('outer')!)
      .add(dialogs.find('own')!)
      .add(dialogs.find('wait')!)
      .createContext(context);
    ids = read(dc);
  }).send('hello');
  return { ids, state: JSON.stringify(state) };
}

suite('stackIds from the stored stacks', () => {
  it.each(Object.entries(STACKS))('%s: the ids and the state dc.child gives', async (_name, stack) => {
    const plain = await readStack(stack, plainStackIds);
    expect(await readStack(stack, stackIds)).toEqual(plain);
  });

  it('reads nested components (the walk is not a no-op)', async () => {
    expect((await readStack(STACKS['three components deep']!, stackIds)).ids).toEqual([
      'outer',
      'middle',
      'inner',
      'wait',
    ]);
  });
});
