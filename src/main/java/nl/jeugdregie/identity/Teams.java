package nl.jeugdregie.identity;

import java.util.List;
import java.util.Optional;

/** The municipalities and their CJG teams. */
public interface Teams {

	Optional<Team> find(TeamId id);

	List<Team> ofMunicipality(MunicipalityCode municipality);

	Optional<Municipality> municipality(MunicipalityCode code);

	/** Registers a municipality; does nothing when it exists. */
	Municipality registerMunicipality(MunicipalityCode code, String name);

	Team createTeam(MunicipalityCode municipality, String name);
}
