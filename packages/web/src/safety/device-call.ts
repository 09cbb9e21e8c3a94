/**
 * The call number for the app's frame (the footer on every screen), which loads before the record: the
 * number for the device's language at once, then the person's Settings once the store has loaded (boot.tsx).
 */
import { signal } from "@preact/signals";
import { type EmergencyCall, emergencyCall } from "./emergency-call";

export const deviceCall = signal<EmergencyCall>(emergencyCall({ emergencyNumber: null, country: null }));
