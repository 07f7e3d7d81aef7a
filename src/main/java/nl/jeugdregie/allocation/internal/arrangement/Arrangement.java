package nl.jeugdregie.allocation.internal.arrangement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.intake.HelpRequestId;
import org.jspecify.annotations.Nullable;

/**
 * TOEW-2: the arrangement for one help request with an application, owned by the request's team. Its state guards
 * what may happen: products are added while it is not decided; the family agrees to a non-empty arrangement; only an
 * agreed arrangement can be decided.
 */
public record Arrangement(ArrangementId id, HelpRequestId helpRequest, MunicipalityCode municipality, TeamId team,
		@Nullable ClientId youngPerson, ArrangementState state, List<ArrangementLine> lines, long version) {

	public Arrangement {
		lines = List.copyOf(lines);
	}

	/** Why a change is not possible in the current state; a message code. */
	public sealed interface Change {
		record Allowed(Arrangement changed) implements Change {}

		record NotNow(String code) implements Change {}
	}

	public Change addLine(ArrangementLine line) {
		return switch (state) {
			case ArrangementState.Composing c -> new Change.Allowed(with(state, line));
			case ArrangementState.AgreedByFamily a -> new Change.Allowed(with(new ArrangementState.Composing(), line));
			case ArrangementState.Decided d -> new Change.NotNow("allocation.arrangement.alreadyDecided");
		};
	}

	public Change agreeWithFamily(LocalDate on, String recordedBy) {
		return switch (state) {
			case ArrangementState.Composing c -> lines.isEmpty() ? new Change.NotNow("allocation.arrangement.noProducts")
					: new Change.Allowed(with(new ArrangementState.AgreedByFamily(on, recordedBy), null));
			case ArrangementState.AgreedByFamily a -> new Change.NotNow("allocation.arrangement.alreadyAgreed");
			case ArrangementState.Decided d -> new Change.NotNow("allocation.arrangement.alreadyDecided");
		};
	}

	public Change decide() {
		return switch (state) {
			case ArrangementState.Composing c -> new Change.NotNow("allocation.arrangement.notAgreed");
			case ArrangementState.AgreedByFamily a -> new Change.Allowed(with(new ArrangementState.Decided(a.on()), null));
			case ArrangementState.Decided d -> new Change.NotNow("allocation.arrangement.alreadyDecided");
		};
	}

	public String subject() {
		return "arrangement:" + id;
	}

	private Arrangement with(ArrangementState newState, @Nullable ArrangementLine line) {
		var newLines = new ArrayList<>(lines);
		if (line != null) {
			newLines.add(line);
		}
		return new Arrangement(id, helpRequest, municipality, team, youngPerson, newState, newLines, version);
	}
}
