import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/** Rounds of negotiation: "The two sides held trade talks in Geneva." */
export const talks = defineKind({
  id: 'talks',
  cue: /talks|negotiat|consultation|dialogue|level\s+(?:meetings|sessions)/i,
  // Talks are trade talks when their words or their article say so: "the talks ran long" in a
  // story of two defence chiefs is no trade round.
  themes: ['diplomacy'],
  tag: 'talks',
  verbal: [
    re(
      `\\b(?:held|hold|holds|holding|resumed?|resumes|resuming|concluded?|wrapped\\s+up|opened|began|launched|wrap\\s+up)\\s+${GAP(3)}(?:talks|negotiations|consultations|dialogue)\\b`,
    ),
    re('\\b(?:negotiated|negotiating)\\s+(?:with|in)\\b'),
    // "held their first diplomatic and security dialogue here on Wednesday": a named channel's
    // round, whose name may join two fields.
    re(
      '\\b(?:held|hold|holds|holding|convened|launched)\\s+(?:their|the|its|a)\\s+(?:first|second|third|inaugural|new|annual|latest)\\s+(?:[\\w-]+\\s+(?:and\\s+)?){1,4}?[Dd]ialogue\\b',
    ),
  ],
  nominal: [
    // "at the annual Strategic Security Dialogue, held on March 4": a channel named as one,
    // its round told by its name.
    re('\\b(?:[A-Z][a-z]+\\s+(?:and\\s+)?){1,3}Dialogue\\b'),
    // "plans for a US-China dialogue on nuclear safety, pencilled in for the summer":
    // a dialogue on a subject is a round of talks, held or planned.
    re(
      '\\b(?:an?|the|their|its)\\s+(?:(?:US|U\\.S\\.|China)[–-](?:China|US|U\\.S\\.)\\s+|bilateral\\s+|first\\s+|new\\s+|intergovernmental\\s+|formal\\s+){0,2}dialogue\\s+on\\s+(?=[a-z])',
    ),
    re('\\b(?:[Tt]alks|[Nn]egotiations|[Cc]onsultations|round\\s+of\\s+(?:talks|negotiations))\\b'),
    // "Deputy-level meetings opened on Tuesday", "principal-level sessions began on Thursday":
    // the tiers of a round of talks.
    re(
      '\\b(?:[Dd]eputy|[Vv]ice|[Pp]rincipal|[Mm]inisterial|[Ww]orking|[Cc]abinet)[\\s-]+level\\s+(?:meetings|sessions|talks)\\b',
    ),
  ],
  themesFromContext: true,
  neutralTakesArticleThemes: true,
  securityDropsTrade: true,
  bilateral: true,
  contains: ['meeting'],
  containsAcrossClauses: true,
  title: ({ pair, parties, place, trade, at, verb }) => {
    return {
      title: `${pair} ${verb('holds', 'hold')} ${trade}talks${at}`,
      slugParts: [...parties.slice(0, 2), trade.trim(), 'talks', place ?? ''],
    };
  },
  examples: {
    detects: [
      'The two sides held two days of trade talks in Geneva.',
      'Aides drew up plans for a US-China dialogue on nuclear safety.',
      'Deputy-level meetings opened on Tuesday, and principal-level sessions began on Thursday.',
      'The two governments held their first law enforcement and cybersecurity dialogue on Monday.',
      'The envoys spoke at the annual Strategic Security Dialogue on March 4.',
    ],
    ignores: ['The negotiator declined to comment on the weather.'],
  },
});
