package nl.jeugdregie.audit;

import nl.jeugdregie.identity.MunicipalityCode;

/**
 * A client's file as the opening step ({@link ClientFileOpening}) sees it: whose it is, how the audit trail names
 * it (never personal data), and the municipality that holds it, whose trail records every attempt on it.
 */
public interface ClientFile {

	ClientId client();

	String subject();

	MunicipalityCode municipality();
}
