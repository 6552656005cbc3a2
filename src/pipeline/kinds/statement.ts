import { defineKind } from './kindDefinition.ts';
import { re } from './patternParts.ts';

/**
 * A dated public word from one side: a post ("Trump wrote on Truth Social on Monday that the
 * talks went well"), an accusation, a spokesperson's statement.
 */
export const statement = defineKind({
  id: 'statement',
  cue: /wrote|posted|tweeted|writing|posting|accused|spokes|media\s+post|statement|speech|address|tone|express/i,
  themes: [],
  tag: 'statement',
  verbal: [
    re(
      '\\b(?:wrote|posted|tweeted|writing|posting)\\s+(?:afterwards\\s+|later\\s+)?on\\s+(?:Truth\\s+Social|X|Twitter|Weibo|social\\s+media)\\b',
    ),
    // "said Friday in a social media post"
    re(
      '\\bsaid\\s+(?:on\\s+)?(?:[A-Z][a-z]+day\\s+)?in\\s+an?\\s+(?:social\\s+media|Truth\\s+Social|online)\\s+post\\b',
    ),
    // "Late on Tuesday, the president accused Beijing of stalling on the purchases it promised."
    re(
      '\\baccused\\s+(?:China|Beijing|Washington|the\\s+(?:US|U\\.S\\.|United\\s+States)|the\\s+(?:Chinese|American|US|U\\.S\\.)\\s+(?:side|government))\\s+of\\b',
    ),
    // "The Chinese side issued a statement on Sunday": putting one out, not every "said in a
    // statement".
    re('\\b(?:issued|released|put\\s+out)\\s+an?\\s+(?:[\\w-]+\\s+){0,2}statement\\b'),
    // "The secretary gave a speech at a presidential library on Thursday": a set-piece speech is
    // a public word of its own, dated like a post (undated, it is colour: datedOnly).
    re(
      '\\b(?:gave|gives|giving|delivered|delivers|delivering)\\s+(?:an?\\s+|the\\s+|his\\s+|her\\s+)?(?:(?:[\\w-]+\\s+){0,2}?speech|(?:[\\w-]+\\s+)?(?:keynote|policy|major|televised|landmark|public)\\s+address)\\b',
    ),
    // "The ministry expressed strong dissatisfaction with the decision on Tuesday": the formula a
    // government uses to protest in words.
    re(
      "\\bexpress(?:ed|es)\\s+(?:(?:its|their|China[’']s|Beijing[’']s|the\\s+country[’']s)\\s+)?[“\"]?(?:strong|firm|grave|serious|deep)\\s+(?:dissatisfaction|opposition|concern)\\b",
    ),
    // "On Friday, a foreign ministry spokesman, Lin Qiao, said the move harms both sides."
    re(
      '\\b(?:ministry|government|embassy|department)\\s+spokes(?:man|woman|person)\\s+(?:,\\s*)?(?:[A-Z][a-z]+\\s+){1,3},?\\s*said\\b',
    ),
    // "The minister adopted a conciliatory tone on Sunday": a change
    // of tone in public is a statement, told by its tone.
    re(
      '\\b(?:struck|strikes|striking|sounded|sounds|adopted|adopts)\\s+an?\\s+(?:(?:much|more|far)\\s+)?(?:softer|conciliatory|gentler|calmer|harsher|tougher|defiant|combative|upbeat|optimistic|warmer|sharper)\\s+(?:tone|note)\\b',
    ),
  ],
  themesFromContext: true,
  neutralTakesArticleThemes: true,
  datedOnly: true,
  title: ({ subject, topic, primary }) => {
    // A spokesperson speaks for their side, whoever the sentence goes on to name.
    const text = primary.segment.text;
    const lead = text.slice(Math.max(0, primary.triggerStart - 30), primary.triggerEnd);
    const speaker = !/spokes/i.test(lead)
      ? subject
      : /\b(?:Chinese|China['’]s|Beijing['’]s)\b/.test(lead)
        ? 'China'
        : /\b(?:US|U\.S\.|American|State\s+Department)\b/.test(lead)
          ? 'US'
          : subject;
    return {
      title: `${speaker} statement${topic ? ` on ${topic}` : ''}`,
      slugParts: [speaker, 'statement', topic ?? ''],
    };
  },
  examples: {
    detects: [
      'Trump wrote on Truth Social that the talks went well.',
      'On Tuesday, the president accused China of dragging its feet on farm purchases.',
      'The commerce ministry spokesman Hu Lin said on Monday the step was unjustified.',
      'The president said Sunday in a social media post that the deal was off.',
      'The Chinese side issued a strongly worded statement on Saturday.',
      'The secretary of state gave a speech at a presidential library in California on Thursday.',
      'On Tuesday the commerce ministry expressed strong dissatisfaction with the new rule.',
      'The minister adopted a conciliatory tone in her remarks on Sunday.',
    ],
    ignores: [
      'He wrote a book about trade.',
      'The firm was accused of fraud by investors.',
      'The firm gave its address in Delaware.',
      'The orchestra struck a brighter note in the second half.',
    ],
  },
});
