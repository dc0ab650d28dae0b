// REST routes of the built-in Direct Line 3.0 subset (the calls botframework-directlinejs makes).
import type restify from 'restify';
import type { Logger } from '../logging';
import { publicOrigin } from './http';
import { DirectLineError, type DirectLineService } from './service';
import { bearerToken } from './tokens';
import { startLocale } from './validate';

export const DIRECT_LINE_BASE = '/v3/directline';

type Handler = (req: restify.Request) => unknown;

export function registerDirectLineRoutes(server: restify.Server, service: DirectLineService, logger: Logger): void {
  const base = DIRECT_LINE_BASE;
  const token = (req: restify.Request) => bearerToken(req.headers.authorization);
  const pathId = (req: restify.Request) => String((req.params as Record<string, string>).conversationId ?? '');
  const watermark = (req: restify.Request) => {
    const w = (req.query as Record<string, unknown> | undefined)?.watermark;
    return typeof w === 'string' ? w : undefined;
  };

  server.post(
    `${base}/conversations`,
    wrap(
      service,
      logger,
      (req) => service.start(service.authorize(token(req)), publicOrigin(req).ws, startLocale(req.body)),
      201,
    ),
  );

  server.get(
    `${base}/conversations/:conversationId`,
    wrap(service, logger, (req) =>
      service.reconnect(service.authorize(token(req), pathId(req)), watermark(req), publicOrigin(req).ws),
    ),
  );

  server.post(
    `${base}/conversations/:conversationId/activities`,
    wrap(service, logger, (req) => service.post(service.authorize(token(req), pathId(req)), req.body)),
  );

  server.get(
    `${base}/conversations/:conversationId/activities`,
    wrap(service, logger, (req) => service.activities(service.authorize(token(req), pathId(req)), watermark(req))),
  );

  server.post(
    `${base}/tokens/refresh`,
    wrap(service, logger, (req) => service.refresh(service.authorize(token(req)))),
  );

  // Uploads are not offered in this chat (the page hides the button); answer clearly, not with a 404.
  server.post(
    `${base}/conversations/:conversationId/upload`,
    wrap(service, logger, (req) => {
      service.authorize(token(req), pathId(req));
      throw new DirectLineError(415, 'UnsupportedMediaType', service.text('directline-upload-unsupported'));
    }),
  );

  // Web Chat asks for this only with Azure's enhanced authentication; an empty id means "none".
  server.get(
    `${base}/session/getsessionid`,
    wrap(service, logger, (req) => (service.authorize(token(req)), { sessionId: '' })),
  );
}

function wrap(service: DirectLineService, logger: Logger, fn: Handler, okStatus = 200) {
  return async (req: restify.Request, res: restify.Response): Promise<void> => {
    // Tokens and transcripts must never sit in a shared cache.
    res.header('Cache-Control', 'no-store');
    try {
      const body = await fn(req);
      res.send(okStatus, body);
    } catch (error) {
      if (error instanceof DirectLineError) {
        if (error.retryAfterSeconds !== undefined) res.header('Retry-After', String(error.retryAfterSeconds));
        res.send(error.status, error.body());
        return;
      }
      logger.error(
        { err: { message: (error as Error)?.message }, url: req.url?.split('?')[0] },
        'direct line request failed',
      );
      res.send(500, { error: { code: 'ServiceError', message: service.text('directline-service-error') } });
    }
  };
}
