import { KIND_IDS, type EventKind } from './allKinds.ts';
import type { KindDefinition } from './kindDefinition.ts';
import { agreement } from './agreement.ts';
import { appOutage } from './appOutage.ts';
import { ambassadorSummoned } from './ambassadorSummoned.ts';
import { armsSale } from './armsSale.ts';
import { deadline } from './deadline.ts';
import { dialogueHalt } from './dialogueHalt.ts';
import { dialogueRestored } from './dialogueRestored.ts';
import { entityList } from './entityList.ts';
import { exportControls } from './exportControls.ts';
import { exportLicence } from './exportLicence.ts';
import { fentanylCurbs } from './fentanylCurbs.ts';
import { flightCurbs } from './flightCurbs.ts';
import { importSuspension } from './importSuspension.ts';
import { importApproval } from './importApproval.ts';
import { diplomaticBoycott } from './diplomaticBoycott.ts';
import { diplomaticTies } from './diplomaticTies.ts';
import { hearing } from './hearing.ts';
import { investigation } from './investigation.ts';
import { expulsion } from './expulsion.ts';
import { cyberAttack } from './cyberAttack.ts';
import { legalCase } from './legalCase.ts';
import { legislation } from './legislation.ts';
import { currencyDesignation } from './currencyDesignation.ts';
import { mediaRestriction } from './mediaRestriction.ts';
import { meeting } from './meeting.ts';
import { officialAct } from './officialAct.ts';
import { saying } from './saying.ts';
import { military } from './military.ts';
import { pandaLoan } from './pandaLoan.ts';
import { petition } from './petition.ts';
import { phoneCall } from './phoneCall.ts';
import { policy } from './policy.ts';
import { portFees } from './portFees.ts';
import { program } from './program.ts';
import { purchase } from './purchase.ts';
import { regulatorSummons } from './regulatorSummons.ts';
import { remarkRow } from './remarkRow.ts';
import { sanctions } from './sanctions.ts';
import { securityReview } from './securityReview.ts';
import { takeover } from './takeover.ts';
import { shootDown } from './shootDown.ts';
import { shipment } from './shipment.ts';
import { seizure } from './seizure.ts';
import { blocStatement } from './blocStatement.ts';
import { consulateClosure } from './consulateClosure.ts';
import { statement } from './statement.ts';
import { talks } from './talks.ts';
import { staffDeparture } from './staffDeparture.ts';
import { tariffs } from './tariffs.ts';
import { tariffReprieve } from './tariffReprieve.ts';
import { techRestriction } from './techRestriction.ts';
import { travelAdvisory } from './travelAdvisory.ts';
import { visas } from './visas.ts';
import { visit } from './visit.ts';
import { visitCalledOff } from './visitCalledOff.ts';
import { warning } from './warning.ts';
import { wtoComplaint } from './wtoComplaint.ts';

/** Each kind's definition by id; the mapped type makes a kind without a file a type error. */
export const KIND_TABLE: { readonly [K in EventKind]: KindDefinition } = {
  'phone-call': phoneCall,
  'visit-called-off': visitCalledOff,
  visit,
  'dialogue-halt': dialogueHalt,
  'dialogue-restored': dialogueRestored,
  'fentanyl-curbs': fentanylCurbs,
  talks,
  meeting,
  agreement,
  'port-fees': portFees,
  tariffs,
  'tariff-reprieve': tariffReprieve,
  'entity-list': entityList,
  'export-controls': exportControls,
  'export-licence': exportLicence,
  'tech-restriction': techRestriction,
  visas,
  'flight-curbs': flightCurbs,
  'travel-advisory': travelAdvisory,
  'staff-departure': staffDeparture,
  warning,
  sanctions,
  hearing,
  investigation,
  petition,
  'security-review': securityReview,
  takeover,
  'wto-complaint': wtoComplaint,
  'import-suspension': importSuspension,
  'import-approval': importApproval,
  purchase,
  shipment,
  'legal-case': legalCase,
  'app-outage': appOutage,
  'currency-designation': currencyDesignation,
  'arms-sale': armsSale,
  military,
  'shoot-down': shootDown,
  seizure,
  'consulate-closure': consulateClosure,
  expulsion,
  'media-restriction': mediaRestriction,
  'diplomatic-boycott': diplomaticBoycott,
  'diplomatic-ties': diplomaticTies,
  'cyber-attack': cyberAttack,
  'panda-loan': pandaLoan,
  'ambassador-summoned': ambassadorSummoned,
  'regulator-summons': regulatorSummons,
  legislation,
  policy,
  program,
  'bloc-statement': blocStatement,
  statement,
  deadline,
  'remark-row': remarkRow,
  'official-act': officialAct,
  saying,
};

/** The definitions in priority order (the order of KIND_IDS). */
export const KINDS: readonly KindDefinition[] = KIND_IDS.map((id) => KIND_TABLE[id]);
