// The Spanish knowledge (knowledge/es/): the real folder loads as a full second language with the
// English structure, and a missing or broken Spanish text stops the start with one line naming the
// Spanish file and field, the way a staff member would need to fix it.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { clinicFactProblems, dayRanges } from '../../src/knowledge/clinicFacts';
import { KnowledgeError, loadKnowledge, loadKnowledgeSet } from '../../src/knowledge/load';
import type { KnowledgeSet } from '../../src/knowledge/types';
import { copyKnowledge, editYaml, entryIndex, KNOWLEDGE_DIR, removeDir, replaceText } from './helpers';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('the real knowledge folder in both languages', () => {
  let set: KnowledgeSet;
  beforeAll(() => {
    set = loadKnowledgeSet(KNOWLEDGE_DIR);
  });

  it('gives English exactly as loadKnowledge does', () => {
    expect(set.en).toEqual(loadKnowledge(KNOWLEDGE_DIR));
    expect(set.en.language).toBeUndefined();
    expect(set.es.language).toBe('es');
  });

  it('has every English entry in Spanish, same id and order, with the English structure', () => {
    expect(set.es.entries.map((e) => e.id)).toEqual(set.en.entries.map((e) => e.id));
    for (const en of set.en.entries) {
      const es = set.es.byId.get(en.id);
      expect(es, en.id).toBeDefined();
      if (!es) continue;
      const { title, questions, keywords, answer, ...structure } = es;
      const { title: t, questions: q, keywords: k, answer: a, ...enStructure } = en;
      expect(structure, en.id).toEqual(enStructure);
      // Translated, not copied: the answer and title are not the English ones.
      expect(answer, en.id).not.toBe(a);
      expect(title, en.id).not.toBe(t);
      expect([questions.length, keywords.length, q.length, k.length].every((n) => n > 0)).toBe(true);
    }
  });

  it('asks every Spanish entry at least five ways', () => {
    const short = set.es.entries.filter((e) => e.questions.length < 5).map((e) => e.id);
    expect(short).toEqual([]);
  });

  it('writes Spanish answers in Spanish (usted), not English', () => {
    const englishLooking = set.es.entries
      .filter((e) => /\b(the|you|your|and|with)\b/i.test(e.answer.replace(/\([^)]*\)/g, '')))
      .map((e) => e.id);
    expect(englishLooking).toEqual([]);
    // Usted, not tú: no "tu rodilla", "puedes", "tienes".
    const tu = set.es.entries.filter((e) => /\b(tu|tus|puedes|tienes|debes|haz)\b/i.test(e.answer)).map((e) => e.id);
    expect(tu).toEqual([]);
  });

  it('speaks as usted in messages and place texts too', () => {
    const tu = /\b(tu|tus|puedes|tienes|debes|quieres|estás|eres|te)\b/i;
    const texts: Array<[string, string]> = [
      ...Object.entries(set.es.messages),
      ...[...set.es.locations, set.es.general].flatMap((p): Array<[string, string]> => [
        [`${p.id}.whatHelps`, p.whatHelps],
        [`${p.id}.whenToSeeSomeone`, p.whenToSeeSomeone],
        ...p.symptomQuestions.map((q): [string, string] => [q.id, q.text]),
      ]),
    ];
    expect(texts.filter(([, text]) => tu.test(text)).map(([name]) => name)).toEqual([]);
  });

  it('sends each Spanish synonym variant to one meaning only', () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const group of set.es.synonyms)
      for (const variant of group.variants) {
        const key = variant.toLowerCase();
        const first = owner.get(key);
        if (first !== undefined && first !== group.canonical) twice.push(`${variant}: ${first} / ${group.canonical}`);
        owner.set(key, group.canonical);
      }
    const canonicals = new Set(set.es.synonyms.map((g) => g.canonical.toLowerCase()));
    const chained = [...owner].filter(
      ([variant, canonical]) => canonicals.has(variant) && variant !== canonical.toLowerCase(),
    );
    expect([...twice, ...chained.map(([v]) => v)]).toEqual([]);
  });

  it('keeps the places, their causes and questions, with Spanish labels and words', () => {
    expect(set.es.locations.map((l) => [l.id, l.overviewEntryId, l.conditionIds])).toEqual(
      set.en.locations.map((l) => [l.id, l.overviewEntryId, l.conditionIds]),
    );
    for (const [i, en] of [...set.en.locations, set.en.general].entries()) {
      const es = [...set.es.locations, set.es.general][i];
      expect(es?.symptomQuestions.map((q) => [q.id, q.pointsTo])).toEqual(
        en.symptomQuestions.map((q) => [q.id, q.pointsTo]),
      );
      expect(es?.label).not.toBe(en.label);
      expect(es?.whatHelps).not.toBe(en.whatHelps);
    }
    expect(set.es.locations.find((l) => l.id === 'back')?.aliases).toContain('detras de la rodilla');
  });

  it('has every message key, with the same placeholders as the English', () => {
    expect(Object.keys(set.es.messages).sort()).toEqual(Object.keys(set.en.messages).sort());
    const differ = Object.keys(set.en.messages).filter(
      (key) => placeholders(set.en.messages[key] ?? '').join() !== placeholders(set.es.messages[key] ?? '').join(),
    );
    expect(differ).toEqual([]);
  });

  it('has a Spanish messages file for each English one, where a missing key is reported', () => {
    // Keys may live in any Spanish file (r3-es-dialogs keeps its own); the names mirror English.
    const spanish = new Set(fs.readdirSync(path.join(KNOWLEDGE_DIR, 'es', 'messages')));
    const missing = fs.readdirSync(path.join(KNOWLEDGE_DIR, 'messages')).filter((name) => !spanish.has(name));
    expect(missing).toEqual([]);
  });

  it('covers every out-of-scope topic, with a Spanish safety line where English has one', () => {
    expect(set.es.outOfScope.map((t) => [t.id, Boolean(t.safety)])).toEqual(
      set.en.outOfScope.map((t) => [t.id, Boolean(t.safety)]),
    );
    expect(set.es.synonyms.length).toBeGreaterThan(20);
  });

  it('has every red flag in Spanish, as serious as the English one', () => {
    expect(set.es.redFlags.map((f) => [f.id, f.tier])).toEqual(set.en.redFlags.map((f) => [f.id, f.tier]));
    const untranslated = set.es.redFlags.filter((f, i) => f.label === set.en.redFlags[i]?.label).map((f) => f.id);
    expect(untranslated).toEqual([]);
  });

  it('shares the clinic facts, and Spanish answers quote them as clinic.yaml has them', () => {
    expect(set.es.clinic).toBe(set.en.clinic);
    expect(set.es.byId.get('clinic-hours')?.answer).toContain('lunes a viernes');
    expect(set.es.byId.get('clinic-phone')?.answer).toContain(set.en.clinic.phone.display);
  });
});

describe('a missing or broken Spanish text fails the start with the file and field', () => {
  const dirs: string[] = [];
  afterEach(() => {
    while (dirs.length > 0) removeDir(dirs.pop() as string);
  });

  function loadError(breakIt: (dir: string) => void): KnowledgeError {
    const dir = copyKnowledge();
    dirs.push(dir);
    breakIt(dir);
    try {
      loadKnowledgeSet(dir);
    } catch (err) {
      expect(err).toBeInstanceOf(KnowledgeError);
      const e = err as KnowledgeError;
      expect(e.message).not.toContain('\n');
      expect(e.message).toBe(`${e.file}: ${e.where}: ${e.reason}`);
      // English alone still loads: the problem is only in the Spanish text.
      expect(() => loadKnowledge(dir)).not.toThrow();
      return e;
    }
    throw new Error('expected loadKnowledgeSet to fail');
  }

  it('an English entry without its Spanish entry', () => {
    const e = loadError((d) =>
      editYaml(d, 'es/entries/faq.yaml', (doc) =>
        doc.deleteIn(['entries', entryIndex(d, 'es/entries/faq.yaml', 'medicines')]),
      ),
    );
    expect(e.file).toBe('es/entries/faq.yaml');
    expect(e.where).toBe('entries');
    expect(e.reason).toContain('"medicines"');
    expect(e.reason).toContain('entries/faq.yaml');
  });

  it('a Spanish entry whose id is not an English one (a typo)', () => {
    const e = loadError((d) => replaceText(d, 'es/entries/faq.yaml', '  - id: stretching\n', '  - id: streching\n'));
    expect(e.file).toBe('es/entries/faq.yaml');
    expect(e.where).toMatch(/^entries\[\d+\]\.id$/);
    expect(e.reason).toContain('"streching"');
  });

  it('a Spanish entry without its answer', () => {
    const e = loadError((d) =>
      editYaml(d, 'es/entries/conditions.yaml', (doc) =>
        doc.deleteIn(['entries', entryIndex(d, 'es/entries/conditions.yaml', 'bakers-cyst'), 'answer']),
      ),
    );
    expect(e.file).toBe('es/entries/conditions.yaml');
    expect(e.where).toMatch(/^entries\[\d+\]\.answer$/);
    expect(e.reason).toMatch(/missing/);
  });

  it('a structure field in a Spanish entry (it comes from the English one)', () => {
    const e = loadError((d) =>
      editYaml(d, 'es/entries/faq.yaml', (doc) =>
        doc.setIn(['entries', entryIndex(d, 'es/entries/faq.yaml', 'stretching'), 'followUps'], ['foam-rolling']),
      ),
    );
    expect(e.file).toBe('es/entries/faq.yaml');
    expect(e.reason).toContain('followUps');
  });

  it('a Spanish entry with too few questions', () => {
    const e = loadError((d) =>
      editYaml(d, 'es/entries/faq.yaml', (doc) =>
        doc.setIn(['entries', entryIndex(d, 'es/entries/faq.yaml', 'stretching'), 'questions'], ['estirar', 'estiro']),
      ),
    );
    expect(e.where).toMatch(/^entries\[\d+\]\.questions$/);
  });

  it('the same Spanish question on two entries', () => {
    const e = loadError((d) =>
      replaceText(
        d,
        'es/entries/faq.yaml',
        '      - estiramientos\n',
        '      - cuanto tiempo tarda en sanar el dolor de rodilla por correr\n',
      ),
    );
    expect(e.file).toBe('es/entries/faq.yaml');
    expect(e.where).toMatch(/questions\[\d+\]$/);
  });

  it('a Spanish answer that misquotes the clinic phone, days or emergency number', () => {
    const phone = loadError((d) =>
      replaceText(d, 'es/entries/clinic-actions.yaml', '**(214) 972-0302**. El equipo', '**214-972-0302**. El equipo'),
    );
    expect(phone.file).toBe('es/entries/clinic-actions.yaml');
    expect(phone.where).toMatch(/^entries\[\d+\]\.answer$/);
    expect(phone.reason).toContain('(214) 972-0302');
    const days = loadError((d) =>
      replaceText(d, 'es/entries/clinic-actions.yaml', '**de lunes a viernes,', '**de lunes a sábado,'),
    );
    expect(days.reason).toContain('lunes a viernes');
    const emergency = loadError((d) =>
      replaceText(d, 'es/entries/clinic-actions.yaml', 'mejor llame al 911.', 'mejor llame al 999.'),
    );
    expect(emergency.reason).toContain('911');
  });

  it('an English message key without its Spanish text', () => {
    const e = loadError((d) => {
      const file = path.join(d, 'es/messages/core.yaml');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^welcome-next: .*\n/m, ''));
    });
    expect(e.file).toBe('es/messages/core.yaml');
    expect(e.where).toBe('welcome-next');
    expect(e.reason).toContain('messages/core.yaml');
  });

  it('a Spanish message that drops or renames a placeholder', () => {
    const e = loadError((d) =>
      replaceText(d, 'es/messages/core.yaml', 'llame a la clínica al {phone}.', 'llame a la clínica al {telefono}.'),
    );
    expect(e.file).toBe('es/messages/core.yaml');
    expect(e.reason).toContain('{telefono}');
    expect(e.reason).toContain('{phone}');
  });

  it('a Spanish message key that English does not have', () => {
    const e = loadError((d) => fs.appendFileSync(path.join(d, 'es/messages/core.yaml'), 'welcom: "Hola"\n'));
    expect(e.file).toBe('es/messages/core.yaml');
    expect(e.where).toBe('welcom');
  });

  it('a place, a symptom question or an out-of-scope topic without Spanish text', () => {
    const question = loadError((d) =>
      replaceText(d, 'es/locations.yaml', '      - id: worse-downhill\n', '      - id: worse-down-hill\n'),
    );
    expect(question.file).toBe('es/locations.yaml');
    expect(question.reason).toContain('worse-down-hill');
    const place = loadError((d) => editYaml(d, 'es/locations.yaml', (doc) => doc.deleteIn(['locations', 3])));
    expect(place.file).toBe('es/locations.yaml');
    expect(place.reason).toContain('"outer"');
    const topic = loadError((d) => editYaml(d, 'es/out-of-scope.yaml', (doc) => doc.deleteIn(['topics', 0, 'safety'])));
    expect(topic.file).toBe('es/out-of-scope.yaml');
    expect(topic.where).toBe('topics[0].safety');
  });

  it('a Spanish alias that names two places', () => {
    const e = loadError((d) => replaceText(d, 'es/locations.yaml', '      - costado\n', '      - atras\n'));
    expect(e.file).toBe('es/locations.yaml');
    expect(e.where).toMatch(/^locations\[\d+\]\.aliases\[\d+\]$/);
  });

  it('a red flag without its Spanish text (es/red-flags.yaml)', () => {
    const e = loadError((d) => editYaml(d, 'es/red-flags.yaml', (doc) => doc.deleteIn(['redFlags', 0])));
    expect(e.file).toBe('es/red-flags.yaml');
  });

  it('no Spanish folder at all', () => {
    const e = loadError((d) => fs.rmSync(path.join(d, 'es', 'entries'), { recursive: true }));
    expect(e.file).toBe('es/entries/');
  });
});

describe('clinic facts written in Spanish', () => {
  const clinic = loadKnowledge(KNOWLEDGE_DIR).clinic;
  it('reads Spanish days, a. m./p. m. times and "llame al"', () => {
    expect(dayRanges(clinic, 'es')).toEqual(['lunes a viernes']);
    expect(
      clinicFactProblems(
        'Llame al (214) 972-0302, de lunes a viernes, de 8 a. m. a 6 p. m., o llame al 911.',
        clinic,
        [],
        'es',
      ),
    ).toEqual([]);
    expect(clinicFactProblems('Abrimos de Lunes a Viernes, 8am a 6pm.', clinic, [], 'es')).toEqual([]);
    expect(clinicFactProblems('Abrimos de lunes a sábado.', clinic, [], 'es')[0]).toContain('lunes a viernes');
    expect(clinicFactProblems('Abrimos a las 9 a.m.', clinic, [], 'es')[0]).toContain('9 a.m.');
    expect(clinicFactProblems('En una emergencia marque el 999.', clinic, [], 'es')[0]).toContain('911');
  });
});
