// Spanish red flags: knowledge/es/red-flags.yaml gives, for EVERY flag id of knowledge/red-flags.yaml,
// its Spanish wording (label, advice, caution, riskNote, waitNote, title) and Spanish patterns in the same pattern
// language, with Spanish word classes (src/triage/lang/es/classes.ts). Tier, care, group, call number,
// listed, overrides and transient come from the English flag, so the two can never disagree on how
// serious a sign is. A missing flag or text stops the start with the file and the field.
import path from 'node:path';
import { z } from 'zod';
import { SPANISH_CLASSES } from '../triage/lang/es/classes';
import { parsePattern, PatternError } from '../triage/pattern';
import { KnowledgeError } from './errors';
import type { RedFlag } from './types';
import { readYamlFile } from './yamlFile';

/** Relative to the knowledge folder, as KnowledgeErrors name it. */
export const SPANISH_RED_FLAGS_FILE = 'es/red-flags.yaml';

const spanishPattern = z
  .string()
  .min(1)
  .superRefine((source, ctx) => {
    try {
      parsePattern(source, SPANISH_CLASSES);
    } catch (err) {
      if (!(err instanceof PatternError)) throw err;
      ctx.addIssue({ code: 'custom', message: err.message });
    }
  });
const patternList = z.array(spanishPattern).min(1);

// Same limits as the English schema (src/triage/schema.ts): Spanish runs about a fifth longer.
const spanishFlagSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be kebab-case'),
  label: z.string().trim().min(3).max(150),
  mentioned: z.string().trim().min(3).max(150).optional(),
  advice: z.string().trim().min(10).max(480),
  title: z.string().trim().min(3).max(90).optional(),
  caution: z.string().trim().min(10).max(360).optional(),
  riskNote: z.string().trim().min(10).max(360).optional(),
  waitNote: z.string().trim().min(10).max(360).optional(),
  tellThem: z.string().trim().min(10).max(430).optional(),
  goNote: z.string().trim().min(10).max(430).optional(),
  /** The call button's label in Spanish (the number is the English flag's). */
  callLabel: z.string().trim().min(3).max(40).optional(),
  patterns: patternList,
  requiresAll: z.array(patternList).min(1).optional(),
  unless: patternList.optional(),
  unlessPassing: patternList.optional(),
  overridesUnless: patternList.optional(),
});

const spanishFileSchema = z.strictObject({ redFlags: z.array(spanishFlagSchema).min(1) });

type SpanishFlag = z.infer<typeof spanishFlagSchema>;

/**
 * The English flags with Spanish text and patterns, in the English order. `dir` is the knowledge
 * folder. Throws KnowledgeError when a flag id is missing, unknown or twice, or when a text the
 * English flag has (caution, title, a call button's label, requiresAll …) has no Spanish.
 */
export function loadSpanishRedFlags(dir: string, english: RedFlag[]): RedFlag[] {
  const root = path.resolve(dir);
  const { file, data } = readYamlFile(root, path.join(root, SPANISH_RED_FLAGS_FILE), spanishFileSchema);
  const byId = new Map<string, { flag: SpanishFlag; index: number }>();
  data.redFlags.forEach((flag, index) => {
    if (byId.has(flag.id))
      throw new KnowledgeError(file, `redFlags[${index}].id`, `duplicate red flag id "${flag.id}"`);
    if (!english.some((e) => e.id === flag.id))
      throw new KnowledgeError(file, `redFlags[${index}].id`, `no red flag "${flag.id}" in red-flags.yaml`);
    byId.set(flag.id, { flag, index });
  });
  return english.map((en) => {
    const found = byId.get(en.id);
    if (found === undefined)
      throw new KnowledgeError(file, 'redFlags', `red flag "${en.id}" has no Spanish text and patterns`);
    const { flag: es, index } = found;
    const where = (field: string): string => `redFlags[${index}].${field}`;
    const need = (field: keyof SpanishFlag, englishHas: boolean): void => {
      if (englishHas && es[field] === undefined)
        throw new KnowledgeError(file, where(field), `missing: the English flag "${en.id}" has a ${field}`);
    };
    need('caution', en.caution !== undefined);
    need('riskNote', en.riskNote !== undefined);
    need('waitNote', en.waitNote !== undefined);
    need('tellThem', en.tellThem !== undefined);
    need('goNote', en.goNote !== undefined);
    need('title', en.title !== undefined);
    need('callLabel', en.call !== undefined);
    need('requiresAll', en.requiresAll !== undefined);
    need('overridesUnless', en.overridesUnless !== undefined);
    if (en.requiresAll !== undefined && es.requiresAll !== undefined && es.requiresAll.length !== en.requiresAll.length)
      throw new KnowledgeError(
        file,
        where('requiresAll'),
        `needs ${en.requiresAll.length} lists like the English flag "${en.id}", has ${es.requiresAll.length}`,
      );
    // English structure, Spanish words; optional fields left out rather than set to undefined.
    const flag: RedFlag = {
      id: en.id,
      tier: en.tier,
      label: es.label,
      ...(es.mentioned !== undefined ? { mentioned: es.mentioned } : {}),
      advice: es.advice,
      patterns: es.patterns,
      ...(en.listed !== undefined ? { listed: en.listed } : {}),
      ...(es.title !== undefined ? { title: es.title } : {}),
      ...(en.call !== undefined ? { call: { label: es.callLabel ?? en.call.label, number: en.call.number } } : {}),
      ...(en.care !== undefined ? { care: en.care } : {}),
      ...(en.group !== undefined ? { group: en.group } : {}),
      ...(es.caution !== undefined ? { caution: es.caution } : {}),
      ...(es.riskNote !== undefined ? { riskNote: es.riskNote } : {}),
      ...(en.riskOf !== undefined ? { riskOf: en.riskOf } : {}),
      ...(es.waitNote !== undefined ? { waitNote: es.waitNote } : {}),
      ...(es.tellThem !== undefined ? { tellThem: es.tellThem } : {}),
      ...(es.goNote !== undefined ? { goNote: es.goNote } : {}),
      ...(es.requiresAll !== undefined ? { requiresAll: es.requiresAll } : {}),
      ...(es.unless !== undefined ? { unless: es.unless } : {}),
      ...(es.unlessPassing !== undefined ? { unlessPassing: es.unlessPassing } : {}),
      ...(en.overrides !== undefined ? { overrides: en.overrides } : {}),
      ...(es.overridesUnless !== undefined ? { overridesUnless: es.overridesUnless } : {}),
      ...(en.transient !== undefined ? { transient: en.transient } : {}),
      ...(en.evenIfHypothetical !== undefined ? { evenIfHypothetical: en.evenIfHypothetical } : {}),
      ...(en.injuryEarlier !== undefined ? { injuryEarlier: en.injuryEarlier } : {}),
    };
    return flag;
  });
}
