/** The directory read model: organizations and contacts to search, each organization's 360° view, contact cards. */
package app.ponte.directory;
