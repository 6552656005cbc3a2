import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/** Flights as a regulator counts them: "scheduled passenger flights", "weekly round trips". */
const FLIGHTS =
  '(?:(?:all|scheduled|passenger|commercial|direct|international|regular|weekly|round[\\s-]trip)\\s+){1,3}(?:flights|services)\\b';
/** How many a side lets the other's airlines fly: "one weekly passenger flight", "12 flights". */
const COUNT = '(?:one|two|three|four|five|six|eight|ten|twelve|more|additional|extra|\\d+)';
const COUNTED_FLIGHTS = `${COUNT}\\s+(?:(?:weekly|scheduled|passenger|round[\\s-]trip|direct)\\s+){0,3}(?:flights?|round\\s+trips?)\\b`;
const STEPS_BACK =
  '(?:backed\\s+away\\s+from|backs\\s+away\\s+from|eased|eases|lifted|lifts|relaxed|relaxes|loosened|loosens|scrapped|dropped|will\\s+(?:ease|lift|relax|loosen|scrap|drop))';

const EASES = new RegExp(
  `${STEPS_BACK}|\\b(?:allow|permit|let|increas|doubl|rais|add|expand|resum|adjust)`,
  'i',
);

/** Whether the trigger lets more flights in (an easing) or stops them. */
function stepOfFlights(trigger: string): 'ease' | 'restrict' {
  return EASES.test(trigger) ? 'ease' : 'restrict';
}

/**
 * One side's regulator limiting or letting in the other side's airlines, a step of the flights
 * dispute: "The Transportation Department said it would bar all scheduled passenger flights by
 * Chinese airlines from June 16", "China's aviation regulator said every foreign airline would be
 * allowed one weekly passenger flight", "Washington backed away from its threatened ban on
 * Chinese carriers".
 */
export const flightCurbs = defineKind({
  id: 'flight-curbs',
  cue: /flight|airline|carrier|round trip/i,
  themes: ['trade'],
  tag: 'flights',
  verbal: [
    // "issued an order to suspend scheduled passenger flights by Chinese airlines": a side stops
    // the other's flights; an airline cancelling its own flights names no side and drops out.
    re(
      `\\b(?:suspend|bar|ban|halt|cut|cap|limit|restrict|block|stop)(?:s|ed|ing|ned|ning|red|ring|ped|ping)?\\s+${GAP(2)}${FLIGHTS}`,
    ),
    // "every foreign airline would be allowed one weekly passenger flight", "will let US carriers
    // fly four round trips a week", "agreed to double the number of scheduled flights".
    re(
      `\\b(?:allow|permit|let)(?:s|ed|ted|ting|ing)?\\s+${GAP(6)}(?:to\\s+)?(?:(?:fly|operate|run)\\s+)?${COUNTED_FLIGHTS}`,
    ),
    re(
      `\\b(?:increas|doubl|rais|expand)(?:e|es|ed|ing)?\\s+(?:the\\s+number\\s+of\\s+)?${FLIGHTS}`,
    ),
    // "backed away from a threatened ban on Chinese passenger airlines": the curb dropped.
    re(
      `\\b${STEPS_BACK}\\s+${GAP(3)}(?:ban|suspension|limits?|caps?|curbs?|restrictions?)\\s+on\\s+${GAP(3)}(?:airlines|carriers|flights)\\b`,
    ),
    // "put out a notice today adjusting its arrangements for international passenger flights".
    re(`\\badjust(?:s|ed|ing)?\\s+(?:its\\s+|the\\s+)?arrangements\\s+for\\s+${FLIGHTS}`),
  ],
  nominal: [
    re(`\\b(?:flight|flights)\\s+(?:ban|suspension|curbs|cap|caps)\\b`),
    re(`\\bban\\s+on\\s+${GAP(2)}(?:passenger\\s+)?(?:airlines|carriers)\\b`),
  ],
  // "issued an order to suspend scheduled passenger flights": the order is the suspension.
  contains: ['policy'],
  stepOf: stepOfFlights,
  title: ({ subject, other, planned, trigger }) => {
    const airlines = other === 'China' ? 'Chinese airlines' : `${other} airlines`;
    if (stepOfFlights(trigger) === 'ease') {
      return {
        title: `${subject} ${planned ? 'to ease' : 'eases'} limits on ${airlines}' flights`,
        slugParts: [subject, 'eases-flight-limits'],
      };
    }
    return {
      title: `${subject} ${planned ? 'to bar' : 'bars'} ${airlines}' flights`,
      slugParts: [subject, 'bars-flights'],
    };
  },
  examples: {
    detects: [
      'The Transportation Department said on Wednesday it would bar all scheduled passenger flights by Chinese airlines.',
      'The regulator said each foreign airline would be allowed one weekly passenger flight from next month.',
      'Washington on Friday backed away from its threatened ban on Chinese passenger carriers.',
      'Beijing agreed on Tuesday to double the number of weekly passenger flights between the two countries.',
    ],
    ignores: [
      'The airline cancelled its flights to Shanghai because of a typhoon.',
      'Passengers complained about the flights.',
      'He allowed two questions from reporters.',
    ],
  },
});
