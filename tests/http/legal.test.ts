// GET /privacy and /terms (linked from the Teams manifest): the clinic's facts filled in, and in
// Spanish for ?lang=es or a browser that prefers Spanish, as the chat page does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/server';
import { CLINIC_PHONE } from '../helpers/clinic';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
}, 60_000);
afterAll(async () => bot?.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${bot.url}${path}`, { headers });

describe('privacy and terms pages', () => {
  it('are English by default, with the clinic phone and no unfilled placeholder', async () => {
    for (const page of ['/privacy', '/terms']) {
      const res = await get(page);
      const html = await res.text();
      expect(res.status).toBe(200);
      expect(res.headers.get('content-language')).toBe('en');
      expect(html).toContain('<html lang="en">');
      expect(html).toContain(CLINIC_PHONE);
      expect(html).not.toMatch(/\{[a-zA-Z]+\}/);
      expect(html).not.toContain('after running');
    }
  });

  it('are Spanish for ?lang=es and for a browser that prefers Spanish', async () => {
    const asked = await (await get('/privacy?lang=es')).text();
    expect(asked).toContain('<html lang="es">');
    expect(asked).toContain('Aviso de privacidad');
    expect(asked).toContain(CLINIC_PHONE);
    expect(asked).not.toMatch(/\{[a-zA-Z]+\}/);
    const browser = await get('/terms', { 'accept-language': 'es-MX,es;q=0.9,en;q=0.8' });
    expect(browser.headers.get('content-language')).toBe('es');
    expect(await browser.text()).toContain('Condiciones de uso');
    expect(await (await get('/terms?lang=en', { 'accept-language': 'es' })).text()).toContain('Terms of use');
  });
});
