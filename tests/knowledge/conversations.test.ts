// What people see for the cases issue 14 names, through the real dialogs and knowledge: anyone with
// knee pain is welcome; clinic questions get the phone or a callback, never the billing reply; real
// billing questions and other body parts are out of scope, kindly and with the phone; medicines
// answers route pregnant people to their OB, midwife or pharmacist and carry a Poison Control button.
import { describe, expect, it } from 'vitest';
import { BotChat, DialogChat, joined, realKnowledge, type Said } from '../dialogs/harness';

const knowledge = realKnowledge();
const PHONE = knowledge.clinic.phone.display;
const last = (said: Said[]) => said[said.length - 1]!;
const billingLabel = knowledge.outOfScope.find((t) => t.id === 'clinic-admin')!.label;

describe('everyone with knee pain is welcome', () => {
  it('the welcome and help address walkers, lifters, cyclists, older adults and parents; nothing says "only after running"', async () => {
    const chat = new BotChat();
    const hello = await chat.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user1', name: 'User' }] });
    const help = await chat.send('help');
    const text = `${joined(hello)}\n${joined(help)}`;
    expect(text).not.toMatch(/after running|for runners|only help with knee pain after/i);
    expect(joined(hello)).toMatch(/walk/);
    expect(joined(hello)).toMatch(/child/);
    expect(joined(help)).toMatch(/older adults/);
  });

  it.each([
    ["I'm 72 and my knee hurts when I walk the dog"],
    ['my knee hurts when I squat heavy at the gym'],
    ['my knee aches after cycling'],
    ['my knee hurts on long hikes'],
  ])('"%s" is answered as a knee question, not out of scope', async (text) => {
    const chat = new DialogChat();
    const said = await chat.send(text);
    expect(joined(said)).not.toMatch(/outside what I cover|I only help with knee pain/);
    expect(chat.deps.unanswered.records.filter((r) => r.outcome === 'out-of-scope')).toEqual([]);
  });

  it('the assessment does not address everyone as a runner', async () => {
    const chat = new DialogChat();
    const said = await chat.send('my kneecap hurts');
    expect(joined(said)).not.toMatch(/in runners/i);
  });
});

describe('clinic questions get the phone or a callback, never the billing reply', () => {
  it.each([
    'do you take walk-ins?',
    'do you have evening appointments?',
    'how soon can I be seen?',
    'what should I bring to my appointment?',
    'which insurance plans do you accept?',
    'do you take my insurance',
    'is there parking at the clinic?',
    'do you have other clinics?',
    'can I book an appointment for my knee?',
    'do you see children?',
  ])('"%s"', async (text) => {
    const chat = new DialogChat();
    const said = await chat.send(text);
    const all = joined(said);
    expect(all).not.toContain(billingLabel);
    expect(all).not.toMatch(/outside what I cover/);
    // The number is in the reply, or the reply is the hand-off card with its call button, and a
    // way to call or be called back is one tap away.
    const reachable = all.includes(PHONE) || said.some((s) => s.tel !== undefined);
    expect(reachable).toBe(true);
    const buttons = last(said).choices.join(' | ');
    expect(buttons).toMatch(/Call the clinic|Request a callback|Call \(214\)/);
  });

  it('evening times say the clinic is open until 6pm', async () => {
    const chat = new DialogChat();
    const said = await chat.send('do you have evening appointments?');
    expect(joined(said)).toContain('6pm');
  });
});

describe('out of scope, kindly and with the phone', () => {
  it.each(['I want to dispute a bill', 'I was charged twice for my visit', 'how much do you charge for a visit'])(
    'billing: "%s"',
    async (text) => {
      const chat = new DialogChat();
      const said = await chat.send(text);
      expect(joined(said)).toContain(billingLabel);
      expect(last(said).choices).toContain('Call the clinic');
      expect(joined(said)).not.toMatch(/after running/);
    },
  );

  it.each(['my elbow hurts when I lift', 'best protein powder for muscle gain', 'my wrist hurts after a fall'])(
    'not the knee: "%s"',
    async (text) => {
      const chat = new DialogChat();
      const said = await chat.send(text);
      expect(joined(said)).toContain('I only help with knee pain');
      expect(last(said).choices).toContain('Call the clinic');
    },
  );
});

describe('medicines', () => {
  it('pregnant and asking about ibuprofen: her OB, midwife or a pharmacist, not a refusal', async () => {
    const chat = new DialogChat();
    const said = await chat.send('can I take ibuprofen while pregnant?');
    const all = joined(said);
    expect(all).not.toMatch(/outside what I cover/);
    expect(all).toMatch(/OB, midwife or a pharmacist/);
  });

  it('the answer carries a Poison Control call button and says no NSAIDs before or during long runs', async () => {
    const chat = new DialogChat();
    const said = await chat.send('how much advil can I take for my knee');
    expect(said.some((s) => s.tel === 'tel:+18002221222')).toBe(true);
    expect(joined(said)).toContain('1-800-222-1222');
    expect(joined(said)).toMatch(/before or during/);
  });
});
