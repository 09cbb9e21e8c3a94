/** @limber/core: the pure domain every other part of Limber calls. No IO. */
export * from "./result";
export * from "./units";
export * from "./source";
export * from "./screening/questionnaire";
export * from "./screening/triage";
export * from "./screening/fhir";
export * from "./journal/events";
export * from "./journal/thresholds";
export * from "./journal/local-day";
export * from "./journal/assess";
