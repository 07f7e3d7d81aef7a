package nl.jeugdregie.allocation;

import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;

/**
 * The municipality's providers by AGB code, for modules that know a provider only by the code on its messages (iJw
 * messaging and its answer terms): their names, and which provider a PROVIDER account works for.
 */
public interface ProviderDirectory {

	/** The AGB code of the provider the account is linked to; empty for an unlinked account or another role. */
	Optional<AgbCode> providerOf(CurrentUser account);

	/** The municipality's providers' names by AGB code, sorted by name. */
	Map<AgbCode, String> names(MunicipalityCode municipality);
}
