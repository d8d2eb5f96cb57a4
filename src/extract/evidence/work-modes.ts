import data from "../vocabulary/places.json" with { type: "json" };
import { trieSource } from "../word-trie.js";

/** Working from home or anywhere: a place for an entry, though none on a map. */
const REMOTE = /^(?:(?:fully |100% )?remote(?: job| work| position)?|remotely|work(?:ing)? from home|worldwide|anywhere|home office|remoto|remota|à distance|zdalnie|удал[её]нно)(?:\s*\(.*\))?$/iu;
/** "Remote", "Remote job", "Work from home": where a job was done when it was done from nowhere in particular. */
export const isRemoteWork = (text: string) => REMOTE.test(text.trim());

const { about: _workModesAbout, ...workModes } = data.workModes;
const WORK_MODE = trieSource(Object.values(workModes).flat());
/** "(Remote)", "(Remoto/Híbrido)", "(ouvert à la mobilité)": a remark in brackets after a place on how the person works there. */
const WORK_MODE_BRACKET = `\\s*\\(\\s*(?:${WORK_MODE})(?:\\s*(?:[/,&]|\\s(?:or|o|ou|oder|или)\\s)\\s*(?:${WORK_MODE}))*\\s*\\)`;
const WORK_MODE_REMARK = new RegExp(`${WORK_MODE_BRACKET}\\s*$`, "iu");
/** Each such remark, wherever it stands ("Malaysia (Remote) & Bahrain"). */
export const WORK_MODE_REMARKS = new RegExp(WORK_MODE_BRACKET, "giu");
const { about: _businessRegionsAbout, ...businessRegions } = data.businessRegions;
/** "EMEA", "APAC", "LATAM": the regions a company divides the world into, a place of work in a job's line. */
export const BUSINESS_REGIONS = new Set(Object.values(businessRegions).flat());

/** The place without the remark after it on how the person works ("Berlin, Germany (Remote)" → "Berlin, Germany"). */
export const withoutWorkMode = (text: string) => text.replace(WORK_MODE_REMARK, "");
