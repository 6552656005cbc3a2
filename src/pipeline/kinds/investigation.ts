import type { KindDefinition } from './kindDefinition';
import { GAP, re } from './patternParts';

/** A trade probe: "China launched an antitrust investigation into Google." */
export const investigation: KindDefinition = {
  id: 'investigation',
  cue: /investigat|probe|inquiry|hearing/i,
  themes: ['trade'],
  tag: 'investigation',
  verbal: [
    re(
      `\\b(?:launch|open|initiat|start|announc|begin|began|conclud)\\w*\\s+${GAP(4)}(?:investigation|probe|inquiry)\\b`,
    ),
  ],
  nominal: [
    re(
      '\\b(?:anti-dumping|antitrust|Section\\s+301)\\s+(?:investigation|probe)\\b|\\b(?:public\\s+)?hearings?\\b',
    ),
  ],
  themesFromContext: false,
  neutralTakesArticleThemes: false,
  securityDropsTrade: false,
  measure: false,
  bilateral: false,
  datedOnly: false,
  contains: [],
  containsAcrossClauses: false,
  title: ({ subject, topic, planned }) => {
    return {
      title: `${subject} ${planned ? 'to launch' : 'launches'} trade investigation`,
      slugParts: [subject, 'investigation', topic ?? ''],
    };
  },
  examples: {
    detects: ['China launched an antitrust investigation into Google.'],
    ignores: ['Police investigated a burglary downtown.'],
  },
};
