/** User administration for administrators: accounts, roles, program memberships, API tokens and sign-in records. */
package app.ponte.admin;
