package nl.jeugdregie.identity;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** SEC-1: the SKJ registrations the administrator keeps on the accounts of youth professionals. */
public interface SkjRegistrations {

	/** A registered professional of a municipality, for the lists of registrations ending or ended. */
	record RegisteredStaff(String username, String displayName, @Nullable TeamId team, SkjRegistration registration) {}

	Optional<SkjRegistration> of(String username);

	/** The registrations of the municipality's active accounts, earliest end first. */
	List<RegisteredStaff> ofMunicipality(MunicipalityCode municipality);
}
