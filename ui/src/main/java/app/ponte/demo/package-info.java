/** Demo data: a first start on an empty store shows a real mission instead of an empty screen. */
package app.ponte.demo;
