import type { KindDefinition } from './kindDefinition.ts';
import { re } from './patternParts.ts';

/** A dated public post: "Trump wrote on Truth Social on Monday that the talks went well." */
export const statement: KindDefinition = {
  id: 'statement',
  cue: /wrote|posted|tweeted|writing|posting/i,
  themes: [],
  tag: 'statement',
  verbal: [
    re(
      '\\b(?:wrote|posted|tweeted|writing|posting)\\s+(?:afterwards\\s+|later\\s+)?on\\s+(?:Truth\\s+Social|X|Twitter|Weibo|social\\s+media)\\b',
    ),
  ],
  nominal: [],
  themesFromContext: true,
  neutralTakesArticleThemes: true,
  securityDropsTrade: false,
  measure: false,
  bilateral: false,
  datedOnly: true,
  contains: [],
  containsAcrossClauses: false,
  title: ({ subject, topic }) => {
    return {
      title: `${subject} statement${topic ? ` on ${topic}` : ''}`,
      slugParts: [subject, 'statement', topic ?? ''],
    };
  },
  examples: {
    detects: ['Trump wrote on Truth Social that the talks went well.'],
    ignores: ['He wrote a book about trade.'],
  },
};
