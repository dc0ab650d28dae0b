// Fills the page template (public/index.html) with the clinic's details. Pure.
import type { Knowledge } from '../knowledge/types';

export type PageMode = 'page' | 'embed';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Replaces {{key}} with HTML-escaped values; an unknown key is a template bug, so it throws. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => {
    const v = values[key];
    if (v === undefined) throw new Error(`page template: no value for {{${key}}}`);
    return escapeHtml(v);
  });
}

export interface PageOptions {
  knowledge: Knowledge;
  nonce: string;
  mode: PageMode;
  /** Logical file name → versioned URL (src/web/assets.ts). */
  assets: Record<string, string>;
  /** Sites that may frame /embed; the chat inside the frame talks to its parent only if listed. */
  embedOrigins: string[];
}

export function renderPage(template: string, o: PageOptions): string {
  const { clinic } = o.knowledge;
  const asset = (name: string) => {
    const url = o.assets[name];
    if (!url) throw new Error(`page template: no asset ${name}`);
    return url;
  };
  return fill(template, {
    clinicName: clinic.name,
    phoneDisplay: clinic.phone.display,
    // Only digits and a leading + can reach the tel: link.
    phoneTel: `tel:${clinic.phone.e164.replace(/[^\d+]/g, '')}`,
    emergencyNumber: clinic.emergencyNumber,
    nonce: o.nonce,
    mode: o.mode,
    webchatJs: asset('webchat.js'),
    markdownJs: asset('markdown-it.js'),
    chatJs: asset('chat.js'),
    chatCss: asset('chat.css'),
    favicon: asset('favicon.svg'),
    embedOrigins: o.embedOrigins.join(' '),
  });
}
