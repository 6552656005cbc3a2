import { SIDE_OF } from '../gazetteer.ts';
import { defineKind } from './kindDefinition.ts';
import { re } from './patternParts.ts';

/** What a change of advisory does, by its verb: "lowered" eases it, "raised" tightens it. */
const LOWERS = /^(?:lower|downgrad|eas|relax|cut)/i;
const RAISES = /^(?:rais|upgrad|tighten|hik|elevat)/i;

/**
 * One side's advice to its citizens on travelling to the other: "The department cut its travel
 * warning for the country by one level on Tuesday." A level changed is a step of
 * the relationship; the advisory only mentioned ("under the current travel advisory") is not.
 */
export const travelAdvisory = defineKind({
  id: 'travel-advisory',
  cue: /travel\s+(?:advisory|warning|alert)/i,
  themes: ['diplomacy'],
  tag: 'travel-advisory',
  verbal: [
    re(
      '\\b(?:raised|raises|raising|lowered|lowers|lowering|downgraded|downgrades|upgraded|upgrades|eased|eases|relaxed|relaxes|tightened|tightens|elevated|issued|issues|reissued|reissues|updated|updates|revised|revises)\\s+(?:its\\s+|the\\s+|their\\s+|a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,2}?travel\\s+(?:advisory|advisories|warning|alert)\\b',
    ),
    // "China's travel advisory for the US was raised on Monday": the level changed, told passive.
    re(
      '\\btravel\\s+(?:advisory|warning|alert)\\s+(?:[\\w-]+\\s+){0,4}?(?:was|were|has\\s+been|had\\s+been)\\s+(?:raised|lowered|downgraded|upgraded|eased|tightened|reissued|updated|revised)\\b',
    ),
  ],
  datedOnly: true,
  title: ({ subject, planned, trigger, primary }) => {
    const verb = /\b(?:was|were|been)\s+(\w+)/.exec(trigger)?.[1] ?? trigger;
    const change = LOWERS.test(verb)
      ? ['lower', 'lowers']
      : RAISES.test(verb)
        ? ['raise', 'raises']
        : ['update', 'updates'];
    // Advice is for the traveller going to the other side.
    const side = SIDE_OF.get(primary.actors[0] ?? '');
    const to = side === 'china' ? 'US' : side === 'us' ? 'China' : 'the other side';
    return {
      title: `${subject} ${planned ? `to ${change[0]}` : change[1]} travel advisory for ${to}`,
      slugParts: [subject, 'travel-advisory', change[0] ?? ''],
    };
  },
  examples: {
    detects: [
      'The department lowered its travel warning for the country by one level on Tuesday.',
      'On Monday the ministry issued a travel alert for citizens going to the United States.',
      'The travel advisory for the country was raised on Friday.',
    ],
    ignores: [
      'Under the current travel advisory, visitors should register with the embassy.',
      'The airline lowered its fares on Friday.',
    ],
  },
});
