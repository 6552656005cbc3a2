import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/**
 * Penalties on named people or firms: "China imposed sanctions on US defence firms."
 * "Countermeasures" alone is any response at all ("officials announced unspecified
 * countermeasures" sums up the tariffs and probes told beside it), so it counts only with a target.
 * Against the press ("countermeasures against three American newspapers") they are what the
 * next sentences say: reporters sent home, bureaus capped (expulsion, media-restriction).
 */
const PRESS_TARGET =
  "(?!\\s+(?:[\\w’'-]+\\s+){0,3}?(?:news|media|newspapers?|papers|dailies|journalists|reporters|correspondents|broadcasters|press)\\b)";
export const sanctions = defineKind({
  id: 'sanctions',
  cue: /sanction|countermeasure/i,
  themes: ['diplomacy'],
  tag: 'sanctions',
  verbal: [
    re(
      `\\b(?:impos|announc|slap|levy|levie|lift|eas|expand|add)\\w*\\s+${GAP(5)}(?:sanctions\\b|countermeasures\\s+(?:against|on|targeting)\\b${PRESS_TARGET})`,
    ),
    re('\\bsanction(?:s|ed|ing)\\s+(?=[A-Z]|\\w+\\s+(?:companies|firms|officials|entities))'),
  ],
  // "a sanctions violation case", "sanctions evasion": the word names the offence, not a measure.
  nominal: [re('\\bsanctions\\b(?!\\s+(?:violations?|evasion|busting)\\b)')],
  themesFromContext: true,
  measure: true,
  contains: ['policy'],
  title: ({ subject, topic, planned, action }) => {
    const verb =
      action === 'lift' ? (planned ? 'to lift' : 'lifts') : planned ? 'to impose' : 'imposes';
    return {
      title: `${subject} ${verb} sanctions`,
      slugParts: [subject, 'sanctions', topic ?? ''],
    };
  },
  examples: {
    detects: [
      'China imposed sanctions on US defence firms.',
      'Beijing announced countermeasures against two American drone makers.',
    ],
    ignores: [
      'Regulators sanctioned the merger after a review.',
      'Officials in Beijing announced unspecified countermeasures.',
      'The firm settled a sanctions violation case last year.',
      'On Monday the ministry announced countermeasures against three American newspapers.',
    ],
  },
});
