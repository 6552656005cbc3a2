import { ANNOUNCED_PLAN } from '../announcedPlan.ts';
import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

const PEOPLE =
  /\b(?:students|researchers|scholars|nationals|citizens|travell?ers|visitors|academics)\b/;

/** Who may enter: "The State Department will revoke visas of Chinese students." */
export const visas = defineKind({
  id: 'visas',
  cue: /visa|entry/i,
  themes: ['diplomacy'],
  tag: 'visas',
  verbal: [
    // 'would "swiftly cancel" visas': a quoted verb is followed by its closing quote.
    re(
      `\\b(?:revok|cancel|suspend|restrict|deny|denie|paus|halt|tighten|expand|resum|limit|bar|ban|block|scrutini[sz]|screen|vet)\\w*["”’']?\\s+${GAP(6)}visas?\\b`,
    ),
    re(
      `\\bvisas?\\s+${GAP(6)}(?:were|was|will\\s+be|would\\s+be)\\s+(?:revoked|cancel+ed|suspended|restricted|denied|paused|halted)\\b`,
    ),
    // "signed an order that suspended entry for Chinese doctoral students in some fields": the
    // trigger starts at "entry", since the suspending is a curb, not a pause of one. Only for
    // people of a country: a museum also suspends entry for visitors.
    re(
      `(?<=\\b(?:suspend|bar|barr|ban|bann|restrict|block|den[yi]|halt|limit)\\w*\\s+(?:the\\s+)?)entry\\s+(?:(?:into|to)\\s+(?:the\\s+)?(?:US|U\\.S\\.|United\\s+States|China|country)\\s+)?(?:of|for|to)\\s+${GAP(2)}(?:Chinese|American|US|U\\.S\\.|foreign)\\s+${GAP(3)}(?:students|researchers|scholars|nationals|citizens|travell?ers|visitors|academics)\\b`,
    ),
  ],
  nominal: [re('\\bvisa\\s+(?:policy|restrictions?|ban|curbs?|revocations?|rules?)\\b')],
  measure: true,
  contains: ['policy'],
  title: ({ subject, other, tags, planned, action, primary, trigger }) => {
    const lead = primary.segment.text.slice(0, primary.triggerStart);
    if (/^entry\b/i.test(trigger)) {
      const people = PEOPLE.exec(trigger)?.[0] ?? 'travellers';
      const verb = /suspend\w*\s+(?:the\s+)?$/i.test(lead)
        ? 'suspends'
        : /\b(?:bar|ban|block)\w*\s+(?:the\s+)?$/i.test(lead)
          ? 'bars'
          : /\bden[yi]\w*\s+(?:the\s+)?$/i.test(lead)
            ? 'denies'
            : 'restricts';
      const whose = other === 'China' ? 'Chinese' : 'US';
      return {
        title: `${subject} ${planned ? `to ${verb.replace(/s$/, '').replace(/ie$/, 'y')}` : verb} entry of ${whose} ${people}`,
        slugParts: [subject, 'entry', other, people],
      };
    }
    const students = tags.has('education') ? 'visas of Chinese students' : 'visas';
    const [present, base] = action === 'revoke' ? ['revokes', 'revoke'] : ['restricts', 'restrict'];
    // "The secretary said on Wednesday that Washington would revoke visas": a plan announced
    // that day, not visas revoked.
    const verb = planned
      ? `plans to ${base}`
      : ANNOUNCED_PLAN.test(lead)
        ? `says it will ${base}`
        : present;
    return {
      title: `${subject} ${verb} ${subject === 'China' ? 'visas' : students}`,
      slugParts: [subject, base, tags.has('education') ? 'student' : '', 'visas'],
    };
  },
  examples: {
    detects: [
      'The State Department will revoke visas of Chinese students.',
      'The minister said on Tuesday that the country would "swiftly cancel" visas held by foreign activists.',
      'In June 2021 the president signed an order that suspended entry for Chinese doctoral students in some fields.',
    ],
    ignores: [
      'She applied for a visa in May.',
      'The museum suspended entry for visitors during the storm warning.',
      'Entry for students is free on Sundays.',
    ],
  },
});
