// After the crisis reply, a plan, a time or a means said next ("i made a plan for this weekend. just
// wanted someone to know") is more urgent than the thoughts: 911 now, in its own words, and never the
// line followed by "I'm not sure". Wordings of our own; both languages.
import { describe, expect, it } from 'vitest';
import { BotChat, makeDeps, OPEN_TIME, texts } from './harness';
import { mentionsCrisisPlan } from '../../dialogs/safetyFollowUp';

const PLAN = /A plan means you need help right now: please call 911/;
const PLAN_ES = /Si ya tiene un plan, necesita ayuda ahora mismo: llame al 911/;

async function afterCrisis(first: string, next: string): Promise<string> {
  const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
  const crisis = texts(await chat.send(first));
  expect(crisis).toMatch(/988/);
  return texts(await chat.send(next));
}

describe('a plan said after the crisis reply', () => {
  it.each([
    'i made a plan for this weekend. just wanted someone to know',
    'i already wrote the letters. the pistol is in the truck',
    'it is going to be tonight',
    'been saving up my pills for a while',
  ])('"%s" gets 911 now, not the reminder and a menu', async (next) => {
    const said = await afterCrisis('lost my job over this knee, wife left. whats the point anymore', next);
    expect(said).toMatch(PLAN);
    expect(said).not.toMatch(/I'm not sure/);
  });

  it('in Spanish', async () => {
    const said = await afterCrisis(
      'ya no le veo sentido a nada, mi familia estaría mejor sin mí',
      'ya tengo el plan para este fin de semana, nomás quería que alguien supiera',
    );
    expect(said).toMatch(PLAN_ES);
  });

  it('a remark with no answer of its own gets the line again, not "I\'m not sure"', async () => {
    const said = await afterCrisis('i dont want to be here anymore, my knee was the last thing i had', 'whatever man');
    expect(said).toMatch(/988/);
    expect(said).not.toMatch(/I'm not sure/);
  });

  it('reaching for help is not a plan', () => {
    expect(mentionsCrisisPlan('my plan is to call 988 tonight')).toBe(false);
    expect(mentionsCrisisPlan('ok i will call the crisis line this weekend')).toBe(false);
    expect(mentionsCrisisPlan('i made a plan for this weekend')).toBe(true);
    expect(mentionsCrisisPlan('ya tengo el plan')).toBe(true);
  });
});
