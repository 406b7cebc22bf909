/** The application frame: navigation, language switch, translations, and live-update plumbing shared by views. */
package app.ponte.layout;
