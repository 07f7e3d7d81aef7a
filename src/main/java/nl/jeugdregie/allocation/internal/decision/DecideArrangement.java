package nl.jeugdregie.allocation.internal.decision;

import java.time.LocalDate;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.Financing;
import nl.jeugdregie.allocation.internal.arrangement.ArrangementId;
import org.jspecify.annotations.Nullable;

/** The command to decide an agreed arrangement, on the version the page or client showed. */
public record DecideArrangement(ArrangementId arrangement, long version, LegalRoute legalRoute, @Nullable AgbCode referrerAgb,
		Financing financing, boolean extension, LocalDate decidedOn) {}
