package nl.jeugdregie.identity;

/** A CJG team within a municipality; help requests are worked on by a team. */
public record Team(TeamId id, MunicipalityCode municipality, String name) {}
