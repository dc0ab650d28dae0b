// Trains the second line of defence's classifier (src/triage/classifier.ts: a multinomial logistic
// regression) on the labelled messages and writes src/triage/suspectModel.json. Deterministic: the
// same data gives the same file (a test retrains with the committed threshold and compares).
// One model per language, each from its own labelled messages (Spanish words are not English ones):
// Run: npx tsx scripts/train-triage-model.ts            (both; `--lang en` or `--lang es` for one)
//   red flags:  tests/triage[-es]/red-flags.jsonl and the blind batches' lines with a tier (label: the flag id)
//   not flags:  the near misses, the blind batches' near misses, the matcher's sets tests/eval/*.jsonl
//               (English) or tests/eval/es-*.jsonl (Spanish) (label: none)
// The threshold is chosen by cross-validation BY WRITER: the labelled files (one writer or one set
// each) are dealt into FOLDS groups and each group is held out in turn, so every score is of wording
// the model never saw, as a new person's will be. The threshold is the lowest logit over "none" at
// which at most TARGET_QUESTION_RATE of those held-out non-flag messages would get a safety question.
// `--cv-only` prints the cross-validation at several question rates and writes nothing.
// `--doubt` prints, by writer, what src/triage/doubt.ts would soften at several logits: of the rules' right
// urgent and within-days alarms, and of their alarms on messages labelled ordinary (`--lang es`: the Spanish
// rules read by the Spanish model, which the bot does not doubt yet). Writes nothing.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledgeSet } from '../src/knowledge/load';
import { createTriage } from '../src/triage';
import { createDoubt, DOUBT_LOGIT } from '../src/triage/doubt';
import { compileModel, type SuspectModel } from '../src/triage/classifier';
import { messageFeatures, type MessageFeatures } from '../src/triage/features';
import { triageLanguage } from '../src/triage/lang';
import { spanishMessageFeatures } from '../src/triage/lang/es/features';
import { readJsonl } from './eval-triage';
import { trainLogistic, type Example, type TrainOptions } from './lib/logistic';

const root = join(__dirname, '..');
export type ModelLanguage = 'en' | 'es';
export const MODEL_FILES: Readonly<Record<ModelLanguage, string>> = {
  en: join(root, 'src/triage/suspectModel.json'),
  es: join(root, 'src/triage/lang/es/suspectModel.json'),
};
/** Each language's features (the run-time second line reads the same). */
const FEATURES: Readonly<Record<ModelLanguage, MessageFeatures>> = { en: messageFeatures, es: spanishMessageFeatures };
/** Where each language's labelled triage messages are. */
const TRIAGE_DIRS: Readonly<Record<ModelLanguage, string>> = {
  en: join(root, 'tests/triage'),
  es: join(root, 'tests/triage-es'),
};
/**
 * Chosen by cross-validation by writer (round 11): against naive Bayes on the same features, more
 * red flags over the threshold at every question rate (docs/eval-history.md). A red flag counts
 * twice: missing one costs more than asking one needless question.
 */
export const TRAINING: TrainOptions = { epochs: 15, rate: 1, l2: 1e-4, minCount: 2, seed: 11, keep: 0.05 };
const FLAG_WEIGHT = 2;
const FOLDS = 10;
/**
 * Share of a new writer's ordinary messages that may get a safety question (a question, not an
 * alarm). Target: at most 2 %; on the labelled sets, which the model has seen, it is far lower.
 */
const TARGET_QUESTION_RATE = 0.015;

interface Labelled {
  text: string;
  label: string;
  /** The file it came from: one writer (or one set), the unit of the grouped cross-validation. */
  group: string;
}

export function labelledMessages(lang: ModelLanguage = 'en'): Labelled[] {
  const triage = TRIAGE_DIRS[lang];
  const files = [
    'red-flags.jsonl',
    'near-misses.jsonl',
    ...readdirSync(triage)
      .filter((f) => /^blind-.*\.jsonl$/.test(f))
      .sort(),
  ];
  const out: Labelled[] = [];
  for (const file of files) {
    for (const c of readJsonl<{ text: string; flag?: string; tier?: string }>(join(triage, file))) {
      out.push({ text: c.text, label: c.tier !== undefined && c.flag !== undefined ? c.flag : 'none', group: file });
    }
  }
  const evalDir = join(root, 'tests/eval');
  const evalFiles = existsSync(evalDir)
    ? readdirSync(evalDir)
        // Each model reads its own language: the Spanish matcher sets are es-*.jsonl.
        .filter((f) => f.endsWith('.jsonl') && f.startsWith('es-') === (lang === 'es'))
        .sort()
    : [];
  for (const file of evalFiles) {
    for (const c of readJsonl<{ text?: unknown }>(join(evalDir, file)))
      if (typeof c.text === 'string') out.push({ text: c.text, label: 'none', group: `eval/${file}` });
  }
  // The bot's own place buttons ("Outer side of the knee"), tapped or typed back, answer "where does it
  // hurt?": never a reason for a safety question (a retrained model once asked about a deformity there).
  for (const place of loadKnowledgeSet(join(root, 'knowledge'))[lang].locations)
    out.push({ text: place.label, label: 'none', group: 'knowledge/locations' });
  return out;
}

interface Prepared {
  text: string;
  label: string;
  group: string;
  features: string[];
}

function prepare(lang: ModelLanguage): Prepared[] {
  const { tokenize } = triageLanguage(lang);
  const features = FEATURES[lang];
  return labelledMessages(lang).map((m) => ({ ...m, features: [...new Set(features(tokenize(m.text)))] }));
}

/** "none" first, then the flag ids in a fixed order. */
function classesOf(data: readonly Prepared[]): string[] {
  return ['none', ...[...new Set(data.map((d) => d.label).filter((l) => l !== 'none'))].sort()];
}

function train(data: readonly Prepared[], classes: readonly string[], threshold: number): SuspectModel {
  const index = new Map(classes.map((c, i) => [c, i]));
  const examples: Example[] = data.map((d) => ({
    features: d.features,
    target: new Map([[index.get(d.label) as number, 1]]),
    weight: d.label === 'none' ? 1 : FLAG_WEIGHT,
  }));
  return { ...trainLogistic(examples, classes, TRAINING), threshold };
}

export interface CrossValidation {
  threshold: number;
  questionRate: number;
  recallAnyFlag: number;
  recallRightFlag: number;
}

/** Held-out scores: each message scored by a model trained without its writer's fold. */
interface HeldOutScores {
  negatives: number[];
  positives: Array<{ score: number; right: boolean }>;
}

function heldOutByWriter(data: readonly Prepared[], classes: readonly string[]): HeldOutScores {
  const groups = [...new Set(data.map((d) => d.group))];
  const foldOf = data.map((d) => groups.indexOf(d.group) % FOLDS);
  const negatives: number[] = [];
  const positives: Array<{ score: number; right: boolean }> = [];
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const model = compileModel(
      train(
        data.filter((_, i) => foldOf[i] !== fold),
        classes,
        0,
      ),
    );
    data.forEach((d, i) => {
      if (foldOf[i] !== fold) return;
      const odds = model.logOdds(d.features);
      let best = 1;
      for (let c = 2; c < odds.length; c += 1) if ((odds[c] as number) > (odds[best] as number)) best = c;
      const score = odds[best] as number;
      if (d.label === 'none') negatives.push(score);
      else positives.push({ score, right: classes[best] === d.label });
    });
  }
  return { negatives, positives };
}

/** The threshold that lets `rate` of the held-out non-flag messages through, and what it catches. */
function atQuestionRate({ negatives, positives }: HeldOutScores, rate: number): CrossValidation {
  const sorted = [...negatives].sort((a, b) => b - a);
  const allowed = Math.floor(sorted.length * rate);
  // Just above the (allowed+1)-th highest negative score, rounded up to 0.01.
  const threshold = Math.ceil(((sorted[allowed] ?? 0) + 1e-9) * 100) / 100;
  const over = (s: number): boolean => s >= threshold;
  return {
    threshold,
    questionRate: negatives.filter(over).length / negatives.length,
    recallAnyFlag: positives.filter((p) => over(p.score)).length / positives.length,
    recallRightFlag: positives.filter((p) => over(p.score) && p.right).length / positives.length,
  };
}

/** Cross-validation by writer at several question rates (the first is the operating point). */
export function crossValidateByWriter(
  lang: ModelLanguage,
  rates: readonly number[] = [TARGET_QUESTION_RATE, 0.01, 0.02, 0.03],
): CrossValidation[] {
  const data = prepare(lang);
  const scores = heldOutByWriter(data, classesOf(data));
  return rates.map((rate) => atQuestionRate(scores, rate));
}

/**
 * What doubt.ts would soften, scored by models that never saw the writer: each labelled message the
 * English rules alarm on (urgent or within days), read by the model trained without its writer's fold.
 */
export function doubtByWriter(
  logits: readonly number[] = [-6, DOUBT_LOGIT, -4, -3],
  lang: ModelLanguage = 'en',
): string[] {
  const data = prepare(lang);
  const classes = classesOf(data);
  const knowledge = loadKnowledgeSet(join(root, 'knowledge'))[lang];
  const rules = createTriage(knowledge, { withoutDoubt: true, language: lang });
  const { tokenize } = triageLanguage(lang);
  const groups = [...new Set(data.map((d) => d.group))];
  const foldOf = data.map((d) => groups.indexOf(d.group) % FOLDS);
  const right: number[][] = logits.map(() => []);
  const wrong: number[][] = logits.map(() => []);
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const model = compileModel(
      train(
        data.filter((_, i) => foldOf[i] !== fold),
        classes,
        0,
      ),
    );
    const doubts = logits.map((at) => createDoubt(model, FEATURES[lang], at, lang));
    data.forEach((d, i) => {
      if (foldOf[i] !== fold) return;
      const outcome = rules.classify(d.text);
      if (outcome.kind !== 'red-flag' || outcome.result.tier === 'emergency') return;
      const isRight = outcome.result.flags.some((f) => f.id === d.label);
      if (d.label !== 'none' && !isRight) return;
      const sentences = tokenize(d.text);
      doubts.forEach((doubt, k) => (isRight ? right : wrong)[k]!.push(doubt(sentences, outcome.result.flags) ? 1 : 0));
    });
  }
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  return logits.map(
    (at, k) =>
      `doubt at ${at}: right urgent/within-days alarms softened ${sum(right[k]!)}/${right[k]!.length}; ` +
      `alarms on messages labelled ordinary softened ${sum(wrong[k]!)}/${wrong[k]!.length}`,
  );
}

/** The model on all labelled messages; the threshold from cross-validation, or as given (tests). */
export function trainSuspectModel(
  lang: ModelLanguage,
  threshold?: number,
): { model: SuspectModel; cv?: CrossValidation } {
  const data = prepare(lang);
  const classes = classesOf(data);
  const cv = threshold === undefined ? atQuestionRate(heldOutByWriter(data, classes), TARGET_QUESTION_RATE) : undefined;
  return { model: train(data, classes, cv?.threshold ?? (threshold as number)), cv };
}

export function serialise(model: SuspectModel): string {
  return `${JSON.stringify(model)}\n`;
}

/** The committed model's threshold (the test retrains with it rather than repeating the cross-validation). */
export function committedThreshold(lang: ModelLanguage): number {
  return (JSON.parse(readFileSync(MODEL_FILES[lang], 'utf8')) as SuspectModel).threshold;
}

if (require.main === module) {
  const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
  const line = (w: CrossValidation): string =>
    `threshold ${w.threshold} asks on ${pct(w.questionRate)} of held-out non-flag messages; ` +
    `red flags over it ${pct(w.recallAnyFlag)} (right flag ${pct(w.recallRightFlag)})`;
  const at = process.argv.indexOf('--lang');
  const langs: ModelLanguage[] = at > 0 ? [process.argv[at + 1] as ModelLanguage] : ['en', 'es'];
  if (process.argv.includes('--doubt')) {
    // --lang es: what the same doubt would do to the Spanish rules' alarms, read by the Spanish model
    for (const lang of at > 0 ? langs : (['en'] as const))
      for (const line of doubtByWriter(undefined, lang)) console.log(`${lang} by writer: ${line}`);
    process.exit(0);
  }
  for (const lang of langs) {
    if (process.argv.includes('--cv-only')) {
      for (const w of crossValidateByWriter(lang)) console.log(`${lang} by writer: ${line(w)}`);
      continue;
    }
    const { model, cv } = trainSuspectModel(lang);
    writeFileSync(MODEL_FILES[lang], serialise(model));
    console.log(
      `wrote ${MODEL_FILES[lang]}: ${model.classes.length} classes, ${Object.keys(model.weights).length} features\n` +
        `${lang} cross-validation by writer (${FOLDS} folds): ${line(cv as CrossValidation)}`,
    );
  }
}
