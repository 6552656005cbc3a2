import { THIRD_COUNTRY_WORDS_PATTERN } from '../bodyOwners.ts';
import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/** Shares, bonds and funds bought are investments: "a ban on purchases of their listed shares". */
const NOT_SECURITIES =
  '(?!\\s+(?:[\\w-]+\\s+){0,4}?(?:shares|securities|stocks?|bonds|equities|equity|stakes?|funds)\\b)';

/** "halted imports of Japanese seafood": a third country's goods are no news between the two. */
const NOT_THIRD_COUNTRY = `(?!\\s+(?:[\\w-]+\\s+){0,3}?${THIRD_COUNTRY_WORDS_PATTERN}\\b)`;

/** Stopping purchases from the other side: "Customs suspended imports of poultry from US firms." */
export const importSuspension = defineKind({
  id: 'import-suspension',
  cue: /import|purchas|buying/i,
  themes: ['trade'],
  tag: 'import-suspension',
  verbal: [
    // "a ban on buying shares of the listed firms" stops an investment, not an import.
    re(
      `\\b(?:(?:suspend|halt|stop|paus|freez|froze|ban|bann|block|bar|cancel|scrap)\\w*|call(?:ed|s|ing)?\\s+off)\\s+${GAP(3)}(?:imports?|purchases?|buying|shipments)\\s+(?:of|from)\\b${NOT_SECURITIES}${NOT_THIRD_COUNTRY}`,
    ),
    re(`\\b(?:stopped|stops|halted|suspended)\\s+buying\\b`),
  ],
  measure: true,
  title: ({ subject, other, topic, planned }) => ({
    title: `${subject} ${planned ? 'to suspend' : 'suspends'} imports of ${topic ?? `${other} goods`}`,
    slugParts: [subject, 'suspends-imports', topic ?? ''],
  }),
  examples: {
    detects: [
      'Customs officers suspended imports of poultry from three American exporters.',
      'Chinese buyers stopped buying soybeans from the United States.',
      'China called off its planned purchase of US soybeans on Monday.',
    ],
    ignores: [
      'Imports of poultry rose in the spring.',
      'China halted imports of Japanese seafood on Thursday.',
      'The order bans purchases of the listed shares of eight Chinese carmakers from March.',
    ],
  },
});
