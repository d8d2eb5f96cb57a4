import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

/** A site's résumé page that names its owner only in the welcome paragraph at its top. */
const PAGE = `---
layout: page
title: Resume
---
## Welcome
This is the resume page of Dana Whitfield, a web developer from Cedar Falls, Iowa. Below is a bit about the work I've done.

## Experience

### Web Developer, Prairie Digital Co
_March 2015 - Current_

Building sites and applications for clients.
`;

describe("a web page's welcome paragraph", () => {
  it("names the page's owner and tells where they are from", async () => {
    const { basics } = await readMarkdown(PAGE);
    expect(basics?.name).toBe("Dana Whitfield");
    expect(basics?.location).toMatchObject({ city: "Cedar Falls", region: "Iowa" });
  });

  it("takes no place a person graduated or moved from as where they are", async () => {
    const moved = PAGE.replace("a web developer from Cedar Falls, Iowa", "who graduated from Cedar Falls, Iowa");
    const { basics } = await readMarkdown(moved);
    expect(basics?.location).toBeUndefined();
  });
});
