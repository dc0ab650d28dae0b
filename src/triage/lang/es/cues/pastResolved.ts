// Spanish cues for time: still happening ("todavía"), long past ("hace años", "de niño"), over ("ya
// se me quitó"), an event denied after a contrast ("pero nunca se dobló"), back to sport.
import { phraseAt } from '../../../phrases';
import { phrases, type Phrase } from './phrase';

/** Something says it is happening now, whatever else the sentence says about the past. */
export const STILL_PRESENT: ReadonlySet<string> = new Set([
  'todavia',
  'aun',
  'sigue',
  'siguen',
  'sigo',
  'ahorita',
  'nuevamente',
  'volvio',
  'volvieron',
  'otra',
]);
/** School years as a time ("en la prepa me lastimé"); also a place, see longPastAt. */
const SCHOOL_YEARS = [
  'cuando estaba en la prepa',
  'en la prepa',
  'en la secundaria',
  'en high school',
  'en la high school',
];
/**
 * A present-tense verb just before a school phrase makes it where someone is now, not when: "mi hija
 * corre cross country en la high school", "juega en la prepa", "va en la secundaria".
 */
const AT_SCHOOL_NOW: ReadonlySet<string> = new Set([
  'corre',
  'juega',
  'va',
  'esta',
  'estudia',
  'anda',
  'entrena',
  'compite',
  'practica',
  'cursa',
  'corro',
  'juego',
  'voy',
  'estoy',
  'estudio',
  'entreno',
]);
/** Long past in the same clause: "hace años", "el año pasado", "de niño". */
const LONG_PAST_PHRASES: Phrase[] = phrases(
  'hace anos',
  'hace muchos anos',
  'hace varios anos',
  'hace unos anos',
  'hace un ano',
  'hace mas de un ano',
  'hace dos anos',
  'hace tres anos',
  'hace cuatro anos',
  'hace cinco anos',
  'hace diez anos',
  'hace mucho tiempo',
  'hace mucho',
  // "hace tiempo usé muletas" (not "hace tiempo que no puedo pisar", ongoing: see longPastAt)
  'hace tiempo',
  'hace decadas',
  'el ano pasado',
  // a past season is months ago
  'el verano pasado',
  'el invierno pasado',
  'el otono pasado',
  'la primavera pasada',
  // the same after "de": "la caída del año pasado", "la operación de la primavera pasada"
  'del ano pasado',
  'del verano pasado',
  'del invierno pasado',
  'del otono pasado',
  'de la primavera pasada',
  'el otro ano',
  'hace como un ano',
  // young then: "de chavo", "cuando era morra", "cuando estaba chiquita", "cuando yo era niña" (subject said)
  ...['de', ...['', 'yo ', 'el ', 'ella '].flatMap((who) => [`cuando ${who}era`, `cuando ${who}estaba`])].flatMap(
    (lead) =>
      [
        'nino',
        'nina',
        'chico',
        'chica',
        'chavo',
        'chava',
        'chamaco',
        'chamaca',
        'morro',
        'morra',
        'joven',
        'mas joven',
        'adolescente',
        'pequeno',
        'pequena',
        'chiquito',
        'chiquita',
        'muchacho',
        'muchacha',
        'escuincle',
        'huerco',
        'huerca',
        'patojo',
        'cipote',
      ].map((young) => `${lead} ${young}`),
  ),
  ...SCHOOL_YEARS,
  'antes de la cirugia',
  'antes de la operacion',
  'antes de operarme',
  'antes de que me operaran',
  'solia',
  'solian',
  // a past decade: "en los 90s", "en los años ochenta"
  ...['70', '80', '90', 'setenta', 'setentas', 'ochenta', 'ochentas', 'noventa', 'noventas'].flatMap((d) => [
    `en los ${d}`,
    `en los anos ${d}`,
    `alla por los ${d}`,
  ]),
);
/** Later in the sentence: it is over ("ya se me quitó", "ya estoy bien"). */
export const RESOLVED_PHRASES: Phrase[] = phrases(
  'ya se me quito',
  'ya se le quito',
  'ya se quito',
  'se me quito',
  'se le quito',
  'se quito',
  'ya paso',
  'ya se paso',
  'ya se me paso',
  'se me paso',
  'se le paso',
  'ya estoy bien',
  'ya esta bien',
  'ya esta normal',
  'ya estoy normal',
  // told back then, minutes later: "me paré, lo sacudí y a los dos minutos ya estaba normal"
  'ya estaba normal',
  'ya estaba bien',
  'ya lo sentia normal',
  'ya lo sentia bien',
  'ya la sentia normal',
  'ya la sentia bien',
  // a limb that "fell asleep" woke up again: "al ratito se me despertó el pie"
  'ya se me desperto',
  'se me desperto',
  'ya se le desperto',
  'se le desperto',
  'ya quedo normal',
  'quedan normales',
  'quedaron normales',
  'ya quedo bien',
  'quedo bien',
  'ya sane',
  'ya sano',
  'ya se curo',
  'ya me cure',
  'ya se compuso',
  'ya se me bajo',
  'ya se le bajo',
  'ya se bajo',
  'ya bajo',
  'ya se desinflamo',
  'se desinflamo',
  // the swelling gone down, said every way: "ya se me deshinchó", "se le desinflamó", "ya se le bajó la hinchazón"
  ...['desinflamo', 'deshincho', 'desinflo', 'bajo la hinchazon', 'quito la hinchazon', 'fue la hinchazon'].flatMap(
    (gone) => [`ya se me ${gone}`, `ya se le ${gone}`, `se me ${gone}`, `se le ${gone}`, `ya se ${gone}`, `se ${gone}`],
  ),
  'ya no esta hinchada',
  'ya no esta inflamada',
  'ahora estoy bien',
  'ahora esta bien',
  'ahora ya esta bien',
  'ya no me duele',
  'ya no le duele',
  'ya no duele',
  'ya no tengo',
  'ya no tiene',
  'ya no esta',
  'ya no se me',
  'ya no siento',
  'ya puedo',
  'ya camino',
  'ya camina',
  'ya anda bien',
  'ya anda normal',
  'anda bien',
  'ya se recupero',
  'se recupero',
  'ya corro',
  // back to sport, said of someone else: "ahora ya corre", "ya juega otra vez"
  'ya corre',
  'ya juega',
  'desaparecio',
  'se resolvio',
  'volvio a la normalidad',
  'me recupere',
  'ya me recupere',
  'ya regrese a correr',
  'ya volvi a correr',
  'estoy como nuevo',
  'estoy como nueva',
  'todo bien ahora',
  'todo normal',
  // back to walking: "y ahora camina normal", "quedó como nuevo"
  'ahora camina normal',
  'ya camina normal',
  'camina normal',
  'anda normal',
  'ahora anda bien',
  'quedo normal',
  'quedo como nuevo',
  'quedo como nueva',
  'se curo',
  'se alivio',
  'ya se alivio',
  // a relative's recovery after their operation: "ya va muy bien en la terapia"
  'ya va bien',
  'ya va muy bien',
);
/**
 * Walking back to normal ends a sign of walking or standing, not a pain told in the present in the match
 * itself: "le duele el hueso … y le duele al brincar, camina normal" is a bone that hurts on hopping today.
 */
export const WALKING_RESOLVED: ReadonlySet<string> = new Set([
  'ya camino',
  'ya camina',
  'ya anda bien',
  'ya anda normal',
  'anda bien',
  'ahora camina normal',
  'ya camina normal',
  'camina normal',
  'anda normal',
  'ahora anda bien',
]);
/** Pain said in the present tense, in the match: what a return to walking does not end. */
export const PRESENT_PAIN_VERBS: ReadonlySet<string> = new Set(['duele', 'duelen', 'molesta', 'molestan']);
/** Someone else's event that ended in an operation is their story, over: "a su hijo se le trabó y lo operaron". */
export const OPERATED_PHRASES: Phrase[] = phrases(
  ...['lo', 'la', 'le'].flatMap((them) => [`${them} operaron`, `${them} tuvieron que operar`]),
);
/** After a "pero", these say the event never happened: "se sentía floja pero nunca se dobló". */
export const DENIAL_START: ReadonlySet<string> = new Set(['nunca', 'no', 'jamas']);
export const DENIED_EVENTS: ReadonlySet<string> = new Set([
  'doblo',
  'dobla',
  'doblado',
  'zafo',
  'zafado',
  'salio',
  'salido',
  'trabo',
  'trabado',
  'cayo',
  'cai',
  'caido',
  'cedio',
  'vencio',
  'fallo',
  'llego',
  'paso',
  'hincho',
  'hinchado',
  // no injury at all ("pero nunca me he caído ni me he lastimado")
  'lastimado',
  'lastime',
  'lesionado',
  'golpeado',
  'golpee',
  'ha',
  'he',
  'me',
  'se',
  'le',
]);
/** Giving way is "se (me) dobla"; without "se" the knee is bent by someone ("pero no dobla la rodilla ni tantito"):
 * a bend lost, not giving way denied. */
export const DENIED_BENDS: ReadonlySet<string> = new Set(['doblo', 'dobla', 'doblado']);
/** The helpers of a denied event, never the event itself ("no se ha", "nunca me he"). */
export const DENIED_EVENT_HELPERS: ReadonlySet<string> = new Set(['ha', 'he', 'me', 'se', 'le']);
/** Back to sport after a contrast: "… pero ahora ya corro normal". */
export const BACK_TO_SPORT: ReadonlySet<string> = new Set([
  'corro',
  'corriendo',
  'entreno',
  'entrenando',
  'juego',
  'jugando',
  'camino',
  'caminando',
]);
export const PAIN_WORDS: ReadonlySet<string> = new Set(['dolor', 'duele', 'duelen', 'molesta', 'molestia', 'hinchada']);

/** Between "hace" and a number of years: "hace como 8 años", "hace unos 10 años". */
const APPROXIMATELY: ReadonlySet<string> = new Set(['como', 'unos', 'casi', 'ya', 'mas', 'cerca']);
/** Numbers written as words: "hace como cinco años". */
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'once',
  'doce',
  'quince',
  'veinte',
  'treinta',
]);
/** "en diciembre de 2018": a month before the year. */
export const MONTHS: ReadonlySet<string> = new Set([
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'setiembre',
  'octubre',
  'noviembre',
  'diciembre',
]);
/** After a long-past phrase these bring the sentence back to now: "tuve cáncer hace años y ahora …". */
export const NOW_WORDS: ReadonlySet<string> = new Set(['ahora', 'ahorita', 'hoy', 'actualmente', 'recien']);

/** After "ya no (se me)" or "ya camino", these say a loss that has just begun, not a sign that went
 * away: "ya no se me estira la pierna", "ya no se me ven los huesitos", "ya camino chueco". */
const LOSS_AFTER_NO_LONGER: ReadonlySet<string> = new Set([
  'estira',
  'endereza',
  'dobla',
  'ven',
  've',
  'cabe',
  'cabia',
  'sostiene',
  'aguanta',
  'mueve',
  'mueven',
  'responde',
  'obedece',
  'raro',
  'rara',
  'chueco',
  'chueca',
  'cojo',
  'coja',
  'cojeando',
  // "ya camino rengueando": the limp has begun, not walking again
  'rengueando',
  'renqueando',
  'renco',
  'renca',
  'rengo',
  'renga',
  'arrastrando',
  'ladeado',
  'ladeada',
  'torcido',
  'torcida',
  'mal',
  // the knee that stopped straightening: "ya no se estiró"
  'estiro',
  'enderezo',
  // a reason to live lost: "ya no tengo ganas de vivir", "ya no tiene sentido vivir"
  'ganas',
  'razon',
  'razones',
  'motivo',
  'motivos',
  'sentido',
  'caso',
  'esperanza',
  'ilusion',
  'proposito',
  'fuerzas',
  'por',
  'para',
]);

/** Body parts that "ya no siento …" can lose the feeling of: "ya no siento los dedos" is numbness. */
const FELT_PARTS: ReadonlySet<string> = new Set([
  'pie',
  'pies',
  'dedos',
  'dedo',
  'pierna',
  'piernas',
  'pantorrilla',
  'tobillo',
  'talon',
  'planta',
]);
const PART_ARTICLES: ReadonlySet<string> = new Set(['el', 'la', 'los', 'las', 'mi', 'mis', 'su', 'sus']);
/** What may follow the part when the feeling itself is lost ("ya no siento el pie", "… los dedos del pie"),
 * not "ya no siento la pierna tan pesada". */
const AFTER_FELT_PART: ReadonlySet<string> = new Set([
  'del',
  'de',
  'y',
  'para',
  'nada',
  'ni',
  'casi',
  'bien',
  'ya',
  'ahora',
  'ahorita',
]);

/** "pero en la casa anda bien", "caminando estoy bien": fine in one setting only, the sign is not over. */
const ONLY_IN_SETTING: ReadonlySet<string> = new Set([
  'casa',
  'reposo',
  'descansando',
  'sentado',
  'sentada',
  'acostado',
  'acostada',
]);
export function fineOnlyInSetting(words: readonly string[], i: number): boolean {
  return words.slice(Math.max(0, i - 3), i).some((w) => ONLY_IN_SETTING.has(w));
}

/** Eased only in part: "ya se me pasó un poco", "se bajó tantito", "ya medio se me quitó": the sign is still there. */
const PARTLY_AFTER: Phrase[] = phrases(
  'un poco',
  'un poquito',
  'poquito',
  'tantito',
  'un tantito',
  'algo',
  'un poco nomas',
);
export function easedOnlyInPart(words: readonly string[], i: number, end: number): boolean {
  return words[i - 1] === 'medio' || PARTLY_AFTER.some((phrase) => phraseAt(words, end, phrase));
}

/** "ya está bien hinchada", "quedó bien morada": "bien" as "very" before a sign, not "fine". */
const SIGN_AFTER_VERY =
  /^(?:hinchad|inchad|inflamad|inflad|abultad|morad|amoratad|negr|roj|colorad|calient|gord|grand|enorme|apretad|tens[ao]|tirant|dur[ao]|fe[ao]$|feisim|adolorid|dolorid|torcid|chuec|deform|fri[ao]|helad|palid|blanc|entumid|dormid)/;
export function veryNotFine(words: readonly string[], end: number): boolean {
  return words[end - 1] === 'bien' && SIGN_AFTER_VERY.test(words[end] ?? '');
}

/** After a "no longer" phrase ending at `k`, a loss that has just begun rather than a relief. */
export function lossAfterNoLonger(words: readonly string[], k: number): boolean {
  if (LOSS_AFTER_NO_LONGER.has(words[k] as string)) return true;
  const part = PART_ARTICLES.has(words[k] as string) ? k + 1 : k;
  if (!FELT_PARTS.has(words[part] as string)) return false;
  const next = words[part + 1];
  return next === undefined || AFTER_FELT_PART.has(next);
}

/** "hace 3 años", "hace como 8 años", "hace unos 10 años", "hace un año": where the phrase ends, or -1. */
export function yearsAgoEnd(words: readonly string[], i: number): number {
  if (words[i] !== 'hace' || words[i - 1] === 'desde') return -1; // "desde hace años": ongoing
  if (words[i + 1] === 'un' && /^anos?$/.test(words[i + 2] ?? '')) return i + 3;
  const n = APPROXIMATELY.has(words[i + 1] ?? '') ? i + 2 : i + 1;
  const count = /^\d+$/.test(words[n] ?? '') || NUMBER_WORDS.has(words[n] ?? '');
  return count && /^anos?$/.test(words[n + 1] ?? '') ? n + 2 : -1;
}

/** Who may be named between "cuando" and "tenía" ("cuando yo tenía 8 años"). */
const AGE_THEN_SUBJECTS: ReadonlySet<string> = new Set(['yo', 'el', 'ella']);

/** "cuando tenía 8 años", "cuando yo tenía ocho años": the age one was then, so a time long past. */
function ageThenAt(words: readonly string[], i: number): Phrase | undefined {
  if (words[i] !== 'cuando') return undefined;
  const had = AGE_THEN_SUBJECTS.has(words[i + 1] ?? '') ? i + 2 : i + 1;
  if (words[had] !== 'tenia') return undefined;
  const n = words[had + 1] ?? '';
  if (!(/^\d+$/.test(n) || NUMBER_WORDS.has(n)) || !/^anos?$/.test(words[had + 2] ?? '')) return undefined;
  return words.slice(i, had + 3);
}

/** Before "volvió", these say it never came back. */
const NEVER_AGAIN: ReadonlySet<string> = new Set(['nunca', 'no', 'jamas', 'ni']);

/** Still happening, said at `k` ("todavía", "volvió a hincharse"); "volvió sola", "volvió a su lugar"
 * is a kneecap going back in, not the sign coming back. */
export function stillPresentAt(words: readonly string[], k: number): boolean {
  const w = words[k] as string;
  if (!STILL_PRESENT.has(w)) return false;
  if (w !== 'volvio' && w !== 'volvieron') return true;
  // "nunca más me volvió a pasar", "no se le volvió a trabar": it did NOT come back, over
  if (words.slice(Math.max(0, k - 4), k).some((v) => NEVER_AGAIN.has(v))) return false;
  const next = words[k + 1] ?? '';
  if (['sola', 'solita', 'solo', 'solito', 'solas', 'solos'].includes(next)) return false;
  return !(
    ['a', 'en'].includes(next) &&
    ['su', 'mi'].includes(words[k + 2] ?? '') &&
    ['lugar', 'sitio'].includes(words[k + 3] ?? '')
  );
}

/** "en 2018", "en el 2005", "en diciembre de 2018": a year before this one, said at word i. */
export function yearSaidAt(words: readonly string[], i: number, currentYear: number): boolean {
  const at = words[i - 1] === 'el' ? i - 2 : i - 1;
  const yearSaid = words[at] === 'en' || (words[at] === 'de' && MONTHS.has(words[at - 1] as string));
  return yearSaid && /^(19|20)\d\d$/.test(words[i] as string) && Number(words[i]) < currentYear;
}

/** The long-past phrase starting at i, if any; a school phrase after a present-tense verb is a place. */
export function longPastAt(words: readonly string[], i: number): Phrase | undefined {
  const past = LONG_PAST_PHRASES.find((phrase) => phraseAt(words, i, phrase)) ?? ageThenAt(words, i);
  if (past === undefined) return undefined;
  // "hace tiempo que …": for a while now, still going
  if (past.length === 2 && past[1] === 'tiempo' && words[i + 2] === 'que') return undefined;
  if (
    SCHOOL_YEARS.includes(past.join(' ')) &&
    past[0] !== 'cuando' &&
    words.slice(Math.max(0, i - 4), i).some((w) => AT_SCHOOL_NOW.has(w))
  )
    return undefined;
  return past;
}

/** "… se le salió la rodilla, pero eso fue en 2019": a later clause that places what was told in the past. */
export const THAT_WAS_PHRASES: Phrase[] = phrases(
  'eso fue',
  'eso paso',
  'esto fue',
  'esto paso',
  'eso ocurrio',
  'eso sucedio',
  'todo eso fue',
  'todo eso paso',
);

/** A bleeding word in the match: only a bleed can be stopped by pressure or a plaster. */
export const BLEEDING_PREFIXES: readonly string[] = ['sangr', 'hemorrag', 'bleed'];
export const BLEEDING_NOUNS: ReadonlySet<string> = new Set(['sangre', 'sangrado']);
/** After the bleed, it stopped: "sangró bastante pero con una curita se paró", "ya dejó de sangrar". */
export const BLEEDING_STOPPED_PHRASES: Phrase[] = phrases(
  'se paro',
  'se le paro',
  'se me paro',
  'paro',
  'se detuvo',
  'se le detuvo',
  'se me detuvo',
  'se contuvo',
  'se corto',
  'se le corto',
  'se me corto',
  'dejo de sangrar',
  'paro de sangrar',
  'ya no sangra',
  'ya no sangro',
  'ya no sangraba',
  'ya no salio',
  'ya no sale',
  'ya no le sale',
  'ya no me sale',
  'ya cerro',
  'ya sano',
  'ya cicatrizo',
  'cicatrizo',
  'stopped',
);
/** After the stop, these say it bleeds again or still: "se paró y volvió a sangrar", "pero sigue sangrando". */
export const BLEEDING_AGAIN: ReadonlySet<string> = new Set([
  'volvio',
  'vuelve',
  'sigue',
  'todavia',
  'aun',
  'otra',
  'sangra',
  'sangrando',
  'chorrea',
  'chorreando',
  'gotea',
  'goteando',
]);
