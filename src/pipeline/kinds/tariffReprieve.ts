import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/** The step up that is called off: "the increase", "next week's hike", "the planned rise". */
const HIKE = '(?:increases?|hikes?|rises?)';
/**
 * A hike of rates, not of prices or troops: the same stretch of the sentence names a rate, a
 * levy or goods ("the increase from 25 to 30 percent", "the hike on $250 billion of goods").
 */
const ON_GOODS =
  '(?=[^.;]{0,100}?(?:percent|per\\s+cent|%|tariffs?|duties|levies|goods|imports|products))';
/** Gap words that leave "tariff" to the tariffs kind, which reads its own pause verbs. */
const NO_TARIFF_GAP = '(?:(?!tariffs?\\b|duty\\b|duties\\b)[\\w’\'"%.$-]+\\s+){0,3}?';

/**
 * A rise in tariffs that one side holds off or calls off, told without the word "tariff" in
 * the verb's phrase: "the president agreed to hold off on the increase due next week",
 * "approved not going ahead with the hike from 25 to 30 percent".
 */
export const tariffReprieve = defineKind({
  id: 'tariff-reprieve',
  cue: /ahead|hold\w*\s+off|held\s+off|call\w*\s+off|postpon|delay|suspend|shelv|scrap|defer/i,
  themes: ['trade'],
  tag: 'tariffs',
  verbal: [
    re(`\\bnot\\s+(?:to\\s+)?(?:go|going|went)\\s+ahead\\s+with\\s+${GAP(3)}${HIKE}\\b${ON_GOODS}`),
    re(
      `\\b(?:hold|holds|held|holding|call|calls|called|calling)\\s+off\\s+(?:on\\s+)?${GAP(3)}${HIKE}\\b${ON_GOODS}`,
    ),
    // "postponed the planned increase on Chinese goods"; "postponed the tariff increase" is the
    // tariffs kind's own pause.
    re(
      `\\b(?:postpon|delay|suspend|shelv|scrap|defer)\\w*\\s+${NO_TARIFF_GAP}${HIKE}\\b${ON_GOODS}`,
    ),
  ],
  measure: true,
  // "delaying the increase in tariffs now scheduled for March 1": the tariffs are what it calls off.
  contains: ['tariffs'],
  title: ({ subject, planned }) => ({
    title: `${subject} ${planned ? 'to call off' : 'calls off'} tariff increase`,
    slugParts: [subject, 'calls-off', 'tariff-increase'],
  }),
  examples: {
    detects: [
      'The White House said on Friday it would hold off on the increase from 15 to 25 percent.',
      'The president approved not going ahead with the hike on $300 billion of imports.',
      'Washington postponed the planned rise in levies on Chinese furniture by three months.',
    ],
    ignores: [
      'The central bank called off the increase in interest rates it had signalled.',
      'The president postponed the tariff increase due in January.',
      'Officials did not rule out going ahead with the increase.',
    ],
  },
});
