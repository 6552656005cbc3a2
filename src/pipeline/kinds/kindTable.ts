import { KIND_IDS, type EventKind } from './allKinds';
import type { KindDefinition } from './kindDefinition';
import { agreement } from './agreement';
import { ambassadorSummoned } from './ambassadorSummoned';
import { deadline } from './deadline';
import { dialogueHalt } from './dialogueHalt';
import { entityList } from './entityList';
import { exportControls } from './exportControls';
import { importSuspension } from './importSuspension';
import { investigation } from './investigation';
import { meeting } from './meeting';
import { military } from './military';
import { phoneCall } from './phoneCall';
import { policy } from './policy';
import { purchase } from './purchase';
import { remarkRow } from './remarkRow';
import { sanctions } from './sanctions';
import { shootDown } from './shootDown';
import { statement } from './statement';
import { talks } from './talks';
import { tariffs } from './tariffs';
import { techRestriction } from './techRestriction';
import { visas } from './visas';
import { visit } from './visit';
import { warning } from './warning';
import { wtoComplaint } from './wtoComplaint';

/** Each kind's definition by id; the mapped type makes a kind without a file a type error. */
export const KIND_TABLE: { readonly [K in EventKind]: KindDefinition } = {
  'phone-call': phoneCall,
  visit,
  'dialogue-halt': dialogueHalt,
  talks,
  meeting,
  agreement,
  tariffs,
  'entity-list': entityList,
  'export-controls': exportControls,
  'tech-restriction': techRestriction,
  visas,
  warning,
  sanctions,
  investigation,
  'wto-complaint': wtoComplaint,
  'import-suspension': importSuspension,
  purchase,
  military,
  'shoot-down': shootDown,
  'ambassador-summoned': ambassadorSummoned,
  policy,
  statement,
  deadline,
  'remark-row': remarkRow,
};

/** The definitions in priority order (the order of KIND_IDS). */
export const KINDS: readonly KindDefinition[] = KIND_IDS.map((id) => KIND_TABLE[id]);
