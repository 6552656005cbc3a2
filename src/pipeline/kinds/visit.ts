import type { KindDefinition } from './kindDefinition.ts';
import { re } from './patternParts.ts';
import { PERSON_NAME, shortName } from '../shortName.ts';

/** A trip abroad: "Wang Yi will visit Washington next month." */
export const visit: KindDefinition = {
  id: 'visit',
  cue: /visit|travel|trip|fl[yie]|arriv|head|tour/i,
  themes: ['diplomacy'],
  tag: 'visit',
  verbal: [
    re(
      '\\b(?:visit|visits|visited|visiting|travel(?:s|led|ed|ling|ing)?\\s+to|(?:fly|flew|flies|flying)\\s+to|arriv(?:e|ed|es|ing)\\s+in|head(?:s|ed|ing)?\\s+to|tour(?:s|ed|ing)?)\\s+(?:the\\s+)?(?=[A-Z])',
    ),
  ],
  nominal: [
    re(
      "\\b(?:state\\s+visit|visit|trip)\\s+to\\s+(?=[A-Z])|\\b(?:[A-Z][a-z]+|US|U\\.S\\.)\\s+(?:visit|trip)\\b|\\b(?:the|this|that|his|her|their|planned|upcoming|[A-Z][a-z]+[’']s)\\s+(?:\\w+\\s+)?(?:visit|trip)\\b",
    ),
  ],
  themesFromContext: true,
  neutralTakesArticleThemes: false,
  securityDropsTrade: false,
  measure: false,
  bilateral: false,
  datedOnly: false,
  contains: ['meeting', 'talks'],
  containsAcrossClauses: true,
  title: ({ subject, place, planned, primary, actors }) => {
    const visitor =
      primary.actors.find((a) => PERSON_NAME.test(a)) ?? actors.find((a) => PERSON_NAME.test(a));
    const who = visitor ? shortName(visitor) : subject;
    const where = place ?? (who === 'US' || who === 'Trump' ? 'China' : 'abroad');
    return {
      title: planned ? `${who} to visit ${where}` : `${who} visits ${where}`,
      slugParts: [who, 'visit', where],
    };
  },
  examples: {
    detects: [
      'Wang Yi will visit Washington next month.',
      'The minister flew to Beijing on Sunday.',
    ],
    ignores: ['Visitors to the trade fair doubled this year.'],
  },
};
