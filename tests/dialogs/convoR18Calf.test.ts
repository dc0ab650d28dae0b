// Round 18 (tune conversations 6 and 8): after a clot warning, "what should I tell them?" gets the
// words that get the scan (one calf, since when, after what; ask for an ultrasound; an ER if the
// urgent care can't scan); a Baker's cyst answer says to check the calf. Wordings of our own.
import { describe, expect, it } from 'vitest';
import { chatAfter, realKnowledge, spanishKnowledge, texts } from './harness';
import { topicAsk } from '../../dialogs/decisions/topicFollowUp';
import { onlyTheKnee } from '../../dialogs/decisions/main';

const CALF = 'flew back from Denver on friday and now my right calf is swollen and tender when I press it';

describe('what to tell urgent care after a clot warning', () => {
  it.each(['ok going to urgent care, what do I tell them?', 'what should I say when I get to the ER'])(
    '"%s": the calf, since when, the scan, an ER if they cannot scan',
    async (text) => {
      const { chat, said } = await chatAfter(CALF);
      expect(said).toMatch(/blood clot/);
      const reply = texts(await chat.send(text));
      expect(reply).toMatch(/One calf is swollen/);
      expect(reply).toMatch(/ultrasound/);
      expect(reply).toMatch(/emergency room/);
      expect(reply).not.toMatch(/exercise/i);
    },
  );

  it('every calf flag with its own words has them in Spanish too', () => {
    const es = spanishKnowledge();
    for (const flag of realKnowledge().redFlags.filter((f) => f.tellThem))
      expect(es.redFlags.find((f) => f.id === flag.id)?.tellThem).toBeTruthy();
  });

  it('near miss: a warning without words of its own keeps the general list', async () => {
    const { chat } = await chatAfter('I fell and now my knee is swollen and I cannot put any weight on it at all');
    const reply = texts(await chat.send('what do I tell them at urgent care'));
    expect(reply).not.toMatch(/One calf/);
  });
});

describe("a Baker's cyst answer says to check the calf", () => {
  it('in English and Spanish', () => {
    const en = realKnowledge().byId.get('bakers-cyst')!.answer;
    expect(en).toMatch(/Check your calf/);
    expect(en).toMatch(/same day/);
    expect(en).toMatch(/911/);
    const es = spanishKnowledge().byId.get('bakers-cyst')!.answer;
    expect(es).toMatch(/pantorrilla/);
    expect(es).toMatch(/911/);
  });
});

describe('"and if it swells?" during the guided questions (convo 2 T3)', () => {
  it.each(['y si se me hincha que hago?', 'y si se hincha?', 'what if it swells?'])('"%s" is the swelling ask', (t) =>
    expect(topicAsk(t)).toBe('swells'),
  );

  it('gets the general swelling words, not a menu (Spanish)', async () => {
    const { chat } = await chatAfter('me duele la rodilla por dentro cuando subo escaleras');
    const said = texts(await chat.send('y si se me hincha que hago?'));
    expect(said).toMatch(/Si se hincha/);
    expect(said).not.toMatch(/Se refería/);
  });
});

describe('only the knee named, nothing said yet (convo 6 T2)', () => {
  it.each(['my kne', 'the knee', 'my left knee', 'mi rodilla'])('"%s" is an invitation to go on', (t) =>
    expect(onlyTheKnee(t)).toBe(true),
  );
  it.each(['my knee hurts', 'knee pain', 'my knee is swollen'])('near miss: "%s" says something', (t) =>
    expect(onlyTheKnee(t)).toBe(false),
  );
  it('gets no menu', async () => {
    const { chat } = await chatAfter('hello');
    const said = texts(await chat.send('my kne'));
    expect(said).toMatch(/Go on/);
    expect(said).not.toMatch(/Did you mean/);
  });
});
