// The conversation's language: kept in conversation state ('language'), decided once per turn
// (dialogs/decisions/language.ts) and handed to everything that talks during the turn. Child
// dialogs run inside botbuilder's own calls, so the turn's choice travels in turnState: every
// reply builder then gets `spoken(context).knowledge` — the English or Spanish knowledge, never both.
import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Knowledge, Language } from '../src/knowledge/types';
import type { LanguageDetector } from '../src/matching/languageDetector';
import type { Matcher } from '../src/matching/types';
import type { Triage } from '../src/triage';
import { CHOICE_WORDING_KEY } from '../src/rendering/send';
import type { ChoiceWording } from '../src/rendering/text';
import { languageRequest, localeLanguage, prefersSpanish, turnLanguage } from './decisions/language';
import { msg } from './messages';

/** What the bot reads and says in one language. */
export interface Speaker {
  language: Language;
  knowledge: Knowledge;
  matcher: Matcher;
}

/** The knowledge, matcher and triage of a language (the composition root builds one per language). */
export interface LanguageSupport {
  knowledge: Knowledge;
  matcher: Matcher;
  triage: Triage;
  /** Tells Spanish from English with both knowledge sets' words (src/matching/languageDetector.ts). */
  detect?: LanguageDetector;
}

/** Conversation-state property: the language the conversation speaks now. */
const LANGUAGE_PROPERTY = 'language';
const TURN_SPEAKER = Symbol('dialogs.speaker');
/** Set on a turn whose message moved the conversation to the other language. */
const TURN_SWITCHED = Symbol('dialogs.languageSwitched');

export class ConversationLanguage {
  private readonly stored: StatePropertyAccessor<Language>;

  constructor(
    conversationState: ConversationState,
    private readonly speakers: Record<Language, Speaker>,
    private readonly detect?: LanguageDetector,
  ) {
    this.stored = conversationState.createProperty<Language>(LANGUAGE_PROPERTY);
  }

  /**
   * Decides the language of this turn from the message (and the channel's locale on a first one),
   * stores it for the conversation and hands it to this turn's replies. Idempotent within a turn.
   */
  async decide(context: TurnContext, text: string, keep = false): Promise<Speaker> {
    const already = context.turnState.get(TURN_SPEAKER) as Speaker | undefined;
    if (already) return already;
    const current = await this.stored.get(context);
    // `keep`: the message answers a question whose answer is no language evidence (a name, a number).
    const language =
      keep && current !== undefined && languageRequest(text) === undefined && !prefersSpanish(text)
        ? current
        : turnLanguage(text, current, context.activity.locale, this.detect);
    if (current !== undefined && language !== current) context.turnState.set(TURN_SWITCHED, true);
    await this.stored.set(context, language);
    return this.use(context, language);
  }

  /**
   * The conversation's language without a message to read (a greeting on join): stored, else the
   * locale. Kept only when the locale said so: an English greeting by default leaves the first
   * message's locale (Web Chat on a Spanish page) free to decide.
   */
  async current(context: TurnContext): Promise<Speaker> {
    const already = context.turnState.get(TURN_SPEAKER) as Speaker | undefined;
    if (already) return already;
    const stored = await this.stored.get(context);
    const language = turnLanguage('', stored, context.activity.locale);
    if (stored !== undefined || localeLanguage(context.activity.locale)) await this.stored.set(context, language);
    return this.use(context, language);
  }

  /** Switches the conversation (a "Español" / "English" button) and this turn's replies. */
  async set(context: TurnContext, language: Language): Promise<Speaker> {
    await this.stored.set(context, language);
    return this.use(context, language);
  }

  private use(context: TurnContext, language: Language): Speaker {
    const speaker = this.speakers[language];
    context.turnState.set(TURN_SPEAKER, speaker);
    // Numbered choices (Slack, Teams card fallbacks) end with "Reply 1, 2 or 3." in this language.
    const wording: ChoiceWording = {
      reply: msg(speaker.knowledge, 'choices-reply'),
      or: msg(speaker.knowledge, 'list-or'),
    };
    context.turnState.set(CHOICE_WORDING_KEY, wording);
    return speaker;
  }
}

/** True when this turn's message moved the conversation to the other language ("mejor en español, …"). */
export function switchedThisTurn(context: TurnContext): boolean {
  return context.turnState.get(TURN_SWITCHED) === true;
}

/** This turn's speaker, or `fallback` (a dialog run on its own, as in unit tests: English). */
export function spoken(context: TurnContext, fallback: Omit<Speaker, 'language'>): Omit<Speaker, 'language'> {
  return (context.turnState.get(TURN_SPEAKER) as Speaker | undefined) ?? fallback;
}

/** This turn's knowledge (the one every reply of the turn is built from). */
export function spokenKnowledge(context: TurnContext, fallback: Knowledge): Knowledge {
  return (context.turnState.get(TURN_SPEAKER) as Speaker | undefined)?.knowledge ?? fallback;
}

/** This turn's language ('en' when none was decided). */
export function spokenLanguage(context: TurnContext): Language {
  return (context.turnState.get(TURN_SPEAKER) as Speaker | undefined)?.language ?? 'en';
}
