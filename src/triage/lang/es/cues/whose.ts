// Spanish cues for who (or what) has the symptom: an animal, a relative's past, the writer, or a
// character in a film, series or book.

/** An animal's leg is not a red flag ("mi perro no puede caminar"). */
export const ANIMAL_WORDS: ReadonlySet<string> = new Set([
  'perro',
  'perra',
  'perrito',
  'perrita',
  'perritos',
  'perros',
  'gato',
  'gata',
  'gatito',
  'gatita',
  'caballo',
  'yegua',
  'mascota',
  'cachorro',
  'cachorrita',
  'cachorrito',
  'conejo',
  'vaca',
  'becerro',
  'chivo',
  'pata',
  'patita',
  'patas',
  'dog',
  'puppy',
  'cat',
  'horse',
]);
/** Words that say a person (the writer or another person) is the one with the symptom. */
export const PERSON_WORDS: ReadonlySet<string> = new Set([
  'yo',
  'me',
  'tengo',
  'estoy',
  'mis',
  'hijo',
  'hija',
  'esposo',
  'esposa',
  'mama',
  'papa',
  'abuela',
  'abuelo',
]);

/** Someone else HAD it ("mi papá tuvo una infección en la rodilla"). */
export const HAD_WORDS: ReadonlySet<string> = new Set([
  'tuvo',
  'tenia',
  'tuvieron',
  'sufrio',
  'padecio',
  'dio',
  'paso',
]);
export const RELATIVE_WORDS: ReadonlySet<string> = new Set([
  'papa',
  'mama',
  'padre',
  'madre',
  'abuelo',
  'abuela',
  'abuelito',
  'abuelita',
  'tio',
  'tia',
  'hermano',
  'hermana',
  'primo',
  'prima',
  'esposo',
  'esposa',
  'marido',
  'vecino',
  'vecina',
  'amigo',
  'amiga',
  'companero',
  'companera',
  'suegro',
  'suegra',
  'cunado',
  'cunada',
  'jefe',
  'conocido',
  'conocida',
  'compa',
]);
export const FAMILY_HISTORY_WORDS: ReadonlySet<string> = new Set([
  'hereditario',
  'hereditaria',
  'genetico',
  'genetica',
  'familia',
  'hereda',
  'heredar',
  'herede',
  'antecedentes',
]);
/** The writer's own words: "…, ¿debo preocuparme por mi rodilla?" */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['yo', 'me', 'mi', 'mis', 'tengo', 'estoy', 'siento', 'debo']);

/** Films, series, books and games: what happens in them is not a report. */
export const MEDIA_WORDS: ReadonlySet<string> = new Set([
  'pelicula',
  'peli',
  'serie',
  'novela',
  'telenovela',
  'libro',
  'cuento',
  'videojuego',
  'caricatura',
  'episodio',
  'capitulo',
  'personaje',
  'netflix',
]);
/** Watching, reading or writing one: "vi", "estoy viendo", "leí", "escribo". */
export const MEDIA_VERBS: ReadonlySet<string> = new Set([
  'vi',
  'veo',
  'viendo',
  'lei',
  'leo',
  'leyendo',
  'escribo',
  'escribiendo',
]);

/** A child or teen, as a parent names them. */
export const CHILD_WORDS: ReadonlySet<string> = new Set([
  'hijo',
  'hija',
  'nino',
  'nina',
  'nene',
  'nena',
  'chamaco',
  'chamaca',
  'chamaquito',
  'chamaquita',
  'chavito',
  'chavita',
  'adolescente',
  'nieto',
  'nieta',
  'morro',
  'morra',
  'huerco',
  'huerca',
  'escuincle',
  // Salvadoran, Honduran, Guatemalan; and Spanglish
  'son',
  'daughter',
  'cipote',
  'cipota',
  'patojo',
  'patoja',
]);
/** Limping, however it is said. */
export const LIMP_WORDS: ReadonlySet<string> = new Set([
  'cojea',
  'cojeando',
  'cojear',
  'cojera',
  'renguea',
  'rengueando',
  'renguear',
  'renquea',
  'renqueando',
  'limping',
  'limps',
]);
/** The knee, hip, groin or thigh (where a child's hip problem can be felt). */
export const LOWER_LIMB_WORDS: ReadonlySet<string> = new Set([
  'rodilla',
  'rodillas',
  'cadera',
  'ingle',
  'muslo',
  'pierna',
  'piernas',
]);
