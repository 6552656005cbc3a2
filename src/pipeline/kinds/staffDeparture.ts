import { defineKind } from './kindDefinition.ts';
import { re } from './patternParts.ts';

/** Authorized (voluntary) and ordered departures are two steps, never one event. */
const ORDERED =
  /\bordere?d?\b|\borders\b|\bordering\b|\btold\b|\btells\b|\binstructed\b|\bmandatory\b/i;
/** "raised the voluntary departure to an ordered one" is the order. */
const UPGRADED = /^upgrad|^rais/i;
function stepOf(trigger: string): 'order' | 'allow' {
  return ORDERED.test(trigger) || UPGRADED.test(trigger) ? 'order' : 'allow';
}

/**
 * A government sending its own diplomats' staff home from the other side: "Washington approved
 * the voluntary departure of non-essential staff from its consulate in Wuhan", then "told
 * non-essential personnel and their dependants to go home". It is the
 * sender's step, told by the other side as a slight, so each step is an event of its own.
 */
export const staffDeparture = defineKind({
  id: 'staff-departure',
  cue: /departure|non-emergency|non-essential/i,
  themes: ['diplomacy'],
  tag: 'staff-departure',
  verbal: [
    re(
      '\\b(?:ordered|orders|ordering|authori[sz]ed|authori[sz]es|authori[sz]ing|approved|approves)\\s+(?:the\\s+)?(?:voluntary\\s+|mandatory\\s+)?departure\\s+of\\b',
    ),
    // "told non-essential personnel and their dependants at the mission to go home"
    re(
      '\\b(?:ordered|orders|ordering|told|tells|instructed)\\s+(?:all\\s+)?(?:its\\s+)?(?:non-emergency|non-essential)\\s+(?:[\\w-]+\\s+){0,3}?(?:employees|staff|personnel|diplomats)\\b',
    ),
    // "raising the voluntary departure of four days earlier to an ordered departure"
    re(
      '\\b(?:upgraded|upgrades|upgrading|raised|raises)\\s+(?:the\\s+|its\\s+)?(?:authori[sz]ed|voluntary)\\s+departure\\b(?=[^.;]{0,60}\\bordered\\s+departure\\b)',
    ),
  ],
  nominal: [re('\\b(?:authori[sz]ed|ordered|voluntary|mandatory)\\s+departure\\b')],
  datedOnly: true,
  stepOf,
  title: ({ subject, planned, trigger, place }) => {
    const from = place !== undefined ? ` ${place}` : '';
    return stepOf(trigger) === 'order'
      ? {
          title: `${subject} ${planned ? 'to order' : 'orders'} non-emergency staff to leave${from}`,
          slugParts: [subject, 'ordered-departure', place ?? ''],
        }
      : {
          title: `${subject} ${planned ? 'to allow' : 'allows'} non-emergency staff to leave${from}`,
          slugParts: [subject, 'authorized-departure', place ?? ''],
        };
  },
  examples: {
    detects: [
      'On Friday Washington approved the voluntary departure of non-essential staff from its consulate.',
      'On Monday the embassy told non-essential personnel and their dependants to go home.',
      'It raised the voluntary departure of four days earlier to an ordered departure on Monday.',
    ],
    ignores: [
      'The flight’s departure was delayed on Monday.',
      'Her departure from the ministry was announced on Friday.',
    ],
  },
});
