package nl.jeugdregie.plans.internal.household;

import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.plans.HeavyStepDocumentKind;
import nl.jeugdregie.plans.HeavyStepKind;
import nl.jeugdregie.plans.internal.plan.Contributor;
import nl.jeugdregie.plans.internal.plan.LifeDomain;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The household pages' forms as the browser posts them. One object holds every form's fields (their names are
 * unique over the pages), so each page has one error summary and each field its own error.
 * {@code householdVersion} and {@code planVersion} are the versions the user saw: the optimistic lock.
 */
class PlansForm {

	private @Nullable UUID helpRequest;
	private @Nullable String householdName;
	private @Nullable String memberName;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate memberDateOfBirth;
	private @Nullable MemberRole memberRole;
	private @Nullable String memberRelation;
	private @Nullable String memberBsn;
	private @Nullable String director;
	private @Nullable String reason;
	private @Nullable UUID wishMember;
	private @Nullable String wishWant;
	private @Nullable String wishCan;
	private @Nullable String wishNeed;
	private @Nullable LifeDomain lifeDomain;
	private @Nullable String goalDescription;
	private @Nullable Integer priority;
	private @Nullable Contributor owner;
	private @Nullable String ownerName;
	private @Nullable UUID actionGoal;
	private @Nullable String actionDescription;
	private @Nullable Contributor performer;
	private @Nullable String performerName;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate dueOn;
	private @Nullable Boolean familyAgrees;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate agreedOn;
	private @Nullable String familyWords;
	private @Nullable HeavyStepDocumentKind documentKind;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate documentDate;
	private @Nullable String outcome;
	private @Nullable HeavyStepKind stepKind;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate decidedOn;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate supportFrom;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate supportUntil;
	private @Nullable Long householdVersion;
	private @Nullable Integer planVersion;

	Commands.NewHousehold household() { return new Commands.NewHousehold(helpRequest, householdName); }
	Commands.NewMember member() { return new Commands.NewMember(memberName, memberDateOfBirth, memberRole, memberRelation, memberBsn); }
	Commands.NewDirector director() { return new Commands.NewDirector(director, reason); }
	Commands.NewWish wish() { return new Commands.NewWish(wishMember, wishWant, wishCan, wishNeed); }
	Commands.NewGoal goal() { return new Commands.NewGoal(lifeDomain, goalDescription, priority, owner, ownerName); }
	Commands.NewAction action() {
		return new Commands.NewAction(actionGoal, actionDescription, performer, performerName, dueOn);
	}
	Commands.FamilyAgreement agreement() { return new Commands.FamilyAgreement(familyAgrees, agreedOn, familyWords); }
	Commands.NewDocument document() { return new Commands.NewDocument(documentKind, documentDate, outcome); }
	Commands.NewHeavyStep heavyStep() { return new Commands.NewHeavyStep(stepKind, decidedOn, supportFrom, supportUntil); }

	public @Nullable UUID getHelpRequest() { return helpRequest; }
	public void setHelpRequest(@Nullable UUID helpRequest) { this.helpRequest = helpRequest; }
	public @Nullable String getHouseholdName() { return householdName; }
	public void setHouseholdName(@Nullable String householdName) { this.householdName = householdName; }
	public @Nullable String getMemberName() { return memberName; }
	public void setMemberName(@Nullable String memberName) { this.memberName = memberName; }
	public @Nullable LocalDate getMemberDateOfBirth() { return memberDateOfBirth; }
	public void setMemberDateOfBirth(@Nullable LocalDate memberDateOfBirth) { this.memberDateOfBirth = memberDateOfBirth; }
	public @Nullable MemberRole getMemberRole() { return memberRole; }
	public void setMemberRole(@Nullable MemberRole memberRole) { this.memberRole = memberRole; }
	public @Nullable String getMemberRelation() { return memberRelation; }
	public void setMemberRelation(@Nullable String memberRelation) { this.memberRelation = memberRelation; }
	public @Nullable String getMemberBsn() { return memberBsn; }
	public void setMemberBsn(@Nullable String memberBsn) { this.memberBsn = memberBsn; }
	public @Nullable String getDirector() { return director; }
	public void setDirector(@Nullable String director) { this.director = director; }
	public @Nullable String getReason() { return reason; }
	public void setReason(@Nullable String reason) { this.reason = reason; }
	public @Nullable UUID getWishMember() { return wishMember; }
	public void setWishMember(@Nullable UUID wishMember) { this.wishMember = wishMember; }
	public @Nullable String getWishWant() { return wishWant; }
	public void setWishWant(@Nullable String wishWant) { this.wishWant = wishWant; }
	public @Nullable String getWishCan() { return wishCan; }
	public void setWishCan(@Nullable String wishCan) { this.wishCan = wishCan; }
	public @Nullable String getWishNeed() { return wishNeed; }
	public void setWishNeed(@Nullable String wishNeed) { this.wishNeed = wishNeed; }
	public @Nullable LifeDomain getLifeDomain() { return lifeDomain; }
	public void setLifeDomain(@Nullable LifeDomain lifeDomain) { this.lifeDomain = lifeDomain; }
	public @Nullable String getGoalDescription() { return goalDescription; }
	public void setGoalDescription(@Nullable String goalDescription) { this.goalDescription = goalDescription; }
	public @Nullable Integer getPriority() { return priority; }
	public void setPriority(@Nullable Integer priority) { this.priority = priority; }
	public @Nullable Contributor getOwner() { return owner; }
	public void setOwner(@Nullable Contributor owner) { this.owner = owner; }
	public @Nullable String getOwnerName() { return ownerName; }
	public void setOwnerName(@Nullable String ownerName) { this.ownerName = ownerName; }
	public @Nullable UUID getActionGoal() { return actionGoal; }
	public void setActionGoal(@Nullable UUID actionGoal) { this.actionGoal = actionGoal; }
	public @Nullable String getActionDescription() { return actionDescription; }
	public void setActionDescription(@Nullable String actionDescription) { this.actionDescription = actionDescription; }
	public @Nullable Contributor getPerformer() { return performer; }
	public void setPerformer(@Nullable Contributor performer) { this.performer = performer; }
	public @Nullable String getPerformerName() { return performerName; }
	public void setPerformerName(@Nullable String performerName) { this.performerName = performerName; }
	public @Nullable LocalDate getDueOn() { return dueOn; }
	public void setDueOn(@Nullable LocalDate dueOn) { this.dueOn = dueOn; }
	public @Nullable Boolean getFamilyAgrees() { return familyAgrees; }
	public void setFamilyAgrees(@Nullable Boolean familyAgrees) { this.familyAgrees = familyAgrees; }
	public @Nullable LocalDate getAgreedOn() { return agreedOn; }
	public void setAgreedOn(@Nullable LocalDate agreedOn) { this.agreedOn = agreedOn; }
	public @Nullable String getFamilyWords() { return familyWords; }
	public void setFamilyWords(@Nullable String familyWords) { this.familyWords = familyWords; }
	public @Nullable HeavyStepDocumentKind getDocumentKind() { return documentKind; }
	public void setDocumentKind(@Nullable HeavyStepDocumentKind documentKind) { this.documentKind = documentKind; }
	public @Nullable LocalDate getDocumentDate() { return documentDate; }
	public void setDocumentDate(@Nullable LocalDate documentDate) { this.documentDate = documentDate; }
	public @Nullable String getOutcome() { return outcome; }
	public void setOutcome(@Nullable String outcome) { this.outcome = outcome; }
	public @Nullable HeavyStepKind getStepKind() { return stepKind; }
	public void setStepKind(@Nullable HeavyStepKind stepKind) { this.stepKind = stepKind; }
	public @Nullable LocalDate getDecidedOn() { return decidedOn; }
	public void setDecidedOn(@Nullable LocalDate decidedOn) { this.decidedOn = decidedOn; }
	public @Nullable LocalDate getSupportFrom() { return supportFrom; }
	public void setSupportFrom(@Nullable LocalDate supportFrom) { this.supportFrom = supportFrom; }
	public @Nullable LocalDate getSupportUntil() { return supportUntil; }
	public void setSupportUntil(@Nullable LocalDate supportUntil) { this.supportUntil = supportUntil; }
	public @Nullable Long getHouseholdVersion() { return householdVersion; }
	public void setHouseholdVersion(@Nullable Long householdVersion) { this.householdVersion = householdVersion; }
	public @Nullable Integer getPlanVersion() { return planVersion; }
	public void setPlanVersion(@Nullable Integer planVersion) { this.planVersion = planVersion; }
}
