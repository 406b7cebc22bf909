/** The opportunity board: opportunities in columns by stage, moved forward, back or dropped by the officer. */
package app.ponte.board;
