/** The directory: organizations and contacts to search and filter, and each organization's 360° page. */
package app.ponte.directory;
