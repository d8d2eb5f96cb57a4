/** Chromium could not be found, started, or finish a print; the message says what to do. */
export class BrowserError extends Error {
  /** True when trying again cannot help (no browser at all), so a batch stops asking. */
  readonly permanent: boolean;

  constructor(message: string, options: { permanent?: boolean } = {}) {
    super(message);
    this.permanent = options.permanent ?? false;
  }
}
