/**
 * The V8 flags the CLI runs under, as a build needs V8's tiers: bin/vitae.js
 * sets them before the bundle loads (so that vitae's code caches are always
 * made and read under the same flags, which V8 checks), and the benchmark
 * parses under them (bench/parse-baseline.ts), so that its figure is the CLI's.
 */
module.exports = [
  // each regular expression compiled to machine code the first time it runs: the parser has hundreds, mostly
  // run a few times per CV, and V8's default of interpreting a pattern once before compiling it compiles most
  // of them twice. (Not --no-regexp-tier-up: a pattern Node ran before bin/vitae.js sets it, under the default,
  // would crash V8 when it ran again.)
  "--regexp-tier-up-ticks=0",
  // only the functions that stay hot optimised: at V8's default budget a batch of 50 CVs had TurboFan compile
  // 216 functions, on threads of its own, most of them parser code that then ran too few times to repay it; at
  // eight times the budget it compiles 41, and Node's CPU per CV fell from 55 to 47 ms (bench/results.md)
  "--interrupt-budget=540672",
];
