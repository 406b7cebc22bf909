/** Wall screens: display links an administrator hands out, and the read-only live dashboard they open. */
package app.ponte.wall;
