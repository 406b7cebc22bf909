/** The Ponte application: the Spring Boot entry point and the shell every view is served in. */
package app.ponte;
