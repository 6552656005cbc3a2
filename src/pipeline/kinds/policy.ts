import { defineKind } from './kindDefinition.ts';
import { GAP, RELATIVE_AGENT, re } from './patternParts.ts';

/** What makes a rule a step of rule-making: "final rule", "proposed rule", "interim final rule". */
const RULE_STEP = '(?:final|interim\\s+final|proposed|draft)';
const MONTH_DAY = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}\\b';

/**
 * The step of rule-making a trigger tells: "an advance notice", "a proposed rule", "published in
 * the Federal Register", "a final rule", "they took effect" / "is effective"; null for any
 * other act (an order signed, a ban widened).
 */
function ruleStep(trigger: string): 'notice' | 'propose' | 'publish' | 'final' | 'in-force' | null {
  if (/\badvance\s+notice\b/i.test(trigger)) return 'notice';
  if (/\b(?:proposed|draft)\s/i.test(trigger)) return 'propose';
  if (/\bFederal\s+Register\b/i.test(trigger)) return 'publish';
  if (/\bfinal\s|\bfinali[sz]/i.test(trigger)) return 'final';
  if (/\b(?:effect|force|effective)$/i.test(trigger)) return 'in-force';
  return null;
}

/** "ordered ByteDance to divest", "told the app's Chinese owners to sell their stake". */
const DIVEST_ORDER =
  "(?:told|tells|ordered|orders|demanded|demands|required|requires|instructed)\\s+(?:(?:the\\s+)?(?:app|firm|company)[’']s\\s+|its\\s+)?(?:(?:Chinese|American|US)\\s+)?(?:[A-Z][\\w.&-]*(?:\\s+[A-Z][\\w.&-]*){0,2}(?:[’']s)?\\s+)?(?:(?:owners|parent|shareholders|investors)\\s+)?to\\s+(?:sell|divest|spin\\s+off|dispose\\s+of)\\b";
const DIVESTS = new RegExp(`^${DIVEST_ORDER}`);

/** The instruments a measure is made by, as a title names them. */
const INSTRUMENT =
  /\b(?:presidential\s+)?(?:proclamation|executive\s+order|memorandum|directive)\b/i;

/** An order, law or rule: "Trump signed an executive order on Friday." */
export const policy = defineKind({
  id: 'policy',
  cue: /memo|order|told|tells|demand|requir|instruct|advisory|Register|effect|change|notice|proclamation|memorandum|directive|bill|law|emergency|rule|regulation|replacement|ban|measure|requirement|prohibition|investment|framework/i,
  themes: [],
  tag: 'policy',
  verbal: [
    re(
      `\\b(?:signed|signs|sign|signing|issued|issues)\\s+(?:an?\\s+|the\\s+)?${GAP(2)}(?:executive\\s+orders?|orders?|proclamations?|memorand(?:um|a)|memos?|directives?|bill|law)\\b`,
    ),
    // "the device ban, which President Biden signed at the end of December": the measure, then
    // who signed it.
    re(
      `(?<=\\b(?:ban|order|memo|memorandum|directive|proclamation),\\s+(?:which|that)\\s+(?:(?:former|then)\\s+)?(?:(?:President|Governor)\\s+)?(?:[A-Z][\\w.-]+\\s+){1,2})signed\\b`,
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
    // "Late on Friday the White House put out a national security memo on foreign investment": a
    // government's memo of policy is an order in all but name.
    re(
      `\\b(?:signed|signs|issued|issues|put\\s+out|puts\\s+out|released|releases|unveiled|unveils)\\s+(?:an?\\s+|the\\s+|its\\s+)?(?:new\\s+)?(?:national[\\s-]security|presidential|White\\s+House)\\s+(?:memo|memorandum|directive)\\b`,
    ),
    re('\\bdeclar(?:ed|es|e|ing)\\s+(?:a\\s+)?national\\s+emergency\\b'),
    // "The move followed a July 1 business advisory from four departments": a government's
    // warning to firms, dated by the date before it.
    re(
      '(?<=\\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2}\\s+)(?:business|supply[\\s-]chain)\\s+advisory\\b',
    ),
    // "the four departments jointly issued a Hong Kong Business Advisory"
    re(
      '\\b(?:issued|issues|released|releases|updated|updates)\\s+(?:an?\\s+|the\\s+|its\\s+)?(?:[A-Z][\\w-]*\\s+){0,3}[Bb]usiness\\s+[Aa]dvisory\\b',
    ),
    // "The investment panel told the app's owners to sell their shares or face a ban": a
    // government ordering a firm sold is an order, whatever verb tells it.
    re(`\\b${DIVEST_ORDER}`),
    // "The ministry finalized the rules in June": the plural is the same act as "the rule".
    re(
      `\\b(?:publish|issu|unveil|introduc|finali[sz]|scrap|rescind|repeal|withdr[ae]w|revers|replac)\\w*\\s+${GAP(4)}(?:rule|regulation|replacement)s?\\b`,
    ),
    // "The agency put out a final rule on drone parts on Monday", "the department released its
    // interim final regulations": a rule named final or proposed is a step of rule-making, however
    // plain the verb that puts it out.
    re(
      `\\b(?:released|releases|put\\s+out|puts\\s+out|posted|posts|issued|issues|published|publishes|unveiled|unveils|adopted|adopts|announced|announces)\\s+(?:an?\\s+|the\\s+|its\\s+|their\\s+)?(?:new\\s+)?${RULE_STEP}\\s+(?:[\\w-]+\\s+){0,3}?(?:rules?|regulations?)\\b`,
    ),
    // "The regulator followed with a proposed rule on May 3", "the ministry opened the process with
    // an advance notice in March": a step of rule-making named as what an agency came out with.
    re(
      `\\b(?:followed|follows|opened|opens|began|begins|started|starts|came\\s+out|comes\\s+out)\\s+(?:up\\s+)?(?:the\\s+(?:process|rulemaking|rule-making)\\s+)?with\\s+(?:an?\\s+|its\\s+)?(?:${RULE_STEP}\\s+(?:[\\w-]+\\s+){0,3}?(?:rules?|regulations?)|advance\\s+notice(?:\\s+of\\s+proposed\\s+rule-?making)?)\\b`,
    ),
    // "The rules were published in the Federal Register on Monday": the official printing is a
    // step of its own, told when it is done and dated.
    re(
      `\\b(?:was|were|been|is|are)\\s+(?:formally\\s+|officially\\s+)?published\\s+in\\s+the\\s+Federal\\s+Register(?=\\s+(?:on|in|last)\\s+[A-Z0-9])`,
    ),
    // "The order applies at once and is set to be printed in the Federal Register next week":
    // the printing still ahead, planned until its day.
    re(
      `\\b(?:is|are|was|were)\\s+(?:due|set|scheduled|expected)\\s+to\\s+(?:appear|be\\s+(?:published|printed))\\s+in\\s+the\\s+Federal\\s+Register\\b`,
    ),
    // "It was printed in the Federal Register on Monday and takes effect on June 2": the second
    // step, told in the same breath as the printing.
    re(
      `(?<=\\bFederal\\s+Register\\s+(?:[\\w’'-]+\\s+){0,3}?and\\s+)(?:takes|took|will\\s+take)\\s+effect\\b`,
    ),
    // "The agency finalized the rules in May, and they took effect on July 1": the rules' start,
    // told by a pronoun in the clause after the one that made them.
    re(
      `(?<=\\b(?:rules?|regulations?|requirements?)\\b[^.;]{0,60}?,?\\s+and\\s+)(?:they|it)\\s+(?:took|take|takes|will\\s+take)\\s+effect\\b`,
    ),
    // "The notice, a rule the agency posted on Monday that drops two plants": a rule named by
    // who put it out, object first, was put out then.
    re(
      `\\brules?\\s+(?:${RELATIVE_AGENT}|(?:the\\s+)?(?:[A-Z][\\w.&’'-]*\\s+(?:of\\s+(?:the\\s+)?)?){1,5})(?:posted|issued|published|released|unveiled|finali[sz]ed)(?=\\s+(?:on|in|last)\\b)`,
    ),
    // "The rule is effective March 3": the day a rule binds, told with "effective".
    re(
      `\\b(?:rules?|regulations?|requirements?|measures?)\\s+(?:(?!and\\b)[\\w’'-]+\\s+){0,6}?(?:is|are|will\\s+be|becomes|become|became|was|were)\\s+effective(?=\\s+(?:on\\s+|from\\s+|as\\s+of\\s+)?${MONTH_DAY})`,
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
    // "The requirement came into force on Friday", "the listing took effect on Friday": the day a
    // measure starts to bind is a step of its own. Told of several measures in the main clause ("both measures took effect
    // Thursday"), it retells the act the article has just told, and joins it.
    re(
      `\\b(?:law|rule|regulation|ban|order|measure|requirement|change|listings?|designations?)\\b\\s+(?:(?!and\\b)[\\w’'-]+\\s+){0,10}?(?:(?:took|takes|take|went|goes|go)\\s+(?:effect|into\\s+effect)|(?:came|comes|come|entered|enters|enter)\\s+into\\s+force)\\b`,
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
  // A rule proposed in June and printed in July are two steps, though one rule and one summer.
  stepOf: (trigger) => {
    const step = ruleStep(trigger);
    return step === 'notice' || step === 'propose' || step === 'publish' ? step : 'make';
  },
  title: ({ subject, topic, planned, action, trigger }) => {
    // "Biden widens investment ban": a ban on buying into firms says what the measure is.
    if (/\bban\s+on\s+(?:[\w-]+\s+){0,2}?investments?\b/.test(trigger)) {
      const widens = action === 'tighten' || action === 'extend';
      return {
        title: `${subject} ${planned ? (widens ? 'to widen' : 'to impose') : widens ? 'widens' : 'imposes'} investment ban`,
        slugParts: [subject, 'investment-ban'],
      };
    }
    const step = ruleStep(trigger);
    const rule = `${topic ? `${topic} ` : ''}rule`;
    if (step === 'notice') {
      return {
        title: `${subject} ${planned ? 'to open' : 'opens'} ${rule}-making with advance notice`,
        slugParts: [subject, 'advance-notice', topic ?? ''],
      };
    }
    if (step === 'propose') {
      return {
        title: `${subject} ${planned ? 'to propose' : 'proposes'} ${rule}`,
        slugParts: [subject, 'proposed-rule', topic ?? ''],
      };
    }
    if (step === 'publish') {
      return {
        title: `${subject} ${rule} ${planned ? 'to appear' : 'appears'} in Federal Register`,
        slugParts: [subject, 'rule-published', topic ?? ''],
      };
    }
    if (step === 'final') {
      return {
        title: `${subject} ${planned ? 'to issue' : 'issues'} final ${rule}`,
        slugParts: [subject, 'final-rule', topic ?? ''],
      };
    }
    if (step === 'in-force') {
      // "The ban took effect", "they took effect": the measure the trigger names, else a rule.
      const noun =
        /^(?:law|rule|regulation|ban|order|measure|requirement|change|listing|designation)s?\b/i.exec(
          trigger,
        );
      const what = `${topic ? `${topic} ` : ''}${noun?.[0].toLowerCase().replace(/s$/, '') ?? 'rule'}`;
      return {
        title: `${subject} ${what} ${planned ? 'to take effect' : 'takes effect'}`,
        slugParts: [subject, 'rule-in-force', topic ?? ''],
      };
    }
    if (DIVESTS.test(trigger)) {
      const firm =
        /\b([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}?)(?:[’']s)?\s+(?:(?:owners|parent|shareholders|investors)\s+)?to\s/.exec(
          trigger,
        )?.[1];
      return {
        title: `${subject} ${planned ? 'to order' : 'orders'} ${firm ?? 'firm'} sold`,
        slugParts: [subject, 'orders', firm ?? '', 'sale'],
      };
    }
    const verb = planned ? 'to issue' : action === 'lift' ? 'scraps' : 'issues';
    // "Presidential Proclamation 10043, signed on May 29": the instrument names the measure.
    const instrument = INSTRUMENT.exec(trigger)?.[0].toLowerCase();
    if (instrument !== undefined) {
      return {
        title: `${subject} ${verb} ${topic ? `${topic} ` : ''}${instrument}`,
        slugParts: [subject, instrument, action === 'lift' ? 'repeal' : '', topic ?? ''],
      };
    }
    return {
      title: `${subject} ${verb} ${topic ? `${topic} ` : ''}policy measure`,
      slugParts: [subject, 'policy', action === 'lift' ? 'repeal' : '', topic ?? ''],
    };
  },
  examples: {
    detects: [
      'Trump signed an executive order on Friday.',
      'The visa rule is expected to be printed in the Federal Register next Monday.',
      'The listing followed a July 1 business advisory from four departments.',
      'On May 2 four departments jointly issued a Hong Kong Business Advisory.',
      "Last week the investment review panel told ZipApp's owners to sell their shares or face a ban.",
      'The president signed a memo on August 14 telling his trade envoy to look at the practices.',
      'The rules build on the device ban, which President Smith signed at the end of December.',
      'The president said he would issue an executive order on Friday to delay the ban.',
      'An executive order signed in May 2021 bars the purchases.',
      'Order 14032, issued on June 3, lists the firms.',
      "Last spring the president widened his predecessor's ban on US investment in the firms to 40 more names.",
      'The department will pause for a year its rule announced on March 3 that covers subsidiaries.',
      'The ministry published a new framework on Friday for screening foreign takeovers.',
      'The rules, which take effect on March 1, cover two kinds of alloy.',
      'The requirement that buyers register their imports came into force on Friday.',
      'The two agencies released proposed rules on Friday defining which suppliers count as foreign-controlled.',
      'On Monday the Commerce Department put out a final rule on drone parts made in China.',
      'The Treasury Department issued its final outbound investment regulations on Monday.',
      'The regulator followed with a proposed rule on May 3 covering chip design software.',
      'The department opened the process with an advance notice in March.',
      'The rules were published in the Federal Register on Monday.',
      'The agency finalized the rules in May, and they took effect on July 1.',
      'The rule is effective June 2, 2025, and applies to deals signed after that date.',
      'The move mirrors a rule the Commerce Department posted last Friday that drops two plants.',
      'The change takes effect in 90 days, on March 31.',
      'Late on Friday the White House put out a national security memo on foreign investment.',
    ],
    ignores: [
      'The court upheld the law in a short ruling.',
      'Investment in the plant widened the gap between the two firms.',
      'The rules of the game came into view on Friday.',
      'The club released its new rules for the tournament draw.',
      'The coach put out a final squad list on Monday.',
      'The paper was published in a journal on Monday.',
      'The schedule is effective immediately.',
      'The firm released a memo to its staff on Friday.',
    ],
  },
});
