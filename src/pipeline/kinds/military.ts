import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/** Drills and arms sales: "China staged military drills around Taiwan." */
export const military = defineKind({
  id: 'military',
  cue: /drill|exercise|war\s+games|arms/i,
  themes: ['diplomacy'],
  tag: 'military',
  verbal: [
    re(
      `\\b(?:launched|held|began|staged|conducted|concluded)\\s+${GAP(4)}(?:military\\s+)?(?:drills|exercises|war\\s+games)\\b`,
    ),
    re(`\\b(?:approved|announced)\\s+${GAP(5)}arms\\s+sales?\\b`),
  ],
  nominal: [re('\\barms\\s+sales?\\b|\\bmilitary\\s+(?:drills|exercises)\\b')],
  title: ({ subject, tags, topic }) => {
    return {
      title: tags.has('taiwan')
        ? `${subject} military move over Taiwan`
        : `${subject} military drills`,
      slugParts: [subject, 'military', topic ?? ''],
    };
  },
  examples: {
    detects: ['China staged military drills around Taiwan.'],
    ignores: ['Fire drills are held at the school every month.'],
  },
});
