import { defineKind } from './kindDefinition.ts';
import { re } from './patternParts.ts';

const LOT = '(?:shipments?|cargo(?:es)?|consignments?|batch(?:es)?|loads?|containers)';
const DESTINATION =
  /\b(?:bound\s+for|headed\s+for|destined\s+for|to)\s+(China|the\s+United\s+States|the\s+US|America)\b/;
const LEFT =
  '(?:arrived|arrives|landed|lands|reached|reaches|left|leaves|departed|departs|cleared)';

/**
 * Goods moving again across a market just opened: "the packer air-freighted the first shipment
 * to China on Wednesday", "the first cargo of US beans arrived in Dalian". The first load is the
 * news; later ones are trade figures.
 */
export const shipment = defineKind({
  id: 'shipment',
  cue: /first|initial/i,
  themes: ['trade'],
  tag: 'shipment',
  verbal: [
    re(
      `\\b(?:shipped|ships|ship|air-?freights?|air-?freighted|sent|sends|delivered|delivers|exported|exports|loaded|loads|flew|flies)\\s+(?:the|its|their|a)\\s+(?:very\\s+)?(?:first|initial)\\s+(?:[\\w-]+\\s+){0,2}?${LOT}\\b`,
    ),
    re(`\\b(?:first|initial)\\s+(?:[\\w-]+\\s+){0,3}?${LOT}\\b(?:\\s+[\\w-]+){0,6}?\\s+${LEFT}\\b`),
    // "The first American beef bound for China in 13 years left the plant on Wednesday"
    re(
      `(?<=\\b[Tt]he\\s+first\\s+(?:American|US|U\\.S\\.|Chinese)\\s+(?:[\\w-]+\\s+){1,2}(?:bound|headed|destined)\\s+for\\s+(?:China|the\\s+United\\s+States|the\\s+US|America)\\b[^.;]{0,40}?)${LEFT}\\b`,
    ),
  ],
  nominal: [re('\\b(?:first|initial)\\s+(?:(?!of\\b)[\\w-]+\\s+){0,2}?shipments?\\b')],
  datedOnly: true,
  title: ({ subject, other, planned, primary }) => {
    // "bound for China", "from Nebraska to China": the market the goods go to says who sent
    // them, whichever side the sentence names first.
    const text = primary.segment.text;
    const to = DESTINATION.exec(text.slice(Math.max(0, primary.triggerStart - 80)))?.[1];
    const market = to === undefined ? other : /China/.test(to) ? 'China' : 'US';
    const sender = to === undefined ? subject : market === 'China' ? 'US' : 'China';
    return {
      title: `${sender} ${planned ? 'to send' : 'sends'} first shipment to ${market}`,
      slugParts: [sender, 'first-shipment'],
    };
  },
  examples: {
    detects: [
      'Two days later the packer air-freights the first shipment, about 40 boxes, to China.',
      'The first cargo of US sorghum cleared customs in Shenzhen on Monday.',
      'The first American pork bound for China in a decade left the plant on Wednesday.',
    ],
    ignores: ['The first quarter was weak.', 'This will be the first of many shipments.'],
  },
});
