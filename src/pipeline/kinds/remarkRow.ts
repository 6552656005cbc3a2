import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/** Words that start a diplomatic row: "Biden called Xi a 'dictator'", "remarks drew a protest". */
export const remarkRow = defineKind({
  id: 'remark-row',
  cue: /called|labell?ed|branded|remarks?|comments?/i,
  themes: ['diplomacy'],
  tag: 'remarks',
  verbal: [
    // An insult in quotation marks: "called President Xi a “dictator”"
    re(
      `\\b(?:called|calls|labell?ed|branded|described)\\s+(?:(?:President|Premier|Chairman|leader)\\s+)?[A-Z][\\w.-]+(?:\\s+[A-Z][\\w-]+)?\\s+(?:a|an|the)\\s+(?:\\w+\\s+)?[“"‘']\\w+`,
    ),
    re(
      `\\b(?:remarks?|comments?)\\s+${GAP(6)}(?:drew|drawn|sparked|prompted|triggered|provoked)\\s+${GAP(3)}(?:protests?|rebukes?|anger|outrage|row|backlash|condemnation)\\b`,
    ),
  ],
  title: ({ subject, other }) => ({
    title: `${subject} remarks spark row with ${other}`,
    slugParts: [subject, 'remarks', 'row'],
  }),
  examples: {
    detects: [
      'At a fundraiser the president called Premier Li a “tyrant”, angering Beijing.',
      'The envoy’s comments on the island drew a sharp protest from Beijing.',
    ],
    ignores: ['He called the meeting a success.'],
  },
});
