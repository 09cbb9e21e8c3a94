/**
 * Why each emergency answer means "call now": one explanation per flag, with the source that names it.
 * Cauda equina signs and chest pain are different emergencies and are never explained with each other's words.
 */
import type { SCREENING_ITEMS } from "../screening/questionnaire";
import type { Source } from "../source";

export type EmergencyLinkId = Extract<(typeof SCREENING_ITEMS)[number], { severity: "emergency" }>["linkId"];

const CAUDA_EQUINA_SOURCE: Source = 'NHS "Cauda equina syndrome" page: symptoms needing A&E or 999';
const CAUDA_EQUINA =
  "This can be a sign of cauda equina syndrome: pressure on the bundle of nerves at the base of the spine. It needs treatment in hospital straight away.";

export const EMERGENCY_WHY: Record<EmergencyLinkId, { text: string; source: Source }> = {
  "saddle-numbness": { text: CAUDA_EQUINA, source: CAUDA_EQUINA_SOURCE },
  "bladder-bowel-change": { text: CAUDA_EQUINA, source: CAUDA_EQUINA_SOURCE },
  "both-legs-symptoms": { text: CAUDA_EQUINA, source: CAUDA_EQUINA_SOURCE },
  "chest-pain": {
    text: "Chest pain together with back pain is one of the signs that need help straight away, not self-care.",
    source: 'NHS "Back pain" page: when to get urgent help',
  },
};

export const EMERGENCY_LINK_IDS = Object.keys(EMERGENCY_WHY) as EmergencyLinkId[];
