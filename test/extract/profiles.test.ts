import { describe, expect, it } from "vitest";
import { addContact, readContact } from "../../src/extract/contacts.js";
import { splitContactLine } from "../../src/extract/split-contact-line.js";
import { readLabelledProfile, readProfileUrl } from "../../src/extract/profiles.js";
import type { Basics } from "../../src/resume/schema.js";
import { readMarkdown, readText } from "../support/extract.js";

describe("readProfileUrl", () => {
  it("names the network of an account's address and keeps the address as written", () => {
    expect(readProfileUrl("github.com/jdoe")).toEqual({ network: "GitHub", username: "jdoe", url: "github.com/jdoe" });
    expect(readProfileUrl("https://de.linkedin.com/in/jane-doe/")?.username).toBe("jane-doe");
    expect(readProfileUrl("https://stackoverflow.com/users/12345/jdoe")?.network).toBe("Stack Overflow");
    expect(readProfileUrl("https://qiita.com/jdoe")?.network).toBe("Qiita");
    expect(readProfileUrl("https://t.me/jdoe")?.network).toBe("Telegram");
  });

  it("takes a link to a repository or a post for no profile", () => {
    expect(readProfileUrl("https://github.com/jdoe/dotfiles")).toBeUndefined();
    expect(readProfileUrl("https://github.com/features")).toBeUndefined();
  });
});

describe("readLabelledProfile", () => {
  it("gives a handle after a network's name as a username with no address", () => {
    expect(readLabelledProfile("telegram", "@jdoe")).toEqual({ network: "Telegram", username: "jdoe" });
  });

  it("gives nothing for a label that names no network", () => {
    expect(readLabelledProfile("hobbies", "@jdoe")).toBeUndefined();
  });
});

describe("readContact", () => {
  it("reads labelled values in several languages, each with its label as written", () => {
    expect(readContact("Lokalizacja: Polska")).toEqual({ field: "location", value: { countryCode: "PL" }, label: "Lokalizacja" });
    expect(readContact("Teléfono: 612 345 678")).toEqual({ field: "phone", value: "612 345 678", label: "Teléfono" });
    expect(readContact("Phone: +1 555 JOE DOES")).toEqual({ field: "phone", value: "+1 555 JOE DOES", label: "Phone" });
    expect(readContact("Tel. 0151 2636 6002")).toEqual({ field: "phone", value: "0151 2636 6002", label: "Tel." });
  });

  it("reads numbers in national formats and no dates", () => {
    for (const phone of ["+(49) 151-1234-5678", "0151 2345 6789", "(11) 98765-4321", "555.123.4567"]) expect(readContact(phone)).toEqual({ field: "phone", value: phone });
    expect(readContact("10.03.1990")).toBeUndefined();
  });

  it("without places, reads every other contact the same and no place", () => {
    const phrases = ["Lokalizacja: Polska", "Porto Alegre, RS", "Teléfono: 612 345 678", "jane (at) example (dot) org", "github.com/jdoe", "jdoe.dev", "Æ +43 699 1234567"];
    for (const phrase of phrases) {
      const full = readContact(phrase);
      expect(readContact(phrase, { places: false })).toEqual(full?.field === "location" ? undefined : full);
    }
    expect(phrases.map((p) => readContact(p)?.field)).toContain("location");
  });

  it("spells out an obfuscated e-mail address", () => {
    expect(readContact("jane (at) example (dot) org")).toEqual({ field: "email", value: "jane@example.org" });
  });

  it("keeps a postal address as written beside the town read from it", () => {
    expect(readContact("Adresse: Mühlstraße 22, 74080 Heilbronn")).toMatchObject({ field: "location", value: { address: "Mühlstraße 22, 74080 Heilbronn" } });
    expect(readContact("Porto Alegre, RS")).toEqual({ field: "location", value: { city: "Porto Alegre", region: "RS" } });
  });

  it("reads an unlabelled place only with evidence for it", () => {
    expect(readContact("Porto Alegre, RS")).toEqual({ field: "location", value: { city: "Porto Alegre", region: "RS" } });
    expect(readContact("Team Lead, Platform")).toBeUndefined();
  });
});

describe("addContact", () => {
  it("adds a profile shown twice once", () => {
    const basics: Basics = {};
    addContact(basics, { field: "profile", network: "GitHub", username: "jdoe", url: "github.com/jdoe" });
    addContact(basics, { field: "profile", network: "GitHub", username: "jdoe", url: "https://github.com/jdoe/" });
    expect(basics.profiles).toHaveLength(1);
  });
});

describe("readContact on text from PDFs", () => {
  it("reads a value behind an icon font's letter", () => {
    expect(readContact("Æ +43 660 1234567")).toEqual({ field: "phone", value: "+43 660 1234567" });
  });

  it("takes no span of dates or long id for a phone number", () => {
    expect(readContact("2021.04 - 2022.09")).toBeUndefined();
    expect(readContact("1592461618000")).toBeUndefined();
  });
});

describe("readContact and addresses on networks", () => {
  it("takes a repository's address for no homepage", () => {
    expect(readContact("https://github.com/jdoe/dotfiles")).toBeUndefined();
    expect(readContact("https://jdoe.dev")).toEqual({ field: "url", value: "https://jdoe.dev" });
  });

  it("cuts a contact line at spaced full stops, each phrase boxed in brackets, but leaves a lone bracketed address alone", () => {
    expect(splitContactLine("[ www.jdoe.ca ] . [ jdoe@example.org ] . [ +1 707 555 0100 ]")).toEqual(["www.jdoe.ca", "jdoe@example.org", "+1 707 555 0100"]);
    expect(splitContactLine("[http://example.org/lab/]")).toEqual(["[http://example.org/lab/]"]);
  });

  it("takes LinkedIn's tag after an address as its label", () => {
    expect(readContact("jdoe.dev (Personal)")).toEqual({ field: "url", value: "https://jdoe.dev", label: "Personal" });
  });

  it("reads a reStructuredText field list's label", () => {
    expect(readContact(":Email: jdoe@example.org")).toEqual({ field: "email", value: "jdoe@example.org", label: "Email" });
  });
});

describe("a contact's label before a link that closes its phrase", () => {
  it("reads the link as that contact, in reStructuredText's `text <url>`_ inside a directive's block as in Markdown, colon or none", async () => {
    const rst = "Jane Doe\n========\n\n.. class:: personal\n\n    **email** jane@example.org\n\n    **github** `janedoe <https://github.com/janedoe/>`_\n\n    **blog** `notes <http://notes.example.net/>`_\n\nExperience\n==========\n\n**Engineer**, Fabrikam\n*Jan 2012 - Present*\n";
    const md = "# Jane Doe\n\n**Email:** jane@example.org\n\n**GitHub:** [janedoe](https://github.com/janedoe/)\n\n**Blog** [notes](http://notes.example.net/)\n\n## Experience\n\n**Engineer**, Fabrikam\n*Jan 2012 - Present*\n";
    for (const resume of [await readText(rst), await readMarkdown(md)]) {
      expect(resume.basics?.url).toBe("http://notes.example.net/");
      expect(resume.basics?.profiles?.map((p) => [p.network, p.username, p.url])).toEqual([["GitHub", "janedoe", "https://github.com/janedoe/"]]);
      expect(resume.sections).toBeUndefined();
    }
  });
});
