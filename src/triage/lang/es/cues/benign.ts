// Spanish words of the everyday patterns that look like red flags (../benign.ts): a child's growing pains,
// a bump below the knee in a sporty child (Osgood-Schlatter), a cramp that woke one. Words as the Spanish
// normaliser leaves them (accents folded, "canillas" read back as "espinillas").
import { phrases, type Phrase } from './phrase';

/** Night, and waking at night: the part of a match growing pains or a night cramp explain. */
export const NIGHT_WORDS: ReadonlySet<string> = new Set([
  'noche',
  'noches',
  'nochecita',
  'anoche',
  'madrugada',
  'madrugadas',
  'despierta',
  'despiertan',
  'despierto',
  'desperto',
  'desperte',
  'despertando',
  'despertaba',
  'dormir',
]);

/** Both legs: a plural leg word ("le duelen las piernas", "las canillas") or "las dos", "ambas". */
export const BOTH_LEGS_WORDS: ReadonlySet<string> = new Set([
  'piernas',
  'rodillas',
  'espinillas',
  'pantorrillas',
  'chamorros',
  'muslos',
  'piernitas',
  'rodillitas',
  'ambas',
  'ambos',
]);
export const BOTH_PHRASES: Phrase[] = phrases('las dos', 'los dos');

/** One side only: not the growing-pains pattern ("nomás la derecha", "de un solo lado"). */
export const ONE_SIDE_PHRASES: Phrase[] = phrases(
  'derecha',
  'derecho',
  'izquierda',
  'izquierdo',
  'una sola',
  'un solo',
  'nomas una',
  'nomas la',
  'solo una',
  'solo la',
  'de un lado',
);

/** A child named by age: "de 6", "tiene 11", "11 años". Growing pains are of childhood; Osgood-Schlatter of 8–16. */
export const CHILD_AGE_MAX = 16;
export const AGE_LEADS: ReadonlySet<string> = new Set(['de', 'tiene', 'tengo', 'cumplio']);
/** After "de 2", a count of these is a time or an amount, not an age ("dolor de 2 semanas"). */
export const COUNTED_UNITS: ReadonlySet<string> = new Set([
  'semana',
  'semanas',
  'dia',
  'dias',
  'mes',
  'meses',
  'hora',
  'horas',
  'minutos',
  'noches',
  'veces',
  'millas',
  'km',
  'kilos',
  'libras',
]);

/**
 * What makes a child's leg pain matter whatever else is said (NHS, growing pains; a lump): a limp, a fever,
 * swelling, redness or heat, an injury, one that keeps growing, weight or appetite lost, bruises or a rash,
 * weak or pale, pain by day too. Said without a
 * denial before it ("no cojea", "sin fiebre" are the reassurance itself).
 */
export const CHILD_GUARD_WORDS: ReadonlySet<string> = new Set([
  'cojea',
  'cojeando',
  'cojear',
  'cojeo',
  'cojera',
  'renguea',
  'rengueando',
  'fiebre',
  'calentura',
  'temperatura',
  'hinchada',
  'hinchado',
  'hinchazon',
  'inflamada',
  'inflamado',
  'roja',
  'rojo',
  'colorada',
  'caliente',
  'calientita',
  'golpe',
  'golpeo',
  'cayo',
  'caida',
  'crece',
  'crecido',
  'crecio',
  'creciendo',
  'peso',
  'late',
  'palpita',
  'nopuede',
  'moreton',
  'moretones',
  'moretes',
  'morado',
  'morados',
  'manchas',
  'sarpullido',
  'ronchas',
  'debil',
  'palido',
  'palida',
  'apetito',
  'sudores',
]);
export const CHILD_GUARD_PHRASES: Phrase[] = phrases(
  'mas grande',
  'no quiere caminar',
  'no quiere pisar',
  'no quiere apoyar',
  'todo el dia',
  'tambien de dia',
  'en el dia tambien',
  'en la manana sigue',
  'en la manana le sigue',
  'y en la manana',
  'no come',
  'ya no come',
);
/** Before a guard word, these deny it: "no cojea", "ni fiebre", "sin calentura", "nunca se ha caído". */
export const GUARD_DENIALS: ReadonlySet<string> = new Set(['no', 'ni', 'sin', 'nunca', 'tampoco', 'nada']);
export const GUARD_DENIAL_REACH = 3;

/** A bump, however it is called. */
export const BUMP_WORDS: ReadonlySet<string> = new Set([
  'bola',
  'bolita',
  'bolota',
  'bulto',
  'bultito',
  'chipote',
  'chichon',
  'huesito',
  'hueso',
  'protuberancia',
  'abultamiento',
  'bolsita',
]);
/** Just below the kneecap, where the patellar tendon pulls on the shin bone (the tibial tubercle). */
export const BELOW_WORDS: ReadonlySet<string> = new Set(['abajo', 'debajo', 'abajito', 'debajito', 'bajo', 'bajito']);
export const KNEECAP_WORDS: ReadonlySet<string> = new Set(['rodilla', 'rodillas', 'rotula', 'rotulas', 'choquezuela']);
/** Sport, or pain told with kneeling, jumping or kicking: the pull of an active child's tendon. */
export const ACTIVITY_WORDS: ReadonlySet<string> = new Set([
  'juega',
  'jugar',
  'jugando',
  'juego',
  'futbol',
  'soccer',
  'basket',
  'basquet',
  'basquetbol',
  'voleibol',
  'voli',
  'beisbol',
  'gimnasia',
  'porrista',
  'danza',
  'baile',
  'corre',
  'correr',
  'corriendo',
  'entrena',
  'entrenar',
  'entrenamiento',
  'deporte',
  'deportes',
  'brinca',
  'brincar',
  'brinco',
  'salta',
  'saltar',
  'patear',
  'patea',
  'hinca',
  'hincarse',
  'arrodilla',
  'arrodillarse',
  'practica',
  'partido',
  'partidos',
]);

/** A knee or a bone in a night-waking match: the pain of the night-pain flag, not a cramp's. */
export const OWN_PAIN_PARTS: ReadonlySet<string> = new Set(['rodilla', 'rodillas', 'hueso', 'huesos', 'rotula']);
/** A cramp, however it is said ("se me acalambró", "se me engarrotó"). */
export const CRAMP_PREFIXES: readonly string[] = ['calambre', 'acalambr', 'engarrot'];

/** A fall told with how the leg landed ("caí con la rodilla torcida", "aterrizó sobre la pierna doblada"). */
export const LANDING_VERBS: ReadonlySet<string> = new Set([
  'cai',
  'cayo',
  'caer',
  'caerme',
  'caerse',
  'cayendo',
  'aterrice',
  'aterrizo',
  'aterrizar',
  'aterrizando',
]);
export const LANDING_ON: ReadonlySet<string> = new Set(['con', 'sobre']);
export const LANDING_OWNERS: ReadonlySet<string> = new Set(['la', 'el', 'mi', 'su']);
export const LANDING_PARTS: ReadonlySet<string> = new Set(['rodilla', 'pierna', 'pie']);
/** The twist of the landing, said as a shape: the injury's mechanism, not how the knee looks now. */
export const LANDING_SHAPES: ReadonlySet<string> = new Set([
  'torcida',
  'torcido',
  'doblada',
  'doblado',
  'chueca',
  'chueco',
]);

/** Growing, of a lump or of a child. */
export const GROWING_WORDS: ReadonlySet<string> = new Set(['crece', 'crecido', 'crecio', 'creciendo']);
/** After a growing word, a height says the child grew taller ("creció como diez centímetros"), not a lump. */
export const HEIGHT_WORDS: ReadonlySet<string> = new Set([
  'centimetros',
  'centimetro',
  'cm',
  'cms',
  'pulgadas',
  'pulgada',
  'inches',
  'estatura',
  'altura',
  'alto',
  'alta',
  'estiron',
]);
/** How far after the growing word the height may stand, and how far before it the child. */
export const HEIGHT_REACH = 5;
export const GROWER_REACH = 3;
