import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/**
 * The Treasury's currency label: "the Treasury labelled China a currency manipulator on Monday",
 * "Washington dropped the manipulator designation". A verdict on exchange rates, so trade.
 */
export const currencyDesignation = defineKind({
  id: 'currency-designation',
  cue: /manipulat/i,
  themes: ['trade'],
  tag: 'currency',
  verbal: [
    re(
      `\\b(?:label+ed|labels|label|designated|designates|designate|named|names|branded|brands|declared|declares|declare|cited|cites)\\s+${GAP(3)}(?:as\\s+)?an?\\s+(?:currency\\s+)?manipulator\\b`,
    ),
    re(
      `\\b(?:remov|dropp|lift|revers|rescind|withdr[ae]w|scrap)\\w*\\s+${GAP(4)}(?:currency\\s+)?manipulat(?:or|ion)\\s+(?:label|designation|tag)\\b`,
    ),
    // "the Treasury, late on Monday, stopped calling China a currency manipulator"
    re(
      '\\b(?:stopped|stops|stop|ceased)\\s+(?:calling|naming|labell?ing)\\s+(?:China|Beijing)\\s+an?\\s+(?:currency\\s+)?manipulator\\b',
    ),
    // "The Treasury removed China from its list of currency manipulators on Monday"
    re(
      `\\b(?:removed|removes|remove|removing|dropped|drops|drop|took|takes)\\s+(?:China|Beijing)\\s+(?:off|from)\\s+(?:its|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:list\\s+of\\s+)?(?:currency\\s+)?manipulators?\\b`,
    ),
    // "lifts "manipulator" tag on China": the label named in quotation marks
    re(
      `\\b(?:lifts|lifted|drops|dropped|removes|removed|scraps|scrapped)\\s+(?:the\\s+|its\\s+)?["“]?(?:currency\\s+)?manipulator["”]?\\s+(?:label|designation|tag)\\b`,
    ),
  ],
  nominal: [re('\\bcurrency\\s+manipulator\\s+(?:label|designation|tag)\\b')],
  measure: true,
  title: ({ subject, other, planned, action }) => {
    const lifted = action === 'lift' || action === 'revoke';
    const verb = lifted ? (planned ? 'to drop' : 'drops') : planned ? 'to label' : 'labels';
    return {
      title: lifted
        ? `${subject} ${verb} currency manipulator label for ${other}`
        : `${subject} ${verb} ${other} a currency manipulator`,
      slugParts: [subject, lifted ? 'drops' : 'labels', other, 'currency-manipulator'],
    };
  },
  examples: {
    detects: [
      'The Treasury Department labelled China a currency manipulator on May 2.',
      'Washington removed the currency manipulator label in January.',
      'The Treasury on Monday removed China from its list of currency manipulators.',
      'Late on Monday the Treasury stopped calling China a currency manipulator.',
    ],
    ignores: ['Critics called the claim of manipulation overblown.'],
  },
});
