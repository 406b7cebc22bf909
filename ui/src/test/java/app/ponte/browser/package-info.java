/** Real-browser test support: a headless Chromium set up one way for every browser test, and a signed-in session. */
package app.ponte.browser;
