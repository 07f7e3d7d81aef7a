package nl.jeugdregie.plans.internal.household;

import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.plans.HeavyStepDocumentKind;
import nl.jeugdregie.plans.HeavyStepKind;
import nl.jeugdregie.plans.internal.plan.Contributor;
import nl.jeugdregie.plans.internal.plan.LifeDomain;
import org.jspecify.annotations.Nullable;

/**
 * What the UI and the API ask the household service to do. Field names are the form fields' names, so a
 * refusal names the field it belongs to in both.
 */
public final class Commands {

	private Commands() {}

	public record NewHousehold(@Nullable UUID helpRequest, @Nullable String householdName) {}

	/** {@code memberBsn}: a young person's BSN, by which PLAN-3 recognises them in another household. */
	public record NewMember(@Nullable String memberName, @Nullable LocalDate memberDateOfBirth, @Nullable MemberRole memberRole,
			@Nullable String memberRelation, @Nullable String memberBsn) {

		/** The BSN as digits only, as commonly written with spaces or dots; null when not given. */
		public @Nullable String bsnDigits() {
			return memberBsn == null || memberBsn.isBlank() ? null : memberBsn.replaceAll("[\\s.\\-]", "");
		}
	}

	record NewDirector(@Nullable String director, @Nullable String reason) {}

	public record NewWish(@Nullable UUID wishMember, @Nullable String wishWant, @Nullable String wishCan, @Nullable String wishNeed) {}

	public record NewGoal(@Nullable LifeDomain lifeDomain, @Nullable String goalDescription, @Nullable Integer priority,
			@Nullable Contributor owner, @Nullable String ownerName) {}

	public record NewAction(@Nullable UUID actionGoal, @Nullable String actionDescription, @Nullable Contributor performer,
			@Nullable String performerName, @Nullable LocalDate dueOn) {}

	public record FamilyAgreement(@Nullable Boolean familyAgrees, @Nullable LocalDate agreedOn, @Nullable String familyWords) {}

	public record NewDocument(@Nullable HeavyStepDocumentKind documentKind, @Nullable LocalDate documentDate,
			@Nullable String outcome) {}

	public record NewHeavyStep(@Nullable HeavyStepKind stepKind, @Nullable LocalDate decidedOn, @Nullable LocalDate supportFrom,
			@Nullable LocalDate supportUntil) {}
}
