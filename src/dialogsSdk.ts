// The parts of botbuilder-dialogs this bot uses, loaded from their own modules. The package's index
// also loads every prompt and the Microsoft.Recognizers.Text suites behind them (number, date-time,
// choice: about a third of a second at every start), none of which this bot uses: its prompts are
// its own (dialogs/prompts.ts). botbuilder-dialogs 4.x is frozen (end of support, December 2025)
// and pinned by the lockfile; tests/dialogs/dialogsSdk.test.ts checks that these are the very
// classes the package exports, so a changed layout fails a test rather than the bot.
export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
export { Dialog, DialogTurnStatus, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs/lib/dialog';
export { DialogContainer } from 'botbuilder-dialogs/lib/dialogContainer';
export { type DialogContext, type DialogState } from 'botbuilder-dialogs/lib/dialogContext';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
export {
  DialogStateManager,
  type DialogStateManagerConfiguration,
} from 'botbuilder-dialogs/lib/memory/dialogStateManager';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
export { type WaterfallStepContext } from 'botbuilder-dialogs/lib/waterfallStepContext';
