package nl.jeugdregie.allocation.internal.arrangement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.allocation.ContractId;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.internal.ValidityPeriod;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.intake.HelpRequestId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TOEW-2: an arrangement is composed, agreed by the family, then decided; a product added after the agreement asks for it again")
class ArrangementUnitTests {

	private static final LocalDate DAY = LocalDate.of(2026, 11, 16);

	private static Arrangement composing() {
		return new Arrangement(new ArrangementId(UUID.randomUUID()), HelpRequestId.random(), new MunicipalityCode("0828"),
				TeamId.random(), null, new ArrangementState.Composing(), List.of(), 0);
	}

	private static ArrangementLine line() {
		return new ArrangementLine(UUID.randomUUID(), 1, ProductId.random(), ProviderId.random(), ContractId.random(), 2,
				new ValidityPeriod(DAY, DAY.plusMonths(3)), "");
	}

	private static Arrangement allowed(Arrangement.Change change) {
		assertThat(change).isInstanceOf(Arrangement.Change.Allowed.class);
		return ((Arrangement.Change.Allowed) change).changed();
	}

	@Test
	void walksFromComposingThroughAgreementToDecided() {
		var empty = composing();
		assertThat(empty.agreeWithFamily(DAY, "jp")).isEqualTo(new Arrangement.Change.NotNow("allocation.arrangement.noProducts"));
		assertThat(empty.decide()).isEqualTo(new Arrangement.Change.NotNow("allocation.arrangement.notAgreed"));
		var withLine = allowed(empty.addLine(line()));
		var agreed = allowed(withLine.agreeWithFamily(DAY, "jp"));
		assertThat(agreed.state()).isEqualTo(new ArrangementState.AgreedByFamily(DAY, "jp"));
		var decided = allowed(agreed.decide());
		assertThat(decided.state()).isEqualTo(new ArrangementState.Decided(DAY));
		assertThat(decided.addLine(line())).isEqualTo(new Arrangement.Change.NotNow("allocation.arrangement.alreadyDecided"));
		assertThat(decided.decide()).isEqualTo(new Arrangement.Change.NotNow("allocation.arrangement.alreadyDecided"));
	}

	@Test
	void asksTheFamilyAgainAfterAProductIsAdded() {
		var agreed = allowed(allowed(composing().addLine(line())).agreeWithFamily(DAY, "jp"));
		var changed = allowed(agreed.addLine(line()));
		assertThat(changed.state()).isInstanceOf(ArrangementState.Composing.class);
		assertThat(changed.lines()).hasSize(2);
	}
}
