import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/** The fee a port charges a ship: "port fees", "docking charges", "fees on Chinese-built vessels". */
const FEE = '(?:port|docking|berthing|harbou?r)\\s+(?:fees|charges|levies)';
const SHIPS = '(?:ships|vessels|tankers|carriers|freighters)';
/** Up to n words of a noun phrase, hyphens and commas included ("Chinese-owned, Chinese-built"). */
const NOUN_GAP = (n: number): string => `(?:[\\w’'.,-]+\\s+){0,${n}}?`;

/**
 * Charges one side levies on the other side's ships when they call at its ports: "The US began
 * charging port fees on Chinese-built ships on Monday." A fee on goods is a tariff; a fee on a
 * ship is this.
 */
export const portFees = defineKind({
  id: 'port-fees',
  cue: /port fee|port charge|docking|berthing|harbou?r|vessels|ships|tankers|freighters/i,
  themes: ['trade'],
  tag: 'port-fees',
  verbal: [
    // "began collecting port fees", "will start charging docking fees on US-flagged ships"
    re(
      `\\b(?:began|begin|begins|beginning|start|starts|started|starting)\\s+(?:to\\s+)?(?:collect|charg|levy|levi|impos|apply|appli)\\w*\\s+${GAP(3)}${FEE}\\b`,
    ),
    // "Washington announced port fees on Chinese-built ships"
    re(
      `\\b(?:impos|announc|levy|levie|introduc|unveil|slap|propos|finali[sz]|suspend|paus|lift|rais|hik)\\w*\\s+${GAP(4)}${FEE}\\b`,
    ),
    // "The charges on US-flagged and US-owned tankers came into force on Tuesday"
    re(
      `\\b(?:fees|charges|levies)\\s+on\\s+${NOUN_GAP(8)}${SHIPS}\\s+(?:took|take|takes|went|go|goes|came|come|comes|will\\s+take|will\\s+come)\\s+(?:effect|into\\s+(?:effect|force))\\b`,
    ),
    // "The port fees will take effect on October 14"
    re(
      `\\b${FEE}\\s+${GAP(6)}(?:took|take|takes|went|go|goes|came|come|comes|kick(?:ed|s)?\\s+in)\\s*(?:effect|into\\s+(?:effect|force)|in)?\\b`,
    ),
  ],
  // No nominal reading: "shippers exposed to the new port charges" names the fees told elsewhere,
  // and a date beside it ("Friday's losses") is not theirs.
  measure: true,
  title: ({ subject, other, planned, action, primary }) => {
    const sentence = primary.segment.text;
    // "Both countries began collecting fees on each other's ships": one act of two sides.
    const mutual =
      /\b(?:both|each\s+other['’]s|one\s+another['’]s|the\s+two\s+(?:sides|countries))\b/i.test(
        sentence,
      );
    if (mutual) {
      return {
        title: `US and China ${planned ? 'to start' : 'start'} port fees on each other's ships`,
        slugParts: ['us', 'china', 'port-fees'],
      };
    }
    const verb =
      action === 'announce'
        ? planned
          ? 'to announce'
          : 'announces'
        : action === 'lift' || action === 'pause'
          ? planned
            ? 'to suspend'
            : 'suspends'
          : planned
            ? 'to impose'
            : 'imposes';
    return {
      title: `${subject} ${verb} port fees on ${other === 'China' ? 'Chinese' : 'US'} ships`,
      slugParts: [subject, 'port-fees'],
    };
  },
  examples: {
    detects: [
      'The United States began charging port fees on Chinese-built ships on Monday.',
      'Beijing said it would start collecting docking fees on US-flagged vessels next week.',
      'The new charges on US-flagged and US-owned tankers came into force on Tuesday.',
      'Washington announced port fees on Chinese-built freighters in the spring.',
    ],
    ignores: [
      'Customs charged higher fees on imports on Friday.',
      'Port traffic fell in March as fewer ships arrived.',
      'The airport fees rose last year.',
    ],
  },
});
