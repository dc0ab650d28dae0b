// Recognises the few words that steer the conversation ("help", "cancel", "start over", "call",
// "call me back"). Pure. Only a message that IS the command counts: "I had to stop running" is a
// question for the matcher, not "stop". Spanish phrases: ./commandPhrasesEs.ts.
import { memoByKey } from '../src/recentlyUsed';
import { asciiWords, foldToWords } from '../src/text';
import { SPANISH_FILLER, SPANISH_LEADS, SPANISH_PHRASES } from './commandPhrasesEs';

export type Command = 'help' | 'cancel' | 'start-over' | 'call' | 'callback' | 'greeting' | 'thanks' | 'bye';

const PHRASES: Record<Command, string[]> = {
  // Small talk: a matcher "not sure" would be a strange answer to "hello".
  greeting: [
    'hi',
    'hello again',
    'hi again',
    'hey again',
    'im back',
    'hey',
    'hello',
    'hi there',
    'hey there',
    'hiya',
    'howdy',
    'good morning',
    'good afternoon',
    'good evening',
    'yo',
    'hello there',
    'greetings',
    'sup',
    'whats up',
  ],
  thanks: [
    'thanks',
    'thank you',
    'thx',
    'ty',
    'cheers',
    'thanks a lot',
    'thank you so much',
    'thanks so much',
    'great thanks',
    'ok thanks',
    'perfect',
    'great',
    'got it',
    'awesome',
    'cool',
  ],
  bye: [
    'bye',
    'goodbye',
    'good bye',
    'bye bye',
    'see you',
    'see ya',
    'later',
    'thats all',
    'that is all',
    'im done',
    'done',
    'nothing else',
    'no thanks',
  ],
  help: [
    'help',
    'help me',
    'menu',
    'main menu',
    'options',
    'commands',
    'what can you do',
    'what can i ask',
    'what do you do',
    'how does this work',
    'i need help',
  ],
  cancel: [
    'cancel',
    'cancel that',
    'cancel it',
    'stop',
    'stop that',
    'stop it',
    'quit',
    'exit',
    'abort',
    'never mind',
    'nevermind',
    'nvm',
    'forget it',
    'forget that',
  ],
  'start-over': [
    'start over',
    'start again',
    'start from scratch',
    'restart',
    'reset',
    'begin again',
    'from the top',
    'start afresh',
    'lets start over',
    'lets start again',
  ],
  call: [
    'call',
    'phone',
    'book',
    'call the clinic',
    'call clinic',
    'call you',
    'call now',
    'phone the clinic',
    'phone number',
    'your phone number',
    'the phone number',
    'clinic phone number',
    'number',
    'telephone',
    'call the office',
    'contact',
    'contact the clinic',
    'book an appointment',
    'book appointment',
    'book a visit',
    'book a consultation',
    'make an appointment',
    'appointment',
    'schedule an appointment',
    'talk to someone',
    'speak to someone',
    'talk to a person',
    'speak to a person',
    'talk to a human',
    'speak to a human',
    'human',
    'real person',
    'a real person',
    'a human',
    'a person',
    'an actual person',
    'a real human',
    'a live person',
    'someone real',
    'somebody real',
    'a receptionist',
    'reception',
    'the front desk',
    'a nurse',
    'staff',
  ],
  callback: [
    'call me back',
    'call me',
    'callback',
    'call back',
    'a callback',
    'request a callback',
    'request callback',
    'request call back',
    'can you call me',
    'can you call me back',
    'could you call me',
    'could you call me back',
    'please call me',
    'please call me back',
    'ring me',
    'ring me back',
    'have someone call me',
    'get a callback',
    'i want a callback',
    'id like a callback',
    'phone me',
    'phone me back',
    'give me a call',
    'give me a call back',
    'call me later',
    'someone call me',
    'someone call me back',
  ],
};

// Politeness around a command: "help please", "ok cancel", "can I start over?"
const FILLER = new Set([
  'please',
  'pls',
  'plz',
  'ok',
  'okay',
  'thanks',
  'thank',
  'you',
  'just',
  'now',
  'hey',
  'hi',
  'um',
  'uh',
  'so',
]);
const LEADS = [
  'can i ',
  'could i ',
  'can we ',
  'could we ',
  'i want to ',
  'i would like to ',
  'id like to ',
  'i wanna ',
  'lets ',
  'let me ',
  'can someone ',
  'could someone ',
  'can somebody ',
  'could somebody ',
  'can anyone ',
  'could anyone ',
  'can you ',
  'could you ',
  'would you ',
  'will you ',
  'can u ',
  'could u ',
  'i need someone to ',
  'i want someone to ',
  'id like someone to ',
  'have someone ',
  'have a doctor ',
  'can a doctor ',
  'could a doctor ',
  'i want a doctor to ',
  'id like a doctor to ',
  'have a nurse ',
  'can a nurse ',
  'have somebody ',
  'have a person ',
  'can a person ',
  'can a real person ',
  'have a real person ',
  // "get me a real person", "put me through to someone", "I want a human"
  'get me ',
  'give me ',
  'i want ',
  'i need ',
  'id like ',
  'i would like ',
  'connect me to ',
  'connect me with ',
  'put me through to ',
  'let me talk to ',
  'let me speak to ',
  'i want to talk to ',
  'i want to speak to ',
  'i need to talk to ',
  'i need to speak to ',
  'can i talk to ',
  'can i speak to ',
];

for (const w of SPANISH_FILLER) FILLER.add(w);
LEADS.push(...SPANISH_LEADS);

const LOOKUP: Map<string, Command> = new Map(
  [PHRASES, SPANISH_PHRASES].flatMap((table) =>
    (Object.entries(table) as [Command, string[]][]).flatMap(([command, phrases]) =>
      phrases.map((p) => [p, command] as const),
    ),
  ),
);

// A turn asks about its message a handful of times (the welcome check, the route table, the quit and
// language checks), and buttons and common questions come back all the time: both readings below keep
// their last texts. Pure functions of the text, with string results (tests/perf/commandMemo.test.ts).
const recentFolds = memoByKey(200, (text) => normalizeCommandTextPlain(text));
const recentCommands = memoByKey(200, (text) => classifyCommandPlain(text));

/** Lower case, apostrophes dropped ("let's" → "lets"), punctuation to spaces, fillers removed. */
export function normalizeCommandText(text: string): string {
  return recentFolds(text);
}

/** normalizeCommandText without the memo (tests compare the two). */
export function normalizeCommandTextPlain(text: string): string {
  // Plain ASCII has no accents or curly quotes: asciiWords is this same fold, several times faster.
  let t = asciiWords(text) ?? commandFoldGeneral(text);
  if (LOOKUP.has(t)) return t; // "thank you", "hi there": the filler IS the message
  t = t
    .split(' ')
    .filter((w) => !FILLER.has(w))
    .join(' ');
  for (const lead of LEADS) {
    if (t.startsWith(lead) && LOOKUP.has(t.slice(lead.length))) return t.slice(lead.length);
  }
  return t;
}

/** The fold of normalizeCommandText for any text (tests: asciiWords agrees with it on ASCII). */
export function commandFoldGeneral(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '') // accents off: "adiós" → "adios"
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const ENGLISH_PHRASES = new Set(Object.values(PHRASES).flat());
const SPANISH_ONLY = new Set(
  Object.values(SPANISH_PHRASES)
    .flat()
    .filter((p) => !ENGLISH_PHRASES.has(p)),
);

/** "hola", "gracias", "ayuda", "adiós": a whole message that is a Spanish command (the language's hint). */
export function isSpanishCommand(text: string): boolean {
  return SPANISH_ONLY.has(normalizeCommandText(text));
}

/** 🙏, ❤️, 😊 on their own: a thank-you (👍 is a "yes" where a yes/no is asked, so not here). */
const THANKS_EMOJI = /^[\s\u{1F64F}\u2764\u{1F60A}\u{1F970}\u{1F917}\uFE0F\u200D\u{1F3FB}-\u{1F3FF}]+$/u;

/** "bye", "ok bye", "adiós": leaving, whatever was being asked (unlike "no thanks" or "done"). */
const FAREWELL =
  /^(?:(?:ok|okay|thanks|thank you|gracias|well)\s+)*(?:bye|goodbye|good bye|bye bye|see you|see ya|adios|hasta luego|chao|ciao)(?:\s+(?:now|then|thanks|gracias))*$/;

export function isFarewell(text: string): boolean {
  return FAREWELL.test(normalizeCommandText(text));
}

/** Words that say thank you ("ty", "tysm", "gracias", "appreciate it"); one is needed for a thank-you. */
const THANKS_CORE = new Set(['thanks', 'thank', 'thx', 'ty', 'tysm', 'tyvm', 'cheers', 'appreciate', 'gracias']);
/**
 * What may come with it: praise, intensifiers and how people address someone kindly ("thank you
 * dear", "gracias mija", "great ty 🚴"). A message made only of these and a thank-you word is thanks.
 */
const THANKS_COMPANY = new Set([
  ...[
    'you',
    'u',
    'so',
    'very',
    'much',
    'a',
    'lot',
    'really',
    'it',
    'again',
    'for',
    'that',
    'this',
    'the',
    'info',
    'help',
  ],
  ...[
    'great',
    'perfect',
    'awesome',
    'cool',
    'nice',
    'ok',
    'okay',
    'k',
    'kk',
    'okk',
    'good',
    'wonderful',
    'amazing',
    'super',
  ],
  // How much they mean it ("ok thanks for real", "ty fr", "thank you, truly").
  ...['real', 'fr', 'truly', 'seriously', 'genuinely', 'honestly', 'sincerely'],
  // What people say the answer was ("thank you, very helpful", "gracias, muy útil").
  ...['helpful', 'useful', 'informative', 'clear', 'kind', 'appreciated', 'was', 'util', 'excelente', 'informacion'],
  ...['dear', 'hun', 'hon', 'honey', 'sweetie', 'buddy', 'bro', 'man', 'friend', 'doc', 'bot', 'mate', 'kindly'],
  ...[
    'muchas',
    'mil',
    'mija',
    'mijo',
    'amigo',
    'amiga',
    'senorita',
    'joven',
    'muy',
    'amable',
    'por',
    'todo',
    'la',
    'ayuda',
    'info',
  ],
]);

/**
 * A kind send-off that comes with a thank-you ("God bless you", "que Dios la bendiga", "have a good
 * day", "que tenga buen día"): part of the thanks, not a new question.
 */
const SEND_OFF =
  /\b(?:(?:que )?(?:dios|diosito) (?:la|lo|le|te|los|las|me|nos)? ?(?:bendiga|bendice|cuide|acompane)|god bless(?: you| u| ya)?|bless (?:you|u|ya|your heart)|have a (?:good|great|nice|blessed|lovely) (?:day|night|one|evening|weekend|shift)|que (?:tenga|tengas|pase|pases) (?:un |una )?(?:buen|buena|bonito|bonita|lindo|linda|feliz) (?:dia|tarde|noche|semana|fin de semana))\b/g;

function isThanksOnly(allWords: string[]): boolean {
  const words = allWords.join(' ').replace(SEND_OFF, ' ').split(' ').filter(Boolean);
  return (
    words.length <= 8 &&
    words.some((w) => THANKS_CORE.has(w)) &&
    words.every((w) => THANKS_CORE.has(w) || THANKS_COMPANY.has(w))
  );
}

/** "ok", "got it", "vale": a bare acknowledgement with nothing asked (answered with a short close). */
const BARE_ACK =
  /^(?:ok|okay|okey|k|kk|okk|ok ok|alright|all right|got it|gotcha|cool|ok cool|noted|understood|sounds good|fine|vale|va|sale|esta bien|de acuerdo|entendido|orale)$/;
export function isBareAck(text: string): boolean {
  return BARE_ACK.test(foldToWords(text));
}

/** After a thank-you, one's own plan: "Thank you! I'll ask my OB too", "gracias, voy a llamar mañana". */
const OWN_PLAN =
  /^(?:i ll|ill|i will|will do|we ll|well|i m going to|im going to|im gonna|i am going to|gonna|voy a|lo voy a|le voy a|vamos a)\b/;

/** A thank-you, then a short word on what one will do, nothing asked: thanks. */
function thanksThenPlan(text: string): boolean {
  if (text.includes('?')) return false;
  const [first, ...rest] = text
    .split(/[.!,;]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (first === undefined || rest.length === 0) return false;
  const tail = foldToWords(rest.join(' '));
  return isThanksOnly(foldToWords(first).split(' ')) && OWN_PLAN.test(tail) && tail.split(' ').length <= 10;
}

/** The command a whole message is, or undefined. */
export function classifyCommand(text: string): Command | undefined {
  return recentCommands(text);
}

/** classifyCommand without the memo (tests compare the two). */
export function classifyCommandPlain(text: string): Command | undefined {
  if (THANKS_EMOJI.test(text)) return 'thanks';
  if (thanksThenPlan(text)) return 'thanks';
  const t = normalizeCommandText(text);
  if (t === '') return undefined;
  const words = foldToWords(text).split(' ');
  // "muchas gracias mijo, que Dios lo bendiga 🙏": a thank-you with a blessing runs longer than a command.
  if (t.split(' ').length > 6) return isThanksOnly(words) ? 'thanks' : undefined;
  const found = LOOKUP.get(t);
  if (found) return found;
  return isThanksOnly(words) ? 'thanks' : undefined;
}

/** Words that say something hurts; with a location they start the guided assessment. */
const PAIN =
  /\b(pain\w*|hurt\w*|ache\w*|aching|achy|sore\w*|tender\w*|twinge\w*|throb\w*|stiff\w*|niggle\w*|injur\w*|killing me|agony|agonising|agonizing|excruciating)\b/i;
/** The same in Spanish, on accent-folded text ("me duele", "dolor", "molestia", "adolorida"). */
const PAIN_ES =
  /\b(duel\w*|dolor\w*|adolorid\w*|molest\w*|punzada\w*|lastim\w*|lesion\w*|rigid\w*|tiesa|tieso|me esta matando)\b/;

/** Pain said to be absent ("no pain", "pain-free", "doesn't hurt", "sin dolor"): not a complaint. */
const NO_PAIN =
  /\b(?:(?:no|without|zero|not any|never|doesn'?t|don'?t|didn'?t|isn'?t|not)\s+(?:\w+\s+)?(?:pain\w*|hurt\w*|ache\w*|sore\w*)|pain[- ]?free)\b/gi;
const NO_PAIN_ES = /\b(?:(?:ya )?no (?:me |le |te )?(?:duele|dolia|ha dolido)|sin dolor(?:es)?|nada de dolor)\b/g;

export function mentionsPain(text: string): boolean {
  return PAIN.test(text.replace(NO_PAIN, ' ')) || PAIN_ES.test(foldToWords(text).replace(NO_PAIN_ES, ' '));
}

/** Short noise ("hmm", "sometimes", "maybe") is more likely a bad answer than a question. */
export function looksLikeQuestion(text: string): boolean {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return text.includes('?') || words.length >= 4;
}
