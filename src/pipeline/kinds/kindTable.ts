import { KIND_IDS, type EventKind } from './allKinds';
import type { KindDefinition } from './kindDefinition';
import { agreement } from './agreement';
import { exportControls } from './exportControls';
import { investigation } from './investigation';
import { meeting } from './meeting';
import { military } from './military';
import { phoneCall } from './phoneCall';
import { policy } from './policy';
import { purchase } from './purchase';
import { sanctions } from './sanctions';
import { statement } from './statement';
import { talks } from './talks';
import { tariffs } from './tariffs';
import { techRestriction } from './techRestriction';
import { visas } from './visas';
import { visit } from './visit';
import { warning } from './warning';

/** Each kind's definition by id; the mapped type makes a kind without a file a type error. */
export const KIND_TABLE: { readonly [K in EventKind]: KindDefinition } = {
  'phone-call': phoneCall,
  visit,
  talks,
  meeting,
  agreement,
  tariffs,
  'export-controls': exportControls,
  'tech-restriction': techRestriction,
  visas,
  warning,
  sanctions,
  investigation,
  purchase,
  military,
  policy,
  statement,
};

/** The definitions in priority order (the order of KIND_IDS). */
export const KINDS: readonly KindDefinition[] = KIND_IDS.map((id) => KIND_TABLE[id]);
