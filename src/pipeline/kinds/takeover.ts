import { defineKind } from './kindDefinition.ts';
import { re } from './patternParts.ts';

/** What a company buys when it buys a company, not goods: "the Dutch chipmaker", "its China unit". */
const TARGET =
  '(?:(?:a|an|the|its|their)\\s+)?(?:[\\w$.,-]+\\s+){0,4}?(?:company|firm|chipmaker|chip\\s+designer|maker|foundry|rival|unit|business|division|subsidiary|operator|start-?up|stake|group)\\b';
/** "its purchase of the Israeli chipmaker", never "its purchase of US soybeans". */
const DEAL_NOUN = `(?:merger|acquisition|takeover|buyout|transaction|tie-up|purchase(?=\\s+of\\s+${TARGET}))`;
/**
 * A deal between companies is US–China news when a side or its reviewers stand in the sentence:
 * "could not obtain CFIUS clearance", "after Chinese regulators failed to approve it".
 */
const SIDE_WORD =
  '(?:China|Chinese|Beijing|US|U\\.S\\.|United\\s+States|American|Washington|CFIUS|SAMR|Committee\\s+on\\s+Foreign\\s+Investment|State\\s+Administration\\s+for\\s+Market\\s+Regulation)\\b';
const WITH_A_SIDE = `(?:(?<=\\b${SIDE_WORD}[^;]{0,200})|(?=[^;]{0,200}?\\b${SIDE_WORD}))`;

const ENDS = /^(?:agreed\s+to\s+)?(?:terminat|end|call|abandon|scrap|walk|drop|cancel)/i;
const COMPLETES = /^complet|^clos/i;
const SOLD = /be\s+(?:acquired|bought|taken\s+over)/i;

/** A company's name: up to three capitalised words ("Ant Financial", "Widget Pay"). */
const NAME = "((?:[A-Z][\\w&'’.-]*\\s+){0,2}[A-Z][\\w&'’.-]*)";
/** A day opening the sentence: "On Tuesday, January 2, ". */
const DAY_OPENING = '^(?:On\\s+[A-Z][a-z]+(?:,\\s+[A-Z][a-z]+\\s+\\d{1,2})?,\\s+)?';
/** The company told first in the sentence: "MoneyGram, based in Dallas, and Ant Financial" → MoneyGram. */
const FIRST_NAME = new RegExp(`${DAY_OPENING}(?:The\\s+)?${NAME}`);
/** "The US chipmaker", "A Chinese state-backed fund": a company the sentence does not name. */
const DESCRIBED =
  /^(?:The|A|An)\s+((?:[\w-]+\s+){0,3}?(?:company|firm|chipmaker|fund|group|maker|designer))\b/;
/** "to be acquired by a Chinese-backed private equity fund" → the buyer, described or named. */
const BUYER_AFTER = new RegExp(
  `^\\s+(?:(?:a|an|the)\\s+)?(?:((?:[\\w-]+\\s+){0,4}?(?:fund|firm|company|group|investor|consortium))\\b|${NAME})`,
);
/** "MoneyGram, based in Dallas, and Ant Financial said": both parties, each by its name. */
const NAMED_PAIR = new RegExp(`${DAY_OPENING}${NAME}(?:,[^,]{1,80},)?\\s+and\\s+${NAME}`);
/** "Intel Corp. has called off": the name right before the verb, its legal form dropped. */
const NAME_BEFORE =
  /((?:[A-Z][\w&'’-]*\s+){0,2}[A-Z][\w&'’-]*)(?:\s+(?:Corp|Inc|Ltd|Co)\.?)?\s+(?:(?:has|had|have|also|formally)\s+){0,2}$/;
/** "The two companies said …": the parties are told by what they are. */
const PAIR_OPENING = /^(?:The\s+)?(?:two|both)\s+(?:companies|firms|groups)\b/i;

/**
 * One company's deal to buy another across the two sides, and its end: "agreed to be acquired by
 * a Chinese-backed fund", "had agreed to terminate their merger agreement because they could not
 * obtain CFIUS clearance", "completed its acquisition of the Israeli chip firm".
 */
export const takeover = defineKind({
  id: 'takeover',
  cue: /merger|acqui|takeover|buyout|transaction|bid\b|tie-up|to\s+buy|purchase/i,
  themes: ['trade'],
  tag: 'takeover',
  verbal: [
    // "agreed to terminate their amended merger agreement", "called off the $44 billion takeover".
    re(
      `\\b(?:(?:agreed|agree|agrees)\\s+to\\s+)?(?:terminat(?:ed|e|es|ing)|end(?:ed|s|ing)?|call(?:ed|s|ing)?\\s+off|abandon(?:ed|s|ing)?|scrap(?:ped|s|ping)?|walk(?:ed|s|ing)?\\s+away\\s+from|drop(?:ped|s|ping)?|cancel(?:l?ed|s|l?ing)?)\\s+(?:the|its|their|a)\\s+(?:[\\w$.-]+\\s+){0,3}?(?:${DEAL_NOUN}(?:\\s+agreement)?|bid)\\b(?!\\s+talks)${WITH_A_SIDE}`,
    ),
    // "agreed in November 2016 to be acquired by a Chinese-backed fund".
    re(
      `\\b(?:agreed|agrees)\\s+(?:(?:in|on)\\s+[A-Z][a-z]+(?:\\s+\\d{1,2},?)?(?:\\s+\\d{4})?\\s+)?to\\s+be\\s+(?:acquired|bought|taken\\s+over)\\s+by\\b${WITH_A_SIDE}`,
    ),
    // "completed its acquisition of the Israeli chip firm".
    re(
      `\\b(?:completed|completes|closed|closes)\\s+(?:its|the|their)\\s+(?:[\\w$.-]+\\s+){0,3}?(?:acquisition|purchase|takeover|merger)\\s+(?:of|with)\\b${WITH_A_SIDE}`,
    ),
    // "announced a deal on Monday to buy the US memory maker", "agreed to acquire the foundry".
    re(
      `\\b(?:(?:announced|struck|reached|signed)\\s+(?:a|an)\\s+(?:[\\w$.-]+\\s+){0,3}?(?:deal|agreement|offer)\\s+(?:on\\s+[A-Z][a-z]+day\\s+)?to|(?:agreed|agrees)\\s+to)\\s+(?:buy|acquire|take\\s+over)\\s+${TARGET}${WITH_A_SIDE}`,
    ),
  ],
  title: ({ subject, planned, primary, trigger }) => {
    const text = primary.segment.text;
    const described = DESCRIBED.exec(text)?.[1];
    const named = FIRST_NAME.exec(text)?.[1];
    const before = NAME_BEFORE.exec(text.slice(0, primary.triggerStart))?.[1];
    const both = NAMED_PAIR.exec(text);
    const pair = both !== null || PAIR_OPENING.test(text);
    const who =
      before !== undefined && !pair
        ? before
        : described !== undefined
          ? described.charAt(0).toUpperCase() + described.slice(1)
          : pair
            ? both === null
              ? 'Firms'
              : `${both[1] ?? ''} and ${both[2] ?? ''}`
            : named !== undefined && !/^(?:The|A|An|Two|Both)\b/.test(named)
              ? named
              : subject;
    const does = (present: string, base: string): string =>
      planned ? `to ${base}` : pair ? base : present;
    if (ENDS.test(trigger)) {
      return {
        title: `${who} ${does('calls off', 'call off')} takeover`,
        slugParts: [who, 'takeover', 'called', 'off'],
      };
    }
    if (COMPLETES.test(trigger)) {
      return {
        title: `${who} ${does('completes', 'complete')} takeover`,
        slugParts: [who, 'takeover', 'completed'],
      };
    }
    if (SOLD.test(trigger)) {
      const after = BUYER_AFTER.exec(text.slice(primary.triggerEnd));
      const buyer = after?.[1] ?? after?.[2];
      return {
        title: `${who} ${does('agrees', 'agree')} to be acquired${buyer === undefined ? '' : ` by ${buyer}`}`,
        slugParts: [who, 'takeover', 'agreed'],
      };
    }
    return {
      title: `${who} ${does('agrees', 'agree')} takeover`,
      slugParts: [who, 'takeover', 'agreed'],
    };
  },
  examples: {
    detects: [
      'The two firms said on Tuesday they had agreed to terminate their merger agreement because they could not obtain CFIUS clearance.',
      'The chip designer agreed in November 2016 to be acquired by a Chinese-backed fund for $1.3 billion.',
      'The US company completed its acquisition of the Israeli chip firm in June.',
      'A Chinese state-backed fund announced a deal on Monday to buy the US memory maker.',
      'The US chipmaker called off its takeover of the foundry after Chinese regulators failed to approve it.',
    ],
    ignores: [
      'The two bakeries agreed to end their merger talks.',
      'The retailer completed its acquisition of a German rival on Monday.',
      'China agreed to buy more US soybeans.',
    ],
  },
});
