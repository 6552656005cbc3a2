/**
 * The verbs of a clause told in the past: any regular "-ed" verb and the irregular pasts below,
 * with the present form a title gives them ("blacklisted" → "blacklists", "sent" → "sends").
 * What a clause reader needs to tell an act from talk about it is here too: the verbs of speech,
 * opinion, seeming, markets and mere being, which never make an act of their own.
 */

/** Irregular pasts of acts, with their present forms. */
const IRREGULAR: Readonly<Record<string, string>> = {
  sent: 'sends',
  took: 'takes',
  held: 'holds',
  struck: 'strikes',
  sold: 'sells',
  bought: 'buys',
  brought: 'brings',
  drew: 'draws',
  froze: 'freezes',
  withdrew: 'withdraws',
  threw: 'throws',
  broke: 'breaks',
  began: 'begins',
  begun: 'begins',
  chose: 'chooses',
  laid: 'lays',
  paid: 'pays',
  lent: 'lends',
  shut: 'shuts',
  upheld: 'upholds',
  forbade: 'forbids',
  withheld: 'withholds',
  overrode: 'overrides',
  undertook: 'undertakes',
  found: 'finds',
  heard: 'hears',
  won: 'wins',
  cut: 'cuts',
  set: 'sets',
  put: 'puts',
  hit: 'hits',
  spent: 'spends',
  swore: 'swears',
  rewrote: 'rewrites',
  handed: 'hands',
};

/** The irregular pasts, for a pattern. */
export const IRREGULAR_PASTS = Object.keys(IRREGULAR);

/**
 * Verbs that tell no act of their own, past or base: speech ("said", "noted"), opinion and
 * feeling ("argued", "believed", "welcomed"), seeming and being ("seemed", "remained"), wanting
 * and trying ("hoped", "tried"), markets' moves ("rose", "closed higher"), and words that mostly
 * stand as adjectives of a noun ("based", "linked", "listed"). A clause whose verb is one of these
 * reports or judges; the act, if any, is in what it says.
 */
const NO_ACT = new Set(
  [
    // speech
    'say said stated state noted note told tell argued argue claimed claim stressed stress',
    'emphasized emphasised emphasize emphasise underlined underline insisted insist suggested',
    'suggest explained explain acknowledged acknowledge admitted admit denied deny reported report',
    'indicated indicate signaled signalled signal hinted hint mentioned mention cited cite quoted',
    'quote reiterated reiterate repeated repeat reaffirmed reaffirm maintained maintain',
    'contended contend asserted assert commented comment replied reply answered answer asked ask',
    'urged urge called call described describe characterized characterised added add confirmed',
    'confirm cautioned caution warned warn wondered wonder questioned question doubted doubt',
    'remarked remark observed observe pointed point responded respond reacted react',
    'spoke speak wrote write talked talk discussed discuss agreed agree briefed brief',
    'received receive',
    // opinion and feeling
    'believed believe thought think felt feel knew know considered consider assumed assume',
    'criticized criticised criticize criticise accused accuse alleged allege blamed blame praised',
    'praise welcomed welcome lauded laud hailed hail applauded applaud denounced denounce slammed',
    'slam blasted blast opposed oppose supported support backed back favored favoured favor favour',
    'preferred prefer demanded demand pressed press feared fear worried worry hoped hope wished',
    'wish expected expect predicted predict estimated estimate projected project liked like',
    'concluded conclude decided decide judged judge viewed view regarded regard saw see',
    // seeming, being, trying, wanting
    'seemed seem appeared appear looked look sounded sound remained remain became become',
    'happened happen continued continue tried try used use tended tend failed fail declined',
    'decline refused refuse wanted want needed need intended intend planned plan aimed aim',
    'managed manage struggled struggle sought seek meant mean hoped was were been be being',
    'had have has did do does got get went go came come stayed stay kept keep left leave',
    'lived live worked work served serve died die existed exist lasted last emerged emerge',
    'occurred occur happened',
    // markets, numbers
    'rose rise fell fall dropped drop jumped jump climbed climb slipped slip surged surge gained',
    'gain plunged plunge tumbled tumble traded trade valued value priced price numbered number',
    'totaled totalled total amounted amount accounted account ranked rank compared compare',
    'doubled double tripled triple halved grew grow shrank shrink soared soar slumped slump',
    'rallied rally recovered recover reached reach produced produce exported export imported',
    'import consumed consume generated generate earned earn recorded record employed employ',
    'made make matched match',
    // mostly adjectives of a noun
    'based linked tied related concerned involved listed located headquartered owned controlled',
    'affiliated connected associated interested united limited detailed advanced skilled',
    'experienced qualified dedicated sophisticated complicated alleged reported so-called',
    'continued heightened elevated mixed',
    'red bed shed med fed led', // "-ed" words that are no verbs, and "fed" as in the Fed
    'need speed seed feed weed deed breed greed creed hundred kindred naked wicked sacred',
    'embed shred wed bred indeed',
  ]
    .join(' ')
    .split(/\s+/),
);

/** Whether a verb of a clause tells no act (speech, opinion, being, a market's move). */
export function tellsNoAct(verb: string): boolean {
  return NO_ACT.has(verb.toLowerCase());
}

/** Stems that take back the "e" their "-ed" dropped though the rules below would not. */
const WITH_E = new Set([
  'creat',
  'cit',
  'invit',
  'unit',
  'ignit',
  'recit',
  'incit',
  'excit',
  'expedit',
  'ignor',
  'restor',
  'explor',
  'stor',
  'scor',
  'implor',
  'deplor',
  'complet',
  'delet',
  'compet',
  'su',
]);
/** Stems the rules below would give an "e" they do not have. */
const WITHOUT_E = new Set(['focus', 'develop', 'pivot', 'pilot', 'bias', 'envelop', 'gallop']);

/**
 * The base form of a regular past: "blacklisted" → "blacklist", "revoked" → "revoke",
 * "barred" → "bar", "notified" → "notify", "agreed" → "agree", "sued" → "sue".
 */
export function baseOfPast(past: string): string {
  const w = past.toLowerCase();
  if (IRREGULAR[w] !== undefined) return baseOfPresent(IRREGULAR[w]);
  if (!w.endsWith('ed') || w.length < 4) return w;
  if (w.endsWith('eed')) return w.slice(0, -1);
  if (w.endsWith('ied')) return w.length <= 4 ? w.slice(0, -1) : `${w.slice(0, -3)}y`;
  const stem = w.slice(0, -2);
  if (WITH_E.has(stem)) return `${stem}e`;
  if (WITHOUT_E.has(stem)) return stem;
  // "barred", "banned", "capped", "committed": a doubled last consonant ("added", "called" keep).
  if (/([bgmnprt])\1$/.test(stem) && !/^(?:err|purr)$/.test(stem)) return stem.slice(0, -1);
  // "expelled", "cancelled", "controlled", "labelled": a doubled "l" after an unstressed or final
  // syllable; one-syllable "called", "spelled", "rolled" keep theirs.
  if (/(?:[pcbdv]el|rol|[nt]al|uel)l$/.test(stem) && (stem.match(/[aeiou]+/g) ?? []).length > 1) {
    return stem.slice(0, -1);
  }
  if (stem.endsWith('ll')) return stem;
  return needsE(stem) ? `${stem}e` : stem;
}

/** Whether a regular past's stem lost a final "e": "revok", "designat", "rul", "provid". */
function needsE(stem: string): boolean {
  const V = '[aeiou]';
  const C = '[^aeiouy]';
  return (
    /[vcu]$/.test(stem) || // approve, announce, issue
    /(?<![zs])z$/.test(stem) || // seize, penalize
    new RegExp(`${V}s$`).test(stem) || // close, raise, impose, release
    /[nrp]s$/.test(stem) || // license, endorse, collapse
    /(?<!n)g$|[aeu]ng$/.test(stem) || // charge, urge, change, challenge
    new RegExp(`${C}at$`).test(stem) || // designate, negotiate
    new RegExp(`${C}ut$`).test(stem) || // execute, distribute
    new RegExp(`${C}ot$`).test(stem) || // vote, promote
    new RegExp(`(?<!${V})${V}k$`).test(stem) || // revoke, invoke
    /ul$/.test(stem) || // rule, schedule
    new RegExp(`${C}il$`).test(stem) || // file, compile
    new RegExp(`${C}l$`).test(stem) || // settle, handle, table
    new RegExp(`${C}in$`).test(stem) || // fine, decline, combine
    new RegExp(`${C}[aiu]r$`).test(stem) || // declare, require, secure
    new RegExp(`(?<!${V})${V}[dbmp]$`).test(stem) // provide, describe, name, shape
  );
}

/** "blacklist" → "blacklists", "notify" → "notifies", "bar" → "bars", "slash" → "slashes". */
export function presentOfBase(base: string): string {
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  if (/(?:sh|ch|ss|x|zz|o)$/.test(base)) return `${base}es`;
  return `${base}s`;
}

/** "summons" → "summon", "notifies" → "notify", "slashes" → "slash", "bars" → "bar". */
export function baseOfPresent(present: string): string {
  if (present === 'summons') return 'summon';
  if (present.endsWith('ies')) return `${present.slice(0, -3)}y`;
  if (/(?:sh|ch|ss|x|zz|o)es$/.test(present)) return present.slice(0, -2);
  return present.slice(0, -1);
}

/** The present form of a past a title gives: "blacklisted" → "blacklists", "sent" → "sends". */
export function presentOfPast(past: string): string {
  const irregular = IRREGULAR[past.toLowerCase()];
  return irregular ?? presentOfBase(baseOfPast(past));
}

/** The verbs that tell no act, longest first, for a pattern's negative lookahead. */
export function noActVerbs(): string[] {
  return [...NO_ACT].sort((a, b) => b.length - a.length);
}

/** The same verbs in the present, "says", "notes", "argues", for a chronology's present lines. */
export function noActPresents(): string[] {
  const bases = [...NO_ACT].filter((w) => !/ed$/.test(w) || /^(?:need|speed|seed|feed)$/.test(w));
  return [...new Set(bases.map(presentOfBase))].sort((a, b) => b.length - a.length);
}

/**
 * Words as one pattern factored by their shared beginnings ("sa(?:id|ys)"), so that a regex
 * engine reads a word once instead of trying every word in turn: `words` of a few hundred verbs
 * in a lookahead cost as much as one.
 */
export function wordsTrie(words: readonly string[]): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (child === undefined) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const escape = (ch: string): string => ch.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  const emit = (node: Node): string => {
    const branches = [...node.next].map(([ch, child]) => `${escape(ch)}${emit(child)}`);
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
    if (!node.end) return body;
    return branches.length === 1 && body.length === 1 ? `${body}?` : `(?:${body})?`;
  };
  return emit(root);
}
