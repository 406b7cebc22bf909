/** The program dashboard read model: targets against actuals, engagements, outcomes, funnel, counterparts, feed. */
package app.ponte.dashboard;
