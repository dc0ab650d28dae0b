// Trains the second line of defence's classifier (src/triage/classifier.ts) on the labelled messages
// and writes src/triage/suspectModel.json. Deterministic: the same data gives the same file (a test
// checks the committed model is what this script produces). Run: npx tsx scripts/train-triage-model.ts
//   red flags:  tests/triage/red-flags.jsonl and the blind batches' lines with a tier (label: the flag id)
//   not flags:  tests/triage/near-misses.jsonl, the blind batches' near misses, tests/eval/*.jsonl (label: none)
// The threshold is chosen by 5-fold cross-validation: the lowest log-odds at which at most
// TARGET_QUESTION_RATE of held-out non-flag messages would get a safety question. `--by-writer` also
// prints cross-validation by file (each writer held out in turn: the honest figure for a new writer).
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileModel, logOdds, trainNaiveBayes, type Example } from '../src/triage/classifier';
import { messageFeatures } from '../src/triage/features';
import { tokenize } from '../src/triage/normalize';
import { readJsonl } from './eval-triage';

const root = join(__dirname, '..');
export const MODEL_FILE = join(root, 'src/triage/suspectModel.json');
// Chosen by cross-validation by writer (crossValidateByWriter): light smoothing and every feature kept
// carry better to a new writer's wording than 0.5 and features seen twice (docs/eval-history.md, round 9).
const ALPHA = 0.1;
const MIN_COUNT = 1;
const FOLDS = 5;
/**
 * Share of ordinary messages that may get a safety question (a question, not an alarm): 1.5 % of held-out
 * messages, about what a new writer's ordinary messages get (the by-writer figures agree); on the labelled
 * sets, which the model has seen, it is under 1 %. Target: at most 2 %.
 */
const TARGET_QUESTION_RATE = 0.015;

interface Labelled {
  text: string;
  label: string;
  /** The file it came from: one writer (or one set), the unit of the grouped cross-validation. */
  group: string;
}

export function labelledMessages(): Labelled[] {
  const triage = join(root, 'tests/triage');
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
        // The model reads English; the Spanish matcher sets (es-*.jsonl) are not its data.
        .filter((f) => f.endsWith('.jsonl') && !f.startsWith('es-'))
        .sort()
    : [];
  for (const file of evalFiles) {
    for (const c of readJsonl<{ text?: unknown }>(join(evalDir, file)))
      if (typeof c.text === 'string') out.push({ text: c.text, label: 'none', group: `eval/${file}` });
  }
  return out;
}

function examplesOf(messages: readonly Labelled[]): Example[] {
  return messages.map((m) => ({ label: m.label, features: messageFeatures(tokenize(m.text)) }));
}

interface CrossValidation {
  threshold: number;
  questionRate: number;
  recallAnyFlag: number;
  recallRightFlag: number;
}

/** Held-out scores: each message scored by a model trained without its fold. */
interface HeldOutScores {
  negatives: number[];
  positives: Array<{ score: number; right: boolean }>;
}

function heldOutScores(examples: readonly Example[], foldOf: readonly number[], folds: number): HeldOutScores {
  const negatives: number[] = [];
  const positives: Array<{ score: number; right: boolean }> = [];
  for (let fold = 0; fold < folds; fold += 1) {
    const train = examples.filter((_, i) => foldOf[i] !== fold);
    if (train.length === examples.length) continue;
    const model = compileModel(trainNaiveBayes(train, { alpha: ALPHA, minCount: MIN_COUNT, threshold: 0 }));
    examples.forEach((e, i) => {
      if (foldOf[i] !== fold) return;
      const odds = logOdds(model, e.features);
      const score = Math.max(...odds.slice(1));
      if (e.label === 'none') negatives.push(score);
      else positives.push({ score, right: model.classes[odds.indexOf(score)] === e.label });
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
  return atThreshold({ negatives, positives }, threshold);
}

function atThreshold({ negatives, positives }: HeldOutScores, threshold: number): CrossValidation {
  const over = (s: number): boolean => s >= threshold;
  return {
    threshold,
    questionRate: negatives.filter(over).length / negatives.length,
    recallAnyFlag: positives.filter((p) => over(p.score)).length / positives.length,
    recallRightFlag: positives.filter((p) => over(p.score) && p.right).length / positives.length,
  };
}

function crossValidate(examples: Example[]): CrossValidation {
  return atQuestionRate(
    heldOutScores(
      examples,
      examples.map((_, i) => i % FOLDS),
      FOLDS,
    ),
    TARGET_QUESTION_RATE,
  );
}

/**
 * Cross-validation by file: each labelled file is one writer (or one set), held out in turn, so a
 * fold is wording the model has never seen. The honest figure for a new writer; slower (one model per file).
 */
export function crossValidateByWriter(
  rates: readonly number[] = [0.01, TARGET_QUESTION_RATE, 0.02],
): CrossValidation[] {
  const messages = labelledMessages();
  const groups = [...new Set(messages.map((m) => m.group))];
  const foldOf = messages.map((m) => groups.indexOf(m.group));
  const scores = heldOutScores(examplesOf(messages), foldOf, groups.length);
  return rates.map((rate) => atQuestionRate(scores, rate));
}

export function trainSuspectModel(): { model: ReturnType<typeof trainNaiveBayes>; cv: CrossValidation } {
  const examples = examplesOf(labelledMessages());
  const cv = crossValidate(examples);
  const model = trainNaiveBayes(examples, { alpha: ALPHA, minCount: MIN_COUNT, threshold: cv.threshold });
  return { model, cv };
}

export function serialise(model: ReturnType<typeof trainNaiveBayes>): string {
  return `${JSON.stringify(model)}\n`;
}

if (require.main === module) {
  const { model, cv } = trainSuspectModel();
  writeFileSync(MODEL_FILE, serialise(model));
  const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
  console.log(
    `wrote ${MODEL_FILE}: ${model.classes.length} classes, ${Object.keys(model.features).length} features, ` +
      `${model.docs.reduce((a, b) => a + b, 0)} messages\n` +
      `5-fold cross-validation at threshold ${cv.threshold}: questions on ${pct(cv.questionRate)} of non-flag messages; ` +
      `red flags scored over it ${pct(cv.recallAnyFlag)} (right flag ${pct(cv.recallRightFlag)})`,
  );
  if (process.argv.includes('--by-writer'))
    for (const w of crossValidateByWriter())
      console.log(
        `by writer (each file held out): threshold ${w.threshold} asks on ${pct(w.questionRate)} of held-out non-flag ` +
          `messages; red flags over it ${pct(w.recallAnyFlag)} (right flag ${pct(w.recallRightFlag)})`,
      );
}
