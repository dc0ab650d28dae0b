// The hosting edge: botbuilder's CloudAdapter with Bot Framework authentication from the environment.
import {
  Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  ConversationState,
  DeliveryModes,
  TurnContext,
} from 'botbuilder';
import { ClaimsIdentity } from 'botframework-connector';
import type { AppConfig } from './config';
import type { Logger } from './logging';
import { isStateConflict } from './storage/azureBlobStateStorage';

export type TurnLogic = (context: TurnContext) => Promise<void>;

export class BotAdapter extends CloudAdapter {
  constructor(config: AppConfig) {
    const options = {
      MicrosoftAppId: config.bot.appId ?? '',
      MicrosoftAppPassword: config.bot.appPassword ?? '',
      MicrosoftAppType: config.bot.appType,
      MicrosoftAppTenantId: config.bot.tenantId ?? '',
    };
    // With an empty MicrosoftAppId this authenticates nothing, exactly as Microsoft's samples
    // do for the Emulator; the server warns about it at start.
    super(
      new ConfigurationBotFrameworkAuthentication(options, new ConfigurationServiceClientCredentialFactory(options)),
    );
  }

  /**
   * Authenticates and runs one turn from POST /api/messages. Unlike CloudAdapter.process it
   * never answers 500 for a bad token (401 instead) and leaves logging to our logger.
   */
  async processRequest(
    activity: Activity,
    authHeader: string,
    logic: TurnLogic,
  ): Promise<{ status: number; body?: unknown; authError?: string }> {
    let auth;
    try {
      auth = await this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
    } catch (error) {
      return { status: 401, authError: (error as Error)?.message ?? 'unauthorized' };
    }
    const response = await this.processActivity(auth, activity, logic);
    return { status: response?.status ?? 200, body: response?.body };
  }

  /**
   * Runs one turn for a channel hosted in this process (the built-in Direct Line) and returns the
   * bot's replies. The caller has already authenticated the user with its own token, so the turn
   * runs with an anonymous identity and expectReplies delivery: nothing goes over the network.
   */
  async processInProcess(activity: Activity, logic: TurnLogic): Promise<Activity[]> {
    activity.deliveryMode = DeliveryModes.ExpectReplies;
    const claimsIdentity = new ClaimsIdentity([], true);
    const response = await this.processActivity(
      {
        audience: '',
        claimsIdentity,
        connectorFactory: this.botFrameworkAuthentication.createConnectorFactory(claimsIdentity),
      },
      activity,
      logic,
    );
    const body = response?.body as { activities?: Activity[] } | undefined;
    return body?.activities ?? [];
  }
}

/**
 * Logs the failure, apologises in plain words, and clears the conversation's dialog state so the
 * next message starts cleanly instead of hitting the same broken step again.
 */
export function installTurnErrorHandler(
  adapter: CloudAdapter,
  conversationState: ConversationState,
  logger: Logger,
  apology: string,
  conflictApology: string,
): void {
  adapter.onTurnError = async (context, error) => {
    if (isStateConflict(error)) {
      // Two turns of one conversation overlapped (another instance saved first). What is stored is
      // that turn's good state, so keep it, and ask for the message again rather than retrying:
      // this turn's replies were already sent, a retry would show them twice.
      logger.warn({ channelId: context.activity?.channelId }, 'overlapping turns: state conflict, user asked to resend');
      try {
        await context.sendActivity(conflictApology);
      } catch (sendError) {
        logger.warn({ err: { message: (sendError as Error)?.message } }, 'could not send the conflict notice');
      }
      return;
    }
    logger.error(
      {
        err: { name: error?.name, message: error?.message, stack: error?.stack },
        channelId: context.activity?.channelId,
        activityType: context.activity?.type,
      },
      'turn failed',
    );
    try {
      await context.sendActivity(apology);
    } catch (sendError) {
      logger.warn({ err: { message: (sendError as Error)?.message } }, 'could not send the apology');
    }
    try {
      await conversationState.delete(context);
    } catch (deleteError) {
      logger.warn({ err: { message: (deleteError as Error)?.message } }, 'could not reset conversation state');
    }
  };
}
