import { SIDE_OF } from '../gazetteer.ts';
import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/** Buying the other side’s goods: "China resumed purchases of American soybeans." */
export const purchase = defineKind({
  id: 'purchase',
  cue: /buy|bought|purchas|import|order|book|secur/i,
  themes: ['trade'],
  tag: 'purchases',
  verbal: [
    // "the main seller of imported pork": a participle after "of" or an article is an adjective
    // of the goods, and tells no one buying them.
    re(
      `\\b(?:buy|bought|buys|buying|purchase|purchased|purchasing|purchases(?!\\s+of\\b)|import|(?<!\\b(?:of|an?|the|for|on|to)\\s+)imported|importing|imports(?!\\s+of\\b)|ordered|ordering)\\s+${GAP(4)}(?:soybeans?|grain|corn|wheat|sorghum|Boeing|aircraft|jets|planes|energy|LNG|oil|beef|pork|farm\\s+goods|agricultural\\s+products)\\b`,
    ),
    re(`\\bresum\\w*\\s+${GAP(3)}purchases\\b`),
    // "The state grain buyer booked three cargoes of beans on Monday": a buyer booking cargoes is
    // a purchase told in the trade's words.
    re(
      `\\b(?:booked|books|booking|bought|buys|buying|purchased|purchasing|secured)\\s+${GAP(3)}(?:cargoes|cargos|shiploads|shipments)\\b`,
    ),
  ],
  measure: true,
  title: ({ subject, topic, planned, actors }) => {
    // "COFCO booked two cargoes of American soybeans": a Chinese buyer is China's
    // purchase, and the US is the seller, never the buyer of its own goods.
    const side = SIDE_OF.get(actors[0] ?? '');
    const buyer = side === 'china' || subject === 'US' ? 'China' : subject;
    return {
      title: `${buyer} ${planned ? 'to buy' : 'buys'} ${topic ?? 'US goods'}`,
      slugParts: [buyer, 'purchases', topic ?? ''],
    };
  },
  examples: {
    detects: [
      'Beijing vowed to buy more American soybeans.',
      'China resumed purchases of American soybeans.',
      'A Chinese state grain buyer booked three cargoes of US soybeans on Monday.',
      'On Monday COFCO booked two cargoes of American soybeans.',
    ],
    ignores: [
      'Farm-goods purchases, soybeans among them, came up when the two presidents talked.',
      'Shoppers bought more shoes before the holiday.',
      'Before the quarrel, Canada was the main seller of imported pork to the region.',
      'The travel agent booked three tables for dinner.',
    ],
  },
});
