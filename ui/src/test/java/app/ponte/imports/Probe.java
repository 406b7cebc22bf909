package app.ponte.imports;
public class Probe { public static long n() { return CandidateIndex.COMPARISONS.sum(); } }
