// botbuilder-dialogs gives every DialogContext a DialogStateManager, and the first one of each turn
// rebuilds the memory-scope configuration from scratch (a dependency graph, schema checks): about a
// tenth of an FAQ turn. The scopes and path resolvers are stateless, so one configuration, built the
// same way once at start, is handed to every turn instead.
import { TurnContextStateCollection, type TurnContext } from 'botbuilder';
import { type DialogContext, DialogStateManager, type DialogStateManagerConfiguration } from './dialogsSdk';

/** The turnState key DialogStateManager looks for before building its own (botbuilder-dialogs 4.x). */
const DIALOG_MEMORY_CONFIGURATION_KEY = 'DialogStateManagerConfiguration';

/** Builds the configuration exactly as the first DialogContext of a turn would. */
export function buildDialogMemoryConfiguration(): DialogStateManagerConfiguration {
  const turnState = new TurnContextStateCollection();
  return new DialogStateManager({ context: { turnState } } as unknown as DialogContext).configuration;
}

/** Lets this turn's dialog contexts reuse `configuration` (a tested contract with botbuilder-dialogs). */
export function shareDialogMemoryConfiguration(
  context: TurnContext,
  configuration: DialogStateManagerConfiguration,
): void {
  if (!context.turnState.has(DIALOG_MEMORY_CONFIGURATION_KEY))
    context.turnState.set(DIALOG_MEMORY_CONFIGURATION_KEY, configuration);
}
