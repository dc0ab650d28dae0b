// Conversations from the round-12 blind set (tune half), written before anyone read the dialog code,
// checked here with wording of our own: what a standing warning does with an update, a direct
// question or a callback, and what the clinic's staff get in Teams.
import { describe, expect, it } from 'vitest';
import { BotChat, joined, makeDeps, OPEN_TIME, texts } from './harness';

describe('a standing warning read against the update', () => {
  // Read together with the message that raised it, an update that adds a more serious sign raises the
  // warning (held conversation c03, fixed after its end figure: a clot may have reached the lungs).
  it('breathlessness mentioned after a swollen-calf warning raises it to 911, and cost is answered within it', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    expect(texts(await chat.send('since the long drive home my right calf is puffy and sore'))).toContain(
      'Get this checked today',
    );
    const said = texts(await chat.send("oh and I get winded just walking to the mailbox, thought I'm out of shape"));
    expect(said).toContain('Call 911 now');
    expect(said).not.toContain('Get this checked today');
    const cost = texts(await chat.send('would my insurance pay for the ER though?'));
    expect(cost).toMatch(/don't let the cost stop you: call 911 now/);
    expect(cost).not.toContain('Request a callback');
  });

  it('the same in Spanish: falta de aire after a calf warning is 911; "¿el seguro me cubre?" keeps it', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    expect(texts(await chat.send('tengo la pantorrilla hinchada y adolorida desde el viaje en camión'))).toContain(
      'Hágase revisar hoy',
    );
    expect(texts(await chat.send('y también me canso y me falta el aire nomás de caminar'))).toContain(
      'Llame al 911 ahora',
    );
    expect(texts(await chat.send('¿y mi aseguranza me cubre eso?'))).toMatch(/no deje que el costo lo detenga/);
  });

  it('an update that adds nothing more serious keeps the standing same-day warning', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('since the long drive home my right calf is puffy and sore');
    const said = texts(await chat.send("it's a bit warm too"));
    expect(said).not.toContain('Call 911 now');
    expect(said).toMatch(/today/);
  });

  it('a kneecap out of place that goes back in is same-day care, no longer 911', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    expect(
      texts(await chat.send('playing netball my kneecap slid off to the side and it is stuck there now')),
    ).toContain('Call 911 now');
    const said = texts(await chat.send('oh it just clicked back in by itself'));
    expect(said).toContain('Get this checked today');
    expect(said).not.toContain('call 911 now');
    // Now a same-day instruction: ice is answered within it, with the check today kept.
    const ice = texts(await chat.send('can i put ice on it for a bit?'));
    expect(ice).toMatch(/20 minutes/);
    expect(ice).toMatch(/urgent care center or an emergency room today/);
    expect(ice).not.toContain("don't eat or drink");
  });

  it('"urgent care or the ER?" after a same-day reply gets where to go, not a menu', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('my grandad slipped on the stairs and now he cannot stand on that leg at all');
    const said = texts(await chat.send('so which one, the ER or urgent care?'));
    expect(said).toContain('Where to go today');
    expect(said).toMatch(/X-rays/);
    expect(said).not.toContain('Did you mean');
  });

  it('a callback asked for with a name and number during a same-day warning is taken, with the reminder', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send("my wife fell off a ladder and can't put any weight on her leg");
    const said = texts(await chat.send('could the clinic ring me thursday about her? Sam, 469-555-0142, afternoons'));
    expect(said).toContain('A reminder: please get what you told me checked today');
    expect(said).toContain('(469) 555-0142');
    expect(said).toMatch(/name \*\*Sam\*\*/);
    expect(said).not.toContain("Please don't leave it until later");
  });

  it('asking to give a painkiller while 911 stands, in Spanish: nothing by mouth, call 911', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('Mi mamá tiene dolor de pecho y le falta el aire');
    const said = texts(await chat.send('¿Le doy algo para el dolor mientras?'));
    expect(said).toContain('no se puede tratar en casa');
    expect(said).toContain('911');
    expect(said).not.toContain('¿Se refería');
  });
});

describe('clinic staff in Teams', () => {
  const staffChat = () => new BotChat({ deps: makeDeps({ now: OPEN_TIME }), channelId: 'msteams' });

  it('a new receptionist is told what the assistant does, and how callers and warning signs are handled', async () => {
    const chat = staffChat();
    const how = joined(await chat.send("hey, I'm just started on the front desk. how does the assistant work?"));
    expect(how).toContain('For clinic staff: how it works');
    const callers = joined(
      await chat.send('when a patient phones in asking for a call back can I enter it here for them?'),
    );
    expect(callers).toContain('For clinic staff: phone callers');
    expect(callers).not.toContain('What name should we ask for');
    const signs = joined(await chat.send('what happens when someone writes that they cannot breathe at midnight'));
    expect(signs).toContain('For clinic staff: warning signs');
    expect(signs).not.toContain('Call 911 now');
  });

  it('working a request from the chat gets one line each, never the queue card again', async () => {
    const chat = staffChat();
    await chat.send('any new callback requests today?');
    expect(texts(await chat.send('ringing the next one now'))).toContain('Good luck with the call');
    const done = texts(await chat.send('ok mark it as done, she booked for friday'));
    expect(done).toContain("I can't change requests from this chat");
    expect(done).not.toContain('the callback queue');
    expect(texts(await chat.send('oops wrong patient, undo that'))).toContain('nothing to undo here');
  });
});

describe('short turns and remarks get a short, fitting answer', () => {
  it('a bare "ok" with nothing asked gets a short close, not "I\'m not sure"', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('when are you open');
    const said = texts(await chat.send('okay'));
    expect(said).toContain('If anything else comes up');
    expect(said).not.toContain("I'm not sure");
  });

  it('asking whether the hours are local time gets the hours in Central Time, not the address card', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('whats the address');
    const said = texts(await chat.send('are those hours central time'));
    expect(said).toMatch(/8am.6pm \(Central Time\)/);
    expect(said).not.toContain('Clinic address');
  });

  it("a thank-you with one's own plan is a thank-you; a remark during the questions is taken in", async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('the inside of my right knee aches after my walks');
    const remark = texts(
      await chat.send('Nothing happened to it, no swollen calf or anything, my doctor said to look out for that'),
    );
    expect(remark).not.toContain('Did you mean');
    expect(remark).not.toContain('outside what I cover');
    expect(remark).toContain('Thanks, that helps');
    const thanks = texts(await chat.send("Thanks so much! I'll mention it to my physio as well"));
    expect(thanks).toContain("You're welcome");
    expect(thanks).not.toContain('Did you mean');
  });
});

describe('a shared Slack channel: chatter not addressed to the bot gets no reply', () => {
  const group = () =>
    new BotChat({ deps: makeDeps({ now: OPEN_TIME }), channelId: 'slack', conversationType: 'channel' });

  it('chatter stays quiet; an @mention, a red flag and an outright question are answered', async () => {
    const chat = group();
    await chat.send('morning all, who is bringing donuts to standup');
    expect(await chat.send('haha my legs are toast after that spin class')).toHaveLength(0);
    expect(texts(await chat.send('@kneebot when are you open?'))).toMatch(/8am.6pm/);
    // Safety first: a red flag is answered even when nobody addressed the bot.
    expect(texts(await chat.send('ugh my knee swelled up like a balloon an hour after I twisted it'))).toContain(
      'checked today',
    );
  });
});
