/**
 * The server's CPU-heavy password work (scrypt derivations, zxcvbn strength estimates) shares one budget:
 * one fewer task at a time than the machine has cores (at least one), the rest wait their turn. Each task
 * takes a core for up to a few hundred milliseconds (a derivation also 128 MiB), so a burst of sign-ins or
 * password changes must leave a core to the thread that answers everyone else. Separate budgets let a
 * derivation and an estimate run together and took both cores of a 2-core machine (issue 17: a bystander's
 * p99 of 197 ms under 62 weak long passwords).
 */
import { availableParallelism } from "node:os";
import pLimit from "p-limit";

export const passwordWork = pLimit(Math.max(1, availableParallelism() - 1));
