import { ANNOUNCED_PLAN } from './announcedPlan.ts';
import { dateOutcomes, ENCOUNTERS } from './dateOutcomes.ts';
import { SIDE_OF } from './gazetteer.ts';
import { KIND_TABLE } from './kinds/kindTable.ts';
import type { EventDraft } from './mergeDetections.ts';
import { triggerText } from './triggerText.ts';

/** What an encounter's readout says the two sides agreed or warned of at it. */
const SAID_AT: ReadonlySet<string> = new Set(['agreement', 'warning', 'statement']);

/** Acts that relax a measure: an undated "lifted the tariffs" is not the dated "imposed" one. */
const RELAXING = new Set(['cut', 'lift', 'pause', 'exempt']);
/** The terms of a deal: "under the pact, Washington would lower its duties to 20 percent". */
const TERMS = /\b(?:agreed|agreement|deal|truce|consensus|under\s+(?:the|which|its))\b/i;

/**
 * Folds an undated event that only retells an event the same article dates into that event,
 * instead of emitting it on its own as a generic, dateless duplicate:
 * - the same kind, done by the same side: "Antony Blinken met his counterpart for a second
 *   session" after "the two delegations met in Anchorage on Thursday";
 * - a part told in the dated event's own sentence: "duties will fall to 20 percent from
 *   Wednesday, under a joint statement issued on Monday";
 * - the terms of a deal the article dates: "Under that pact, the two governments agreed that
 *   Washington would lower its duties on Chinese goods";
 * - what the two sides agreed or warned of at a call or a meeting the article dates: "According
 *   to Beijing's account, the two agreed to set up a communication channel".
 * Only events told by one article fold, into an event of that article, so cross-article merges
 * and anything the registry or another stage dated stay as they are.
 */
export function foldUndatedDrafts(told: readonly EventDraft[]): EventDraft[] {
  const drafts = dateOutcomes(told);
  const bySource = new Map<string, Told[]>();
  for (const draft of drafts) {
    if (draft.date === null) continue;
    for (const { sourceId, segment } of draft.detections) {
      const list = bySource.get(sourceId);
      const last = list?.[list.length - 1];
      // Drafts come one at a time: one already listed under this source is the last there.
      if (last?.draft === draft) last.starts.push(segment.start);
      else if (list === undefined) bySource.set(sourceId, [{ draft, starts: [segment.start] }]);
      else list.push({ draft, starts: [segment.start] });
    }
  }
  // Pure: hosts are copied with their new mentions, the drafts passed in stay as they were.
  const extra = new Map<EventDraft, EventDraft['detections']>();
  const folded = new Set<EventDraft>();
  for (const guest of drafts) {
    if (guest.date !== null || guest.knownEventId !== undefined) continue;
    const source = soleSource(guest);
    if (source === undefined) continue;
    const host = nearestHost(guest, bySource.get(source) ?? []);
    if (host === undefined) continue;
    extra.set(host, [...(extra.get(host) ?? []), ...guest.detections]);
    folded.add(guest);
  }
  if (folded.size === 0) return drafts;
  return drafts
    .filter((d) => !folded.has(d))
    .map((d) => {
      const more = extra.get(d);
      return more === undefined ? d : { ...d, detections: [...d.detections, ...more] };
    });
}

/**
 * A dated draft as one article tells it: where its sentences there start, in the draft's order.
 * Gathered once: a draft many articles tell has hundreds of sentences, and each undated guest
 * of each of those articles looked through all of them for its own article's.
 */
interface Told {
  draft: EventDraft;
  starts: number[];
}

function soleSource(draft: EventDraft): string | undefined {
  const first = draft.detections[0]?.sourceId;
  return draft.detections.every((d) => d.sourceId === first) ? first : undefined;
}

/** The dated host whose mention in the article is nearest to the guest's first sentence. */
function nearestHost(guest: EventDraft, hosts: readonly Told[]): EventDraft | undefined {
  const at = guest.detections[0]?.segment.start ?? 0;
  let best: EventDraft | undefined;
  let bestDistance = Infinity;
  for (const { draft: host, starts } of hosts) {
    if (!retells(host, guest, starts)) continue;
    for (const start of starts) {
      const distance = Math.abs(start - at);
      if (distance < bestDistance) {
        best = host;
        bestDistance = distance;
      }
    }
  }
  return best;
}

/** `starts`: where the host's sentences in the guest's article start. */
function retells(host: EventDraft, guest: EventDraft, starts: readonly number[]): boolean {
  if (host.kind === guest.kind) {
    return (
      sameStatus(host, guest) &&
      sidesMeet(host, guest) &&
      sameDirection(host, guest) &&
      sameStep(host, guest)
    );
  }
  // "The two agreed to set up a channel", "Xi warned against playing with fire", undated in the
  // story of a call: what was said and agreed there is the encounter's, not an event of its own.
  if (ENCOUNTERS.has(host.kind) && SAID_AT.has(guest.kind)) return sidesMeet(host, guest);
  if (!KIND_TABLE[host.kind].contains.includes(guest.kind)) return false;
  if (guest.detections.every((d) => starts.includes(d.segment.start))) return true;
  return (
    host.kind === 'agreement' &&
    guest.detections.every((d) => d.status === 'planned' && TERMS.test(d.segment.text))
  );
}

/**
 * "The pandas went on view at the zoo", undated, is not the dated pledge to send pandas told just
 * before it: a kind whose steps are events of their own (stepOf) folds a guest only into a host
 * of the same step.
 */
function sameStep(host: EventDraft, guest: EventDraft): boolean {
  const stepOf = KIND_TABLE[host.kind].stepOf;
  if (stepOf === null) return true;
  const lead = host.detections.find((d) => d.verbal);
  const own = guest.detections.find((d) => d.verbal);
  return (
    lead === undefined ||
    own === undefined ||
    stepOf(triggerText(lead)) === stepOf(triggerText(own))
  );
}

function sameStatus(host: EventDraft, guest: EventDraft): boolean {
  const dated = host.detections.find((d) => d.date !== null) ?? host.detections[0];
  const status = dated?.status;
  if (guest.detections.every((d) => d.status === status)) return true;
  // "The minister said on Tuesday that Beijing would cancel the visas" is the announcement,
  // done that day; "the ministry would work with the police to cancel them", told after it
  // without a day, retells the plan announced.
  return (
    status === 'occurred' &&
    dated !== undefined &&
    ANNOUNCED_PLAN.test(dated.segment.text.slice(0, dated.triggerStart)) &&
    guest.detections.every((d) => d.status === 'planned')
  );
}

/**
 * Both name someone on a common side, or one names nobody. A measure is one side's act, so
 * there the sides of the subjects must agree: China's retaliation is not the US tariff.
 */
function sidesMeet(host: EventDraft, guest: EventDraft): boolean {
  const bilateral = KIND_TABLE[host.kind].bilateral;
  const hostSides = bilateral ? sidesOf(host) : subjectSide(host);
  const guestSides = bilateral ? sidesOf(guest) : subjectSide(guest);
  if (hostSides.size === 0 || guestSides.size === 0) return true;
  for (const side of guestSides) if (hostSides.has(side)) return true;
  return false;
}

function sidesOf(draft: EventDraft): Set<string> {
  const sides = new Set<string>();
  for (const actor of draft.actors) {
    const side = SIDE_OF.get(actor);
    if (side !== undefined) sides.add(side);
  }
  return sides;
}

function subjectSide(draft: EventDraft): Set<string> {
  const side = SIDE_OF.get(draft.detections[0]?.actors[0] ?? '');
  return new Set(side === undefined ? [] : [side]);
}

function sameDirection(host: EventDraft, guest: EventDraft): boolean {
  if (!KIND_TABLE[host.kind].measure || host.actions.size === 0 || guest.actions.size === 0) {
    return true;
  }
  const relaxing = (draft: EventDraft): boolean => [...draft.actions].some((a) => RELAXING.has(a));
  return relaxing(host) === relaxing(guest);
}
