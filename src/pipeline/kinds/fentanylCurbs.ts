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
    // "every drug related to fentanyl will be treated as a controlled substance from May 1",
    // "fentanyl-related substances will go on the country's list of controlled drugs": one side
    // scheduling the drugs, a step of its own.
    re(
      `\\b${DRUGS}\\b[^.;]{0,40}?\\b(?:will\\s+be|would\\s+be|are|is|were|was|will\\s+go|would\\s+go|went|go)\\s+(?:treated\\s+as\\s+(?:a\\s+)?controlled\\s+(?:substances?|drugs?)|(?:put\\s+)?(?:on|under)\\s+(?:(?:the|its)\\s+)?(?:[\\w’'-]+\\s+){0,3}?(?:list\\s+of\\s+controlled|control)|scheduled|added\\s+to)\\b`,
    ),
    re(
      `\\b(?:added|adds|add|adding|listed|lists|scheduled|schedules|placed|places)\\s+[“"]?${DRUGS}[\\w-]*(?:\\s+[\\w-]+){0,3}[”"]?(?:\\s+as\\s+a\\s+(?:whole\\s+)?class)?\\s+(?:to|on)\\s+(?:the|its)\\s+(?:[\\w-]+\\s+){0,3}?list\\b`,
    ),
  ],
  bilateral: true,
  title: ({ pair, verb, parties, subject, planned, trigger }) => {
    if (!/^(?:agree|pledg|promis|vow)/i.test(trigger)) {
      return {
        title: `${subject} ${planned ? 'to control' : 'controls'} fentanyl-related substances`,
        slugParts: [subject, 'controls', 'fentanyl'],
      };
    }
    return {
      title: `${pair} ${verb('agrees', 'agree')} to curb fentanyl`,
      slugParts: [...parties.slice(0, 2), 'fentanyl'],
    };
  },
  examples: {
    detects: [
      'Beijing pledged to crack down on the firms that ship fentanyl precursors abroad.',
      'The ministers agreed to set up a joint working group on narcotics.',
      'China said on Monday that every drug related to fentanyl will be treated as a controlled substance.',
      'A joint notice adds "fentanyl-related substances" as a whole class to the supplementary list.',
    ],
    ignores: ['The two leaders spoke about curbing shipments of fentanyl.'],
  },
});
