import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/** A date set for the other side to act: "Trump set a September 15 deadline for a sale." */
export const deadline = defineKind({
  id: 'deadline',
  cue: /deadline|ultimatum|until/i,
  themes: ['diplomacy'],
  tag: 'deadline',
  verbal: [
    re(
      `\\b(?:set|sets|setting|gave|gives|giving|imposed|issued|announced)\\s+${GAP(5)}(?:deadline|ultimatum)\\b`,
    ),
    // "gave the company until November 12 to find a buyer"
    re(`\\b(?:gave|gives|giving)\\s+${GAP(4)}until\\s+(?=[A-Z0-9])`),
  ],
  themesFromContext: true,
  title: ({ subject, topic, planned }) => ({
    title: `${subject} ${planned ? 'to set' : 'sets'} deadline${topic ? ` for ${topic}` : ''}`,
    slugParts: [subject, 'deadline', topic ?? ''],
  }),
  examples: {
    detects: [
      'On Friday the president set a November 12 deadline for the app to find a buyer.',
      'The order gave the company until March to sell its US business.',
    ],
    ignores: ['The deadline passed quietly.'],
  },
});
