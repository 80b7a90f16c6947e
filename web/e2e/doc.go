// Package e2e holds the end-to-end browser tests of the web UI. They drive
// a headless Debian chromium with chromedp against either a fixture API
// server (always) or a running parley server (PARLEY_E2E_URL), and skip
// cleanly when no chromium is installed. See docs/ui.md.
package e2e
