import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

const WHO =
  '(?:diplomats?|envoys?|officials?|journalists?|reporters?|correspondents?|staff|personnel)';
/** The people a government sends home by taking back their right to report. */
const PRESS = '(?:journalists?|reporters?|correspondents?)';
const PRESS_PASS = '(?:press\\s+(?:cards?|credentials|passes)|credentials|accreditations?)';

/**
 * People sent home: "the US expelled two Chinese diplomats", "Beijing ordered American
 * journalists to leave the country", "was declared persona non grata". A reporter's right to
 * work is the press card, so taking it back is how a government expels the press: "reporters
 * whose press cards run out this year have to turn them in", "revoked the credentials of two
 * correspondents".
 */
export const expulsion = defineKind({
  id: 'expulsion',
  cue: /expel|persona\s+non\s+grata|to\s+leave|press\s+(?:card|credential|pass)|credentials|accreditation/i,
  themes: ['diplomacy'],
  tag: 'expulsion',
  verbal: [
    re(`\\b(?:expelled|expels|expel|expelling)\\s+${GAP(6)}${WHO}\\b`),
    re(`\\b(?:ordered|orders|told|forced)\\s+${GAP(4)}${WHO}\\s+to\\s+leave\\b`),
    re(`\\b(?:declared|declares|declaring)\\s+${GAP(4)}persona\\s+non\\s+grata\\b`),
    // "announced on March 18 that American journalists at three papers would have to leave"
    re(
      `\\b(?:announced|announces|said|says|ruled|decided)\\s+${GAP(4)}that\\s+(?:the\\s+)?(?:American|Chinese|US|U\\.S\\.)\\s+${WHO}\\b[^.;]{0,120}?\\b(?:would|will|must)\\s+(?:have|need)\\s+to\\s+leave\\b`,
    ),
    re(`\\b${WHO}\\s+(?:were|was|have\\s+been|had\\s+been)\\s+expelled\\b`),
    // "Reporters for the two papers whose press cards run out this year have to turn them in":
    // the card, then what its holder must do with it, with the card's own limit in between.
    re(
      `\\bpress\\s+(?:cards?|credentials|passes)\\s+(?:[\\w’',-]+\\s+){0,8}?(?:must|have\\s+to|were\\s+told\\s+to|were\\s+ordered\\s+to|are\\s+to)\\s+(?:hand|turn|give|send)\\s+(?:them|it|theirs)\\s+(?:back|in|over)\\b`,
    ),
    // "ordered three reporters to hand in their press cards"
    re(
      `\\b(?:hand|turn|give)\\s+(?:back|in|over)\\s+(?:their|his|her)\\s+press\\s+(?:cards?|credentials|passes)\\b`,
    ),
    // "Beijing revoked the press credentials of two American correspondents"
    re(
      `\\b(?:revok|cancel|withdr[ae]w|pull)\\w*\\s+(?:the\\s+)?${PRESS_PASS}\\s+of\\s+${GAP(5)}${PRESS}\\b`,
    ),
  ],
  measure: true,
  title: ({ subject, other, planned, trigger }) => {
    const press = /journalist|reporter|correspondent|press|credential|accreditation/i.test(trigger);
    const who = press ? 'journalists' : 'diplomats';
    const whose = other === 'China' ? 'Chinese' : 'US';
    if (/^(?:revok|cancel|withdr|pull)/i.test(trigger)) {
      return {
        title: `${subject} ${planned ? 'to revoke' : 'revokes'} press credentials of ${whose} journalists`,
        slugParts: [subject, 'revokes', other, 'press', 'credentials'],
      };
    }
    return {
      title: `${subject} ${planned ? 'to expel' : 'expels'} ${whose} ${who}`,
      slugParts: [subject, 'expels', other, who],
    };
  },
  examples: {
    detects: [
      'The US expelled two Chinese diplomats on Friday.',
      'Beijing ordered three American reporters to leave the country within ten days.',
      'Reporters for two US dailies whose press cards run out this year have to turn them in before the month is out.',
      'The ministry revoked the press credentials of two American correspondents over a column.',
      'Beijing announced on Friday that American reporters at two dailies would have to leave within ten days.',
    ],
    ignores: [
      'The club expelled two members for unpaid fees.',
      'He was told to leave early.',
      'The coach said that American players would have to leave the hotel by noon.',
      'Visitors must hand back their passes at the gate.',
      'The bank revoked the credentials of two traders.',
    ],
  },
});
