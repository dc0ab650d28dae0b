// Emojis people use for a symptom or a body part, read as the word ("🔥 knee" = hot knee, "🤒" =
// fever). Each language gives its words; this reads them the same way for both. 🔥 is also praise
// ("leg day 🔥", "killed it 🔥"), so it reads as "hot" only beside another sign of an inflamed joint
// (`inflamedSigns`), as in "red n hot 🔥 and a fever 🤒".
const FIRE = '🔥';

/** `(text) => text with each known emoji replaced by its word, padded with spaces`. */
export function emojiReader(words: Readonly<Record<string, string>>, inflamedSigns: RegExp): (text: string) => string {
  const pattern = new RegExp(Object.keys(words).join('|'), 'gu');
  return (text) => {
    const fireIsHot = inflamedSigns.test(text);
    return text.replace(pattern, (e) => (e === FIRE && !fireIsHot ? ' ' : ` ${words[e] as string} `));
  };
}
