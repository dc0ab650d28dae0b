// Fills the page template (public/index.html) with the clinic's details and the page's own words
// (knowledge/messages/system.yaml, web-*) in the page's language. Pure.
import { fillTemplate } from '../knowledge/template';
import type { Knowledge, Language } from '../knowledge/types';

export type PageMode = 'page' | 'embed';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * Replaces {{key}} with HTML-escaped values, and {{key}} of `html` with markup built here from
 * escaped text; an unknown key is a template bug, so it throws.
 */
export function fill(template: string, values: Record<string, string>, html: Record<string, string> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => {
    const raw = html[key];
    if (raw !== undefined) return raw;
    const v = values[key];
    if (v === undefined) throw new Error(`page template: no value for {{${key}}}`);
    return escapeHtml(v);
  });
}

/** The page's own words, one message key each (knowledge/messages/system.yaml; every language). */
const PAGE_MESSAGE_KEYS = [
  'web-page-title',
  'web-page-description',
  'web-skip-link',
  'web-tagline',
  'web-call-label',
  'web-close-label',
  'web-heading',
  'web-connecting',
  'web-conversation-label',
  'web-noscript',
  'web-footer',
  'web-failed',
  'web-you',
] as const;

/** Throws at start, naming the key, when a page wording is missing in a language. */
export function checkPageMessages(knowledge: Knowledge, where: string): void {
  const missing = PAGE_MESSAGE_KEYS.filter((k) => !knowledge.messages[k]);
  if (missing.length) throw new Error(`${where}: the chat page needs ${missing.join(', ')}`);
}

/**
 * The page's language: `?lang=es` / `?lang=en` when the link says so, else the first of the
 * browser's languages (Accept-Language, in its order of preference) that the clinic speaks.
 */
export function pageLanguage(lang: string | null | undefined, acceptLanguage: string | undefined): Language {
  const primary = (tag: string) => tag.trim().toLowerCase().split(/[-_;]/)[0];
  const asked = lang ? primary(lang) : undefined;
  if (asked === 'es' || asked === 'en') return asked;
  for (const tag of (acceptLanguage ?? '').split(',')) {
    const p = primary(tag);
    if (p === 'es' || p === 'en') return p;
  }
  return 'en';
}

export interface PageOptions {
  knowledge: Knowledge;
  nonce: string;
  mode: PageMode;
  /** Logical file name → versioned URL (src/web/assets.ts). */
  assets: Record<string, string>;
  /** Sites that may frame /embed; the chat inside the frame talks to its parent only if listed. */
  embedOrigins: string[];
  /** The page's language (`knowledge` is that language's); sets <html lang> and Web Chat's locale. */
  language?: Language;
}

export function renderPage(template: string, o: PageOptions): string {
  const { clinic } = o.knowledge;
  const asset = (name: string) => {
    const url = o.assets[name];
    if (!url) throw new Error(`page template: no asset ${name}`);
    return url;
  };
  const values = {
    clinicName: clinic.name,
    phone: clinic.phone.display,
    emergency: clinic.emergencyNumber,
  };
  const say = (key: (typeof PAGE_MESSAGE_KEYS)[number]) => {
    const text = o.knowledge.messages[key];
    if (!text) throw new Error(`page template: no message ${key}`);
    return fillTemplate(text, values).trim();
  };
  // The footer's **number** is bold: the text is escaped first, then only that markup is added.
  const footerHtml = escapeHtml(say('web-footer')).replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
  return fill(
    template,
    {
      lang: o.language ?? 'en',
      pageTitle: say('web-page-title'),
      pageDescription: say('web-page-description'),
      skipLink: say('web-skip-link'),
      tagline: say('web-tagline'),
      callLabel: say('web-call-label'),
      closeLabel: say('web-close-label'),
      heading: say('web-heading'),
      connecting: say('web-connecting'),
      conversationLabel: say('web-conversation-label'),
      noscript: say('web-noscript'),
      failedText: say('web-failed'),
      youLabel: say('web-you'),
      clinicName: clinic.name,
      phoneDisplay: clinic.phone.display,
      // Only digits and a leading + can reach the tel: link.
      phoneTel: `tel:${clinic.phone.e164.replace(/[^\d+]/g, '')}`,
      nonce: o.nonce,
      mode: o.mode,
      webchatJs: asset('webchat.js'),
      markdownJs: asset('markdown-it.js'),
      chatJs: asset('chat.js'),
      chatCss: asset('chat.css'),
      favicon: asset('favicon.svg'),
      embedOrigins: o.embedOrigins.join(' '),
    },
    { footerHtml },
  );
}
