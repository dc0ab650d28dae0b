// Conversations from a blind set written in round 9 (before anyone read the dialog code), as people
// see them: the front desk asking about the queue in Teams, a number said in words, a name given
// before the number, "text me instead", a reason typed where a time was asked, an age read as a
// clock time, thank-yous with a kind word, "nvm, what about…", "everywhere but mostly the front".
import { describe, expect, it } from 'vitest';
import { BotChat, joined, makeDeps, OPEN_TIME } from './harness';

const lastText = (said: { text: string }[]) => said.at(-1)?.text ?? '';
const STAFF_TITLE = 'For clinic staff: the callback queue';

/** Starts a callback and answers up to the time question. */
async function toTimeStep(chat: BotChat, name = 'Jason', phone = '469 555 7721') {
  await chat.send('i want someone to call me');
  await chat.send(name);
  return chat.send(phone);
}

describe('the front desk asking about callbacks is pointed to the staff page, never starts a request', () => {
  for (const text of [
    'any new callback requests today?',
    'who asked to be called after 5',
    'did maria gonzalez leave a callback',
    "reschedule John Park's callback to tomorrow 9am",
    'mark the second one as done, i called her',
  ]) {
    it(`"${text}"`, async () => {
      const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }), channelId: 'msteams' });
      const said = await chat.send(text);
      expect(joined(said)).toContain('/staff');
      expect(joined(said)).not.toContain('What name should we ask for');
    });
  }

  it('a patient asking to be called still gets the request', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    expect(lastText(await chat.send('can someone call me back about my knee'))).toContain('What name should we ask');
  });

  it('the staff entry is never one of the suggestions a patient is offered', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    for (const text of ['ok ill ask my mom', 'hmm whatever', 'blorp']) {
      const said = await chat.send(text);
      expect(said.flatMap((s) => s.choices)).not.toContain(STAFF_TITLE);
    }
  });
});

describe('callback details said the way people say them', () => {
  it('a number said in words ("two one four, five five five, oh nine one two") is read', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('can u call me back');
    await chat.send('its Priya');
    const said = await chat.send('my cell is two one four, five five five, oh nine one two');
    expect(lastText(said)).toContain('When would suit you best?');
    await chat.send('morning');
    const consent = await chat.send('skip');
    expect(joined(consent)).toContain('(214) 555-0912');
  });

  it('"Mark, 972 555 0135, anytime" after "talk to a person": name and number both kept', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('talk to a person');
    const said = await chat.send('Mark, 972 555 0135, can you call me');
    expect(joined(said)).toContain('**Mark**');
    expect(joined(said)).toContain('(972) 555-0135');
    expect(joined(said)).not.toContain('What name should we ask for');
  });

  it('"my 12 yo son" is an age, not 12pm', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    const said = await chat.send('please call me: Ana Ruiz 214 555 4477, thursday morning, my 12 yo son has knee pain');
    expect(joined(said)).toContain('**Ana Ruiz**');
    expect(joined(said)).not.toMatch(/12pm|12 pm/);
  });

  it('"text me instead?" at the time step: the clinic calls, said plainly, the times offered again', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await toTimeStep(chat);
    const said = await chat.send('actually dont call, text me?');
    expect(lastText(said)).toMatch(/calls you back by phone; we can't text/);
    expect(said.at(-1)!.choices.length).toBeGreaterThan(0);
    expect(lastText(await chat.send('ok just call then, wednesday morning'))).toContain(
      'what would you like to talk about',
    );
  });

  it('a reason typed where a time is asked is not read as a time', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await toTimeStep(chat);
    const said = await chat.send("it's about my meniscus tear, mri was last week");
    expect(lastText(said)).toContain("I'll ask what it's about right after this");
    expect(lastText(said)).not.toContain("can't call");
  });

  it('a long message at a closed time is not quoted back', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await toTimeStep(chat);
    const said = await chat.send('ok just call me then on sunday afternoon');
    expect(lastText(said)).not.toContain('(ok just call me then');
    expect(lastText(said)).toMatch(/can't call/);
  });
});

describe('small talk and changes of mind', () => {
  for (const text of ['great ty 🚴', 'thank you dear', 'gracias mija']) {
    it(`"${text}" is a thank-you, not "I didn't follow"`, async () => {
      const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
      await chat.send('does stretching help knee pain');
      const said = await chat.send(text);
      expect(joined(said)).not.toMatch(/didn't follow|not sure about that|No estoy seguro/);
    });
  }

  it('"actually nvm, what about box jumps" mid-questions answers the new question, nothing is cancelled', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('front of the knee hurts');
    const said = await chat.send('actually nvm, what about box jumps, those bother it too');
    expect(joined(said)).not.toContain("I've stopped that");
    expect(lastText(said)).toMatch(/\?/);
  });

  it('"nvm" alone still stops', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('front of the knee hurts');
    expect(joined(await chat.send('nvm'))).toContain("I've stopped that");
  });

  it('"kind of everywhere but mostly the front" takes the front path; "not sure, maybe the front" stays general', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('knee pain');
    expect(joined(await chat.send('idk its kind of everywhere i guess but mostly the front'))).toContain(
      'Pain at the front of the knee',
    );
    const other = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await other.send('knee pain');
    expect(joined(await other.send('not sure, maybe the front'))).toContain('all over the knee');
  });
});

describe('switching to Spanish in the middle of a flow, with more said in the same message', () => {
  it('during the questions: the answer and the waiting question both come in Spanish', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('hi my mom knee hurts');
    const said = await chat.send('sorry mejor en español, a mi mama le duele la rodilla, tiene 74 años');
    expect(lastText(said)).toContain('¿En qué parte de la rodilla le duele?');
  });

  it('during a callback: "perdón, mejor en español…" goes on in Spanish, keeping the name', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('i want someone to call me');
    await chat.send('Maria');
    const said = await chat.send('perdon, mejor en español por favor, me pueden llamar mañana');
    expect(lastText(said)).toContain('Gracias, Maria. ¿A qué número le llamamos?');
  });
});

describe('safety from the round-9 conversations', () => {
  const send = async (...texts: string[]) => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    let said: Awaited<ReturnType<BotChat['send']>> = [];
    for (const t of texts) said = await chat.send(t);
    return said;
  };

  it('short of breath a week after knee surgery is 911', async () => {
    expect(joined(await send("my mom had knee surgery last week and now she's short of breath"))).toContain('911');
  });

  it('"bro my knee 🔥🔥 after leg day" raises no alarm', async () => {
    expect(joined(await send('bro my knee 🔥🔥 after leg day'))).not.toMatch(/emergency room|Call 911 now/);
  });

  it('a lower-tier sign after a 911 reply gets 911 again, not a same-day reply', async () => {
    const said = await send(
      'my kneecap popped out to the side and its still there',
      'it hurts so bad i cant straighten it',
    );
    expect(joined(said)).toContain('911');
    expect(joined(said)).not.toContain('Get this checked today');
  });

  it('"fine ill go. bye" after a same-day reply is a short close, no "did you mean"', async () => {
    const said = await send('my calf is swollen and hurts, had knee surgery 2 weeks ago', 'fine ill go. bye');
    expect(joined(said)).not.toContain('Did you mean');
    expect(said).toHaveLength(1);
  });

  it('"who do we call after" after a same-day reply: the clinic helps with recovery once checked', async () => {
    const said = await send(
      'she twisted her knee and it swelled up like a balloon within an hour',
      'ok. who do we call after',
    );
    expect(joined(said)).toContain('We can help with recovery');
  });

  it('"can he play with a brace?" after the child same-day reply is declined until checked', async () => {
    const said = await send(
      'my 8 year old has been limping and says his knee hurts at night',
      'he has a game friday, can he play with a brace?',
    );
    expect(joined(said)).toContain("Please don't do that for now");
  });

  it('"You also mentioned" names quick swelling as quick swelling, not as a pop or twist', async () => {
    const said = await send("my knee swelled up like a balloon overnight, it's hot and i feel shivery");
    expect(joined(said)).toContain('The knee swelling up quickly');
    expect(joined(said)).not.toContain('A pop or twist');
  });
});
