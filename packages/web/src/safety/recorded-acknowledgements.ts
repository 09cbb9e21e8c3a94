/**
 * The acknowledgements the person has recorded ("I understand", naming a journal reason). The record store
 * gains an `acknowledgements` signal from the guided-session work; until it has one, there are none, which
 * is the safer reading: an unacknowledged journal flag blocks sessions.
 */
import type { Acknowledgement } from "@limber/core/safety/safety-state";
import { store } from "../storage/store";

type WithAcknowledgements = { readonly acknowledgements?: { readonly value: readonly Acknowledgement[] } };

export function recordedAcknowledgements(): readonly Acknowledgement[] {
  return (store as WithAcknowledgements).acknowledgements?.value ?? [];
}
