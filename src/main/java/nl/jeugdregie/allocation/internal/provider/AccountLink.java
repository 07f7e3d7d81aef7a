package nl.jeugdregie.allocation.internal.provider;

import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jspecify.annotations.Nullable;

/** The command to link a user account to a provider: the account found by its name (null when there is none). */
record AccountLink(ProviderId provider, MunicipalityCode providerMunicipality, String username,
		@Nullable CurrentUser account) {}
