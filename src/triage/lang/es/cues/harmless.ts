// Spanish words of the harmless-cause check (../harmless.ts; English: src/triage/words/harmless.ts): an
// everyday cause of a warm, red or numb spot told beside it (the sun, a tattoo, a bag of ice, "es por el
// azúcar"), and what makes the symptom matter whatever the cause (an injury, a fever, an operation, a clot
// risk, a sudden start). Words as the Spanish normaliser leaves them (accents folded).
import { phrases, type Phrase } from './phrase';

/** What an everyday cause can explain: the kind of symptom word in a match. */
export type SpanishHarmlessKind = 'heat' | 'cold' | 'colour' | 'numb';

/**
 * The word classes (../classes.ts) whose single words are each kind's symptom words, plus a few of the
 * kind's words that the classes hold only inside phrases ("no siento", a tattoo "hinchadita").
 */
export const KIND_CLASSES: Readonly<Record<SpanishHarmlessKind, readonly string[]>> = {
  heat: ['caliente'],
  cold: ['frio'],
  colour: ['rojo', 'palido'],
  numb: ['entumido', 'hormigueo'],
};
export const KIND_EXTRA_WORDS: Readonly<Record<SpanishHarmlessKind, ReadonlySet<string>>> = {
  heat: new Set(['arde', 'ardor', 'calientito']),
  cold: new Set([]),
  // skin swollen around a new tattoo or a burn, as the English "swollen" with dye or ink
  colour: new Set(['hinchada', 'hinchado', 'hinchadita', 'hinchadito', 'inflamada', 'inflamado', 'inflamadita']),
  // "no siento los pies", "no puedo mover los dedos": numbness only when no other kind is named
  numb: new Set(['siento', 'siente', 'sentir', 'mover', 'muevo', 'mueve']),
};

/** Everyday causes of each kind, said beside the symptom: phrases, in order. */
export const HARMLESS_CAUSES: Readonly<Record<SpanishHarmlessKind, Phrase[]>> = {
  heat: phrases(
    'sol',
    'asoleada',
    'asoleado',
    'asolee',
    'asolearme',
    'verano',
    'sauna',
    'vapor',
    'temazcal',
    'jacuzzi',
    'agua caliente',
    'bolsa de agua',
    'compresa caliente',
    'compresas calientes',
    'cojin electrico',
    'almohadilla electrica',
    'parche de calor',
    'quemada de sol',
    'quemadura de sol',
    'sunburn',
    'hot tub',
    'heating pad',
  ),
  cold: phrases(
    'hielo',
    'hielos',
    'bolsa de hielo',
    'bano de hielo',
    'agua helada',
    'agua fria',
    'hielera',
    'congelador',
    'cuarto frio',
    'camara fria',
    'aire acondicionado',
    'hace frio',
    'hacia frio',
    'raynaud',
    'raynauds',
    'ice bath',
  ),
  colour: phrases(
    'tatuaje',
    'tatuajes',
    'tatue',
    'tatuaron',
    'tatuar',
    'tatuador',
    'tattoo',
    'tattoos',
    'tinta',
    'tinte',
    'pintura',
    'pinte',
    'henna',
    'quemada de sol',
    'quemadura de sol',
    'me queme con el sol',
    'asoleada',
    'asoleado',
    'asolee',
    'sunburn',
    'mezclilla',
    'jeans',
    'pantalon nuevo',
    'depilacion',
    'depile',
    'cera',
    'kinesio',
    'cinta',
    'tape',
    'marcador',
    'plumon',
    'bano de hielo',
    'bolsa de hielo',
    'raynaud',
    'raynauds',
  ),
  numb: phrases('bano de hielo', 'raynaud', 'raynauds'),
};

/**
 * A colour that is a stain, said right after the colour word ("la pierna morada … de pintura", "roja de
 * tinta"): the skin is painted, not ill, even beside a fall or a blow.
 */
export const STAINS: ReadonlySet<string> = new Set([
  'pintura',
  'tinta',
  'tinte',
  'marcador',
  'plumon',
  'henna',
  'betun',
  'crayola',
  'gis',
  'mezclilla',
]);

/**
 * Long-standing conditions that explain numbness or pins and needles, but only when said as the cause
 * ("es por el azúcar", "por la diabetes", "viene de la ciática"), not merely named ("tengo diabetes y …").
 */
export const NUMB_CONDITIONS: ReadonlySet<string> = new Set([
  'diabetes',
  'diabetico',
  'diabetica',
  'azucar',
  'neuropatia',
  'ciatica',
  'ciatico',
  'columna',
  'espalda',
  'hernia',
  'quimio',
  'quimioterapia',
  'circulacion',
  'varices',
]);
/** A cause told as such, within a few words before the condition: "por", "es (de)", "viene de", "del". */
export const CAUSE_LEADS: ReadonlySet<string> = new Set([
  'por',
  'del',
  'es',
  'son',
  'sea',
  'viene',
  'vienen',
  'causa',
  'culpa',
  'debido',
]);
/** How far before the condition its lead may stand ("es por el azúcar", "viene de la ciática"). */
export const CAUSE_LEAD_REACH = 3;

/**
 * With any of these in the message an everyday cause explains nothing (besides an injury word,
 * ./secondLine.ts INJURY_WORDS): a fever, an operation, a clot risk, a wound that festers, breathlessness.
 */
export const CAUSE_GUARDS: ReadonlySet<string> = new Set([
  'fiebre',
  'calentura',
  'escalofrios',
  'temperatura',
  'malestar',
  'operacion',
  'operaron',
  'opere',
  'operada',
  'operado',
  'cirugia',
  'artroscopia',
  'yeso',
  'vuelo',
  'avion',
  'embarazada',
  'embarazo',
  'parto',
  'coagulo',
  'trombo',
  'trombosis',
  'pus',
  'supura',
  'supurando',
  'infeccion',
  'infectada',
  'infectado',
  'rayas',
  'pecho',
  'respirar',
  'ahogo',
  'pulso',
  'repente',
  'derrepente',
  'repentino',
  'repentina',
  'fever',
  'surgery',
  'clot',
]);
/**
 * A stiff knee that loosens up as one moves ("siento la rodilla tiesa un ratito, luego se me afloja
 * caminando"): the loosening is the stiffness going, not the knee giving way (../harmless.ts).
 */
export const STIFF_WORDS: ReadonlySet<string> = new Set([
  'tiesa',
  'tieso',
  'tiesas',
  'tiesos',
  'rigida',
  'rigido',
  'entiesada',
  'entiesado',
  'engarrotada',
  'engarrotado',
]);
export const LOOSENING_WORDS: ReadonlySet<string> = new Set(['afloja', 'aflojan', 'aflojo', 'aflojando']);
/**
 * A tingle or numbness that goes when the shoe or strap is loosened (the English tight-shoe rule): "hormigueo en
 * los dedos en la bici, se quita aflojando el zapato". One that stays ("no se quita", read as persiste) still counts.
 */
export const LOOSEN_VERBS: ReadonlySet<string> = new Set([
  ...['aflojando', 'aflojo', 'afloje', 'aflojar', 'aflojarlo', 'aflojarla', 'aflojarlos', 'aflojarlas'],
  ...['soltando', 'suelto', 'solte', 'soltar', 'desabrochando', 'desabrocho', 'quitandome'],
]);
export const GEAR_WORDS: ReadonlySet<string> = new Set([
  ...['zapato', 'zapatos', 'tenis', 'agujetas', 'cordones', 'bota', 'botas', 'zapatilla', 'zapatillas', 'calzado'],
  ...['calcetas', 'calcetines', 'rodillera', 'venda', 'vendaje', 'correa', 'correas', 'strap', 'straps', 'broche'],
]);
/** The gear within this many words after the loosening ("aflojo un poco el tenis"). */
export const GEAR_REACH = 4;
export const EASED_PHRASES: Phrase[] = phrases(
  'se quita',
  'se me quita',
  'se quitan',
  'se me quitan',
  'se pasa',
  'se me pasa',
  'se va',
  'se me va',
  'desaparece',
  'se compone',
  'se me compone',
  'se me quito',
  'se quito',
  'se me paso',
  'se paso',
);
/** The feeling outlasted the loosening: "aflojé el tenis y todavía sigue". */
export const STILL_THERE_WORDS: ReadonlySet<string> = new Set(['persiste', 'sigue', 'siguen', 'todavia']);
/** Said with the loosening, it eases with time or movement ("luego", "caminando", "al rato"). */
export const EASING_WORDS: ReadonlySet<string> = new Set([
  'luego',
  'despues',
  'rato',
  'ratito',
  'caminando',
  'moviendola',
  'moviendome',
  'movimiento',
  'calentando',
  'caliento',
  'poco',
  'solita',
]);
/** …but a fall or a buckle with it is the knee giving way ("se me afloja y me caigo"). */
export const BUCKLE_WORDS: ReadonlySet<string> = new Set([
  'caigo',
  'cae',
  'cai',
  'caer',
  'caerme',
  'dobla',
  'voy',
  'vence',
]);
/** Words that deny an injury just after them ("nunca me he golpeado", "sin caerme"): it guards nothing. */
export const INJURY_DENIALS: ReadonlySet<string> = new Set(['nunca', 'jamas', 'sin']);
/** After "no", the words that make it deny the injury ("no me he caído", "no le pegaron"; not "no sé, me caí"). */
export const DENIED_NO_NEXT: ReadonlySet<string> = new Set(['me', 'le', 'he', 'ha', 'nos', 'hubo']);
/** A sudden start said in more than one word: "de la nada". */
export const GUARD_PHRASES: Phrase[] = phrases('de la nada', 'se extiende', 'falta el aire', 'me falta el aire');
