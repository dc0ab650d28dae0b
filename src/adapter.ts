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
import {
  type AuthenticateRequestResult,
  AuthenticationConstants,
  ClaimsIdentity,
  type ConnectorClient,
  ConnectorFactory,
  JwtTokenValidation,
  type UserTokenClient,
} from 'botframework-connector';
import type { ConversationParameters } from 'botframework-schema';
import type { AppConfig } from './config';
import { type Logger, turnLogger } from './logging';
import { isStateConflict } from './storage/azureBlobStateStorage';

export type TurnLogic = (context: TurnContext) => Promise<void>;

/**
 * The user-token client (OAuth sign-in, unused by this bot) is built by botbuilder on every turn;
 * it depends only on the bot identity in the claims, so one per identity is enough.
 */
class BotAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly userTokenClients = new Map<string, Promise<UserTokenClient>>();

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const key = `${claimsIdentity.getClaimValue('aud') ?? ''}|${claimsIdentity.getClaimValue('appid') ?? claimsIdentity.getClaimValue('azp') ?? ''}`;
    let client = this.userTokenClients.get(key);
    if (!client) {
      if (this.userTokenClients.size >= 100) this.userTokenClients.clear();
      client = super.createUserTokenClient(claimsIdentity);
      client.catch(() => this.userTokenClients.delete(key));
      this.userTokenClients.set(key, client);
    }
    return client;
  }
}

/**
 * Reuses connector clients: botbuilder builds a new HTTP pipeline for every turn, although the
 * client depends only on the bot's identity, the channel's service URL and the audience.
 */
class CachingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly cache: Map<string, Promise<ConnectorClient>>,
    private readonly identityKey: string,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    const key = `${this.identityKey}|${serviceUrl}|${audience ?? ''}`;
    let client = this.cache.get(key);
    if (!client) {
      if (this.cache.size >= 200) this.cache.clear(); // bounded: service URLs are few in practice
      client = this.inner.create(serviceUrl, audience);
      client.catch(() => this.cache.delete(key));
      this.cache.set(key, client);
    }
    return client;
  }
}

export class BotAdapter extends CloudAdapter {
  private readonly connectorClients = new Map<string, Promise<ConnectorClient>>();

  private withCachedConnectors(auth: AuthenticateRequestResult): AuthenticateRequestResult {
    if (!auth.connectorFactory) return auth;
    const appId = auth.claimsIdentity.getClaimValue('appid') ?? auth.claimsIdentity.getClaimValue('azp') ?? '';
    const identityKey = `${auth.claimsIdentity.isAuthenticated ? 'auth' : 'anon'}:${appId}:${auth.callerId ?? ''}`;
    return {
      ...auth,
      connectorFactory: new CachingConnectorFactory(auth.connectorFactory, this.connectorClients, identityKey),
    };
  }

  constructor(config: AppConfig) {
    const options = {
      MicrosoftAppId: config.bot.appId ?? '',
      MicrosoftAppPassword: config.bot.appPassword ?? '',
      MicrosoftAppType: config.bot.appType,
      MicrosoftAppTenantId: config.bot.tenantId ?? '',
    };
    // With an empty MicrosoftAppId this authenticates nothing, exactly as Microsoft's samples
    // do for the Emulator; the server warns about it at start.
    super(new BotAuthentication(options, new ConfigurationServiceClientCredentialFactory(options)));
    const appId = config.bot.appId;
    this.inProcessClaims = appId
      ? [
          { type: AuthenticationConstants.AudienceClaim, value: appId },
          { type: AuthenticationConstants.AppIdClaim, value: appId },
          { type: AuthenticationConstants.VersionClaim, value: '1.0' },
        ]
      : [];
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
    const response = await this.processActivity(this.withCachedConnectors(auth), activity, logic);
    return { status: response?.status ?? 200, body: response?.body };
  }

  /**
   * Runs one turn for a channel hosted in this process (the built-in Direct Line) and returns the
   * bot's replies. The caller has already authenticated the user with its own token, and
   * delivery is expectReplies: nothing goes over the network. The turn carries the bot's own
   * identity (audience and app id = MicrosoftAppId), as a skill call to itself would: with an
   * app id set, botbuilder refuses a turn whose claims name no app ("Invalid appId.").
   */
  private readonly inProcessClaims: Array<{ type: string; value: string }>;

  async processInProcess(activity: Activity, logic: TurnLogic): Promise<Activity[]> {
    activity.deliveryMode = DeliveryModes.ExpectReplies;
    const claimsIdentity = new ClaimsIdentity(this.inProcessClaims, true);
    const response = await this.processActivity(
      this.withCachedConnectors({
        audience: '',
        claimsIdentity,
        connectorFactory: this.botFrameworkAuthentication.createConnectorFactory(claimsIdentity),
      }),
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
  appLogger: Logger,
  apology: string,
  conflictApology: string,
): void {
  adapter.onTurnError = async (context, error) => {
    const logger = turnLogger(context, appLogger);
    if (isStateConflict(error)) {
      // Two turns of one conversation overlapped (another instance saved first). What is stored is
      // that turn's good state, so keep it, and ask for the message again rather than retrying:
      // this turn's replies were already sent, a retry would show them twice.
      logger.warn(
        { channelId: context.activity?.channelId },
        'overlapping turns: state conflict, user asked to resend',
      );
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

interface TeamsTenantData {
  tenant?: { id?: string };
}

/**
 * Opens a private 1:1 conversation between the bot and the sender of this turn (Teams: a personal
 * chat with the member; Slack: a direct message) and runs `logic` in it. False when the channel or
 * adapter cannot (no service URL, a test adapter, the connector refused): the caller then asks the
 * person to message the bot privately or call. The new turn's `from` is the member, so per-user
 * state works there as in any 1:1 chat.
 */
export async function openPrivateConversation(context: TurnContext, logic: TurnLogic): Promise<boolean> {
  const adapter = context.adapter as unknown as Partial<CloudAdapter> | undefined;
  const activity = context.activity;
  const member = activity.from;
  if (
    !adapter ||
    typeof adapter.createConversationAsync !== 'function' ||
    !activity.serviceUrl ||
    !member?.id ||
    !activity.recipient
  )
    return false;
  const identity = context.turnState.get(adapter.BotIdentityKey!) as ClaimsIdentity | undefined;
  const botAppId = identity ? (JwtTokenValidation.getAppIdFromClaims(identity.claims) ?? '') : '';
  const audience = context.turnState.get(adapter.OAuthScopeKey!) as string | undefined;
  const tenantId = activity.conversation?.tenantId ?? (activity.channelData as TeamsTenantData | undefined)?.tenant?.id;
  const parameters: ConversationParameters = {
    isGroup: false,
    bot: activity.recipient,
    members: [{ id: member.id, name: member.name }],
    ...(tenantId ? { tenantId, channelData: { tenant: { id: tenantId } } } : {}),
  } as ConversationParameters;
  try {
    await adapter.createConversationAsync(
      botAppId,
      activity.channelId,
      activity.serviceUrl,
      audience ?? '',
      parameters,
      async (privateContext) => {
        privateContext.activity.from = { id: member.id, name: member.name };
        await logic(privateContext);
      },
    );
    return true;
  } catch {
    return false;
  }
}
