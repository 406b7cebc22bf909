/**
 * Crypto-shredding: personal data is stored only encrypted under a key of its own, and destroying the key erases it.
 */
package app.ponte.privacy;
