/**
 * The help pages: `limber help` (every command with an example) and `limber help <command>` /
 * `limber <command> --help` (what it does, its options, examples). Written for someone who has not read
 * the source: every example runs as shown from the repository root.
 */
export type CommandHelp = {
  readonly usage: string;
  readonly description: string;
  readonly options?: readonly (readonly [string, string])[];
  readonly examples: readonly (readonly [string, string])[];
};

export const HELP: Readonly<Record<string, CommandHelp>> = {
  serve: {
    usage: "limber serve [--port 8080] [--host 127.0.0.1] [--data ./limber-data]",
    description:
      "Runs the web app and the API. Data lives in embedded PGlite in --data, or in PostgreSQL when DATABASE_URL is set. " +
      'Prints one line, "Limber is running at <url>", on standard output; logs go to standard error.',
    options: [
      ["--port N", "port to listen on (also PORT; default 8080; 0 picks a free port)"],
      ["--host ADDRESS", "address to listen on (also LIMBER_HOST; default 127.0.0.1; 0.0.0.0 for a network)"],
      ["--data DIR", "PGlite data directory (also LIMBER_DATA; default ./limber-data)"],
    ],
    examples: [
      ["npx limber serve", "on http://127.0.0.1:8080 with data in ./limber-data"],
      ["npx limber serve --port 3000", "on another port (or: PORT=3000 npx limber serve)"],
      [
        "DATABASE_URL=postgres://limber@db/limber npx limber serve --host 0.0.0.0",
        "a clinic server on PostgreSQL",
      ],
    ],
  },
  migrate: {
    usage: "limber migrate [--data ./limber-data]",
    description:
      "Applies pending database migrations and exits (limber serve also applies them when it starts).",
    options: [["--data DIR", "PGlite data directory (ignored with DATABASE_URL)"]],
    examples: [
      ["npx limber migrate", "the PGlite store in ./limber-data"],
      [
        "DATABASE_URL=postgres://limber@db/limber npx limber migrate",
        "a PostgreSQL database, as a deploy step",
      ],
    ],
  },
  export: {
    usage: "limber export --user EMAIL [--fhir] [--data ./limber-data]",
    description:
      "Writes one person's whole record to standard output as JSON, or as a FHIR R4 Bundle with --fhir. " +
      "On PGlite, stop limber serve first (the data directory takes one process at a time).",
    options: [
      ["--user EMAIL", "whose record (required)"],
      ["--fhir", "a FHIR R4 Bundle instead of Limber's JSON"],
      ["--data DIR", "PGlite data directory (ignored with DATABASE_URL)"],
    ],
    examples: [
      ["npx limber export --user ann@example.org > ann.json", "the record as JSON"],
      ["npx limber export --user ann@example.org --fhir > ann.fhir.json", "the record as a FHIR Bundle"],
    ],
  },
  backup: {
    usage: "limber backup FILE [--data ./limber-data]",
    description:
      "Writes one consistent snapshot of every table (every account) to FILE while the server runs: a versioned, " +
      "newline-delimited JSON file holding the migration level. On PGlite a running limber serve takes the " +
      "backup itself; with DATABASE_URL it is one read-only REPEATABLE READ transaction. FILE is replaced only " +
      "once the new backup is complete.",
    options: [["--data DIR", "PGlite data directory (ignored with DATABASE_URL)"]],
    examples: [
      ["npx limber backup limber-backup.ndjson", "while npm start runs, or when it is stopped"],
      [
        "DATABASE_URL=postgres://limber@db/limber npx limber backup /backups/limber-$(date +%F).ndjson",
        "a clinic's nightly backup",
      ],
    ],
  },
  restore: {
    usage: "limber restore FILE [--data ./limber-data]",
    description:
      "Loads a backup into a new data directory or an empty PostgreSQL database (DATABASE_URL), then applies " +
      "any newer migrations. Refuses a store that holds any row, and a damaged or cut-short file (exit 2).",
    options: [["--data DIR", "PGlite data directory to create (ignored with DATABASE_URL)"]],
    examples: [
      ["npx limber restore limber-backup.ndjson --data ./limber-restored", "into a new PGlite directory"],
      [
        "DATABASE_URL=postgres://limber@db/limber_new npx limber restore limber-backup.ndjson",
        "into a new, empty PostgreSQL database",
      ],
    ],
  },
  triage: {
    usage: "limber triage [FILE | -] | limber triage --example",
    description:
      "Reads a screening request (the answers to all 16 safety questions, or a FHIR QuestionnaireResponse) from " +
      "FILE or standard input and prints the decision: self-care, see-professional or emergency, with every reason " +
      "and its source. Every question must be answered true or false; nothing is guessed.",
    options: [["--example", "print a complete, valid request (every question answered no) to start from"]],
    examples: [
      ["npx limber triage --example > answers.json", "a request to edit"],
      ["npx limber triage answers.json", "the decision for it"],
      ["npx limber triage --example | npx limber triage", "straight through: the self-care decision"],
    ],
  },
  assess: {
    usage: "limber assess [FILE | -] | limber assess --example",
    description:
      "Reads journal events with a time zone (and optionally now) from FILE or standard input and prints the " +
      "journal assessment: self-care, or see-professional/emergency with the flags that raised it.",
    options: [["--example", "print a complete, valid assessment input to start from"]],
    examples: [
      ["npx limber assess --example > journal.json", "an input to edit"],
      ["npx limber assess journal.json", "its assessment"],
    ],
  },
  trace: {
    usage: "limber trace [--json] [--hazards] [--root DIR]",
    description:
      "Lists every requirement (rule, step, number) with its source and the tests that cover it, and every safety " +
      "control of the hazard log. Exits 1 when a requirement or control lacks a source or a test.",
    options: [
      ["--json", "machine-readable output"],
      ["--hazards", "the hazard log and its controls"],
      ["--root DIR", "the repository to read tests from (default: the current directory)"],
    ],
    examples: [
      ["npx limber trace", "the table"],
      ["npx limber trace --json | head -20", "the start of the JSON"],
    ],
  },
};

const indent = (text: string) => `  ${text}`;

function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => indent(`${left.padEnd(width)}   ${right}`));
}

/** The page for one command. */
export function commandHelp(name: string): string {
  const help = HELP[name];
  if (!help) return "";
  return [
    `usage: ${help.usage}`,
    "",
    help.description,
    ...(help.options ? ["", "options:", ...table(help.options)] : []),
    "",
    "examples:",
    ...table(help.examples),
    "",
  ].join("\n");
}

/** The overview: every command with its summary and one example. */
export function overviewHelp(commands: readonly { name: string; summary: string }[]): string {
  return [
    "usage: limber <command> [options]      (limber help <command> for more)",
    "",
    "commands:",
    ...table(commands.map(({ name, summary }) => [name, summary])),
    "",
    "examples:",
    ...table(
      commands.flatMap(({ name }) => {
        const example = HELP[name]?.examples[0];
        return example ? [example] : [];
      }),
    ),
    "",
    "Bad input exits 2 with one line on standard error; nothing is written to standard output.",
    "",
  ].join("\n");
}
