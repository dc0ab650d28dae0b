// Spanish cues for signs told across sentences: a blow "hace 1 hora", then "ya parece toronja"; a shin
// that hurts, then "hay un lugar exacto que duele al tocar".
import { phrases, type Phrase } from './phrase';

/** Not long ago, in hours or minutes: "hace 1 hora", "hace como 40 min", "hace media hora". */
export const RECENT_UNITS: ReadonlySet<string> = new Set([
  'hora',
  'horas',
  'minutos',
  'minuto',
  'min',
  'mins',
  'rato',
  'ratito',
]);
/** Between "hace" and the unit: "hace como 40 min", "hace una hora", "hace media hora". */
export const RECENT_FILLERS: ReadonlySet<string> = new Set([
  'como',
  'unos',
  'unas',
  'una',
  'un',
  'media',
  'casi',
  'apenas',
  'menos',
  'de',
]);
/** The bones where a runner's or dancer's stress injury is felt. */
export const STRESS_BONE_WORDS: ReadonlySet<string> = new Set([
  'espinilla',
  'espinillas',
  'tibia',
  'femur',
  'perone',
  'metatarso',
  'hueso',
  'huesito',
  'shin',
]);
/** One exact spot: "un lugar exacto", "un solo punto", "un puntito". */
export const PINPOINT_PHRASES: Phrase[] = phrases(
  'un lugar exacto',
  'un punto exacto',
  'un solo lugar',
  'un solo punto',
  'un punto',
  'un puntito',
  'un lugar especifico',
  'un punto especifico',
  'en un solo lado',
);
/** Pressing on it: "duele al tocar", "si lo aprieto". */
export const TOUCH_WORDS: ReadonlySet<string> = new Set([
  'tocar',
  'toco',
  'tocarlo',
  'tocarla',
  'tocarme',
  'aprieto',
  'apretar',
  'presiono',
  'presionar',
  'tacto',
]);

/** Later the same day, when the injury was today ("hoy me torcí … para la hora de la comida ya estaba del doble"). */
export const LATER_TODAY_PHRASES: Phrase[] = phrases(
  'para la hora de la comida',
  'para la hora del almuerzo',
  'para el almuerzo',
  'para el mediodia',
  'para la tarde',
  'para la noche',
  'a media tarde',
  'para cuando llegue',
  'para cuando sali',
  'al salir del trabajo',
  'al terminar el turno',
);
/** The injury told as today's. */
export const TODAY_PHRASES: Phrase[] = phrases('hoy', 'esta manana', 'en la manana de hoy', 'ahorita en la manana');
/** Moving or stretching the foot or toes: "si muevo los dedos", "al estirar el pie". */
export const STRETCH_WORDS: ReadonlySet<string> = new Set([
  'mover',
  'muevo',
  'mueve',
  'mueva',
  'muevan',
  'movemos',
  'moverlos',
  'moverlo',
  'estirar',
  'estiro',
  'estira',
  'doblar',
  'doblo',
  'levantar',
  'levanto',
]);
/** Pain shown rather than said (a child's): "llora si le muevo los deditos". */
export const CRY_WORDS: ReadonlySet<string> = new Set([
  'llora',
  'llorando',
  'grita',
  'gritando',
  'chilla',
  'chillando',
  // said of oneself: "si muevo los dedos del pie grito"
  'grito',
  'lloro',
  'chillo',
]);
/** Skin stretched tight and shiny over a swollen muscle ("la piel está tirante y brillosa"). */
export const TIGHT_SKIN_WORDS: ReadonlySet<string> = new Set([
  'tirante',
  'brillosa',
  'brilloso',
  'lustrosa',
  'lustroso',
]);
/** A cramp hardens the calf and hurts on moving the toes, and passes: not the tight-muscle alarm. */
export const CRAMP_PREFIXES: readonly string[] = ['calambr', 'acalambr', 'espasm', 'contractur'];
/** A hand held to the chest, as a relative sees it ("está en el sillón con la mano en el pecho"). */
export const CHEST_CLUTCH_PHRASES: Phrase[] = phrases(
  'mano en el pecho',
  'manos en el pecho',
  'se agarra el pecho',
  'se agarraba el pecho',
  'agarrandose el pecho',
  'me agarro el pecho',
  'se toca el pecho',
  'tocandose el pecho',
  'se soba el pecho',
  'sobandose el pecho',
  'se aprieta el pecho',
  'apretandose el pecho',
);
/** After the hand on the chest, a vow: "con la mano en el pecho le digo …" is a figure of speech. */
export const VOW_WORDS: ReadonlySet<string> = new Set(['digo', 'juro', 'prometo', 'confieso', 'aseguro']);
/** After pale or sweaty, a cause that is no illness ("pálido de coraje", "sudado del trabajo"). */
export const HARMLESS_CAUSES: ReadonlySet<string> = new Set([
  'coraje',
  'susto',
  'miedo',
  'verguenza',
  'nervios',
  'risa',
  'trabajo',
  'calor',
  'sol',
  'ejercicio',
  'correr',
  'caminar',
  'gym',
  'partido',
  'juego',
]);
/** What the onlooker sees beside it: sweat and a grey or pale face (a heart attack, whatever he calls it). */
export const SWEAT_OR_PALE_WORDS: ReadonlySet<string> = new Set([
  'sudado',
  'sudada',
  'sudando',
  'sudoroso',
  'sudorosa',
  'palido',
  'palida',
  'gris',
  'grisaceo',
  'grisacea',
  'sweaty',
  'pale',
]);

/**
 * Pain that nothing calms, painkillers included ("el dolor no se calma con nada ni con pastillas"): pain out
 * of proportion, the compartment sign beside a calf or shin hard as wood.
 */
export const UNRELIEVED_PHRASES: Phrase[] = phrases(
  'no se calma con nada',
  'no se me calma con nada',
  'no se quita con nada',
  'no se me quita con nada',
  'no se calma ni con',
  'no se quita ni con',
  'ni con pastillas',
  'ni con las pastillas',
  'ni con ibuprofeno',
  'ni con la medicina',
  'no me hacen nada las pastillas',
  'las pastillas no me hacen nada',
  'no me hace nada la pastilla',
);
