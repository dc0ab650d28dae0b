// Zod schema for knowledge/red-flags.yaml. The knowledge loader parses the file with it and puts
// `redFlags` into Knowledge.redFlags. Patterns are compiled here too, so a broken pattern stops
// start-up with "<path>: <reason>" instead of silently never matching.
import { z } from 'zod';
import { RED_FLAG_TIERS } from '../knowledge/types';
import { parsePattern, PatternError } from './pattern';

const patternSchema = z
  .string()
  .min(1)
  .superRefine((source, ctx) => {
    try {
      parsePattern(source);
    } catch (err) {
      if (!(err instanceof PatternError)) throw err;
      ctx.addIssue({ code: 'custom', message: err.message });
    }
  });

const patternListSchema = z.array(patternSchema).min(1);

const redFlagSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be kebab-case'),
  tier: z.enum(RED_FLAG_TIERS),
  label: z.string().min(3).max(120),
  mentioned: z.string().min(3).max(120).optional(),
  advice: z.string().min(10).max(400),
  listed: z.boolean().optional(),
  title: z.string().min(3).max(80).optional(),
  call: z
    .strictObject({
      label: z.string().min(3).max(40),
      number: z.string().regex(/^\+?[0-9]{3,15}$/, 'digits only, e.g. "988"'),
    })
    .optional(),
  care: z.literal('er').optional(),
  group: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'group must be kebab-case')
    .optional(),
  caution: z.string().min(10).max(300).optional(),
  riskNote: z.string().min(10).max(300).optional(),
  riskOf: z.enum(['clot', 'weight']).optional(),
  waitNote: z.string().min(10).max(300).optional(),
  tellThem: z.string().min(10).max(360).optional(),
  goNote: z.string().min(10).max(360).optional(),
  patterns: patternListSchema,
  requiresAll: z.array(patternListSchema).min(1).optional(),
  unless: patternListSchema.optional(),
  unlessPassing: patternListSchema.optional(),
  transient: z.boolean().optional(),
  evenIfHypothetical: z.boolean().optional(),
  injuryEarlier: z.boolean().optional(),
  overrides: z.array(z.string().min(1)).min(1).optional(),
  overridesUnless: patternListSchema.optional(),
});

export const redFlagsFileSchema = z
  .strictObject({ redFlags: z.array(redFlagSchema).min(1) })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    const ids = new Set(file.redFlags.map((flag) => flag.id));
    file.redFlags.forEach((flag, index) => {
      for (const other of flag.overrides ?? []) {
        if (!ids.has(other) || other === flag.id)
          ctx.addIssue({
            code: 'custom',
            path: ['redFlags', index, 'overrides'],
            message: `overrides: no other red flag "${other}"`,
          });
      }
    });
    file.redFlags.forEach((flag, index) => {
      if (flag.care !== undefined && flag.tier !== 'emergency') {
        ctx.addIssue({
          code: 'custom',
          path: ['redFlags', index, 'care'],
          message: 'care: er is for emergency flags only',
        });
      }
      if (seen.has(flag.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['redFlags', index, 'id'],
          message: `duplicate red flag id "${flag.id}"`,
        });
      }
      seen.add(flag.id);
    });
  });
