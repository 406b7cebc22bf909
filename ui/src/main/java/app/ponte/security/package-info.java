/** Sign-in, users and roles, program membership, API tokens, rate limits and the access checks on every command and query. */
package app.ponte.security;
