import data from "../vocabulary/places.json" with { type: "json" };
import type { Place } from "./places.js";
import { isRegionName } from "./regions.js";

/** A Japanese or Chinese address starts with its prefecture or province, then the city or ward: "埼玉県吉川市", "广东省深圳市". */
const HAN_PLACE = /^(?<region>\p{Script=Han}{1,4}?[都道府県省])?(?<city>\p{Script=Han}{1,5}?[市区])/u;
/**
 * A Chinese province or a Japanese prefecture named alone, with no city after it ("广东省", "神奈川県", "東京都"), by
 * the names region-names.json lists: the suffixes alone would also take ministries ("外務省", "内閣府") and arts ("合気道").
 */
export const isHanRegion = (phrase: string) => /^\p{Script=Han}+$/u.test(phrase) && (isRegionName(phrase, "JP") || isRegionName(phrase, "CN"));
/** After a Chinese city: its district or county, then a street and a house number ("海淀区清华园 1 号", "南山区科技路88號"). */
const POSTAL_AFTER_CITY = /^\p{Script=Han}{1,5}[区區县縣].*\d+\s*[号號]/u;
/** A Korean one: province, then city or county ("경기도 남양주", "서울특별시 강남구"). */
const HANGUL_PLACE = /^(?<region>\p{Script=Hangul}{1,6}(?:도|특별시|광역시))\s+(?<city>\p{Script=Hangul}{2,4})/u;
/** "인천 남동구", "경기 성남시": a province or metropolitan city by its short name (places.json's koreanRegions), then a city, county or district. */
const HANGUL_SHORT_PLACE = /^(?<region>\p{Script=Hangul}{2,3})\s+(?<city>\p{Script=Hangul}{1,5}[시군구])(?![\p{L}])/u;
const KOREAN_REGIONS = new Set(data.koreanRegions.ko);

/** A place written in Chinese, Japanese or Korean, region first: its city, region and how sure the reading is. */
export function readEastAsian(phrase: string): Place | undefined {
  const short = HANGUL_SHORT_PLACE.exec(phrase);
  const g = (HANGUL_PLACE.exec(phrase) ?? (short && KOREAN_REGIONS.has(short.groups!.region!) ? short : null) ?? HAN_PLACE.exec(phrase))?.groups;
  if (!g) return undefined;
  const country = /\p{Script=Hangul}/u.test(phrase) ? "KR" : undefined;
  // "北京市海淀区清华园 1 号": a city, then a district or county and a house number, is a Chinese postal address, as surely
  // as a province named before the city
  const postal = POSTAL_AFTER_CITY.test(phrase.slice(phrase.indexOf(g.city!) + g.city!.length));
  return { city: g.city!, ...(g.region && { region: g.region }), ...(country && { countryCode: country }), score: g.region || postal ? 0.9 : 0.6 };
}
