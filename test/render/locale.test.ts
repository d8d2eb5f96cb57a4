import { describe, expect, it } from "vitest";
import { formatDate, formatPeriod } from "../../src/render/locale.js";

describe("formatDate", () => {
  // as ICU writes them (ICU 78, Node 20.20) with { year: "numeric", month: "short", day }
  it.each([
    ["2021-09", "en", "Sep 2021"],
    ["2021-09-05", "en-US", "Sep 5, 2021"],
    ["2021-03", "fr", "mars 2021"],
    ["2021-09-05", "fr-CH", "5 sept. 2021"],
    ["2021-03", "de", "März 2021"],
    ["2021-09-05", "de", "5. Sept. 2021"],
    ["2021-01", "es", "ene 2021"],
    ["2021-09-05", "es", "5 sept 2021"],
    ["2021-09", "zh-CN", "2021年9月"],
    ["2021-12-05", "ja", "2021年12月5日"],
    ["2021-09", "ko", "2021년 9월"],
    ["2021-09-05", "ko", "2021년 9월 5일"],
    ["2021-09", "pt", "Sep 2021"],
    ["2021", "fr", "2021"],
    ["2021-13", "en", "2021-13"],
  ])("writes %s in %s as %s", (iso, lang, expected) => {
    expect(formatDate(iso, lang)).toBe(expected);
  });

  it("writes a period in the résumé's language, the source's own wording first", () => {
    expect(formatPeriod({ startDate: "2019-10", endDate: "2022-02" }, "de")).toBe("Okt. 2019 – Feb. 2022");
    expect(formatPeriod({ startDate: "2019-10" }, "fr")).toBe("oct. 2019 – aujourd’hui");
    expect(formatPeriod({ startDate: "2019-10", period: "Fall 2019" }, "en")).toBe("Fall 2019");
  });
});
