// Curated text is hard-wrapped in the YAML so staff can read it; chat channels would show those
// line breaks literally. Unwrapping keeps paragraphs (blank lines) and "- " list items only.

const LIST_ITEM = /^\s*(?:[-*•]|\d+[.)])\s+/; // "- item", "* item", "• item", "1. item", "2) item"

/** Joins soft-wrapped lines; keeps blank-line paragraph breaks and one line per list item. */
export function unwrapText(source: string): string {
  const out: string[] = [];
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const previous = out.length > 0 ? out[out.length - 1] : undefined;
    if (line === '') {
      if (previous !== undefined && previous !== '') out.push('');
      continue;
    }
    if (previous === undefined || previous === '' || LIST_ITEM.test(raw)) {
      out.push(line);
    } else {
      out[out.length - 1] = `${previous} ${line}`;
    }
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
