import type { Theme } from '../data/eventSchema';
import type { EventKind } from './pipelineTypes';

/**
 * One kind of event and the phrases that announce it. `verbal` patterns carry an action
 * ("imposed tariffs", "will visit Beijing"); `nominal` ones only name the event ("the call",
 * "talks in Geneva") and become events when dated, matched to a known event, or pointing
 * back at an event told earlier.
 */
export interface EventRule {
  kind: EventKind;
  /** A cheap test: a sentence without any of these words cannot hold this kind. */
  cue: RegExp;
  themes: Theme[];
  tag: string;
  verbal: RegExp[];
  nominal: RegExp[];
}

/** A word inside a verb phrase; clause-joining words end the phrase ("imposed in response to"). */
const W =
  '(?:(?!(?:in|after|against|over|because|since|amid|despite|following|to|that|which|who|and|but|while|when|as|by|from|for|with)\\b)[\\w’\'"“”%.-]+\\s+)';
const GAP = (n: number): string => `${W}{0,${n}}?`;
const re = (source: string): RegExp => new RegExp(source, 'g');

const TARIFF_NOUN = '(?:tariffs?|duties|levies|levy|import\\s+taxes)';
const TARIFF_VERB =
  '(?:impos|propos|announc|rais|hik|slap|levy|levie|increas|doubl|tripl|cut|lower|reduc|slash|suspend|paus|delay|lift|remov|scrap|extend|reinstat|restor|introduc|unveil|expand|exempt|threaten|retaliat|halv|roll\\w*\\s+back)\\w*';
const EXPORT_NOUN =
  '(?:export\\s+(?:controls?|restrictions?|curbs?|bans?|limits?|licen[cs](?:es|ing)|rules)|(?:restrictions?|curbs?|controls?|bans?)\\s+on\\s+(?:the\\s+)?exports?|exports?\\s+of)';
const EXPORT_VERB =
  '(?:requir|impos|announc|introduc|tighten|expand|unveil|widen|adopt|issu|relax|eas|loosen|lift|suspend|paus|restrict|curb|limit|halt|ban|broaden|updat|roll\\w*\\s+out|step\\w*\\s+up)\\w*';
const TECH_OBJECT =
  '(?:chips?|semiconductors?|technolog\\w*|tech|software|chipmaking|chip-making|equipment|AI|artificial\\s+intelligence|Huawei|ZTE|TikTok|ByteDance|SMIC|DeepSeek|Nvidia|apps?)';

export const EVENT_RULES: readonly EventRule[] = [
  {
    kind: 'phone-call',
    cue: /phone|call|spoke|speak|talk|conversation/i,
    themes: ['diplomacy'],
    tag: 'phone-call',
    verbal: [
      re(
        `\\b(?:spoke|speak|speaks|talked|talk|talks)\\s+${GAP(4)}(?:by|over\\s+the|on\\s+the)\\s+(?:phone|telephone)\\b`,
      ),
      re(
        `\\b(?:held|hold|holds|had|have|has|made|make)\\s+(?:a|an|their)\\s+${GAP(2)}(?:phone|telephone|video)\\s+(?:call|conversation)\\b`,
      ),
      re('\\bphoned\\b'),
      re(
        '\\b(?:speak|spoke|speaks|speaking|talk|talked)\\s+(?:with|to)\\s+(?:(?:Chinese|US|U\\.S\\.|American)\\s+)?(?:(?:President|leader|Premier)\\s+)?(?:Xi|Trump|Biden|Li\\s+Qiang)\\b',
      ),
    ],
    nominal: [
      re(
        "\\b(?:phone|telephone|video)\\s+(?:call|conversation|talks)\\b|\\bcall\\s+(?:with|between)\\b|\\b(?:the|this|that|their|last\\s+week[’']s)\\s+(?:call|conversation)\\b",
      ),
    ],
  },
  {
    kind: 'visit',
    cue: /visit|travel|trip|fl[yie]|arriv|head|tour/i,
    themes: ['diplomacy'],
    tag: 'visit',
    verbal: [
      re(
        '\\b(?:visit|visits|visited|visiting|travel(?:s|led|ed|ling|ing)?\\s+to|(?:fly|flew|flies|flying)\\s+to|arriv(?:e|ed|es|ing)\\s+in|head(?:s|ed|ing)?\\s+to|tour(?:s|ed|ing)?)\\s+(?:the\\s+)?(?=[A-Z])',
      ),
    ],
    nominal: [
      re(
        "\\b(?:state\\s+visit|visit|trip)\\s+to\\s+(?=[A-Z])|\\b(?:[A-Z][a-z]+|US|U\\.S\\.)\\s+(?:visit|trip)\\b|\\b(?:the|this|that|his|her|their|planned|upcoming|[A-Z][a-z]+[’']s)\\s+(?:\\w+\\s+)?(?:visit|trip)\\b",
      ),
    ],
  },
  {
    kind: 'talks',
    cue: /talks|negotiat|consultation|dialogue/i,
    themes: ['diplomacy', 'trade'],
    tag: 'talks',
    verbal: [
      re(
        `\\b(?:held|hold|holds|holding|resumed?|resumes|resuming|concluded?|wrapped\\s+up|opened|began|launched|wrap\\s+up)\\s+${GAP(3)}(?:talks|negotiations|consultations|dialogue)\\b`,
      ),
      re('\\b(?:negotiated|negotiating)\\s+(?:with|in)\\b'),
    ],
    nominal: [
      re(
        '\\b(?:[Tt]alks|[Nn]egotiations|[Cc]onsultations|round\\s+of\\s+(?:talks|negotiations))\\b',
      ),
    ],
  },
  {
    kind: 'meeting',
    cue: /meet|met\b|summit|face-to-face|sit/i,
    themes: ['diplomacy'],
    tag: 'summit',
    verbal: [
      re(
        `\\b(?:met|meet|meets|meeting)\\s+(?:with\\s+)?(?:his\\s+|her\\s+|their\\s+)?(?=[A-Z]|counterpart|in\\s+[A-Z]|in\\s+person|on\\s+the\\s+sidelines|face)`,
      ),
      re(`\\b(?:held|hold|holds)\\s+(?:a\\s+)?${GAP(2)}(?:summit|meeting|bilateral)\\b`),
      re('\\bsat\\s+down\\s+with\\b'),
    ],
    nominal: [re('\\b(?:[Ss]ummit|meeting|face-to-face|sit-down)\\b')],
  },
  {
    kind: 'agreement',
    cue: /agree|deal|truce|accord|pact|framework|consensus|ceasefire|statement|understanding|arrangement|pause/i,
    themes: ['diplomacy'],
    tag: 'agreement',
    verbal: [
      re(
        `\\b(?:agreed|agree|agrees|signed|sign|signs|reached|reach|reaches|struck|strike|clinched|sealed|finali[sz]ed|concluded|announced|unveiled)\\s+${GAP(5)}(?:deal|agreement|truce|accord|pact|framework|consensus|ceasefire|joint\\s+statement|understanding|arrangement)\\b`,
      ),
      re(
        `\\b(?:extended|extend|extends|extending|prolonged)\\s+${GAP(5)}(?:truce|pause|ceasefire|deal|agreement)\\b`,
      ),
      re(
        '\\b(?:agreed|agree|agrees)\\s+to\\s+(?=cut|lower|reduce|suspend|pause|extend|roll|remove|lift|halt|resume|buy|purchase|ease)',
      ),
      re('\\b(?:issued|released|published)\\s+(?:a\\s+)?joint\\s+statement\\b'),
    ],
    nominal: [
      re(
        '\\b(?:deal|agreement|truce|accord|pact|joint\\s+statement|arrangement|understanding|framework|consensus)\\b',
      ),
    ],
  },
  {
    kind: 'tariffs',
    cue: /tariff|dut(?:y|ies)|lev(?:y|ies)|import\s+tax/i,
    themes: ['trade'],
    tag: 'tariffs',
    verbal: [
      re(`\\b${TARIFF_VERB}\\s+${GAP(6)}${TARIFF_NOUN}\\b`),
      re(
        `\\b${TARIFF_NOUN}\\s+(?:that\\s+|which\\s+)?(?:it|they|Beijing|Washington|China|Trump)\\s+(?:had\\s+)?(?:announced|imposed|introduced|unveiled|levied|slapped)\\b`,
      ),
      re(
        `\\b${TARIFF_NOUN}\\s+${GAP(6)}(?:took\\s+effect|take\\s+effect|takes\\s+effect|went\\s+into\\s+effect|go\\s+into\\s+effect|goes\\s+into\\s+effect|came\\s+into\\s+force|(?:were|was|will\\s+be|would\\s+be)\\s+(?:imposed|raised|cut|lowered|reduced|suspended|paused|lifted|announced|increased|extended))\\b`,
      ),
    ],
    nominal: [re(`\\b${TARIFF_NOUN}\\b`)],
  },
  {
    kind: 'export-controls',
    cue: /export|entity|licen[cs]|sell|ship|restriction|curb|control/i,
    themes: ['trade', 'technology'],
    tag: 'export-controls',
    verbal: [
      re(`\\b${EXPORT_VERB}\\s+${GAP(6)}${EXPORT_NOUN}`),
      re(
        `\\b(?:add|added|adds|adding|placed|put|puts)\\s+${GAP(8)}(?:to|on)\\s+(?:its\\s+|the\\s+|an?\\s+)?(?:[Ee]ntity\\s+[Ll]ist|unreliable\\s+entity\\s+list|export\\s+control\\s+list)`,
      ),
      re(
        `\\b(?:cleared|allowed|permitted|approved|authori[sz]ed|let)\\s+${GAP(3)}to\\s+(?:sell|export|ship)\\b`,
      ),
      re(`\\b(?:granted|issued|approved|revoked|suspended)\\s+${GAP(5)}licen[cs]es?\\b`),
      re(
        `\\b(?:barred|banned|blocked|restricted|cut\\s+off)\\s+${GAP(2)}from\\s+(?:export|exports|being\\s+exported|sale)\\b`,
      ),
      re(
        `\\b${EXPORT_NOUN}\\s+(?:that\\s+|which\\s+)?(?:it|they|Beijing|Washington|China)\\s+(?:had\\s+)?(?:announced|imposed|introduced|unveiled|issued)\\b`,
      ),
      re(
        `\\b${EXPORT_NOUN}\\s+${GAP(8)}(?:took\\s+effect|take\\s+effect|went\\s+into\\s+effect|(?:were|was)\\s+(?:imposed|announced|tightened|expanded|introduced))\\b`,
      ),
    ],
    nominal: [
      re(
        `\\b${EXPORT_NOUN}|\\b[Ee]ntity\\s+[Ll]ist\\b|\\b(?:these|those|the|its|their)\\s+(?:restrictions|curbs|controls)\\b`,
      ),
    ],
  },
  {
    kind: 'tech-restriction',
    cue: /chip|semiconductor|tech|software|equipment|\bAI\b|artificial|Huawei|ZTE|TikTok|ByteDance|SMIC|DeepSeek|Nvidia|\bapps?\b/i,
    themes: ['technology'],
    tag: 'tech-restrictions',
    verbal: [
      re(
        `\\b(?:limit|restrict|bar|block|ban|blacklist|curb|prohibit)\\w*\\s+${GAP(4)}(?:sales?|shipments?|access|use|purchases?|investments?|imports?)\\s+(?:of|to|by|in|from)\\s+${GAP(3)}${TECH_OBJECT}`,
      ),
      re(
        `\\b(?:limit|restrict|bar|block|ban|blacklist|curb|prohibit)\\w*\\s+${GAP(4)}(?:sales?|shipments?)\\s+${GAP(3)}(?:of\\s+)?${TECH_OBJECT}`,
      ),
      re(
        `\\b(?:ban|banned|bans|banning|blocked|blocks|blacklisted|blacklists|restricted|restricts|prohibited)\\s+(?:the\\s+)?(?:use\\s+of\\s+)?${TECH_OBJECT}\\b`,
      ),
    ],
    nominal: [
      re(
        '\\b(?:chip|semiconductor|technology|tech|AI)\\s+(?:restrictions?|curbs?|bans?|controls?|limits?)\\b',
      ),
      re(
        `\\b(?:restrictions?|curbs?|limits?|controls?|bans?)\\s+on\\s+(?:the\\s+)?(?:sales?|exports?|shipments?)\\s+of\\s+${GAP(4)}${TECH_OBJECT}`,
      ),
    ],
  },
  {
    kind: 'visas',
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
  },
  {
    kind: 'warning',
    cue: /warn|caution|guidance/i,
    themes: ['diplomacy'],
    tag: 'warning',
    verbal: [
      re('\\b(?:warn|warns|warned|cautioned)\\b'),
      re(`\\b(?:issued|published)\\s+${GAP(3)}guidance\\b`),
    ],
    nominal: [re('\\bguidance\\b')],
  },
  {
    kind: 'sanctions',
    cue: /sanction|countermeasure/i,
    themes: ['diplomacy'],
    tag: 'sanctions',
    verbal: [
      re(
        `\\b(?:impos|announc|slap|levy|levie|lift|eas|expand|add)\\w*\\s+${GAP(5)}(?:sanctions|countermeasures)\\b`,
      ),
      re('\\bsanction(?:s|ed|ing)\\s+(?=[A-Z]|\\w+\\s+(?:companies|firms|officials|entities))'),
    ],
    nominal: [re('\\bsanctions\\b')],
  },
  {
    kind: 'investigation',
    cue: /investigat|probe|inquiry|hearing/i,
    themes: ['trade'],
    tag: 'investigation',
    verbal: [
      re(
        `\\b(?:launch|open|initiat|start|announc|begin|began|conclud)\\w*\\s+${GAP(4)}(?:investigation|probe|inquiry)\\b`,
      ),
    ],
    nominal: [
      re(
        '\\b(?:anti-dumping|antitrust|Section\\s+301)\\s+(?:investigation|probe)\\b|\\b(?:public\\s+)?hearings?\\b',
      ),
    ],
  },
  {
    kind: 'purchase',
    cue: /buy|bought|purchas|import|order/i,
    themes: ['trade'],
    tag: 'purchases',
    verbal: [
      re(
        `\\b(?:buy|bought|buys|buying|purchas\\w*|import\\w*|order\\w*)\\s+${GAP(4)}(?:soybeans?|grain|corn|wheat|sorghum|Boeing|aircraft|jets|planes|energy|LNG|oil|beef|pork|farm\\s+goods|agricultural\\s+products)\\b`,
      ),
      re(`\\bresum\\w*\\s+${GAP(3)}purchases\\b`),
    ],
    nominal: [],
  },
  {
    kind: 'military',
    cue: /drill|exercise|war\s+games|arms/i,
    themes: ['diplomacy'],
    tag: 'military',
    verbal: [
      re(
        `\\b(?:launched|held|began|staged|conducted|concluded)\\s+${GAP(4)}(?:military\\s+)?(?:drills|exercises|war\\s+games)\\b`,
      ),
      re(`\\b(?:approved|announced)\\s+${GAP(5)}arms\\s+sales?\\b`),
    ],
    nominal: [re('\\barms\\s+sales?\\b|\\bmilitary\\s+(?:drills|exercises)\\b')],
  },
  {
    kind: 'policy',
    cue: /order|proclamation|memorandum|directive|bill|law|emergency|rule|regulation|replacement|ban|measure|requirement/i,
    themes: [],
    tag: 'policy',
    verbal: [
      re(
        `\\b(?:signed|signs|sign|signing|issued|issues)\\s+(?:an?\\s+|the\\s+)?${GAP(2)}(?:executive\\s+order|order|proclamation|memorandum|directive|bill|law)\\b`,
      ),
      re(
        `\\b(?:executive\\s+order|order|proclamation|memorandum|directive)\\s+(?:that\\s+)?(?:[A-Z][\\w.]*\\s+){1,3}(?:signed|issued)\\b`,
      ),
      re('\\bdeclar(?:ed|es|e|ing)\\s+(?:a\\s+)?national\\s+emergency\\b'),
      re(
        `\\b(?:publish|issu|unveil|introduc|finali[sz]|scrap|rescind|repeal|withdr[ae]w|revers|replac)\\w*\\s+${GAP(4)}(?:rule|regulation|replacement)\\b`,
      ),
      re(
        `\\b(?:law|rule|regulation|ban|order|measure|requirement)\\b\\s+(?:[\\w’'-]+\\s+){0,10}?(?:took|takes|take|went|goes|go)\\s+(?:effect|into\\s+effect)\\b`,
      ),
    ],
    nominal: [],
  },
  {
    kind: 'statement',
    cue: /wrote|posted|tweeted|writing|posting/i,
    themes: [],
    tag: 'statement',
    verbal: [
      re(
        '\\b(?:wrote|posted|tweeted|writing|posting)\\s+(?:afterwards\\s+|later\\s+)?on\\s+(?:Truth\\s+Social|X|Twitter|Weibo|social\\s+media)\\b',
      ),
    ],
    nominal: [],
  },
];
