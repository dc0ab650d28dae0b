// Spanish cues of the second line of defence (../secondLine.ts): an injury, what the person can no
// longer do, how bad the pain is, an older person, a lifeless leg, a child's warning signs,
// hopelessness. The Spanish side of src/triage/words/secondLine.ts, written as the Spanish normaliser
// leaves a message (accents folded, "no puedo / no pude / no me puedo" → nopuede).
import { phrases, type Phrase } from './phrase';

/** A fall or a blow, said as one's own or someone else's ("me caí", "se cayó", "me pegaron"). */
export const INJURY_WORDS: ReadonlySet<string> = new Set([
  'cai',
  'caida',
  'caidas',
  'cayo',
  'tropece',
  'tropezo',
  'tropezon',
  'resbale',
  'resbalo',
  'resbalon',
  'golpe',
  'golpee',
  'golpeo',
  'golpeado',
  'golpeada',
  'madrazo',
  'trancazo',
  'ranazo',
  'choque',
  'chocamos',
  'accidente',
  'torci',
  'torcio',
  'torcedura',
  'patada',
  'patearon',
  'pegaron',
  'pegue',
  // "se pegó con la silla": a knock told of someone else
  'pego',
  'rodillazo',
  'machuque',
  'machucon',
  'aplaste',
  'aterrice',
  'lastime',
  'lesione',
  'tacklearon',
  'taclearon',
  'tumbaron',
  'atropellaron',
  'atropello',
]);

/** An injury word in one of these is not an injury: "me caí de la risa", "me cae mal", "se cayó el sistema". */
export const NOT_INJURY_PHRASES: Phrase[] = phrases(
  'cai de la risa',
  'cayo de la risa',
  'cai dormido',
  'cai dormida',
  'cai en cuenta',
  'cayo en cuenta',
  'se cayo el sistema',
  'se cayo la pagina',
  'se cayo el internet',
  'se cayo la llamada',
  'se cayo la app',
  'golpe de calor',
  // falls as a topic, not an event: "cómo prevenir caídas"
  'prevenir caidas',
  'prevenir las caidas',
  'evitar caidas',
  'evitar las caidas',
  'riesgo de caidas',
  'miedo a las caidas',
  'golpe de suerte',
  'de golpe',
  'choque de horario',
  'choque de horarios',
  'pegue un grito',
  'pegue un brinco',
  'pegue un susto',
  // caught (an illness, the sun) or a kick of a ball, not a knock: "se me pegó la gripa", "le pegó al balón"
  'pego la gripa',
  'pego el covid',
  'pego el virus',
  'pego el sol',
  'pego un grito',
  'pego un brinco',
  'pego un susto',
  'pego al balon',
  'pego a la pelota',
  'pego al baloncito',
);

/** After nopuede: what the person cannot do ("no puedo pararme", "no pude ni levantarme"). */
export const ABILITY_VERBS: ReadonlySet<string> = new Set([
  'caminar',
  'andar',
  'pararme',
  'pararse',
  'parar',
  'levantarme',
  'levantarse',
  'levantar',
  'levantarla',
  'alzar',
  'alzarla',
  'subirla',
  'patear',
  'extender',
  'extenderla',
  'apoyar',
  'apoyarla',
  'pisar',
  'mover',
  'moverla',
  'moverlo',
  'doblar',
  'doblarla',
  'estirar',
  'estirarla',
  'enderezar',
  'subir',
  'bajar',
  'sostenerme',
  'sostenerse',
  'aguantar',
  'dar',
]);

/** How the person gets about now: on crutches, carried, dragging the leg, on the floor. */
export const FUNCTION_LOSS_WORDS: ReadonlySet<string> = new Set([
  'muletas',
  'muleta',
  'cojeando',
  'rengueando',
  'arrastrando',
  'arrastro',
  'cargando',
  'cargaron',
  'cargarlo',
  'cargarla',
  'piso',
  'suelo',
  'camilla',
  'silla',
  'inutil',
  'brincando',
  'saltando',
]);

/** Right after a severity word, these make it brief: "lloró un ratito" is not pain too bad to bear. */
export const BRIEF_PHRASES: Phrase[] = phrases(
  'un ratito',
  'un rato',
  'un momento',
  'un segundo',
  'tantito',
  'un poquito',
);

/** Pain told as severe. */
export const SEVERITY_WORDS: ReadonlySet<string> = new Set([
  'horrible',
  'horrores',
  'insoportable',
  'terrible',
  'espantoso',
  'espantosa',
  'fuertisimo',
  'fortisimo',
  'muchisimo',
  'chingo',
  'madral',
  'llorando',
  'lloro',
  'gritando',
  'gritos',
  'estrellas',
  'agonia',
  'atroz',
  'severo',
  'severa',
]);

/** "no aguanto el dolor", "me está matando": severity said in a phrase. */
export const SEVERITY_PHRASES: Phrase[] = phrases(
  'no aguanto el dolor',
  'no aguanto del dolor',
  'no lo aguanto',
  'me esta matando',
  'me mata el dolor',
  'bien feo',
  'bien fuerte',
  'muy fuerte',
  'a morir',
  '8 de 10',
  '9 de 10',
  '10 de 10',
  'diez de diez',
);

/** Pain named: with an older person's fall, worth the X-ray question. */
export const PAIN_WORDS: ReadonlySet<string> = new Set([
  'duele',
  'dolor',
  'adolorida',
  'adolorido',
  'lastimo',
  'lastimada',
  'queja',
  'quejando',
]);

/** An older person (ages are read from numbers: "de 80 años", "tiene 72"). */
export const OLDER_WORDS: ReadonlySet<string> = new Set([
  'abuela',
  'abuelo',
  'abuelita',
  'abuelito',
  'viejita',
  'viejito',
  'ancianita',
  'ancianito',
  'anciana',
  'anciano',
  'bisabuela',
  'bisabuelo',
]);

/** Words after a number that make it an age, and words before it. */
export const AGE_UNITS: ReadonlySet<string> = new Set(['anos', 'ano', 'anitos']);
export const AGE_BEFORE: ReadonlySet<string> = new Set(['tiene', 'tengo', 'de', 'edad', 'cumple', 'cumplio', 'con']);
export const NOT_AGE_AFTER: ReadonlySet<string> = new Set([
  'millas',
  'kilometros',
  'km',
  'minutos',
  'segundos',
  'horas',
  'dias',
  'semanas',
  'meses',
  'kilos',
  'libras',
  'dolares',
  'pasos',
  'grados',
  'escalones',
  'pisos',
  // a height fallen from ("me caí como de 8 pies"), never an age
  'pies',
  'pie',
  'metros',
  'metro',
  'pulgadas',
  'yardas',
  'peldanos',
  'feet',
  'ft',
]);

/** A leg or foot that feels lifeless: "la pierna muerta", "sin fuerza", "no me responde". */
export const LIFELESS_WORDS: ReadonlySet<string> = new Set(['muerta', 'muerto', 'inerte', 'floja', 'flojo', 'trapo']);
export const LIMB_WORDS: ReadonlySet<string> = new Set(['pierna', 'piernas', 'pie', 'pies', 'pata', 'dedos']);

/** With a child named: a limp, fever, pain at night, not wanting to walk. */
export const CHILD_WARNING_WORDS: ReadonlySet<string> = new Set([
  'cojea',
  'cojeando',
  'cojera',
  'renguea',
  'rengueando',
  'fiebre',
  'calentura',
  'temperatura',
  'despierta',
  'llorando',
]);

/** The writer speaks of themselves. */
export const SELF_WORDS: ReadonlySet<string> = new Set(['yo', 'me', 'tengo', 'estoy', 'siento', 'cai', 'mis']);

/** Hopelessness short of the words the rules alarm on: the crisis question, never an alarm by itself. */
export const HOPELESS_PHRASES: Phrase[] = phrases(
  'ya nopuede mas',
  'ya no aguanto mas',
  'ya me rendi',
  'ya me rindo',
  'me quiero rendir',
  'no sirvo para nada',
  'soy una carga',
  'soy un estorbo',
  'no veo salida',
  'no hay salida',
  'sin esperanza',
  'no tengo esperanza',
  'ya no tengo ganas de nada',
  // giving up, the opposite of "le echo ganas" (also typed "hecho")
  'ya no le echo ganas',
  'ya no le hecho ganas',
  'ya no le quiero echar ganas',
  'no tengo ganas de nada',
  'harto de todo',
  'harta de todo',
  'me siento vacio',
  'me siento vacia',
  'a nadie le importo',
  'no le importo a nadie',
  'todo me sale mal',
  'ya para que',
  'para que sigo luchando',
  'para que seguir luchando',
  'para que sigo intentando',
  'de que sirve',
);

/**
 * Keeping going, or asking how to cope ("le echo ganas por mis hijos … ¿cómo hago para no frustrarme?"): the
 * model's crisis question reads the frustration words alone; these say the writer is holding on. Only the model's
 * guess yields to them: the cues above and the rules still ask and alarm.
 */
export const COPING_PHRASES: Phrase[] = phrases(
  'le echo ganas',
  'le echo muchas ganas',
  'le hecho ganas',
  'le sigo echando ganas',
  'le estoy echando ganas',
  'echandole ganas',
  'sigo adelante',
  'salgo adelante',
  'como hago para no',
  'como le hago para no',
  'que hago para no',
  'como puedo no',
  'tips para no',
  'consejos para no',
);

/**
 * The weather, hunger or sleepiness named in the same sentence make "ya no puedo más, me muero" a complaint
 * about them ("qué calorón hace, ya no puedo más"), not hopelessness.
 */
export const EVERYDAY_DISCOMFORT_WORDS: ReadonlySet<string> = new Set([
  'calor',
  'caloron',
  'calorcito',
  'calorazo',
  'bochorno',
  'friazo',
  'frio',
  'hambre',
  'sueno',
  'sed',
  'desvelada',
  'desvelado',
]);

/** A lump, and a lump that beats: a pulsing lump behind the knee is checked (tumour-signs). */
export const LUMP_WORDS: ReadonlySet<string> = new Set([
  'bola',
  'bolita',
  'bulto',
  'bultito',
  'masa',
  'chipote',
  'protuberancia',
  'abultamiento',
  'nudo',
  'lump',
]);
/** A lump told as hard or growing (strongCues.ts): "está duro como hueso", "ha crecido". */
export const HARD_GROWING_WORDS: ReadonlySet<string> = new Set([
  'duro',
  'dura',
  'durito',
  'durita',
  'crecio',
  'crecido',
  'creciendo',
  'crece',
]);
/** A knot in a muscle is not a lump of the bone (strongCues.ts). */
export const MUSCLE_WORDS: ReadonlySet<string> = new Set([
  'musculo',
  'musculos',
  'pantorrilla',
  'cuadriceps',
  'isquios',
  'contractura',
  'nudo',
  'nudos',
  'masaje',
  'rodillo',
]);
export const PULSING_WORDS: ReadonlySet<string> = new Set([
  'late',
  'palpita',
  'pulsa',
  'pulso',
  'latiendo',
  'palpitando',
]);
/** A cancer history: with new bone pain, worth a check (tumour-signs). */
export const CANCER_WORDS: ReadonlySet<string> = new Set([
  'cancer',
  'tumor',
  'quimio',
  'quimioterapia',
  'leucemia',
  'linfoma',
  'mieloma',
  'sarcoma',
  'oncologo',
  'oncologa',
]);
export const BONE_WORDS: ReadonlySet<string> = new Set(['hueso', 'huesos', 'huesito']);

/** After a fall, an older person who has not got up or walked since ("no se ha levantado del sillón",
 * "ni al baño ha podido ir"): can't bear weight, told by what they no longer do. */
export const CANT_GET_UP_PHRASES: Phrase[] = phrases(
  'no se ha levantado',
  'no se ha parado',
  'no se ha podido levantar',
  'no se ha podido parar',
  'nopuede se levantar',
  'nopuede se parar',
  'nopuede levantarse',
  'nopuede pararse',
  'ya no se para',
  'ya no se levanta',
  'no ha caminado',
  'no ha podido caminar',
  'ni al bano ha podido',
  'no ha podido ir al bano',
);

/** The writer's own all clear after someone else's accident ("un compañero se cayó … gracias a Dios yo estoy bien"). */
export const WRITER_FINE_PHRASES: Phrase[] = phrases(
  'yo estoy bien',
  'yo sali bien',
  'yo no me lastime',
  'yo no me paso nada',
  'a mi no me paso nada',
  'yo no tengo nada',
);
/** People outside the family: their accident told, the writer fine, is a story, not a case to ask about. */
export const ACQUAINTANCE_WORDS: ReadonlySet<string> = new Set([
  'companero',
  'companera',
  'vecino',
  'vecina',
  'amigo',
  'amiga',
  'jefe',
  'conocido',
  'conocida',
  'compa',
]);
