// Zod schemas for the files under knowledge/. Each schema checks one file on its own; checks that
// need several files (ids that must exist elsewhere) live in src/knowledge/crossref.ts.
// The red-flag schema belongs to triage (src/triage/schema.ts) and is re-used from there.
import { z } from 'zod';
import { ENTRY_ACTIONS, GENERAL_PLACE, LOCATIONS, MEDICAL_KINDS } from './types';
import type { Weekday } from './types';

const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const kebabId = z.string().regex(KEBAB_ID, 'must be kebab-case (lower-case letters, digits and dashes)');

/** YAML reads `postalCode: 75244` or `- 911` as numbers; staff mean text, so accept both. */
const numberAsText = <S extends z.ZodType>(schema: S) =>
  z.preprocess((v) => (typeof v === 'number' ? String(v) : v), schema);

/** A non-empty, trimmed line of text. */
const text = (max: number) =>
  numberAsText(z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`));

const uniqueStrings = (list: string[], ctx: z.RefinementCtx, what: string): void => {
  const seen = new Set<string>();
  list.forEach((value, index) => {
    const key = value.toLowerCase();
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index], message: `${what} "${value}" is listed twice` });
    seen.add(key);
  });
};

const phraseList = (min: number, what: string) =>
  z
    .array(text(200))
    .min(min, `needs at least ${min} ${what}`)
    .superRefine((list, ctx) => uniqueStrings(list, ctx, what.replace(/s$/, '')));

// ---------------------------------------------------------------- entries/*.yaml

const ENTRY_KINDS = ['faq', 'condition', 'location', 'advice', 'clinic'] as const;

/** A guideline or organisation, named as a reviewer would look it up, with a link to it. */
const sourceSchema = z.strictObject({
  name: text(200),
  url: z.url({ protocol: /^https?$/, error: 'must be a full http(s):// address' }),
});

/** The date a clinician last checked an answer against its sources. */
const reviewedDate = numberAsText(
  z.string().refine(isCalendarDate, 'must be a real date written YYYY-MM-DD, in quotes'),
);

/** An entry's answer: long enough to say something, short enough for a chat bubble. */
const answerText = z
  .string()
  .trim()
  .min(40, 'is too short (at least 40 characters)')
  .max(1500, 'is too long (at most 1500 characters)');

const entrySchema = z
  .strictObject({
    id: kebabId,
    kind: z.enum(ENTRY_KINDS),
    location: z.enum(LOCATIONS).optional(),
    action: z.enum(ENTRY_ACTIONS).optional(),
    audience: z.literal('staff').optional(),
    title: text(40),
    questions: phraseList(4, 'questions'),
    keywords: phraseList(1, 'keywords'),
    answer: answerText,
    followUps: z
      .array(kebabId)
      .min(1, 'needs at least one follow-up id')
      .max(4, 'has more than 4 follow-ups (too many buttons)')
      .superRefine((list, ctx) => uniqueStrings(list, ctx, 'follow-up')),
    call: z
      .strictObject({
        label: text(40),
        display: text(40),
        number: z
          .string()
          .regex(/^\+[1-9]\d{6,14}$/, 'must be in E.164 form: "+" then country code and digits, e.g. "+18002221222"'),
      })
      .optional(),
    sources: z.array(sourceSchema).min(1, 'needs at least one source').optional(),
    reviewed: reviewedDate.optional(),
  })
  .superRefine((entry, ctx) => {
    // Medical answers say what they rest on and when they were last checked (docs/knowledge.md,
    // "Sources and review"). Clinic entries (phone, hours, what the bot does) are exempt.
    if ((MEDICAL_KINDS as readonly string[]).includes(entry.kind)) {
      if (!entry.sources)
        ctx.addIssue({
          code: 'custom',
          path: ['sources'],
          message: `is required for kind "${entry.kind}" (name and url of the guideline or organisation the answer follows)`,
        });
      if (!entry.reviewed)
        ctx.addIssue({
          code: 'custom',
          path: ['reviewed'],
          message: `is required for kind "${entry.kind}" (the date a clinician last checked it, "YYYY-MM-DD")`,
        });
    }
    // Condition and location entries are grouped by where they hurt; the assessment relies on it.
    const needsLocation = entry.kind === 'condition' || entry.kind === 'location';
    if (needsLocation && !entry.location) {
      ctx.addIssue({
        code: 'custom',
        path: ['location'],
        message: `is required for kind "${entry.kind}" (front, back, inner or outer)`,
      });
    }
    if (!needsLocation && entry.location) {
      ctx.addIssue({
        code: 'custom',
        path: ['location'],
        message: `is only allowed for kind condition or location, not "${entry.kind}"`,
      });
    }
    if (entry.followUps.includes(entry.id)) {
      ctx.addIssue({ code: 'custom', path: ['followUps'], message: 'an entry cannot be its own follow-up' });
    }
  });

export const entriesFileSchema = z.strictObject({ entries: z.array(entrySchema).min(1, 'needs at least one entry') });

// ---------------------------------------------------------------- clinic.yaml

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const satisfies readonly Weekday[];
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

function minutesOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** True when Intl knows the zone, which is what every time calculation in the bot relies on. */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A real calendar date written as YYYY-MM-DD (rejects 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

const openingHoursSchema = z
  .strictObject({
    days: z
      .array(z.enum(WEEKDAYS))
      .min(1, 'needs at least one day')
      .superRefine((list, ctx) => uniqueStrings(list, ctx, 'day')),
    open: z.string().regex(HH_MM, 'must be a 24-hour time like "08:00"'),
    close: z.string().regex(HH_MM, 'must be a 24-hour time like "18:00"'),
  })
  .superRefine((block, ctx) => {
    if (HH_MM.test(block.open) && HH_MM.test(block.close) && minutesOfDay(block.close) <= minutesOfDay(block.open)) {
      ctx.addIssue({
        code: 'custom',
        path: ['close'],
        message: `closing time ${block.close} must be after opening time ${block.open}`,
      });
    }
  });

export const clinicSchema = z
  .strictObject({
    name: text(80),
    phone: z.strictObject({
      display: text(40),
      e164: z
        .string()
        .regex(/^\+[1-9]\d{6,14}$/, 'must be in E.164 form: "+" then country code and digits, e.g. "+12149720302"'),
    }),
    address: z.strictObject({
      street: text(120),
      suite: text(60).optional(),
      city: text(80),
      region: text(80),
      postalCode: text(20),
      country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code like "US"'),
    }),
    timeZone: z
      .string()
      .refine(isValidTimeZone, 'is not a time zone name this system knows (use an IANA name like "America/Chicago")'),
    hours: z.array(openingHoursSchema).min(1, 'needs at least one block of opening hours'),
    closedDates: z.array(z.string().refine(isCalendarDate, 'must be a real date written YYYY-MM-DD')).default([]),
    emergencyNumber: numberAsText(z.string().regex(/^\d{3,6}$/, 'must be digits only, like "911"')),
    website: z.url({ protocol: /^https?$/, error: 'must be a full http(s):// address' }).optional(),
  })
  .superRefine((clinic, ctx) => {
    // Two blocks that both cover, say, Monday must not overlap, or "open until" becomes ambiguous.
    clinic.hours.forEach((a, i) =>
      clinic.hours.forEach((b, j) => {
        if (j <= i) return;
        const sharedDay = a.days.find((d) => b.days.includes(d));
        if (!sharedDay) return;
        const overlap = minutesOfDay(a.open) < minutesOfDay(b.close) && minutesOfDay(b.open) < minutesOfDay(a.close);
        if (overlap)
          ctx.addIssue({ code: 'custom', path: ['hours', j], message: `overlaps hours[${i}] on ${sharedDay}` });
      }),
    );
  });

// ---------------------------------------------------------------- locations.yaml

const symptomQuestionSchema = z.strictObject({
  id: kebabId,
  text: text(200),
  mentions: phraseList(1, 'mentions').transform((list) => list.map((m) => m.toLowerCase())),
  pointsTo: z.array(kebabId).min(1, 'needs at least one condition id'),
});

const placeFields = {
  label: text(40),
  aliases: phraseList(1, 'aliases').transform((list) => list.map((a) => a.toLowerCase())),
  overviewEntryId: kebabId,
  conditionIds: z.array(kebabId).min(1, 'needs at least one condition id'),
  whatHelps: text(1200),
  whenToSeeSomeone: text(1200),
};

const uniqueQuestionIds = (place: { symptomQuestions: { id: string }[] }, ctx: z.RefinementCtx): void => {
  const seen = new Set<string>();
  place.symptomQuestions.forEach((q, index) => {
    if (seen.has(q.id))
      ctx.addIssue({
        code: 'custom',
        path: ['symptomQuestions', index, 'id'],
        message: `duplicate symptom question id "${q.id}"`,
      });
    seen.add(q.id);
  });
};

const locationSchema = z
  .strictObject({
    id: z.enum(LOCATIONS),
    ...placeFields,
    symptomQuestions: z
      .array(symptomQuestionSchema)
      .min(2, 'needs two or three symptom questions')
      .max(3, 'has more than three symptom questions'),
  })
  .superRefine(uniqueQuestionIds);

/** The fifth answer to "where?": pain all over, both sides, moving, or not sure. Its causes may be
 *  entries of any kind, and it may ask up to three yes/no questions (or none). */
const generalPlaceSchema = z
  .strictObject({
    id: z.literal(GENERAL_PLACE),
    ...placeFields,
    conditionIds: z
      .array(kebabId)
      .min(2, 'needs at least two cause ids')
      .max(6, 'has more than six causes (too long a list)'),
    symptomQuestions: z.array(symptomQuestionSchema).max(3, 'has more than three symptom questions').default([]),
  })
  .superRefine(uniqueQuestionIds);

export const locationsFileSchema = z.strictObject({
  general: generalPlaceSchema,
  locations: z.array(locationSchema).superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((location, index) => {
      if (seen.has(location.id))
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `location "${location.id}" is listed twice` });
      seen.add(location.id);
    });
    for (const id of LOCATIONS) {
      if (!seen.has(id))
        ctx.addIssue({
          code: 'custom',
          path: [],
          message: `location "${id}" is missing (need ${LOCATIONS.join(', ')})`,
        });
    }
  }),
});

// ---------------------------------------------------------------- synonyms.yaml, out-of-scope.yaml (matcher)

export const synonymsFileSchema = z.strictObject({
  synonyms: z.array(
    z.strictObject({
      canonical: text(80),
      variants: phraseList(1, 'variants'),
    }),
  ),
});

export const outOfScopeFileSchema = z.strictObject({
  topics: z
    .array(
      z.strictObject({
        id: kebabId,
        label: text(80),
        keywords: phraseList(1, 'keywords'),
        // A body part near the knee: when to get it checked, added to the "not my topic" reply.
        safety: text(400).optional(),
        // Holds even when the knee is named, unless the writer's own knee is (pets' knees).
        evenWithKnee: z.boolean().optional(),
        // Holds even when the writer's own knee is named: what is asked is not knee care ("how can I pray?").
        evenWithOwnKnee: z.boolean().optional(),
        // The clinic's own business (prices, bills): answered with its phone and a callback, not
        // "outside what I cover".
        clinic: z.boolean().optional(),
        // Its single words are also knee-care words ("heat", "cold"): a message whose likely knee
        // reading uses that word itself ("ice or heat?") is a knee question.
        homonyms: z.boolean().optional(),
        // A long post that names it twice and the knee once in passing ("rack pulls from just below the knee") is about it.
        kneeInPassing: z.boolean().optional(),
        // Everyday phrases holding a keyword that are not the topic ("walk the dog").
        except: phraseList(1, 'except').optional(),
      }),
    )
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((topic, index) => {
        if (seen.has(topic.id))
          ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate topic id "${topic.id}"` });
        seen.add(topic.id);
      });
    }),
});

// ---------------------------------------------------------------- messages/*.yaml

export const messagesFileSchema = z.record(
  z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'message keys use letters, digits, "-", "_" or "." only'),
  // Block scalars end with a newline; the bot never wants it.
  z.string().trim().min(1, 'must not be empty'),
);

export { redFlagsFileSchema } from '../triage/schema';

// ---------------------------------------------------------------- es/ (Spanish)
// The Spanish files carry only the text: ids tie each piece to its English counterpart, which
// supplies the structure (kind, location, action, follow-ups, sources, condition ids …). Text
// fields use the same limits as English (es/out-of-scope.yaml and es/synonyms.yaml use the English
// schemas as they are). src/knowledge/spanish.ts checks that nothing is missing.

export const esEntriesFileSchema = z.strictObject({
  entries: z
    .array(
      z.strictObject({
        id: kebabId,
        title: text(40),
        questions: phraseList(4, 'questions'),
        keywords: phraseList(1, 'keywords'),
        answer: answerText,
      }),
    )
    .min(1, 'needs at least one entry'),
});

const esPlaceFields = {
  label: placeFields.label,
  aliases: placeFields.aliases,
  symptomQuestions: z
    .array(
      z.strictObject({
        id: kebabId,
        text: text(200),
        mentions: phraseList(1, 'mentions').transform((list) => list.map((m) => m.toLowerCase())),
      }),
    )
    .max(3, 'has more than three symptom questions')
    .default([]),
  whatHelps: placeFields.whatHelps,
  whenToSeeSomeone: placeFields.whenToSeeSomeone,
};

export const esLocationsFileSchema = z.strictObject({
  general: z.strictObject({ id: z.literal(GENERAL_PLACE), ...esPlaceFields }),
  locations: z.array(z.strictObject({ id: z.enum(LOCATIONS), ...esPlaceFields })),
});
