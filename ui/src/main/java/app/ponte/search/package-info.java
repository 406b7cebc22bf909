/** The search box in every screen's header, its suggestions, and the results page. */
package app.ponte.search;
