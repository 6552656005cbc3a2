import { findNames } from '../findNames.ts';
import { SIDE_OF } from '../gazetteer.ts';
import { shortName } from '../shortName.ts';
import { defineKind } from './kindDefinition.ts';
import { re } from './patternParts.ts';

/**
 * A side's office that answers for it in words: "Beijing's trade ministry", "the Chinese
 * embassy in London", "the State Department".
 */
// "Its foreign ministry": the side the sentence before named, found as the subject.
const SIDE_OFFICE =
  "(?:(?:[Cc]hina|[Bb]eijing|[Ww]ashington|[Aa]merica)[’']s|[Cc]hinese|US|U\\.S\\.|[Aa]merican|\\b[Ii]ts)\\s+(?:(?:[Ff]oreign|[Cc]ommerce|[Tt]rade|[Dd]efen[cs]e)\\s+[Mm]inistry|Ministry\\s+of\\s+(?:Commerce|Foreign\\s+Affairs|National\\s+Defen[cs]e)|[Ee]mbassy(?:\\s+in\\s+[A-Z][a-z]+)?)|\\b[Ss]tate\\s+[Dd]epartment";
/**
 * What makes a "said" an answer to the other side: blame, protest or a demand. "The ministry
 * said on Monday the levy broke trade rules and harmed both economies" answers a measure; "the
 * ministry said it had received the letter" does not.
 */
const CRITICAL =
  '(?:violat|breach|broke\\b|break\\b|breaking\\b|hamper|harm|hurt|damag|undermin|irresponsib|unjustif|unreasonab|groundless|oppos|condemn|protest|bully|bullies|discriminat|unilateral|coerci|Cold\\s+War|reverse\\s+course|countermeasure|retaliat|smear|interfer|provocat|cynical|unproductive|reckless|regret|deplor|abus|hegemon|(?:very|deeply|gravely|seriously)\\s+concerned|politically\\s+motivated|politici[sz]|weaponi[sz]|slander|fabricat|unfounded|malicious|double\\s+standard|hypocri|stigmati|blackmail|extort|protectionis|intimidat|dissatisf|indignat|erroneous)';

/**
 * A side's answer in words, told in the past or in a timeline's or a headline's present: "the
 * Chinese embassy condemned the listing", "9 April: the foreign ministry condemns the decision".
 */
const ANSWERED =
  'replie[sd]|respond(?:ed|s)|answer(?:ed|s)|retort(?:ed|s)|hits?\\s+back|weigh(?:ed|s)\\s+in|condemn(?:ed|s)|denounce[ds]|critici[sz]e[ds]|slam(?:med|s)|protest(?:ed|s)|dismiss(?:ed|es)|reject(?:ed|s)|denie[sd]';

/** "Beijing pushed back", "the ministry fires back": an answer told as a push back. */
const PUSHED_BACK = '(?:pushed|pushes|fired|fires)\\s+back';

/** A character of the clause still being read: "the U.S. was abusing …" goes on past "U.S.". */
const IN_CLAUSE = '(?:[^.;]|(?<=\\b[A-Z])\\.)';

function sideName(side: 'us' | 'china' | undefined): string | undefined {
  return side === undefined ? undefined : side === 'us' ? 'US' : 'China';
}

/** "Pompeo's declaration": the owner named right before a nominal trigger. */
const POSSESSOR = /\b((?:[A-Z][\w.-]+\s+){0,2}[A-Z][\w.-]+)['’]s\s+$/;
/** How a title tells a side's answer, by the verb the office used. */
const ANSWER_VERBS: readonly (readonly [RegExp, string])[] = [
  [/^condemn(?:ed|s)/, 'condemns'],
  [/^denounce[ds]/, 'denounces'],
  [
    /^(?:critici[sz]e[ds]|slam(?:med|s)|called|calls|branded|brands|described|describes)/,
    'criticises',
  ],
  [/^(?:welcomed|welcomes|hailed|hails|praised|praises)/, 'welcomes'],
  // "China urged Washington on Tuesday to lift the tariffs": a demand of the other side.
  [/^[“"]?(?:strongly\s+|firmly\s+|again\s+)?urged\b/, 'urges'],
  [/^(?:protest(?:ed|s)|lodge|made|makes|filed|files)/, 'protests to'],
  [
    /^(?:replie[sd]|respond(?:ed|s)|answer(?:ed|s)|retort(?:ed|s)|hits?\s+back|(?:pushed|pushes|fired|fires)\s+back|weigh(?:ed|s)\s+in|said|told)/,
    'responds to',
  ],
  // A transcript's "We deeply regret …", "We firmly oppose …".
  [/^(?:we|china|the\s+chinese\s+side)\s+(?:\w+\s+)?condemn/i, 'condemns'],
  [/^(?:we|china|the\s+chinese\s+side)\s+(?:\w+\s+)?protest/i, 'protests to'],
  [
    /^(?:we|china|the\s+chinese\s+side)\s+(?:\w+\s+)?(?:regret|deplore|oppose|reject)/i,
    'criticises',
  ],
];

/**
 * A dated public word from one side: a post ("Trump wrote on Truth Social on Monday that the
 * talks went well"), an accusation, a spokesperson's statement.
 */
export const statement = defineKind({
  id: 'statement',
  cue: /fact\s+sheet|bully|coerci|hegemon|protectionis|discriminat|provocat|reckless|blackmail|malicious|politically\s+motivated|on\s+(?:Truth\s+Social|X|Twitter|Weibo|social\s+media)\b|groundless|baseless|unjustified|unacceptable|hypocritical|welcom|hailed|hails|praised|praises|said\s+(?:on\s+)?[A-Z][a-z]+day\s+that|declar|determin|finding|wrote|written|weighed|regret|oppose|condemn|deplore|urge|posted|tweeted|writing|posting|accused|spokes|media\s+post|statement|speech|address|speak|told\s+(?:the\s+)?(?:forum|conference|plenary|assembly|delegates)|tone|express|ministry|Ministry|embassy|State\s+Department|representations|protest|demarche|interview|(?:pushe[sd]|fire[sd]|hits?)\s+back|video|footage|photographs|urged|complaint|reject|dismiss|denie[sd]/i,
  // A government's public word is diplomacy, whatever else its subject puts it on.
  themes: ['diplomacy'],
  tag: 'statement',
  verbal: [
    re(
      '\\b(?:wrote|written|posted|tweeted|writing|posting|weighed\\s+in|answered|replied|responded|asked)\\s+(?:afterwards\\s+|later\\s+)?on\\s+(?:Truth\\s+Social|X|Twitter|Weibo|social\\s+media)\\b',
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
    // "The official news agency ran a brief statement", "a statement carried on Monday by the
    // news agency": a government's word as its news agency runs it.
    re(
      '\\b(?:carried|carries|ran|runs)\\s+an?\\s+(?:[\\w-]+\\s+){0,2}statement\\b|\\bstatement\\s+carried\\s+(?:on\\s+[A-Z][a-z]+day\\s+)?by\\b',
    ),
    // "Each side called the meeting useful in statements put out on Tuesday", "according to
    // statements published by both capitals": the two sides' readouts.
    re(
      '\\b(?:[Ii]n|according\\s+to)\\s+(?:(?:their|separate|parallel|official)\\s+)?statements\\s+(?:issued|released|published|put\\s+out)\\b',
    ),
    // "The White House issued a fact sheet on Sunday", "In a fact sheet released on Monday, the
    // ministry said …", "said in a March 3 fact sheet": a government's written summary of a deal
    // or a step is a public word of its own, dated like a statement.
    re(
      '\\b(?:issued|issues|released|releases|published|publishes|put\\s+out|puts\\s+out)\\s+(?:an?\\s+|its\\s+)?(?:[\\w-]+\\s+){0,2}?fact\\s+sheet\\b',
    ),
    re(
      '\\b[Ii]n\\s+(?:an?|its)\\s+(?:[\\w.,-]+\\s+){0,3}?fact\\s+sheet\\s+(?:issued|released|published|put\\s+out)\\b',
    ),
    re('\\bsaid\\s+in\\s+(?:an?|its)\\s+(?:[\\w.,-]+\\s+){0,3}?fact\\s+sheet\\b'),
    // "The secretary gave a speech at a presidential library on Thursday": a set-piece speech is
    // a public word of its own, dated like a post (undated, it is colour: datedOnly); "is due to
    // deliver a keynote speech to the conference this evening" is one planned.
    re(
      '\\b(?:gave|gives|giving|give|delivered|delivers|delivering|deliver)\\s+(?:an?\\s+|the\\s+|his\\s+|her\\s+)?(?:(?:[\\w-]+\\s+){0,2}?speech|(?:[\\w-]+\\s+)?(?:keynote|policy|major|televised|landmark|public)\\s+address)\\b',
    ),
    // "The minister is to speak this morning on the new security initiative", "told the forum on
    // Saturday that the time to talk is now": speaking to a forum is a set-piece speech too.
    re(
      '\\b(?:(?:is|are)\\s+(?:due|set|scheduled|expected)\\s+to\\s+|to\\s+|will\\s+)(?:speak|address)\\b(?=\\s+(?:to\\s+|at\\s+)?(?:the\\s+)?(?:forum|conference|summit|dialogue|plenary|assembly|delegates)\\b|\\s+(?:this\\s+(?:morning|afternoon|evening)|later\\s+today|tomorrow|on\\s+[A-Z][a-z]+day)\\b)',
    ),
    // "told the conference organisers" is a message, not a speech.
    re(
      '\\b(?:told|addressed)\\s+(?:the\\s+)?(?:forum|conference|plenary|assembly)\\b(?=\\s+(?:on|in|at|that|this|last|yesterday|today|late|earlier|[A-Z]\\w*)\\b|\\s*[,.;:"“”]|\\s*$)',
    ),
    // "The ministry expressed strong dissatisfaction with the decision on Tuesday": the formula a
    // government uses to protest in words.
    re(
      "\\bexpress(?:ed|es)\\s+(?:(?:its|their|China[’']s|Beijing[’']s|the\\s+(?:country|military|ministry|government)[’']s)\\s+)?[“\"]?(?:strong|firm|grave|serious|deep)\\s+(?:dissatisfaction|opposition|concern|indignation)\\b",
    ),
    // "On Friday, a foreign ministry spokesman, Lin Qiao, said the move harms both sides."
    re(
      '\\b(?:ministry|government|embassy|department)\\s+spokes(?:man|woman|person)\\s+(?:,\\s*)?(?:[A-Z][a-z]+\\s+){1,3},?\\s*said\\b',
    ),
    // "Then last Sunday, in an interview broadcast on a news channel, he questioned the policy":
    // a leader's interview is a public word of its own, dated like a speech.
    re(
      '\\b[Ii]n\\s+an?\\s+(?:[\\w-]+\\s+){0,2}?interview\\s+(?:broadcast|aired|published|released|televised)\\s+(?:on|by)\\b|\\b(?:gave|gives|giving|granted)\\s+an?\\s+(?:[\\w-]+\\s+){0,2}?interview\\s+to\\b',
    ),
    // "The minister adopted a conciliatory tone on Sunday": a change
    // of tone in public is a statement, told by its tone.
    re(
      '\\b(?:struck|strikes|striking|sounded|sounds|adopted|adopts)\\s+an?\\s+(?:(?:much|more|far)\\s+)?(?:softer|conciliatory|gentler|calmer|harsher|tougher|defiant|combative|upbeat|optimistic|warmer|sharper)\\s+(?:tone|note)\\b',
    ),
    // "Beijing's trade ministry hit back on Tuesday.", "The Chinese embassy condemned the
    // listing on Friday": the other side answering a measure, in words of its own.
    re(`(?<=(?:${SIDE_OFFICE})\\s+(?:also\\s+|quickly\\s+|swiftly\\s+)?)(?:${ANSWERED})\\b`),
    // "The command also released a short unclassified video today": the public record of an
    // incident, put out by one side, is its word on it.
    re(
      '\\b(?:released|releases|published|publishes|posted|posts|put\\s+out)\\s+(?:a\\s+|the\\s+|its\\s+)?(?:[\\w-]+\\s+){0,3}?(?:video|footage|photographs)\\b(?=[^.;]{0,120}?\\b(?:Chinese|Chinese-made|American|U\\.S\\.|US|PLA)\\b)',
    ),
    // "On Friday Beijing had already "strongly urged" Washington to cancel the measures", "China
    // urged Washington on Tuesday to lift the tariffs": a demand made to the other side, in the
    // words diplomats use for one.
    re(
      '\\b[“"]?(?:strongly\\s+|firmly\\s+|again\\s+)?urged[”"]?\\s+(?:Washington|Beijing|China|the\\s+(?:US|U\\.S\\.|United\\s+States|Chinese\\s+side|American\\s+side|US\\s+side))\\s+(?:(?:on\\s+)?[A-Z][a-z]+day\\s+|again\\s+)?to\\s+(?:immediately\\s+)?(?:cancel|withdraw|revoke|lift|stop|correct|halt|drop|reverse|rescind|scrap)\\b',
    ),
    // "On Monday the President posted that the firm may now sell its chips": a leader's post.
    re('(?<=\\b(?:[Pp]resident|Trump|Biden)\\s+)(?:posted|wrote)\\s+that\\b'),
    // "China rejected the accusations and said the US should withdraw them"
    re(
      '(?<=\\b(?:[Bb]eijing|[Cc]hina|[Ww]ashington)\\s+(?:quickly\\s+|swiftly\\s+|also\\s+|flatly\\s+|firmly\\s+)?)(?:reject(?:ed|s)|dismiss(?:ed|es)|denie[sd])\\s+(?:the\\s+|an?\\s+|all\\s+)?(?:(?:American|US|U\\.S\\.|Chinese|Western)\\s+)?(?:accusations?|allegations?|charges?|claims?|complaints?|criticism)\\b',
    ),
    // "Beijing pushed back on Tuesday": the other side's answer, told by the capital alone.
    re(
      `(?<=\\b(?:[Bb]eijing|[Cc]hina|[Ww]ashington)\\s+(?:quickly\\s+|swiftly\\s+|also\\s+|sharply\\s+)?)${PUSHED_BACK}\\b`,
    ),
    // "On Sunday the ministry branded Washington's stated motives baseless", "condemns the
    // decision as groundless": a verdict on the other side's act, told by the word for it.
    re(
      "\\b(?:called|calls|branded|brands|described|describes|(?:condemn(?:ed|s)|denounce[ds]|dismiss(?:ed|es)|reject(?:ed|s))(?=\\s+(?:[\\w’'-]+\\s+){1,10}?as\\b))(?!\\s+(?:on|for|off|up)\\b)\\s+(?:[\\w’'-]+\\s+){1,10}?(?:as\\s+)?[\"“]?(?:groundless|baseless|unjustified|unacceptable|hypocritical|irresponsible|(?:economic\\s+)?bullying|coercion|coercive|hegemonic|hegemonism|protectionism|protectionist|discriminatory|provocative|a\\s+provocation|reckless|blackmail|malicious|politically\\s+motivated)\\b",
    ),
    // "The trade representative and the farm secretary welcomed the decision on Thursday": one
    // side's word on the other's step.
    re(
      "\\b(?:welcomed|welcomes|hailed|hails|praised|praises)\\s+(?:the|this|that|(?:Beijing|China|Washington)['’]s|the\\s+(?:US|U\\.S\\.|Chinese|American))\\s+(?:[\\w-]+\\s+){0,2}?(?:decision|move|step|announcement|gesture|offer)\\b",
    ),
    // "China said on Saturday it had lodged solemn representations with the United States": the
    // formal protest one government makes to another, in the words diplomats use for it. One
    // "against" or "over" an act ("a protest against the senator's visit") tells that act.
    re(
      '\\b(?:lodged|lodges|lodge|lodging|made|makes|making|filed|files)\\s+(?:(?:a|an)\\s+)?[“"]?(?:(?:solemn|stern|strong|formal|serious|official|diplomatic)\\s+){0,2}(?:representations|protests?|complaints?|démarches?|demarches?)\\b[”"]?(?=\\s+(?:with|to)\\s+(?:the\\s+)?(?:U\\.S\\.|(?:US|United\\s+States|China|Beijing|Washington|Chinese|American|relevant)\\b)|\\s*(?:[,.;]|$)|\\s+and\\b|\\s+(?:(?:late|early|earlier)\\s+)?(?:on\\s+)?(?:[A-Z][a-z]+day|[A-Z][a-z]+\\s+\\d{1,2}|yesterday|today|last\\s+(?:week|night))(?=\\s*(?:[,.;]|$)|\\s+(?:and|with|to)\\b))',
    ),
    // "Spokeswoman Hua Lin said the sale would damage investors' trust": the office named in the
    // sentence before, the answer told by the blame after the verb.
    re(
      `(?<=(?:^|[.;:]\\s+|,\\s+)[Ss]pokes(?:man|woman|person)\\s+[A-Z][a-z]+(?:\\s+[A-Z][a-z]+){0,2},?\\s+)(?:said|told\\s+reporters)(?=\\s${IN_CLAUSE}{0,90}?\\b${CRITICAL})`,
    ),
    // "At a news conference on Friday, Beijing's foreign ministry said the order broke trade
    // rules": a "said" is an answer when blame follows in its clause.
    re(`(?<=(?:${SIDE_OFFICE})\\s+(?:also\\s+)?)said(?=\\s${IN_CLAUSE}{0,90}?\\b${CRITICAL})`),
    // "Beijing's foreign ministry spokesman, Lin Qiao, told reporters the ruling showed Washington
    // was breaking trade rules": the office's spokesperson answers for it, in a briefing.
    re(
      `(?<=(?:${SIDE_OFFICE})\\s+spokes(?:man|woman|person)(?:,?\\s+[A-Z][a-z]+(?:\\s+[A-Z][a-z]+){0,2},?)?\\s+(?:had\\s+)?)(?:(?:told|tells)\\s+(?:reporters|an?\\s+(?:regular\\s+|daily\\s+)?(?:news\\s+|press\\s+)?briefing)|said|called)(?=\\s${IN_CLAUSE}{0,90}?\\b${CRITICAL})`,
    ),
    // "On Tuesday, spokesperson Lin Qiao told a regular press briefing that …": a spokesperson's
    // word at a briefing is a public word of its own, whatever it says; "National Security
    // Council spokeswoman Ana Reyes said in a statement late on Wednesday" is one put in writing.
    re(
      `(?<=\\b[Ss]pokes(?:man|woman|person)\\s+[A-Z][a-z]+(?:[\\s-]+[A-Z][a-z]+){0,2},?\\s+)(?:(?:told|tells)\\s+(?:reporters|an?\\s+(?:regular\\s+|daily\\s+)?(?:news\\s+|press\\s+)?(?:briefing|conference))|said\\s+in\\s+a\\s+(?:written\\s+)?statement)\\b`,
    ),
    // "The secretary, on his last day in office Tuesday, declared that China was committing
    // genocide", "the secretary's determination on Tuesday that Beijing's policies amount to
    // genocide": a government's formal finding about the other side is its word on record.
    re(
      `\\b(?:declared|declares|determined|determines)\\s+(?:formally\\s+)?that\\s+(?=(?:China|Beijing|Chinese|the\\s+Chinese|Washington|the\\s+(?:US|U\\.S\\.|United\\s+States))\\b)`,
    ),
    re(
      `\\b(?:declaration|determination|finding)\\s+(?=[^.;]{0,60}?\\bthat\\s+(?:China|Beijing|Chinese|the\\s+Chinese)\\b)`,
    ),
    // "Lin Qiao: We deeply regret the US decision.": a briefing transcript's answer in the words
    // a government protests with; the label before the colon names who speaks (segmentText) and
    // the line is dated by the briefing's day (todaysActs).
    re(
      `^(?:[Ww]e|[Cc]hina|[Tt]he\\s+Chinese\\s+side)\\s+(?:(?:deeply|firmly|strongly|resolutely|categorically)\\s+)?(?:regrets?|oppose|opposes|condemns?|deplores?|rejects?|protests?)\\b`,
    ),
    // "Gao Lin, a spokeswoman for the Chinese mission in Geneva, said Beijing firmly opposed
    // the actions": the office named in an aside after the name, the blame after the verb.
    re(
      `(?<=,\\s+(?:a\\s+|the\\s+)?spokes(?:man|woman|person)\\s+for\\s+(?:the\\s+)?[^,;.]{3,60},\\s+)(?:said|told\\s+reporters)(?=\\s${IN_CLAUSE}{0,90}?\\b${CRITICAL})`,
    ),
    // "Lin Qiao, speaking for the ministry, said the curbs were plain bullying":
    // the office named in an aside after the spokesperson's name.
    re(
      `(?<=,\\s+speaking\\s+for\\s+(?:${SIDE_OFFICE}|the\\s+(?:[Ff]oreign|[Cc]ommerce|[Tt]rade|[Dd]efen[cs]e)\\s+[Mm]inistry),\\s+)(?:(?:told|tells)\\s+reporters|said)(?=\\s${IN_CLAUSE}{0,90}?\\b${CRITICAL})`,
    ),
    // "The trade secretary said in a written statement that evening that the company served a
    // foreign army and would be kept away from the grid": an official's written
    // word against the other side, told by the blame in it.
    re(
      `(?=said\\s+in\\s+a\\s)(?<=\\b(?:[Ss]ecretary|[Mm]inister|[Pp]resident|[Aa]mbassador|[Ss]pokes(?:man|woman|person))(?:\\s+of\\s+[A-Z][a-z]+)?\\s+(?:[A-Z][a-z]+\\s+){1,3})said\\s+in\\s+a\\s+(?:written\\s+)?statement\\b(?=${IN_CLAUSE}{0,140}?\\b${CRITICAL})`,
    ),
    // "Commerce Secretary Jane Roe said on Monday that the US expects deep reform of China's
    // farm rules": a cabinet member's word on the other side, on a day the sentence names.
    re(
      `(?=said\\s+(?:on\\s+)?[A-Z][a-z]+day\\s+that\\s)(?<=\\b(?:[Ss]ecretary|[Mm]inister|[Pp]remier|[Pp]resident)\\s+(?:[A-Z][a-z]+\\s+){1,3})said\\s+(?:on\\s+)?[A-Z][a-z]+day\\s+that\\b(?=${IN_CLAUSE}{0,100}?\\b(?:China['’]s|Chinese|Beijing['’]s|(?:the\\s+)?(?:US|U\\.S\\.|United\\s+States|Washington)['’]s)\\s)`,
    ),
    // "A spokesperson for China's commerce ministry told reporters on Monday that the step would
    // hurt trade": the same answer, the office named after "for".
    re(
      `(?<=\\bspokes(?:man|woman|person)\\s+for\\s+(?:the\\s+)?(?:(?:China|Beijing)[’']s\\s+|Chinese\\s+)?(?:Ministry\\s+of\\s+(?:Commerce|Foreign\\s+Affairs)|(?:[Ff]oreign|[Cc]ommerce|[Tt]rade)\\s+[Mm]inistry)(?:\\s+\\([A-Z]+\\))?\\s+)(?:(?:told|tells)\\s+(?:reporters|an?\\s+(?:regular\\s+|daily\\s+)?(?:news\\s+|press\\s+)?briefing)|said)(?=\\s${IN_CLAUSE}{0,90}?\\b${CRITICAL})`,
    ),
  ],
  themesFromContext: true,
  neutralTakesArticleThemes: true,
  datedOnly: true,
  // "The ministry denounced the listing and said it had filed a complaint": the complaint is the
  // news; the answer in words is part of telling it.
  wordsOnly: new RegExp(`^(?:${ANSWERED}|${PUSHED_BACK}|said|(?:posted|wrote)\\s+that)$`),
  title: ({ subject, topic, primary, planned, trigger }) => {
    // A spokesperson, a ministry or an embassy speaks for their side, whoever the sentence goes
    // on to name: "the Chinese embassy condemned the listing" is China's word.
    const text = primary.segment.text;
    const lead = text.slice(Math.max(0, primary.triggerStart - 40), primary.triggerEnd);
    // "Lin Qiao: We firmly oppose …": the transcript's speaker speaks for their side.
    const voice =
      primary.segment.speaker !== undefined && /^we\b/i.test(lead)
        ? SIDE_OF.get(primary.actors[0] ?? '')
        : undefined;
    // "carried a short Chinese statement": the adjective tells whose word it is.
    const owned = /\b(?:(Chinese|China['’]s)|(American|US|U\.S\.))\s+statement\b/.exec(trigger);
    const speaker =
      sideName(voice) ??
      (owned === null ? undefined : owned[1] !== undefined ? 'China' : 'US') ??
      (!/spokes|ministry|embassy|State\s+Department/i.test(lead)
        ? subject
        : /\b(?:Chinese|China['’]s|Beijing['’]s)\b/.test(lead)
          ? 'China'
          : /\b(?:US|U\.S\.|American|State\s+Department)\b/.test(lead)
            ? 'US'
            : // "National Security Council spokeswoman Emily Horne said": a spokesperson's
              // side, when the gazetteer knows them, rather than their surname.
              (sideName(SIDE_OF.get(primary.actors[0] ?? '')) ?? subject));
    // "ministry spokeswoman Mao Ning said": the verb after the speaker's title and name.
    const told = trigger.replace(/^(?:[\w.’'-]+,?\s+){1,6}?(?=(?:said|told|called)\b)/, '');
    const answer = ANSWER_VERBS.find(([verb]) => verb.test(told));
    // "Geng said Beijing never hacks, and accused the United States of spying": the accuser is
    // the other side of the accused, whoever else the sentence names.
    // "Lin pressed Washington to halt the arms deliveries": who is urged is the other side too.
    // "lodged stern representations with Washington": the side protested to is the other one too.
    const accused =
      /^(?:accused|called|calls|branded|brands|described|describes|[“"]?(?:strongly\s+|firmly\s+|again\s+)?urged[”"]?)\s+(?:the\s+)?(\S+)/.exec(
        trigger,
      )?.[1] ??
      (/(?:representations|protests?|démarches?|demarches?)[”"]?$/.test(trigger)
        ? /^\s+(?:with|to)\s+(?:the\s+)?(\S+)/
            .exec(text.slice(primary.triggerEnd))?.[1]
            // "to the US." ends the sentence; "to the U.S." keeps its last point.
            ?.replace(/[,;:]+$/, '')
            .replace(/(?<!\b[A-Z])\.$/, '')
        : undefined);
    const accuser =
      accused === undefined
        ? speaker
        : /^(?:China|Beijing|Chinese)$/.test(accused) && speaker === 'China'
          ? 'US'
          : /^(?:US|U\.S\.|United|Washington|American)$/.test(accused) && speaker === 'US'
            ? 'China'
            : speaker;
    const side = accuser === 'China' || accuser === 'US' ? accuser : undefined;
    if (
      /\b(?:speech|address|speak|speaks|forum|conference|plenary|assembly|delegates)$/i.test(
        trigger,
      )
    ) {
      return {
        title: `${speaker} ${planned ? 'to give' : 'gives'} speech${topic ? ` on ${topic}` : ''}`,
        slugParts: [speaker, 'speech', topic ?? ''],
      };
    }
    // "The trade representative welcomed the decision": a welcome is of the other side's step.
    const welcomer = side ?? sideName(SIDE_OF.get(primary.actors[0] ?? ''));
    if (answer?.[1] === 'welcomes' && welcomer !== undefined) {
      const other = welcomer === 'China' ? 'US' : 'China';
      return {
        title: `${welcomer} welcomes ${other}'s move${topic ? ` on ${topic}` : ''}`,
        slugParts: [welcomer, 'welcomes', topic ?? ''],
      };
    }
    if (answer !== undefined && side !== undefined) {
      // "China condemns US over chips": an answer names the side it answers.
      const [, says] = answer;
      return {
        title: `${side} ${says} ${side === 'China' ? 'US' : 'China'}${topic ? ` over ${topic}` : ''}`,
        slugParts: [side, 'statement', topic ?? ''],
      };
    }
    if (/^(?:declar|determin|finding)/i.test(trigger)) {
      // "China's action followed Pompeo's declaration that …": the finding is its owner's.
      const owner = POSSESSOR.exec(text.slice(0, primary.triggerStart))?.[1];
      const named = owner === undefined ? undefined : findNames(owner).actors[0]?.name;
      const by = named ?? primary.actors[0] ?? '';
      const about = SIDE_OF.get(by) === 'china' ? 'US' : 'China';
      const who = named === undefined ? speaker : shortName(named);
      return {
        title: `${who} issues formal finding on ${about}`,
        slugParts: [who, 'finding', about],
      };
    }
    // "Each side called the meeting useful in statements put out on Tuesday": the two
    // sides' readouts, when the sentence tells both.
    if (/\bstatements\b/i.test(trigger)) {
      const sides = new Set(primary.actors.map((a) => SIDE_OF.get(a)));
      const both = /\b(?:both|two|each)\b/i.test(text) || (sides.has('us') && sides.has('china'));
      return both
        ? { title: 'US and China issue statements', slugParts: ['us', 'china', 'statements'] }
        : { title: `${accuser} issues statements`, slugParts: [accuser, 'statements'] };
    }
    if (/\bfact\s+sheet\b/i.test(trigger)) {
      return {
        title: `${speaker} issues fact sheet${topic ? ` on ${topic}` : ''}`,
        slugParts: [speaker, 'fact-sheet', topic ?? ''],
      };
    }
    return {
      title: `${accuser} statement${topic ? ` on ${topic}` : ''}`,
      slugParts: [accuser, 'statement', topic ?? ''],
    };
  },
  examples: {
    detects: [
      'Trump wrote on Truth Social that the talks went well.',
      'Each side called the meeting useful in statements put out on Tuesday.',
      'On Tuesday, the president accused China of dragging its feet on farm purchases.',
      'The commerce ministry spokesman Hu Lin said on Monday the step was unjustified.',
      'A spokesperson for the Chinese embassy said on Tuesday that the move was politically motivated.',
      'The president said Sunday in a social media post that the deal was off.',
      'The Chinese side issued a strongly worded statement on Saturday.',
      'The threat was set out in a brief statement carried on Monday by the official news agency.',
      'On Monday the senator replied on X that the deal was a mistake.',
      'On Saturday the ministry called the reasons for the departure decision groundless.',
      "China's foreign ministry called the US move economic bullying on Wednesday.",
      'The trade representative and the farm secretary welcomed the decision on Thursday.',
      'Gao Lin, a spokeswoman for the Chinese mission in Geneva, said on Monday that Beijing firmly opposed the ruling.',
      "Commerce Secretary Jane Roe said on Monday that the US expects deep reform of China's farm rules.",
      'The secretary of state gave a speech at a presidential library in California on Thursday.',
      'The minister is set to deliver a keynote speech to the conference this evening.',
      'The defence minister is to speak this morning on new security initiatives.',
      'The secretary told the forum on Saturday that the time to talk is now.',
      'On Tuesday the commerce ministry expressed strong dissatisfaction with the new rule.',
      'The minister adopted a conciliatory tone in her remarks on Sunday.',
      "Beijing's trade ministry hit back on Tuesday.",
      'The Chinese embassy in Canberra condemned the listing on Friday.',
      'At a news conference on Friday, the Chinese foreign ministry said the listing broke market rules and called on Washington to withdraw it.',
      "On Wednesday China's foreign ministry spokesman, Lin Qiao, told reporters the ruling showed Washington was breaking trade rules.",
      'On Monday the Chinese foreign ministry spokeswoman Hua Lin tells a regular briefing that China opposes all hacking.',
      "A spokesperson for China's Ministry of Commerce told reporters on Sunday that the US step would hurt the chip supply chain.",

      'The White House issued a fact sheet on Sunday listing what each side had promised.',
      'In a fact sheet released on Monday, the White House said Beijing would buy more beans.',
      'The White House said in a March 3 fact sheet that the truce would last a year.',
      'Beijing said on Sunday it had lodged stern representations with Washington over the call.',
      "China's Ministry of Commerce weighed in on Thursday.",
      'Beijing pushed back on Tuesday.',
      "Beijing's commerce ministry answered on Friday morning, local time.",
      'China rejected the accusations on Tuesday and asked for the charges to be dropped.',
      "China's defence ministry dismissed an American complaint about the flight on Friday.",
      'On Monday the President posted that the firm may now sell its chips in China.',
      'On Wednesday the ministry went further: spokesman Lin Qiao told reporters the ruling showed Washington was breaking trade rules.',
      'On Friday Beijing had "strongly urged" Washington to cancel the measures.',
      'China urged Washington on Tuesday to lift the tariffs.',
      'Spokeswoman Hua Lin said on Monday the forced sale would damage the trust of investors.',
      'Then last Sunday, in an interview broadcast on a cable channel, he questioned the policy.',
      'The president had written on Twitter on Monday that the plan was not working.',
      'The president weighed in on Twitter this morning.',
      'On Tuesday, spokesperson Lin Qiao told a regular press briefing that the two sides would keep talking.',
      'On Thursday foreign ministry spokesman Lin Qiao told reporters the two sides were in touch.',
      'On Wednesday a Chinese foreign ministry spokesperson called such blacklists blatant economic coercion.',
      'White House spokeswoman Ana Reyes said in a statement late on Wednesday that the move was cynical.',
      'We firmly oppose the decision announced today to add more Chinese firms to the list.',
      "On Saturday spokesman Lin Bo expressed the military's strong indignation.",
      'The secretary, on his last full day in office Tuesday, declared that China was committing genocide.',
      "The move followed the secretary's determination on Tuesday that Beijing's policies amount to genocide.",
      'The regulator said on Thursday it was making stern representations to the U.S. side.',
      'On Sunday, the department spokesman Tom Hale said Washington was very concerned by the provocative flights.',
    ],
    ignores: [
      'He wrote a book about trade.',
      'The firm was accused of fraud by investors.',
      'The firm gave its address in Delaware.',
      'The orchestra struck a brighter note in the second half.',
      "China's commerce ministry said on Monday it had received the application.",
      'The embassy replied to the letter.',
      "A spokesperson for India's Ministry of Commerce said on Monday the tariff would hurt exporters.",
      'The museum keeps a fact sheet on each painting.',
      'The union made representations to the council about parking.',
      'Spokeswoman Hua Lin said on Monday the ministry had received the letter.',
      'We were opposed to nothing on Monday; we only asked.',
      'The court declared on Monday that the contract was void.',
      'Our spokesman Tom Hale told the conference organisers he would be late.',
    ],
  },
});
