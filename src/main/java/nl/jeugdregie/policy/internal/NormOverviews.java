package nl.jeugdregie.policy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.policy.NormKey;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Puts together, per norm, the value in effect today, what is scheduled and what applied before. */
@Component
class NormOverviews {

	private final JdbcNorms norms;
	private final NormSettingRepository repository;
	private final Clock clock;

	NormOverviews(JdbcNorms norms, NormSettingRepository repository, Clock clock) {
		this.norms = norms;
		this.repository = repository;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<NormOverview> of(MunicipalityCode municipality) {
		var today = LocalDate.now(clock);
		var own = repository.ofMunicipality(municipality);
		return Arrays.stream(NormKey.values()).map(key -> {
			var ofKey = own.stream().filter(setting -> setting.key() == key).toList();
			var upcoming = ofKey.stream().filter(setting -> setting.effectiveFrom().isAfter(today))
					.sorted(Comparator.comparing(NormSetting::effectiveFrom)).toList();
			var history = ofKey.stream().filter(setting -> !setting.effectiveFrom().isAfter(today))
					.sorted(Comparator.comparing(NormSetting::effectiveFrom).reversed()).toList();
			return new NormOverview(key, norms.settingInEffect(municipality, key, today).orElse(null), upcoming, history);
		}).toList();
	}

	@Transactional(readOnly = true)
	NormOverview of(MunicipalityCode municipality, NormKey key) {
		return of(municipality).stream().filter(overview -> overview.key() == key).findFirst().orElseThrow();
	}
}
