import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/** Who may enter: "The State Department will revoke visas of Chinese students." */
export const visas = defineKind({
  id: 'visas',
  cue: /visa/i,
  themes: ['diplomacy'],
  tag: 'visas',
  verbal: [
    re(
      `\\b(?:revok|cancel|suspend|restrict|deny|denie|paus|halt|tighten|expand|resum|limit|bar|ban|scrutini[sz]|screen|vet)\\w*\\s+${GAP(6)}visas?\\b`,
    ),
    re(
      `\\bvisas?\\s+${GAP(6)}(?:were|was|will\\s+be|would\\s+be)\\s+(?:revoked|cancel+ed|suspended|restricted|denied|paused|halted)\\b`,
    ),
  ],
  nominal: [re('\\bvisa\\s+(?:policy|restrictions?|ban|curbs?|revocations?|rules?)\\b')],
  measure: true,
  contains: ['policy'],
  title: ({ subject, tags, planned, action }) => {
    const students = tags.has('education') ? 'visas of Chinese students' : 'visas';
    const [present, base] = action === 'revoke' ? ['revokes', 'revoke'] : ['restricts', 'restrict'];
    return {
      title: `${subject} ${planned ? `plans to ${base}` : present} ${subject === 'China' ? 'visas' : students}`,
      slugParts: [subject, base, tags.has('education') ? 'student' : '', 'visas'],
    };
  },
  examples: {
    detects: ['The State Department will revoke visas of Chinese students.'],
    ignores: ['She applied for a visa in May.'],
  },
});
