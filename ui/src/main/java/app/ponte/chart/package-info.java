/** A small Java wrapper around Apache ECharts, loaded by the browser from its WebJar. */
package app.ponte.chart;
