import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/**
 * Letting the other side's goods in: "Beijing cleared three new gene-edited seeds for import",
 * "Customs resumed imports of American beef", "lifted its ban on US poultry". The opposite of an
 * import suspension, and never merged with one.
 */
export const importApproval = defineKind({
  id: 'import-approval',
  cue: /import|\bban\b|reopen|open(?:ed|s)\s+(?:its|the|their)\s/i,
  themes: ['trade'],
  tag: 'import-approval',
  verbal: [
    re(
      `\\b(?:approved|approves|approving|cleared|clears|clearing|authori[sz]ed|authori[sz]es|licensed|licenses)\\s+${GAP(5)}for\\s+(?:import|imports|importation|sale\\s+in\\s+China)\\b`,
    ),
    re(
      `\\b(?:approved|approves|cleared|clears|allowed|allows|permitted|permits|authori[sz]ed|resumed|resumes|resuming|reopened|reopens)\\s+(?:the\\s+)?(?:imports?|importation)\\s+of\\b`,
    ),
    re(
      `\\b(?:lifted|lifts|lifting|ended|ends|scrapped|scraps)\\s+(?:a|its|the|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:import\\s+)?ban\\s+on\\s+(?:imports\\s+of\\s+)?(?:American|U\\.?S\\.?|Chinese)\\s`,
    ),
    // "the agency said American apples and pears may once again be imported from next month".
    re('\\b(?:could|can|may)\\s+(?:once\\s+)?again\\s+be\\s+(?:imported|sold\\s+in\\s+China)\\b'),
    re(
      `\\b(?:reopened|reopens|reopening|opened|opens)\\s+(?:its|the|their)\\s+(?:[\\w-]+\\s+)?market\\s+to\\s+(?:American|U\\.?S\\.?|Chinese)\\s`,
    ),
  ],
  measure: true,
  title: ({ subject: named, other: second, topic, planned, trigger }) => {
    // "US poultry could again be imported": the side named before a passive is the seller.
    const [subject, other] = /\bbe\s+(?:imported|sold)\b/.test(trigger)
      ? [second, named]
      : [named, second];
    return {
      title: `${subject} ${planned ? 'to approve' : 'approves'} imports of ${topic ?? `${other} goods`}`,
      slugParts: [subject, 'approves-imports', topic ?? ''],
    };
  },
  examples: {
    detects: [
      'On Wednesday the agriculture ministry cleared three new gene-edited seed varieties for import.',
      'Customs resumed imports of beef from two American packers.',
      'Beijing lifted its ban on US poultry in November.',
      'China reopened its market to American beef after a 14-year gap.',
      'The agency said on Friday that American apples and pears may again be imported.',
    ],
    ignores: [
      'Imports of corn rose after the harvest.',
      'The board approved the merger on Tuesday.',
      'The market reopened after the holiday.',
    ],
  },
});
