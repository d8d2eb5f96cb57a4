/**
 * A Hugo shortcode: `{{< experience uber Uber "May 2016 - December 2019" "Senior Engineer" >}}`, `{{% about-section
 * title="About me" %}}`, over lines too; a closing one (`{{< /accordion >}}`) has no arguments.
 */
export const SHORTCODE = /\{\{[<%][\s\S]*?[>%]\}\}/;

// a named argument that sets how the site draws the entry, or where it links, rather than what it says
const STYLING_KEY = /url|link|href|target|rel|icon|image|img|src|button|class|style|colou?r|align|width|height|size|scale|weight|id$/i;
// "netflix", "true", "2", target="_self": a bare argument in lower case, or a flag or a number, and such a named value, is an identifier the theme keys on
const IDENTIFIER = /^[\p{Ll}\d_.-]+$/u;
// "https://…", "/slides/a.pdf", "images/me.png": a link or a file's path
const LINK_OR_PATH = /^(?:[a-z][\w+.-]*:|\/|\.{0,2}\/)|\.(?:png|jpe?g|gif|svg|webp|pdf|html?)$/i;

/**
 * The words a theme's shortcode shows on the page: its arguments, quoted or bare, but for the shortcode's own name,
 * identifiers, links and the named arguments that only style it. A résumé theme takes a job's employer, dates and
 * title as arguments (`{{< experience netflix Netflix "December 2019 - Present" "Staff Engineer" >}}`), so these are
 * the entry's words, in the order the page shows them.
 */
export function shortcodeWords(shortcode: string): string[] {
  const inner = shortcode.slice(3, -3).trim();
  if (inner.startsWith("/")) return [];
  const args = [...inner.matchAll(/(?:([\w-]+)\s*=\s*)?(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|`([^`]*)`|([^\s"'`=]+))/g)].slice(1);
  return args.flatMap((m) => {
    const [key, value] = [m[1], (m[2] ?? m[3] ?? m[4] ?? m[5] ?? "").replace(/\\"/g, '"').trim()];
    return showsWords(key, value, m[5] !== undefined) ? [value] : [];
  });
}

/**
 * Whether an argument a theme's shortcode or an MDX component is given (`key="value"`, or a bare value) is words the
 * page shows: not empty, not a link or a file, not a named setting of how it is drawn, and not an identifier the
 * theme keys on (a bare or named value in lower case, a flag, a number).
 */
export function showsWords(key: string | undefined, value: string, bare: boolean): boolean {
  if (!value || (key !== undefined && STYLING_KEY.test(key)) || LINK_OR_PATH.test(value)) return false;
  return !((bare || key !== undefined) && IDENTIFIER.test(value));
}
