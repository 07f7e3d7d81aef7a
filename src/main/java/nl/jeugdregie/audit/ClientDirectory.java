package nl.jeugdregie.audit;

import java.util.Set;
import nl.jeugdregie.identity.MunicipalityCode;

/**
 * Implemented by each module that holds client files (intake, plans): which clients of a municipality a BSN or a
 * file number names, as the pseudonymous ids the audit trail records. Answers ids only, never a name or any other
 * content of a file, so the privacy officer finds a client's accesses without opening the file (SEC-2).
 */
public interface ClientDirectory {

	/** The client ids the reference names in this municipality's files; empty when it names none. */
	Set<ClientId> clientsOf(MunicipalityCode municipality, ClientReference reference);
}
