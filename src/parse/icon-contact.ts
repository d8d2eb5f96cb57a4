/**
 * "hello@example.dev", "www.example.dev", "+27 82 555 0199": an address or a number alone, the whole of what follows
 * a `#` or `*` at a line's start when that sign is no heading's marker but the glyph pdftotext writes for a contact's
 * icon (moderncv's envelope comes out as "#").
 */
const CONTACT = /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)\S+|\+?[\d()][\d\s()./-]{6,}\d)$/i;

/** "2013-2014", "2019.03 - 2021.06": a span of dates has a number's shape, and is none. */
const DATE_SPAN = /^(?:19|20)\d\d(?:[./-]\d\d?)?\s*[-–/]\s*(?:(?:19|20)\d\d(?:[./-]\d\d?)?|\d\d)$/;

/** True when `text` is only an e-mail address, a web address or a phone number. */
export function isContactOnly(text: string): boolean {
  return CONTACT.test(text.trim()) && !DATE_SPAN.test(text.trim());
}
