package nl.jeugdregie.findability.internal.publishing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.Norms;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * VIND-3, TOE-2: the municipalities with a public CJG site (those whose administrator filled in the contact
 * settings) and what the site says about reaching the CJG. Hours come from the office-hours norms in force today.
 */
@Service
public class PublicSites {

	private final JdbcClient jdbc;
	private final Norms norms;
	private final Teams teams;
	private final PublicPageCache publicPages;
	private final Clock clock;

	/**
	 * Item 12 (ADR 0043): each public page, also the never-cached online form, reads the site's contact row and two
	 * office-hours norms. They are kept per municipality for the day, at most {@link PublicPageCache#TIME_TO_LIVE},
	 * and only while the municipality's page generation is unchanged: saving the contact settings (or anything else
	 * that evicts the public pages) drops them after its commit. A changed office-hours norm shows within the minute.
	 */
	private final Map<String, KeptSite> kept = new ConcurrentHashMap<>();
	private final TransactionTemplate readOnly;
	private final LongSupplier ticker;

	private record KeptSite(Optional<PublicSite> site, LocalDate day, long generation, long loadedAt) {}

	@org.springframework.beans.factory.annotation.Autowired
	PublicSites(JdbcClient jdbc, Norms norms, Teams teams, PublicPageCache publicPages, Clock clock,
			PlatformTransactionManager transactions) {
		this(jdbc, norms, teams, publicPages, clock, transactions, System::nanoTime);
	}

	PublicSites(JdbcClient jdbc, Norms norms, Teams teams, PublicPageCache publicPages, Clock clock,
			PlatformTransactionManager transactions, LongSupplier ticker) {
		this.jdbc = jdbc;
		this.publicPages = publicPages;
		this.norms = norms;
		this.teams = teams;
		this.clock = clock;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.ticker = ticker;
	}

	/** The site of the municipality in a public URL, or 404 when the code is malformed or has no site. */
	public PublicSite require(String code) {
		if (!code.matches("[0-9]{4}")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return find(new MunicipalityCode(code)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The site with today's hours; from memory while still valid (no connection taken), otherwise read. */
	public Optional<PublicSite> find(MunicipalityCode municipality) {
		var today = LocalDate.now(clock);
		// The generation before reading: a change committed while reading makes what was read invalid at once.
		var generation = publicPages.generationOf(municipality);
		var now = ticker.getAsLong();
		var known = kept.get(municipality.value());
		if (known != null && known.generation() == generation && known.day().equals(today)
				&& now - known.loadedAt() < PublicPageCache.TIME_TO_LIVE.toNanos()) {
			return known.site();
		}
		var site = java.util.Objects.requireNonNull(readOnly.execute(status -> read(municipality, today)));
		kept.put(municipality.value(), new KeptSite(site, today, generation, now));
		return site;
	}

	private Optional<PublicSite> read(MunicipalityCode municipality, LocalDate today) {
		return jdbc.sql("""
				select c.municipality_code, m.name, c.site_name, c.phone, c.email, c.visiting_address
				from findability_contact c join municipality m on m.code = c.municipality_code
				where c.municipality_code = ?""").param(municipality.value())
				.query((rs, row) -> new PublicSite(municipality, rs.getString("name"), rs.getString("site_name"),
						rs.getString("phone"), rs.getString("email"), rs.getString("visiting_address"),
						norms.inEffect(municipality, NormKey.OFFICE_HOURS_OPENING, today).amount(),
						norms.inEffect(municipality, NormKey.OFFICE_HOURS_CLOSING, today).amount()))
				.optional();
	}

	@Transactional(readOnly = true)
	public List<PublicSite> all() {
		return jdbc.sql("select municipality_code from findability_contact order by site_name").query(String.class)
				.list().stream().map(code -> find(new MunicipalityCode(code)).orElseThrow()).toList();
	}

	@Transactional(readOnly = true)
	ContactForm form(CurrentUser administrator) {
		requireAdministrator(administrator);
		var form = new ContactForm();
		jdbc.sql("select site_name, phone, email, visiting_address, version from findability_contact where municipality_code = ?")
				.param(administrator.municipality().value()).query(rs -> {
					form.setSiteName(rs.getString("site_name"));
					form.setPhone(rs.getString("phone"));
					form.setEmail(rs.getString("email"));
					form.setVisitingAddress(rs.getString("visiting_address"));
					form.setVersion(rs.getLong("version"));
				});
		if (form.getSiteName() == null) {
			form.setSiteName(teams.municipality(administrator.municipality())
					.map(m -> "CJG " + m.name()).orElse("CJG"));
		}
		return form;
	}

	/** Saves the settings; {@code version} -1 creates them, another version must still be current. */
	@Transactional
	Outcome<MunicipalityCode> save(CurrentUser administrator, ContactForm form) {
		requireAdministrator(administrator);
		var refusals = ContactDetailsComplete.all(form);
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		var municipality = administrator.municipality().value();
		var now = java.sql.Timestamp.from(clock.instant());
		var current = jdbc.sql("select version from findability_contact where municipality_code = ? for update")
				.param(municipality).query(Long.class).optional();
		if (current.isEmpty() != (form.getVersion() < 0) || current.isPresent() && current.get() != form.getVersion()) {
			return Outcome.stale(current.orElse(-1L));
		}
		if (current.isEmpty()) {
			jdbc.sql("""
					insert into findability_contact (municipality_code, site_name, phone, email, visiting_address, changed_by, changed_at)
					values (?, ?, ?, ?, ?, ?, ?) on conflict (municipality_code) do nothing""")
					.params(municipality, ContactForm.text(form.getSiteName()), ContactForm.text(form.getPhone()),
							ContactForm.text(form.getEmail()), ContactForm.text(form.getVisitingAddress()),
							administrator.username(), now)
					.update();
		} else {
			jdbc.sql("""
					update findability_contact set site_name = ?, phone = ?, email = ?, visiting_address = ?,
					    version = version + 1, changed_by = ?, changed_at = ? where municipality_code = ?""")
					.params(ContactForm.text(form.getSiteName()), ContactForm.text(form.getPhone()),
							ContactForm.text(form.getEmail()), ContactForm.text(form.getVisitingAddress()),
							administrator.username(), now, municipality)
					.update();
		}
		publicPages.evict(administrator.municipality());
		return Outcome.done(administrator.municipality());
	}

	/** Demo data: the settings of a municipality at once. */
	@Transactional
	public void createForDemo(MunicipalityCode municipality, String siteName, String phone, String email,
			String visitingAddress, String by) {
		jdbc.sql("""
				insert into findability_contact (municipality_code, site_name, phone, email, visiting_address, changed_by, changed_at)
				values (?, ?, ?, ?, ?, ?, ?) on conflict (municipality_code) do nothing""")
				.params(municipality.value(), siteName, phone, email, visitingAddress, by,
						java.sql.Timestamp.from(clock.instant()))
				.update();
		publicPages.evict(municipality);
	}

	private static void requireAdministrator(CurrentUser user) {
		if (user.role() != Role.ADMINISTRATOR) {
			throw new IllegalArgumentException("Only the administrator keeps the public contact settings");
		}
	}
}
