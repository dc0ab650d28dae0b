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

export function renderPage(template: string, o: { knowledge: Knowledge; nonce: string; mode: PageMode }): string {
  const { clinic } = o.knowledge;
  return fill(template, {
    clinicName: clinic.name,
    phoneDisplay: clinic.phone.display,
    // Only digits and a leading + can reach the tel: link.
    phoneTel: `tel:${clinic.phone.e164.replace(/[^\d+]/g, '')}`,
    emergencyNumber: clinic.emergencyNumber,
    nonce: o.nonce,
    mode: o.mode,
  });
}
