import { Command, CommanderError } from "commander";
import { registerBuild } from "./commands/build.js";
import { registerExplain } from "./commands/explain.js";
import { registerExtract } from "./commands/extract.js";
import { registerIndex } from "./commands/index-page.js";
import { registerInit } from "./commands/init.js";
import { registerInspect } from "./commands/inspect.js";
import { EXIT, processIo, UsageError, type Io } from "./commands/io.js";
import { registerParse } from "./commands/parse.js";
import { registerWatch } from "./commands/watch.js";
import { registerTheme } from "./commands/theme.js";
import { BrowserError } from "./pdf/printer.js";
import { ThemeError } from "./render/theme.js";
import { VERSION } from "./version.js";

/** Runs the command line: wires the commands, and is the one place that turns failures into exit codes. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  // the CLI runs from a bundle: stack traces asked for should name the source files, not its chunks
  if (io.env.VITAE_DEBUG) process.setSourceMapsEnabled(true);
  let exitCode: number = EXIT.ok;
  const setExit = (code: number) => {
    exitCode = Math.max(exitCode, code);
  };
  const program = new Command("vitae")
    .description("Build résumés and CVs from Markdown or plain text: canonical JSON Resume, HTML, PDF and LaTeX.")
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError("(run with --help for usage)");
  registerBuild(program, io, setExit);
  registerParse(program, io, setExit);
  registerTheme(program, io, setExit);
  registerExtract(program, io, setExit);
  registerInspect(program, io, setExit);
  registerExplain(program, io, setExit);
  registerWatch(program, io, setExit);
  registerInit(program, io, setExit);
  registerIndex(program, io, setExit);

  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (e instanceof UsageError || e instanceof ThemeError) {
      io.err(`vitae: ${e.message}\n`);
      return EXIT.usage;
    }
    if (e instanceof BrowserError) {
      io.err(`vitae: ${e.message}\n`);
      return EXIT.badInput;
    }
    const debug = io.env.VITAE_DEBUG ? `${(e as Error).stack}\n` : "(set VITAE_DEBUG=1 to see where, and please report it)\n";
    io.err(`vitae: internal error: ${(e as Error).message}\n${debug}`);
    return EXIT.badInput;
  }
}
