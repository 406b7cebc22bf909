/** Programs: funded internationalization programs with their indicators and targets. */
package app.ponte.program;
