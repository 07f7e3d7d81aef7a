package nl.jeugdregie.identity;

/** A municipality (gemeente) using Jeugdregie. */
public record Municipality(MunicipalityCode code, String name) {}
