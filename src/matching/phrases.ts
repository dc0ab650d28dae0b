// Synonym phrases: a token trie over stems, so "back of my knees" and "back of the knee" both become
// the canonical "posterior knee" in one left-to-right pass (longest phrase wins).
import type { SynonymGroup } from '../knowledge/types';
import { stem } from './normalize';
import { ENGLISH } from './lang/en';
import type { LanguageProfile } from './lang/index';

/** A token after stemming; `surface` is what the person typed (after folding). */
export interface Tok {
  surface: string;
  stem: string;
  /** Set when this token came out of a synonym rewrite (the variant it replaced). */
  from?: string;
}

interface Node {
  next: Map<string, Node>;
  /** Canonical stems when a phrase ends here. */
  output?: string[];
  variant?: string;
}

export interface PhraseRewriter {
  rewrite(tokens: Tok[]): Tok[];
  /** Every surface word the synonym list knows (for the typo corrector's vocabulary). */
  readonly surfaceWords: ReadonlySet<string>;
  /** The language the phrases (and every text analysed with this rewriter) are in. */
  readonly language: LanguageProfile;
}

/**
 * Surface text → stemmed tokens with fillers removed: the key a phrase is stored under. Fillers a
 * curator's phrase may carry that a message may leave out ("the back of the knee"); "left"/"right"
 * are skipped in messages ("my left knee") but kept in keys ("right away").
 */
function phraseKey(text: string, lang: LanguageProfile): string[] {
  return lang
    .tokenize(text)
    .filter((t) => !lang.phraseFillers.has(t) || lang.keyKeeps.has(t))
    .map(lang.stem);
}

export function toToks(surface: string[]): Tok[] {
  return surface.map((s) => ({ surface: s, stem: stem(s) }));
}

export function createPhraseRewriter(groups: readonly SynonymGroup[], lang: LanguageProfile = ENGLISH): PhraseRewriter {
  const { tokenize } = lang;
  const root: Node = { next: new Map() };
  function insert(key: readonly string[], output: string[], variant: string): void {
    let node = root;
    for (const k of key) {
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = { next: new Map() }));
      node = child;
    }
    // First definition wins: curators see the earlier group as the meaning.
    if (!node.output) {
      node.output = output;
      node.variant = variant;
    }
  }
  const surfaceWords = new Set<string>();
  for (const group of groups) {
    const output = tokenize(group.canonical).map(lang.stem);
    for (const w of tokenize(group.canonical)) surfaceWords.add(w);
    for (const variant of [...group.variants, group.canonical]) {
      const key = phraseKey(variant, lang);
      for (const w of tokenize(variant)) surfaceWords.add(w);
      // The canonical maps to itself, so "iliotibial band" is consumed whole and never becomes
      // "iliotibial band band" through its shorter variant "iliotibial".
      if (key.length === 0) continue;
      insert(key, output, variant);
    }
  }

  // A variant may itself contain another group's variant ("tendon below the knee cap" holds
  // "knee cap" → patella). After the first pass a message says "tendon below patella", so each
  // key is also stored in that rewritten form.
  for (const group of groups) {
    const output = tokenize(group.canonical).map(lang.stem);
    for (const variant of [...group.variants, group.canonical]) {
      const key = phraseKey(variant, lang);
      // Only shorter phrases may rewrite parts of it, or the key would just turn into its canonical.
      const rewritten = rewriteOnce(
        key.map((k) => ({ surface: k, stem: k })),
        key.length - 1,
      ).map((t) => t.stem);
      if (rewritten.length > 0 && rewritten.join(' ') !== key.join(' ')) insert(rewritten, output, variant);
    }
  }

  /**
   * Two passes: the first turns text-speak into words ("thru" → "through"), so the second can
   * see phrases made of them ("run thru the pain" → "run through the pain" → "run through").
   */
  function rewrite(tokens: Tok[]): Tok[] {
    return rewriteOnce(rewriteOnce(tokens));
  }

  function rewriteOnce(tokens: Tok[], maxDepth = Infinity): Tok[] {
    const out: Tok[] = [];
    let i = 0;
    while (i < tokens.length) {
      let node: Node | undefined = root;
      let j = i;
      let depth = 0;
      let best: { end: number; node: Node } | undefined;
      while (node && j < tokens.length && depth < maxDepth) {
        const tok = tokens[j] as Tok;
        const child: Node | undefined = node.next.get(tok.stem);
        if (child) {
          node = child;
          j++;
          depth++;
          if (node.output) best = { end: j, node };
        } else if (j > i && (lang.phraseFillers.has(tok.surface) || NUMBER.test(tok.surface))) {
          j++; // skip "the", "my" and amounts ("lose 30 pounds") inside a phrase
        } else break;
      }
      if (best && best.node.output) {
        const span = tokens.slice(i, best.end);
        const from = span.map((t) => t.from ?? t.surface).join(' ');
        const same = span.length === best.node.output.length && span.every((t, k) => t.stem === best.node.output?.[k]);
        if (same) out.push(...span);
        else for (const s of best.node.output) out.push({ surface: s, stem: s, from });
        i = best.end;
      } else {
        out.push(tokens[i] as Tok);
        i++;
      }
    }
    return out;
  }

  return { rewrite, surfaceWords, language: lang };
}

/** A number inside a phrase is an amount: "lose 30 pounds" is "lose pounds". */
const NUMBER = /^\d+(?:[.,]\d+)?$/;
