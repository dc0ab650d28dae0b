// Reading a message for matching: which sentences ask and which tell the story, the places named as
// places, the diagnoses named and not doubted, and how much each word counts. Nothing here scores.
import type { KneeLocation } from '../knowledge/types';
import { analyze, type Analysis } from './analyzer';
import type { MatcherIndex } from './buildIndex';
import { mentionsKnee } from './outOfScope';
import type { Tok } from './phrases';
import { splitPost, wordCount, type PostPart } from './posts';

/** A message read for matching: its analysis and how much each term counts. */
export interface ReadMessage {
  analysis: Analysis;
  /** term → weight factor (1 in a sentence that asks, storyWeight in the story); absent = 1. */
  factors?: ReadonlyMap<string, number>;
  /** The clauses that ask, analysed alone, when there are two or more (for a second answer). */
  questions: Analysis[];
  /** The place named in a sentence that says it hurts, when sentences name different places. */
  sorePlace?: { location: KneeLocation; alias: string };
  /**
   * A long post's places named as places: by a phrase ("outer side of my knee") or by one word in
   * a clause that names the knee or a pain ("the back of my knee", "it aches on the inside"; not
   * "cut back my mileage").
   */
  placed?: ReadonlySet<KneeLocation>;
  /** A long post (at least postMinWords words). */
  post: boolean;
  /** Diagnoses a long post names, sentence by sentence, not denied or doubted (ix.diagnoses indexes). */
  named?: readonly number[];
  /** The factors weigh a title above the story, the post asking nothing itself (see storyFactors). */
  titleAsks?: boolean;
  /** The sentences that ask, in a message that has story sentences too. */
  asking?: Analysis;
  /** The writer speaks of their own body (see ownBody). */
  own?: boolean;
  /**
   * Every sentence that names the knee says it is sound ("my knees are fine", "las rodillas no me
   * duelen nada", "la rodilla perfecta"): a post about the calf or the shin that says so is not
   * about the knee (round 23).
   */
  kneeSound?: boolean;
  truncated: boolean;
  /**
   * Whether the part cut off a long message names the knee: it is not about another body part or topic
   * ("…rides on an empty stomach… [cut] …my knees were feeling sore"), though only the part read is
   * matched. A function, read only when the part read names no knee: analysing the rest of every long
   * post cost the matcher's p99 a third.
   */
  kneeLater?: () => boolean;
}

export interface Reader {
  read(text: string): ReadMessage;
  analyze(text: string): Analysis;
  namesKnee(analysis: Analysis): boolean;
  /** The knee is named once, and not as the writer's own ("my knee"): in passing (see index.ts). */
  kneeOnceInPassing(analysis: Analysis): boolean;
}

export function createReader(ix: MatcherIndex): Reader {
  const cfg = ix.cfg;
  const analyzeText = (text: string): Analysis => analyze(text, ix.rewriter, ix.analyzeOptions);

  function read(text: string): ReadMessage {
    const truncated = text.length > cfg.maxChars;
    const cut = truncated ? text.slice(0, cfg.maxChars) : text;
    const kneeLater = (): boolean => truncated && namesKnee(analyzeText(text.slice(cfg.maxChars)));
    return { ...readParts(cut, truncated), own: ownBody(cut), kneeLater };
  }

  /**
   * Whether the words name the knee as the writer wrote them. A generic knee word a synonym adds to
   * a word that does not name it ("diagnosis" → "assess knee", round 19: a gout post's "the
   * diagnoses process") does not count; a knee structure a synonym names ("ITB" → iliotibial) does.
   */
  const variantNamesKnee = new Map<string, boolean>();
  function namesKnee(a: Analysis): boolean {
    return a.tokens.some((t) => {
      if (!ix.kneeTerms.has(t.stem)) return false;
      if (!t.from || !ix.genericTerms.has(t.stem)) return true;
      // A word the synonyms turn into the knee word alone is a name for the knee (Spanglish "knee" → rodilla);
      // one that adds the knee word to other words ("diagnosis" → "assess knee") is not.
      if (a.tokens.every((u) => u.from !== t.from || ix.kneeTerms.has(u.stem))) return true;
      let named = variantNamesKnee.get(t.from);
      if (named === undefined) {
        named = ix.language.tokenize(t.from).some((w) => ix.kneeTerms.has(ix.language.stem(w)));
        variantNamesKnee.set(t.from, named);
      }
      return named;
    });
  }

  /**
   * "I…", "me", or "my" within two words before a knee word, in the words as written (before
   * synonyms fold "me duele" into "dolor"): the writer's own knee, not only a pet's.
   */
  function ownBody(text: string): boolean {
    const { selfWords, possessive, tokenize, stem } = ix.language;
    const words = tokenize(text);
    return words.some(
      (w, i) =>
        selfWords.has(w) ||
        (ix.kneeTerms.has(stem(w)) && words.slice(Math.max(0, i - 2), i).some((p) => possessive.has(p))),
    );
  }

  function readParts(cut: string, truncated: boolean): ReadMessage {
    // One sentence with no comma (most short questions): nothing to split, skip the sentence work.
    const parts = /[.!?;,\n]/.test(cut.trimEnd().slice(0, -1)) ? splitPost(cut, ix.language) : [];
    const post = wordCount(cut) >= cfg.postMinWords;
    if (parts.length < 2) {
      const analysis = analyzeText(cut);
      return { analysis, questions: [], truncated, post, named: post ? namedIn([analysis]) : undefined };
    }
    const analysed = parts.map((p) => ({ part: p, analysis: analyzeText(p.text) }));
    const analysis = concat(analysed.map((a) => a.analysis));
    const asking = analysed.filter((a) => a.part.asks);
    const named = post
      ? namedIn(
          analysed.map((a) => a.analysis),
          asking.map((a) => a.analysis),
        )
      : undefined;
    // A condition feared keeps its say in the story as a named one does ("…tearing her ACL. Can she
    // prevent this?").
    const feared = post ? fearedIn(analysed.map((a) => a.analysis)) : [];
    const factors = post ? storyFactors(analysed, [...(named ?? []), ...feared]) : undefined;
    return {
      analysis,
      named,
      sorePlace: sorePlace(analysed.map((a) => a.part.text)),
      placed: post ? placedIn(analysed.map((a) => a.analysis)) : undefined,
      factors,
      titleAsks: factors !== undefined && asking.length === 0,
      // A post with no sentence that asks usually ends on what it wants ("I need some ideas…").
      asking:
        asking.length > 0 && asking.length < analysed.length
          ? concat(asking.map((a) => a.analysis))
          : asking.length === 0
            ? analysed[analysed.length - 1]!.analysis
            : undefined,
      questions: asking.length >= 2 ? asking.map((a) => a.analysis) : [],
      kneeSound: post && kneeSaidSound(analysed.map((a) => a.analysis)),
      truncated,
      post,
    };
  }

  /**
   * Each sentence that names the knee says it is sound, and says nothing hurts but denied: a word for
   * sound within a few words of the knee word ("my knees are fine", "las rodillas las tengo bien"),
   * or the pain denied ("my knees don't hurt", "las rodillas no me duelen nada"). "My knees are fine
   * walking but hurt running" still speaks of a sore knee.
   */
  function kneeSaidSound(sentences: readonly Analysis[]): boolean {
    const { words } = ix.language.soundAfter;
    let named = 0;
    for (const { tokens } of sentences) {
      const knees = tokens.flatMap((t, i) => (ix.kneeTerms.has(t.stem) ? [i] : []));
      if (knees.length === 0) continue;
      named++;
      const denied = (i: number): boolean =>
        tokens.slice(Math.max(0, i - SOUND_WINDOW), i).some((t) => SOUND_DENIALS.has(t.surface));
      const pains = tokens.flatMap((t, i) => (ix.painTerms.has(t.stem) ? [i] : []));
      if (pains.some((i) => !denied(i))) return false;
      const sound = knees.some((k) =>
        tokens
          .slice(k + 1, k + 1 + SOUND_WINDOW + 2)
          .some((t, j) => words.has(t.surface) || (pains.includes(k + 1 + j) && denied(k + 1 + j))),
      );
      if (!sound) return false;
    }
    return named > 0;
  }

  /**
   * "I got hit on the outside of my knee and now the inside hurts": when sentences name different
   * places, the place is the one named where the message says it hurts (the first such sentence).
   */
  function sorePlace(sentences: readonly string[]): ReadMessage['sorePlace'] {
    const clauses = sentences.flatMap((s) => s.split(CLAUSE_BREAK));
    const hits = clauses.map((c) => {
      const terms = analyzeText(c).terms;
      return { hit: ix.extractor.location(terms), terms };
    });
    const places = new Set(hits.flatMap((h) => (h.hit ? [h.hit.location] : [])));
    if (places.size < 2) return undefined;
    const sore = hits.filter((h) => h.hit && h.terms.some((t) => ix.painTerms.has(t)));
    const preferred = sore.length > 0 && new Set(sore.map((h) => h.hit!.location)).size === 1 ? sore[0] : undefined;
    return preferred?.hit;
  }

  /** Places a long post names as places (see ReadMessage.placed), sentence by sentence. */
  function placedIn(sentences: readonly Analysis[]): Set<KneeLocation> {
    const placed = new Set<KneeLocation>();
    for (const { terms, tokens } of sentences) {
      const sore = terms.some((t) => ix.painTerms.has(t)) || mentionsKnee(terms, ix.kneeTerms);
      for (const hit of ix.extractor.locations(terms)) {
        // A phrase of two or more terms, or one that is a knee word itself ("kneecap"), is a place.
        if (
          hit.terms.length > 1 ||
          mentionsKnee(hit.terms, ix.kneeTerms) ||
          (sore && (usedAsPlace(tokens, hit.alias) || saidWherePain(tokens, hit.terms[0]!)))
        )
          placed.add(hit.location);
      }
    }
    return placed;
  }

  /**
   * "my knees start hurting on the sides": a phrase that says where it hurts, folded by the synonyms
   * into the pain and the place (knowledge/synonyms.yaml), names the place (round 22).
   */
  function saidWherePain(tokens: readonly Tok[], place: string): boolean {
    return tokens.some(
      (t) =>
        t.stem === place && t.from !== undefined && tokens.some((u) => u.from === t.from && ix.painTerms.has(u.stem)),
    );
  }

  /** A one-word place is used as a place at least once, not only in idioms ("came back", "back to running"). */
  function usedAsPlace(tokens: readonly Tok[], alias: string): boolean {
    const { stem, placeIdioms } = ix.language;
    const word = stem(alias);
    return tokens.some(
      (t, i) =>
        t.stem === word &&
        !t.from &&
        !placeIdioms.before.has(tokens[i - 1]?.surface ?? '') &&
        !placeIdioms.after.has(tokens[i + 1]?.surface ?? '') &&
        !prepositionAt(tokens, i),
    );
  }

  /** "one foot in front of the other", "in back of the truck": a preposition, unless the knee follows. */
  function prepositionAt(tokens: readonly Tok[], i: number): boolean {
    if (tokens[i - 1]?.surface !== 'in' || tokens[i + 1]?.surface !== 'of') return false;
    const next = tokens.slice(i + 2).find((t) => !ix.language.keyKeeps.has(t.surface));
    return next === undefined || !ix.kneeTerms.has(next.stem);
  }

  /**
   * The diagnoses named and not denied or doubted in the words just before the name ("I've got
   * popliteal tendonitis", not "I doubt it is the cartilage" or "my dad thinks it could be
   * arthritis"; "I have osteoarthritis and can't run" still names it), nor said to be sound just after
   * it ("his ACL and MCL were fine").
   */
  function namedIn(sentences: readonly Analysis[], asking: readonly Analysis[] = []): number[] {
    const found = whoseKnee(sentences);
    // "My son… says it is chondromalacia. Does that mean torn cartilage?", "…tearing her ACL. Can she
    // prevent this?": a condition feared, or named and asked about without the child, is what a parent
    // asks about; the child is only whose knee it is ("…patellofemoral pain. How can we help her?" still
    // asks about the child). Round 22.
    const person = (i: number): boolean => ix.diagnoses[i]!.person;
    const condition = found.some((i) => !person(i)) && !asking.some((a) => speaksOfChild(a, found.filter(person)));
    const prevent = ix.language.preventWords;
    const prevention = prevent !== undefined && asking.some((a) => a.tokens.some((t) => prevent.has(t.surface)));
    if (condition || (prevention && fearedIn(sentences).length > 0)) return found.filter((i) => !person(i));
    return found;
  }

  /** The sentence names the child (a person diagnosis's word) or speaks of them ("help her", "he"). */
  function speaksOfChild(a: Analysis, persons: readonly number[]): boolean {
    const third = ix.language.thirdPerson;
    return (
      persons.some((i) => ix.diagnoses[i]!.terms.every((t) => a.terms.includes(t))) ||
      (third !== undefined && a.tokens.some((t) => third.has(t.surface)))
    );
  }

  /**
   * Diagnoses the writer fears or wants to keep off ("I'm concerned about her tearing her ACL",
   * "how can I prevent arthritis?"): not named, but what a question about preventing it is about.
   */
  function fearedIn(sentences: readonly Analysis[]): number[] {
    const fear = ix.language.fearWords;
    if (!fear) return [];
    const found = new Set<number>();
    for (const a of sentences) {
      const present = new Set(a.terms);
      ix.diagnoses.forEach((d, i) => {
        if (d.person || !d.terms.every((t) => present.has(t))) return;
        const at = a.tokens.findIndex((t) => t.stem === d.terms[0]);
        if (a.tokens.some((t, j) => j < at && at - j <= cfg.doubtWindow && fear.has(t.surface))) found.add(i);
      });
    }
    return [...found];
  }

  function whoseKnee(sentences: readonly Analysis[]): number[] {
    const found = new Set<number>();
    const mine = sentences.some((a) => saysMyKnee(a.tokens));
    for (const a of sentences) {
      const present = new Set(a.terms);
      ix.diagnoses.forEach((d, i) => {
        if (!d.terms.every((t) => present.has(t)) || (d.person && mine)) return;
        const at = a.tokens.findIndex((t) => t.stem === d.terms[0]);
        const doubted = a.tokens.some(
          (t, j) => j < at && at - j <= cfg.doubtWindow && ix.language.doubtWords.has(t.surface),
        );
        if (!doubted && !saidSound(a.tokens, at)) found.add(i);
      });
    }
    return [...found];
  }

  /**
   * "the meniscus is more or less healthy", "his ACL and MCL were fine": after the name at `at` (and
   * other structures joined to it), a linking verb, hedge words, then a word for sound.
   */
  const JOINERS: ReadonlySet<string> = new Set(['and', 'y', 'the', 'el', 'la', 'los', 'las', 'both']);
  const diagnosisTerms = new Set(ix.diagnoses.flatMap((d) => d.terms));
  function saidSound(tokens: readonly Tok[], at: number): boolean {
    const { links, hedges, words } = ix.language.soundAfter;
    let j = at + 1;
    const named = (t: Tok): boolean => ix.kneeTerms.has(t.stem) || diagnosisTerms.has(t.stem);
    while (j < tokens.length && j - at <= cfg.doubtWindow && (JOINERS.has(tokens[j]!.surface) || named(tokens[j]!)))
      j++;
    if (!links.has(tokens[j]?.surface ?? '')) return false;
    j++;
    while (j < tokens.length && hedges.has(tokens[j]!.surface)) j++;
    return words.has(tokens[j]?.surface ?? '');
  }

  /** "my knee", "my left knee": a possessive just before a knee word (side words skipped). */
  function saysMyKnee(tokens: readonly Tok[]): boolean {
    const { possessive, keyKeeps } = ix.language;
    return tokens.some((t, i) => {
      if (!ix.kneeTerms.has(t.stem)) return false;
      let j = i - 1;
      while (j >= 0 && keyKeeps.has(tokens[j]!.surface)) j--;
      return j >= 0 && possessive.has(tokens[j]!.surface);
    });
  }

  /**
   * In a long post the words of the sentences that ask count fully and the story's words count
   * storyWeight: the story still gives context (place, activity, timing) but no longer outweighs
   * the question. Only when the asking sentences carry content of their own ("any advice?" does
   * not), and never for short messages.
   */
  function storyFactors(
    analysed: Array<{ part: PostPart; analysis: Analysis }>,
    named: readonly number[],
  ): Map<string, number> | undefined {
    // A blog that asks nothing is about what its title names ("No kneeling!", "Torn ACL"): its
    // title's words then count as the ask's (round 19).
    const asks = analysed.some((a) => a.part.asks);
    const asking = new Set(
      analysed.filter((a) => (asks ? a.part.asks : a.part.title === true)).flatMap((a) => a.analysis.terms),
    );
    if (asking.size === 0 || asking.size === new Set(analysed.flatMap((a) => a.analysis.terms)).size) return undefined;
    let content = 0;
    let words = 0;
    for (const t of asking) {
      const w = ix.idf.get(t);
      if (w === undefined) continue;
      content += w;
      words++;
    }
    if (words < 2 || content < cfg.specificWeight) return undefined;
    // A diagnosis the story names ("my doctor said it's osteoarthritis") keeps its full say.
    const keep = new Set(named.flatMap((i) => ix.diagnoses[i]!.terms));
    // …and so does an activity the story says hurts ("when I cycle I get pain at the front").
    for (const { analysis: a } of analysed) {
      const terms = a.terms;
      if (!terms.some((t) => ix.painTerms.has(t)) && !mentionsKnee(terms, ix.kneeTerms)) continue;
      for (const t of terms) if (ix.activityTerms.has(t)) keep.add(t);
    }
    const factors = new Map<string, number>();
    for (const a of analysed)
      for (const t of a.analysis.terms) if (!asking.has(t) && !keep.has(t)) factors.set(t, cfg.storyWeight);
    return factors;
  }

  function kneeOnceInPassing(a: Analysis): boolean {
    return a.tokens.filter((t) => ix.kneeTerms.has(t.stem)).length === 1 && !saysMyKnee(a.tokens);
  }

  return { read, analyze: analyzeText, namesKnee, kneeOnceInPassing };
}

/** Words that deny the pain after them ("don't hurt", "no me duelen"), and how far back they reach. */
const SOUND_DENIALS: ReadonlySet<string> = new Set(['not', 'dont', 'doesnt', 'never', 'no', 'nunca', 'ni']);
const SOUND_WINDOW = 3;

/** Where a sentence turns to another clause ("…hit on the outside, and now the inside hurts"). */
const CLAUSE_BREAK = /[,;:]|\b(?:and|but|now|then|y|pero|ahora|luego)\b/i;

function concat(list: readonly Analysis[]): Analysis {
  return {
    terms: list.flatMap((a) => a.terms),
    tokens: list.flatMap((a) => a.tokens),
    corrections: list.flatMap((a) => a.corrections),
    rewrites: list.flatMap((a) => a.rewrites),
  };
}
