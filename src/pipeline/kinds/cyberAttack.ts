import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

const TARGET =
  '(?:networks?|systems?|servers?|accounts?|emails?|databases?|infrastructure|providers?|agenc(?:y|ies)|departments?|firms?|companies|records)';
/** Words that make a letter or a warning about an intrusion ("hackers had broken into"). */
const INTRUSION_WORDS =
  '(?:hack\\w*|breach\\w*|broke(?:n)?\\s+into|intru\\w*|compromis\\w*|Persistent\\s+Threat|threat\\s+actor|stole|stolen|cyber\\w*)';
/** Who hears of a breach from the breached: lawmakers, a chamber's committee. */
const LAWMAKERS =
  '(?:lawmakers|Congress|senators|legislators|(?:the\\s+)?(?:leaders\\s+of\\s+the\\s+)?(?:Senate|House)\\s+(?:[A-Z][\\w-]*\\s+){0,3}(?:Committee|panel))';

/** The step of an intrusion's story a trigger tells. */
function stepOfIntrusion(trigger: string): 'disclose' | 'alert' | 'advisory' | 'intrusion' {
  if (new RegExp(`\\b${LAWMAKERS}\\b`).test(trigger)) return 'disclose';
  if (/\b(?:attacker|hacker|intruder)s?$/i.test(trigger)) return 'alert';
  if (/\b(?:advisory|alert)$/i.test(trigger)) return 'advisory';
  return 'intrusion';
}

/**
 * Intrusions blamed on the other side: "Chinese hackers breached US telecom networks, the FBI
 * said", "a hacking campaign that compromised nine telecom companies". The steps of telling one
 * are events of their own: the breached agency's letter to lawmakers, a vendor's alert to it, a
 * security advisory.
 */
export const cyberAttack = defineKind({
  id: 'cyber-attack',
  cue: /hack|breach|cyber|compromis|intru|attacker|Persistent\s+Threat|threat\s+actor|advisory|stole|broke(?:n)?\s+into|infiltrat|penetrat|targeted|attribut|blam|pin|break-in|exploit/i,
  themes: ['technology'],
  tag: 'cyber',
  verbal: [
    re(
      `\\b(?:hacked|hacks|breached|breaches|compromised|compromises|infiltrated|penetrated|targeted)\\s+${GAP(5)}${TARGET}\\b`,
    ),
    // "The agency told lawmakers on Monday that state hackers had broken into its network", "the
    // department informs the Senate Finance Committee in a letter that an intruder stole files":
    // the breached side telling its legislature is the day the breach is made public.
    re(
      `\\b(?:told|tells|informed|informs|notified|notifies|briefed|briefs|wrote\\s+to)\\s+${LAWMAKERS}\\b(?=[^.;]{0,200}?\\b${INTRUSION_WORDS})`,
    ),
    // "A software vendor alerted the agency on May 2 that an attacker had stolen a key": the
    // warning that starts the breached side's response.
    re(
      `\\b(?:alerted|alerts|told|tells|notified|notifies|warned|warns|informed|informs)\\s+(?:the\\s+)?(?:[A-Z][\\w-]*|department|agency|ministry|government)\\s+(?:[\\w,]+\\s+){0,6}?that\\s+(?:an?\\s+|the\\s+)?(?:attacker|hacker|intruder)s?\\b`,
    ),
    // "The US and its allies attribute the Exchange campaign to hackers tied to the ministry",
    // "pin the email hack on Beijing": an intrusion blamed on the other side, in words.
    re(
      "\\b(?:attribute|attributes|attributed|attributing|blamed|blames|blame|blaming|pinned|pins|pin|pinning)\\s+(?:the\\s+|a\\s+|this\\s+)?(?:[\\w’'-]+\\s+){0,4}?(?:hack(?:ing)?|campaign|cyber\\s*attacks?|cyberattacks?|intrusions?|breach(?:es)?|compromise)\\b(?=[^.;]{0,80}?\\b(?:to|on)\\b)",
    ),
    // "The administration put China's name on the email server break-in"
    re(
      "\\bput\\s+(?:China|Beijing|Chinese\\s+[\\w-]+)['’]s\\s+name\\s+on\\s+(?:the\\s+)?(?:[\\w’'-]+\\s+){0,4}?(?:hack|break-in|breach|attack|intrusion|campaign)\\b",
    ),
    // "hackers working for the ministry exploited the server flaws"
    re(
      `\\b(?:exploited|exploits|exploiting)\\s+${GAP(4)}(?:flaws|vulnerabilit(?:y|ies)|bugs|weaknesses|holes)\\b`,
    ),
    // "the joint advisory released Monday": the advisory named, then put out.
    re('\\b(?:joint\\s+)?(?:(?:cyber)?security\\s+)?advisory\\s+(?:released|issued|published)\\b'),
    // "The agencies published a joint advisory on the hacking group": a security advisory.
    re(
      `\\b(?:publish|issu|releas|put\\s+out)\\w*\\s+(?:a\\s+|an\\s+)?(?:joint\\s+)?(?:(?:cyber)?security\\s+)?(?:advisory|cybersecurity\\s+alert)`,
    ),
  ],
  // A grievance list names cyberattacks without telling one: only a dated one is an event.
  nominal: [
    re(
      // "a serious breach of the students' human rights" is a wrong, not an intrusion.
      '\\b(?:hack|intrusion)\\s+of\\b|\\bbreach\\s+of\\b(?![^.;]{0,40}?\\b(?:rights|laws?|contracts?|trust|agreements?|rules|obligations?|sovereignty|promises?|commitments?|norms|principles|protocol|duty|etiquette)\\b)|\\b(?:cyber\\s*attacks?|cyberattacks?|hacking\\s+campaign|cyber[-\\s]espionage\\s+campaign)\\b',
    ),
  ],
  datedOnly: true,
  stepOf: stepOfIntrusion,
  title: ({ subject, other, planned, trigger }) => {
    const blamed = other === 'US' ? subject : other;
    const step = stepOfIntrusion(trigger);
    if (step === 'disclose') {
      // "The department informs the Senate committee": the committee told is no teller; its
      // country is ("US").
      const teller = /\b(?:Congress|Senate|House|Parliament|lawmakers)\b/.test(subject)
        ? (subject.split(' ')[0] ?? subject)
        : subject;
      return {
        title: `${teller} ${planned ? 'to disclose' : 'discloses'} cyber intrusion to lawmakers`,
        slugParts: [teller, 'cyber', 'disclosed'],
      };
    }
    if (step === 'alert') {
      return {
        title: `${subject} alerted to cyber intrusion`,
        slugParts: [subject, 'cyber', 'alert'],
      };
    }
    if (step === 'advisory') {
      return {
        title: `${subject} ${planned ? 'to issue' : 'issues'} cyber security advisory`,
        slugParts: [subject, 'cyber', 'advisory'],
      };
    }
    return {
      title: `${planned ? 'Planned ' : ''}cyber intrusion blamed on ${blamed}`,
      slugParts: [subject, 'cyber', other],
    };
  },
  examples: {
    detects: [
      'Chinese hackers breached US telecom networks, the FBI said on March 27.',
      'On Monday the allies attributed the mail server campaign to hackers tied to the ministry.',
      "On Monday the administration put China's name on the email server break-in.",
      'Read the joint advisory released Monday before patching.',
      'Investigators said on Tuesday that the group had compromised nine telecom companies.',
      'The Commerce Department told lawmakers on Monday that state hackers had broken into its email system.',
      'On March 4 the department informs the Senate Finance Committee in a letter that an intruder stole some files.',
      'A software vendor alerted the agency on May 2 that an attacker had stolen a key.',
      'On Tuesday the FBI and its partners published a joint advisory on the hacking group.',
    ],
    ignores: [
      'The team breached the deadline by a day.',
      'On Monday the ministry called the ban a serious breach of the students’ rights.',
      'Fans hacked away at the ice.',
      'The minister told lawmakers on Monday that the budget would balance.',
      'The weather service issued an alert on Monday for heavy snow.',
    ],
  },
});
