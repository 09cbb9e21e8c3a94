/**
 * The acknowledgements the person has recorded ("I understand", naming a journal reason), as the core's
 * safety input wants them. The one place the safety state reads them from.
 */
import type { Acknowledgement } from "@limber/core/safety/safety-state";
import { acknowledgements } from "../storage/store";

export function recordedAcknowledgements(): readonly Acknowledgement[] {
  return acknowledgements.value;
}
