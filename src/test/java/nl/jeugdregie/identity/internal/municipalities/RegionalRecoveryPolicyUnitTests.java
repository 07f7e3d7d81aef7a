package nl.jeugdregie.identity.internal.municipalities;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.identity.signin.SecondStepRecovery.State;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Issue 14 item 2: when the regional administrator may help a municipality's administrator back in")
class RegionalRecoveryPolicyUnitTests {

	@Test
	@DisplayName("Issue 14.2: a new one-time password only while the administrator has not chosen her own")
	void allowsANewOneTimePasswordOnlyBeforeTheFirstLogin() {
		assertThat(RegionalRecoveryPolicy.newOneTimePassword(true, true)).isEmpty();
		assertThat(RegionalRecoveryPolicy.newOneTimePassword(true, false)).containsExactly(RegionalRecoveryPolicy.OWN_PASSWORD);
		assertThat(RegionalRecoveryPolicy.newOneTimePassword(false, true)).containsExactly(RegionalRecoveryPolicy.DEACTIVATED);
	}

	@Test
	@DisplayName("Issue 14.2: the second step is reset only when there is one, locked or not, of an active account")
	void allowsResettingASecondStepOnlyWhenThereIsOne() {
		assertThat(RegionalRecoveryPolicy.resetSecondStep(true, State.LOCKED)).isEmpty();
		assertThat(RegionalRecoveryPolicy.resetSecondStep(true, State.SET_UP)).isEmpty();
		assertThat(RegionalRecoveryPolicy.resetSecondStep(true, State.NOT_SET_UP))
				.containsExactly(RegionalRecoveryPolicy.NO_SECOND_STEP);
		assertThat(RegionalRecoveryPolicy.resetSecondStep(false, State.LOCKED)).containsExactly(RegionalRecoveryPolicy.DEACTIVATED);
	}
}
