package nl.jeugdregie.policy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.policy.NormChangeRefusal;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.Norms;
import nl.jeugdregie.policy.NormSettings;
import nl.jeugdregie.policy.ScheduledNormValue;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Schedules norm values after every rule has allowed the change (BEY-2). */
@Service
class SchedulingNormSettings implements NormSettings {

	// In the order the user best fixes them: who may change, then what, then from when.
	private static final List<NormChangePolicy> RULES = List.of(new NormChangedByAdministratorOnly(),
			new NormAmountWithinUnitRange(), new OfficeHoursOpenBeforeClosing(), new NormEffectiveDateNotInPast(), new NormEffectiveDateWithinHorizon(),
			new NormInEffectNotReplaced());

	private final NormSettingRepository repository;
	private final Norms norms;
	private final Clock clock;

	SchedulingNormSettings(NormSettingRepository repository, Norms norms, Clock clock) {
		this.repository = repository;
		this.norms = norms;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Outcome<ScheduledNormValue> schedule(CurrentUser admin, NormKey key, int amount, LocalDate effectiveFrom,
			@Nullable String note) {
		var today = LocalDate.now(clock);
		var replaces = repository.hasValueOn(admin.municipality(), key, effectiveFrom);
		var change = new ProposedNormChange(admin.role(), key, amount, effectiveFrom, today, replaces,
				pairedAmount(admin, key, effectiveFrom));
		for (var rule : RULES) {
			var refusal = rule.check(change);
			if (refusal.isPresent()) {
				return NormChangeRefusal.of(refusal.get()) == NormChangeRefusal.NOT_ADMINISTRATOR
						? Outcome.forbidden(refusal.get().code())
						: Outcome.refused(refusal.get());
			}
		}
		var setting = new NormSetting(admin.municipality(), key, amount, effectiveFrom, admin.username(),
				clock.instant(), normalised(note));
		if (!repository.saveUnlessInEffect(setting, today)) {
			// Another administrator scheduled a value for today between our check and our save.
			return Outcome.refused(RefusalExplanations.refusal(NormChangeRefusal.VALUE_ALREADY_IN_EFFECT, key.unit()));
		}
		return Outcome.done(new ScheduledNormValue(setting.value(), replaces));
	}

	/** For an office-hours norm, the other end in force on the effective date. */
	private @Nullable Integer pairedAmount(CurrentUser admin, NormKey key, LocalDate effectiveFrom) {
		return switch (key) {
			case OFFICE_HOURS_OPENING -> norms.inEffect(admin.municipality(), NormKey.OFFICE_HOURS_CLOSING, effectiveFrom).amount();
			case OFFICE_HOURS_CLOSING -> norms.inEffect(admin.municipality(), NormKey.OFFICE_HOURS_OPENING, effectiveFrom).amount();
			default -> null;
		};
	}

	private static @Nullable String normalised(@Nullable String note) {
		return note == null || note.isBlank() ? null : note.strip();
	}
}
