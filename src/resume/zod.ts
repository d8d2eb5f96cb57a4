/**
 * zod, configured once for every schema vitae defines: import `z` from here, not from "zod".
 * Without eval: zod otherwise generates and compiles a parser for each object schema on its
 * first use, which a one-CV build paid on every run (~10 ms of loading a CV, measured) and a
 * batch of fifty did not win back.
 */
import { z } from "zod";

z.config({ jitless: true });

export { z };
