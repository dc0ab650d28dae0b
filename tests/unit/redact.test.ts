import { describe, expect, it } from 'vitest';
import { redactPersonalData } from '../../src/privacy/redact';

describe('redactPersonalData', () => {
  it.each([
    ['call me on (214) 555-0143 please', 'call me on [phone] please'],
    ['my number is 214.555.0143', 'my number is [phone]'],
    ['+1 214 555 0143', '[phone]'],
    ['+44 20 7946 0958 is my uk line', '[phone] is my uk line'],
    ['mail jane.doe+knee@example.co.uk', 'mail [email]'],
    ['My name is Jane Doe and my knee hurts', 'My name is [name] and my knee hurts'],
    ["Hi, I'm Carlos, outer knee pain", "Hi, I'm [name], outer knee pain"],
  ])('%s', (input, expected) => {
    expect(redactPersonalData(input)).toBe(expected);
  });

  it('leaves ordinary knee questions and short numbers alone', () => {
    const text = 'ran 10k in 55 minutes, mile 5 the outside of my knee hurt, 2 weeks now';
    expect(redactPersonalData(text)).toBe(text);
  });
});
