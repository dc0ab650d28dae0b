// Round 17 (tune conversations g01, g05, g03): knowledge that was missing or read wrongly. Race day as
// a deadline is not race-day food; an exercise bike instead of running is cross-training (and what a
// short break costs); kneepads for kneeling work are padding to replace when worn; "vet" for a veteran
// is not an animal doctor. Wordings of our own, both languages where the knowledge has Spanish words.
import { describe, expect, it } from 'vitest';
import { BotChat, makeDeps, OPEN_TIME, texts } from './harness';

async function reply(text: string): Promise<string> {
  const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
  return texts(await chat.send(text));
}

describe('race day as a deadline (g01 T3)', () => {
  it('swapping runs for an exercise bike until race day is cross-training, not fuelling', async () => {
    const said = await reply(
      'should I just use the stationary bike until race day instead of running, will I lose fitness?',
    );
    expect(said).not.toMatch(/fuelling/);
    expect(said).toMatch(/Cross-training/);
    expect(said).toMatch(/taper/);
  });

  it('race-day food is still not ours', async () => {
    const said = await reply('how much carb loading do I need before race day');
    expect(said).toMatch(/fuelling/);
  });

  it('in Spanish', async () => {
    const said = await reply('¿si uso la bicicleta estática hasta el día de la carrera pierdo condición?');
    expect(said).not.toMatch(/alimentación para el día de la carrera/);
  });
});

describe('kneepads for kneeling work (g05 T2)', () => {
  it('the supports answer covers worn kneepads', async () => {
    const said = await reply('should I wear a knee brace for work');
    expect(said).toMatch(/Kneepads/);
    expect(said).toMatch(/worn thin/);
  });

  it('in Spanish', async () => {
    const said = await reply('¿sirven las rodilleras? ya se me gastaron');
    expect(said).toMatch(/rodilleras de trabajo/);
  });
});

describe('"vet" for a veteran is not an animal doctor', () => {
  it('an Army vet with knee pain gets knee help', async () => {
    const said = await reply('navy vet here, my knees ache after long hikes');
    expect(said).not.toMatch(/pets and other animals/);
  });

  it('a dog at the vet is still not ours', async () => {
    const said = await reply('my dog limps, should I take her to the vet');
    expect(said).toMatch(/pets and other animals/);
  });
});
