import { describe, expect, it } from "vitest";
import { readText } from "../support/extract.js";

/** A projects section as pdftotext writes a one-column PDF: each head "Name (tools)" right under the bullets above, no blank line between. */
const PROJECTS = `Jordan Alvarez
jordan.alvarez@example.org

Projects
Harbor Maps (Swift, SwiftUI, Firebase)
• Released an iOS app that lets sailors bookmark, rate and share moorings with their friends and crews, with offline maps
• Wrote the sync layer on Firestore with conflict resolution for boats that go offline for several days at a time
Tide Clock (Raspberry Pi, Python, OpenCV)
• Built a clock that reads the local tide tables and shows the time left before the next high tide on an e-ink display
Fare Split (Kotlin, Ktor, PostgreSQL)
• Built the Android client of a tool that splits the cost of a shared ride between passengers by distance travelled
`;

describe("project heads in a PDF's text", () => {
  it("starts a project at a name with its tools in brackets under a long bullet, not as the bullet's wrapped end", async () => {
    const { projects } = await readText(PROJECTS);
    expect(projects?.map((p) => p.name)).toEqual(["Harbor Maps", "Tide Clock", "Fare Split"]);
  });
});
