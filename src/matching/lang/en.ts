// English: the lists live where they always have (normalize.ts for words and stems, posts.ts for
// the sentences that ask, outOfScope.ts for the knee words); this only gathers them.
import { PHRASE_FILLERS, STOP_WORDS, stem, tokenize } from '../normalize';
import { KNEE_TERMS } from '../outOfScope';
import { englishAsks, englishSecondQuestionAt } from '../posts';
import type { LanguageProfile } from './index';

export const ENGLISH: LanguageProfile = Object.freeze({
  id: 'en' as const,
  tokenize,
  stem,
  stopWords: STOP_WORDS,
  phraseFillers: PHRASE_FILLERS,
  keyKeeps: new Set(['left', 'right']),
  kneeWords: [...KNEE_TERMS],
  painWords: ['pain'],
  genericWords: ['knee', 'pain'],
  diagnosisWords: [
    'osteoarthritis',
    'acl',
    'mcl',
    'pcl',
    'meniscus',
    'baker cyst',
    'plica',
    'fat pad',
    'osgood',
    'sinding larsen',
    'patellofemoral',
    'iliotibial band',
    'popliteus',
    'patellar tendonitis',
    'quadriceps tendonitis',
    'hamstring tendonitis',
    'pes anserine',
    'stress fracture',
    'gout',
    'child',
    'growth plate',
    'post op',
  ],
  selfWords: new Set(['i', 'im', 'ive', 'me', 'myself']),
  possessive: new Set(['my', 'mine']),
  doubtWords: new Set(['not', 'no', 'never', 'doubt', 'ruled', 'rule', 'unlikely', 'thinks', 'maybe', 'if', 'or', 'whether', 'wonder', 'wondering', 'perhaps', 'possibly', 'might', 'could']),
  asks: englishAsks,
  secondQuestionAt: englishSecondQuestionAt,
});
