package app.ponte.agenda;

/** Asks for every planned mission, earliest first; updates follow each mission planned afterwards. */
public record ListMissions() {}
