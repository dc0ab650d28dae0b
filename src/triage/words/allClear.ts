// A message that says nobody has a problem now: a story that is closed ("totally stable since", "the
// follow-up ultrasound was clear") or a question asked for work or teaching ("I'm a PE teacher making a
// poster"). Matched against triage-normalised words ("nobody's" → nobody, "isn't" → isnt).

/** A sentence saying that all is well now, or that nobody is hurt. */
export const ALL_CLEAR_PHRASES: ReadonlyArray<readonly string[]> = [
  ['nobody', 'hurt'],
  ['nobody', 'is', 'hurt'],
  ['no', 'one', 'hurt'],
  ['no', 'one', 'is', 'hurt'],
  ['not', 'a', 'patient'],
  ['isnt', 'having', 'any'],
  ['not', 'having', 'any'],
  ['nothing', 'hurts'],
  ['no', 'pain', 'at', 'all'],
  ['doing', 'great'],
  ['doing', 'fine'],
  ['stable', 'since'],
  ['fine', 'since'],
  ['no', 'swelling', 'since'],
  ['no', 'problems', 'since'],
  ['no', 'issues', 'since'],
  ['havent', 'had', 'any'],
  ['was', 'clear'],
  ['came', 'back', 'clear'],
  ['came', 'back', 'negative'],
  ['negative', 'for'],
  ['ruled', 'out'],
  ['almost', 'gone'],
];

/** A past that anchors a story ("two summers ago", "last Thursday", "back in the 80s"), besides the long past. */
export const STORY_ANCHORS: ReadonlyArray<readonly string[]> = [
  ['ago'],
  ['back', 'in'],
  ['last', 'week'],
  ['last', 'monday'],
  ['last', 'tuesday'],
  ['last', 'wednesday'],
  ['last', 'thursday'],
  ['last', 'friday'],
  ['last', 'saturday'],
  ['last', 'sunday'],
  ['last', 'weekend'],
];

/** Words that put a sentence in the present, so its symptom is not part of a closed story. */
export const NOW_WORDS: ReadonlySet<string> = new Set([
  'now',
  'today',
  'tonight',
  'still',
  'again',
  'currently',
  'suddenly',
  'yesterday',
]);

/** Someone asking for their work or teaching: "I'm a PE teacher", "I'm a sports reporter". */
export const TEACHING_ROLES: ReadonlySet<string> = new Set([
  'teacher',
  'coach',
  'reporter',
  'journalist',
  'writer',
  'instructor',
  'trainer',
  'student',
  'educator',
  'lecturer',
  'professor',
]);

/** What such a person makes or is asked: "a poster", "for an article", "one of my students asked". */
export const TEACHING_PURPOSES: ReadonlySet<string> = new Set([
  'poster',
  'posters',
  'article',
  'handout',
  'handouts',
  'piece',
  'quote',
  'lesson',
  'presentation',
  'students',
  'class',
  'classes',
  'curious',
]);
