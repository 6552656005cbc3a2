import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

const WHO =
  '(?:diplomats?|envoys?|officials?|journalists?|reporters?|correspondents?|staff|personnel)';

/**
 * People sent home: "the US expelled two Chinese diplomats", "Beijing ordered American
 * journalists to leave the country", "was declared persona non grata".
 */
export const expulsion = defineKind({
  id: 'expulsion',
  cue: /expel|persona\s+non\s+grata|to\s+leave/i,
  themes: ['diplomacy'],
  tag: 'expulsion',
  verbal: [
    re(`\\b(?:expelled|expels|expel|expelling)\\s+${GAP(4)}${WHO}\\b`),
    re(`\\b(?:ordered|orders|told|forced)\\s+${GAP(4)}${WHO}\\s+to\\s+leave\\b`),
    re(`\\b(?:declared|declares|declaring)\\s+${GAP(4)}persona\\s+non\\s+grata\\b`),
    re(`\\b${WHO}\\s+(?:were|was|have\\s+been|had\\s+been)\\s+expelled\\b`),
  ],
  title: ({ subject, other, planned, trigger }) => {
    const who = /journalist|reporter|correspondent/i.test(trigger) ? 'journalists' : 'diplomats';
    return {
      title: `${subject} ${planned ? 'to expel' : 'expels'} ${other === 'China' ? 'Chinese' : 'US'} ${who}`,
      slugParts: [subject, 'expels', other, who],
    };
  },
  examples: {
    detects: [
      'The US expelled two Chinese diplomats on Friday.',
      'Beijing ordered three American reporters to leave the country within ten days.',
    ],
    ignores: ['The club expelled two members for unpaid fees.', 'He was told to leave early.'],
  },
});
