/** Live updates that reach every app instance: read models note what changed, each instance polls and re-emits. */
package app.ponte.live;
