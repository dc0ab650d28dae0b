// Each case copies the real knowledge folder, breaks one thing the way a staff edit might, and
// checks the loader refuses it with "<file>: <path>: <reason>" naming exactly that spot.
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { KnowledgeError, loadKnowledge } from '../../src/knowledge/load';
import { copyKnowledge, editYaml, entryIndex, removeDir, replaceText } from './helpers';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length > 0) removeDir(dirs.pop() as string);
});

function fixture(breakIt: (dir: string) => void): string {
  const dir = copyKnowledge();
  dirs.push(dir);
  breakIt(dir);
  return dir;
}

function loadError(dir: string): KnowledgeError {
  try {
    loadKnowledge(dir);
  } catch (err) {
    expect(err).toBeInstanceOf(KnowledgeError);
    const e = err as KnowledgeError;
    expect(e.message).not.toContain('\n'); // one line, for logs and for people
    expect(e.message).toBe(`${e.file}: ${e.where}: ${e.reason}`);
    return e;
  }
  throw new Error('expected loadKnowledge to fail');
}

describe('a broken knowledge folder fails with file, path and reason', () => {
  it('the unbroken copy loads (so each failure below comes from its one change)', () => {
    expect(loadKnowledge(fixture(() => undefined)).entries.length).toBeGreaterThan(40);
  });

  it('bad YAML syntax: names the line and column', () => {
    const dir = fixture((d) =>
      replaceText(d, 'entries/faq.yaml', '  - id: stretching\n', '  - id: stretching\n    kind: [faq\n'),
    );
    const e = loadError(dir);
    expect(e.file).toBe('entries/faq.yaml');
    expect(e.where).toMatch(/^line \d+, column \d+$/);
    expect(e.reason).toMatch(/^invalid YAML: /);
  });

  it('a key written twice in one mapping is a YAML error too', () => {
    const dir = fixture((d) =>
      replaceText(
        d,
        'clinic.yaml',
        'timeZone: America/Chicago\n',
        'timeZone: America/Chicago\ntimeZone: America/Denver\n',
      ),
    );
    const e = loadError(dir);
    expect(e.file).toBe('clinic.yaml');
    expect(e.reason).toMatch(/invalid YAML: .*unique/i);
  });

  it('missing answer', () => {
    let index = -1;
    const dir = fixture((d) => {
      index = entryIndex(d, 'entries/conditions.yaml', 'bakers-cyst');
      editYaml(d, 'entries/conditions.yaml', (doc) => doc.deleteIn(['entries', index, 'answer']));
    });
    const e = loadError(dir);
    expect(e.file).toBe('entries/conditions.yaml');
    expect(e.where).toBe(`entries[${index}].answer`);
    expect(e.reason).toMatch(/^is missing \(required\) \(line \d+\)$/);
  });

  it('duplicate id in the same file', () => {
    const dir = fixture((d) =>
      editYaml(d, 'entries/faq.yaml', (doc) => doc.setIn(['entries', 1, 'id'], 'why-knee-hurts')),
    );
    const e = loadError(dir);
    expect(e.message).toBe(
      'entries/faq.yaml: entries[1].id: duplicate id "why-knee-hurts" (already used in entries/faq.yaml at entries[0])',
    );
  });

  it('duplicate id across files names both files', () => {
    const dir = fixture((d) => {
      fs.writeFileSync(
        path.join(d, 'entries', 'zz-extra.yaml'),
        fs.readFileSync(path.join(d, 'entries', 'faq.yaml'), 'utf8'),
      );
    });
    const e = loadError(dir);
    expect(e.file).toBe('entries/zz-extra.yaml');
    expect(e.where).toBe('entries[0].id');
    expect(e.reason).toContain('already used in entries/faq.yaml');
  });

  it('dangling follow-up', () => {
    const dir = fixture((d) =>
      editYaml(d, 'entries/faq.yaml', (doc) => doc.setIn(['entries', 0, 'followUps', 1], 'no-such-entry')),
    );
    expect(loadError(dir).message).toBe('entries/faq.yaml: entries[0].followUps[1]: unknown entry id "no-such-entry"');
  });

  it('unknown location on an entry', () => {
    let index = -1;
    const dir = fixture((d) => {
      index = entryIndex(d, 'entries/conditions.yaml', 'it-band-syndrome');
      editYaml(d, 'entries/conditions.yaml', (doc) => doc.setIn(['entries', index, 'location'], 'sideways'));
    });
    const e = loadError(dir);
    expect(e.where).toBe(`entries[${index}].location`);
    expect(e.reason).toMatch(/^must be one of front, back, inner, outer; found text "sideways"/);
  });

  it('unknown location in locations.yaml', () => {
    const dir = fixture((d) => editYaml(d, 'locations.yaml', (doc) => doc.setIn(['locations', 3, 'id'], 'top')));
    const e = loadError(dir);
    expect(e.file).toBe('locations.yaml');
    expect(e.where).toBe('locations[3].id');
    expect(e.reason).toContain('must be one of front, back, inner, outer');
  });

  it('bad time zone', () => {
    const dir = fixture((d) => replaceText(d, 'clinic.yaml', 'timeZone: America/Chicago', 'timeZone: America/Dalas'));
    const e = loadError(dir);
    expect(e.file).toBe('clinic.yaml');
    expect(e.where).toBe('timeZone');
    expect(e.reason).toMatch(/^is not a time zone name/);
  });

  it('closing time before opening time', () => {
    const dir = fixture((d) => replaceText(d, 'clinic.yaml', 'close: "18:00"', 'close: "07:30"'));
    expect(loadError(dir).message).toMatch(
      /^clinic\.yaml: hours\[0\]\.close: closing time 07:30 must be after opening time 08:00/,
    );
  });

  it('hours that are not HH:MM', () => {
    const dir = fixture((d) => replaceText(d, 'clinic.yaml', 'open: "08:00"', 'open: 8am'));
    expect(loadError(dir).message).toMatch(/^clinic\.yaml: hours\[0\]\.open: must be a 24-hour time/);
  });

  it('tap-to-call number that does not match the displayed number', () => {
    const dir = fixture((d) => replaceText(d, 'clinic.yaml', 'e164: "+12149720302"', 'e164: "+12149720303"'));
    const e = loadError(dir);
    expect(e.where).toBe('phone.e164');
    expect(e.reason).toContain('does not match display "(214) 972-0302"');
  });

  it('an answer quoting an old phone number after the clinic number changed', () => {
    const dir = fixture((d) => {
      replaceText(d, 'clinic.yaml', 'display: (214) 972-0302', 'display: (214) 972-0399');
      replaceText(d, 'clinic.yaml', 'e164: "+12149720302"', 'e164: "+12149720399"');
    });
    const e = loadError(dir);
    expect(e.file).toMatch(/^entries\//);
    expect(e.where).toMatch(/^entries\[\d+\]\.answer$/);
    expect(e.reason).toContain('phone "(214) 972-0302" should be written "(214) 972-0399"');
  });

  it('a misspelt field name', () => {
    const dir = fixture((d) =>
      replaceText(
        d,
        'entries/faq.yaml',
        '    followUps: [rest-and-recovery, cross-training, when-to-see-professional]',
        '    folowUps: [rest-and-recovery]',
      ),
    );
    const e = loadError(dir);
    expect(e.file).toBe('entries/faq.yaml');
    expect(e.where).toMatch(/^entries\[\d+\]$/);
    expect(e.reason).toMatch(/^unknown field "folowUps" \(did you mean "followUps"\?\) \(line \d+\)$/);
  });

  it('a title too long for a button', () => {
    const dir = fixture((d) =>
      editYaml(d, 'entries/advice.yaml', (doc) =>
        doc.setIn(['entries', 0, 'title'], 'A title that is far too long to fit on any button'),
      ),
    );
    expect(loadError(dir).message).toMatch(
      /^entries\/advice\.yaml: entries\[0\]\.title: must be at most 40 characters/,
    );
  });

  it('a condition the assessment cannot reach', () => {
    const dir = fixture((d) =>
      replaceText(
        d,
        'locations.yaml',
        'conditionIds: [pes-anserine-irritation, mcl-and-meniscus]',
        'conditionIds: [pes-anserine-irritation]',
      ),
    );
    const e = loadError(dir);
    // pointsTo is checked first: local-swelling still points at the removed condition
    expect(e.file).toBe('locations.yaml');
    expect(e.reason).toBe('"mcl-and-meniscus" is not one of this location\'s conditionIds');
  });

  it('a location listing a condition of another location', () => {
    const dir = fixture((d) =>
      replaceText(
        d,
        'locations.yaml',
        'conditionIds: [it-band-syndrome]',
        'conditionIds: [it-band-syndrome, runners-knee]',
      ),
    );
    expect(loadError(dir).message).toBe(
      'locations.yaml: locations[3].conditionIds[1]: "runners-knee" has location "front" in entries/conditions.yaml, expected "outer"',
    );
  });

  it('a symptom pointing at an unknown condition', () => {
    const dir = fixture((d) =>
      editYaml(d, 'locations.yaml', (doc) =>
        doc.setIn(['locations', 1, 'symptomQuestions', 0, 'pointsTo', 0], 'bakers-cist'),
      ),
    );
    expect(loadError(dir).message).toBe(
      'locations.yaml: locations[1].symptomQuestions[0].pointsTo[0]: "bakers-cist" is not one of this location\'s conditionIds',
    );
  });

  it('a message key defined in two message files', () => {
    const dir = fixture((d) =>
      fs.writeFileSync(path.join(d, 'messages', 'zz-extra.yaml'), 'turn-error: "Something else"\n'),
    );
    const e = loadError(dir);
    expect(e.file).toBe('messages/zz-extra.yaml');
    expect(e.where).toBe('turn-error');
    expect(e.reason).toMatch(/already defined in messages\//);
  });

  it('a missing required file', () => {
    const dir = fixture((d) => fs.rmSync(path.join(d, 'synonyms.yaml')));
    expect(loadError(dir).message).toBe('synonyms.yaml: (file): file not found');
  });

  it('a red-flag file the triage schema rejects', () => {
    const dir = fixture((d) => editYaml(d, 'red-flags.yaml', (doc) => doc.setIn(['redFlags', 0, 'tier'], 'whenever')));
    const e = loadError(dir);
    expect(e.file).toBe('red-flags.yaml');
    expect(e.where).toBe('redFlags[0].tier');
  });
});

describe('ambiguous wording is refused', () => {
  it('two entries with the same button title', () => {
    const dir = fixture((d) =>
      editYaml(d, 'entries/faq.yaml', (doc) => doc.setIn(['entries', 1, 'title'], 'Foam rolling')),
    );
    const e = loadError(dir);
    expect(e.message).toBe(
      'entries/faq.yaml: entries[1].title: title "Foam rolling" is also the title of "foam-rolling"',
    );
  });

  it('the same question in two entries', () => {
    const dir = fixture((d) =>
      editYaml(d, 'entries/faq.yaml', (doc) =>
        doc.setIn(['entries', 1, 'questions', 0], 'Does foam rolling help knee pain?'),
      ),
    );
    expect(loadError(dir).message).toBe(
      'entries/faq.yaml: entries[1].questions[0]: question "Does foam rolling help knee pain?" is also a question of "foam-rolling"',
    );
  });

  it('one place name for two locations', () => {
    const dir = fixture((d) =>
      editYaml(d, 'locations.yaml', (doc) => doc.setIn(['locations', 2, 'aliases', 0], 'outside')),
    );
    const e = loadError(dir);
    expect(e.file).toBe('locations.yaml');
    expect(e.reason).toMatch(/alias "outside" is also an alias of (inner|outer)/);
  });

  it('an answer promising days the clinic is closed', () => {
    const dir = fixture((d) =>
      replaceText(d, 'clinic.yaml', 'days: [mon, tue, wed, thu, fri]', 'days: [mon, tue, wed, thu]'),
    );
    const e = loadError(dir);
    expect(e.where).toMatch(/^entries\[\d+\]\.answer$/);
    expect(e.reason).toContain('"Monday to Friday" do not match the opening days in clinic.yaml (Monday to Thursday)');
  });
});

describe('forgiving where a staff edit is harmless', () => {
  it('numbers written without quotes are read as text', () => {
    const dir = fixture((d) => {
      replaceText(d, 'clinic.yaml', 'postalCode: "75244"', 'postalCode: 75244');
      replaceText(d, 'clinic.yaml', 'emergencyNumber: "911"', 'emergencyNumber: 911');
    });
    const k = loadKnowledge(dir);
    expect(k.clinic.address.postalCode).toBe('75244');
    expect(k.clinic.emergencyNumber).toBe('911');
  });

  it('a new entry file is picked up, and an empty messages file is fine', () => {
    const dir = fixture((d) => {
      fs.writeFileSync(
        path.join(d, 'entries', 'extra.yml'),
        [
          'entries:',
          '  - id: hill-running',
          '    kind: advice',
          '    title: Running hills',
          '    questions: [are hills bad for my knees, how do I run downhill, hill running, downhill knee pain]',
          '    keywords: [hills, downhill, uphill]',
          '    answer: |',
          '      Hills load the knee more than flat running, downhill most of all. Add them gradually,',
          '      keep your steps short and quick on the way down, and ease off hills for a while if',
          '      your knee complains.',
          '    followUps: [it-band-syndrome, train-wisely]',
          '    sources:',
          '      - name: "NHS: Knee pain"',
          '        url: https://www.nhs.uk/conditions/knee-pain/',
          '    reviewed: "2026-12-01"',
          '',
        ].join('\n'),
      );
      fs.writeFileSync(path.join(d, 'messages', 'empty.yaml'), '# nothing here yet\n');
    });
    const k = loadKnowledge(dir);
    expect(k.byId.get('hill-running')?.answer).toBe(
      'Hills load the knee more than flat running, downhill most of all. Add them gradually, keep your steps short and quick on the way down, and ease off hills for a while if your knee complains.',
    );
  });
});
