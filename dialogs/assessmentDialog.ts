// The guided assessment: where it hurts → the location's symptom questions (skipping those already
// mentioned) → one red-flag check → common causes, what helps, when to see someone. Interruptions
// (help, questions, red flags in free text) are MainDialog's job; this dialog only asks and records.
import {
  ComponentDialog,
  type DialogContext,
  type DialogTurnResult,
  WaterfallDialog,
  type WaterfallStepContext,
} from '../src/dialogsSdk';
import type { TurnContext } from 'botbuilder';
import { GENERAL_PLACE } from '../src/knowledge/types';
import type { KneeLocation, Knowledge, PlaceId } from '../src/knowledge/types';
import type { Matcher } from '../src/matching/types';
import { sendReply } from '../src/rendering/send';
import { guidedRedFlagQuestion, guidedRedFlagYesReply } from '../src/triage';
import {
  assessmentResult,
  findLocation,
  findPlace,
  generalSymptomsSaid,
  introText,
  locationForValue,
  locationQuestion,
  meansGeneral,
  otherSymptomsSaid,
  remainingQuestions,
  symptomQuestionReply,
} from './assessment';
import { spoken, spokenKnowledge } from './language';
import { msg } from './messages';
import { sendSafely } from './safeSend';
import { ChoiceReplyPrompt, YesNoReplyPrompt, type ReplyPromptOptions } from './prompts';
import type { OfferedChoice } from './routes';
import { routedText } from './mainTurn';

export const ASSESSMENT_DIALOG = 'assessmentDialog';
const STEPS = 'assessment.steps';
const SYMPTOMS = 'assessment.symptoms';
const LOCATION_PROMPT = 'assessment.location';
const SYMPTOM_PROMPT = 'assessment.symptom';
const RED_FLAG_PROMPT = 'assessment.redFlag';

export interface AssessmentOptions {
  /** Already known from the message that started the assessment ("outside of my knee"). */
  location?: KneeLocation;
  /** The knee in general (the fifth path), known from the message ("my whole knee hurts"). */
  general?: boolean;
  /** Symptom question ids (of that location) the person already mentioned: asked no more. */
  symptomIds?: string[];
}

export interface AssessmentResult {
  outcome: 'explained' | 'red-flag';
  /** One of the four places, or "general" (all over / not sure). */
  location: PlaceId;
  /** The buttons under the result, with where they lead (MainDialog routes them next turn). */
  offers: OfferedChoice[];
}

interface SymptomLoopState {
  location: PlaceId;
  yes: string[];
  no: string[];
}

export interface AssessmentDeps {
  knowledge: Knowledge;
  matcher: Matcher;
}

/** Waterfall step values, typed for strict mode (botbuilder types them as {}). */
function vals(step: WaterfallStepContext): Record<string, unknown> {
  return step.values as Record<string, unknown>;
}

export class AssessmentDialog extends ComponentDialog {
  constructor(private readonly deps: AssessmentDeps) {
    super(ASSESSMENT_DIALOG);
    // Free text like "outside of my knee" answers "where" as well as a button does; "all over",
    // "both sides" or "not sure" is the fifth answer, never a reason to ask the same question again.
    const locationFromText = (text: string, _choices: unknown, context?: TurnContext): string | undefined => {
      const { knowledge, matcher } = context ? spoken(context, deps) : deps;
      if (meansGeneral(knowledge, text)) return knowledge.general.label;
      const location = matcher.understand(text).location;
      return location ? findLocation(knowledge, location)?.label : undefined;
    };
    this.addDialog(new ChoiceReplyPrompt(LOCATION_PROMPT, locationFromText));
    // Not sure about a symptom: it is not counted, the questions go on. Not sure about the warning
    // signs: treated as a yes, because the safe answer to an uncertain red flag is to get checked.
    this.addDialog(new YesNoReplyPrompt(SYMPTOM_PROMPT, false));
    this.addDialog(new YesNoReplyPrompt(RED_FLAG_PROMPT, true));
    this.addDialog(
      new WaterfallDialog(STEPS, [
        this.askWhere.bind(this),
        this.startSymptoms.bind(this),
        this.askRedFlags.bind(this),
        this.explain.bind(this),
      ]),
    );
    this.addDialog(new WaterfallDialog(SYMPTOMS, [this.askSymptom.bind(this), this.recordSymptom.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async askWhere(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as AssessmentOptions;
    const knowledge = this.k(step);
    const known = options.location
      ? findLocation(knowledge, options.location)
      : options.general
        ? knowledge.general
        : undefined;
    if (known) return step.next(known.label);
    const prompt: ReplyPromptOptions = {
      prompt: locationQuestion(knowledge),
      retry: this.retry(knowledge, locationQuestion(knowledge)),
    };
    return step.beginDialog(LOCATION_PROMPT, prompt);
  }

  private async startSymptoms(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { knowledge, matcher } = spoken(step.context, this.deps);
    const options = (step.options ?? {}) as AssessmentOptions;
    // The label tapped or typed, in either language (the question may have been asked before a switch).
    const locationId =
      locationForValue(knowledge, String(step.result)) ?? locationForValue(this.deps.knowledge, String(step.result));
    const location = locationId ? findPlace(knowledge, locationId) : undefined;
    if (!location) return step.endDialog(); // knowledge changed under a stored conversation
    vals(step)['location'] = location.id;

    // Symptoms already said: in the opening message, or in a free-text answer to "where".
    const ids = new Set<string>(options.location === location.id ? (options.symptomIds ?? []) : []);
    const said = routedText(step.context);
    if (!options.location) {
      // Read for the chosen place, so "front, and it's worse on stairs" counts the stairs too.
      const heard =
        location.id === GENERAL_PLACE
          ? generalSymptomsSaid(knowledge, said)
          : matcher.understand(said, location.id).symptomIds;
      heard.forEach((id) => ids.add(id));
    }
    const known = location.symptomQuestions.filter((q) => ids.has(q.id)).map((q) => q.id);

    await sendReply(step.context, { text: introText(knowledge, location, remainingQuestions(location, known).length) });
    const loop: SymptomLoopState = { location: location.id, yes: known, no: [] };
    return step.beginDialog(SYMPTOMS, loop);
  }

  private async askRedFlags(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answers = step.result as SymptomLoopState | undefined;
    vals(step)['yes'] = answers?.yes ?? [];
    const knowledge = this.k(step);
    const question = guidedRedFlagQuestion(knowledge);
    return step.beginDialog(RED_FLAG_PROMPT, {
      prompt: question,
      retry: this.retry(knowledge, question),
    } satisfies ReplyPromptOptions);
  }

  private async explain(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const knowledge = this.k(step);
    const locationId = vals(step)['location'] as PlaceId;
    if (step.result === true) {
      // Something serious may be going on: no list of "likely causes", just what to do now.
      await sendSafely(step.context, guidedRedFlagYesReply(knowledge));
      const result: AssessmentResult = { outcome: 'red-flag', location: locationId, offers: [] };
      return step.endDialog(result);
    }
    const location = findPlace(knowledge, locationId);
    if (!location) return step.endDialog();
    const { reply, offers } = assessmentResult(knowledge, location, vals(step)['yes'] as string[]);
    await sendReply(step.context, reply);
    const result: AssessmentResult = { outcome: 'explained', location: locationId, offers };
    return step.endDialog(result);
  }

  private async askSymptom(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = step.options as SymptomLoopState;
    vals(step)['state'] = state;
    const knowledge = this.k(step);
    const location = findPlace(knowledge, state.location);
    const next = location ? remainingQuestions(location, [...state.yes, ...state.no])[0] : undefined;
    if (!next) return step.endDialog(state);
    vals(step)['questionId'] = next.id;
    const question = symptomQuestionReply(knowledge, next);
    return step.beginDialog(SYMPTOM_PROMPT, {
      prompt: question,
      retry: this.retry(knowledge, question),
      yesWhenSaid: next.mentions,
    } satisfies ReplyPromptOptions);
  }

  private async recordSymptom(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = vals(step)['state'] as SymptomLoopState;
    const id = vals(step)['questionId'] as string;
    const recorded: SymptomLoopState =
      step.result === true ? { ...state, yes: [...state.yes, id] } : { ...state, no: [...state.no, id] };
    // "yes when jumping": the later "does jumping make it worse?" is answered too, so it isn't asked.
    const location = findPlace(this.k(step), state.location);
    const also = location
      ? otherSymptomsSaid(location, routedText(step.context), [...recorded.yes, ...recorded.no])
      : [];
    const next: SymptomLoopState = { ...recorded, yes: [...recorded.yes, ...also] };
    // Loop by replacing: the stack stays one level deep however many questions there are.
    return step.replaceDialog(SYMPTOMS, next);
  }

  /** The question again, prefixed with "Sorry, I didn't catch that" (used when nobody intercepts). */
  private retry(
    knowledge: Knowledge,
    question: { text: string; choices?: { label: string; value: string }[]; title?: string },
  ) {
    return { ...question, text: `${msg(knowledge, 'retry-choice')}\n\n${question.text}` };
  }

  /** The knowledge of this turn's language (dialogs/language.ts). */
  private k(step: WaterfallStepContext): Knowledge {
    return spokenKnowledge(step.context, this.deps.knowledge);
  }
}

/**
 * The guided safety checklist ("do any of these apply?") is the question waiting under `dc`: a question
 * asked back there is answered in a line and the checklist asked again, never set aside (dialogs/mainAnswers.ts).
 */
export function checklistWaiting(dc: DialogContext): boolean {
  let current: DialogContext = dc;
  while (current.child) current = current.child;
  return current.activeDialog?.id === RED_FLAG_PROMPT;
}

/**
 * Where the assessment running under `dc` is (undefined when none is), so it can start again at
 * that place in another language ("English please" in the middle of the questions).
 */
/** How many symptom questions the running check has had answered (0 when none, or no check is running). */
export function answeredInCheck(dc: DialogContext): number {
  for (let current: DialogContext | undefined = dc; current; current = current.child) {
    const loop = current.stack.find((i) => i.id === SYMPTOMS);
    const state = (loop?.state as { options?: Partial<SymptomLoopState> } | undefined)?.options;
    if (state) return (state.yes?.length ?? 0) + (state.no?.length ?? 0);
  }
  return 0;
}

export function runningAssessment(dc: DialogContext): AssessmentOptions | undefined {
  for (let current: DialogContext | undefined = dc; current; current = current.child) {
    const steps = current.stack.find((i) => i.id === STEPS);
    if (steps) {
      const state = steps.state as { options?: AssessmentOptions; values?: { location?: PlaceId } } | undefined;
      const location = state?.values?.location ?? state?.options?.location;
      if (location === GENERAL_PLACE) return { general: true };
      return location ? { location: location as KneeLocation } : {};
    }
  }
  return undefined;
}
