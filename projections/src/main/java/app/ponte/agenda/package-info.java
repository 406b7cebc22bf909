/** The agenda read model: missions and their engagements as officers list them, kept live for open screens. */
package app.ponte.agenda;
