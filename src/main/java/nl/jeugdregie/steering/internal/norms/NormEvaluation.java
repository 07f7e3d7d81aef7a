package nl.jeugdregie.steering.internal.norms;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.platform.format.DutchFormat;
import org.jspecify.annotations.Nullable;
import nl.jeugdregie.steering.internal.period.ReportingPeriod;

/**
 * A norm's status on a day, with the figure behind it and where it came from (STU-5, BEY-3); where missed, whether
 * the provider delivered its cause analysis. Meant for the steering screens, the API and the meeting agenda.
 *
 * @param period the period the status is about; for a deadline norm the year before its deadline
 * @param basis the counts or the delivery behind the figure, in Dutch, e.g. "43 van 47 aanmeldingen"
 * @param causeAnalysis null when none was delivered for the period
 */
public record NormEvaluation(Norm norm, ReportingPeriod period, NormStatus status, @Nullable BigDecimal figure,
		@Nullable LocalDate completedOn, FigureSource source, String basis, @Nullable String deliveredBy,
		@Nullable Instant deliveredAt, @Nullable CauseAnalysis causeAnalysis) {

	/** The provider must investigate trend and cause of a missed norm ("onderzoekt de trend en oorzaak"). */
	public boolean causeAnalysisRequired() {
		return status == NormStatus.MISSED;
	}

	public boolean causeAnalysisDelivered() {
		return causeAnalysis != null;
	}

	public String figureText() {
		if (completedOn != null) {
			return "klaar op " + DutchFormat.date(completedOn);
		}
		if (figure == null) {
			return "–";
		}
		return Figures.text(figure) + (norm.kind().percentage() ? " %" : "");
	}
}
