package nl.jeugdregie.audit.internal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** SEC-2: the rules of the break-the-glass review, each on its own. */
@DisplayName("SEC-2: the rules of a review decision")
class ReviewPoliciesUnitTests {

	@Nested
	class DecisionChosenUnitTests {

		@Test
		void refusesAReviewWithoutDecision() {
			assertThat(new DecisionChosen().check(ProposedReview.of(null, "iets")))
					.contains(Refusal.of("decision", "review.decision.missing"));
			assertThat(new DecisionChosen().check(ProposedReview.of("MISSCHIEN", null))).isPresent();
		}

		@Test
		void acceptsEitherDecisionInAnyCase() {
			assertThat(new DecisionChosen().check(ProposedReview.of("justified", null))).isEmpty();
			assertThat(new DecisionChosen().check(ProposedReview.of("REPORTED", "reden"))).isEmpty();
		}
	}

	@Nested
	class ReportExplainedUnitTests {

		@Test
		void refusesAReportWithoutExplanation() {
			assertThat(new ReportExplained().check(ProposedReview.of("REPORTED", "   ")))
					.contains(Refusal.of("explanation", "review.explanation.missing"));
		}

		@Test
		void needsNoExplanationForAJustifiedRead() {
			assertThat(new ReportExplained().check(ProposedReview.of("JUSTIFIED", null))).isEmpty();
			assertThat(new ReportExplained().check(ProposedReview.of("REPORTED", "Geen waarneming afgesproken"))).isEmpty();
		}
	}

	@Nested
	class ExplanationShortUnitTests {

		@Test
		void refusesMoreThanFiveHundredCharacters() {
			assertThat(new ExplanationShort().check(ProposedReview.of("REPORTED", "x".repeat(501))))
					.contains(Refusal.of("explanation", "review.explanation.too-long", 500));
			assertThat(new ExplanationShort().check(ProposedReview.of("REPORTED", " " + "x".repeat(500) + " "))).isEmpty();
		}
	}

	@Nested
	class DecisionIsFinalUnitTests {

		@Test
		void refusesToDecideADecidedItemAgain() {
			assertThat(new DecisionIsFinal().check(item(new ReviewState.Justified("lead", Instant.EPOCH), LocalDate.MAX)))
					.contains(Refusal.ofWhole("review.already-decided"));
			assertThat(new DecisionIsFinal().check(item(new ReviewState.Reported("lead", Instant.EPOCH, "waarom"), LocalDate.MAX)))
					.isPresent();
			assertThat(new DecisionIsFinal().check(item(new ReviewState.Unreviewed(), LocalDate.MAX))).isEmpty();
		}
	}

	@Nested
	@DisplayName("SEC-2: the status badge of a review item")
	class ReviewItemUnitTests {

		@Test
		void flagsAnUnreviewedItemOnlyAfterItsLastDay() {
			var due = LocalDate.of(2026, 11, 16);
			var item = item(new ReviewState.Unreviewed(), due);

			assertThat(item.status(due)).isEqualTo(ReviewStatus.UNREVIEWED);
			assertThat(item.status(due.plusDays(1))).isEqualTo(ReviewStatus.OVERDUE);
			assertThat(ReviewStatus.OVERDUE.dutchName()).isEqualTo("Termijn verstreken");
		}

		@Test
		void neverFlagsADecidedItem() {
			var due = LocalDate.of(2026, 11, 1);

			assertThat(item(new ReviewState.Justified("lead", Instant.EPOCH), due).status(due.plusYears(1)))
					.isEqualTo(ReviewStatus.JUSTIFIED);
			assertThat(item(new ReviewState.Reported("lead", Instant.EPOCH, "waarom"), due).status(due.plusYears(1)))
					.isEqualTo(ReviewStatus.REPORTED);
		}
	}

	@Test
	void makesACommandOnlyOfAValidDecision() {
		assertThat(ProposedReview.of("REPORTED", " waarom ").decided(3))
				.isEqualTo(new DecideReview(ReviewDecision.REPORTED, "waarom", 3));
		assertThatThrownBy(() -> new DecideReview(ReviewDecision.REPORTED, null, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ProposedReview.of(null, null).decided(0)).isInstanceOf(IllegalStateException.class);
	}

	private static ReviewItem item(ReviewState state, LocalDate dueOn) {
		return new ReviewItem(1, new MunicipalityCode("0828"), new TeamId(UUID.randomUUID()), null, ClientId.random(),
				"Hulpvraag HV-0828-2026-000001", "prof", "YOUTH_PROFESSIONAL", Instant.EPOCH, "reden", state, 0, dueOn);
	}
}
