// "What's a hamstring?", "what does IT band mean?": a body word the questions use, answered in one
// line from knowledge/messages/glossary.yaml. Pure.
import type { Knowledge } from '../../src/knowledge/types';

// The question forms: "what is a …", "what's the …", "what does … mean", "define …", "meaning of …".
const ASKS = [
  /^(?:so\s+|sorry\s+|um\s+|wait\s+)?what(?:'s|’s| is| are)\s+(?:a|an|the|my|your)?\s*(.+?)\s*\??$/i,
  /^(?:so\s+|sorry\s+|wait\s+)?what\s+(?:does|do)\s+(?:a|an|the)?\s*(.+?)\s+mean\s*\??$/i,
  /^(?:define|meaning of|what do you mean by|what do you mean)\s+(?:a|an|the)?\s*(.+?)\s*\??$/i,
  /^(.+?)\s*\?\s*what(?:'s| is) that\s*\??$/i,
];

function keyFor(term: string): string {
  return term
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The one-line explanation for a word asked about, or undefined (not a glossary question). */
export function glossaryAnswer(knowledge: Knowledge, text: string): string | undefined {
  const t = text.trim();
  for (const ask of ASKS) {
    const term = ask.exec(t)?.[1];
    if (!term || term.split(/\s+/).length > 3) continue;
    const key = keyFor(term);
    for (const candidate of [key, key.replace(/s$/, ''), key.replace(/es$/, '')]) {
      const alias = knowledge.messages[`glossary-alias-${candidate}`];
      const line = knowledge.messages[`glossary-${alias ?? candidate}`];
      if (candidate !== '' && typeof line === 'string') return line.trim();
    }
  }
  return undefined;
}
