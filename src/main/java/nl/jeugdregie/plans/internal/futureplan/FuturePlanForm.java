package nl.jeugdregie.plans.internal.futureplan;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The future plan pages' forms as the browser posts them (PLAN-4); {@code planVersion} is the optimistic lock. */
class FuturePlanForm {

	private @Nullable UUID youngPerson;
	private @Nullable String motivation;
	private @Nullable FutureDomain domain;
	private @Nullable String currentSituation;
	private @Nullable String needed;
	private @Nullable String networkDoes;
	private @Nullable String formalDoes;
	private @Nullable FutureDateKind dateKind;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate dateOn;
	private @Nullable String dateDescription;
	private @Nullable Long planVersion;

	FutureCommands.NewFuturePlan plan() { return new FutureCommands.NewFuturePlan(youngPerson, motivation); }
	FutureCommands.DomainEntry domainEntry() {
		return new FutureCommands.DomainEntry(domain, currentSituation, needed, networkDoes, formalDoes);
	}
	FutureCommands.NewKeyDate keyDate() { return new FutureCommands.NewKeyDate(dateKind, dateOn, dateDescription); }

	public @Nullable UUID getYoungPerson() { return youngPerson; }
	public void setYoungPerson(@Nullable UUID youngPerson) { this.youngPerson = youngPerson; }
	public @Nullable String getMotivation() { return motivation; }
	public void setMotivation(@Nullable String motivation) { this.motivation = motivation; }
	public @Nullable FutureDomain getDomain() { return domain; }
	public void setDomain(@Nullable FutureDomain domain) { this.domain = domain; }
	public @Nullable String getCurrentSituation() { return currentSituation; }
	public void setCurrentSituation(@Nullable String currentSituation) { this.currentSituation = currentSituation; }
	public @Nullable String getNeeded() { return needed; }
	public void setNeeded(@Nullable String needed) { this.needed = needed; }
	public @Nullable String getNetworkDoes() { return networkDoes; }
	public void setNetworkDoes(@Nullable String networkDoes) { this.networkDoes = networkDoes; }
	public @Nullable String getFormalDoes() { return formalDoes; }
	public void setFormalDoes(@Nullable String formalDoes) { this.formalDoes = formalDoes; }
	public @Nullable FutureDateKind getDateKind() { return dateKind; }
	public void setDateKind(@Nullable FutureDateKind dateKind) { this.dateKind = dateKind; }
	public @Nullable LocalDate getDateOn() { return dateOn; }
	public void setDateOn(@Nullable LocalDate dateOn) { this.dateOn = dateOn; }
	public @Nullable String getDateDescription() { return dateDescription; }
	public void setDateDescription(@Nullable String dateDescription) { this.dateDescription = dateDescription; }
	public @Nullable Long getPlanVersion() { return planVersion; }
	public void setPlanVersion(@Nullable Long planVersion) { this.planVersion = planVersion; }
}
