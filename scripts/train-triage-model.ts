// Trains the second line of defence's classifier (src/triage/classifier.ts) on the labelled messages
// and writes src/triage/suspectModel.json. Deterministic: the same data gives the same file (a test
// checks the committed model is what this script produces). Run: npx tsx scripts/train-triage-model.ts
//   red flags:  tests/triage/red-flags.jsonl and the blind batches' lines with a tier (label: the flag id)
//   not flags:  tests/triage/near-misses.jsonl, the blind batches' near misses, tests/eval/*.jsonl (label: none)
// The threshold is chosen by 5-fold cross-validation: the lowest log-odds at which at most
// TARGET_QUESTION_RATE of held-out non-flag messages would get a safety question.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileModel, logOdds, trainNaiveBayes, type Example } from '../src/triage/classifier';
import { messageFeatures } from '../src/triage/features';
import { tokenize } from '../src/triage/normalize';
import { readJsonl } from './eval-triage';

const root = join(__dirname, '..');
export const MODEL_FILE = join(root, 'src/triage/suspectModel.json');
const ALPHA = 0.5;
const MIN_COUNT = 2;
const FOLDS = 5;
/** Share of ordinary messages that may get a safety question (a question, not an alarm). */
const TARGET_QUESTION_RATE = 0.01;

interface Labelled {
  text: string;
  label: string;
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
      out.push({ text: c.text, label: c.tier !== undefined && c.flag !== undefined ? c.flag : 'none' });
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
      if (typeof c.text === 'string') out.push({ text: c.text, label: 'none' });
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

function crossValidate(examples: Example[]): CrossValidation {
  const negatives: number[] = [];
  const positives: Array<{ score: number; right: boolean }> = [];
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const train = examples.filter((_, i) => i % FOLDS !== fold);
    const model = compileModel(trainNaiveBayes(train, { alpha: ALPHA, minCount: MIN_COUNT, threshold: 0 }));
    examples.forEach((e, i) => {
      if (i % FOLDS !== fold) return;
      const odds = logOdds(model, e.features);
      const score = Math.max(...odds.slice(1));
      if (e.label === 'none') negatives.push(score);
      else positives.push({ score, right: model.classes[odds.indexOf(score)] === e.label });
    });
  }
  negatives.sort((a, b) => b - a);
  const allowed = Math.floor(negatives.length * TARGET_QUESTION_RATE);
  // Just above the (allowed+1)-th highest negative score, rounded up to 0.01.
  const threshold = Math.ceil(((negatives[allowed] ?? 0) + 1e-9) * 100) / 100;
  const over = (s: number): boolean => s >= threshold;
  return {
    threshold,
    questionRate: negatives.filter(over).length / negatives.length,
    recallAnyFlag: positives.filter((p) => over(p.score)).length / positives.length,
    recallRightFlag: positives.filter((p) => over(p.score) && p.right).length / positives.length,
  };
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
}
