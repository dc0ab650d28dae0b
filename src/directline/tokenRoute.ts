// POST /api/directline/token: the page's one way in. Built-in Direct Line by default; with
// DIRECT_LINE_SECRET set, a token from Azure's Direct Line (the secret stays on this server).
import type restify from 'restify';
import type { AppConfig } from '../config';
import type { Clock } from '../clock';
import type { RateLimiter } from '../http/rateLimit';
import type { Logger } from '../logging';
import { AzureTokenError, generateAzureToken, trimSlash } from './azure';
import { clientAddress, publicOrigin } from './http';
import { DIRECT_LINE_BASE } from './routes';
import type { DirectLineService } from './service';

interface TokenResponse {
  token: string;
  conversationId: string;
  /** seconds */
  expires_in: number;
  /** Direct Line base URL the page must use with this token. */
  domain: string;
  /** The user id bound to the token (Web Chat's userID, so the transcript sides match). */
  userId: string;
}

export interface TokenRouteDeps {
  config: AppConfig;
  service: DirectLineService;
  logger: Logger;
  clock: Clock;
  perAddress: RateLimiter;
  fetchImpl?: typeof fetch;
}

export function registerTokenRoute(server: restify.Server, deps: TokenRouteDeps): void {
  server.post('/api/directline/token', async (req: restify.Request, res: restify.Response) => {
    res.header('Cache-Control', 'no-store');
    const retryAfter = deps.perAddress.hit(clientAddress(req), deps.clock.now().getTime());
    if (retryAfter > 0) {
      res.header('Retry-After', String(retryAfter));
      res.send(429, {
        error: { code: 'TooManyRequests', message: deps.service.text('directline-too-many-chats') },
      });
      return;
    }
    const secret = deps.config.directLine.secret;
    if (!secret) {
      const issued = deps.service.issueToken();
      const body: TokenResponse = { ...issued, domain: `${publicOrigin(req).http}${DIRECT_LINE_BASE}` };
      res.send(200, body);
      return;
    }
    try {
      const azure = await generateAzureToken(deps.config.directLine.endpoint, secret, { fetchImpl: deps.fetchImpl });
      const body: TokenResponse = { ...azure, domain: trimSlash(deps.config.directLine.endpoint) };
      res.send(200, body);
    } catch (error) {
      const message = error instanceof AzureTokenError ? error.message : 'unexpected error';
      deps.logger.error({ err: { message } }, 'azure direct line token exchange failed');
      res.send(502, {
        error: { code: 'ServiceUnavailable', message: deps.service.text('directline-unavailable') },
      });
    }
  });
}
