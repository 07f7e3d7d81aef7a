package nl.jeugdregie.identity;

/** Where a client file belongs: the municipality and the team that works on it. */
public record CaseScope(MunicipalityCode municipality, TeamId team) {}
