/**
 * Session mode: while a guided session runs the app shows nothing but the session (no site header,
 * navigation or footer), so the step, the timer and the stop control fit one phone screen. Tiny on
 * purpose: the app shell imports it into the first bundle.
 */
import { signal } from "@preact/signals";

export const sessionMode = signal(false);
