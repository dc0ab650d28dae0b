// Words for the muscle soreness of a new or hard session a day or two later (DOMS): "first spin class yesterday
// and I can barely walk today, my quads are so sore lol" (workoutSoreness.ts). Triage-normalised words.

/** A session named: a class, a lifting day, a kind of workout. */
export const WORKOUT_WORDS: ReadonlySet<string> = new Set([
  ...['class', 'classes', 'workout', 'workouts', 'session', 'bootcamp', 'spin', 'peloton', 'barre', 'zumba'],
  ...['pilates', 'hiit', 'crossfit', 'squats', 'squat', 'lunges', 'lifting', 'legday', 'deadlifts', 'wod'],
  ...['plyo', 'plyometrics', 'program', 'programme', 'trainer', 'gym', 'leg'],
]);
/** Muscle soreness said: "quads so sore", "DOMS", "legs are wrecked". */
export const SORENESS_WORDS: ReadonlySet<string> = new Set([
  ...['sore', 'soreness', 'doms', 'stiff', 'wrecked', 'destroyed', 'dead', 'jelly', 'screaming', 'burning', 'killing'],
]);
/** The muscles that DOMS is felt in (the knee itself hurting is another matter). */
export const MUSCLE_WORDS: ReadonlySet<string> = new Set([
  ...['quads', 'quad', 'thighs', 'thigh', 'hamstrings', 'hammies', 'glutes', 'butt', 'bum', 'calves', 'muscles'],
  ...['legs', 'muscle', 'adductors', 'abs'],
]);
export const LAUGH_WORDS: ReadonlySet<string> = new Set(['lol', 'lmao', 'lmfao', 'haha', 'hahaha', 'rofl', 'jk']);
/** What the soreness stops: walking, sitting down, stairs (not "can't put weight on it"). */
export const MOVE_WORDS: ReadonlySet<string> = new Set([
  ...['walk', 'walking', 'stand', 'standing', 'sit', 'sitting', 'move', 'moving', 'stairs', 'stair', 'toilet'],
  ...['steps', 'squat', 'waddle', 'shuffle', 'shuffling'],
]);
// Not "limp": a limp is a sign of its own (a teen's hip, a bone stress injury), whatever the session.
/** Soreness that has lasted this long is no DOMS (which peaks a day or two after and fades within days). */
export const LONG_SPAN_WORDS: ReadonlySet<string> = new Set(['week', 'weeks', 'month', 'months', 'year', 'years']);
/** A simile of how sore: "feels like it's dislocated", "like my legs are broken". */
export const SIMILE_WORDS: ReadonlySet<string> = new Set(['dislocated', 'broken', 'snapped', 'torn', 'fractured']);
/** Anything that makes it an injury rather than soreness. */
export const NOT_SORENESS_WORDS: ReadonlySet<string> = new Set([
  ...['pop', 'popped', 'popping', 'snap', 'crack', 'swollen', 'swelling', 'swelled', 'swell', 'puffy', 'bruised'],
  ...['bruise', 'bruising', 'locked', 'stuck', 'numb', 'tingling', 'tingly', 'gave', 'buckled', 'clunk', 'weight'],
  ...['fever', 'hot', 'red', 'calf', 'one', 'only', 'dark', 'cola', 'brown', 'urine', 'pee', 'weak'],
]);

/**
 * Both calves sore the way muscles are after running (a clot is one calf): "both calves sore first week back running
 * postpartum, like DOMS" (workoutSoreness.ts, isBothCalvesSoreness). The running or session that made them sore.
 */
export const RUN_WORDS: ReadonlySet<string> = new Set([
  ...['running', 'run', 'ran', 'runs', 'jog', 'jogging', 'jogged', 'hike', 'hiking', 'hills', 'sprints', 'race'],
]);
/** Said of the calves, these are signs of a clot, not of sore muscles: never this check then. */
export const CALF_SIGN_WORDS: ReadonlySet<string> = new Set([
  ...['tender', 'squeeze', 'squeezing', 'warm', 'warmth', 'warmer', 'pitting', 'dent', 'dents', 'heavy', 'bigger'],
]);
/** Soreness lasting this long ("for 2 weeks", "the past month") is no DOMS: what says a span lasted. */
export const SPAN_LASTED_BEFORE: ReadonlySet<string> = new Set(['for', 'past', 'last', 'over']);
