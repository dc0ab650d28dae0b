// MainDialog's route table: the first row whose `when` holds runs. The order is the product's
// priority (see dialogs/mainDialog.ts). Safety first, always: a hook that must see every message
// (red flags, safety state) goes in the 'safety' slot or right after it.
import { looksSpanish } from '../src/text/language';
import { warningSignsReply } from '../src/triage';
import {
  CALLBACK_DIALOG,
  changesCallback,
  isReasonStep,
  markCallbackSpanish,
  markCallbackTextFirst,
  neededAt,
  runningCallback,
} from './callbackDialog';
import {
  asksSpanishCaller,
  asksTextFirst,
  asksWhatsLeft,
  asksWhyDetails,
  cbMsg,
  progressText,
} from './decisions/callback';
import { glossaryAnswer } from './decisions/glossary';
import { foreign, isCallbackRequest, isSmallTalk, refusesQuestions } from './decisions/main';
import { asksForClinicNumber } from './decisions/staff';
import { bareYesNo } from './prompts';
import { isBareAck, isFarewell } from './commands';
import { assessOffer, callbackOffer, callOffer, dayReply, handoffReply } from './handoff';
import { answeredInCheck, runningAssessment } from './assessmentDialog';
import { msg } from './messages';
import { asksAboutDay } from './decisions/dayFragment';
import type { MainAnswers } from './mainAnswers';
import type { MainTalk } from './mainTalk';
import type { MainDialogDeps, MainRoute, SmallTalk, Turn } from './mainTurn';
import { distressAskedHere } from './safetyCheck';
import type { RoutedReply } from './routes';
import { notEnglishReply, smallTalkReply, textReply } from './replies';
import { languageRequest, prefersSpanish } from './decisions/language';
import { switchedThisTurn } from './language';
import { routed } from './routes';
import { StaffTalk } from './staffTalk';

/**
 * A close ("k", "thanks", "bye") in a conversation where the self-harm question was asked: a light 988
 * line with it, so the door stays open however the chat ends (the question's answer may not have settled it).
 */
async function withLightLine(
  deps: MainDialogDeps,
  t: Turn,
  reply: RoutedReply,
  closing: boolean,
): Promise<RoutedReply> {
  if (!closing || !(await distressAskedHere(deps.conversationState, t.dc.context))) return reply;
  const line = msg(t.speaker.knowledge, 'close-988-line');
  return { ...reply, reply: { ...reply.reply, text: `${reply.reply.text}\n\n${line}` } };
}

export function mainRoutes(deps: MainDialogDeps, talk: MainTalk, answers: MainAnswers): readonly MainRoute[] {
  const staff = new StaffTalk(deps, talk);
  return [
    {
      name: 'empty',
      when: (t) => t.text === '',
      run: (t) => talk.answerThenResume(t.dc, textReply(t.speaker.knowledge, 'empty-message'), t.inFlow, false),
    },
    // A patient's warning sign passed on by staff ("pt just called, her knee is hot and swollen"):
    // what to tell the patient and to alert a clinician, said to the staff member (dialogs/staffTalk.ts).
    { name: 'staff-relay', when: (t) => staff.relays(t), run: (t) => staff.relayWarning(t) },
    // Staff asking how soon to call about a note's sign ("¿qué tan rápido llamo al señor que no puede respirar
    // bien?"): the staff answer, before the sign words could raise a patient's alarm.
    { name: 'staff-sign-first', when: (t) => staff.asksHowSoon(t), run: (t) => staff.run(t) },
    { name: 'safety', when: (t) => t.safety.kind === 'red-flag', run: (t) => answers.redFlag(t) },
    // The clinic's staff (Teams): answered as staff, never a patient's flow (dialogs/staffTalk.ts).
    { name: 'staff', when: (t) => staff.claims(t), run: (t) => staff.run(t) },
    // "is it serious?", "¿es grave?" right after a topic: that topic's own answer (usually not, the signs that
    // mean a check for it, the phone), not the whole warning-signs card.
    {
      name: 'topic-serious',
      when: (t) => t.safety.kind === 'warning-signs-question' && answers.asksAboutLastTopic(t),
      run: (t) => answers.freeText(t.dc, t.text, false),
    },
    // "unrelated but my knees crack when I get up, no pain. should I be worried": the worry is about a
    // topic named in the same message, so that topic's answer (it says when to get it checked).
    {
      name: 'topic-worried',
      when: (t) => t.safety.kind === 'warning-signs-question' && answers.worriesAboutNamedTopic(t),
      run: (t) => answers.worriedReport(t),
    },
    {
      name: 'warning-signs-question',
      when: (t) => t.safety.kind === 'warning-signs-question',
      run: (t) => talk.answerThenResume(t.dc, foreign(warningSignsReply(t.speaker.knowledge)), t.inFlow),
    },
    // "Español", "English please": the conversation now speaks that language (decided before the
    // routes: dialogs/language.ts); say so, in it, and carry on.
    {
      name: 'language',
      // Also "perdón, mejor en español, …" in the middle of a flow: the flow goes on in Spanish.
      when: (t) =>
        languageRequest(t.text) !== undefined || (t.inFlow && prefersSpanish(t.text) && switchedThisTurn(t.dc.context)),
      run: (t) => answers.switchLanguage(t),
    },
    // Spanish with no Spanish knowledge loaded: neither the matcher nor triage could read it, so say
    // so (in both languages) with 911 and the clinic's phone, rather than answer what only looks relevant.
    {
      name: 'not-understood-language',
      when: (t) => deps.spanish === undefined && looksSpanish(t.text),
      run: (t) => talk.answerThenResume(t.dc, notEnglishReply(t.speaker.knowledge), t.inFlow),
    },
    {
      name: 'help',
      when: (t) => t.command === 'help',
      run: (t) => talk.help(t.dc, t.inFlow),
    },
    { name: 'cancel', when: (t) => t.command === 'cancel', run: (t) => answers.cancel(t) },
    { name: 'start-over', when: (t) => t.command === 'start-over', run: (t) => answers.startOver(t) },
    // "Is that it?", "anything else?": what is recorded and what is still needed, then the step again.
    {
      name: 'progress-in-callback',
      when: (t) => t.stack.includes(CALLBACK_DIALOG) && asksWhatsLeft(t.text),
      run: (t) => {
        const running = runningCallback(t.dc);
        const text = progressText(
          t.speaker.knowledge,
          running?.draft ?? {},
          deps.clock.now(),
          neededAt(running?.waiting),
        );
        return talk.answerThenResume(t.dc, routed({ text }), true, false);
      },
    },
    // "thanks", "bye" where the callback waits for something else: answered, not read as its input.
    {
      name: 'small-talk-in-callback',
      when: (t) =>
        t.stack.includes(CALLBACK_DIALOG) &&
        (isFarewell(t.text) || (isSmallTalk(t.command) && !answers.answersPrompt(t))),
      run: (t) => answers.smallTalkInFlow(t),
    },
    // "Why do you need my number?" at any step: what the details are for, then the step again.
    {
      name: 'why-details-in-callback',
      when: (t) => t.stack.includes(CALLBACK_DIALOG) && asksWhyDetails(t.text),
      run: (t) =>
        talk.answerThenResume(t.dc, routed({ text: cbMsg(t.speaker.knowledge, 'callback-why-details') }), true, false),
    },
    // "Do the people who call speak Spanish?": the request is marked for the team and that is said
    // honestly; at the reason step the message is the reason too, elsewhere the step is asked again.
    {
      name: 'spanish-caller-in-callback',
      when: (t) => t.stack.includes(CALLBACK_DIALOG) && asksSpanishCaller(t.text),
      run: async (t) => {
        const reasonStep = isReasonStep(runningCallback(t.dc)?.waiting);
        markCallbackSpanish(t.dc);
        const note = routed({ text: cbMsg(t.speaker.knowledge, 'callback-spanish-noted') });
        if (!reasonStep) return talk.answerThenResume(t.dc, note, true, false);
        await talk.say(t.dc, note, true);
        return talk.continueChild(t.dc);
      },
    },
    // "text me first" at any step: noted for the team (honestly: a text is not promised), then the step again.
    {
      name: 'text-first-in-callback',
      when: (t) => t.stack.includes(CALLBACK_DIALOG) && asksTextFirst(t.text),
      run: async (t) => {
        markCallbackTextFirst(t.dc);
        // "friday 4-5 instead, and text me first": the time is changed too (said back by the dialog).
        if (changesCallback(t.dc, t.text, t.speaker.knowledge, deps.clock.now())) {
          await talk.say(t.dc, routed({ text: cbMsg(t.speaker.knowledge, 'callback-text-first-noted') }), true);
          return talk.continueChild(t.dc);
        }
        return talk.answerThenResume(
          t.dc,
          routed({ text: cbMsg(t.speaker.knowledge, 'callback-text-first-noted') }),
          true,
          false,
        );
      },
    },
    // "What are your hours?" where the name goes: answered, then the step again.
    {
      name: 'question-in-callback',
      when: (t) => answers.questionInCallback(t),
      run: (t) => answers.freeText(t.dc, t.text, true),
    },
    // Inside the callback dialog everything else is its input (a name, a phone number).
    { name: 'callback-input', when: (t) => t.stack.includes(CALLBACK_DIALOG), run: (t) => talk.continueChild(t.dc) },
    {
      name: 'call',
      // "what's the number I should give people who want to call back later?": the clinic's number.
      when: (t) => t.command === 'call' || asksForClinicNumber(t.text),
      run: (t) => talk.answerThenResume(t.dc, handoffReply(t.speaker.knowledge, deps.clock.now()), t.inFlow),
    },
    // "actually after 5 works better" once it was sent: saved on the request while it is still to
    // call, and said back ("Done: … instead of …"); otherwise said back with how to move it. Before a
    // new request: "can you call me Friday morning instead?" moves the one sent, it is not a second one.
    {
      name: 'callback-sent-time-change',
      when: async (t) => (await answers.sentTimeChangeAsked(t)) !== undefined,
      run: async (t) => talk.say(t.dc, await answers.sentTimeChange(t), false),
    },
    // "Hi, I'm Robert Chen, please call me at 214-555-0177 tomorrow morning": the details come along.
    {
      name: 'callback',
      when: (t) => isCallbackRequest(t.text, t.command),
      run: async (t) => {
        // "¿tienen a alguien que hable español? quiero que me llamen": said honestly first, and the
        // request is marked for the team, as when it is asked during the request.
        const spanishCaller = asksSpanishCaller(t.text);
        if (spanishCaller)
          await talk.say(t.dc, routed({ text: cbMsg(t.speaker.knowledge, 'callback-spanish-noted') }), false);
        await talk.beginCallback(t.dc, answers.detailsIn(t));
        if (spanishCaller) markCallbackSpanish(t.dc);
      },
    },
    // A phone number typed outside the callback ("Pedro 214-555-0111"): the person wants a call; the
    // callback starts with it filled in (in a shared chat, they are asked to message privately).
    {
      name: 'phone-given',
      when: (t) => !t.resumed && answers.phoneIn(t) !== undefined,
      run: (t) => talk.beginCallback(t.dc, answers.detailsIn(t)),
    },
    // "no tengo tiempo para preguntas": the questions stop (a callback in progress goes on: it is not
    // here); the phone and a callback instead.
    {
      name: 'no-questions',
      when: (t) => refusesQuestions(t.text) && !t.stack.includes(CALLBACK_DIALOG),
      run: async (t) => {
        await t.dc.cancelAllDialogs();
        return talk.say(t.dc, handoffReply(t.speaker.knowledge, deps.clock.now()), false);
      },
    },
    // "Actually it's more on the outside": the person corrects where it hurts; start from there.
    { name: 'correction', when: (t) => answers.correctedLocation(t) !== undefined, run: (t) => answers.correction(t) },
    // "What's a hamstring?" during the questions: one line, then the question again.
    {
      name: 'glossary-in-flow',
      when: (t) => t.inFlow && glossaryAnswer(t.speaker.knowledge, t.text) !== undefined,
      run: (t) =>
        talk.answerThenResume(t.dc, routed({ text: glossaryAnswer(t.speaker.knowledge, t.text)! }), true, false),
    },
    // "ok thank u" once some questions are answered: a close (the clinic offered), not a "yes" to the question.
    // Thanks before any answer is politeness: a word back and the question again (small-talk-in-flow).
    {
      name: 'thanks-in-check',
      when: (t) =>
        t.inFlow &&
        t.command === 'thanks' &&
        !t.stack.includes(CALLBACK_DIALOG) &&
        runningAssessment(t.dc) !== undefined &&
        answeredInCheck(t.dc) > 0,
      run: async (t) => {
        await t.dc.cancelAllDialogs();
        const k = t.speaker.knowledge;
        const close = routed({ text: msg(k, 'assessment-thanks-close') }, [
          callOffer(k),
          callbackOffer(k),
          assessOffer(k),
        ]);
        return talk.say(t.dc, await withLightLine(deps, t, close, true), false);
      },
    },
    // A resumed message was not typed this turn: the prompt would read this turn's "No" instead.
    {
      name: 'prompt-answer',
      when: (t) => t.inFlow && !t.resumed && answers.answersPrompt(t),
      run: (t) => talk.continueChild(t.dc),
    },
    // "thanks" or "hi" in the middle of a flow: a word back and carry on ("bye" ends it).
    {
      name: 'small-talk-in-flow',
      when: (t) => t.inFlow && isSmallTalk(t.command),
      run: (t) => answers.smallTalkInFlow(t),
    },
    { name: 'question-in-flow', when: (t) => t.inFlow, run: (t) => answers.freeText(t.dc, t.text, true) },
    // "Send it" again on an old card: already sent, with the reference.
    {
      name: 'callback-sent-again',
      when: async (t) => (await answers.sentAgain(t)) !== undefined,
      run: async (t) => talk.say(t.dc, (await answers.sentAgain(t))!, false),
    },
    // "what about the saturday before", "thurs after 5?": a day (and time) asked on its own, read against
    // the clinic's hours in its time zone, most often right after the hours or hand-off card.
    {
      name: 'day-question',
      when: async (t) =>
        !t.inFlow &&
        asksAboutDay(
          t.text,
          t.speaker.knowledge.clinic,
          deps.clock.now(),
          t.speaker.language,
          (await talk.mainState(t.dc.context)).offers.some((o) => o.route.kind === 'callback'),
        ),
      run: (t) => talk.say(t.dc, dayReply(t.speaker.knowledge, deps.clock.now(), t.text, t.speaker.language), false),
    },
    {
      name: 'offered-button',
      when: async (t) => (await answers.offerFor(t)) !== undefined,
      run: async (t) => answers.follow(t.dc, (await answers.offerFor(t))!.route, t.text),
    },
    // The label of a button offered earlier in this conversation, typed.
    {
      name: 'earlier-button',
      when: async (t) => (await answers.earlierOfferFor(t)) !== undefined,
      run: async (t) => answers.follow(t.dc, (await answers.earlierOfferFor(t))!.route, t.text),
    },
    {
      name: 'small-talk',
      when: (t) => isSmallTalk(t.command),
      run: async (t) => {
        const reply = smallTalkReply(t.speaker.knowledge, t.command as SmallTalk);
        return talk.say(
          t.dc,
          await withLightLine(deps, t, reply, t.command === 'thanks' || t.command === 'bye'),
          false,
        );
      },
    },
    {
      name: 'bare-yes-no',
      when: (t) => bareYesNo(t.text) !== undefined,
      run: (t) => talk.say(t.dc, smallTalkReply(t.speaker.knowledge, bareYesNo(t.text) ? 'yes' : 'bye'), false),
    },
    // "ok" with nothing asked: a short close, not "I'm not sure about that one".
    {
      name: 'acknowledgement',
      when: (t) => isBareAck(t.text),
      run: async (t) =>
        talk.say(t.dc, await withLightLine(deps, t, smallTalkReply(t.speaker.knowledge, 'ack'), true), false),
    },
    { name: 'question', when: () => true, run: (t) => answers.freeText(t.dc, t.text, false) },
  ];
}
