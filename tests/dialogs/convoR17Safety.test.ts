// Round 17 (tune conversations g01, g03, g09): a suicide told indirectly through others who died, a
// weapon with "I'm done", a plan that stays in force over a knee question, "the vet line" as the crisis
// line, the Veterans Crisis Line for someone who said they served, painkillers to run through a
// within-days warning, and a flight while a clot is not ruled out. Wordings of our own; both languages
// where the mechanism has Spanish words.
import { describe, expect, it } from 'vitest';
import { realKnowledge, texts, chatAfter } from './harness';
import {
  mentionsCrisisPlan,
  mentionsTravelAhead,
  saysCrisisAgain,
  saysVeteran,
  soonFollowUp,
} from '../../dialogs/safetyFollowUp';
import { createTriage } from '../../src/triage';

const LINE = /988/;
const PLAN = /A plan means you need help right now/;
const VETERAN = /press 1/;
const VETERAN_ES = /oprima 1/;

describe('a suicide told through others who are gone (g03 T4)', () => {
  it.each([
    'a couple of the guys I deployed with are gone now and honestly I finally understand why they did it',
    'my old teammate is not around anymore. lately I get why he did it',
  ])('"%s" gets the crisis line at once', async (text) => {
    const { said } = await chatAfter(text);
    expect(said).toMatch(LINE);
  });

  it('in Spanish', async () => {
    const { said } = await chatAfter('dos compañeros de la obra ya no están, y ahora entiendo por qué lo hicieron');
    expect(said).toMatch(/988/);
  });

  it('read against a question already asked, it is no reassurance', () => {
    expect(saysCrisisAgain('starting to see why they did it')).toBe(true);
    expect(saysCrisisAgain('ya entiendo por qué lo hizo')).toBe(true);
  });

  it('understanding a decision about care is not a crisis', async () => {
    const { said } = await chatAfter(
      'my surgeon skipped the scope and I get why they did it that way, my knee is better',
    );
    expect(said).not.toMatch(LINE);
  });
});

describe('a weapon and "done" (g03 T5)', () => {
  const triage = createTriage(realKnowledge());
  it('said fresh, it is the crisis flag', () => {
    const outcome = triage.classify('the rifle is in my closet. if my knees are finished then so am I, im done');
    expect(outcome.kind === 'red-flag' && outcome.result.flags.map((f) => f.id)).toContain('self-harm');
  });

  it('after the crisis reply, the weapon is a plan: 911 now, and distance from it', async () => {
    const { chat } = await chatAfter('my friends from the unit are gone and I finally understand why they did it');
    const said = texts(await chat.send("I'm serious. my handgun is in the glovebox. no knees, no point"));
    expect(said).toMatch(PLAN);
    expect(mentionsCrisisPlan('my handgun is in the glovebox')).toBe(true);
  });
});

describe('a plan stays in force over a knee question (g03 T6)', () => {
  it('the stretches wait: the plan and the line come first, no routine answer', async () => {
    const { chat } = await chatAfter(
      'i dont want to be here anymore',
      'i have a plan and the pills are in the cabinet',
    );
    const said = texts(await chat.send('forget it. what stretches help my knee on hills'));
    expect(said).toMatch(/911/);
    expect(said).not.toMatch(/hold each stretch/i);
  });

  it('in Spanish', async () => {
    const { chat } = await chatAfter('ya no quiero vivir', 'ya tengo el plan, la pistola está en la camioneta');
    const said = texts(await chat.send('bueno, nomás dígame qué estiramientos sirven para la rodilla'));
    expect(said).toMatch(/911/);
    expect(said).toMatch(/Me contó de un plan/);
  });
});

describe('"the vet line" is the crisis line, not an animal (g03 T7)', () => {
  it('after the crisis reply, calling it is answered warmly, with the line', async () => {
    const { chat } = await chatAfter('i dont want to be here anymore');
    const said = texts(await chat.send("ok ok. I'll ring the veterans line. satisfied?"));
    expect(said).not.toMatch(/pets|animal/i);
    expect(said).toMatch(/right thing|courage/i);
    expect(said).toMatch(LINE);
  });

  it('"vet line" is not a pet topic even out of a crisis', async () => {
    const { said } = await chatAfter('what is the number for the vet crisis line');
    expect(said).not.toMatch(/pets and other animals/);
  });
});

describe('the Veterans Crisis Line for someone who said they served', () => {
  it('recognises it in both languages, not an animal vet', () => {
    expect(saysVeteran('retired Marine here, my knees are shot')).toBe(true);
    expect(saysVeteran('navy vet, 20 years')).toBe(true);
    expect(saysVeteran('the brace the VA gave me')).toBe(true);
    expect(saysVeteran('soy veterano del ejército')).toBe(true);
    expect(saysVeteran('took the dog to the vet')).toBe(false);
    expect(saysVeteran('my knee hurts after running')).toBe(false);
  });

  it('said earlier, the crisis reply adds 988 then 1', async () => {
    const { said } = await chatAfter('Air Force veteran, my knees ache on stairs', 'i dont want to be here anymore');
    expect(said).toMatch(VETERAN);
  });

  it('not said, not added', async () => {
    const { said } = await chatAfter('my knees ache on stairs', 'i dont want to be here anymore');
    expect(said).toMatch(LINE);
    expect(said).not.toMatch(VETERAN);
  });

  it('in Spanish', async () => {
    const { said } = await chatAfter('soy veterano, me duelen las rodillas en las escaleras', 'ya no quiero vivir');
    expect(said).toMatch(VETERAN_ES);
  });
});

describe('painkillers to get through a run while a within-days warning stands (g01 T5)', () => {
  const SHIN =
    'there is one spot on my shin bone that hurts when I press it and it gets worse every run since I upped my miles';
  it('is told plainly not to: the pain is the warning', async () => {
    const { chat, said } = await chatAfter(SHIN);
    expect(said).toMatch(/next few days/);
    const next = texts(
      await chat.send('if I take a couple of ibuprofen before the half and one mid-race I can finish it, yeah?'),
    );
    expect(next).toMatch(/hide/);
    expect(next).not.toMatch(/Did you mean/);
  });

  it('in Spanish', async () => {
    const { chat } = await chatAfter(
      'me duele un punto del hueso de la espinilla cuando lo aprieto y cada vez que corro está peor, subí mucho el kilometraje',
    );
    const next = texts(await chat.send('¿y si me tomo unos ibuprofenos antes de la carrera para aguantar?'));
    expect(next).toMatch(/Esconder/);
  });
});

describe('painkillers asked about for the ache itself are not running through it', () => {
  it('reads only painkillers taken to keep going', () => {
    expect(soonFollowUp('can I take ibuprofen for the ache tonight')).not.toBe('painkiller');
    expect(soonFollowUp('two advil at the start and I can push through the marathon')).toBe('painkiller');
    expect(soonFollowUp('me tomo un ibuprofeno para aguantar el partido', 'es')).toBe('painkiller');
  });
});

describe('a flight while a clot is not ruled out (g09 T4)', () => {
  it('a trip ahead, not one already made', () => {
    expect(mentionsTravelAhead('my flight home is tomorrow at noon')).toBe(true);
    expect(mentionsTravelAhead('we flew 14 hours last week')).toBe(false);
    expect(mentionsTravelAhead('mañana tengo vuelo a Chicago')).toBe(true);
  });

  const CALF = 'drove 12 hours yesterday and now one calf is swollen, tender and warm. breathing fine';
  it('is not cleared: checked today before any flight', async () => {
    const { chat } = await chatAfter(CALF);
    const said = texts(await chat.send('I have a flight home on Thursday morning, that should be ok?'));
    expect(said).toMatch(/fly/);
    expect(said).toMatch(/today/);
  });

  it('in Spanish', async () => {
    const { chat } = await chatAfter(
      'ayer manejé 12 horas y ahora tengo la pantorrilla hinchada, caliente y me duele. respiro bien',
    );
    const said = texts(await chat.send('mañana tengo vuelo de regreso, ¿puedo viajar?'));
    expect(said).toMatch(/vuel|volar/);
  });
});
