import { FIRM_SIDES } from '../gazetteer.ts';
import { defineKind } from './kindDefinition.ts';
import { re } from './patternParts.ts';
import { regulatorOf } from './regulatorOf.ts';

/** The firms the gazetteer knows, as an alternation: "summoned Nvidia to explain". */
const KNOWN_FIRM = `(?:${FIRM_SIDES.map(([name]) => name).join('|')})`;
/** Who answers for a firm: "its representatives", "two executives of the chipmaker". */
const FIRM_PEOPLE =
  '(?:representatives|executives|managers|bosses|officials\\s+(?:of|from)\\s+(?:the\\s+)?(?:company|firm|chipmaker))';

/** What the firm is called in for: "to explain", "over data risks", "for talks". */
const TO_ANSWER =
  '(?:to\\s+(?:explain|answer|discuss|clarify)|over|for\\s+(?:talks|a\\s+meeting))\\b';
/**
 * A firm's people or "the company" summoned by an authority, not by a court or a board: "A court
 * summoned the company's managers" is a lawsuit. A firm named outright is a firm of one side.
 */
const BY_REGULATOR =
  '(?<=\\b(?:regulators?|watchdogs?|administration|ministry|agency|commission|authorities|government|Beijing|China|Washington)\\b[^.;]{0,60}?)';

/**
 * A regulator calls a firm in to answer for its products, a warning short of a ban: "The
 * internet regulator summoned the chipmaker's representatives over data risks in its new
 * processor", "summoned Apple to explain how it stores users' data".
 */
export const regulatorSummons = defineKind({
  id: 'regulator-summons',
  cue: /summon/i,
  themes: ['technology'],
  tag: 'regulator-summons',
  verbal: [
    re(
      `${BY_REGULATOR}\\bsummon(?:ed|s|ing)?\\s+(?:the\\s+)?(?:[\\w&’'-]+\\s+){0,3}?${FIRM_PEOPLE}\\b`,
    ),
    re(
      `\\bsummon(?:ed|s|ing)?\\s+(?:the\\s+)?(?:US\\s+|U\\.S\\.\\s+|American\\s+|Chinese\\s+)?${KNOWN_FIRM}(?:[’']s)?\\s+${TO_ANSWER}`,
    ),
    re(
      `${BY_REGULATOR}\\bsummon(?:ed|s|ing)?\\s+(?:the\\s+)?(?:US\\s+|U\\.S\\.\\s+|American\\s+|Chinese\\s+)?(?:company|firm|chipmaker|carmaker|platform)(?:[’']s)?\\s+${TO_ANSWER}`,
    ),
  ],
  title: (context) => {
    const { by, side, firm } = regulatorOf(context);
    const over = /\b(?:security|backdoors?|data|risks?|vulnerabilit)/i.test(
      context.primary.segment.text,
    )
      ? ' over security concerns'
      : '';
    return {
      title: `${by} summons ${firm ?? 'firm'}${over}`,
      slugParts: [side, 'summons', firm ?? 'firm'],
    };
  },
  examples: {
    detects: [
      "The internet regulator summoned the chipmaker's representatives on Tuesday over data risks in its new processor.",
      "Regulators summoned Apple to explain how it stores users' data.",
    ],
    ignores: [
      'The foreign ministry summoned the US ambassador on Friday.',
      'The court summoned two witnesses.',
      "A district court summoned the company's managers over unpaid wages.",
    ],
  },
});
