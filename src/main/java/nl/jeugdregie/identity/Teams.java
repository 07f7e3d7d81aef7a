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

	/** ADR 0042: puts a municipality that has no region yet into this known region (demo data and imports). */
	void joinRegion(MunicipalityCode municipality, String region);

	Team createTeam(MunicipalityCode municipality, String name);

	/** VIND-3: the active team whose districts include this one (case-insensitive), the first by name if several. */
	Optional<Team> servingDistrict(MunicipalityCode municipality, String district);

	/** Replaces the districts a team serves (demo data and imports; the administrator uses the team screens). */
	void serveDistricts(TeamId team, List<String> districts);
}
