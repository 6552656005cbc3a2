import { PRECISION_RANK } from '../data/eventConstants.ts';
import type { EventDate } from '../data/eventSchema.ts';
import { actingSide } from './actingSide.ts';
import { datesCompatible } from './datesCompatible.ts';
import { DraftBucket, type DraftBucketState } from './draftBucket.ts';
import { countryOf } from './findNames.ts';
import { OWNER_OF_FIRM, SIDE_OF, STATE_OF_BODY } from './gazetteer.ts';
import { inheritDates } from './inheritDates.ts';
import { isPerson } from './isPerson.ts';
import { KIND_TABLE } from './kinds/kindTable.ts';
import { tripsApart } from './kinds/visitParties.ts';
import type { Detection, EventKind } from './pipelineTypes.ts';
import { sharesName } from './sharedNames.ts';
import { triggerText } from './triggerText.ts';

/** The detections that tell one real event, before it gets an id, a title and a summary. */
export interface EventDraft {
  kind: EventKind;
  detections: Detection[];
  knownEventId?: string;
  date: EventDate | null;
  actors: Set<string>;
  places: Set<string>;
  actions: Set<string>;
}

export interface ArticleDetections {
  sourceId: string;
  published: string | null;
  detections: Detection[];
}

/** Actions that make a measure stricter, and those that relax it; the two never merge. */
const TIGHTENING = new Set([
  'impose',
  'announce',
  'raise',
  'tighten',
  'restrict',
  'ban',
  'blacklist',
  'threaten',
  'revoke',
  'retaliate',
]);
/**
 * "Biden signed an order on Thursday barring investment in 59 firms" and, a year on, "Biden
 * widened the ban to 59 firms": signing makes a measure, stricter or looser, so a signed measure
 * fits an account of it in either direction.
 */
const EITHER_WAY = new Set(['agree']);
const ONGOING =
  /\b(?:remain(?:s|ed)?\s+in\s+(?:place|effect|force)|still\s+in\s+(?:place|effect|force))\b/i;

/**
 * One real event, one draft. Inside an article, later sentences about the same kind of event
 * ("the call", "the conversation") join the event told before them. Across articles, events
 * of one kind join when their dates, actors and places agree, or when both were matched to the
 * same known event. Drafts are bucketed by kind and month so the cost stays linear.
 */
export function mergeDetections(articles: ArticleDetections[]): EventDraft[] {
  const merger = detectionMerger();
  for (const article of articles) merger.add(article);
  return merger.drafts;
}

/** What mergeDetections does, one article at a time. */
export interface DetectionMerger {
  /** Merges the next article; articles must come in file order, as mergeDetections takes them. */
  add(article: ArticleDetections): void;
  /** The drafts so far, in the order they were started; later articles still grow them. */
  readonly drafts: EventDraft[];
  /**
   * The merge so far, for detectionMerger to carry on from: the same objects the merger holds
   * (serialise it before adding more), with every index as it is, so the articles added after
   * it give the drafts a merge of all of them in one go would give.
   */
  state(): MergeState;
}

/** What a merger holds between two articles (DetectionMerger.state). */
export interface MergeState {
  drafts: EventDraft[];
  byKnown: [string, EventDraft][];
  byMonth: [string, DraftBucketState<EventDraft>][];
  byYear: [string, DraftBucketState<EventDraft>][];
}

/**
 * mergeDetections, fed as articles arrive: a run that parses over worker threads merges the
 * articles parsed so far while the workers parse the rest, instead of after all of them. The
 * same articles in the same order give the same drafts, whichever way they were fed.
 */
export function detectionMerger(from?: MergeState): DetectionMerger {
  const drafts: EventDraft[] = from?.drafts ?? [];
  const byKnown = new Map<string, EventDraft>(from?.byKnown);
  const byMonth: Buckets = restoreBuckets(from?.byMonth ?? []);
  const byYear: Buckets = restoreBuckets(from?.byYear ?? []);
  // The merge's own notes on each draft (BUCKETS_OF, PLACE_COUNTRIES) are made again: a fused
  // draft leaves `drafts` but stays in its buckets, where a later article may still find it.
  if (from !== undefined) {
    const seen = new Set<EventDraft>();
    const note = (draft: EventDraft): void => {
      if (seen.has(draft)) return;
      seen.add(draft);
      notePlaces(draft);
    };
    drafts.forEach(note);
    byKnown.forEach(note);
    for (const buckets of [byMonth, byYear]) {
      for (const bucket of buckets.values()) {
        for (const draft of bucket.state().drafts) {
          note(draft);
          const of = BUCKETS_OF.get(draft);
          if (of === undefined) BUCKETS_OF.set(draft, [bucket]);
          else of.push(bucket);
        }
      }
    }
  }
  const state = (): MergeState => ({
    drafts,
    byKnown: [...byKnown],
    byMonth: [...byMonth].map(([key, bucket]) => [key, bucket.state()]),
    byYear: [...byYear].map(([key, bucket]) => [key, bucket.state()]),
  });

  const index = (draft: EventDraft): void => {
    if (draft.knownEventId !== undefined) byKnown.set(draft.knownEventId, draft);
    const start = draft.date?.start;
    if (start == null) return;
    // An agreement reached at talks is found by later talks too.
    for (const kind of [draft.kind, ...partsOf(draft)]) {
      file(byYear, `${kind}|${start.slice(0, 4)}`, draft);
      if (start.length >= 7) file(byMonth, `${kind}|${start.slice(0, 7)}`, draft);
      else file(byYear, yearOnlyKey(kind, start), draft);
    }
  };

  const addArticle = (article: ArticleDetections): void => {
    // This article's drafts by kind, in the order the article first touched them: a detection
    // only ever joins a draft of its own kind, so a long article never compares across kinds.
    const local = new Map<EventKind, EventDraft[]>();
    const inLocal = new Set<EventDraft>();
    const remember = (draft: EventDraft): void => {
      if (inLocal.has(draft)) return;
      inLocal.add(draft);
      push(local, draft.kind, draft);
    };
    for (const d of inheritDates(article.detections)) {
      if (actedByThirdParty(d)) continue;
      const seeds =
        d.knownEventId !== undefined ||
        (d.date !== null && !(d.anaphoric && !d.verbal && d.dateSource !== 'text')) ||
        (!KIND_TABLE[d.kind].datedOnly &&
          ((d.verbal && d.actors.length > 0) ||
            (d.status === 'ongoing' && ONGOING.test(d.segment.text))));
      if (!seeds && !d.anaphoric) continue;
      const found =
        (d.knownEventId !== undefined ? byKnown.get(d.knownEventId) : undefined) ??
        findLocal(local.get(d.kind) ?? [], d, seeds) ??
        meetingWithin(local, d) ??
        tripUnderway(local, d) ??
        (seeds && !d.verbal ? findHost(local, d, d.date) : undefined) ??
        (d.date !== null ? findGlobal(d, byMonth, byYear) : undefined) ??
        (seeds ? undefined : findHost(local, d));
      const target =
        found !== undefined && inLocal.has(found) && seeds && d.verbal && toldAsAnother(d)
          ? undefined
          : found;
      if (target) {
        const before = target.date?.start;
        // Talks told first, then "a deal was reached after the talks": the event is the deal.
        // Talks matched to the registry keep its entry, and with it their kind; an encounter
        // told as a meeting takes the kind of the registry's trip or talks it joins.
        const promoted =
          target.kind !== d.kind &&
          target.knownEventId === undefined &&
          ((d.parts ?? []).includes(target.kind) ||
            (d.knownEventId !== undefined && KIN[d.kind].includes(target.kind)));
        if (promoted) target.kind = d.kind;
        add(target, d);
        // "the arrangement" later in this article points back at the deal told with the talks.
        if (target.kind !== d.kind) push(local, d.kind, target);
        const twin = before == null ? twinElsewhere(target, d, byMonth, byYear) : undefined;
        if (twin !== undefined) {
          const twinBefore = twin.date?.start;
          fuse(twin, target, drafts, local);
          if (twin.date?.start !== twinBefore) index(twin);
          inLocal.add(twin);
          continue;
        }
        if (
          promoted ||
          target.date?.start !== before ||
          (d.knownEventId !== undefined && !byKnown.has(d.knownEventId))
        ) {
          index(target);
        }
        remember(target);
        continue;
      }
      if (!seeds) continue;
      const draft: EventDraft = {
        kind: d.kind,
        detections: [],
        date: null,
        actors: new Set(),
        places: new Set(),
        actions: new Set(),
      };
      add(draft, d);
      drafts.push(draft);
      remember(draft);
      index(draft);
    }
  };
  return { add: addArticle, drafts, state };
}

/**
 * "Trump says he had an excellent phone call with Xi … The Wednesday call came hours after …":
 * the article's event got its date only from a later sentence, after the search across articles
 * had been skipped for want of one. Now dated, it is looked for again among the other articles'
 * events, and every sentence told so far must fit the one found.
 */
function twinElsewhere(
  target: EventDraft,
  d: Detection,
  byMonth: Buckets,
  byYear: Buckets,
): EventDraft | undefined {
  if (target.date?.start == null || target.knownEventId !== undefined) return undefined;
  const twin = findGlobal(d, byMonth, byYear);
  if (twin === undefined || twin === target) return undefined;
  for (const x of target.detections) if (!compatible(twin, x)) return undefined;
  return twin;
}

/** The article's draft joins its twin: its sentences move over and it leaves the drafts. */
function fuse(
  twin: EventDraft,
  draft: EventDraft,
  drafts: EventDraft[],
  local: Map<EventKind, EventDraft[]>,
): void {
  for (const x of draft.detections) add(twin, x);
  const at = drafts.lastIndexOf(draft);
  if (at >= 0) drafts.splice(at, 1);
  for (const [kind, list] of local) {
    const at = list.indexOf(draft);
    if (at < 0) continue;
    if (list.includes(twin)) list.splice(at, 1);
    else list[at] = twin;
    local.set(kind, list);
  }
}

/**
 * "Russia reached a deal with Ukraine": a third country's act is not a US–China event. An act
 * the registry names is one, whoever it lists first: "the speaker and her delegation landed in
 * Taipei" takes the entry's actors, a US legislator the gazetteer does not list among them.
 */
function actedByThirdParty(d: Detection): boolean {
  const subject = d.actors[0];
  if (taiwanLeaderInUs(d)) return false;
  // "Washington cleared a $900 million package of arms for Taiwan": the buyer named first
  // is Taiwan, the seller the US, whether or not the sentence names it.
  if (d.kind === 'arms-sale' && subject === 'Taiwan') return false;
  // The catch-all kind knows no subject of its own: "the club suspended two members".
  if (KIND_TABLE[d.kind].fallback) return subject === undefined || !SIDE_OF.has(subject);
  return subject !== undefined && d.knownEventId === undefined && !SIDE_OF.has(subject);
}

/**
 * "Taiwan's president touched down in Honolulu on Saturday on the way to the Pacific": the island's
 * leader on American soil is a step between Washington and Beijing, though Taiwan is neither.
 */
function taiwanLeaderInUs(d: Detection): boolean {
  return (
    d.kind === 'visit' &&
    d.actors[0] === 'Taiwan' &&
    d.places.some((p) => countryOfPlace(p) === 'United States')
  );
}

/** The drafts of a kind and month (or year) by `kind|month`, for the search across articles. */
type Buckets = Map<string, DraftBucket<EventDraft>>;

function restoreBuckets(states: [string, DraftBucketState<EventDraft>][]): Buckets {
  return new Map(states.map(([key, state]) => [key, DraftBucket.fromState(state)]));
}

/** The buckets each draft is in, so a change of its date refiles it in each (add). */
const BUCKETS_OF = new WeakMap<EventDraft, DraftBucket<EventDraft>[]>();

function file(buckets: Buckets, key: string, draft: EventDraft): void {
  let bucket = buckets.get(key);
  if (bucket === undefined) {
    bucket = new DraftBucket();
    buckets.set(key, bucket);
  }
  bucket.add(draft);
  const of = BUCKETS_OF.get(draft);
  if (of === undefined) BUCKETS_OF.set(draft, [bucket]);
  else if (!of.includes(bucket)) of.push(bucket);
}

function push<K>(map: Map<K, EventDraft[]>, key: K, draft: EventDraft): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [draft]);
  else if (!list.includes(draft)) list.push(draft);
}

/**
 * "On May 4 the minister signed two orders … He also signed a separate order in May on the
 * app": an act told as another one is not the act told before it, though kind, month and
 * signer agree.
 */
const ANOTHER_ONE = /\b(?:separate|another|second|third|further)\s+(?:[\w-]+\s+){0,2}$/i;

function toldAsAnother(d: Detection): boolean {
  const { text } = d.segment;
  return ANOTHER_ONE.test(
    text.slice(Math.max(0, d.triggerStart - 30), d.triggerEnd).replace(/\S+$/, ''),
  );
}

/**
 * The event of this article the detection belongs to, among the article's drafts of its kind.
 * A bare "the visit" goes to the latest event of its kind, preferring one led by the same
 * actor; a dated or acted event needs agreement on the date. Scans from the latest draft back
 * and stops at the first led match, so a long article does not pay for all its earlier events.
 */
function findLocal(local: EventDraft[], d: Detection, seeds: boolean): EventDraft | undefined {
  const subject = d.actors[0];
  let latest: EventDraft | undefined;
  for (let i = local.length - 1; i >= 0; i--) {
    const draft = local[i];
    if (draft === undefined || !joins(draft, d, seeds)) continue;
    if (draft.detections[0]?.actors[0] === subject) return draft;
    latest ??= draft;
  }
  if (latest !== undefined || seeds) return latest;
  // "These restrictions were imposed in response to Trump's tariffs": a reference may name
  // other people than those who acted.
  const reference = { ...d, actors: [], places: [] };
  for (let i = local.length - 1; i >= 0; i--) {
    const draft = local[i];
    if (draft !== undefined && compatible(draft, reference)) return draft;
  }
  return undefined;
}

/**
 * "Trump and Xi on Monday held talks … Trump said the telephone call was very good": a bare
 * reference in another word for the same encounter, when the article told none of its own
 * kind, points back at the latest encounter it did tell.
 */
const HOSTS: Partial<Record<EventKind, EventKind[]>> = {
  'phone-call': ['talks'],
  talks: ['phone-call', 'meeting'],
  meeting: ['talks'],
};

// "Austin and Wei met this afternoon … Reports say the talks ran long": a bare reference dated
// like the encounter before it (by the same day or heading) is that encounter too.
function findHost(
  local: Map<EventKind, EventDraft[]>,
  d: Detection,
  sameDay: EventDate | null = null,
): EventDraft | undefined {
  if (!d.anaphoric || (local.get(d.kind)?.length ?? 0) > 0) return undefined;
  let host: EventDraft | undefined;
  for (const kind of HOSTS[d.kind] ?? []) {
    const latest = local.get(kind)?.at(-1);
    if (latest === undefined || latest.date === null) continue;
    if (sameDay !== null && !within(sameDay, latest.date)) continue;
    if (d.actors.length > 0 && !d.actors.some((a) => latest.actors.has(a))) continue;
    const at = latest.detections.at(-1)?.segment.start ?? -1;
    if (host === undefined || at > (host.detections.at(-1)?.segment.start ?? -1)) host = latest;
  }
  return host;
}

/**
 * "The secretary arrived in Beijing on Saturday … An editorial on Sunday said the visit had struck
 * a hopeful note": "the visit" told on a later day of the week the article's trip began is that trip,
 * still under way, whoever the sentence around it names.
 */
const TRIP_DAYS = 7;
function tripUnderway(local: Map<EventKind, EventDraft[]>, d: Detection): EventDraft | undefined {
  if (d.kind !== 'visit' || !d.anaphoric || d.verbal || d.date?.precision !== 'day')
    return undefined;
  const day = Date.parse(d.date.start ?? '');
  const drafts = local.get('visit') ?? [];
  for (let i = drafts.length - 1; i >= 0; i--) {
    const draft = drafts[i];
    if (draft?.date?.precision !== 'day' || statusOf(draft) !== d.status) continue;
    const since = (day - Date.parse(draft.date.start ?? '')) / 86_400_000;
    if (since >= 0 && since < TRIP_DAYS && d.places.every((p) => placeFits(p, draft))) return draft;
  }
  return undefined;
}

/**
 * "Negotiators wrapped up two days of talks in Stockholm on Tuesday … The negotiators met for
 * five hours on Monday": a meeting the article dates within its own talks, at no other place
 * and with no one else, is a sitting of those talks.
 */
function meetingWithin(local: Map<EventKind, EventDraft[]>, d: Detection): EventDraft | undefined {
  if (d.kind !== 'meeting' || !d.verbal || d.date === null) return undefined;
  for (const kind of ['talks'] as const) {
    const drafts = local.get(kind) ?? [];
    for (let i = drafts.length - 1; i >= 0; i--) {
      const draft = drafts[i];
      if (
        draft !== undefined &&
        draft.date !== null &&
        within(d.date, draft.date) &&
        statusOf(draft) === d.status &&
        d.places.every((p) => placeFits(p, draft)) &&
        // "On Tuesday the envoy was received by the foreign minister": a sitting with someone
        // the talks did not name is a meeting of its own.
        d.actors.every((a) => !isPerson(a) || draft.actors.has(a)) &&
        knownAlike(draft, d)
      ) {
        return draft;
      }
    }
  }
  return undefined;
}

/** Whether `inner` lies inside `outer`: a day of a span, a day of a month. */
function within(inner: EventDate, outer: EventDate): boolean {
  if (inner.start == null || outer.start == null) return false;
  const from = outer.start;
  const to = outer.end ?? outer.start;
  const start = inner.start.slice(0, from.length);
  const end = (inner.end ?? inner.start).slice(0, to.length);
  return start >= from && end <= to && inner.start.length >= from.length;
}

function joins(draft: EventDraft, d: Detection, seeds: boolean): boolean {
  if (seeds) {
    const status = statusOf(draft);
    if (status !== undefined && status !== d.status) return false;
    // An undated action joins an event only when the same actor does the same thing; so does
    // a dated one an undated event ("Biden directed his trade representative to raise tariffs"
    // is not "His administration began imposing the tariffs in July 2018").
    if (d.verbal && (d.date === null || draft.date === null) && !sameAct(draft, d)) return false;
  }
  if (compatible(draft, d)) return true;
  return (
    seeds &&
    draft.date !== null &&
    d.date !== null &&
    KIND_TABLE[d.kind].bilateral &&
    draft.kind === d.kind &&
    sameDay(draft.date, d.date)
  );
}

/**
 * "Last year the president widened the ban to 59 firms", told first, and "the president signed
 * the order on Thursday" in a later article: an event known only to its year is found by an
 * account of its day too, not only the other way round, when both tell it done (or both planned).
 * Such drafts have a bucket of their own, so a day's detection looks through them, not through
 * every draft of the year. Not for trips and meetings: a visit planned for a year is any of
 * that year's visits.
 */
const yearOnlyKey = (kind: EventKind, year: string): string => `${kind}|${year}|year`;

/**
 * The one act of the year-only drafts that the detection may be: told by a verb, by the same
 * actor, done (or planned) as the detection tells it. "Trump will visit China in 2017" is the
 * plan, not the trip made that November; "the tariffs dating from 2018 remain" names no act, and
 * with two fitting acts of one year the day's account could be either.
 */
function onlyActOfYear(
  d: Detection,
  bucket: DraftBucket<EventDraft> | undefined,
): EventDraft | undefined {
  let only: EventDraft | undefined;
  for (const draft of bucket?.candidates(d.date) ?? []) {
    if (
      draft.date?.start?.length !== 4 ||
      statusOf(draft) !== d.status ||
      !draft.detections.some((x) => x.verbal) ||
      !sharesActor(d.actors, draft.actors) ||
      !compatible(draft, d)
    ) {
      continue;
    }
    if (only !== undefined) return undefined;
    only = draft;
  }
  return only;
}

function findGlobal(d: Detection, byMonth: Buckets, byYear: Buckets): EventDraft | undefined {
  const start = d.date?.start;
  if (start == null) return undefined;
  const found = findInBucket(d, bucketOf(d.kind, start, byMonth, byYear));
  if (found !== undefined) return found;
  if (start.length >= 7 && d.verbal && !ENCOUNTERS.includes(d.kind)) {
    const wider = onlyActOfYear(d, byYear.get(yearOnlyKey(d.kind, start.slice(0, 4))));
    if (wider !== undefined) return wider;
  }
  for (const kind of d.parts ?? []) {
    const inPart = findInBucket(d, bucketOf(kind, start, byMonth, byYear));
    if (inPart !== undefined) return inPart;
  }
  // "Defence officials held their annual Defense Policy Coordination Talks on Jan 8 and 9" and,
  // in another article, "senior officials resumed their Defense Policy Coordination Talks in
  // January", one told as a meeting and one as talks: an encounter named alike.
  for (const kind of KIN[d.kind]) {
    for (const draft of bucketOf(kind, start, byMonth, byYear)?.candidates(d.date) ?? []) {
      if (datesCompatible(draft.date, d.date) && knownAlike(draft, d) && namedAlike(draft, d, 2)) {
        return draft;
      }
    }
  }
  // "Sherman travelled to Tianjin for talks in July" and, in another article, "Sherman sat down
  // with officials in Tianjin on Monday": a trip holds its meetings, so one told as a visit and
  // one told as a meeting, with a participant and the place in common, are one encounter.
  if (d.places.length === 0 || KIN[d.kind].length === 0 || !d.actors.some(isPerson)) {
    return undefined;
  }
  for (const kind of KIN[d.kind]) {
    if (d.parts?.includes(kind) === true) continue;
    for (const draft of bucketOf(kind, start, byMonth, byYear)?.candidates(d.date) ?? []) {
      if (datesCompatible(draft.date, d.date) && kinEncounter(draft, d) && compatible(draft, d)) {
        return draft;
      }
    }
  }
  return undefined;
}

/**
 * The kinds of an encounter at a place: a trip, the talks held on it, a meeting. A deal reached
 * there is found through the talks told as its part, not by this rule.
 */
const ENCOUNTERS: readonly EventKind[] = ['visit', 'talks', 'meeting'];
const KIN = Object.fromEntries(
  Object.values(KIND_TABLE).map((k) => [
    k.id,
    ENCOUNTERS.includes(k.id) ? ENCOUNTERS.filter((o) => o !== k.id) : [],
  ]),
) as Record<EventKind, EventKind[]>;

/**
 * One encounter told as two kinds: a kin kind, the same place and the same person taking part
 * (two envoys of one government in one city in one month are two trips, so a shared country or
 * ministry is not enough). Two entries of the registry are two events: talks in Geneva and the
 * deal announced after them.
 */
function kinEncounter(draft: EventDraft, d: Detection): boolean {
  return (
    KIN[d.kind].includes(draft.kind) &&
    sharesPerson(d.actors, draft.actors) &&
    sharePlace(draft, d) &&
    knownAlike(draft, d) &&
    statusOf(draft) === d.status
  );
}

/** Neither names a registry event, or both name the same one. */
function knownAlike(draft: EventDraft, d: Detection): boolean {
  return (
    draft.knownEventId === undefined ||
    d.knownEventId === undefined ||
    draft.knownEventId === d.knownEventId
  );
}

function bucketOf(
  kind: EventKind,
  start: string,
  byMonth: Buckets,
  byYear: Buckets,
): DraftBucket<EventDraft> | undefined {
  return start.length >= 7
    ? byMonth.get(`${kind}|${start.slice(0, 7)}`)
    : byYear.get(`${kind}|${start}`);
}

/**
 * The first draft of the bucket that is the detection's event. A loop rather than `find` with a
 * closure: the merge asks this of every dated detection, over every draft of a busy month.
 */
function findInBucket(
  d: Detection,
  bucket: DraftBucket<EventDraft> | undefined,
): EventDraft | undefined {
  if (bucket === undefined) return undefined;
  const side =
    KIND_TABLE[d.kind].bilateral || !namesBothSides(d) ? undefined : actingSide(d.actors[0]);
  // Only drafts whose date may fit: the rest fail datesCompatible below anyway.
  const candidates = bucket.candidates(d.date);
  let first: EventDraft | undefined;
  for (const draft of candidates) {
    if (
      // The cheapest, most selective tests first (each is pure, so the order changes only the
      // cost): at 2,000 articles 36% of the drafts of a bucket agree on the date and 56% share
      // an actor or a place with the detection.
      datesCompatible(draft.date, d.date) &&
      (shareSomething(draft, d) || namedAlike(draft, d) || sameSideSameDay(draft, d)) &&
      // "The envoys agreed to work towards a call between the presidents in the spring" and, in
      // a later article, "the defence chiefs spoke by video call in April": a plan and an act
      // told done are one event only when a person of one is named in the other.
      (statusOf(draft) === d.status ||
        (sharesPerson(d.actors, draft.actors) && !yearOnly(draft.date) && !yearOnly(d.date))) &&
      compatible(draft, d) &&
      // Across kinds, the place is what says it is one encounter: "talks in Madrid".
      (draft.kind === d.kind || sharePlace(draft, d))
    ) {
      // "By July Washington had ordered China's consulate in Houston closed" names both sides,
      // so it fits either side's closure of that month: the one its subject's side ordered is
      // its event.
      if (side === undefined || actingSide(draft.detections[0]?.actors[0]) === side) return draft;
      first ??= draft;
    }
  }
  return first ?? onlyCandidate(d, candidates);
}

/**
 * "A Biden-Xi summit later this year now looks likely", told in March: a plan known only to
 * its year is no telling of the meeting held that October, though the two share their people.
 */
function yearOnly(date: EventDraft['date']): boolean {
  return date?.precision === 'year';
}

/**
 * "His administration began imposing the tariffs in July 2018" names no one, so it shares no
 * actor with "In July 2018 Washington imposed duties on $34 billion of goods" in another article.
 * An account that names no actor and no place still joins an event of its kind and month when
 * it is the only one it fits: in a month with several such events it stays apart.
 */
function onlyCandidate(d: Detection, bucket: readonly EventDraft[]): EventDraft | undefined {
  if (d.date?.start == null || d.date.start.length < 7) return undefined;
  // A measure is one act of one side; talks and meetings have no such single owner.
  const kind = KIND_TABLE[d.kind];
  const oneDay = !kind.measure;
  if (oneDay && !sameDayAct(d, kind.bilateral)) return undefined;
  let only: EventDraft | undefined;
  for (const draft of bucket) {
    if (
      draft.kind !== d.kind ||
      statusOf(draft) !== d.status ||
      !datesCompatible(draft.date, d.date) ||
      (oneDay && !sameDay(draft.date, d.date)) ||
      !compatible(draft, d)
    ) {
      continue;
    }
    if (only !== undefined) return undefined;
    only = draft;
  }
  if (only === undefined) return undefined;
  return anonymous(d.actors, d.places) || anonymous(only.actors, only.places) ? only : undefined;
}

/**
 * "Sept. 3: Larsen pleads guilty and enters a plea deal", where the gazetteer knows neither the
 * defendant nor the court: one side's act told by a verb on an exact day is, across articles,
 * the only act of its kind that day, though the other account names the prosecutors. Only to
 * the day, since two such acts in one month are common; never talks or meetings, which any two
 * governments hold.
 */
function sameDayAct(d: Detection, bilateral: boolean): boolean {
  return !bilateral && d.verbal && d.date?.precision === 'day' && d.date.approximate !== true;
}

function anonymous(actors: Iterable<string>, places: Iterable<string>): boolean {
  for (const _ of actors) return false;
  for (const _ of places) return false;
  return true;
}

/** The kinds the draft's sentences told as parts of it ("after talks in Madrid"). */
function partsOf(draft: EventDraft): EventKind[] {
  const parts = new Set<EventKind>();
  for (const x of draft.detections) for (const k of x.parts ?? []) parts.add(k);
  parts.delete(draft.kind);
  return [...parts];
}

/** Same kind, or one told as a part of the other. */
function sameKind(draft: EventDraft, d: Detection): boolean {
  return (
    draft.kind === d.kind ||
    (d.parts ?? []).includes(draft.kind) ||
    draft.detections.some((x) => x.kind === d.kind || (x.parts ?? []).includes(d.kind)) ||
    kinEncounter(draft, d)
  );
}

function namesBothSides(d: Detection): boolean {
  let us = false;
  let china = false;
  for (const a of d.actors) {
    const side = SIDE_OF.get(a);
    if (side === 'us') us = true;
    else if (side === 'china') china = true;
  }
  return us && china;
}

function sidesMeet(draft: EventDraft, d: Detection): boolean {
  const sides = new Set([...draft.actors].map((a) => SIDE_OF.get(a)));
  return d.actors.some((a) => SIDE_OF.get(a) !== undefined && sides.has(SIDE_OF.get(a)));
}

function sharePlace(draft: EventDraft, d: Detection): boolean {
  for (const p of d.places) if (placeFits(p, draft)) return true;
  return false;
}

function compatible(draft: EventDraft, d: Detection): boolean {
  if (!sameKind(draft, d)) return false;
  // A deal's registry entry and its talks' entry differ, yet the talks are part of the deal.
  if (draft.knownEventId !== undefined && d.knownEventId !== undefined && draft.kind === d.kind) {
    return draft.knownEventId === d.knownEventId;
  }
  if (!datesCompatible(draft.date, d.date)) return false;
  if (otherStep(draft, d) || otherDestination(draft, d)) return false;
  if (KIND_TABLE[d.kind].measure && otherSideActs(draft, d)) return false;
  if (
    KIND_TABLE[d.kind].measure &&
    d.action !== '' &&
    !EITHER_WAY.has(d.action) &&
    draft.actions.size > 0
  ) {
    if (!actsInDirection(draft.actions, TIGHTENING.has(d.action))) return false;
  }
  if (
    d.actors.length > 0 &&
    draft.actors.size > 0 &&
    !sharesActor(d.actors, draft.actors) &&
    !sameSideSameDay(draft, d) &&
    !sameSideSamePlace(draft, d)
  ) {
    // Across kinds the participants are the sides: the deal names the envoys, the talks the
    // countries.
    if (draft.kind === d.kind || !sidesMeet(draft, d)) return false;
  }
  if (d.places.length > 0 && draft.places.size > 0) return sharePlace(draft, d);
  return true;
}

/**
 * "accepted an invitation to travel to Ottawa in May, and asked the premier to come to Rome later
 * in the year": a trip to one country is not a trip to another, whatever else they share.
 */
function otherDestination(draft: EventDraft, d: Detection): boolean {
  if (d.kind !== 'visit' || draft.kind !== 'visit') return false;
  return draft.detections.some((x) => tripsApart(d, x));
}

/**
 * "Congress passed the bill in May, and the president signed it": a kind whose steps are events
 * of their own (stepOf) keeps a detection of one step out of an event of another. The event's
 * step is its first detection's with a verb.
 */
function otherStep(draft: EventDraft, d: Detection): boolean {
  const stepOf = KIND_TABLE[d.kind].stepOf;
  if (stepOf === null || !d.verbal || draft.kind !== d.kind) return false;
  const lead = draft.detections.find((x) => x.verbal && x.kind === d.kind);
  return lead !== undefined && stepOf(triggerText(lead)) !== stepOf(triggerText(d));
}

/**
 * "China's duties will rise to 84% on Thursday" and "Trump raised the tariff on Chinese imports
 * to 125%": both name China, but a measure is its imposer's, and these are two sides' acts.
 */
function otherSideActs(draft: EventDraft, d: Detection): boolean {
  const mine = actingSide(d.actors[0]);
  const theirs = actingSide(draft.detections[0]?.actors[0]);
  return mine !== undefined && theirs !== undefined && mine !== theirs;
}

/**
 * "The department informs the Senate committee in a letter" and, in another paper, "the US
 * Treasury Department told lawmakers on Monday": two bodies of one state, acting on the same
 * day in the same kind of act, are that state's one act told twice. Only to the day: a month
 * holds many acts of one side.
 */
function sameSideSameDay(draft: EventDraft, d: Detection): boolean {
  if (draft.date?.precision !== 'day' || d.date?.precision !== 'day') return false;
  if (draft.date.start !== d.date.start || draft.kind !== d.kind) return false;
  const mine = actingSide(d.actors[0]);
  return mine !== undefined && actingSide(draft.detections[0]?.actors[0]) === mine;
}

/**
 * "The US national security adviser visited Beijing in the last week of August" and "Mr Smith
 * visited Beijing from 27 to 29 August": the office and the man who holds it name no actor in
 * common, but one side's trip to one city in overlapping days is one trip.
 */
function sameSideSamePlace(draft: EventDraft, d: Detection): boolean {
  // Days, not a month: "Yellen visited China in April" and "Blinken is expected to visit China
  // later this month" are two trips.
  if (draft.date?.precision !== 'day' || d.date?.precision !== 'day') return false;
  if (d.status !== draft.detections[0]?.status) return false;
  if (d.places.length === 0 || draft.places.size === 0 || !sharePlace(draft, d)) return false;
  const mine = actingSide(d.actors[0]);
  return mine !== undefined && actingSide(draft.detections[0]?.actors[0]) === mine;
}

/** Across articles, two events are one only if they share an actor or a place. */
function shareSomething(draft: EventDraft, d: Detection): boolean {
  return sharesActor(d.actors, draft.actors) || sharePlace(draft, d);
}

/**
 * Two accounts that share no actor or place but name the same thing, told as done (or as
 * planned) both, in the same month or on the same day. A year is too wide for a name: "Biden
 * widened the ban last year" names Trump, whom half the acts of that year name.
 */
function namedAlike(draft: EventDraft, d: Detection, atLeast = 1): boolean {
  return (
    d.date !== null &&
    d.date.precision !== 'year' &&
    statusOf(draft) === d.status &&
    sharesName(d, draft.detections, atLeast)
  );
}

/** Whether one of the draft's actions tightens (or, with `tight` false, relaxes) a measure. */
function actsInDirection(actions: ReadonlySet<string>, tight: boolean): boolean {
  for (const a of actions) if (EITHER_WAY.has(a) || TIGHTENING.has(a) === tight) return true;
  return false;
}

function sharesActor(actors: readonly string[], of: ReadonlySet<string>): boolean {
  for (const a of actors) {
    if (of.has(a)) return true;
    const state = holderOf(a);
    if (state !== undefined && of.has(state)) return true;
  }
  for (const b of of) {
    const state = holderOf(b);
    if (state !== undefined && actors.includes(state)) return true;
  }
  return false;
}

/** The state a body acts for, or the firm that owns an app. */
function holderOf(actor: string): string | undefined {
  return STATE_OF_BODY.get(actor) ?? OWNER_OF_FIRM.get(actor);
}

/** A named official both accounts give: not a state, one of its bodies or a firm. */
function sharesPerson(actors: readonly string[], of: ReadonlySet<string>): boolean {
  for (const a of actors) if (of.has(a) && isPerson(a)) return true;
  return false;
}

function sameAct(draft: EventDraft, d: Detection): boolean {
  const lead = draft.detections[0];
  return (
    lead?.actors[0] === d.actors[0] && (draft.actions.size === 0 || draft.actions.has(d.action))
  );
}

function statusOf(draft: EventDraft): string | undefined {
  return (draft.detections.find((x) => x.date !== null) ?? draft.detections[0])?.status;
}

function sameDay(a: EventDate | null, b: EventDate | null): boolean {
  return a?.precision === 'day' && b?.precision === 'day' && datesCompatible(a, b);
}

/**
 * The countries the draft's places lie in, kept as places are added: the search across
 * articles asks placeFits of every draft in a busy month, and a scan of each draft's places
 * there was a quarter of the merge.
 */
const PLACE_COUNTRIES = new WeakMap<EventDraft, Set<string>>();
const COUNTRY_OF = new Map<string, string | undefined>();

function countryOfPlace(place: string): string | undefined {
  if (COUNTRY_OF.has(place)) return COUNTRY_OF.get(place);
  const country = countryOf(place);
  COUNTRY_OF.set(place, country);
  return country;
}

function notePlace(draft: EventDraft, place: string): void {
  const country = countryOfPlace(place);
  if (country === undefined) return;
  const countries = PLACE_COUNTRIES.get(draft);
  if (countries === undefined) PLACE_COUNTRIES.set(draft, new Set([country]));
  else countries.add(country);
}

/** A draft's places are only ever added to, so its countries are those of its places now. */
function notePlaces(draft: EventDraft): void {
  for (const p of draft.places) notePlace(draft, p);
}

/** "Busan" fits a draft in South Korea, and "South Korea" one in Busan. */
function placeFits(place: string, draft: EventDraft): boolean {
  if (draft.places.has(place)) return true;
  const country = countryOfPlace(place);
  if (country !== undefined && draft.places.has(country)) return true;
  return PLACE_COUNTRIES.get(draft)?.has(place) ?? false;
}

function add(draft: EventDraft, d: Detection): void {
  draft.detections.push(d);
  // The talks' registry entry does not name the deal reached at them.
  if (d.knownEventId !== undefined && d.kind === draft.kind) draft.knownEventId ??= d.knownEventId;
  for (const a of d.actors) draft.actors.add(a);
  for (const p of d.places) {
    draft.places.add(p);
    notePlace(draft, p);
  }
  if (d.action !== '') draft.actions.add(d.action);
  if (d.date !== null && (draft.date === null || better(d, draft))) {
    draft.date = d.date;
    for (const bucket of BUCKETS_OF.get(draft) ?? []) bucket.moved(draft);
  }
}

/** A date read in the text beats one from the registry; a more precise one beats a vaguer one. */
function better(d: Detection, draft: EventDraft): boolean {
  const current = draft.detections.find((x) => x.date === draft.date);
  const currentFromText = current?.dateSource === 'text';
  const rank = PRECISION_RANK[d.date?.precision ?? 'unknown'];
  const currentRank = PRECISION_RANK[draft.date?.precision ?? 'unknown'];
  if ((d.dateSource === 'text') !== currentFromText) {
    // "negotiations this year" does not undo the registry's day for the talks it points at,
    // nor "earlier this week" its exact day; a text date that says more, or something else, does.
    const vaguer =
      (rank < currentRank || (rank === currentRank && roughAgainstExact(d.date, draft.date))) &&
      datesCompatible(d.date, draft.date);
    return d.dateSource === 'text' && !vaguer;
  }
  // "This week … a framework" then "agreed on a framework on Tuesday": the exact day says more.
  if (rank === currentRank && roughAgainstExact(draft.date, d.date)) {
    return datesCompatible(d.date, draft.date);
  }
  return rank > currentRank;
}

/** `rough` is approximate where `exact` is not. */
function roughAgainstExact(rough: EventDate | null, exact: EventDate | null): boolean {
  return rough?.approximate === true && exact?.approximate === false;
}
