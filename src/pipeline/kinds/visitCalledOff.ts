import { SIDE_OF } from '../gazetteer.ts';
import { isPerson } from '../isPerson.ts';
import { PERSON_NAME, shortName } from '../shortName.ts';
import { defineKind } from './kindDefinition.ts';
import { re } from './patternParts.ts';

/** What a trip is called when it is called off: "a planned trip", "his long-awaited visit". */
const TRIP =
  '(?:a|an|the|his|her|their|its)\\s+(?:(?:planned|scheduled|upcoming|long-awaited|rare|first|high-profile)\\s+)*(?:(?:state|official|two-day|three-day|\\w+-day)\\s+)?(?:visit|trip)\\b';

/**
 * A trip to the other side called off or put off, a step of the relationship in its own right:
 * "Secretary of State Antony Blinken called off a planned trip to Beijing", "the minister
 * postponed his visit to Washington". The trip itself did not happen then (detectEvents keeps it
 * off the timeline); the calling off did.
 */
export const visitCalledOff = defineKind({
  id: 'visit-called-off',
  cue: /call|cancel|postpon|put\s+off|puts\s+off|scrap/i,
  themes: ['diplomacy'],
  // An undated calling off ("we learned the trip had been scrapped") tells no step of its own.
  datedOnly: true,
  tag: 'visit-called-off',
  verbal: [
    // "the minister's planned trip to Beijing, set for next week, had been scrapped": the trip
    // named first, its calling off told in the passive.
    re(
      `\\b(?:visit|trip)\\s+to\\s+(?:the\\s+)?[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*)?\\s+(?:[^.;]{0,60}?\\s)?(?:had\\s+been|has\\s+been|have\\s+been|was|were)\\s+(?:called\\s+off|cancell?ed|scrapped|postponed|put\\s+off)\\b`,
    ),
    re(
      `\\b(?:called\\s+off|calls\\s+off|calling\\s+off|cancel(?:l?ed|s|ling)?|postpone[ds]?|postponing|put\\s+off|puts\\s+off|putting\\s+off|scrapped|scraps)\\s+${TRIP}(?=\\s+to\\s+(?:the\\s+)?[A-Z])`,
    ),
  ],
  // "Blinken calls off trip to Beijing": the traveller, when the sentence names one.
  title: ({ subject, place, planned, actors }) => {
    const traveller = actors.find((a) => PERSON_NAME.test(a) && SIDE_OF.has(a) && isPerson(a));
    const who = traveller === undefined ? subject : shortName(traveller);
    return {
      title: `${who} ${planned ? 'to call off' : 'calls off'} ${place ? `trip to ${place}` : 'trip'}`,
      slugParts: [who, 'calls-off-trip', place ?? ''],
    };
  },
  examples: {
    detects: [
      'In February the secretary of state called off a planned trip to Beijing after the balloon was spotted.',
      'The minister postponed his visit to Washington on Monday.',
      "We learned on Monday that the minister's planned trip to Beijing had been scrapped.",
    ],
    ignores: [
      'The minister visited Washington on Monday.',
      'The school called off a planned trip to the zoo because of rain.',
      'The band cancelled its tour of the coast.',
    ],
  },
});
