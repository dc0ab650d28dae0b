// Spanish cues for a message told from work or for teaching: "soy enfermera de ER y veo de todo:
// rodillas dislocadas, coágulos", "soy maestro de deportes y quiero explicarles a mis alumnos …".
import { phrases, type Phrase } from './phrase';

/** A role that sees or teaches injuries, named by the writer ("soy enfermera", "trabajo de paramédico"). */
export const WORK_ROLES: ReadonlySet<string> = new Set([
  'enfermera',
  'enfermero',
  'doctor',
  'doctora',
  'medico',
  'medica',
  'paramedico',
  'paramedica',
  'bombero',
  'bombera',
  'terapeuta',
  'fisioterapeuta',
  'fisio',
  'quiropractico',
  'quiropractica',
  'entrenador',
  'entrenadora',
  'coach',
  'maestro',
  'maestra',
  'profesor',
  'profesora',
  'profe',
  'instructor',
  'instructora',
  'cuidador',
  'cuidadora',
  'asistente',
  'tecnico',
  'tecnica',
  'radiologo',
  'radiologa',
  'estudiante',
  'nurse',
  'emt',
  'trainer',
]);
/** Words before a role that make it the writer's own: "soy", "trabajo de", "trabajo como". */
export const ROLE_LEADS: ReadonlySet<string> = new Set(['soy', 'trabajo', 'como', 'estudio']);
/** Where people see injuries at work: "trabajo en urgencias", "en mi trabajo". */
export const WORKPLACE_PHRASES: Phrase[] = phrases(
  'trabajo en urgencias',
  'trabajo en emergencias',
  'trabajo en el hospital',
  'trabajo en un hospital',
  'trabajo en una clinica',
  'trabajo en la clinica',
  'trabajo en un asilo',
  'trabajo en una ambulancia',
  'en mi trabajo',
  'en el trabajo veo',
  'mis pacientes',
  'mis alumnos',
  'mis alumnas',
  'mis estudiantes',
  'mis jugadores',
  'mis jugadoras',
  'mis atletas',
  'mis clientes',
);
/** Seeing many cases, or teaching about them: the signs named are other people's or a lesson's. */
export const SEEN_OR_TAUGHT_PHRASES: Phrase[] = [
  ...['veo', 'vemos', 'he visto', 'hemos visto', 'atiendo', 'atendemos', 'trato', 'tratamos', 'recibo', 'recibimos']
    .flatMap((verb) =>
      ['de todo', 'muchas', 'muchos', 'pacientes', 'casos', 'gente', 'personas', 'ninos', 'jugadores', 'rodillas'].map(
        (what) => `${verb} ${what}`,
      ),
    )
    .map((p) => p.split(' ')),
  ...phrases(
    'me toca ver',
    'nos toca ver',
    'nos llegan',
    'me llegan',
    'explicarles',
    'ensenarles',
    'para mi clase',
    'para una clase',
    'para un taller',
    'para una platica',
    'para un cartel',
    'para un poster',
    'para un folleto',
    'para una presentacion',
  ),
];
/** A story placed in the past: "eso fue en marzo", "una vez", "el mes pasado" (with LONG_PAST_PHRASES). */
export const STORY_ANCHORS: Phrase[] = phrases(
  'eso fue',
  'eso paso',
  'eso ocurrio',
  'el mes pasado',
  'hace meses',
  'hace unos meses',
  'hace varios meses',
  'la temporada pasada',
  'la vez pasada',
);
/** After the story, all is well: "pero él está bien, no tiene nada". */
export const ALL_CLEAR_PHRASES: Phrase[] = phrases(
  'esta bien',
  'estan bien',
  'estoy bien',
  'no tiene nada',
  'no tengo nada',
  'no tienen nada',
  'todo bien',
  'nada grave',
  'quedo bien',
  'salio bien',
  'esta perfecto',
  'esta perfecta',
  'esta sano',
  'esta sana',
);
/** A first-aid course or training: a lesson, when the sign is named in the same sentence ("nos van a dar
 * un curso de primeros auxilios, ¿cómo se ve una rodilla dislocada?"). */
export const COURSE_PHRASES: Phrase[] = ['curso', 'clase', 'taller', 'capacitacion', 'certificacion', 'entrenamiento']
  .flatMap((what) => [`${what} de primeros auxilios`, `${what} de rcp`, `${what} de first aid`, `${what} de cpr`])
  .map((p) => p.split(' '));
/** Making teaching material: enough by itself ("estoy haciendo un póster para mi clase sobre lesiones"). */
export const TEACHING_MATERIAL_PHRASES: Phrase[] = ['haciendo', 'para', 'preparando'].flatMap((lead) =>
  phrases(
    ...[
      'un poster',
      'un cartel',
      'un folleto',
      'una presentacion',
      'una tarea',
      'mi tarea',
      'un proyecto',
      'una exposicion',
      'mi exposicion',
      'un examen',
      'un trabajo sobre',
      'un reporte sobre',
      'una investigacion sobre',
      'un ensayo sobre',
    ].map((what) => `${lead} ${what}`),
  ),
);
/** Someone else's story passed on ("me contó de un señor que …"), then the writer's "yo no tengo nada de eso". */
export const TOLD_STORY_PHRASES: Phrase[] = phrases(
  'me conto',
  'me contaron',
  'nos conto',
  'me platico',
  'me platicaron',
  'nos platico',
  'me dijo de',
  'vi un video',
  'lei de',
  'lei que',
);
export const DENIED_FOR_ME_PHRASES: Phrase[] = phrases(
  'no tengo nada de eso',
  'no tengo nada asi',
  'a mi no me ha pasado',
  'no me ha pasado nada de eso',
  'nada de eso me pasa',
  'no es mi caso',
  'yo no tengo eso',
);
/** "A mí no (se) me …" before the asked sign's own verb: the writer denies it ("a mí no se me hinchó"). */
export const DENIED_SIGN_LEADS: Phrase[] = phrases(
  'a mi no se me',
  'a mi no me',
  'yo no me',
  'a mi nunca se me',
  'a mi nunca me',
);
/** Someone's word for what the writer has: "el sobador dijo que tenía …", "mi suegra dice que tengo …". */
export const SAID_HAS_PHRASES: Phrase[] = ['dijo', 'dice', 'dijeron', 'dicen', 'decia'].flatMap((said) =>
  ['tenia', 'tengo', 'tiene', 'traigo', 'traia', 'era', 'es'].map((has) => [said, 'que', has]),
);
/** A clinician's word that the sign is expected: "el cirujano me dijo que es normal que esté tibia". */
export const SAID_NORMAL_PHRASES: Phrase[] = ['dijo', 'dice', 'dijeron', 'dicen', 'explico', 'explicaron'].flatMap(
  (said) => ['es', 'era', 'seria'].map((is) => [said, 'que', is, 'normal']),
);
/** Someone asked the writer about the sign: "el doctor me preguntó si tenía dolor de pecho …". */
export const ASKED_IF_PHRASES: Phrase[] = ['me', 'nos'].flatMap((whom) =>
  ['pregunto', 'preguntaron', 'pregunta', 'preguntan', 'preguntaba'].flatMap((asked) => [
    [whom, asked, 'si'],
    [whom, asked, 'que', 'si'],
  ]),
);
/** The answer was no: "… y no, nada", "le dije que no". */
export const ANSWERED_NO_PHRASES: Phrase[] = phrases(
  'no nada',
  'y nada',
  'le dije que no',
  'les dije que no',
  'dije que no',
  'le conteste que no',
  'conteste que no',
  'no tengo nada de eso',
  'nada de eso',
);
/** The writer's own finding that says otherwise: "pero camino normal y se ve igual que la otra". */
export const LOOKS_FINE_PHRASES: Phrase[] = phrases(
  'camino normal',
  'camino bien',
  'ando normal',
  'ando bien',
  'se ve igual',
  'se ve normal',
  'se ve bien',
  'la veo normal',
  'la veo bien',
  'la veo igual',
  'esta normal',
  'no me duele',
  'no tengo nada',
  'me siento bien',
);
/** The writer doubts the word given: "la verdad …", "¿le creo?", "¿será cierto?". */
export const DOUBT_PHRASES: Phrase[] = phrases(
  'la verdad',
  'le creo',
  'les creo',
  'creerle',
  'no creo',
  'sera cierto',
  'sera verdad',
  'tendra razon',
  'tiene razon',
);
/** In the sign's own sentence, these make it the writer's body after all ("me duele", "tengo …"). */
export const OWN_BODY_WORDS: ReadonlySet<string> = new Set(['me', 'tengo', 'siento']);
/** "mi"/"mis" before one of these is the writer's body ("veo que mi rodilla …"), not "mi clase". */
export const BODY_PART_WORDS: ReadonlySet<string> = new Set([
  'rodilla',
  'rodillas',
  'rotula',
  'pierna',
  'piernas',
  'pie',
  'pies',
  'pantorrilla',
  'tobillo',
  'cadera',
  'muslo',
  'espinilla',
  'ingle',
  'dedos',
  'pecho',
  'cuerpo',
]);
