/** @limber/core: the pure domain every other part of Limber calls. No IO. */

export * from "./content/education";
export * from "./content/escalation";
export * from "./content/safety";
export * from "./content/techniques";
export * from "./content/tight-spot";
export * from "./journal/assess";
export * from "./journal/events";
export * from "./journal/local-day";
export * from "./journal/needed-events";
export * from "./journal/thresholds";
export * from "./record/fhir-bundle";
export * from "./result";
export * from "./safety/hazards";
export * from "./safety/safety-state";
export * from "./screening/fhir";
export * from "./screening/questionnaire";
export * from "./screening/stopped";
export * from "./screening/triage";
export * from "./session/gate";
export * from "./session/machine";
export * from "./session/settings";
export * from "./source";
export * from "./trace/requirements";
export * from "./trace/test-titles";
export * from "./units";
