import { Command, CommanderError, Option } from "commander";
import type { Io } from "./io.js";
import { EXIT } from "./io.js";
import { UsageError } from "./errors.js";
import { COMPARE_HELP, MAIN_HELP, OUTLETS_HELP, SCHEMA_HELP, SHOW_HELP } from "./help.js";

/**
 * The whole CLI: parses argv, runs one command, and returns the exit code.
 * Never calls process.exit (a pipe would lose buffered output); bin/ sets
 * process.exitCode. The pipeline loads lazily so `--help` starts fast.
 */
export async function run(argv: string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  const debug = argv.includes("--debug");
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (err) {
    return reportError(err, io, debug);
  }
}

function buildProgram(io: Io, setCode: (c: number) => void): Command {
  const program = new Command("claims")
    .description("Compare how news outlets quote and report one story: agreements, wording differences, contradictions.")
    .version(io.version, "-V, --version")
    .option("--debug", "show stack traces for internal errors")
    .addHelpText("after", "\n" + MAIN_HELP)
    .showHelpAfterError("(run claims --help for usage)")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  const common = (cmd: Command) =>
    cmd
      .argument("[paths...]", "article files, directories of *.txt, or - for stdin (default: the bundled seeds/)")
      .option("--color", "colour even when not a terminal")
      .option("--no-color", "never colour")
      .option("-v, --verbose", "show agreements and single-outlet statements in full, and info messages")
      .option("--json", "the JSON document (same as --format json)");
  common(program.command("compare").description("report agreements, wording differences and contradictions across outlets"))
    .addOption(new Option("--format <format>", "output format").choices(["text", "json", "ndjson", "markdown", "html"]).default("text"))
    .addOption(new Option("--only <what>", "show only one verdict").choices(["contradictions", "meaning", "wording", "agreements"]))
    .option("--outlet <id-or-name>", "only groups that include this outlet (repeatable)", collect, [])
    .option("--speaker <name>", "only groups whose speaker name contains this")
    .option("--min-outlets <n>", "only groups carried by at least n outlets", positiveInt)
    .addOption(new Option("--fail-on <verdict>", "exit 1 when a shown group has this verdict").choices(["contradict", "meaning", "wording"]))
    .addHelpText("after", COMPARE_HELP)
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { runCompare } = await import("./commands/compare.js");
      setCode(await runCompare(paths, opts, io));
    });
  common(program.command("show").description("list everything one outlet's article attributes, and to whom"))
    .requiredOption("--outlet <id-or-name>", "the article's id (cbc) or outlet name (\"CBC News\")")
    .addOption(new Option("--kind <kinds...>", "sections to show").choices(["quotes", "claims", "dates", "sources"]))
    .addHelpText("after", SHOW_HELP)
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { runShow } = await import("./commands/show.js");
      setCode(await runShow(paths, opts as { outlet: string }, io));
    });
  common(program.command("outlets").description("list the articles found: id, outlet, headline, date, counts"))
    .addHelpText("after", OUTLETS_HELP)
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { runOutlets } = await import("./commands/outlets.js");
      setCode(await runOutlets(paths, opts, io));
    });
  program
    .command("schema")
    .description("print the JSON Schema of the --json document")
    .addHelpText("after", SCHEMA_HELP)
    .action(async () => {
      const { reportJsonSchema } = await import("../schema/json-schema.js");
      io.stdout.write(JSON.stringify(reportJsonSchema(), null, 2) + "\n");
    });
  return program;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--min-outlets takes a whole number of 1 or more, not "${value}"`);
  return n;
}

function reportError(err: unknown, io: Io, debug: boolean): number {
  if (err instanceof CommanderError) {
    // --help and --version end through here with exit code 0.
    return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (err instanceof UsageError) {
    io.stderr.write(`claims: ${err.message}\n${err.hint ? `  ${err.hint}\n` : ""}`);
    return EXIT.usage;
  }
  const e = err instanceof Error ? err : new Error(String(err));
  io.stderr.write(`claims: internal error: ${e.message}\n`);
  io.stderr.write(debug ? `${e.stack ?? ""}\n` : "  (run again with --debug for the stack, and please report it)\n");
  return EXIT.internal;
}
