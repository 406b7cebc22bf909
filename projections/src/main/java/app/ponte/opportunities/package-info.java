/** The opportunity board read model: opportunities by stage, across the programs a caller may see. */
package app.ponte.opportunities;
