package nl.jeugdregie.search;

import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.audit.ClientFile;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.CaseScope;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.platform.text.Labelled;
import org.jspecify.annotations.Nullable;

/**
 * A client file a {@link FileFinder} found, with the personal data search may show once access is granted.
 *
 * @param kind what sort of file
 * @param path the file's page, such as {@code /hulpvragen/{id}}
 * @param reasonPath where the reason form posts for a file outside the user's caseload
 * @param subject the file's reference in the audit trail (a number, never a name)
 * @param caseDirector a user who may open the file besides its team (a household's case director), if any
 */
public record FoundFile(Kind kind, UUID id, String number, ClientId client, String subject, CaseScope scope,
		@Nullable String caseDirector, String name, @Nullable LocalDate dateOfBirth, String state, String path,
		String reasonPath) implements ClientFile {

	public enum Kind implements Labelled {
		HELP_REQUEST, HOUSEHOLD;
	}

	/** The municipality that holds the file, whose trail records it being shown. */
	@Override
	public MunicipalityCode municipality() {
		return scope.municipality();
	}

	@Override
	public String toString() {
		return "FoundFile[" + kind + " " + number + "]";
	}
}
