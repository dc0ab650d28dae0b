// Round 14: follow-ups to a warning the reviewer found answered generically (tune conversations e01,
// e03, e05, e07), checked with wordings of our own, and near misses that must stay as they were.
import { describe, expect, it } from 'vitest';
import { BotChat, CLOSED_TIME, makeDeps, OPEN_TIME, texts } from './harness';
import { knowsTheLine, soonFollowUp } from '../../dialogs/safetyFollowUp';

const buttons = (said: { choices?: string[] }[]) => said.flatMap((s) => s.choices ?? []);

/** Tuesday 24 Nov 2026, 8pm in Dallas: a weekday, but the clinic has closed for the day. */
const WEEKDAY_EVENING = '2026-11-25T02:00:00Z';
/** Tuesday 24 Nov 2026, 7am in Dallas: not open yet, but it opens later today. */
const WEEKDAY_EARLY = '2026-11-24T13:00:00Z';

const CALF = 'my right calf has been swollen and achy since the long drive back from denver';

describe("putting a clot check off: the flag's own reason, and the 911 safety net", () => {
  it('"can this wait until after my shift?" after a calf warning says a clot can reach the lungs', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    expect(texts(await chat.send(CALF))).toContain('Get this checked today');
    const said = texts(await chat.send('can this wait until after my shift tomorrow?'));
    expect(said).toMatch(/lungs/);
    expect(said).toMatch(/emergency room can do the scan today/);
    expect(said).toMatch(/short of breath.*chest pain.*cough up blood/s);
    expect(said).not.toMatch(/Some injuries are harder to treat/);
  });

  it('the same in Spanish: "¿puedo esperar a mañana?"', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    expect(texts(await chat.send('tengo la pantorrilla hinchada y caliente desde que volví en avión'))).toContain(
      'Hágase revisar hoy',
    );
    const said = texts(await chat.send('mejor voy mañana después del trabajo'));
    expect(said).toMatch(/pulmones/);
    expect(said).toMatch(/tose sangre/);
  });

  it('near miss: a knee warning without a reason of its own keeps the general words', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    expect(texts(await chat.send('fell off a ladder onto my knee and now i cant put any weight on it'))).toMatch(
      /today/,
    );
    const said = texts(await chat.send("I'll see how it is in the morning"));
    expect(said).toMatch(/checked today/);
    expect(said).not.toMatch(/lungs/);
  });
});

describe('the cost of an ambulance after a 911 reply', () => {
  const EMERGENCY = 'my calf is swollen and now I am short of breath with a sharp pain in my chest';

  it('"what\'s an ambulance ride going to cost me?" keeps only the 911 action, cost later', async () => {
    for (const ask of [
      'how much is the ambulance ride going to be? my deductible is huge',
      'i have a crazy high deductible, what will that cost me',
      'what would my copay even be for that',
    ]) {
      const chat = new BotChat({ deps: makeDeps({ now: CLOSED_TIME }) });
      expect(texts(await chat.send(EMERGENCY))).toMatch(/911/);
      const said = await chat.send(ask);
      expect(texts(said), ask).toMatch(/don't let the cost stop you/);
      expect(texts(said), ask).toMatch(/sorted out later/);
      expect(texts(said), ask).not.toMatch(/prices, bills and payments/);
      expect(buttons(said), ask).not.toContain('Request a callback');
    }
  });

  it("near miss: a billing question with no warning standing still gets the clinic's billing answer", async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('hi');
    const said = texts(await chat.send('how much does a visit cost at your clinic?'));
    expect(said).not.toMatch(/cost stop you|911/);
  });
});

describe('a same-day warning, then asking to come here on a day the clinic is closed', () => {
  const FALL = 'I tripped on the curb and fell on my knee, and now I cannot put any weight on it';

  it('"can I just walk in?" on a Saturday: closed today, urgent care or an ER today', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: CLOSED_TIME }) });
    expect(texts(await chat.send(FALL))).toMatch(/today/);
    const said = texts(await chat.send('do you guys take walk-ins?'));
    expect(said).toMatch(/closed for the rest of today \(Saturday\)/);
    expect(said).toMatch(/urgent care center or an emergency room today/);
    expect(said).not.toMatch(/same day|Visiting the clinic/);
  });

  it('a weekday evening after closing is closed for the rest of today too', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: WEEKDAY_EVENING }) });
    expect(texts(await chat.send(FALL))).toMatch(/today/);
    expect(texts(await chat.send('could I come in to your clinic instead?'))).toMatch(/closed for the rest of today/);
  });

  it('in Spanish: closed today, said in Spanish with the day', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: CLOSED_TIME }) });
    expect(texts(await chat.send('tengo 68 años, me caí de la escalera y me pegué en la rodilla'))).toMatch(/hoy/);
    const said = texts(await chat.send('¿me pueden atender ustedes?'));
    expect(said).toMatch(/Hoy \(sábado\) ya estamos cerrados/);
  });

  it('near miss: before opening on a weekday the clinic opens later today, so no "closed today"', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: WEEKDAY_EARLY }) });
    expect(texts(await chat.send(FALL))).toMatch(/today/);
    const said = texts(await chat.send('could I come in to your clinic instead?'));
    expect(said).not.toMatch(/closed for the rest of today/);
    expect(said).toMatch(/urgent care center or an emergency room today/);
  });
});

describe('a within-days bone warning stays in mind', () => {
  const SHIN =
    'been ramping up for a half marathon, 40 miles a week now, and one small spot on my shinbone is tender when I press it';

  it('"probably just shin splints, yeah?" is not agreed with: why one spot matters, checked within days', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    expect(texts(await chat.send(SHIN))).toMatch(/next few days/);
    const said = texts(await chat.send("it's probably just shin splints, yeah? all runners get them"));
    expect(said).toMatch(/don't rule it out/);
    expect(said).toMatch(/turn into a break/);
    expect(said).not.toMatch(/outside what I cover/);
  });

  it('a race question keeps the advice once, with its own answer', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send(SHIN);
    const first = texts(await chat.send('random q but what time does packet pickup open for the race'));
    expect(first).toMatch(/A reminder: Please rest it from running/);
    const second = texts(await chat.send('what are your hours'));
    expect(second).not.toMatch(/A reminder/);
  });

  it('a hop test that hurt, with no limp: stop testing, within days, same day if it gets worse', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send(SHIN);
    const said = texts(await chat.send('so I tried hopping on it and that hurt a lot. walking is fine, not limping'));
    expect(said).toMatch(/stop testing it/);
    expect(said).toMatch(/next few days/);
    expect(said).toMatch(/start to limp/);
    expect(said).not.toMatch(/Did you mean/);
  });

  it('"can I still swim or bike meanwhile?": only pain-free, after checking with the clinician', async () => {
    for (const ask of ['could I still swim or ride the bike meanwhile?', 'is it ok to cross-train on the elliptical']) {
      const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
      await chat.send(SHIN);
      const said = texts(await chat.send(ask));
      // Round 24 words it as "completely pain-free …, best after the clinician has checked it" (same advice).
      expect(said, ask).toMatch(
        /doesn't hurt at all, and check with the clinician first|completely pain-free at the sore spot, and best after the clinician has checked it/,
      );
      expect(said, ask).not.toMatch(/Did you mean/);
    }
  });

  it('in Spanish: "¿puedo andar en bici mientras?" after the bone warning', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    expect(
      texts(await chat.send('me duele un punto de la espinilla cuando lo aprieto, estoy entrenando para un maratón')),
    ).toMatch(/próximos días|días/);
    const said = texts(await chat.send('¿puedo andar en bici mientras?'));
    expect(said).toMatch(/pregúntele primero al médico|mejor después de que se lo revisen/);
  });

  it('near misses: "ok I\'ll book this week" is answered as usual, and no warning means no reminder', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send(SHIN);
    expect(texts(await chat.send("ok I'll get it checked this week, how do I book?"))).not.toMatch(
      /stop testing|don't rule it out/,
    );
    const plain = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await plain.send('what shoes are good for running?');
    expect(texts(await plain.send('can I bike instead of running?'))).not.toMatch(/A reminder/);
  });

  it('reads talking it down and asking to stay active, not a race named in passing', () => {
    expect(soonFollowUp("it's probably just shin splints")).toBe('dismiss');
    expect(soonFollowUp('everybody gets them lol')).toBe('dismiss');
    expect(soonFollowUp('can i at least bike in the meantime')).toBe('exercise');
    expect(soonFollowUp('nomás son calambres, ¿no?', 'es')).toBe('dismiss');
    expect(soonFollowUp('where is bib pickup for the marathon')).toBeUndefined();
    expect(soonFollowUp("it's only been two days")).toBeUndefined();
  });
});

describe('the crisis line already known', () => {
  const CRISIS = "honestly I've been thinking about not being here anymore";

  it('"I know the number already" is asked directly about safety now, a plan and means', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    expect(texts(await chat.send(CRISIS))).toContain('988');
    const said = texts(
      await chat.send("yeah I already know the hotline number. I just can't picture things getting better"),
    );
    expect(said).toMatch(/are you safe right now/);
    expect(said).toMatch(/plan/);
    expect(said).toMatch(/911/);
    expect(said).toMatch(/988/);
  });

  it('in Spanish: "ya sé del 988" asks about safety in Spanish', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    expect(texts(await chat.send('ya no quiero vivir, estoy harto de todo'))).toContain('988');
    const said = texts(await chat.send('ya sé del 988, nomás digo que no me veo aquí el año que entra'));
    expect(said).toMatch(/¿está a salvo en este momento\?/);
  });

  it('near miss: the same thoughts said again without the line keep the line again', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send(CRISIS);
    const said = texts(await chat.send('i mean it, nothing matters anymore'));
    expect(said).toMatch(/988/);
    expect(said).not.toMatch(/are you safe right now/);
  });

  it('reads knowing the line in either language, not asking for it', () => {
    for (const t of [
      'i know about 988',
      'already called that hotline',
      'ya conozco la línea',
      "i've texted 988 before",
    ])
      expect(knowsTheLine(t), t).toBe(true);
    for (const t of ["what's the number again?", 'ok thanks', 'cuál es el número'])
      expect(knowsTheLine(t), t).toBe(false);
  });
});
