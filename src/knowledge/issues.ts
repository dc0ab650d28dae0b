// Plain-English wording for zod's generic issues, so a staff member editing YAML understands the
// reason without knowing zod. Messages set in the schema itself take precedence over these.
import type { z } from 'zod';

type RawIssue = Parameters<z.core.$ZodErrorMap>[0];

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `text "${value.length > 30 ? value.slice(0, 30) + '…' : value}"`;
  return `${typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  array: 'a list ("- " items)',
  object: 'a group of fields',
  record: 'a group of "key: text" lines',
  boolean: 'true or false',
};

export function friendlyIssueMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing (required)';
      return `should be ${EXPECTED[issue.expected] ?? issue.expected}, found ${describe(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling)`;
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}; found ${describe(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`;
      if (issue.origin === 'array')
        return `needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`;
      return undefined;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `has more than ${issue.maximum} items`;
      return undefined;
    default:
      return undefined;
  }
}
