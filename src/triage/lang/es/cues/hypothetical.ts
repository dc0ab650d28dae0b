// Spanish cues for general, hypothetical and feared talk: "¿qué pasa si …?", "por si …", "tengo miedo
// de que …", "¿cuáles son las señales de alarma?", "¿qué significa cuando …?". Not a present report.
import { phraseAt } from '../../../phrases';
import { phrases, type Phrase } from './phrase';

/** Before the match in the same sentence (back to a "pero"): general or hypothetical talk. */
const HYPOTHETICAL_PHRASES: Phrase[] = phrases(
  'que pasa si',
  // "la diferencia entre una rodilla trabada y …": two signs compared, in general
  'la diferencia entre',
  // "¿es cierto que cuando se hincha así de rápido …?": a rule of thumb, asked about
  'es cierto que cuando',
  'es verdad que cuando',
  'sera cierto que cuando',
  'que diferencia hay',
  'que pasaria si',
  'que tal si',
  'y si',
  'que hago si',
  'que hacer si',
  'que debo hacer si',
  'que hago en caso',
  'en caso de',
  'en caso que',
  'por si',
  'suponiendo',
  'supongamos',
  'digamos que',
  'imaginemos',
  'hipoteticamente',
  'senales de',
  'senales como',
  'signos de',
  'sintomas de',
  'sintomas como',
  'como saber si',
  'como se si',
  'como se que',
  'como sabe uno',
  'como distinguir',
  'como diferenciar',
  'cuando debo preocuparme',
  'cuando me preocupo',
  'cuando preocuparme',
  'cuando hay que',
  'cuando es grave',
  // how serious a sign would be, asked of a what-if: "¿qué tan grave es si se hincha después de un golpe?"
  'que tan grave es si',
  'que tan grave seria si',
  'que tan peligroso es si',
  'que tan serio es si',
  'cuando ir',
  'cuando debo ir',
  'lei que',
  'lei en',
  'dicen que',
  'escuche que',
  'vi un video',
  'vi en',
  'por ejemplo',
  'tal como',
  'en general',
  'la gente',
  'alguien que',
  'si alguien',
  'si uno',
  'uno que',
  'para prevenir',
  'prevenir que',
  'evitar que',
  'para evitar',
  'para que no',
  'es posible que',
  'puede pasar que',
  'es comun que',
  'articulo',
  'podcast',
  'como se siente un',
  'como se siente una',
  'como se sienten',
  // how a sign feels, asked in general: "¿qué se siente cuando uno tiene un coágulo?" (not "me siento como
  // cuando uno tiene gripa", a likeness told of oneself)
  'que se siente cuando',
  'que se siente tener',
  'como se siente cuando',
  'como se siente tener',
  // "¿y qué es una fractura por estrés?" (not "mi compadre dice que es un quiste")
  'y que es un',
  'y que es una',
  'pero que es un',
  'pero que es una',
  // Spanglish: a general question opened in English ("can a knee injury make your foot go numb?")
  'can a',
  'can an',
  'could a',
  'could an',
  'does a',
  'is it possible',
  'signs of',
  'what if',
  'what happens if',
  'what happens when',
);
/** After a mid-statement "y si", a movement done each time, the sign its result ("… y si brinco en un pie me duele"):
 * what happens, not a what-if ("… y si no puede pisar mañana la llevo"). A clitic may come first ("si me agacho"). */
export const EACH_TIME_ACTIONS: ReadonlySet<string> = new Set([
  'brinco',
  'brinca',
  'salto',
  'salta',
  'corro',
  'corre',
  'troto',
  'trota',
  'camino',
  'camina',
  'subo',
  'sube',
  'bajo',
  'baja',
  'piso',
  'pisa',
  'agacho',
  'agacha',
  'hinco',
  'hinca',
  'arrodillo',
  'arrodilla',
  'doblo',
  'dobla',
  'estiro',
  'estira',
  'pateo',
  'patea',
  'giro',
  'gira',
  'juego',
  'juega',
  'toco',
  'toca',
  'aprieto',
  'aprieta',
  'presiono',
  'presiona',
]);
export const EACH_TIME_CLITICS: ReadonlySet<string> = new Set(['me', 'se', 'le', 'la', 'lo', 'te']);
/** A later day in the "si" clause keeps it a what-if: "… y si corro mañana y se hincha, te aviso". */
export const LATER_DAY_WORDS: ReadonlySet<string> = new Set(['manana', 'pasado', 'proxima', 'proximo', 'luego']);
/** The hypothetical phrases but "y si", which opens a what-if only at the start or in a question (isHypothetical). */
export const HYPOTHETICAL_PHRASES_BUT_AND_IF: Phrase[] = HYPOTHETICAL_PHRASES.filter((p) => p.join(' ') !== 'y si');
/** In a question with no person in it, plural ones ask how serious signs are in general ("¿son graves …?"). */
export const SERIOUS_PLURAL: ReadonlySet<string> = new Set(['graves', 'peligrosos', 'peligrosas', 'serios', 'serias']);
/** Singular ones only with "un/una" before the sign: "¿es peligrosa una fractura por estrés?". */
export const SERIOUS_SINGULAR: ReadonlySet<string> = new Set(['grave', 'peligroso', 'peligrosa', 'serio', 'seria']);
/** Fear of a future event: "tengo miedo de que se me zafe", "me da miedo que se doble". */
export const FEAR_PHRASES: Phrase[] = phrases(
  'miedo de que',
  'miedo a que',
  'miedo que',
  'miedo de',
  'temo que',
  'no quiero que',
  'me preocupa que se',
  'me preocupa que me',
  'casi',
  'por poco',
  'a punto de',
  'sentia que se iba',
  'senti que se iba',
  'siento que se va',
  'como que se va',
);
/** A hypothetical phrase anywhere in the sentence, for asking in general; "por si acaso" after a deed
 * ("ya tengo guardadas las pastillas por si acaso") is a precaution taken, not a question. */
export function saysHypothetical(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i += 1) {
    if (words[i] === 'por' && words[i + 1] === 'si' && words[i + 2] === 'acaso') continue;
    // "¿y si se me zafa?" opens a what-if; mid-sentence "… y si muevo los dedos grito" tells what happens
    if (i > 0 && words[i] === 'y' && words[i + 1] === 'si') continue;
    if (HYPOTHETICAL_PHRASES.some((phrase) => phraseAt(words, i, phrase))) return true;
  }
  return false;
}

/** After "casi", these say barely, a sign present now: "casi no siento los dedos", "casi ni la muevo". */
const BARELY_AFTER: ReadonlySet<string> = new Set(['no', 'nopuede', 'ni', 'nada', 'nunca']);

/** Fear words said right before an infinitive: "me da miedo caerme", "le tiene pavor a caerse". */
const FEAR_OF_DOING: ReadonlySet<string> = new Set(['miedo', 'pavor', 'terror', 'panico']);
const FEARED_INFINITIVE = /(?:ar|er|ir)(?:se|me|le|te)?$/;

/** A fear or a near thing between `from` and `to` ("miedo de que se zafe", "casi me caigo"), not "casi no". */
export function fearBefore(words: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    if (words[i] === 'casi' && BARELY_AFTER.has(words[i + 1] as string)) continue;
    if (FEAR_PHRASES.some((phrase) => phraseAt(words, i, phrase))) return true;
    // what one is afraid of doing, not done: "me da miedo caerme" (not "tengo miedo, no puedo pisar")
    if (FEAR_OF_DOING.has(words[i] as string)) {
      const next = words[i + 1] === 'a' || words[i + 1] === 'de' ? i + 2 : i + 1;
      if (next <= to && FEARED_INFINITIVE.test(words[next] ?? '')) return true;
    }
  }
  return false;
}

/**
 * A fear or worry told as what the writer dreads (es-r31): "mi miedo más grande es caerme y quedarme tirada sin poder
 * levantarme", "lo que me da miedo es …", "me preocupa caerme y no poder pararme", "mi peor pesadilla es quedar
 * tirado". The fear word, a few small words, then an infinitive or "que": all the clause after it is dreaded.
 */
const DREAD_NOUNS: ReadonlySet<string> = new Set([
  'miedo',
  'temor',
  'pavor',
  'terror',
  'panico',
  'pesadilla',
  'preocupacion',
  'angustia',
]);
/** Worry verbs with a pronoun before: "me preocupa caerme", "me aterra que …", "le asusta quedarse sola". */
const DREAD_VERBS: ReadonlySet<string> = new Set([
  'preocupa',
  'aterra',
  'asusta',
  'espanta',
  'angustia',
  'aterroriza',
  'temo',
  'teme',
]);
const DREAD_PRONOUNS: ReadonlySet<string> = new Set(['me', 'le', 'nos', 'les', 'te']);
/** Between the fear word and what is dreaded: "miedo más grande es", "temor mayor sería", "miedo de". */
const DREAD_GAP: ReadonlySet<string> = new Set([
  'mas',
  'grande',
  'mayor',
  'peor',
  'es',
  'seria',
  'siempre',
  'ha',
  'sido',
  'a',
  'de',
  'del',
  'un',
  'poco',
  'mucho',
]);
/** How far after the fear word the sign may come ("… es caerme en la regadera y quedarme tirada sin poder pararme"). */
const DREAD_REACH = 16;
/** A fear that has come true, a day or a reason said between: "mi miedo era caerme y hoy me caí". */
const DREAD_BROKEN_BY: ReadonlySet<string> = new Set([
  'ahora',
  'ahorita',
  'hoy',
  'ayer',
  'anoche',
  'ya',
  'cai',
  'caido',
  'cayo',
  'paso',
  'pero',
  'desde',
  // a reason told is a fact: "me preocupa caminar porque se me hinchó de golpe"
  'porque',
  'pues',
]);
/**
 * After "que" the dreaded thing must be said as a wish-like (subjunctive) verb: "mi temor es que me caiga", not
 * "me preocupa que no puedo pisar" (the normaliser leaves "no pueda" and "no puedo" alike, so the mood is read here).
 */
const DREAD_SUBJUNCTIVE: ReadonlySet<string> = new Set([
  'caiga',
  'caigas',
  'caigamos',
  'cayera',
  'cayeras',
  'quede',
  'quedes',
  'quedara',
  'pase',
  'pasara',
  'vuelva',
  'volviera',
  'rompa',
  'rompiera',
  'zafe',
  'doble',
  'tenga',
  'tuviera',
]);

/** A dread opening (fear word, gap, infinitive or "que") before `to`, with the clause after it unbroken to `to`. */
export function dreadBefore(words: readonly string[], from: number, to: number): boolean {
  for (let i = Math.max(from, to - DREAD_REACH); i < to; i += 1) {
    const w = words[i] as string;
    const opens =
      DREAD_NOUNS.has(w) || (DREAD_VERBS.has(w) && (DREAD_PRONOUNS.has(words[i - 1] as string) || w.startsWith('tem')));
    if (!opens) continue;
    let k = i + 1;
    while (k < to && k - i <= 4 && DREAD_GAP.has(words[k] as string)) k += 1;
    const dreaded =
      words[k] === 'que'
        ? words.slice(k + 1, Math.min(to + 1, k + 4)).some((v) => DREAD_SUBJUNCTIVE.has(v))
        : FEARED_INFINITIVE.test(words[k] ?? '');
    if (dreaded && k <= to && !words.slice(k, to).some((v) => DREAD_BROKEN_BY.has(v))) return true;
  }
  return false;
}

/** After "si …" these make it a condition: "si se me hincha, ¿qué hago?", "si vuelve a pasar". */
export const CONDITION_CONSEQUENCES: ReadonlySet<string> = new Set([
  'hago',
  'hacer',
  'debo',
  'deberia',
  'tengo',
  'hay',
  'voy',
  'vengo',
  'vaya',
  'ir',
  'grave',
  'malo',
  'normal',
  'preocupo',
  'preocuparme',
  'llamo',
  'llamar',
  'significa',
  'entonces',
  'necesito',
  'ocupo',
  'urgencias',
  'emergencias',
]);
/** Inside a "si …" clause these say it has not happened: "si llega a", "si alguna vez", "si vuelve". */
export const CONDITION_MARKERS: ReadonlySet<string> = new Set([
  'llega',
  'llegara',
  'llegase',
  'vuelve',
  'vuelva',
  'volviera',
  'alguna',
  'algun',
  'ever',
  'empieza',
  'empezara',
  'pasa',
  'pasara',
  'pasaria',
]);
/** Words ending like a past subjunctive ("-ara", "-iera", "-ase") that are none: "para atrás", "la cara". */
export const SUBJUNCTIVE_LOOKALIKES: ReadonlySet<string> = new Set([
  'para',
  'cara',
  'clara',
  'rara',
  'vara',
  'mascara',
  'base',
  'clase',
  'fase',
  'frase',
  'siquiera',
  'cualquiera',
  'fiera',
]);
/** A reason given after a "si" clause ("… si aceptan el seguro porque …"): what follows is told as a fact. */
export const REASON_WORDS: ReadonlySet<string> = new Set(['porque', 'because', 'pq', 'xq']);
/**
 * Someone asked whether, just before "si": "mi esposa me preguntó si tengo fiebre o si está caliente": the signs are
 * asked about, not told (unless the answer is yes: "… y le dije que sí", a number).
 */
export const ASKED_WHETHER_WORDS: ReadonlySet<string> = new Set([
  ...['pregunto', 'pregunta', 'preguntan', 'preguntaron', 'preguntaba', 'preguntaban', 'pregunte', 'preguntando'],
  ...['saber', 'averiguar', 'checar', 'revisar'],
]);
/** A yes to the question ("sí" is read back as sip when it stands alone). */
export const YES_ANSWER_WORDS: ReadonlySet<string> = new Set(['sip', 'simon', 'afirmativo', 'claro']);
/** How far before "si" the asking reaches ("me preguntó mi esposa si …"). */
export const ASKED_WHETHER_REACH = 4;
/** Reported advice before "si": "el doctor dijo que si se hincha …". */
export const REPORTED_ADVICE: ReadonlySet<string> = new Set([
  'dijo',
  'dijeron',
  'dice',
  'dicen',
  'recomendo',
  'explico',
  'comento',
  'aviso',
  'indico',
]);

/** Life and death in a matched phrase: "me dijo que si no juega no tiene sentido seguir vivo" is a
 * conditional thought of dying, told by the person who has it, never advice about a sign. */
export const LIFE_WORDS: ReadonlySet<string> = new Set([
  'vivo',
  'viva',
  'vivir',
  'viviendo',
  'morir',
  'morirme',
  'morirse',
  'matarme',
  'matarse',
  'matar',
  'mato',
  'suicido',
  'muerto',
  'muerta',
  'vida',
]);

/** Questions about warning signs in general: "¿cuáles son las señales de alarma?". */
export const WARNING_SIGN_QUESTION_PHRASES: Phrase[] = phrases(
  'senales de alarma',
  'senales de alerta',
  'senales de peligro',
  'signos de alarma',
  'signos de alerta',
  'sintomas de alarma',
  'sintomas de alerta',
  'sintomas de peligro',
  'signos de peligro',
  'sintomas peligrosos',
  'senales peligrosas',
  'sintomas graves',
  'senales graves',
  'cuando ir a urgencias',
  'cuando ir a emergencias',
  'cuando ir a la sala',
  'cuando ir al hospital',
  'cuando debo ir a urgencias',
  'cuando debo ir a emergencias',
  'cuando debo ir al hospital',
  'cuando es grave',
  // how serious a sign would be, asked of a what-if: "¿qué tan grave es si se hincha después de un golpe?"
  'que tan grave es si',
  'que tan grave seria si',
  'que tan peligroso es si',
  'que tan serio es si',
  'cuando es una emergencia',
  'cuando es urgente',
  'cuando preocuparme',
  'cuando debo preocuparme',
  'como se si es grave',
  'como saber si es grave',
  'como se que es grave',
  'que senales',
  'que sintomas son',
  'cuales son las senales',
  'cuales son los sintomas de alarma',
  'red flags',
  'warning signs',
  'what are the signs',
  'what are the symptoms',
);
/** "¿cómo sé si …?", "pa saber si …": telling a serious thing from an everyday one, asked. */
export const HOW_TO_TELL_PHRASES: Phrase[] = phrases(
  'como se si',
  'como se que',
  'como saber si',
  'como puedo saber si',
  'como le hago para saber si',
  'como hago para saber si',
  'como sabe uno si',
  'como sabes si',
  'como me doy cuenta si',
  'como me doy cuenta de que',
  'como distingo',
  'como diferencio',
  'como reconozco',
  'como identifico',
);
/** What "how do I tell" asks about when it asks for warning signs: a break, a tear, a clot, "something wrong". */
export const TELL_SERIOUS_WORDS: ReadonlySet<string> = new Set([
  'grave',
  'serio',
  'seria',
  'peligroso',
  'peligrosa',
  'urgente',
  'emergencia',
  'quebre',
  'quebro',
  'quebrado',
  'quebrada',
  'rompi',
  'rompio',
  'roto',
  'rota',
  'fracture',
  'fracturo',
  'fracturado',
  'fracturada',
  'desgarre',
  'desgarro',
  'desgarrado',
]);
/** A named knee part after "¿cómo sé si me rompí …?": a question about that injury, which the matcher's
 * entry answers (the meniscus, the ACL), not about warning signs. */
export const NAMED_PARTS: ReadonlySet<string> = new Set([
  'ligamento',
  'ligamentos',
  'cruzado',
  'lca',
  'acl',
  'menisco',
  'meniscos',
  'tendon',
  'tendones',
  'cartilago',
]);
/** "algo anda mal", "algo salió mal": the whole of what to watch for, in two words. */
export const SOMETHING_WRONG_PHRASES: Phrase[] = phrases(
  'algo anda mal',
  'algo esta mal',
  'algo va mal',
  'algo salio mal',
  'algo malo',
  'algo grave',
  'algo serio',
  'algo peligroso',
);
/** "¿cuándo …?", "¿en qué momento …?": asking for the point where a sign turns serious. */
export const WHEN_PHRASES: Phrase[] = phrases(
  'cuando',
  'en que momento',
  'en que casos',
  'en que caso',
  'en que situaciones',
  'a partir de cuando',
);
/** What may stand between "cuándo" and the worry ("¿cuándo me debo preocupar?", "¿cuándo ya es grave?"),
 * only these: "¿cuándo corro es grave?" tells of one's own run. */
export const WHEN_GAP_WORDS: ReadonlySet<string> = new Set([
  'me',
  'se',
  'uno',
  'ya',
  'entonces',
  'es',
  'debo',
  'deberia',
  'deberiamos',
  'debe',
  'tengo',
  'tiene',
  'tenemos',
  'hay',
  'que',
  'toca',
  'seria',
  'sera',
  'vuelve',
  'pone',
  'considera',
  'eso',
  'esto',
  'necesito',
  'mejor',
]);
/** The worry asked for after "cuándo": worrying as an infinitive ("cuándo me debo preocupar"; not "cuando me
 * preocupa …", a statement), a serious word, or going in as an emergency. */
export const WHEN_WORRY_WORD =
  /^(?:(?:preocup|alarm|asust)ar(?:me|se|nos)?|grave|peligros[oa]|seri[oa]|urgente|emergencia)$/;
/** After the signs word, going in now said another way (post-r23): "¿qué síntomas son para ir de urgencia / ya mismo?" */
export const SIGNS_GO_NOW_WORD = /^(?:urgencias?|urgentes|emergencias|inmediato|enseguida|mismo)$/;
/**
 * Which pain means stopping the sport at once (r45, as in English): "¿qué tipo de dolor de rodilla significa dejar de
 * correr de inmediato?", "¿qué dolor quiere decir que hay que parar el entrenamiento ya?". A word that asks which,
 * a meaning word, a stop, then the sport or "now" (not "¿qué significa cuando dejo de correr?": a story).
 */
export const STOP_ASKED_WORDS: ReadonlySet<string> = new Set(['que', 'cual', 'cuales', 'cuando']);
export const STOP_MEANING_PHRASES: Phrase[] = phrases(
  'significa',
  'significan',
  'quiere decir',
  'quieren decir',
  'indica',
  'indican',
  'es para',
  'son para',
  'amerita',
  'ameritan',
);
export const STOP_SPORT_VERBS: ReadonlySet<string> = new Set([
  ...['dejar', 'parar', 'pare', 'deje', 'suspender', 'abandonar', 'retirarme', 'retirarse', 'detenerme', 'detener'],
  ...['detenerse', 'frenar', 'cortar', 'bajarme', 'bajarse', 'salirme', 'salirse'],
]);
export const STOPPED_SPORT_WORDS: ReadonlySet<string> = new Set([
  ...['correr', 'entrenar', 'carrera', 'entrenamiento', 'entreno', 'ejercicio', 'rodaje', 'tirada', 'bici', 'nadar'],
  ...['jugar', 'partido', 'inmediato', 'inmediatamente', 'ya', 'enseguida', 'seco', 'hoy', 'deporte', 'competencia'],
]);
/** How far after the meaning word the stop may stand, and after the stop the sport. */
export const STOP_MEANING_REACH = 5;
export const STOPPED_SPORT_REACH = 4;
/** Going in as an emergency (not "ir al doctor": when to see a professional is the matcher's answer). */
export const GO_FOR_CARE_PHRASES: Phrase[] = phrases(
  'ir a urgencias',
  'ir a emergencias',
  'ir a la emergencia',
  'ir a la sala',
  'ir al hospital',
  'llamar al 911',
  'llamar a la ambulancia',
  'de ir a urgencias',
  'de ir a emergencias',
);
/** After "cuándo", what says the question is about care beyond a visit: an X-ray, the emergency room. */
export const CARE_NEED_WORDS: ReadonlySet<string> = new Set([
  'rayos',
  'radiografia',
  'radiografias',
  'placa',
  'placas',
  'xray',
  'xrays',
  'emergencia',
  'emergencias',
  'urgencias',
  'hospital',
  '911',
]);
export const WHEN_CARE_REACH = 8;
/** Between "cuándo" and the care, these tell one's own event, not a general question ("cuando me caí fui a …"). */
export const TOLD_EVENT_WORDS: ReadonlySet<string> = new Set([
  'me',
  'fui',
  'fue',
  'fuimos',
  'estaba',
  'estuve',
  'llegue',
  'llego',
  'cai',
  'cayo',
  'lleve',
  'llevamos',
  'llevaron',
]);
/** "¿en qué casos el hormigueo en el pie es de cuidado?": how far after "cuándo" the danger may be asked. */
export const WHEN_SIGN_REACH = 8;
/** Between "cuándo" and the danger, these make the sign someone's ("cuándo le duele", "su rodilla"): not general. */
export const SOMEONES_WORDS: ReadonlySet<string> = new Set(['le', 'les', 'te', 'nos', 'su', 'sus', 'tu', 'tus']);
/** Whom a question is addressed to, said first ("licenciado, ¿es peligroso …?"). */
export const ADDRESS_WORDS: ReadonlySet<string> = new Set([
  'licenciado',
  'licenciada',
  'lic',
  'doctor',
  'doctora',
  'doc',
  'oiga',
  'oye',
  'disculpe',
  'hola',
  'profe',
  'enfermera',
  'senorita',
]);
/** "se considera", "se vuelve": after "cuándo", the sign may be named before the worry. */
export const JUDGED_WORDS: ReadonlySet<string> = new Set(['considera', 'vuelve']);
export const JUDGED_REACH = 7;
/** "mis síntomas son leves, ¿es grave?" is one's own case, not the signs asked in general. */
export const OWN_SIGNS_WORDS: ReadonlySet<string> = new Set(['mis', 'sus', 'tus', 'estos', 'esos']);
/** "¿qué síntomas … son de emergencia?": how far after the signs word the serious word may stand. */
export const SIGNS_WORRY_REACH = 7;
/** "¿qué tengo que vigilar / checar …?": what to watch for, asked. */
export const WATCH_VERBS: ReadonlySet<string> = new Set([
  'vigilar',
  'checar',
  'chequear',
  'revisar',
  'observar',
  'fijarme',
  'fijarse',
  // "¿de qué me tengo que fijar …?"
  'fijar',
]);
/** "¿qué (cosas) tengo que / debo / me toca …?" */
export const MUST_WORDS: ReadonlySet<string> = new Set(['debo', 'deberia', 'tengo', 'hay', 'necesito', 'toca']);
export const WHAT_WORDS: ReadonlySet<string> = new Set(['que', 'cosas', 'senales', 'sintomas', 'cuales']);
export const SIGNS_WORDS: ReadonlySet<string> = new Set([
  'senales',
  'senal',
  'signos',
  'sintomas',
  'sintoma',
  'signs',
  'symptoms',
]);
export const SERIOUS_CONDITIONS: ReadonlySet<string> = new Set([
  'coagulo',
  'trombosis',
  'tvp',
  'embolia',
  'infeccion',
  'fractura',
  'luxacion',
  'compartimental',
  'cancer',
  'tumor',
  'desgarro',
  'ruptura',
]);

/** "¿Qué significa cuando la rodilla se traba?": what a symptom means, not a report. */
export const MEANING_QUESTION_OPENINGS: Phrase[] = phrases(
  'que significa',
  'que quiere decir',
  'por que se',
  'porque se',
  'a que se debe',
  'que causa',
  'que provoca',
  'por que las rodillas',
  'porque las rodillas',
  // the knee in general, asked why (left25): "¿por qué la rodilla se dobla al girar?"
  'por que la rodilla',
  'porque la rodilla',
  // someone in general ("uno"): "¿es normal que a uno se le vaya la rodilla al girar?"
  'es normal que a uno',
  'es normal que uno',
  // something heard or read, asked about: "¿eso de que la rodilla se pone roja con fiebre es peligroso?"
  'eso de que',
  'lo de que',
  'es cierto que',
  'es verdad que',
);
/** Whether it is dangerous, asked of what a sign means: "¿qué significa cuando la rodilla se dobla sola? ¿es peligroso?". */
export const DANGER_ASKED_PHRASES: Phrase[] = phrases(
  'es peligroso',
  'es peligrosa',
  'es grave',
  'es serio',
  'es seria',
  'es de cuidado',
  'es malo',
  'es mala',
  'es preocupante',
  'es de preocuparse',
  'es de emergencia',
  'es una emergencia',
  'hay que preocuparse',
  'debo preocuparme',
  'me debo preocupar',
  // "¿es algo grave?", "¿será grave?", "¿me tengo que preocupar?"
  ...['grave', 'serio', 'seria', 'peligroso', 'peligrosa', 'malo', 'mala', 'preocupante', 'de cuidado'].flatMap((w) => [
    `es algo ${w}`,
    `sera algo ${w}`,
    `sera ${w}`,
  ]),
  'es de gravedad',
  'tengo que preocuparme',
  'me tengo que preocupar',
  'es serious',
  'es bad',
  // or said to be a general question, about no one's knee: "¿qué significa cuando la rodilla se vence? pregunta general"
  'pregunta general',
  'es general',
  'en general',
  'por curiosidad',
  'de curiosidad',
  'pura curiosidad',
  'nomas por saber',
  'solo por saber',
  'nada mas por saber',
  'nomas pregunto',
  'solo pregunto',
);
/** Longest follow-on question that still asks about the meaning question before it ("¿y eso es peligroso?"). */
export const DANGER_FOLLOW_ON_WORDS = 5;
/** A child named in general, not one's own: "a un niño", "en los niños", "unos chamacos". */
export const GENERIC_CHILD_BEFORE: ReadonlySet<string> = new Set(['un', 'una', 'unos', 'unas', 'los', 'las', 'en']);
/** The knee or thigh, and the hip its pain may come from in a child (NICE, NHS: a hip problem felt in the knee). */
export const REFERRED_KNEE_WORDS: ReadonlySet<string> = new Set(['rodilla', 'rodillas', 'muslo', 'muslos']);
export const REFERRED_HIP_WORDS: ReadonlySet<string> = new Set(['cadera', 'caderas']);
/** A present injury makes a "what does it mean" question a report after all. */
export const PRESENT_INJURY_WORDS: ReadonlySet<string> = new Set([
  'cai',
  'cayo',
  'caida',
  'golpe',
  'golpee',
  'torci',
  'hoy',
  'ahorita',
  'ahora',
  'ayer',
  'anoche',
  'lesion',
  'accidente',
  'acabo',
  'acaba',
  'partido',
]);

/** A question that opens with these asks what a word means: "¿qué es la trombosis?". */
export const DEFINITION_OPENINGS: Phrase[] = phrases(
  'que es',
  'que son',
  'que significa',
  'que quiere decir',
  'que es eso de',
  'what is',
);

/** A claim heard or read, asked about as a question: "¿eso de que la rodilla se pone roja con fiebre es peligroso?" */
export const HEARD_CLAIM_OPENINGS: Phrase[] = phrases('eso de que', 'lo de que', 'es cierto que', 'es verdad que');
