/**
 * Who may do what: users' roles, memberships and enabled state, API tokens, display links and calendar links,
 * recorded as events so the audit can say who gave whom access, and when. None carries a secret.
 */
package app.ponte.privilege;
