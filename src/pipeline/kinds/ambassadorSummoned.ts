import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/** Also as a title before the name: "summoned Ambassador Lin Hai on Thursday". */
const ENVOY = "(?:[Aa]mbassador|[Ee]nvoy|[Cc]harg[eé]\\s+d[’']affaires|diplomats?)";

/**
 * A formal protest to the other side's envoy: "The foreign ministry summoned the US ambassador",
 * or, in the ministries' own words, "lodged solemn representations with the US Embassy".
 */
export const ambassadorSummoned = defineKind({
  id: 'ambassador-summoned',
  cue: /summon|lodg/i,
  themes: ['diplomacy'],
  tag: 'ambassador-summoned',
  verbal: [
    re(`\\bsummon(?:ed|s|ing)?\\s+${GAP(4)}${ENVOY}\\b`),
    re(`\\b${ENVOY}\\s+${GAP(6)}(?:was|were|had\\s+been|has\\s+been)\\s+summoned\\b`),
    re(
      `\\blodg(?:ed|es|ing)\\s+(?:an?\\s+)?(?:(?:solemn|stern|strong|serious|formal)\\s+)?(?:representations|protests?|complaints?)\\s+with\\s+(?:the\\s+)?(?:U\\.S\\.|US|American|Chinese|China['’]s)\\s+(?:[Ee]mbassy|side|government)\\b`,
    ),
  ],
  title: ({ subject, other, trigger: told }) => {
    if (/^lodg/i.test(told)) {
      // The embassy named is the other side's, whoever else the sentence names first.
      const toUs = /\bwith\s+(?:the\s+)?(?:U\.S\.|US|American)\s/.test(told);
      const toChina = /\bwith\s+(?:the\s+)?(?:Chinese|China['’]s)\s/.test(told);
      const by = toUs ? 'China' : toChina ? 'US' : subject;
      const to = toUs ? 'US' : toChina ? 'China' : other;
      // "with the US side": a protest to the government, not to its embassy.
      const embassy = /[Ee]mbassy$/.test(told);
      return {
        title: `${by} lodges protest with ${to}${embassy ? ' embassy' : ''}`,
        slugParts: [by, 'protest', to, embassy ? 'embassy' : ''],
      };
    }
    // "Wang Yi summoned the US ambassador": the envoy's country says whose side summoned.
    const ofUs = /\b(?:U\.S\.|US|American)\s+(?:ambassador|envoy|charg|diplomat)/i.test(told);
    const ofChina = /\b(?:Chinese|China['’]s)\s+(?:ambassador|envoy|charg|diplomat)/i.test(told);
    const by = ofUs ? 'China' : ofChina ? 'US' : subject;
    const envoy = ofUs ? 'US' : ofChina ? 'China' : other;
    return {
      title: `${by} summons ${envoy} ambassador`,
      slugParts: [by, 'summons', envoy, 'ambassador'],
    };
  },
  examples: {
    detects: [
      'The Foreign Ministry summoned the US ambassador late on Tuesday to protest.',
      'On Monday, a vice minister lodged stern representations with the US Embassy in Beijing.',
      'The State Department summoned Ambassador Lin Hai on Thursday over the drills.',
    ],
    ignores: ['The ambassador gave a speech on trade.'],
  },
});
