/**
 * The parts of zod vitae uses, configured once for every schema vitae defines:
 * `import * as z from` here, not from "zod". Named re-exports, not zod's `z`
 * namespace object, let the bundler leave out the rest of zod (its error
 * messages in 40-odd languages, JSON Schema conversion, the code generator),
 * about a quarter of the CLI bundle that every run loaded (1.38 → 1.01 MB).
 * zod still sets its English messages itself, on the first schema built.
 */
import { config } from "zod";

export { array, enum, number, object, string, ZodArray, ZodObject, ZodOptional, type infer, type ZodType } from "zod";

// Without eval: zod otherwise generates and compiles a parser for each object schema on its first use,
// which a one-CV build paid on every run (~10 ms of loading a CV, measured) and a batch of fifty did not win back.
config({ jitless: true });
