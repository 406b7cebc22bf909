/** REST API v1: every command, the main queries, personal API tokens, errors as RFC 9457 problem details. */
package app.ponte.api;
