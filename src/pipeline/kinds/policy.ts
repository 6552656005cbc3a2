import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/** An order, law or rule: "Trump signed an executive order on Friday." */
export const policy = defineKind({
  id: 'policy',
  cue: /order|proclamation|memorandum|directive|bill|law|emergency|rule|regulation|replacement|ban|measure|requirement|prohibition|investment|framework/i,
  themes: [],
  tag: 'policy',
  verbal: [
    re(
      `\\b(?:signed|signs|sign|signing|issued|issues)\\s+(?:an?\\s+|the\\s+)?${GAP(2)}(?:executive\\s+orders?|orders?|proclamations?|memorand(?:um|a)|directives?|bill|law)\\b`,
    ),
    // "The president said he would issue an executive order on Friday": the base form after a
    // modal or "to" is the order planned ("issue" alone, a noun, names no act).
    re(
      `(?<=\\b(?:will|would|to|shall)\\s+)issue\\s+(?:an?\\s+|the\\s+)?${GAP(2)}(?:executive\\s+orders?|proclamations?|memorand(?:um|a)|directives?)\\b`,
    ),
    re(
      `\\b(?:executive\\s+order|order|proclamation|memorandum|directive)\\s+(?:that\\s+)?(?:[A-Z][\\w.]*\\s+){1,3}(?:signed|issued)\\b`,
    ),
    // "Last spring the president widened his predecessor's ban on US investment in the firms to
    // 40 more names": a ban on investing, made wider (or first imposed), is a new order, as the
    // first one was, whoever made that.
    re(
      `\\b(?:widen|expand|broaden|extend|tighten|impos)\\w*\\s+${GAP(4)}(?:ban|bar|prohibition|restrictions?|curbs?|limits?)\\s+on\\s+(?:[\\w.-]+\\s+){0,2}?investments?\\b`,
    ),
    // "An executive order signed in May 2021 bars the purchases", "Order 14032, issued on June 3,
    // lists the firms": an order named with its signing in a reduced clause was signed then.
    re(
      `\\b(?:[Ee]xecutive\\s+[Oo]rder|[Oo]rder|[Pp]roclamation|[Mm]emorandum|[Dd]irective)(?:\\s+(?:No\\.\\s*)?\\d+)?,?\\s+(?:signed|issued)(?=\\s+(?:on|in|last|by)\\b)`,
    ),
    re('\\bdeclar(?:ed|es|e|ing)\\s+(?:a\\s+)?national\\s+emergency\\b'),
    re(
      `\\b(?:publish|issu|unveil|introduc|finali[sz]|scrap|rescind|repeal|withdr[ae]w|revers|replac)\\w*\\s+${GAP(4)}(?:rule|regulation|replacement)\\b`,
    ),
    // "The two agencies released proposed rules on Friday defining which suppliers count as
    // foreign-controlled": a draft rule put out for comment is a step of the rule-making.
    re(
      `\\b(?:released|releases|published|publishes|issued|issues|unveiled|unveils)\\s+(?:new\\s+|its\\s+|their\\s+|the\\s+)?(?:proposed|draft)\\s+(?:[\\w-]+\\s+)?(?:rules|regulations|guidance)\\b`,
    ),
    // "The ministry released a new framework on Friday capping chip sales abroad": one side's
    // framework is a rule it makes (a deal's framework is reached, struck or agreed).
    re(
      `\\b(?:released|releases|issued|issues|published|publishes|rolled\\s+out)\\s+${GAP(4)}framework\\b`,
    ),
    // "The requirement came into force on Friday": the day a measure starts to bind is a step of
    // its own. Told of several measures in the main clause ("both measures took effect
    // Thursday"), it retells the act the article has just told, and joins it.
    re(
      `\\b(?:law|rule|regulation|ban|order|measure|requirement)\\b\\s+(?:[\\w’'-]+\\s+){0,10}?(?:(?:took|takes|take|went|goes|go)\\s+(?:effect|into\\s+effect)|(?:came|comes|come|entered|enters|enter)\\s+into\\s+force)\\b`,
    ),
    // "The rules, which take effect on March 1, cover two kinds of alloy": an aside that tells
    // when the rules start to bind, while the sentence says what they cover, is the in-force
    // step on its own day.
    re(
      `\\b(?:rules|regulations|requirements|curbs|controls|restrictions),\\s+which\\s+(?:will\\s+)?(?:take|took|go|went|come|came|enter|entered)\\s+(?:effect|into\\s+effect|into\\s+force)\\b(?=[^,]*,\\s+(?:cover|apply|target|require|affect|limit|bar|ban)\\w*\\b)`,
    ),
    // "will suspend for a year its rule announced on September 29": a rule named by when it was
    // made tells that it was made then, though the sentence's news is something else.
    re(
      `\\b(?:rule|regulation|order|directive)s?\\s+(?:(?:it|they|Washington|Beijing)\\s+)?(?:announced|issued|published|unveiled|adopted)(?=\\s+(?:on|in)\\s)`,
    ),
  ],
  themesFromContext: true,
  neutralTakesArticleThemes: true,
  measure: true,
  title: ({ subject, topic, planned, action, trigger }) => {
    // "Biden widens investment ban": a ban on buying into firms says what the measure is.
    if (/\bban\s+on\s+(?:[\w-]+\s+){0,2}?investments?\b/.test(trigger)) {
      const widens = action === 'tighten' || action === 'extend';
      return {
        title: `${subject} ${planned ? (widens ? 'to widen' : 'to impose') : widens ? 'widens' : 'imposes'} investment ban`,
        slugParts: [subject, 'investment-ban'],
      };
    }
    const verb = planned ? 'to issue' : action === 'lift' ? 'scraps' : 'issues';
    return {
      title: `${subject} ${verb} ${topic ? `${topic} ` : ''}policy measure`,
      slugParts: [subject, 'policy', action === 'lift' ? 'repeal' : '', topic ?? ''],
    };
  },
  examples: {
    detects: [
      'Trump signed an executive order on Friday.',
      'The president said he would issue an executive order on Friday to delay the ban.',
      'An executive order signed in May 2021 bars the purchases.',
      'Order 14032, issued on June 3, lists the firms.',
      "Last spring the president widened his predecessor's ban on US investment in the firms to 40 more names.",
      'The department will pause for a year its rule announced on March 3 that covers subsidiaries.',
      'The ministry published a new framework on Friday for screening foreign takeovers.',
      'The rules, which take effect on March 1, cover two kinds of alloy.',
      'The requirement that buyers register their imports came into force on Friday.',
      'The two agencies released proposed rules on Friday defining which suppliers count as foreign-controlled.',
    ],
    ignores: [
      'The court upheld the law in a short ruling.',
      'Investment in the plant widened the gap between the two firms.',
      'The rules of the game came into view on Friday.',
      'The club released its new rules for the tournament draw.',
    ],
  },
});
