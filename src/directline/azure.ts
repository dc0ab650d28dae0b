// Exchanges the Azure Direct Line secret for a per-conversation token, server-side, so the
// secret never reaches a browser. The page then talks to Azure directly with that token.
import { randomId } from './tokens';

export interface AzureToken {
  token: string;
  conversationId: string;
  userId: string;
  expires_in: number;
}

export class AzureTokenError extends Error {}

export async function generateAzureToken(
  endpoint: string,
  secret: string,
  options: { fetchImpl?: typeof fetch; timeoutMs?: number } = {},
): Promise<AzureToken> {
  const fetchImpl = options.fetchImpl ?? fetch;
  // "dl_" user ids are what Azure's enhanced authentication expects for a trusted user id.
  const userId = randomId('dl_');
  let res: Response;
  try {
    res = await fetchImpl(`${trimSlash(endpoint)}/tokens/generate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ user: { id: userId } }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
  } catch (error) {
    throw new AzureTokenError(`Direct Line token request failed: ${(error as Error).name}`);
  }
  // The body of a failure is not echoed anywhere: only the status is worth logging.
  if (!res.ok) throw new AzureTokenError(`Direct Line token request answered ${res.status}`);
  const body = (await res.json().catch(() => undefined)) as Record<string, unknown> | undefined;
  if (!body || typeof body.token !== 'string' || typeof body.conversationId !== 'string') {
    throw new AzureTokenError('Direct Line token response was not understood');
  }
  return {
    token: body.token,
    conversationId: body.conversationId,
    userId,
    expires_in: typeof body.expires_in === 'number' ? body.expires_in : 1800,
  };
}

export function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
