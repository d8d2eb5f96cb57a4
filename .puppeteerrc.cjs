// vitae prints with the system's Chromium (see src/pdf/find-browser.ts), so npm
// never downloads a browser. To use puppeteer's own Chrome instead, run
// `npx puppeteer browsers install chrome` once; vitae finds it in puppeteer's cache.
module.exports = { skipDownload: true };
