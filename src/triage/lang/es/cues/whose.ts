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
/** An animal's leg, and in Mexican Spanish one's own ("tengo la pata bien hinchada"): a person in the sentence decides. */
export const EITHER_LEG_WORDS: ReadonlySet<string> = new Set(['pata', 'patita', 'patas', 'patitas']);
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
  // "se quedó con la pierna dormida", "estuvo en muletas", "anduvo cojeando"
  'quedo',
  'estuvo',
  'anduvo',
  'agarro',
  // what it cost them: "perdió la pierna por un coágulo", "murió de una embolia"
  'perdio',
  'murio',
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
  'compadre',
  'comadre',
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
  'protagonista',
  'netflix',
]);
/** Watching, reading or writing one, or moved by it: "vi", "estoy viendo", "leí", "escribo", "mi mamá lloró". */
export const MEDIA_VERBS: ReadonlySet<string> = new Set([
  'vi',
  'veo',
  'viendo',
  'lei',
  'leo',
  'leyendo',
  'escribo',
  'escribiendo',
  've',
  'vio',
  'vimos',
  'lloro',
  'lloramos',
  'lloraron',
  'lloraba',
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
  'chiquito',
  'chiquita',
  'chiquitin',
  'chiquitina',
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
  'cojeo',
  'cojera',
  'renguea',
  'rengueando',
  'renguear',
  'renquea',
  'renqueando',
  'limping',
  'limps',
]);
/** A limp told as an odd walk, two words: "camina raro", "ya camino chueco", "anda ladeado". */
export const WALK_WORDS: ReadonlySet<string> = new Set(['camina', 'camino', 'caminando', 'anda', 'ando', 'andando']);
export const ODD_GAIT_WORDS: ReadonlySet<string> = new Set([
  'raro',
  'rara',
  'chueco',
  'chueca',
  'diferente',
  'feo',
  'fea',
  'ladeado',
  'ladeada',
  'torcido',
  'torcida',
  'cojo',
  'coja',
  'renco',
  'renca',
  'rengo',
  'renga',
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

// The conversation's subject (src/triage/subject.ts). Spanish often drops the subject, so only words
// that point to a third person count: "ella", "le duele". Gender is not told apart.
/** Words that point to someone else, not the writer: "le despertó el dolor", "ella cojea". */
export const THIRD_PERSON_WORDS: ReadonlySet<string> = new Set(['ella', 'le', 'les']);
/** Grown-ups such a word could point to instead: "mi esposa dice que le duele". */
export const ADULT_PERSON_WORDS: ReadonlySet<string> = new Set([
  'esposo',
  'esposa',
  'marido',
  'papa',
  'mama',
  'padre',
  'madre',
  'hermano',
  'hermana',
  'abuelo',
  'abuela',
  'tio',
  'tia',
  'novio',
  'novia',
  'amigo',
  'amiga',
  'vecino',
  'vecina',
  'paciente',
]);

/** A relative who has died: what happened to them is over ("ya falleció", "que en paz descanse"). */
export const DEATH_WORDS: ReadonlySet<string> = new Set([
  'fallecio',
  'murio',
  'difunto',
  'difunta',
  'finado',
  'finada',
  'qepd',
]);
