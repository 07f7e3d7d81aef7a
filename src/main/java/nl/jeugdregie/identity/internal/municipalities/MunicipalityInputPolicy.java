package nl.jeugdregie.identity.internal.municipalities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * Issue 14 item 2: what a new municipality needs. Its CBS code as CBS writes it, {@code GM} and four digits (Oss is
 * {@code GM0828}; lower case is accepted), and a name. Whether the code is taken is the database's to say.
 */
final class MunicipalityInputPolicy {

	static final int MAX_NAME = 80;
	private static final String CBS_CODE = "GM\\d{4}";

	private MunicipalityInputPolicy() {}

	static List<Refusal> check(@Nullable String code, @Nullable String name) {
		var problems = new ArrayList<Refusal>();
		if (code == null || code.isBlank()) {
			problems.add(Refusal.of("code", "identity.admin.municipality.code.missing"));
		}
		else if (codeOf(code) == null) {
			problems.add(Refusal.of("code", "identity.admin.municipality.code.malformed"));
		}
		if (name == null || name.isBlank()) {
			problems.add(Refusal.of("name", "identity.admin.municipality.name.missing"));
		}
		else if (name.strip().length() > MAX_NAME) {
			problems.add(Refusal.of("name", "identity.admin.municipality.name.tooLong", MAX_NAME));
		}
		return problems;
	}

	/** The code in {@code GM0828} form, as a {@link MunicipalityCode}; null when it is not one. */
	static @Nullable MunicipalityCode codeOf(@Nullable String cbsCode) {
		if (cbsCode == null) {
			return null;
		}
		var code = cbsCode.strip().toUpperCase(Locale.ROOT);
		return code.matches(CBS_CODE) ? new MunicipalityCode(code.substring(2)) : null;
	}

	/** How CBS writes a municipality's code, as shown and as in the addresses of its pages. */
	static String cbsCode(MunicipalityCode code) {
		return "GM" + code.value();
	}
}
