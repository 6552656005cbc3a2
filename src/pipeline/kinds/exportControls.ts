import { defineKind } from './kindDefinition.ts';
import { GAP, RELATIVE_AGENT, re } from './patternParts.ts';

const EXPORT_NOUN =
  '(?:export\\s+(?:controls?|restrictions?|curbs?|bans?|limits?|licen[cs](?:es|ing)|rules)|(?:restrictions?|curbs?|controls?|bans?)\\s+on\\s+(?:the\\s+)?(?:[a-z][\\w-]*\\s+){0,3}?(?:exports?|(?:sales|shipments)\\s+to\\s+(?=[A-Z]))|(?:restrictions?|curbs?|controls?|bans?)\\s+on\\s+(?:the\\s+|these\\s+|such\\s+)?dual-use\\s+(?:items|goods|products)|(?:restrictions?|curbs?|controls)\\s+on\\s+(?:[a-z][\\w-]*\\s+){0,3}?(?:chips|semiconductors|chipmaking\\s+(?:tools|equipment))\\b|exports?\\s+of)';
const EXPORT_VERB =
  '(?:requir|impos|announc|introduc|tighten|expand|unveil|widen|adopt|issu|relax|eas|loosen|lift|suspend|paus|restrict|curb|limit|halt|ban|broaden|updat|roll\\w*\\s+out|step\\w*\\s+up)\\w*';
/**
 * The minerals and materials whose sale abroad a government licenses: named alone, as in
 * "Beijing said it would restrict antimony", the material is what the measure stops.
 */
const MATERIAL =
  '(?:gallium|germanium|antimony|graphite|tungsten|tellurium|bismuth|indium|molybdenum|lithium|rare[\\s-]earths?|rare[\\s-]earth\\s+(?:metals|magnets|elements)|superhard\\s+materials|critical\\s+minerals)';
/** Words of one phrase that may hold "and" ("exporters of gallium and germanium would need"). */
const LIST_GAP = (n: number): string => `(?:[\\w,’'-]+\\s+){0,${n}}?`;

/** Limits on what may leave a country: "Beijing tightened export controls on gallium." */
export const exportControls = defineKind({
  id: 'export-controls',
  cue: /export|licen[cs]|VEU|validated\s+end|sell|sale|ship|suppl|restrict|curb|control|capping|limiting|rationing|gallium|germanium|antimony|graphite|tungsten|rare earth|denial order|dual-use/i,
  themes: ['trade', 'technology'],
  tag: 'export-controls',
  verbal: [
    re(`\\b${EXPORT_VERB}\\s+${GAP(6)}${EXPORT_NOUN}`),
    re(
      `\\b(?:cleared|allowed|permitted|approved|authori[sz]ed|let)\\s+${GAP(3)}to\\s+(?:sell|export|ship)\\b`,
    ),
    // "cutting off sales of advanced AI chips to the whole country", "banned shipments of the
    // tools to Chinese fabs": the verb and what stops moving, without the word "export".
    re(
      `\\b(?:cut|cuts|cutting)\\s+off\\s+(?:the\\s+)?(?:sales?|exports?|shipments?|supplies|supply)\\s+of\\b`,
    ),
    re(
      `\\b(?:barred|banned|blocked|halted|bars|bans|blocks|halts|barring|banning|blocking|halting)\\s+(?:the\\s+)?(?:sales?|shipments?)\\s+of\\s+${GAP(5)}to\\b`,
    ),
    // "cut off chip sales in 2022 and tightened those rules again a year later": a second act on
    // the measure just told, with a date of its own.
    re(
      `\\b(?:tighten|expand|widen|broaden)\\w*\\s+(?:those|these|the|its|their)\\s+(?:rules|controls|curbs|restrictions)\\s+(?:again|further)\\b`,
    ),
    // "curbing exports to 140 companies", "curbed chip exports to 140 Chinese firms": the verb
    // names the measure without the noun.
    re(
      `\\b(?:curb|curbs|curbed|curbing|restrict|restricts|restricted|restricting)\\s+(?:(?:chip|technology|tech|semiconductor|AI|equipment|advanced)\\s+){0,2}exports?\\s+(?:to|of)\\b`,
    ),
    // "The department said it was revoking licences for suppliers to the firm": the act of that
    // day, told in the progressive of reported speech.
    re(
      `\\b(?:granted|issued|approved|revoked|suspended|revoking|suspending)\\s+${GAP(5)}licen[cs]es?\\b`,
    ),
    re(
      `\\b(?:barred|banned|blocked|restricted|cut\\s+off)\\s+${GAP(2)}from\\s+(?:export|exports|exporting|being\\s+exported|sale|selling|supplying|shipping)\\b`,
    ),
    // "lifted the order that had barred American firms from selling parts to the company",
    // "revoked the denial order against the phone maker": the ban on sales, undone.
    re(
      `\\b(?:lift|lifted|lifts|lifting|ended|ends|rescinded|rescinds|revoked|revokes|terminated|terminates)\\s+(?:the\\s+|its\\s+|a\\s+)?(?:order|ban|prohibition)\\s+(?:that\\s+)?(?:had\\s+)?(?:barred|banned|blocked|prohibited|stopped)\\s+${GAP(3)}from\\s+(?:selling|exporting|shipping|supplying)\\b`,
    ),
    re(
      `\\b(?:impos|issu|activat|reinstat|lift|end|rescind|revok|terminat|suspend)\\w*\\s+(?:the\\s+|its\\s+|an?\\s+)?(?:[\\w-]+-year\\s+)?denial\\s+order\\b`,
    ),
    // "said it would no longer permit exports of the metals to the US": the stop is the verb.
    re(
      `\\bno\\s+longer\\s+(?:permit|allow|approve|licen[cs]e)\\w*\\s+${GAP(2)}(?:exports?|shipments?|sales?)\\b`,
    ),
    // "exporters of the two metals would need licences", "began requiring permits for graphite
    // shipments": a licence demanded is a control, though no word says "control".
    re(
      `\\b(?:exporters|exports|shipments|sales)\\s+of\\s+${LIST_GAP(6)}(?:would|will|must|to|now)\\s+(?:now\\s+)?(?:need|require|obtain|apply\\s+for)\\s+(?:an?\\s+)?(?:special\\s+|export\\s+|government\\s+)?(?:licen[cs]es?|permits?|approval)\\b`,
    ),
    // "Beijing will make sellers apply for permits before shipping the alloy abroad", "required
    // exporters to obtain licences": a licence demanded of those who sell abroad is a control.
    // Its "before shipping" is part of the demand, not a time clause that would take the day the
    // ministry said it on ("…, the ministry said on Monday") away from the act.
    re(
      `\\b(?:make|makes|made|making|require|requires|required|requiring|force|forces|forced|oblige|obliges|obliged)\\s+(?:all\\s+|domestic\\s+|Chinese\\s+|American\\s+|US\\s+)?(?:exporters|sellers|shippers|suppliers|producers)\\s+(?:to\\s+)?(?:apply\\s+for|obtain|seek|get|hold)\\s+(?:an?\\s+)?(?:special\\s+|export\\s+|government\\s+|state\\s+)?(?:licen[cs]es?|permits?|permission|approval)(?:\\s+(?:before|for)\\s+(?:shipping|exporting|selling|sending|shipments)\\b)?`,
    ),
    // "Last spring the ministry announced curbs on tungsten and bismuth": the material named
    // after the measure's "on", with no word "exports".
    re(
      `\\b(?:announc|impos|introduc|unveil|tighten|expand|widen)\\w*\\s+(?:new\\s+|fresh\\s+|its\\s+|the\\s+)?(?:export\\s+)?(?:controls|curbs|restrictions|limits)\\s+on\\s+(?:the\\s+)?(?:(?:exports?|sales|shipments)\\s+of\\s+)?(?:(?:the\\s+)?(?:metals?|minerals?)\\s+)?${MATERIAL}\\b`,
    ),
    // "The measure, announced by the ministry in May, covers tungsten ores and bismuth": a measure
    // made by a named body that covers one of the minerals sold under licence is that control,
    // told again with the month it was announced.
    re(
      `\\b(?:measure|rules?|controls|curbs|restrictions|requirements?|regime),?\\s+(?:which\\s+was\\s+|first\\s+)?(?:announced|unveiled|issued|imposed|introduced|adopted)\\s+by\\b(?=[^;]{0,80}?\\b(?:covers?|covering|applies\\s+to|targets?|limits?)\\s+${LIST_GAP(8)}${MATERIAL})`,
    ),
    re(
      `\\brequir\\w*\\s+(?:export\\s+)?(?:licen[cs]es|permits)\\s+(?:for|on)\\s+${LIST_GAP(4)}(?:exports?|shipments?|sales?|${MATERIAL})\\b`,
    ),
    // "it said it would restrict antimony", "restricted shipments of graphite": the material named.
    re(
      `\\b(?:restrict|curb|limit|ban|bann|control|halt|stop|stopp|suspend|tighten\\w*\\s+controls\\s+on)\\w*\\s+(?:(?:the\\s+|its\\s+|their\\s+)?(?:exports?|shipments?|sales?|supplies|overseas\\s+sales)\\s+(?:of\\s+)?)?(?:(?:the\\s+)?(?:metals?|minerals?|elements?)\\s+)?${MATERIAL}\\b`,
    ),
    // "a deal to restart graphite shipments, months after Beijing had curbed them": the
    // material named before, restricted by a pronoun.
    re(
      `\\b(?=restricted|curbed|banned|limited|halted)(?<=\\b${MATERIAL}\\b[^.;]{0,80})(?:restricted|curbed|banned|limited|halted)\\s+them\\b`,
    ),
    re(
      `\\b${EXPORT_NOUN}\\s+(?:that\\s+|which\\s+)?(?:it|they|Beijing|Washington|China)\\s+(?:had\\s+)?(?:announced|imposed|introduced|unveiled|issued)\\b`,
    ),
    // "The department issued new rules in March, capping the number of chips each country may
    // buy": a rule or framework put out whose next clause limits how much may be sold abroad is
    // an export control, though the sentence never says "export". What is limited must be goods
    // that cross a border: "limiting how many foreign players a club may field" is no control.
    re(
      `\\b(?:released|releases|issued|issues|unveiled|unveils|published|publishes|announced|announces)\\s+${GAP(4)}(?:framework|rules?|regime|regulations?)\\b(?=[^.;]{0,60}?,\\s+(?:limiting|capping|restricting|curbing|rationing)\\s+(?:how\\s+many|how\\s+much|(?:the\\s+)?(?:number|amount|volume|sales?|exports?|shipments?)\\s+of)\\s+[^.;]{0,40}?\\b(?:chips?|semiconductors?|processors|GPUs|exports?|shipments?)\\b)`,
    ),
    // "the export rule the new Commerce Secretary unveiled on Friday", "the chip curbs the
    // administration issued in October": told object first, the clause after the noun says who
    // made the measure and when; the trigger is that verb, so the name before it is its subject.
    re(
      `(?<=\\b(?:export\\s+(?:rules?|controls?|curbs?|restrictions?|framework|regime)|chip\\s+(?:rules?|curbs?|controls?|restrictions?))\\s+${RELATIVE_AGENT})(?:announced|imposed|introduced|unveiled|issued|released|published|adopted|finali[sz]ed)\\b(?!\\s+by\\b)`,
    ),
    re(
      `\\b${EXPORT_NOUN}\\s+${GAP(8)}(?:took\\s+effect|take\\s+effect|went\\s+into\\s+effect|(?:were|was)\\s+(?:imposed|announced|tightened|expanded|introduced))\\b`,
    ),
    // "The agency published Order No. 7, under which exports of the alloy need a licence": a
    // ministry's numbered notice that makes exports need a licence is the control itself.
    re(
      `\\b(?:issued|issues|issuing|published|publishes|released|releases)\\s+(?:its\\s+|an?\\s+|the\\s+)?(?:[Aa]nnouncement|[Nn]otice|[Oo]rder|[Dd]ecree)\\s+No\\.?\\s*\\d+(?=[^;]{0,120}?\\b(?:exports?|exporting|licen[cs]es?)\\b)`,
    ),
    // "The agency posted a rule on Monday removing two chip plants from its list of validated end
    // users", "drops the firm's plants from the VEU list": a plant taken off the list of buyers
    // cleared to receive tools without a licence each time loses that standing.
    re(
      `\\b(?:remov|strip|drop|delet|tak)\\w*\\s+(?:[\\w()&.’'-]+\\s+){0,12}?(?:from|off)\\s+(?:its|the)\\s+(?:list\\s+of\\s+)?(?:validated\\s+end[\\s-]users?|VEU)\\b`,
    ),
    // "The plant's validated end user authorization will be revoked effective March 31": the
    // standing ends on its day, planned until it comes.
    re(
      `\\b(?:VEU|validated\\s+end[\\s-]users?(?:\\s+\\(VEU\\))?)\\s+(?:authori[sz]ation|status|designation|waiver)\\s+(?:[\\w()&.’'-]+\\s+){0,8}?(?:will\\s+be|would\\s+be|is\\s+to\\s+be|was|were|has\\s+been|had\\s+been)\\s+(?:revoked|withdrawn|rescinded|terminated|ended)\\b`,
    ),
  ],
  nominal: [
    // "It follows the licensing of tungsten exports, announced in May": the licensing named.
    re(
      `\\blicen[cs]ing\\s+(?:regime\\s+)?(?:of|for)\\s+${LIST_GAP(4)}(?:exports?|${MATERIAL}(?:\\s+exports?)?)\\b`,
    ),
    re(`\\b${EXPORT_NOUN}|\\b(?:these|those|the|its|their)\\s+(?:restrictions|curbs|controls)\\b`),
  ],
  measure: true,
  contains: ['policy'],
  title: ({ subject, topic, planned, action, trigger }) => {
    // "removes two plants from the VEU list": the standing, not a new control, is the news.
    if (/\b(?:validated\s+end|VEU)\b/i.test(trigger)) {
      return {
        title: `${subject} ${planned ? 'to revoke' : 'revokes'} validated end-user status`,
        slugParts: [subject, 'veu-revoked', topic ?? ''],
      };
    }
    const [present, base] =
      action === 'lift'
        ? ['eases', 'ease']
        : action === 'pause'
          ? ['suspends', 'suspend']
          : action === 'tighten'
            ? ['tightens', 'tighten']
            : ['imposes', 'impose'];
    return {
      title: `${subject} ${planned ? `to ${base}` : present} export controls${topic ? ` on ${topic}` : ''}`,
      slugParts: [subject, 'export-controls', topic ?? ''],
    };
  },
  examples: {
    detects: [
      // Chips named without the word export: the controls are still on what leaves.
      'On March 2 the department imposed broad controls on high-end memory chips and lithography tools.',
      'The pact restarts graphite shipments months after the ministry had curbed them.',
      'Washington on Tuesday widened its chip rules, curbing exports to dozens of toolmakers.',
      'Beijing unveiled a widening of its curbs on graphite exports late on Thursday.',
      'Beijing tightened export controls on gallium.',
      'Washington cut off sales of the chips in 2022 and tightened those rules again in 2023.',
      'In March the administration went further, cutting off sales of advanced memory chips to the country.',
      'The rule banned shipments of chipmaking tools to three factories.',
      'The ministry said on Friday it would no longer permit sales of the metals to American buyers.',
      'Last summer Beijing said exporters of tungsten and bismuth would need licences.',
      'In March the ministry began requiring permits for graphite shipments abroad.',
      'Two months later it said it would restrict antimony.',
      'On Monday the department lifted the order that had barred US suppliers from selling chips to the firm.',
      'Regulators imposed a seven-year denial order on the handset maker.',
      // Dual-use goods are by definition those whose sale abroad is licensed.
      'The ban on these dual-use items took effect on Friday.',
      'The agency issued Order No. 7 on Monday, so that anyone selling the alloy abroad needs a licence.',
      'Brokers say the export rule the new Commerce Secretary unveiled on Friday has slowed orders.',
      'Toolmakers lost orders under the chip curbs the administration issued in October.',
      'The department issued new rules in March, capping the number of chips each country may buy.',
      'Beijing will make sellers apply for permits before shipping the alloy abroad, the ministry said on Monday.',
      'Last spring the ministry announced curbs on tungsten and bismuth.',
      'The measure, announced by the ministry in May, covers tungsten ores and bismuth.',
      'The move follows the licensing of tungsten exports, which was announced in May.',
      'The agency posted a rule on Monday removing two chip plants in China from its list of validated end users.',
      "The plant's validated end user (VEU) authorization will be revoked effective March 31.",
      'The US imposed sweeping controls on chip tool sales to China in October 2022.',
    ],
    ignores: [
      'Exports rose 8 percent in May.',
      'Its exports to the US fell by a fifth last year.',
      'China mines most of the world’s gallium and germanium.',
      'Exporters of graphite reported record sales in the spring.',
      'Antimony prices doubled over the year.',
      'The court lifted the order that had barred protesters from the square.',
      'The city issued Notice No. 4 on parking rules.',
      'The league published new rules in May, limiting how many foreign players a club may field.',
      'The city will make drivers apply for permits before parking downtown.',
      'The licensing of the new drug was announced in May.',
      'The measure, announced by the council in May, covers parking fees.',
      'The club removed two players from its list of starters.',
      'The city imposed controls on ticket sales to fans.',
    ],
  },
});
