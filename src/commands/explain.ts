import { Command } from "commander";
import type { FormatOverride } from "../source/detect-format.js";
import { fromOption } from "./parse.js";
import { EXIT, reportDiagnostics, type Io } from "./io.js";

interface ExplainFlags {
  from?: FormatOverride;
  json?: boolean;
  color?: boolean;
}

/** `vitae explain FILE`: the source line by line, each with what it became, the uncertain readings marked. */
export function registerExplain(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("explain")
    .description("show how FILE was read: each source line with what it became in the résumé, the uncertain readings marked with how to settle them")
    .argument("<file>", "a Markdown or plain-text source")
    .addOption(fromOption())
    .option("--json", "print the explanation as JSON, for tools")
    .option("--color", "colour the output even when it is not a terminal")
    .option("--no-color", "never colour the output (so does NO_COLOR)")
    .action(async (file: string, flags: ExplainFlags) => setExit(await runExplain(file, flags, io)));
}

async function runExplain(file: string, flags: ExplainFlags, io: Io): Promise<number> {
  const [{ loadResume }, { explainReading }, { explanationJson, formatExplanation }] = await Promise.all([
    import("../load-resume.js"),
    import("../explain/explain-reading.js"),
    import("../explain/format-explanation.js"),
  ]);
  const loaded = await loadResume(file, flags.from);
  reportDiagnostics(loaded.diagnostics.filter((d) => d.severity === "error"), false, io);
  if (!loaded.ok) return EXIT.badInput;
  if (!loaded.value.reading) {
    io.err(`${file}: error: a JSON Resume document is read as it is, field by field; there is no reading to explain [explain-json]\n`);
    return EXIT.badInput;
  }
  const explanation = explainReading(file, loaded.value.reading);
  // colour by default only on a terminal, and never under NO_COLOR (https://no-color.org)
  const colour = flags.color ?? (Boolean(process.stdout.isTTY) && !io.env.NO_COLOR);
  io.out(flags.json ? explanationJson(explanation) : formatExplanation(explanation, colour));
  return EXIT.ok;
}
