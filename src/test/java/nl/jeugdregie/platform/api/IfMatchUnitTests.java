package nl.jeugdregie.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("If-Match: one reading of the version for every API controller (ADR 0023)")
class IfMatchUnitTests {

	@Test
	@DisplayName("A quoted, weak or bare version names that version")
	void readsQuotedWeakAndBareVersions() {
		assertThat(IfMatch.version("\"3\"")).isEqualTo(3L);
		assertThat(IfMatch.version("W/\"3\"")).isEqualTo(3L);
		assertThat(IfMatch.version("3")).isEqualTo(3L);
		assertThat(IfMatch.version("  \"12\" ")).isEqualTo(12L);
		assertThat(IfMatch.version("\"0\"")).isZero();
	}

	@Test
	@DisplayName("An absent, blank or unreadable header names no version; only absent and blank count as absent")
	void absentBlankOrUnreadableNamesNoVersion() {
		assertThat(IfMatch.version(null)).isNull();
		assertThat(IfMatch.version("  ")).isNull();
		assertThat(IfMatch.version("\"drie\"")).isNull();
		assertThat(IfMatch.version("*")).isNull();
		assertThat(IfMatch.version("\"3\", \"4\"")).isNull();
		assertThat(IfMatch.absent(null)).isTrue();
		assertThat(IfMatch.absent(" ")).isTrue();
		assertThat(IfMatch.absent("\"drie\"")).isFalse();
	}
}
