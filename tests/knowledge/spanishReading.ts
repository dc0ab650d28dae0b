// Szigriszt-Pazos perspicuity, read on the INFLESZ scale (Barrio-Cantalejo et al., 2008, validated
// on Spanish patient information): 206.835 − 62.3·(syllables/words) − (words/sentences).
// Below 40 very hard, 40–55 somewhat hard, 55–65 normal, 65–80 fairly easy, over 80 very easy.
// No well-kept npm package counts Spanish syllables (`syllable` is English), so the count is the
// standard vowel-group rule: one syllable per group, plus one where two strong vowels (a, e, o) meet
// or an accented í/ú breaks a diphthong.

/** Syllables of one Spanish word. */
export function spanishSyllables(word: string): number {
  const groups = word.toLowerCase().match(/[aeiouáéíóúü]+/g) ?? [];
  let n = 0;
  for (const g of groups) {
    n += 1;
    for (let i = 1; i < g.length; i += 1) {
      const a = g[i - 1] as string;
      const b = g[i] as string;
      if (/[aeoáéó]/.test(a) && /[aeoáéó]/.test(b)) n += 1;
      else if (/[íú]/.test(a) || /[íú]/.test(b)) n += 1;
    }
  }
  return Math.max(1, n);
}

/** Reading ease of curated text: markdown removed, each "- " list item read as a sentence. */
export function spanishReadingEase(text: string): number {
  const plain = text.replace(/\*\*([^*]+)\*\*/g, '$1').replace(/\*([^*]+)\*/g, '$1');
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const line of plain.split('\n')) {
    const unit = line.replace(/^\s*-\s+/, '').trim();
    if (unit === '') continue;
    sentences += Math.max(1, unit.split(/(?<=[.!?:;])\s+/).filter((s) => /\p{L}/u.test(s)).length);
    for (const w of unit.match(/\p{L}+/gu) ?? []) {
      words += 1;
      syllables += spanishSyllables(w);
    }
  }
  if (words === 0) return 100;
  return 206.835 - 62.3 * (syllables / words) - words / sentences;
}
