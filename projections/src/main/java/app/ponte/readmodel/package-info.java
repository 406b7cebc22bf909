/** How projections write their read models: a batch of events' writes held in memory and sent together. */
package app.ponte.readmodel;
