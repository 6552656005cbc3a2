/**
 * How each kind of event moves the relationship, from −10 (conflict) to +10 (cooperation), in the
 * spirit of the Goldstein weights of the CAMEO event codes that event datasets use: signing an
 * agreement ≈ +8, negotiating ≈ +3.5, meeting ≈ +3, a visit ≈ +2, a phone call ≈ +1.5, a
 * statement 0, an investigation ≈ −2, a warning ≈ −4, a tariff or an export control ≈ −6, a
 * sanction ≈ −8, a show of military force ≈ −7. `eased` is the tone when the action undoes the
 * measure: "US cuts tariffs on Chinese goods" is a step towards cooperation, not away from it.
 *
 * Keyed by the pipeline's kind ids; a kind without an entry gets DEFAULT_TONE (neutral, like a
 * statement). tests/unit/pipeline/toneTable.test.ts lists every kind the rules know that is
 * missing here.
 */
export interface ToneEntry {
  tone: number;
  /** The tone when the title says the measure is cut, lifted, paused or eased. */
  eased?: number;
  /** The CAMEO family the weight follows, for the reader of this table. */
  cameo: string;
}

export const DEFAULT_TONE: ToneEntry = { tone: 0, cameo: '01 make public statement' };

export const TONE_TABLE: Readonly<Record<string, ToneEntry>> = {
  // Cooperation
  agreement: { tone: 8, cameo: '057 sign formal agreement' },
  purchase: { tone: 5, eased: -5, cameo: '061 cooperate economically' },
  takeover: { tone: 1, cameo: "061 cooperate economically (one side's firm buys the other's)" },
  talks: { tone: 3.5, cameo: '046 engage in negotiation' },
  meeting: { tone: 3, cameo: '043 meet at a third location' },
  visit: { tone: 2, cameo: '042/043 make or host a visit' },
  'phone-call': { tone: 1.5, cameo: '040 consult' },
  // Neutral
  statement: { tone: 0, cameo: '01 make public statement' },
  'bloc-statement': { tone: -2, cameo: '112 accuse (allies on coercion)' },
  legislation: { tone: -2, cameo: '16 reduce relations (a law aimed at the other side)' },
  policy: { tone: -1, eased: 2, cameo: '16 reduce relations (unspecified measure)' },
  deadline: { tone: -2, eased: 1, cameo: '17 coerce: set a deadline' },
  // Conflict
  petition: { tone: -1, cameo: '10 demand (a petition for trade action)' },
  investigation: { tone: -2, eased: 1, cameo: '09 investigate' },
  'security-review': { tone: -3, cameo: "09 investigate (a firm's security)" },
  'wto-complaint': { tone: -3, eased: 2, cameo: '114 complain officially' },
  warning: { tone: -4, cameo: '13 threaten' },
  'remark-row': { tone: -3, cameo: '111 criticise or denounce (a row over remarks)' },
  // An act no kind knows may be a step either way: neutral, like a statement, until a kind says.
  saying: { tone: 0, cameo: '01 make public statement' },
  'official-act': { tone: 0, cameo: '0 unclassified official act (weight unknown)' },
  // A program may court the other side (an exchange) or pursue it (a prosecution drive).
  program: { tone: 0, cameo: '0 unclassified official act (a program started or ended)' },
  'ambassador-summoned': { tone: -4, cameo: '111 criticise or denounce (summon)' },
  'regulator-summons': { tone: -3, cameo: '111 criticise or denounce (a firm summoned)' },
  visas: { tone: -4, eased: 3, cameo: '16 reduce relations (visas)' },
  'visit-called-off': { tone: -3, cameo: '16 reduce relations (a visit called off)' },
  'flight-curbs': { tone: -3, eased: 3, cameo: "16 reduce relations (the other side's airlines)" },
  'travel-advisory': { tone: -2, eased: 2, cameo: '16 reduce relations (advice against travel)' },
  'staff-departure': { tone: -2, cameo: "16 reduce relations (diplomats' staff sent home)" },
  'dialogue-halt': { tone: -5, eased: 4, cameo: '16 reduce or break relations' },
  'panda-loan': { tone: 3, cameo: '05 engage in diplomatic cooperation (pandas lent)' },
  'dialogue-restored': { tone: 4, cameo: '03 express intent to cooperate' },
  'fentanyl-curbs': { tone: 4, cameo: '03 express intent to cooperate' },
  'consulate-closure': {
    tone: -6,
    cameo: '161 reduce or break diplomatic relations (a consulate closed)',
  },
  expulsion: { tone: -5, cameo: '164 expel or withdraw (diplomats, journalists)' },
  'media-restriction': { tone: -4, cameo: "16 reduce relations (the other side's press)" },
  'cyber-attack': { tone: -6, cameo: '17 coerce (a cyber intrusion)' },
  'import-approval': { tone: 4, cameo: '061 cooperate economically (imports let in)' },
  'diplomatic-boycott': { tone: -4, cameo: '16 reduce relations (officials stay away)' },
  'import-suspension': { tone: -5, eased: 4, cameo: '163 impose embargo or boycott' },
  'shoot-down': { tone: -7, cameo: '18 assault (a shoot-down of a surveillance craft)' },
  shipment: { tone: 4, cameo: '061 cooperate economically (goods let in)' },
  seizure: { tone: -6, cameo: '17 coerce (a craft seized; its return is told by the same kind)' },
  hearing: { tone: -2, cameo: '11 disapprove (a witness questioned before Congress)' },
  'diplomatic-ties': { tone: 8, cameo: '05 engage in diplomatic cooperation (relations set up)' },
  tariffs: { tone: -6, eased: 5, cameo: '163 impose embargo (tariffs); 08 yield when eased' },
  'tariff-reprieve': { tone: 5, cameo: '08 yield (a tariff increase called off)' },
  'export-controls': { tone: -6, eased: 4, cameo: '163 impose embargo (exports)' },
  'export-licence': { tone: 4, cameo: '061 cooperate economically (sales let through)' },
  'port-fees': { tone: -6, eased: 4, cameo: '163 impose embargo (fees on ships)' },
  'tech-restriction': { tone: -6, eased: 4, cameo: '163 impose embargo (technology)' },
  'entity-list': { tone: -6, eased: 4, cameo: '163 impose embargo (entity list)' },
  'app-outage': { tone: -4, cameo: '163 impose embargo (an app cut off by a ban)' },
  'legal-case': {
    tone: -4,
    eased: 3,
    cameo: '173 arrest, detain or charge; 0841 release when eased',
  },
  'currency-designation': { tone: -4, eased: 3, cameo: '112 accuse (of currency manipulation)' },
  military: { tone: -7, cameo: '15 exhibit military posture' },
  'arms-sale': { tone: -5, cameo: '15 exhibit military posture (arms for Taiwan)' },
  sanctions: { tone: -8, eased: 4, cameo: '16 impose sanctions; 081 ease them' },
};
