// Content-Security-Policy for the chat page: only what the page and Web Chat need.
// Web Chat (emotion) injects <style> elements; it accepts a nonce for them, so styles need no
// 'unsafe-inline'. One emotion cache inside webchat.js 4.18 ignores the nonce: it inserts an
// EMPTY <style> and then adds rules through the CSSOM (which CSP does not police), so the hash
// of the empty string is allowed, and nothing else. Scripts are our own files only: no inline
// script, no eval (the bundle's `new Function("return this")` is a guarded fallback, never hit).
export const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

export interface CspOptions {
  /** Per-request nonce for Web Chat's injected <style> elements. */
  nonce: string;
  /** This server's origin as the browser sees it, ws form, e.g. "ws://localhost:3978". */
  wsOrigin: string;
  /** Azure Direct Line base URL when DIRECT_LINE_SECRET is set; its origin joins connect-src. */
  azureEndpoint?: string;
  /** Who may frame the page: [] → nobody ('none'). */
  frameAncestors: string[];
}

export function buildCsp(o: CspOptions): string {
  const connect = ["'self'", o.wsOrigin];
  if (o.azureEndpoint) {
    const azure = new URL(o.azureEndpoint);
    connect.push(azure.origin, `wss://${azure.host}`);
  }
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'", `'nonce-${o.nonce}'`, EMPTY_STYLE_HASH]],
    // data:/blob: for Web Chat's built-in icons and any card images the bot might send.
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'"]],
    ['connect-src', connect],
    ['manifest-src', ["'self'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['object-src', ["'none'"]],
    ['frame-ancestors', o.frameAncestors.length ? o.frameAncestors : ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

const SOURCE = /^(?:'self'|https:|https?:\/\/(?:\*\.)?[A-Za-z0-9.-]+(?::\d{1,5})?)$/;

/** Parses "https://clinic.example, https://*.clinic.example" into frame-ancestors sources; drops junk. */
export function parseOrigins(list: string | undefined): string[] {
  return (list ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim().replace(/\/+$/, ''))
    .filter((s) => SOURCE.test(s));
}
