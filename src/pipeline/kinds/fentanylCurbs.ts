import { defineKind } from './kindDefinition.ts';
import { re } from './patternParts.ts';

const DRUGS = '(?:fentanyl|precursors?|synthetic\\s+opioids?|counter-?narcotics|narcotics)';

/**
 * A pledge to act on the drug trade between the two: "China agreed to act against the makers of
 * the chemicals used in fentanyl", "the two sides agreed to set up a working group on
 * counternarcotics". The agreement is the event, so the trigger holds "agreed to" and the
 * promise does not make it a plan; what is only talked about ("spoke about curbing fentanyl")
 * is not one.
 */
export const fentanylCurbs = defineKind({
  id: 'fentanyl-curbs',
  cue: /fentanyl|precursor|opioid|narcotic/i,
  themes: ['diplomacy'],
  tag: 'fentanyl',
  verbal: [
    // "agreed to act against the makers of the chemicals used to produce fentanyl"
    re(
      `\\b(?:agreed|agrees|agree|pledged|pledges|promised|promises|vowed|vows)\\s+to\\s+(?:act|move|crack\\s+down|take\\s+(?:action|measures|steps))\\s+(?:against|on)\\s+(?:[\\w’'-]+\\s+){0,10}?${DRUGS}`,
    ),
    // "agreed to set up a working group on counternarcotics"
    re(
      `\\b(?:agreed|agrees|agree)\\s+to\\s+(?:set\\s+up|establish|create|form|launch)\\s+(?:a\\s+|an\\s+)?(?:joint\\s+|bilateral\\s+)?(?:working\\s+group|task\\s+force)\\s+on\\s+${DRUGS}`,
    ),
  ],
  bilateral: true,
  title: ({ pair, verb, parties }) => ({
    title: `${pair} ${verb('agrees', 'agree')} to curb fentanyl`,
    slugParts: [...parties.slice(0, 2), 'fentanyl'],
  }),
  examples: {
    detects: [
      'Beijing pledged to crack down on the firms that ship fentanyl precursors abroad.',
      'The ministers agreed to set up a joint working group on narcotics.',
    ],
    ignores: ['The two leaders spoke about curbing shipments of fentanyl.'],
  },
});
