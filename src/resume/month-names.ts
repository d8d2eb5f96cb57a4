/**
 * Short month names as ICU writes them with `{ month: "short" }`, per
 * language, written out rather than asked of Intl: creating the first Intl
 * formatter loads ICU's locale data, a tenth of an HTML-only build, and a
 * table also prints the same on every Node, whatever its ICU version.
 * Extraction names the months of news items with it, rendering every date.
 */
export const SHORT_MONTHS = {
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  fr: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
  de: ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
  es: ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
};
