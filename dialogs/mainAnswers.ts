// What MainDialog's routes do with a message: the red-flag reply (keeping a callback request that
// was interrupted), cancel and start over, a correction, a button followed, free text answered
// from the matcher's verdict, an honest "not sure", an entry shown. Talking goes through MainTalk.
import { isSharedConversation } from '../src/channels/conversationScope';
import { foldsTo, normalizeChoiceText, recognizeChoice } from '../src/channels/choices';
import type { CallbackRequest } from '../src/callbacks/types';
import { LIMITS } from '../src/callbacks/validate';
import type { CallbackSlot } from '../src/clinic/slots';
import { clinicStatus, describeHours } from '../src/clinic/hours';
import { hoursWords } from '../src/clinic/hoursWords';
import { foldToWords } from '../src/text';
import type { DialogContext } from '../src/dialogsSdk';
import type { EntryAction, KnowledgeEntry } from '../src/knowledge/types';
import { turnLogger } from '../src/logging';
import type { MatchResult, ScoredEntry, Understanding } from '../src/matching/types';
import { sendReply } from '../src/rendering/send';
import { triageReply, warningSignsReply } from '../src/triage';
import { meansGeneral, oneLine } from './assessment';
import { ASSESSMENT_DIALOG, type AssessmentOptions, checklistWaiting, runningAssessment } from './assessmentDialog';
import { CALLBACK_DIALOG, isReasonStep, neededAt, runningCallback } from './callbackDialog';
import { isFarewell, looksLikeQuestion, mentionsPain } from './commands';
import {
  cbMsg,
  type Draft,
  detailsFromMessage,
  missingText,
  phoneInMessage,
  type SentCallback,
  slotFromText,
  slotLabel,
  zoneText,
} from './decisions/callback';
import { namesTimeChange } from './decisions/callbackCorrection';
import { isStaffTalk, staffEntry } from './decisions/staff';
import { glossaryAnswer } from './decisions/glossary';
import {
  aboutOwnKnee,
  afterOwnSurgery,
  assessmentFor,
  foreign,
  isCallbackRequest,
  bothClinicFacts,
  isClinicFact,
  isCorrection,
  isQuestion,
  onlyTheKnee,
  topIds,
} from './decisions/main';
import { askOffer, callAction, callbackOffer, callOffer, handoffReply, hoursReply } from './handoff';
import { inLanguage } from './decisions/language';
import { spoken, spokenKnowledge } from './language';
import type { MainTalk } from './mainTalk';
import { ABOUT_CHILD, innermost, type MainDialogDeps, type Turn } from './mainTurn';
import { msg } from './messages';
import { remarkNoteKey, shortRemarkKey } from './decisions/remarks';
import { topicAsk, topicCheckWhen, topicSection, type TopicAsk } from './decisions/topicFollowUp';
import { ReplyPrompt } from './prompts';
import {
  answerReply,
  cancelledReply,
  clarifyReply,
  languageReply,
  noneOfTheseReply,
  outOfScopeReply,
  smallTalkReply,
  startOverReply,
  textReply,
  unknownReply,
} from './replies';
import { choicesOf, routed, type OfferedChoice, type Route, type RoutedReply } from './routes';
import type { SafetyFollowUps } from './safety';

/**
 * "hurts on the outside after mile 4": a statement of pain that starts the questions without a place
 * (the matcher reads a bare "outside" as a place only next to "knee") still names one, read the way an
 * answer to "where does it hurt?" is. Not "the back": "my back hurts" is the back, not the knee's.
 */
function withLooseLocation(assess: AssessmentOptions, loose: Understanding): AssessmentOptions {
  if (assess.location || assess.general || !loose.location || loose.location === 'back') return assess;
  return { location: loose.location, symptomIds: loose.symptomIds };
}

/** The children's and teens' topic: what a tie is read as when the message is about a child named earlier. */
const CHILDREN_TOPIC = 'kids-and-teens';
/** The after-surgery topic: what a tie is read as when the message tells of the person's own knee operation. */
const AFTER_SURGERY_TOPIC = 'after-knee-surgery';
const SPORT_AFTER_SURGERY_TOPIC = 'sport-after-surgery';
/** "my surgeon is happy with it": one's own operation, told through the surgeon. */
const OWN_SURGEON = /\bmy (?:surgeon|ortho|orthopedic surgeon)\b/i;
/** The team, the coach, practice or the sport itself (folded). */
const BACK_TO_TEAM =
  /\b(?:coach|team|teammates|practice|practise|training|season|tryouts|games?|matches|meets?|races?|compete|competing|equipo|entrenador|entrenamientos?|partidos?)\b/;

/** Entry actions that start or leave a flow: a question at a callback step never leads to them. */
const FLOW_ACTIONS: ReadonlySet<EntryAction | undefined> = new Set(['callback', 'assess', 'help']);

/** A topic answered longer ago than this is no longer what a short follow-up means. */
const TOPIC_WITHIN_MS = 30 * 60 * 1000;
/** The asks with general words when the topic's own answer has none. */
const TOPIC_GENERAL: Partial<Record<TopicAsk, 'topic-other-knee' | 'topic-swells' | 'topic-ice'>> = {
  'other-knee': 'topic-other-knee',
  swells: 'topic-swells',
  ice: 'topic-ice',
};

export class MainAnswers {
  constructor(
    private readonly deps: MainDialogDeps,
    private readonly talk: MainTalk,
    private readonly safetyState: SafetyFollowUps,
  ) {}

  async redFlag(t: Turn): Promise<void> {
    if (t.safety.kind !== 'red-flag') return;
    const flagged = t.safety.result;
    turnLogger(t.dc.context, this.deps.logger).info(
      { event: 'red-flag', tier: flagged.tier, flags: flagged.flags.map((f) => f.id) },
      'red flag',
    );
    // A callback request in progress (or asked for in this very message) is never lost silently:
    // kept, marked urgent, and the person is told plainly it was not sent and offered to finish it.
    const running = t.stack.includes(CALLBACK_DIALOG) ? runningCallback(t.dc) : undefined;
    let kept: Draft | undefined;
    if (running) {
      kept = running.draft;
      if (isReasonStep(running.waiting) && !kept.reason) kept.reason = t.text.slice(0, LIMITS.reason);
    } else if (isCallbackRequest(t.text, t.command)) {
      kept = this.detailsIn(t);
    }
    await t.dc.cancelAllDialogs();
    // Found by either language's triage; said in the conversation's language.
    const safety = foreign(triageReply(inLanguage(flagged, t.speaker.knowledge), t.speaker.knowledge));
    await this.talk.say(t.dc, safety, false);
    await this.safetyState.remember(t.dc.context, flagged, t.fullText);
    // Someone who said they served: the Veterans Crisis Line with the crisis reply.
    const veteran = flagged.flags.some((f) => f.id === 'self-harm')
      ? await this.safetyState.veteranLine(t.dc.context)
      : undefined;
    if (veteran) await this.talk.say(t.dc, routed({ text: veteran }), false);
    const alongside = await this.safetyState.alongside(t.dc.context, t.text);
    if (alongside) await this.talk.say(t.dc, foreign(alongside), false);
    const state = await this.talk.mainState(t.dc.context);
    state.redFlagRaised = true;
    if (kept) {
      state.pendingCallback = { ...kept, urgent: true };
      const finish = cbMsg(t.speaker.knowledge, 'callback-finish');
      const offers = [
        { label: finish, value: finish, route: { kind: 'callback' } } as OfferedChoice,
        ...safety.offers.filter((o) => o.route.kind !== 'callback'),
      ];
      await this.talk.say(
        t.dc,
        routed({ text: cbMsg(t.speaker.knowledge, 'callback-interrupted-not-sent') }, offers),
        false,
      );
    }
  }

  /**
   * "Español" / "English please" (the language is already switched for this turn): said in the
   * new language. A callback request being filled in goes on in it, keeping what was given.
   */
  async switchLanguage(t: Turn): Promise<void> {
    const running = t.stack.includes(CALLBACK_DIALOG) ? runningCallback(t.dc) : undefined;
    const assessing = t.stack.includes(ASSESSMENT_DIALOG) ? runningAssessment(t.dc) : undefined;
    if (!running && !assessing) return this.talk.answerThenResume(t.dc, languageReply(t.speaker.knowledge), t.inFlow);
    await sendReply(t.dc.context, { text: msg(t.speaker.knowledge, 'language-switched') });
    if (running) return this.talk.beginCallback(t.dc, running.draft, true);
    // The questions again from where it hurts, now in the new language.
    await t.dc.cancelAllDialogs();
    return this.talk.beginAssessment(t.dc, assessing!);
  }

  /** "thanks" or "hi" while a question waits: a word back, then the question again; "bye" ends the flow. */
  async smallTalkInFlow(t: Turn): Promise<void> {
    const k = t.speaker.knowledge;
    if (t.command === 'bye' || isFarewell(t.text)) {
      // A callback not finished is not sent: say so, so nobody waits for a call that won't come.
      const leftCallback = t.stack.includes(CALLBACK_DIALOG);
      await t.dc.cancelAllDialogs();
      const bye = smallTalkReply(k, 'bye');
      return this.talk.say(t.dc, leftCallback ? routed({ text: cbMsg(k, 'callback-bye') }) : bye, false);
    }
    if (t.command === 'thanks') {
      // A thank-you during a callback can sound like goodbye: say the request is not sent yet.
      const running = t.stack.includes(CALLBACK_DIALOG) ? runningCallback(t.dc) : undefined;
      const text = running
        ? cbMsg(k, 'callback-thanks-unsent', { missing: missingText(k, running.draft, neededAt(running.waiting)) })
        : msg(k, 'thanks-in-flow');
      await sendReply(t.dc.context, { text });
    }
    await t.dc.repromptDialog();
  }

  /** The phone number a message carries (only the number: this runs on every top-level turn). */
  phoneIn(t: Turn): string | undefined {
    return phoneInMessage(t.speaker.knowledge, t.text);
  }

  /** What a message already says for a callback (name, number, time, reason). */
  detailsIn(t: Turn): Draft {
    return detailsFromMessage(t.speaker.knowledge, t.text, this.deps.clock.now());
  }

  /** At the top level, "Send it" once the request is stored: the already-sent reply. */
  async sentAgain(t: Turn): Promise<RoutedReply | undefined> {
    if (t.inFlow) return undefined;
    const { sent } = await this.talk.mainState(t.dc.context);
    const send = cbMsg(t.speaker.knowledge, 'callback-confirm');
    if (!sent || normalizeChoiceText(t.text) !== normalizeChoiceText(send)) return undefined;
    return routed({ text: cbMsg(t.speaker.knowledge, 'callback-already-sent', { ...sent }) }, [
      askOffer(t.speaker.knowledge),
    ]);
  }

  /**
   * "actually after 5 or Saturday morning works better" once the request is with the clinic: the
   * stored request and the new time it names (a time the clinic can call at), else undefined.
   */
  async sentTimeChangeAsked(t: Turn): Promise<{ sent: SentCallback; slot: CallbackSlot } | undefined> {
    if (t.inFlow) return undefined;
    const { sent } = await this.talk.mainState(t.dc.context);
    if (!sent || !namesTimeChange(t.text)) return undefined;
    const slot = slotFromText(t.speaker.knowledge, t.text, this.deps.clock.now());
    return slot ? { sent, slot } : undefined;
  }

  /**
   * The new time saved on the request while it is still to call, and said back with the clinic's
   * zone and the reference ("Done: … instead of …"); when it can't be saved (already called or
   * closed, an older conversation without the id, or the store failed), the honest answer: the
   * new time said back and the number to call to move it. Urgency is the store's to keep.
   */
  async sentTimeChange(t: Turn): Promise<RoutedReply> {
    const { sent, slot } = (await this.sentTimeChangeAsked(t))!;
    const knowledge = t.speaker.knowledge;
    const now = this.deps.clock.now();
    const newWhen = slotLabel(knowledge, slot, now);
    const zone = zoneText(knowledge, now);
    const saved = sent.id ? await this.rescheduleSent(t, sent.id, slot, now) : undefined;
    if (!saved) {
      const text = cbMsg(knowledge, 'callback-sent-time-change', {
        ...sent,
        newWhen,
        clinicPhone: knowledge.clinic.phone.display,
      });
      return routed({ text, call: callAction(knowledge) }, [askOffer(knowledge)]);
    }
    const values = { ref: sent.ref, phone: sent.phone, when: sent.when, newWhen, zone };
    const parts = saved.changed
      ? [cbMsg(knowledge, 'callback-sent-time-changed', values)]
      : [cbMsg(knowledge, 'callback-sent-time-same', { ...values, when: newWhen })];
    if (saved.request.urgent) parts.push(cbMsg(knowledge, 'callback-sent-time-still-urgent'));
    // What a later "Send it" or a further change says back is the time now stored.
    (await this.talk.mainState(t.dc.context)).sent = { ...sent, when: newWhen };
    return routed({ text: parts.join('\n\n') }, [askOffer(knowledge)]);
  }

  /** The store's answer when the new time was saved (or already there); undefined when it was not. */
  private async rescheduleSent(
    t: Turn,
    id: string,
    slot: CallbackSlot,
    now: Date,
  ): Promise<{ request: CallbackRequest; changed: boolean } | undefined> {
    const logger = turnLogger(t.dc.context, this.deps.logger);
    try {
      const result = await this.deps.callbackStore.reschedule(
        id,
        {
          preferredTime: slot.preferredTime,
          preferredDate: slot.date,
          ...(slot.at ? { preferredAt: slot.at } : {}),
          ...(slot.said ? { preferredTimeText: slot.said } : {}),
        },
        now,
      );
      if (result.ok) {
        logger.info(
          { event: 'callback-rescheduled', callbackId: id, changed: result.changed },
          'callback time changed',
        );
        return result;
      }
      logger.info(
        { event: 'callback-reschedule-refused', callbackId: id, reason: result.reason },
        'callback time not changed',
      );
      return undefined;
    } catch (err) {
      // The kind only: the message may name a field, never a value.
      logger.error(
        { event: 'callback-reschedule-failed', err: (err as Error)?.name ?? 'unknown' },
        'callback time could not be saved',
      );
      return undefined;
    }
  }

  async cancel(t: Turn): Promise<void> {
    // A callback request stopped halfway is kept for this conversation (never sent): "can you still
    // do the callback" picks it up with what was given. A new number needs a new yes.
    const stopped = t.stack.includes(CALLBACK_DIALOG) ? runningCallback(t.dc) : undefined;
    await t.dc.cancelAllDialogs();
    if (stopped) (await this.talk.mainState(t.dc.context)).pendingCallback = { ...stopped.draft, consent: undefined };
    if (!stopped) return this.talk.say(t.dc, cancelledReply(t.speaker.knowledge), false);
    // A callback stopped: said plainly that nothing was sent, with the clinic's line and whether it is open now.
    const knowledge = t.speaker.knowledge;
    const status = clinicStatus(knowledge.clinic, this.deps.clock.now(), hoursWords(knowledge));
    const text = cbMsg(knowledge, 'callback-cancelled', {
      phone: knowledge.clinic.phone.display,
      status: status.summary,
    });
    await this.talk.say(t.dc, routed({ text, call: callAction(knowledge) }, [askOffer(knowledge)]), false);
  }

  async startOver(t: Turn): Promise<void> {
    await this.safetyState.clear(t.dc.context);
    const wasAssessing = t.stack.includes(ASSESSMENT_DIALOG);
    await t.dc.cancelAllDialogs();
    if (!wasAssessing) return this.talk.say(t.dc, startOverReply(t.speaker.knowledge), false);
    await sendReply(t.dc.context, { text: msg(t.speaker.knowledge, 'start-over') });
    return this.talk.beginAssessment(t.dc, {});
  }

  correctedLocation(t: Turn): AssessmentOptions | undefined {
    if (!t.inFlow || !isCorrection(t.text) || !t.stack.includes(ASSESSMENT_DIALOG)) return undefined;
    const understood = t.speaker.matcher.understand(t.text);
    return understood.location ? { location: understood.location, symptomIds: understood.symptomIds } : undefined;
  }

  async correction(t: Turn): Promise<void> {
    const options = this.correctedLocation(t)!;
    await t.dc.cancelAllDialogs();
    return this.talk.beginAssessment(t.dc, options);
  }

  /** True when the waiting prompt takes the text as its answer (or is not a ReplyPrompt). */
  answersPrompt(t: Turn): boolean {
    const waiting = innermost(t.dc);
    const prompt = waiting.activeDialog ? waiting.findDialog(waiting.activeDialog.id) : undefined;
    return !(prompt instanceof ReplyPrompt) || prompt.accepts(waiting.activeDialog!, t.text, t.dc.context);
  }

  /**
   * "What are your hours?" or "what do I tell the ER?" where the callback waits for a name or a
   * number: a question for the bot, answered before the step is asked again. Only answers the flow
   * can show and go on from (not another callback, an assessment or the help menu), and never text
   * the step itself accepts ("can you call after 5?" at the time step is the time).
   */
  questionInCallback(t: Turn): boolean {
    if (!t.stack.includes(CALLBACK_DIALOG) || !isQuestion(t.text) || this.answersPrompt(t)) return false;
    const result = spoken(t.dc.context, this.deps).matcher.match(t.text);
    return result.kind === 'answer' && !FLOW_ACTIONS.has(result.best.entry.action);
  }

  /** An earlier button whose label the text is, exactly (no fuzzy match: old buttons are many). */
  async earlierOfferFor(t: Turn): Promise<OfferedChoice | undefined> {
    const typed = normalizeChoiceText(t.text);
    if (typed === '') return undefined;
    const { earlier = [] } = await this.talk.mainState(t.dc.context);
    return earlier.find((o) => foldsTo(o.label, typed) || foldsTo(o.value, typed));
  }

  /** The top-level button the text picks, if any. */
  async offerFor(t: Turn): Promise<OfferedChoice | undefined> {
    const offers = (await this.talk.peekState(t.dc.context))?.offers ?? [];
    const picked = recognizeChoice(t.text, choicesOf(offers));
    return picked && offers.find((o) => o.value === picked.value);
  }

  /** Where a button leads. */
  async follow(dc: DialogContext, route: Route, text: string): Promise<void> {
    const { knowledge, matcher } = spoken(dc.context, this.deps);
    const { clock } = this.deps;
    switch (route.kind) {
      case 'entry': {
        const entry = knowledge.byId.get(route.id);
        if (entry) return this.showEntry(dc, entry, false, matcher.understand(text));
        return this.freeText(dc, text, false);
      }
      case 'call':
        return this.talk.say(dc, handoffReply(knowledge, clock.now()), false);
      case 'callback':
        return this.talk.beginCallback(dc);
      case 'hours':
        return this.talk.say(dc, hoursReply(knowledge, clock.now(), text), false);
      case 'assess':
        return this.talk.beginAssessment(dc, route.location ? { location: route.location } : {});
      case 'ask':
        return this.talk.say(dc, textReply(knowledge, 'ask-another'), false);
      case 'none':
        return this.talk.say(dc, noneOfTheseReply(knowledge), false);
      case 'language':
        return this.talk.say(dc, languageReply(knowledge), false);
    }
  }

  /** Free text → the matcher's verdict. In a flow only real answers interrupt; noise re-asks. */
  async freeText(dc: DialogContext, text: string, inFlow: boolean): Promise<void> {
    const { knowledge, matcher } = spoken(dc.context, this.deps);
    const { unanswered } = this.deps;
    // "Did Maria Gonzalez leave a callback?": the front desk asking about the queue (never a request,
    // never a knee answer) gets where the queue is worked.
    const forStaff = isStaffTalk(text) ? staffEntry(knowledge) : undefined;
    if (forStaff) return this.showEntry(dc, forStaff, inFlow, matcher.understand(text));
    // "what does giving way mean?", "is ice ok?" at the safety checklist: a line, then the checklist again.
    if (inFlow && checklistWaiting(dc)) return this.checklistAside(dc, text);
    // "what can I do?", "and if it swells?" right after a topic's answer: that topic's own words.
    if (await this.topicFollowUp(dc, text, inFlow)) return;
    // "both", "3 weeks", "no limp, no fever" while a question waits: taken in before any matching ("about a
    // month" is no after-surgery question), then the question again.
    const remark = inFlow ? shortRemarkKey(text) : undefined;
    if (remark !== undefined) {
      await sendReply(dc.context, { text: msg(knowledge, remark) });
      // "no limp, no fever, sleeps fine. can he play in the tournament this weekend?": the signs taken in,
      // then the question asked beside them answered (not only the check's question again).
      const asked = questionSentences(text);
      if (asked !== undefined && shortRemarkKey(asked) === undefined) return this.freeText(dc, asked, inFlow);
      return dc.repromptDialog();
    }
    // "my kne": sent before anything was said about the knee; an invitation to go on, not guesses.
    if (!inFlow && onlyTheKnee(text)) return this.talk.say(dc, routed({ text: msg(knowledge, 'knee-go-on') }), false);
    const result: MatchResult = matcher.match(text);
    turnLogger(dc.context, this.deps.logger).debug(
      { event: 'match', kind: result.kind, inFlow, ids: topIds(result) },
      'matched',
    );

    // "Could the saddle be causing this? And should I foam roll my IT band?": two questions asked outright
    // that each have a clear answer of their own get both answers, not a menu or a yes/no check.
    const apart = !inFlow && result.kind === 'clarify' ? askedApart(matcher, text) : undefined;
    if (apart) {
      const [first, second] = apart;
      await this.talk.say(dc, answerReply(knowledge, first, true), true);
      return this.showEntry(dc, second, false, result.understanding);
    }

    // "outside", "the inner side": a place alone (a fragment on a slow phone, after "knee") is where it
    // hurts, so the questions for that place start (not a menu of that place's causes).
    const place =
      !inFlow && result.kind === 'clarify' && PLACE_ONLY.test(foldToWords(text))
        ? result.candidates.slice(0, 3).find((c) => c.entry.kind === 'location' && c.entry.location)?.entry.location
        : undefined;
    if (place && !isSharedConversation(dc.context.activity)) return this.talk.beginAssessment(dc, { location: place });

    if (!inFlow && result.kind !== 'out-of-scope') {
      // A child named, and the children's topic level with a place's ("my daughter is 12 … below the kneecap"):
      // the children's entry (below), not the adult place's questions.
      const childTie =
        dc.context.turnState.get(ABOUT_CHILD) === true &&
        result.kind === 'clarify' &&
        result.candidates.slice(0, 2).some((c) => c.entry.id === CHILDREN_TOPIC);
      const assess = childTie ? undefined : assessmentFor(result, text);
      // In a shared conversation the guided questions would move to a private chat: what was said gets
      // its general answer here instead (nothing personal asked), and "Where does it hurt?" still moves.
      if (assess && !(result.kind === 'answer' && isSharedConversation(dc.context.activity)))
        return this.talk.beginAssessment(dc, withLooseLocation(assess, matcher.understand(text)));
      // "My whole knee hurts": like a place, pain all over the knee starts its own (general) path,
      // when the words say so (not a stray "1" the matcher happened to place there).
      // "my son's knees hurt, can you help me figure out what's going on?": the guided check offered first
      // for a knee that hurts is the check itself, started, not a menu with it in.
      if (
        result.kind === 'clarify' &&
        result.candidates[0]?.entry.action === 'assess' &&
        mentionsPain(text) &&
        !isSharedConversation(dc.context.activity)
      )
        return this.talk.beginAssessment(dc, {});
      if (
        result.kind === 'answer' &&
        result.best.entry.id === knowledge.general.overviewEntryId &&
        meansGeneral(knowledge, text)
      ) {
        return this.talk.beginAssessment(dc, { general: true });
      }
    }

    switch (result.kind) {
      case 'answer':
        // "what are your hours and where are you": two clinic facts asked, nearly level: the hand-off card
        // has both (and the phone), whichever one scored a little higher.
        if (bothClinicFacts(result.best, result.candidates[1]))
          return this.talk.answerThenResume(dc, handoffReply(knowledge, this.deps.clock.now()), inFlow);
        // "do you see kids his age? how do I book" right after the children's card: how to book and who
        // confirms the age group, not the same card again.
        if (
          result.best.entry.id === CHILDREN_TOPIC &&
          asksClinicForChild(text) &&
          (await this.justShown(dc, CHILDREN_TOPIC))
        ) {
          const text = msg(knowledge, 'children-see-and-book', {
            phone: knowledge.clinic.phone.display,
            hours: describeHours(knowledge.clinic, hoursWords(knowledge)),
          });
          return this.talk.say(
            dc,
            routed({ text, call: callAction(knowledge) }, [callbackOffer(knowledge), askOffer(knowledge)]),
            inFlow,
          );
        }
        return this.showEntry(dc, result.best.entry, inFlow, result.understanding, result.second?.entry);
      case 'clarify':
        // "Your hours and where are you?": the hand-off card shows phone, address and hours together.
        if (result.candidates.every((c) => isClinicFact(c.entry))) {
          return this.talk.answerThenResume(dc, handoffReply(knowledge, this.deps.clock.now()), inFlow);
        }
        // "is it normal he has a hard bump there?" about a child named earlier: the children's topic, when offered.
        // "10 days out from a knee replacement, what PT exercises now?": the after-surgery topic, when offered
        // (follow the surgical team's and therapist's plan), not general strengthening.
        {
          const tie =
            dc.context.turnState.get(ABOUT_CHILD) === true
              ? CHILDREN_TOPIC
              : afterOwnSurgery(text) || OWN_SURGEON.test(text)
                ? // "my coach wants me back at practice" after one's own operation: back to the sport.
                  BACK_TO_TEAM.test(foldToWords(text))
                  ? SPORT_AFTER_SURGERY_TOPIC
                  : AFTER_SURGERY_TOPIC
                : undefined;
          const picked = tie && result.candidates.find((c) => c.entry.id === tie);
          if (picked) return this.showEntry(dc, picked.entry, inFlow, result.understanding);
          // "Do you take Medicare?", "is my Aetna PPO in network?": a health plan named is the clinic's own
          // business (its card says the team checks the plan), not a menu, also in the middle of the questions.
          const plan = NAMES_A_PLAN.test(foldToWords(text))
            ? result.candidates.find((c) => c.entry.kind === 'clinic')
            : undefined;
          if (plan) return this.showEntry(dc, plan.entry, inFlow, result.understanding);
          // A child's front-of-knee tie ("a firm bump right below both kneecaps"): in a growing child that is
          // more often Osgood-Schlatter than the adult front-knee topics.
          const children = knowledge.byId.get(CHILDREN_TOPIC);
          if (tie === CHILDREN_TOPIC && children && result.understanding.location === 'front')
            return this.showEntry(dc, children, inFlow, result.understanding);
          // "the cleats came off my old shoes" right after the saddle answer: of the two closest readings, the
          // one that goes with the topic just answered (it, a follow-up of it, or one that lists it).
          const near = inFlow ? undefined : await this.nearLastTopic(dc);
          const related = near ? result.candidates.slice(0, 2).filter((c) => near(c.entry)) : [];
          if (related.length === 1) return this.showEntry(dc, related[0]!.entry, inFlow, result.understanding);
        }
        unanswered.record(text, 'clarify', topIds(result));
        // "I didn't fall, no calf swelling, I checked": a remark during the questions, not a question;
        // taken in, and the question again (a menu of guesses would ask what was never asked).
        if (inFlow && !isQuestion(text)) {
          await sendReply(dc.context, {
            text: msg(knowledge, remarkNoteKey(text) ?? shortRemarkKey(text) ?? 'remark-noted'),
          });
          return dc.repromptDialog();
        }
        // "no limp, no fever, it doesn't wake him at night": the signs said not to be there, taken in.
        if (!inFlow && shortRemarkKey(text) === 'remark-reassuring')
          return this.talk.say(dc, routed({ text: msg(knowledge, 'remark-reassuring') }), false);
        return this.talk.answerThenResume(dc, clarifyReply(knowledge, result.candidates), inFlow);
      case 'out-of-scope':
        unanswered.record(text, 'out-of-scope', []);
        return this.talk.answerThenResume(dc, outOfScopeReply(knowledge, result.topic), inFlow);
      case 'unknown':
        // "both", "3 weeks", "no limp, no fever": a short reply that tells something, taken in with its own word.
        if (shortRemarkKey(text) !== undefined && (inFlow || shortRemarkKey(text) === 'remark-reassuring')) {
          await this.talk.say(dc, routed({ text: msg(knowledge, shortRemarkKey(text)!) }), inFlow);
          return inFlow ? dc.repromptDialog() : undefined;
        }
        if (inFlow && !looksLikeQuestion(text)) {
          // "hmm", "sometimes": a fumbled answer, not a question. Ask again, kindly.
          await sendReply(dc.context, { text: msg(knowledge, 'retry-choice') });
          return dc.repromptDialog();
        }
        unanswered.record(text, 'unknown', topIds(result));
        return this.notSure(dc, text, result.suggestions, inFlow);
    }
  }

  /**
   * A question asked back at the guided safety checklist: the meaning of a word on the list, or the first
   * line of the answer it finds, and more once the check is done; then the checklist again. Never a whole
   * card (the checklist would scroll away) and never "not sure" taken as a yes.
   */
  private async checklistAside(dc: DialogContext, text: string): Promise<void> {
    const { knowledge, matcher } = spoken(dc.context, this.deps);
    const ask = topicAsk(text);
    const general = ask ? TOPIC_GENERAL[ask] : undefined;
    const result = matcher.match(text);
    const entry = result.kind === 'answer' && result.best.entry.action === undefined ? result.best.entry : undefined;
    const line =
      glossaryAnswer(knowledge, text) ??
      (general !== undefined
        ? msg(knowledge, 'checklist-aside-answer', { answer: oneLine(knowledge.messages[general] ?? '') })
        : entry !== undefined
          ? msg(knowledge, 'checklist-aside-answer', { answer: oneLine(entry.answer) })
          : msg(knowledge, 'checklist-aside-later'));
    return this.talk.answerThenResume(dc, routed({ text: line }), true);
  }

  /** "I'm not sure" — or the one-line meaning of a body word — varied, never the same buttons twice. */
  private async notSure(dc: DialogContext, text: string, suggestions: ScoredEntry[], inFlow: boolean): Promise<void> {
    const knowledge = spokenKnowledge(dc.context, this.deps.knowledge);
    const meaning = glossaryAnswer(knowledge, text);
    if (meaning) return this.talk.answerThenResume(dc, routed({ text: meaning }), inFlow);
    const state = await this.talk.mainState(dc.context);
    const reply = unknownReply(knowledge, suggestions, {
      inARow: state.unknownInARow ?? 0,
      lastValues: state.lastUnknown ?? [],
      ownKnee: aboutOwnKnee(text),
    });
    await this.talk.answerThenResume(dc, reply, inFlow);
    state.unknownInARow = (state.unknownInARow ?? 0) + 1;
    state.lastUnknown = reply.offers.map((o) => o.value);
  }

  /** "is it serious?" right after a topic's answer (within TOPIC_WITHIN_MS): that topic answers it, not the warning-signs card. */
  /**
   * A worry about a knee topic the same message names ("my knees crack every time I stand up, no pain,
   * should I be worried?"): not asking for the warning signs (no "signs", "symptoms", "red flags"),
   * and the matcher answers it outright.
   */
  worriesAboutNamedTopic(t: Turn): boolean {
    if (t.inFlow || ASKS_FOR_SIGNS.test(t.text) || !OWN_REPORT.test(t.text)) return false;
    const report = reportPart(t.text);
    if (report === '') return false;
    const match = t.speaker.matcher.match(report);
    // A close call between two topics still gets the report's own topics (led by the first), not the
    // warning-signs card meant for "what should I worry about?".
    const first = match.kind === 'answer' ? match.best : match.kind === 'clarify' ? match.candidates[0] : undefined;
    return first !== undefined && first.entry.kind !== 'location';
  }

  /** The worried report answered by its topic: the report alone is matched ("should I be worried" dropped). */
  async worriedReport(t: Turn): Promise<void> {
    return this.freeText(t.dc, reportPart(t.text), false);
  }

  async asksAboutLastTopic(t: Turn): Promise<boolean> {
    if (t.inFlow || topicAsk(t.text) !== 'serious') return false;
    const held = (await this.talk.peekState(t.dc.context))?.lastTopic;
    return held !== undefined && this.deps.clock.now().getTime() - Date.parse(held.at) <= TOPIC_WITHIN_MS;
  }

  /** The topic answered last (fresh) is this one. */
  private async justShown(dc: DialogContext, id: string): Promise<boolean> {
    const held = (await this.talk.mainState(dc.context)).lastTopic;
    return held?.id === id && this.deps.clock.now().getTime() - Date.parse(held.at) <= TOPIC_WITHIN_MS;
  }

  /** Whether an entry goes with the knee topic answered last (fresh): it, its follow-ups, or one listing it. */
  private async nearLastTopic(dc: DialogContext): Promise<((e: KnowledgeEntry) => boolean) | undefined> {
    const held = (await this.talk.mainState(dc.context)).lastTopic;
    if (!held || this.deps.clock.now().getTime() - Date.parse(held.at) > TOPIC_WITHIN_MS) return undefined;
    const last = spokenKnowledge(dc.context, this.deps.knowledge).byId.get(held.id);
    if (!last || last.kind === 'clinic') return undefined;
    return (e) =>
      e.kind !== 'clinic' && (e.id === last.id || last.followUps.includes(e.id) || e.followUps.includes(last.id));
  }

  /**
   * A short question that only makes sense after the last answer, read against the topic answered
   * last (within TOPIC_WITHIN_MS): the part of that topic's answer that speaks to it. False when there
   * is no such topic, or it says nothing about the ask (the message is matched as usual then).
   */
  private async topicFollowUp(dc: DialogContext, text: string, inFlow: boolean): Promise<boolean> {
    const ask = topicAsk(text);
    if (!ask) return false;
    const state = await this.talk.mainState(dc.context);
    const held = state.lastTopic;
    const now = this.deps.clock.now();
    const knowledge = spokenKnowledge(dc.context, this.deps.knowledge);
    const fresh = held !== undefined && now.getTime() - Date.parse(held.at) <= TOPIC_WITHIN_MS;
    // Playing on is asked about the topic just shown even during the questions ("does he have to sit out?").
    const entry = (!inFlow || ask === 'keep-playing') && fresh ? knowledge.byId.get(held!.id) : undefined;
    if (!entry) {
      // During the guided questions the knee is already told: "and if it swells?" gets the general
      // words that need no topic, then the question again (not a menu that drops the questions).
      const general = inFlow ? TOPIC_GENERAL[ask] : undefined;
      if (!general || (knowledge.messages[general] ?? '{title}').includes('{title}')) return false;
      await this.talk.answerThenResume(dc, routed({ text: msg(knowledge, general) }), true);
      return true;
    }
    // "Is it serious?", "¿es grave?": usually not, for a common cause, with the signs that mean a check for
    // this topic, and the phone and a callback (not the whole warning-signs card).
    if (ask === 'serious') {
      state.lastTopic = { id: entry.id, at: now.toISOString() };
      const { usual, when } = topicCheckWhen(knowledge, entry);
      const text = msg(knowledge, usual ? 'topic-serious-usual' : 'topic-serious', {
        title: entry.title,
        when,
        phone: knowledge.clinic.phone.display,
      });
      await this.talk.answerThenResume(
        dc,
        routed({ text }, [callOffer(knowledge), callbackOffer(knowledge), askOffer(knowledge)]),
        false,
      );
      return true;
    }
    const own = ask === 'other-knee' ? undefined : topicSection(entry, ask);
    // Nothing in the topic about it: the general words for the other knee, swelling or ice.
    const general = own === undefined && TOPIC_GENERAL[ask];
    if (own === undefined && !general) return false;
    state.lastTopic = { id: entry.id, at: now.toISOString() };
    const reply = general
      ? msg(knowledge, general, { title: entry.title.charAt(0).toLowerCase() + entry.title.slice(1) })
      : `${msg(knowledge, 'topic-follow-up', { title: entry.title })}\n\n${own}`;
    await this.talk.answerThenResume(dc, routed({ text: reply }), inFlow);
    return true;
  }

  /** An entry's answer, or what its action asks for. */
  private async showEntry(
    dc: DialogContext,
    entry: KnowledgeEntry,
    inFlow: boolean,
    understanding: Understanding,
    second?: KnowledgeEntry,
  ): Promise<void> {
    const knowledge = spokenKnowledge(dc.context, this.deps.knowledge);
    const { clock } = this.deps;
    const talk = this.talk;
    switch (entry.action) {
      case 'call':
        return talk.answerThenResume(dc, handoffReply(knowledge, clock.now()), inFlow);
      case 'callback':
        return talk.beginCallback(dc);
      case 'hours':
        return talk.answerThenResume(dc, hoursReply(knowledge, clock.now(), dc.context.activity.text ?? ''), inFlow);
      case 'warning-signs':
        return talk.answerThenResume(dc, foreign(warningSignsReply(knowledge)), inFlow);
      case 'help':
        return talk.help(dc, inFlow);
      case 'assess':
        if (inFlow) return talk.answerThenResume(dc, textReply(knowledge, 'already-assessing'), true);
        return talk.beginAssessment(
          dc,
          understanding.location ? { location: understanding.location, symptomIds: understanding.symptomIds } : {},
        );
      case undefined:
        if (!inFlow && entry.kind === 'location' && entry.location) {
          const symptomIds = understanding.location === entry.location ? understanding.symptomIds : [];
          return talk.beginAssessment(dc, { location: entry.location, symptomIds });
        }
        // A knee topic: a short follow-up after it ("what helps?") is read against it.
        // (Not when the message was itself such a follow-up, answered by another entry: the topic stays.)
        if (
          (entry.kind === 'condition' || entry.kind === 'advice' || entry.kind === 'faq') &&
          !topicAsk(dc.context.activity.text ?? '')
        )
          (await talk.mainState(dc.context)).lastTopic = { id: entry.id, at: clock.now().toISOString() };
        return talk.answerThenResume(dc, answerReply(knowledge, entry, inFlow, second), inFlow);
    }
  }
}

/** Asking for the warning signs themselves (the card answers these). */
const ASKS_FOR_SIGNS =
  /\b(?:signs?|symptoms?|red flags?|warning|emergenc\w*|when (?:to|should i) (?:worry|see|go)|se[ñn]ales|s[íi]ntomas|emergencia\w*)\b/i;
/** A report about one's own knee: "my knees crack…", "mi rodilla truena…". */
const OWN_REPORT = /\b(?:my|mine|mi|mis) (?:\w+ )?(?:knees?|kneecaps?|rodillas?)\b/i;
/** The worry itself ("should I be worried", "is that bad?") and a lead-in ("unrelated but"), left out of a report. */
const WORRY_CLAUSE =
  /(?:^|[.!?,;]\s*)(?:so |but |and )?(?:should i (?:be )?(?:worried|worry|concerned)|do i (?:need to|have to) worry|is (?:that|this|it) (?:bad|normal|serious|a problem|something to worry about)|(?:me )?(?:debo|deberia) (?:preocuparme|de preocuparme)|es (?:grave|normal|malo))\b[^.!?]*[.!?]?/gi;
const LEAD_IN =
  /^\s*(?:unrelated|random (?:question|q)|side (?:question|note)|different question|on (?:a|another) (?:different |side )?note|off topic|otra pregunta|otro tema)\b[\s,:;-]*(?:but |pero )?/i;
function reportPart(text: string): string {
  return text.replace(LEAD_IN, '').replace(WORRY_CLAUSE, ' ').replace(/\s+/g, ' ').trim();
}

/** A question asked outright: a sentence ending in "?". */
const QUESTION_SENTENCE = /[^.!?]*\?+/g;
/**
 * Two (or more) sentences ending in "?" whose first two each get a confident answer alone, from
 * different plain topics (no clinic action, no guided check): those two entries, in order.
 */
function askedApart(
  matcher: { match(text: string): MatchResult },
  text: string,
): [KnowledgeEntry, KnowledgeEntry] | undefined {
  const asked = (text.match(QUESTION_SENTENCE) ?? []).map((q) => q.trim()).filter((q) => q.length > 3);
  if (asked.length < 2) return undefined;
  const entries: KnowledgeEntry[] = [];
  for (const q of asked.slice(0, 2)) {
    const alone = matcher.match(q);
    if (alone.kind !== 'answer' || alone.best.entry.action !== undefined) return undefined;
    entries.push(alone.best.entry);
  }
  const [first, second] = entries;
  return first && second && first.id !== second.id ? [first, second] : undefined;
}

/** Booking or who the clinic sees, asked about a child: "how do I book him in", "do you treat teens?". */
const CLINIC_FOR_CHILD =
  /\b(?:book|booking|appointment|appt|schedule|do you (?:see|treat|take)|does (?:the clinic|your clinic|anyone) (?:see|treat)|cita|atienden|ven a)\b/;
function asksClinicForChild(text: string): boolean {
  return CLINIC_FOR_CHILD.test(foldToWords(text));
}

/** Only a place on the knee, in a word or three: "outside", "the inner side", "front of it", "por fuera". */
const PLACE_ONLY =
  /^(?:(?:the|on|at|my|its|it s|more|mostly|kind of|like|on the|at the|in the|por|en|la|el|mas)\s+)*(?:outside|outer|out side|lateral|inside|inner|medial|front|back|behind|fuera|afuera|dentro|adentro|enfrente|delante|atras|detras)(?:\s+(?:side|part|bit|edge|of (?:the|my) knee|of it|lado|parte|de la rodilla))*$/;

/** The sentences of `text` that ask something ("…sleeps fine. can he play this weekend?"), when others don't. */
function questionSentences(text: string): string | undefined {
  const sentences = text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');
  const asked = sentences.filter((s) => isQuestion(s));
  return asked.length > 0 && asked.length < sentences.length ? asked.join(' ') : undefined;
}

/** A health plan or insurer named (folded): the clinic's business, answered by its own card. */
const NAMES_A_PLAN =
  /\b(?:insurance|insured|insurer|medicare|medicaid|ppo|hmo|epo|copay|co pay|deductible|in network|out of network|blue cross|bcbs|aetna|cigna|humana|tricare|united ?healthcare|uhc|ambetter|chip plan)\b/;
