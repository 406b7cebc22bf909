/** Organizations: every party a program deals with, at home and abroad. */
package app.ponte.organization;
