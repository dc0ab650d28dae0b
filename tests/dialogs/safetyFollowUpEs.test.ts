// The safety state in Spanish: after an act-now reply said in Spanish (call 911, the emergency room
// now, get checked today, the crisis line), the next Spanish message is read against it first and
// answered with the same tier-specific words as in English, from knowledge/es/messages/triage.yaml.
// Two-turn conversations through the whole bot. The cases were written in one go BEFORE the code
// read any Spanish follow-up and scored once (first look 2/31: the Spanish phrasings did not exist
// yet), then kept here as tuning data.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonl } from '../../scripts/eval-triage';
import { projectRoot } from '../../src/paths';
import { fillTemplate } from '../../src/knowledge/template';
import { classifyFollowUp, soundsLikeCrisis } from '../../dialogs/safetyFollowUp';
import { BotChat, spanishKnowledge, type Said } from './harness';

const es = spanishKnowledge();

type Mode = 'emergency' | 'er' | 'urgent' | 'crisis';

/** A first message of each tier, in Spanish. */
const FIRST: Record<Mode, string> = {
  emergency: 'me caí y se me puso el pie frío y pálido',
  er: 'tengo la rodilla caliente, roja e hinchada y tengo fiebre',
  urgent: 'tengo la rodilla trabada ahora mismo, no se estira ni se dobla',
  crisis: 'ya no quiero vivir, me quiero matar',
};

/** What the reply to a follow-up must open with: the Spanish message of that mode and kind. */
function opening(key: string): string {
  const values = {
    emergency: es.clinic.emergencyNumber,
    phone: es.clinic.phone.display,
    clinic: es.clinic.name,
    caution: '',
  };
  const text = fillTemplate(es.messages[key] ?? `(missing ${key})`, values);
  return text.slice(0, 36);
}

/** [tier, follow-up, message key the answer comes from] */
const CASES: [Mode, string, string][] = [
  ['emergency', '¿me puede llevar mi esposa a su clínica?', 'safety-emergency-to-clinic'],
  ['emergency', '¿manejo yo?', 'safety-emergency-drive-self'],
  ['emergency', 'mi hijo me puede llevar al hospital', 'safety-emergency-getting-there'],
  ['emergency', '¿mejor espero a mañana?', 'safety-emergency-wait'],
  ['emergency', 'seguro no es nada', 'safety-emergency-dismiss'],
  ['emergency', '¿puedo estirarla mientras?', 'safety-emergency-exercise'],
  ['emergency', 'le pongo hielo y me acuesto', 'safety-emergency-home-care'],
  ['emergency', 'ya voy para allá', 'safety-emergency-going'],
  ['emergency', 'ok gracias', 'safety-emergency-going'],
  ['emergency', '¿me tomo un ibuprofeno y veo cómo amanezco?', 'safety-emergency-home-care'],
  ['er', '¿puedo ir mejor a su clínica mañana?', 'safety-er-to-clinic'],
  ['er', '¿puedo manejar yo mismo al hospital?', 'safety-er-drive-self'],
  ['er', 'mi esposo me lleva a la sala de emergencias', 'safety-er-getting-there'],
  // round 23: the hot joint (this file's ER opener) has its own wait line, with why it can't wait
  ['er', 'lo dejo para el lunes', 'safety-er-wait-why'],
  ['er', 'no creo que sea para tanto', 'safety-er-dismiss'],
  ['er', '¿le puedo dar un masaje?', 'safety-er-exercise'],
  ['er', 'ya vamos en camino', 'safety-er-going'],
  ['er', '¿me pido un uber?', 'safety-er-getting-there'],
  ['urgent', '¿a dónde voy?', 'triage-where'],
  ['urgent', '¿puedo ir a su clínica hoy?', 'safety-urgent-to-clinic'],
  ['urgent', '¿puedo esperar a ver cómo sigue?', 'safety-urgent-wait'],
  ['urgent', '¿puedo salir a correr mañana?', 'safety-urgent-exercise'],
  ['urgent', 'seguro es un calambre nada más', 'safety-urgent-dismiss'],
  ['urgent', '¿manejo yo?', 'safety-urgent-drive-self'],
  ['urgent', 'me pongo una compresa fría y la subo', 'safety-urgent-home-care'],
  ['urgent', 'ya salgo para urgent care', 'safety-urgent-going'],
  ['urgent', '¿y si uso el rodillo de espuma?', 'safety-urgent-exercise'],
  ['crisis', 'en serio, ya no quiero seguir', 'safety-crisis-again'],
  ['crisis', 'ya no le veo sentido a nada', 'safety-crisis-again'],
  ['crisis', 'estaba bromeando, no es para tanto', 'safety-crisis-dismiss'],
  ['crisis', 'ya marqué al 988', 'safety-crisis-going'],
  // added with round 4's Spanish work (written after reading the phrasings: tuning data)
  ['emergency', 'mi hija ya viene por mí', 'safety-emergency-getting-there'],
  // A doctor instead of 911 is going elsewhere (round 5, both languages): 911 instead, not a clinic or a doctor.
  ['emergency', '¿y si llamo a mi doctor primero?', 'safety-emergency-to-clinic'],
  ['emergency', 'nomás fue un susto', 'safety-emergency-dismiss'],
  ['er', '¿puedo ir al CareNow?', 'safety-er-getting-there'],
  ['er', 'ya estamos en la sala de espera', 'safety-er-going'],
  ['urgent', 'tengo que recoger a mis hijos primero', 'safety-urgent-wait'],
  ['urgent', '¿tomo algo para el dolor mientras?', 'safety-urgent-home-care'],
  // round 19: no car is a barrier to answer (someone nearby, a taxi or a ride app), not "yes, that's the plan"
  ['urgent', 'no tengo carro', 'safety-urgent-no-ride'],
  // round 9, own (written after reading the phrasings: tuning data): the classes es-followups-r4 showed
  ['emergency', 'ya le marcamos al 911', 'safety-emergency-going'],
  ['emergency', 'ya le llamé a mi doctor', 'safety-emergency-to-clinic'],
  ['emergency', 'dice que ya no le duele tanto, fue nomás el golpe', 'safety-emergency-dismiss'],
  ['urgent', 'a lo mejor se destraba solita si duermo', 'safety-urgent-wait'],
  ['crisis', 'me dijo que ya se siente bien y que lo dejemos solo, ¿le hacemos caso?', 'safety-crisis-again'],
  ['crisis', 'ya tomé mi decisión, no me mande ese número', 'safety-crisis-again'],
  // es-r3 blind follow-ups: a doubt that 988 speaks Spanish gets the crisis line again, with how to reach it in Spanish
  ['crisis', 'el 988 es puro inglés, ¿no? yo no hablo bien inglés, olvídalo', 'safety-crisis-again'],
  // es-r2 blind follow-ups (tuning data now): a crisis escalating, told by a parent
  ['crisis', 'hoy otra vez lo dijo y se encerró en el cuarto, no me abre la puerta', 'safety-crisis-again'],
  [
    'urgent',
    'ok voy a manejar yo al urgent care, es la pierna izquierda y mi carro es automático',
    'safety-urgent-drive-self',
  ],
];

/** The call each tier keeps attached. */
function tel(mode: Mode): RegExp {
  if (mode === 'emergency' || mode === 'er') return /^tel:911$/;
  if (mode === 'crisis') return /988/;
  return /^tel:\+1/;
}

function texts(said: Said[]): string {
  return said.map((s) => s.text).join('\n');
}

describe('Spanish follow-ups after a Spanish act-now reply', () => {
  for (const [mode, text, key] of CASES) {
    it(`${mode} → "${text}": ${key}`, async () => {
      const chat = new BotChat();
      const first = await chat.send(FIRST[mode]);
      expect(first[0]?.tel ?? first[0]?.all, texts(first)).toMatch(tel(mode));
      const said = await chat.send(text);
      expect(said, texts(said)).toHaveLength(1);
      const reply = said[0] as Said;
      expect(reply.text).toContain(opening(key));
      expect(reply.tel ?? reply.all).toMatch(tel(mode));
    });
  }

  for (const mode of ['emergency', 'urgent', 'crisis'] as const) {
    it(`${mode} → an unrelated Spanish question: a one-line Spanish reminder, then the answer`, async () => {
      const chat = new BotChat();
      await chat.send(FIRST[mode]);
      const said = await chat.send('¿qué zapatos son buenos para correr?');
      expect(said.length, texts(said)).toBe(2);
      expect(said[0]?.text).toContain(opening(`safety-${mode}-reminder`));
    });
  }
});

describe('classifyFollowUp in Spanish: ordinary knee questions are not follow-ups', () => {
  for (const text of [
    '¿qué tenis son buenos para correr?',
    '¿cuánto tarda en sanar la rodilla del corredor?',
    '¿qué es la banda iliotibial?',
    'me duele la rodilla al subir escaleras',
  ]) {
    it(`"${text}"`, () => {
      expect(classifyFollowUp(text, 'es')).toBeUndefined();
      expect(soundsLikeCrisis(text)).toBe(false);
    });
  }
});

/** The blind follow-ups (tests/triage-es/followups-r2 … -r6.jsonl): scored once (r6: 25/25 at first look), now tuning data. */
interface BlindFollowUp {
  first: string;
  firstTier: 'emergency' | 'urgent' | 'soon';
  flag?: string;
  followUp: string;
  kind: string;
}
const BLIND = [
  'followups-r2.jsonl',
  'followups-r3.jsonl',
  'followups-r4.jsonl',
  'followups-r5.jsonl',
  'followups-r6.jsonl',
].flatMap((file) => readJsonl<BlindFollowUp>(path.join(projectRoot(), 'tests/triage-es', file)));
/** Only an act-now reply is held: a within-days first message has no follow-up state to test (as in English). */
const HELD = BLIND.filter((c) => c.firstTier !== 'soon');

/** What the Spanish reply to the follow-up must repeat: the crisis line, 911 / the ER, or today. */
const HIGHER_ES = /\b911\b|sala de emergencias/i;
function instructionEs(c: BlindFollowUp): RegExp {
  if (c.flag === 'self-harm') return /\b988\b/;
  if (c.firstTier === 'emergency') return /\b911\b|sala de emergencias/i;
  return /\bhoy\b|urgencias|sala de emergencias/i;
}

/** The kinds of follow-up, grouped as people use them after an act-now reply. */
/** (es-followups-r4 labels by group: 'logistics', 'minimise', 'routine-question', 'new-detail'.) */
const GROUPS: Record<string, readonly string[]> = {
  logistics: ['go-elsewhere', 'someone-driving', 'drive-myself', 'cost-worry', 'ask-bot-to-call', 'logistics'],
  minimise: ['probably-nothing', 'wait', 'home-care', 'exercise-or-massage', 'minimise'],
  'routine question': ['unrelated-question', 'routine-question'],
  'crisis repeat': ['crisis-repeat'],
  compliance: ['going-now', 'compliance'],
  'new detail': ['new-detail'],
};

describe('Spanish blind follow-ups (es-r2 … es-r6): every kind, strictly', () => {
  it('covers every group of follow-up with blind cases', () => {
    const kinds = new Set(BLIND.map((c) => c.kind));
    for (const [group, members] of Object.entries(GROUPS))
      expect(
        members.filter((k) => kinds.has(k)),
        group,
      ).not.toHaveLength(0);
    // every kind in the blind sets belongs to a group
    const grouped = new Set(Object.values(GROUPS).flat());
    expect([...kinds].filter((k) => !grouped.has(k))).toEqual([]);
  });

  it.each(HELD.map((c) => [c.kind, c.followUp, c] as const))('%s: %s', async (_kind, _text, c) => {
    const chat = new BotChat();
    const first = texts(await chat.send(c.first));
    expect(first).toMatch(instructionEs(c));
    const said = await chat.send(c.followUp);
    const reply = texts(said);
    const words = reply
      .replace(/\[[^\]]*\]\([^)]*\)/g, '')
      .split(/\s+/)
      .filter(Boolean).length;
    // compliance ("ok, ya voy"): a short close, or the instruction again, by itself (as in English)
    if (c.kind === 'going-now' || c.kind === 'compliance') {
      expect(words <= 40 || instructionEs(c).test(reply), reply).toBe(true);
      expect(said, reply).toHaveLength(1);
      return;
    }
    // a sign added after a same-day reply may raise it to 911 or the ER: a higher instruction holds too
    if (c.kind === 'new-detail') expect(instructionEs(c).test(reply) || HIGHER_ES.test(reply), reply).toBe(true);
    else expect(reply).toMatch(instructionEs(c));
    // a routine question: the one-line reminder first, in Spanish, then the usual answer
    if (c.kind === 'unrelated-question' || c.kind === 'routine-question') {
      expect(said[0]?.text.split('\n')[0], reply).toMatch(instructionEs(c));
      return;
    }
    // logistics, minimising, a crisis said again: answered by itself, nothing routine after it
    expect(said, reply).toHaveLength(1);
    expect(reply, 'answered in Spanish').toMatch(/\b(?:usted|por favor|llame|vaya|hoy|ahora)\b/i);
  });
});

/** A new detail after the warning: the new sign is read and answered, and the instruction holds. */
const NEW_DETAIL: [Mode, string, RegExp][] = [
  ['urgent', 'y ahora también se me durmió el pie', /\b911\b|sala de emergencias/i],
  ['urgent', 'ya me dio calentura y la rodilla está caliente y roja', /\b911\b|sala de emergencias/i],
  ['er', 'y ahora me falta el aire', /\b911\b/],
  ['emergency', 'además ya no siento los dedos', /\b911\b/],
];

describe('Spanish follow-ups: a new detail', () => {
  for (const [mode, text, must] of NEW_DETAIL) {
    it(`${mode} → "${text}": the new sign's instruction`, async () => {
      const chat = new BotChat();
      await chat.send(FIRST[mode]);
      const reply = texts(await chat.send(text));
      expect(reply).toMatch(must);
    });
  }
});

describe('911 in Spanish', () => {
  it('asking the bot to call 911 is answered by itself: call 911 now, and 911 speaks Spanish', async () => {
    const chat = new BotChat();
    await chat.send(FIRST.emergency);
    const said = await chat.send('¿me puede llamar usted al 911? estoy sola y no hablo inglés');
    expect(said).toHaveLength(1);
    expect(said[0]?.text).toMatch(/\b911\b/);
    expect(said[0]?.text).toMatch(/español/);
    expect(said[0]?.tel).toBe('tel:911');
  });
});

describe('988 in Spanish', () => {
  it('a doubt that 988 speaks Spanish is answered: press 2 on a call, AYUDA by text, and the crisis line stays', async () => {
    const chat = new BotChat();
    await chat.send('me corto las piernas cuando el dolor no me deja dormir, es lo único que me calma');
    const said = await chat.send('¿el 988 es puro inglés? yo no hablo bien inglés');
    expect(said).toHaveLength(1);
    expect(said[0]?.text).toMatch(/español/);
    expect(said[0]?.text).toMatch(/oprima 2/);
    expect(said[0]?.text).toMatch(/AYUDA/);
    expect(said[0]?.tel ?? said[0]?.all).toMatch(/988/);
  });
});
