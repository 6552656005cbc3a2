import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

const WTO = '(?:WTO|World\\s+Trade\\s+Organi[sz]ation)';

/** A case brought at the trade body: "Beijing filed a complaint with the WTO." */
export const wtoComplaint = defineKind({
  id: 'wto-complaint',
  cue: /\bWTO\b|World\s+Trade\s+Organi[sz]ation/i,
  themes: ['trade'],
  tag: 'wto',
  verbal: [
    re(
      `\\b(?:filed|files|file|filing|lodged|lodges|lodge|submitted|brought|launched|initiated)\\s+${GAP(3)}(?:complaint|case|challenge|dispute|lawsuit)s?\\s+(?:with|at|to|before)\\s+(?:the\\s+)?${WTO}`,
    ),
    re(
      `\\b(?:sued|sues|challenged|challenges|took|takes)\\s+${GAP(4)}(?:at|to|before)\\s+(?:the\\s+)?${WTO}`,
    ),
  ],
  nominal: [re(`\\b${WTO}\\s+(?:complaint|case|challenge|dispute)\\b`)],
  title: ({ subject, other, planned }) => ({
    title: `${subject} ${planned ? 'to file' : 'files'} WTO complaint against ${other}`,
    slugParts: [subject, 'wto-complaint'],
  }),
  examples: {
    detects: [
      'Beijing has filed a complaint with the World Trade Organization over the new duties, the ministry said.',
      'Washington took Beijing to the WTO over its subsidies.',
    ],
    ignores: ['The WTO has long ruled that such duties break its rules.'],
  },
});
