/** The search index: a Lucene index each instance keeps for itself, fed from the event stream, and its query. */
package app.ponte.search;
