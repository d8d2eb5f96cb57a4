import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Command } from "commander";
import { EXIT, type Io } from "./io.js";

/** A starter CV that shows every convention the parser reads; the comments never reach the output. */
export const STARTER = `---
# Front matter (optional). Anything here overrides what vitae reads below.
lang: en
# Tags for variant builds, by section title or entry name:
# \`vitae build --except private\` leaves out what is tagged "private".
tags:
  private: [Interests]
---
<!-- The first heading is your name; the lines under it are your title and your contacts. -->
# Jane Doe

Research Engineer

[jane@example.org](mailto:jane@example.org) · +1 555 0100 · [jane.example.org](https://jane.example.org) · [github.com/janedoe](https://github.com/janedoe)

<!-- Section titles are recognised in English, French, German and Chinese: About, Experience, Education… -->
## About

I build reliable systems for machine learning. This paragraph becomes your summary.

<!-- An entry: the organisation in bold, then role, place and dates after " | ". Bullets are highlights. -->
<!-- {.industry} after a heading or an entry tags it: \`vitae build --only industry\`. -->
## Experience

**Acme Corp** | Senior Engineer | Berlin, DE | Jan 2022 – Present

- Cut inference latency by 40% across the serving fleet
- Led a team of five engineers

**Globex** | Software Engineer | Paris, FR | Sep 2018 – Dec 2021 {.industry}
<!-- Labelled lines under an entry set its fields: Location, Keywords, and for degrees Courses, for awards Awarder… -->
Keywords: Kafka, Flink, Scala

Built the data platform used by every product team.

- Designed the streaming ingestion pipeline

## Education

**University of Cambridge** | Ph.D. in Computer Science | Cambridge, UK | 2014 – 2018

- Thesis: Scheduling for heterogeneous clusters

<!-- A paper: the bold title and its date, then the authors and the venue on two lines. -->
## Publications {.academic}

**Fast Scheduling for Heterogeneous Clusters** Oct 2019

Jane Doe, John Smith  
In SOSP'19

## Projects

**[fastq](https://github.com/janedoe/fastq)** | Jan 2020 – Present

A lock-free queue for Rust.

## Awards

Best Paper Award by SOSP, Oct 2019

<!-- Skills, languages and interests: a bold name, a colon, then a comma-separated list. -->
## Skills

<!-- A level in parentheses after the name: "**Rust** (Expert)". -->
- **Languages** (Expert): Rust, Python, C++
- **Systems**: Kubernetes, Linux, CUDA

## Languages

- **English**: native
- **German**: fluent

<!-- Any other title becomes a section of its own, listed in the order you write it. -->
## Talks

**Scheduling at Scale** | Rust Conf | May 2021

## Interests

- Climbing, chess
`;

/** `vitae init [FILE]`: writes a starter CV, never over an existing file unless --force. */
export function registerInit(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("init")
    .description("write a starter CV (default resumes/me.md) that shows every convention vitae reads")
    .argument("[file]", "where to write it", "resumes/me.md")
    .option("--force", "overwrite the file if it exists")
    .action(async (file: string, opts: { force?: boolean }) => {
      try {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, STARTER, { flag: opts.force ? "w" : "wx" });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
        io.err(`vitae: ${file} already exists; pass --force to overwrite it\n`);
        return setExit(EXIT.badInput);
      }
      io.err(`${file}: written; next: \`vitae validate ${file}\`, then \`vitae build ${file}\`\n`);
    });
}
