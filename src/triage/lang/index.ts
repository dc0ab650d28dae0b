// The languages triage reads. English is the default; createTriage(…, { language: 'es' }) reads Spanish.
import { ENGLISH } from './en';
import { SPANISH } from './es';
import type { TriageLanguage, TriageLanguageId } from './types';

export type { TriageLanguage, TriageLanguageId } from './types';

export function triageLanguage(id: TriageLanguageId = 'en'): TriageLanguage {
  return id === 'es' ? SPANISH : ENGLISH;
}
