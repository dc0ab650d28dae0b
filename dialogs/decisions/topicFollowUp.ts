// A short question that only makes sense after an answer ("what can I do?", "and if it swells?",
// "how long does it take?", "should I ice it?" after the cycling-knee answer): read against the topic
// answered last (held a while in MainState, like dialogs/subject.ts holds a child), and answered from
// that topic's own words, the part that speaks to it, instead of being matched alone, where it finds
// "I'm not sure" or another topic's card. Pure: folded words in, a section of text out. EN + ES.
import type { Knowledge, KnowledgeEntry } from '../../src/knowledge/types';
import { foldToWords } from '../../src/text';

export type TopicAsk = 'helps' | 'how-long' | 'ice' | 'swells' | 'serious' | 'other-knee' | 'keep-playing';

/** In the order tried: the first family that matches names the ask. */
const ASKS: ReadonlyArray<readonly [TopicAsk, RegExp]> = [
  [
    'other-knee',
    /\b(?:(?:what about|and|how about) (?:my|his|her|the) other (?:knee|one|leg)|(?:my|his|her|the) other knee|now (?:both|the other) knees?|(?:y|que tal|que hay de) (?:la|mi|su) otra rodilla|la otra rodilla)\b/,
  ],
  [
    'swells',
    /\b(?:(?:and |what )?if (?:it|the knee|my knee) (?:swells?|gets? (?:swollen|puffy|bigger)|puffs? up|blows up)|what if (?:it s|its|it is) swollen|(?:y )?si (?:se )?(?:me |le )?(?:hincha|inflama)|y si se (?:me |le )?pone hinchad[ao]|y si (?:se )?(?:me |le )?(?:hincha|inflama))\b/,
  ],
  [
    'ice',
    /\b(?:(?:should|can|do|could) (?:i|we) (?:ice|heat) (?:it|my knee|the knee)|(?:ice|heat) or (?:heat|ice)|(?:is|would) (?:ice|icing|heat) (?:good|ok|okay|help)|(?:le pongo|pongo|me pongo) (?:hielo|calor)|(?:puedo|debo|deberia|se puede) (?:ponerle|poner|ponerme) (?:hielo|calor)|(?:sirve|ayuda) (?:el )?(?:hielo|calor)|hielo o calor|calor o hielo)\b/,
  ],
  [
    'how-long',
    /\b(?:how long (?:will|does|do|would|until|till|before|to|is|it)|when will (?:it|this|the pain) (?:get better|heal|go away|settle|stop|clear up)|how soon will (?:it|this) (?:get better|heal|settle)|cuanto (?:tiempo )?(?:tarda|dura|se tarda)|cuando se (?:me )?(?:quita|cura|mejora))\b/,
  ],
  // "does she have to sit out?", "can he keep playing?", "¿tiene que dejar de jugar?": the topic's words on playing on.
  [
    'keep-playing',
    /\b(?:(?:does|do|should|will|must|would) (?:he|she|they|i|we|my \w+) (?:have to |need to |got to |gotta )?(?:sit (?:it )?out|stop (?:playing|sport|sports|training|practice)|miss (?:tryouts|the game|games|practice|the season|the match)|skip (?:tryouts|practice|the game|games|the season))|can (?:he|she|they|i|we) (?:still |keep )(?:play|playing|train|training|practice|practise|compete|do tryouts)|(?:tiene|tengo|debe|debo) que (?:dejar de jugar|dejar el deporte|sentarse|parar)|puede seguir (?:jugando|entrenando))\b/,
  ],
  [
    'serious',
    /\b(?:is (?:it|this|that) serious|should i (?:be )?worr(?:y|ied)|do i need to see (?:someone|a doctor|a clinician|a physio)|when should i (?:see|get) (?:someone|a doctor|it checked)|es grave|me (?:debo|tengo que) preocupar|necesito ver a (?:un|alguien))\b/,
  ],
  [
    'helps',
    /^(?:(?:ok|okay|so|and|right|thanks|thank you|well|hmm|y|bueno|entonces|gracias)\s+)*(?:what (?:can|should|do) (?:i|we) do(?: about it| for it| then| now)?|what (?:helps|will help|would help|can help|works)|(?:any|some) (?:tips|advice|ideas)|how (?:do|can|should) (?:i|we) (?:fix|treat|help|ease) (?:it|this|that)|what do you (?:suggest|recommend)|(?:y )?que (?:puedo|debo) hacer|que (?:me )?(?:ayuda|sirve)|algun consejo)\b/,
  ],
];

/** Longer than this, the message says enough to be matched on its own. */
const MAX_WORDS = 9;

/** The context-dependent question a short message asks, if any. */
export function topicAsk(text: string): TopicAsk | undefined {
  const folded = foldToWords(text);
  if (folded === '') return undefined;
  if (folded.split(' ').length > MAX_WORDS) {
    // "he has tryouts in 2 weeks. does he have to sit out?": the closing question alone, for playing on
    // (a story before it is context, not a new topic).
    const last = foldToWords(
      text
        .split(/(?<=[.!?,;])\s+/)
        .filter((p) => p.trim() !== '')
        .pop() ?? '',
    );
    return last.split(' ').length <= MAX_WORDS && KEEP_PLAYING.test(last) ? 'keep-playing' : undefined;
  }
  return ASKS.find(([, re]) => re.test(folded))?.[0];
}
const KEEP_PLAYING = ASKS.find(([ask]) => ask === 'keep-playing')![1];

/** What a paragraph of the topic's answer must speak of to answer the ask. */
const SECTION: Readonly<Record<Exclude<TopicAsk, 'helps' | 'other-knee'>, RegExp>> = {
  swells: /\b(?:swell\w*|swollen|hinch\w*|inflam\w*)\b/,
  ice: /\b(?:ice|icing|heat|cold pack|hielo|calor)\b/,
  'how-long': /\b(?:weeks?|months?|settle\w*|heal\w*|semanas?|meses|sana\w*|mejora\w*)\b/,
  serious: /\b(?:see a (?:clinician|doctor|physio)|get it checked|have it checked|vea a|consulte|revis\w*)\b/,
  'keep-playing':
    /\b(?:keep (?:playing|running|training)|playing|sit out|sport|sports|seguir jugando|jugar|jugando|deporte)\b/,
};

/**
 * The part of the topic's answer that speaks to the ask: for "what helps", everything after the
 * opening paragraph (which says what it is); for the others, the paragraphs that name the thing
 * asked. Undefined when the topic says nothing about it (answered as usual then).
 */
export function topicSection(entry: KnowledgeEntry, ask: TopicAsk): string | undefined {
  if (ask === 'other-knee') return undefined;
  const paragraphs = entry.answer
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (ask === 'helps') return paragraphs.length > 1 ? paragraphs.slice(1).join('\n\n') : undefined;
  const wanted = SECTION[ask];
  const found = paragraphs.filter((p) => wanted.test(foldToWords(p)));
  return found.length > 0 ? found.join('\n\n') : undefined;
}

/**
 * "Is it serious?" right after a topic: when to get that topic checked, from the knowledge itself. A common
 * cause of one of the assessment's places (runner's knee, IT band syndrome …) is usually not serious, and
 * its place says when to see someone ("swells, locks or gives way"); any other topic gives its own
 * paragraphs about a check, or the knee in general's. `usual`: the topic is one of those common causes.
 */
export function topicCheckWhen(knowledge: Knowledge, entry: KnowledgeEntry): { usual: boolean; when: string } {
  const place = knowledge.locations.find((l) => l.conditionIds.includes(entry.id));
  if (place) return { usual: true, when: place.whenToSeeSomeone.trim() };
  const own = topicSection(entry, 'serious');
  return { usual: false, when: own ?? knowledge.general.whenToSeeSomeone.trim() };
}
