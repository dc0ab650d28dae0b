// The clinic's own staff talking about the callback queue in the chat (the front desk tries the bot
// in Teams: "any new callback requests today?", "did Maria Gonzalez leave a callback?", "mark the
// second one as done", "reschedule John Park's callback"). That is talk ABOUT callbacks, never a
// request for one: the queue holds patients' names and numbers and is worked on the staff page, so
// the answer is the staff entry (knowledge/entries/staff.yaml, `audience: staff`). One home for these
// words; callback.ts asks here before reading a message as a request.
import type { Knowledge, KnowledgeEntry } from '../../src/knowledge/types';
import { foldToWords } from '../../src/text';

/** Words only staff use about the queue ("the callback list", "staff login"). */
const QUEUE_WORDS =
  /\b(?:receptionists?|callback (?:list|queue|requests)|call back (?:list|queue|requests)|list of callbacks|staff (?:page|login|token))\b/;
/** Someone else's request: "did Maria Gonzalez leave a callback", "who asked to be called after 5". */
const THIRD_PARTY =
  /\b(?:(?:did|has|have)\s+(?!i\b|we\b)(?:\w+\s+){1,3}(?:leave|left|request|requested|ask for|asked for)\s+(?:a\s+)?(?:callback|call back|call)|who (?:asked|wanted|requested|needs)\s+(?:to be called|a call|a callback|a call back|us to call)|(?:any|new|pending|open|todays|today s)\s+(?:new\s+)?(?:callbacks|call backs|callback requests))\b/;
/** Working a request: "mark the second one as done", "mark it in progress", "reschedule John Park's callback". */
const WORKING =
  /\b(?:mark|set|flag)\s+(?:\w+\s+){0,3}(?:as\s+)?(?:done|called|handled|complete|completed|in progress|reached|unreachable|no answer)\b|\b(?:reschedule|move|update|change|reassign)\s+(?!my\b)(?:\w+\s+){1,3}(?:callback|call back)\b/;
const QUEUE_WORDS_ES = /\b(?:recepcionista|lista de llamadas|llamadas pendientes|solicitudes de llamada)\b/;
/** Said about oneself, a request stands even beside staff words ("receptionist, please call me back"). */
const ASKS_TO_BE_CALLED = /\b(?:call me|ring me|phone me|give me a call|contact me|reach me)\b/;

/** True when the message is staff talk about the callback queue, not a patient asking for a call. */
export function isStaffTalk(text: string): boolean {
  const folded = foldToWords(text);
  if (ASKS_TO_BE_CALLED.test(folded)) return false;
  return QUEUE_WORDS.test(folded) || THIRD_PARTY.test(folded) || WORKING.test(folded) || QUEUE_WORDS_ES.test(folded);
}

/** The entry written for staff (where the queue is), if the knowledge has one. */
export function staffEntry(knowledge: Knowledge): KnowledgeEntry | undefined {
  return knowledge.entries.find((e) => e.audience === 'staff');
}
