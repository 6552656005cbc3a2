import { defineKind } from './kindDefinition.ts';
import { re } from './patternParts.ts';

/** Authorized (voluntary) and ordered departures are two steps, never one event. */
const ORDERED =
  /\bordere?d?\b|\borders\b|\bordering\b|\btold\b|\btells\b|\binstructed\b|\bmandatory\b/i;

/**
 * A government sending its own diplomats' staff home from the other side: "The State Department
 * authorized the voluntary departure of non-emergency employees from the consulate in Shanghai",
 * then "ordered non-emergency employees and family members to leave the city". It is the
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
    // "ordered non-emergency employees and family members of its consulate to leave the city"
    re(
      '\\b(?:ordered|orders|ordering|told|tells|instructed)\\s+(?:all\\s+)?(?:its\\s+)?(?:non-emergency|non-essential)\\s+(?:[\\w-]+\\s+){0,3}?(?:employees|staff|personnel|diplomats)\\b',
    ),
    // "upgrading the authorized departure it announced last week to an ordered departure"
    re(
      '\\b(?:upgraded|upgrades|upgrading|raised|raises)\\s+(?:the\\s+|its\\s+)?(?:authori[sz]ed|voluntary)\\s+departure\\b(?=[^.;]{0,60}\\bordered\\s+departure\\b)',
    ),
  ],
  nominal: [re('\\b(?:authori[sz]ed|ordered|voluntary|mandatory)\\s+departure\\b')],
  datedOnly: true,
  stepOf: (trigger) =>
    ORDERED.test(trigger) || /^upgrad|^rais/i.test(trigger) ? 'order' : 'allow',
  title: ({ subject, planned, trigger, place }) => {
    const from = place !== undefined ? ` ${place}` : '';
    const ordered = ORDERED.test(trigger) || /^upgrad|^rais/i.test(trigger);
    return ordered
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
      'On Friday the State Department authorized the voluntary departure of non-emergency employees from its consulate.',
      'The department said on Tuesday it had ordered non-emergency employees and family members of the consulate to leave the city.',
      'It upgraded the authorized departure it announced last week to an ordered departure on Monday.',
    ],
    ignores: [
      'The flight’s departure was delayed on Monday.',
      'Her departure from the ministry was announced on Friday.',
    ],
  },
});
