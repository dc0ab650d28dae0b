// One analysis pipeline for knowledge text and messages alike, in the rewriter's language:
// fold → tokens → (messages only) typo correction → stem → synonym phrases → stop words out.
import type { PhraseRewriter, Tok } from './phrases';
import type { TypoCorrector } from './fuzzy';

export interface Analysis {
  /** Content terms (stems), in order, duplicates kept. */
  terms: string[];
  /** Every token after synonyms, stop words included (for phrase look-ups such as topics). */
  tokens: Tok[];
  /** Typos fixed, as "typed→known". */
  corrections: string[];
  /** Synonym rewrites applied, as "variant→canonical". */
  rewrites: string[];
}

export interface AnalyzeOptions {
  corrector?: TypoCorrector;
  /** Surface words or stems that must never be "corrected". */
  isKnown?: (surface: string, stemmed: string) => boolean;
}

export function analyze(text: string, rewriter: PhraseRewriter, options: AnalyzeOptions = {}): Analysis {
  const { stem, stopWords } = rewriter.language;
  const corrections: string[] = [];
  const surface = rewriter.language.tokenize(text);
  const toks: Tok[] = surface.map((s) => {
    const st = stem(s);
    if (options.corrector && !stopWords.has(s) && !(options.isKnown?.(s, st) ?? false)) {
      const fix = options.corrector.correct(s);
      if (fix) {
        corrections.push(`${s}→${fix.to}`);
        return { surface: fix.to, stem: stem(fix.to) };
      }
    }
    return { surface: s, stem: st };
  });
  const rewritten = rewriter.rewrite(toks);
  const rewrites: string[] = [];
  let run: { from: string; stems: string[] } | undefined;
  const flush = (): void => {
    if (run) rewrites.push(`${run.from}→${run.stems.join(' ')}`);
    run = undefined;
  };
  for (const t of rewritten) {
    if (t.from && run && t.from === run.from) run.stems.push(t.stem);
    else {
      flush();
      if (t.from) run = { from: t.from, stems: [t.stem] };
    }
  }
  flush();
  const terms = rewritten.filter((t) => !stopWords.has(t.surface)).map((t) => t.stem);
  return { terms, tokens: rewritten, corrections, rewrites };
}
