package nl.jeugdregie.schools;

import java.util.UUID;
import nl.jeugdregie.identity.MunicipalityCode;

/**
 * A port intake implements, so the list of children out of school can link a help request without schools
 * depending on intake (intake already depends on schools). It answers existence only, never anything of the file.
 */
public interface HelpRequestLinks {

	/** Whether a help request with this id is held by the municipality. */
	boolean isHeldBy(MunicipalityCode municipality, UUID helpRequestId);
}
