import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/** An order, law or rule: "Trump signed an executive order on Friday." */
export const policy = defineKind({
  id: 'policy',
  cue: /order|proclamation|memorandum|directive|bill|law|emergency|rule|regulation|replacement|ban|measure|requirement|prohibition|investment/i,
  themes: [],
  tag: 'policy',
  verbal: [
    re(
      `\\b(?:signed|signs|sign|signing|issued|issues)\\s+(?:an?\\s+|the\\s+)?${GAP(2)}(?:executive\\s+orders?|orders?|proclamations?|memorand(?:um|a)|directives?|bill|law)\\b`,
    ),
    re(
      `\\b(?:executive\\s+order|order|proclamation|memorandum|directive)\\s+(?:that\\s+)?(?:[A-Z][\\w.]*\\s+){1,3}(?:signed|issued)\\b`,
    ),
    // "Last spring the president widened his predecessor's ban on US investment in the firms to
    // 40 more names": a ban on investing, made wider, is a new order, as the first one was.
    re(
      `\\b(?:widen|expand|broaden|extend|tighten)\\w*\\s+${GAP(4)}(?:ban|bar|prohibition|restrictions?|curbs?|limits?)\\s+on\\s+(?:American\\s+|US\\s+|U\\.S\\.\\s+|outbound\\s+|new\\s+)?investments?\\b`,
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
    re(
      `\\b(?:law|rule|regulation|ban|order|measure|requirement)\\b\\s+(?:[\\w’'-]+\\s+){0,10}?(?:took|takes|take|went|goes|go)\\s+(?:effect|into\\s+effect)\\b`,
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
  title: ({ subject, topic, planned, action }) => {
    const verb = planned ? 'to issue' : action === 'lift' ? 'scraps' : 'issues';
    return {
      title: `${subject} ${verb} ${topic ? `${topic} ` : ''}policy measure`,
      slugParts: [subject, 'policy', action === 'lift' ? 'repeal' : '', topic ?? ''],
    };
  },
  examples: {
    detects: [
      'Trump signed an executive order on Friday.',
      'An executive order signed in May 2021 bars the purchases.',
      'Order 14032, issued on June 3, lists the firms.',
      "Last spring the president widened his predecessor's ban on US investment in the firms to 40 more names.",
      'The department will pause for a year its rule announced on March 3 that covers subsidiaries.',
    ],
    ignores: [
      'The court upheld the law in a short ruling.',
      'Investment in the plant widened the gap between the two firms.',
    ],
  },
});
