import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

const MISSION = '(?:consulates?(?:[\\s-]+general)?|embassy|mission)';

/**
 * A diplomatic post ordered shut: "Washington ordered China to close its consulate in Houston",
 * "Beijing retaliated by ordering the US consulate in Chengdu to close".
 */
export const consulateClosure = defineKind({
  id: 'consulate-closure',
  cue: /consulate|embassy|mission/i,
  themes: ['diplomacy'],
  tag: 'consulate',
  verbal: [
    // "ordered China to close its consulate in Houston"
    re(
      `\\b(?:order|orders|ordered|ordering|told|forced|demanded)\\s+${GAP(4)}to\\s+(?:close|shut)\\s+${GAP(3)}${MISSION}\\b`,
    ),
    // "ordering the US consulate in Chengdu to close": its place may follow ("in"), unlike a GAP
    re(
      `\\b(?:order|orders|ordered|ordering|forced)\\s+(?:the\\s+)?${GAP(3)}${MISSION}\\s+(?:[\\w’'.,-]+\\s+){0,5}?to\\s+(?:close|shut)\\b`,
    ),
    // "had ordered China's consulate in Houston closed": the order's object, then its outcome
    re(
      `\\b(?:order|orders|ordered|ordering)\\s+(?:the\\s+)?${GAP(3)}${MISSION}\\s+(?:[\\w’'.,-]+\\s+){0,4}?(?:closed|shut)\\b`,
    ),
    // "closed the Chinese consulate in Houston", "shut the American consulate"
    re(
      `\\b(?:closed|closes|closing|shut|shuts|shutting)\\s+(?:down\\s+)?(?:the\\s+|its\\s+|their\\s+)?${GAP(2)}${MISSION}\\b`,
    ),
  ],
  nominal: [re(`\\b(?:closure|closing)\\s+of\\s+(?:the\\s+)?${GAP(3)}${MISSION}\\b`)],
  title: ({ subject, other }) => ({
    title: `${subject} orders ${other === 'China' ? 'Chinese' : 'US'} consulate closed`,
    slugParts: [subject, 'closes', other, 'consulate'],
  }),
  examples: {
    detects: [
      'Washington on Wednesday ordered China to close its consulate in the Texas city within 72 hours.',
      'Beijing answered on Friday by ordering the US consulate in a western city to close.',
      'By the end of that summer Washington had ordered the Chinese consulate in a southern port closed.',
    ],
    ignores: [
      'The consulate will be closed on Monday for the holiday.',
      'The embassy issued visas.',
    ],
  },
});
