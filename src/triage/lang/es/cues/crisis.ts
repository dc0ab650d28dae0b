// Spanish crisis cues told across sentences (src/triage/lang/es/strongCues.ts): things given away and
// being gone soon, a burden and no point going on. Each half alone is not enough for the crisis line.
import { phrases, type Phrase } from './phrase';

/** Giving one's things away ("ya regalé mis herramientas y mi troca"), for a cross-sentence crisis cue. */
export const GIVING_AWAY_PHRASES: Phrase[] = [
  'regale',
  'reparti',
  'le di',
  'les di',
  'ya regale',
  'estoy regalando',
].flatMap((verb) =>
  ['mis cosas', 'mis herramientas', 'mi troca', 'mi carro', 'mi ropa', 'mis ahorros', 'mis joyas', 'todo lo mio'].map(
    (what) => `${verb} ${what}`.split(' '),
  ),
);
/** Being gone soon, said of oneself ("antes de que yo ya no esté", "cuando me vaya"). */
export const GONE_SOON_PHRASES: Phrase[] = phrases(
  'antes de que ya no este',
  'antes de que yo ya no este',
  'cuando ya no este',
  'cuando yo ya no este',
  'ya me canse de todo',
  'ya no voy a estar',
);
/** Feeling a burden ("soy una carga para mis hijos"), for a cross-sentence crisis cue. */
export const BURDEN_PHRASES: Phrase[] = phrases(
  'soy una carga',
  'soy un estorbo',
  'nomas estorbo',
  'nomas estorbando',
  'no sirvo para nada',
  'ya no sirvo para nada',
);
/** No point going on, or the means kept ("no sé para qué sigo", "tengo guardadas las pastillas"). */
export const NO_POINT_PHRASES: Phrase[] = phrases(
  'para que sigo',
  'para que seguir',
  'tengo guardadas las pastillas',
  'tengo guardadas mis pastillas',
  'ya tengo guardadas',
  'me despedi de',
);
/** Not caring any more ("todo me da igual"): with a wish to sleep and be done, a crisis cue. */
export const NOTHING_MATTERS_PHRASES: Phrase[] = phrases(
  'todo me da igual',
  'ya todo me da igual',
  'ya nada me importa',
  'nada me importa',
  'me vale todo',
  'ya me vale todo',
);
/** A wish to sleep and be done ("quisiera dormirme y ya"): alone it can be tiredness. */
export const SLEEP_AWAY_PHRASES: Phrase[] = ['quisiera', 'quiero', 'ojala', 'nomas quiero', 'solo quiero'].flatMap(
  (lead) => phrases(`${lead} dormirme y ya`, `${lead} dormir y ya`, `${lead} dormirme y no saber nada`),
);

/**
 * Others gone ("dos compañeros ya no están"), and in another sentence or clause their act understood
 * ("ahora entiendo por qué lo hicieron"): a suicide told through theirs. Each half alone is grief.
 */
export const OTHERS_GONE_PHRASES: Phrase[] = phrases(
  'ya no estan',
  'ya no esta',
  'ya no estan aqui',
  'se quitaron la vida',
  'se quito la vida',
  'se mataron',
  'se mato',
  'se suicidaron',
  'se suicido',
  'fallecieron',
  'murieron',
  'se fueron',
);
export const UNDERSTOOD_WHY_PHRASES: Phrase[] = ['entiendo', 'comprendo', 'empiezo a entender', 'ya entiendo'].flatMap(
  (verb) => ['por que lo hicieron', 'por que lo hizo'].map((why) => `${verb} ${why}`.split(' ')),
);
