/**
 * Shaped like Vite's built dist/index.html: absolute asset URLs under base, a CSP meta tag, and
 * default title/description/preview tags that an event page must replace, not duplicate.
 */
export const VITE_TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'">
    <meta charset="UTF-8" />
    <link rel="icon" type="image/svg+xml" href="/repo/favicon.svg" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>US–China Relations &amp; Timeline</title>
    <meta
      name="description"
      content="The default description -> with a > inside."
    />
    <meta name="theme-color" content="#ffffff" />
    <meta property="og:title" content="Default preview title" />
    <meta name="twitter:card" content="summary" />
    <link rel="canonical" href="https://old.example/" />
    <script type="module" crossorigin src="/repo/assets/index-AbC123.js"></script>
    <link rel="stylesheet" crossorigin href="/repo/assets/index-XyZ789.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;
