/** Print the summary, or download the whole record kept on this device as JSON or as a FHIR R4 Bundle. */

import { toFhirBundle } from "@limber/core/record/fhir-bundle";
import { account } from "../account/account";
import { wallNow } from "../app/clock";
import { announce } from "../app/live-region";
import { planStore } from "../plan/plan";
import { deviceTimeZone } from "../safety/safety-input";
import { acknowledgements, events, screenings, store } from "../storage/store";
import { downloadJson, exportFilename } from "./download";
import { type LocalRecord, localSafetyFacts, toRecordJson } from "./local-record";

const DEVICE_ID_KEY = "device-person-id";

/** The person's id in an export: their account id when signed in, else one stable id for this device. */
async function exportPerson(): Promise<{
  id: string;
  email?: string;
  user: { id: string; email: string; role: string } | null;
}> {
  const state = account.state.value;
  if (state.status === "signed-in") return { id: state.user.id, email: state.user.email, user: state.user };
  return { id: await store.claimMeta(DEVICE_ID_KEY, crypto.randomUUID()), user: null };
}

async function localRecord(): Promise<{
  record: LocalRecord;
  user: { id: string; email: string; role: string } | null;
}> {
  const { user, ...person } = await exportPerson();
  await planStore.loaded;
  return {
    record: {
      person,
      // The server's shape: a screening that stopped at an emergency answer holds the questions asked and
      // says where it stopped (a FHIR QuestionnaireResponse with status "stopped").
      screenings: [...screenings.value].reverse(),
      events: events.value,
      ...localSafetyFacts(screenings.value, acknowledgements.value),
      plan: planStore.plan.value,
      exportedAt: new Date(wallNow()).toISOString(),
    },
    user,
  };
}

/** Downloads the record on this device ("record": the JSON that "Restore a journal from a file" reads back). */
export async function downloadRecord(kind: "record" | "fhir"): Promise<void> {
  const { record, user } = await localRecord();
  const at = wallNow();
  const zone = deviceTimeZone();
  if (kind === "record") downloadJson(exportFilename("record", at, zone), toRecordJson(record, user));
  else downloadJson(exportFilename("fhir", at, zone), toFhirBundle(record), "application/fhir+json");
  announce(kind === "record" ? "Your record was downloaded as JSON." : "Your record was downloaded as FHIR.");
}

export function ExportButtons() {
  const download = downloadRecord;
  return (
    <div class="actions no-print">
      <button
        type="button"
        class="button primary"
        onClick={() => globalThis.print()}
        data-testid="summary-print"
      >
        Print or save as PDF
      </button>
      <button
        type="button"
        class="button"
        onClick={() => void download("record")}
        data-testid="download-json"
      >
        Download my record (JSON)
      </button>
      <button type="button" class="button" onClick={() => void download("fhir")} data-testid="download-fhir">
        Download for a clinic system (FHIR R4)
      </button>
    </div>
  );
}
