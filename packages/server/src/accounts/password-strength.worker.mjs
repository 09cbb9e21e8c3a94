// zxcvbn's estimate off the main thread: a long password costs it hundreds of milliseconds of CPU, which
// on the main thread would stall every other request. Plain JavaScript, so it runs from the sources (tsx)
// and from the start script's bundle alike. Messages: { id, password, userInputs } -> { id, score, warning }.
import { parentPort } from "node:worker_threads";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

const factory = new ZxcvbnFactory({ graphs: adjacencyGraphs, dictionary: { ...dictionary } });

parentPort?.on("message", ({ id, password, userInputs }) => {
  try {
    const { score, feedback } = factory.check(password, userInputs);
    parentPort?.postMessage({ id, score, warning: feedback.warning });
  } catch (error) {
    parentPort?.postMessage({ id, error: String(error instanceof Error ? error.message : error) });
  }
});
