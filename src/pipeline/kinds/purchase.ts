import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/** Buying the other side’s goods: "China resumed purchases of American soybeans." */
export const purchase = defineKind({
  id: 'purchase',
  cue: /buy|bought|purchas|import|order/i,
  themes: ['trade'],
  tag: 'purchases',
  verbal: [
    re(
      `\\b(?:buy|bought|buys|buying|purchase|purchased|purchasing|purchases(?!\\s+of\\b)|import|imported|importing|imports(?!\\s+of\\b)|ordered|ordering)\\s+${GAP(4)}(?:soybeans?|grain|corn|wheat|sorghum|Boeing|aircraft|jets|planes|energy|LNG|oil|beef|pork|farm\\s+goods|agricultural\\s+products)\\b`,
    ),
    re(`\\bresum\\w*\\s+${GAP(3)}purchases\\b`),
  ],
  measure: true,
  title: ({ subject, topic, planned }) => {
    return {
      title: `${subject} ${planned ? 'to buy' : 'buys'} ${topic ?? 'US goods'}`,
      slugParts: [subject, 'purchases', topic ?? ''],
    };
  },
  examples: {
    detects: [
      'Beijing vowed to buy more American soybeans.',
      'China resumed purchases of American soybeans.',
    ],
    ignores: [
      'Farm-goods purchases, soybeans among them, came up when the two presidents talked.',
      'Shoppers bought more shoes before the holiday.',
    ],
  },
});
